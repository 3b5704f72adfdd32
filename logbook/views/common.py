from __future__ import annotations

import zoneinfo

from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from ..choices import Role
from ..flags import ARTICLE_SLUG
from ..selectors.access import subject_get_for


def subject_for_request(request, subject_id: int, *, role: str = Role.VIEWER):
    """Fetch a subject (404 unless member with `role`) and show times in its zone."""
    return activate_zone(subject_get_for(request.user, subject_id, role=role))


def activate_zone(subject):
    timezone.activate(zoneinfo.ZoneInfo(subject.time_zone))
    return subject


def article_url() -> str:
    try:
        return reverse("articles:detail", kwargs={"slug": ARTICLE_SLUG})
    except NoReverseMatch:
        return f"/articles/{ARTICLE_SLUG}/"


def subject_context(subject) -> dict:
    return {
        "subject": subject,
        "can_log": subject.my_role in (Role.OWNER, Role.CAREGIVER),
        "is_owner": subject.my_role == Role.OWNER,
    }
