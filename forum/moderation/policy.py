"""The people side of a verdict: who is posting, and where.

The engine judges the text; this policy, run by forum.moderation.moderate right
after it, tightens the verdict for the author's standing and the thread:

* a banned, suspended or silenced member is refused with a clear message;
* slow mode: one reply per member per N seconds in a heated thread;
* trust level 0 (no approved posts yet): the first posts are held for review.

It only ever tightens (publish -> hold -> refuse), with one exception: a
moderator's own text is not held for review, since the moderators are the
reviewers (a moderator explaining why a dose remark was hidden would otherwise
wait in their own queue). The findings stay on the verdict for the record, and
a refused text (spam, a refuse rule) is still refused.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from django.conf import settings
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts.permissions import is_moderator
from forum.moderation.engine import HOLD, PUBLISH, PUBLISH_URGENT, REFUSE, Verdict

BANNED = _("Your account can no longer post in the community.")
SUSPENDED = _("Your account is suspended until %(until)s, so you can't post until then.")
SILENCED = _("A moderator has paused your posting until %(until)s.")
SLOW_MODE = _(
    "This thread is in slow mode to let things calm down: one post every %(minutes)s "
    "minutes. Please try again in a little while."
)
FIRST_POSTS = _(
    "First posts are reviewed: a moderator reads a new member's first posts before "
    "they appear, usually within a day."
)
COMMUNITY_FLAGS = _("Hidden after reports from members, until a moderator has read it.")

# Kinds of text that create a post that others will read (titles come with a body).
POSTING_KINDS = frozenset({"body", "reply", "outcome"})


def _when(moment) -> str:
    return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def _tighten(verdict: Verdict, action: str, reason: str) -> Verdict:
    reasons = [*verdict.reasons] if reason in verdict.reasons else [*verdict.reasons, reason]
    order = {PUBLISH: 0, HOLD: 1, PUBLISH_URGENT: 1, REFUSE: 2}
    if order[action] < order[verdict.action]:
        action = verdict.action
    # An emergency is published at once whatever the author's trust level.
    if action == HOLD and verdict.action == PUBLISH_URGENT:
        action = PUBLISH_URGENT
    return replace(verdict, action=action, reasons=reasons)


def sanction_reason(standing, *, now=None) -> str | None:
    """Why this member may not post now, or None."""
    if standing is None:
        return None
    now = now or timezone.now()
    if standing.banned:
        return str(BANNED)
    if standing.suspended_until and standing.suspended_until > now:
        return gettext(SUSPENDED) % {"until": _when(standing.suspended_until)}
    if standing.silenced_until and standing.silenced_until > now:
        return gettext(SILENCED) % {"until": _when(standing.silenced_until)}
    return None


def slow_mode_wait(*, author, thread) -> tuple[int, int]:
    """(seconds the author must still wait in `thread`, the thread's slow-mode period)."""
    from forum.models import Post

    from .models import ThreadModeration

    seconds = (
        ThreadModeration.objects.filter(thread_id=thread.pk)
        .values_list("slow_mode_seconds", flat=True)
        .first()
    )
    if not seconds:
        return 0, 0
    last = (
        Post.objects.filter(thread_id=thread.pk, author=author)
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    if last is None:
        return 0, seconds
    remaining = last + timedelta(seconds=seconds) - timezone.now()
    return max(0, int(remaining.total_seconds())), seconds


def apply_policy(verdict: Verdict, *, text: str, author, kind: str, thread=None) -> Verdict:
    """Tighten `verdict` for the author's standing; see the module docstring."""
    from .selectors import standing_for
    from .trust import Trust, trust_level

    if author is None or not getattr(author, "is_authenticated", False):
        return verdict
    if is_moderator(author):
        return replace(verdict, action=PUBLISH) if verdict.action == HOLD else verdict
    standing = standing_for(author)
    if (reason := sanction_reason(standing)) is not None:
        return _tighten(verdict, REFUSE, reason)
    if kind == "reply" and thread is not None:
        wait, seconds = slow_mode_wait(author=author, thread=thread)
        if wait:
            minutes = max(1, round(seconds / 60))
            return _tighten(verdict, REFUSE, gettext(SLOW_MODE) % {"minutes": minutes})
    held_first = settings.MODERATION_HOLD_FIRST_POSTS
    if (
        held_first
        and kind in POSTING_KINDS
        and verdict.action == PUBLISH
        and trust_level(author) == Trust.NEWCOMER
    ):
        return _tighten(verdict, HOLD, str(FIRST_POSTS))
    return verdict
