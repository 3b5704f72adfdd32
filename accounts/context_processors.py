from .locales import locale_info
from .permissions import EDITOR, MEDICAL_REVIEWER, has_role, is_moderator, is_staff_member


def site(request):
    info = getattr(request, "locale_info", None) or locale_info(None)
    user = getattr(request, "user", None)
    return {
        "locale_info": info,
        "theme": request.COOKIES.get("theme", ""),
        "is_staff_member": bool(user and is_staff_member(user)),
        "is_moderator": bool(user and is_moderator(user)),
        "is_editorial": bool(user and has_role(user, EDITOR, MEDICAL_REVIEWER)),
    }
