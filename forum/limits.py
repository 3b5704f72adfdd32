"""Rate limits and new-member limits, counted in the shared cache (Redis).

Counters live in the cache, not in process memory, so every gunicorn worker and
host sees the same numbers (DESIGN.md: nothing assumes a single process).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from accounts.permissions import is_moderator

# A member counts as new until this many of their posts are published.
NEW_MEMBER_POSTS = 3

RATE_LIMITED = _("You are posting faster than we allow. Please wait a few minutes and try again.")
NEW_MEMBER_NO_LINKS = _(
    "New members can't post links yet. Please describe it in words; links open up "
    "after your first few posts are published."
)


@dataclass(frozen=True)
class Limit:
    count: int
    seconds: int


# (established member, new member)
LIMITS: dict[str, tuple[Limit, Limit]] = {
    "thread": (Limit(10, 24 * 3600), Limit(3, 24 * 3600)),
    "post": (Limit(20, 600), Limit(5, 600)),
    "edit": (Limit(30, 600), Limit(15, 600)),
}


def _key(user, action: str) -> str:
    return f"forum:rate:{action}:{user.pk}"


def is_new_member(user, *, published_posts: int) -> bool:
    return published_posts < NEW_MEMBER_POSTS and not is_moderator(user)


def rate_limited(user, action: str, *, new_member: bool) -> bool:
    """True if `user` has used up `action` for the current window. Moderators are exempt."""
    if is_moderator(user):
        return False
    limit = LIMITS[action][1 if new_member else 0]
    return (cache.get(_key(user, action)) or 0) >= limit.count


def rate_count(user, action: str, *, new_member: bool) -> None:
    """Count one use of `action` (call after the write succeeded)."""
    limit = LIMITS[action][1 if new_member else 0]
    key = _key(user, action)
    if cache.add(key, 1, timeout=limit.seconds):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=limit.seconds)
