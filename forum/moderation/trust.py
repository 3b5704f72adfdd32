"""Trust levels: the one definition of how far the forum trusts a member.

A member's level comes from their approved (published) posts; moderators have the
top level. Every rule about newcomers asks this module, never a count of its own:

- a NEWCOMER (no approved post yet) has their posts held for review when
  MODERATION_HOLD_FIRST_POSTS is on (moderation.policy);
- below MEMBER a member is "new": no links, tighter rate limits (forum.limits);
- from TRUSTED on, a member's reports count towards hiding a post
  (moderation.services.community.flag_create);
- moderators' pages show the level and its name.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from accounts.permissions import is_moderator
from forum.models import Post


class Trust(models.IntegerChoices):
    NEWCOMER = 0, _("newcomer")
    NEW_MEMBER = 1, _("new member")
    MEMBER = 2, _("member")
    TRUSTED = 3, _("trusted member")
    REGULAR = 4, _("regular")


# Approved posts needed to reach each level above NEWCOMER.
APPROVED_POSTS_FOR: dict[Trust, int] = {
    Trust.NEW_MEMBER: 1,
    Trust.MEMBER: 3,
    Trust.TRUSTED: 5,
    Trust.REGULAR: 20,
}

# The levels the rules above start from.
FLAGS_COUNT_FROM = Trust.TRUSTED


def trust_for_count(approved_posts: int) -> Trust:
    """The level of a member with this many approved posts."""
    level = Trust.NEWCOMER
    for candidate, needed in APPROVED_POSTS_FOR.items():
        if approved_posts >= needed:
            level = candidate
    return level


def approved_post_count(user) -> int:
    return Post.objects.filter(author_id=user.pk).published().count()


def trust_level(user) -> Trust:
    """A member's level (one count query); moderators have the top level."""
    if is_moderator(user):
        return Trust.REGULAR
    return trust_for_count(approved_post_count(user))


def is_new_member(level: Trust) -> bool:
    """New members post no links and have tighter rate limits (forum.limits)."""
    return level < Trust.MEMBER
