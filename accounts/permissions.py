"""Role checks in one place. Roles are Django groups (created by a migration)."""

from __future__ import annotations

from functools import wraps

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

MODERATOR = "Moderator"
EDITOR = "Editor"
MEDICAL_REVIEWER = "Medical reviewer"

MFA_REQUIRED_MESSAGE = _(
    "Staff pages need two-factor authentication. Set up an authenticator app to continue."
)


def group_names(user) -> frozenset[str]:
    """The user's group names, cached on the instance for the request."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_hypnic_groups", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("name", flat=True))
        user._hypnic_groups = cached
    return cached


def has_role(user, *roles: str) -> bool:
    if not user.is_authenticated:
        return False
    return user.is_superuser or bool(group_names(user) & set(roles))


def is_staff_member(user) -> bool:
    return has_role(user, *settings.STAFF_GROUPS) or bool(user.is_authenticated and user.is_staff)


def is_moderator(user) -> bool:
    return has_role(user, MODERATOR)


# Curated answers are written and pinned by moderators and medical reviewers.
CURATOR_ROLES = (MODERATOR, MEDICAL_REVIEWER)


def is_curator(user) -> bool:
    return has_role(user, *CURATOR_ROLES)


def needs_mfa(user) -> bool:
    """Staff without an authenticator may not reach staff pages."""
    return is_staff_member(user) and not is_mfa_enabled(user)


def role_required(*roles: str):
    """Decorator for staff views: login, the role, then MFA, in that order."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not has_role(request.user, *roles):
                raise PermissionDenied
            if not is_mfa_enabled(request.user):
                messages.warning(request, MFA_REQUIRED_MESSAGE)
                return redirect("mfa_activate_totp")
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


moderator_required = role_required(MODERATOR)
editor_required = role_required(EDITOR)
reviewer_required = role_required(MEDICAL_REVIEWER)
editorial_required = role_required(EDITOR, MEDICAL_REVIEWER)
curator_required = role_required(*CURATOR_ROLES)
