"""Role checks in one place. Roles are Django groups (created by a migration).

A role is a power only inside a staff session: a request whose session passed
allauth's MFA step (allauth records each authentication method a session used).
`StaffSessionMiddleware` reads that record once per request and marks
`request.user`; every staff rule below asks `staff_session_active(user)`, so a
user object that did not come from such a request (a Celery task, the shell, a
test's `force_login`, a session that logged in with the password alone) holds no
staff power anywhere: views, services, htmx endpoints and visibility rules alike.
"""

from __future__ import annotations

import functools
from functools import wraps

from allauth.account.authentication import get_authentication_records
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from .sql import CompiledQuery

MODERATOR = "Moderator"
EDITOR = "Editor"
MEDICAL_REVIEWER = "Medical reviewer"

MFA_REQUIRED_MESSAGE = _(
    "Staff pages need two-factor authentication. Set up an authenticator app to continue."
)
MFA_STEP_MESSAGE = _(
    "Staff pages need this session to pass two-factor authentication. "
    "Enter a code from your authenticator app to continue."
)

_STAFF_SESSION = "_hypnic_staff_session"


def stand_in_member(pk: int):
    """A member with no group, by id alone, for a query compiled with a stand-in user
    (accounts.sql): its groups are known, so building the query reads nothing."""
    user = get_user_model()(pk=pk)
    user._hypnic_groups = frozenset()
    return user


def group_names(user) -> frozenset[str]:
    """The user's group names, cached on the instance for the request."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_hypnic_groups", None)
    if cached is None:
        cached = frozenset(name for (name,) in _group_names_sql().rows({"user": user.pk}))
        user._hypnic_groups = cached
    return cached


@functools.lru_cache(maxsize=1)
def _group_names_sql() -> CompiledQuery:
    """Asked on every page a member opens: compiled once (accounts.sql)."""
    query = Group.objects.filter(user=-1).values_list("name")
    return CompiledQuery.of(query, {"user": -1})


# ------------------------------------------------------------------ the staff session


def session_passed_mfa(request) -> bool:
    """True if this request's session completed an MFA step for its user."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def mark_staff_session(request) -> None:
    """Record on `request.user` whether its session passed MFA (see the module doc)."""
    user = request.user
    if user.is_authenticated:
        setattr(user, _STAFF_SESSION, session_passed_mfa(request))


def staff_session_active(user) -> bool:
    """The one staff rule: this user object belongs to a session that passed MFA."""
    return bool(user is not None and user.is_authenticated and getattr(user, _STAFF_SESSION, False))


def staff_session_for_operator(user):
    """Let server-side code an operator runs (a management command such as the demo
    seeder) act with `user`'s roles. Whoever can run it can already write any row,
    so this opens nothing; never call it from request or task code."""
    setattr(user, _STAFF_SESSION, True)
    return user


# ------------------------------------------------------------------ roles


def holds_role(user, *roles: str) -> bool:
    """Membership only (who should be asked for MFA); it grants nothing by itself."""
    if user is None or not user.is_authenticated:
        return False
    return user.is_superuser or bool(group_names(user) & set(roles))


def has_role(user, *roles: str) -> bool:
    """A staff power: the role, exercised from a session that passed MFA."""
    return holds_role(user, *roles) and staff_session_active(user)


def is_staff_member(user) -> bool:
    """Membership of any staff role (or Django's is_staff); grants nothing by itself."""
    if user is None or not user.is_authenticated:
        return False
    return holds_role(user, *settings.STAFF_GROUPS) or user.is_staff


def is_moderator(user) -> bool:
    return has_role(user, MODERATOR)


# Curated answers are written and pinned by moderators and medical reviewers.
CURATOR_ROLES = (MODERATOR, MEDICAL_REVIEWER)


def is_curator(user) -> bool:
    return has_role(user, *CURATOR_ROLES)


def needs_mfa(user) -> bool:
    """Staff without an authenticator may not reach staff pages."""
    return is_staff_member(user) and not is_mfa_enabled(user)


def staff_mfa_redirect(request, *, next_url: str | None = None):
    """Where a staff member whose session has not passed MFA must go, with a message:
    set up an authenticator, or pass allauth's MFA step and come back to `next_url`."""
    if not is_mfa_enabled(request.user):
        messages.warning(request, MFA_REQUIRED_MESSAGE)
        return redirect("mfa_activate_totp")
    messages.info(request, MFA_STEP_MESSAGE)
    query = urlencode({"next": next_url or request.get_full_path()})
    return redirect(f"{reverse('mfa_reauthenticate')}?{query}")


def role_required(*roles: str):
    """Decorator for staff views: login, the role, then an MFA-passed session."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not holds_role(request.user, *roles):
                raise PermissionDenied
            if not staff_session_active(request.user):
                return staff_mfa_redirect(request)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


moderator_required = role_required(MODERATOR)
editor_required = role_required(EDITOR)
reviewer_required = role_required(MEDICAL_REVIEWER)
editorial_required = role_required(EDITOR, MEDICAL_REVIEWER)
curator_required = role_required(*CURATOR_ROLES)
