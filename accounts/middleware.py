import zoneinfo

from django.utils import timezone, translation

from .locales import locale_from_accept_language, locale_info


class UserTimezoneMiddleware:
    """Show times in the member's zone and words in the member's English."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated:
            code = user.locale
            try:
                timezone.activate(zoneinfo.ZoneInfo(user.time_zone))
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                timezone.deactivate()
        else:
            code = locale_from_accept_language(request.headers.get("Accept-Language", ""))
            timezone.deactivate()
        request.locale_info = locale_info(code)
        translation.activate(request.locale_info.language)
        request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)
