"""Rate limits and new-member limits, counted in the shared cache (Redis).

Who counts as a new member is the trust level's rule (forum.moderation.trust).

Counters live in the cache, not in process memory, so every gunicorn worker and
host sees the same numbers (DESIGN.md: nothing assumes a single process).
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from accounts.limits import Limit, limit_consume
from accounts.permissions import is_moderator

RATE_LIMITED = _("You are posting faster than we allow. Please wait a few minutes and try again.")
NEW_MEMBER_NO_LINKS = _(
    "New members can't post links yet. Please describe it in words; links open up "
    "after your first few posts are published."
)


# (established member, new member)
LIMITS: dict[str, tuple[Limit, Limit]] = {
    "thread": (Limit(10, 24 * 3600), Limit(3, 24 * 3600)),
    "post": (Limit(20, 600), Limit(5, 600)),
    "edit": (Limit(30, 600), Limit(15, 600)),
}


def rate_consume(user, action: str, *, new_member: bool) -> bool:
    """Count one use of `action` by `user`, atomically (accounts.limits); False if it is
    over the limit and must be refused. Moderators are exempt."""
    if is_moderator(user):
        return True
    limit = LIMITS[action][1 if new_member else 0]
    return limit_consume(f"forum:{action}:{user.pk}", limit)
