import zoneinfo

from django.conf import settings
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control

from .locales import locale_from_accept_language, locale_info
from .permissions import mark_staff_session


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


class StaffSessionMiddleware:
    """Mark request.user with whether this session passed MFA (accounts.permissions)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        mark_staff_session(request)
        return self.get_response(request)


class PrivateResponseMiddleware:
    """`Cache-Control: private, no-store` on every private response, in one place.

    A response is private when it was made for a signed-in member (any page may
    show their name, their families or their drafts) or when its URL belongs to a
    private area that also answers without an account (a clinician's share page,
    its media). Shared caches and the browser's back/forward cache then keep none
    of it. Public pages for visitors stay cacheable.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.namespaces = frozenset(settings.PRIVATE_URL_NAMESPACES)

    def __call__(self, request):
        response = self.get_response(request)
        if self._is_private(request):
            patch_cache_control(response, private=True, no_store=True)
        return response

    def _is_private(self, request) -> bool:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return True
        match = request.resolver_match
        return bool(match and self.namespaces.intersection(match.namespaces))
