"""The moderation entry point: every piece of text members post passes `moderate`.

Thread titles, opening posts, replies, edits and outcome updates all call
:func:`moderate` from forum.services before anything is saved; a test scans
forum.services to prove that no write path skips it. The decision itself is the
pure engine (:mod:`forum.moderation.engine`, a plain package with no Django in it),
called through :func:`forum.moderation.learning.judge` with the active model and
the moderators' watched rules; the member's standing is then applied by
:func:`forum.moderation.policy.apply_policy`.

Importing this package must not touch Django models (the engine's evaluation,
training and benchmark scripts import the engine, which lives inside it), so the
Django parts are imported where they are used.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from forum.moderation.engine import (
    HOLD,
    PUBLISH,
    PUBLISH_URGENT,
    REFUSE,
    Verdict,
)

if TYPE_CHECKING:
    from accounts.models import User

__all__ = [
    "HOLD",
    "KINDS",
    "PUBLISH",
    "PUBLISH_URGENT",
    "REFUSE",
    "SITE_KIND",
    "Verdict",
    "combine",
    "moderate",
]

# What kind of text is being moderated (stored with the verdict for the review queue).
KINDS = ("title", "body", "reply", "edit", "outcome", "profile")
# The moderation kind stored on the site's own standard posts (see
# forum.services.thread_create(site_text=True)): never a member's text.
SITE_KIND = "site"
# The duplicate check compares with what the same author posted lately.
RECENT_WINDOW = timedelta(hours=1)
RECENT_LIMIT = 5


def _recent_texts(author: User | None, *, exclude_post_id: int | None) -> list[str]:
    from django.utils import timezone

    from forum.models import Post

    if author is None or author.pk is None:
        return []
    since = timezone.now() - RECENT_WINDOW
    qs = Post.objects.filter(author=author, created_at__gte=since)
    qs = qs.exclude(moderation__kind=SITE_KIND)
    if exclude_post_id is not None:
        qs = qs.exclude(pk=exclude_post_id)
    return list(qs.order_by("-created_at").values_list("body", flat=True)[:RECENT_LIMIT])


def moderate(
    text: str,
    *,
    author: User | None,
    kind: str,
    thread=None,
    exclude_post_id: int | None = None,
    thread_texts: Sequence[str] = (),
    replied_text: str | None = None,
) -> Verdict:
    """The verdict for one piece of member text; the caller stores it and acts.

    `kind` is one of KINDS. Titles are not compared with recent bodies (a title
    repeating a line of its own question is not a duplicate). `exclude_post_id`
    leaves the post being edited out of the duplicate check. `thread_texts` are the
    thread's earlier posts a reply may be an update of (the forum supplies them:
    forum.selectors.thread_context_texts), so "it's been 6 minutes now" under an
    opening post about a fit gets the urgent banner. `replied_text` is the post a reply
    answers (forum.selectors.replied_text): "+1" under a dose is held like the dose.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind of text: {kind!r}")
    # Titles and profile text are not compared with recent post bodies.
    compare = kind not in ("title", "profile")
    recent = _recent_texts(author, exclude_post_id=exclude_post_id) if compare else []
    from .learning import judge
    from .policy import apply_policy

    verdict = judge(text, recent_texts=recent, thread_texts=thread_texts, replied_text=replied_text)
    return apply_policy(verdict, text=text, author=author, kind=kind, thread=thread)


def profile_text_problems(text: str, *, author, kind: str) -> list[str]:
    """The accounts text checker: reasons a profile text can't be shown."""
    verdict = moderate(text, author=author, kind=kind)
    if verdict.action in (HOLD, REFUSE):
        return list(verdict.reasons)
    return []


def combine(*verdicts: Verdict) -> Verdict:
    """One verdict for a text made of parts (a thread's title and its question).

    The engine's order applies across the parts: refuse > publish_urgent > hold >
    publish (an emergency goes up at once with the banner even when another part
    would be held, as the engine does within one text). Findings are merged, so
    `Verdict.urgent` stays true whenever any part showed an emergency.
    """
    findings = [f for v in verdicts for f in v.findings]
    reasons: list[str] = []
    for v in verdicts:
        reasons += [r for r in v.reasons if r not in reasons]
    actions = {v.action for v in verdicts}
    if REFUSE in actions:
        action = REFUSE
    elif PUBLISH_URGENT in actions:
        action = PUBLISH_URGENT
    elif HOLD in actions:
        action = HOLD
    else:
        action = PUBLISH
    return Verdict(
        action=action,
        findings=findings,
        reasons=reasons,
        spans=[],
        article_slugs=[s for v in verdicts for s in v.article_slugs],
        rule_hits=[h for v in verdicts for h in v.rule_hits],
    )
