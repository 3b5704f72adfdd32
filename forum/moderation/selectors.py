"""Every read the moderation pages show (staff pages are checked by role in views)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.core.paginator import Page, Paginator
from django.db.models import (
    Aggregate,
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    Prefetch,
    Q,
    Window,
)
from django.db.models.functions import RowNumber
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from accounts.models import User
from forum.models import Post, PostState, Thread
from forum.moderation import engine
from forum.moderation.trust import Trust, trust_for_count

from .models import (
    AuditLog,
    CuratedAnswer,
    Flag,
    MemberStanding,
    ReasonTemplate,
    Review,
    StaffNote,
    ThreadCuratedAnswer,
    ThreadModeration,
    WatchedRule,
)

QUEUE_PER_PAGE = 25
AUDIT_PER_PAGE = 50
HISTORY_POSTS = 3
MEDIAN_WINDOW = timedelta(days=30)


class Median(Aggregate):
    """PostgreSQL's percentile_cont(0.5) over an interval or a number."""

    function = "percentile_cont"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = DurationField()


# ------------------------------------------------------------------ standing and trust


def standing_for(user) -> MemberStanding | None:
    return MemberStanding.objects.filter(user_id=user.pk).first()


# ------------------------------------------------------------------ highlighting


def highlight(text: str, spans) -> SafeString:
    """`text` escaped, with each span wrapped in <mark> (user text is never trusted)."""
    out: list[str] = []
    cursor = 0
    for start, end in sorted((int(s), int(e)) for s, e in spans):
        start, end = max(start, cursor), min(end, len(text))
        if end <= start:
            continue
        out.append(escape(text[cursor:start]))
        out.append("<mark>" + escape(text[start:end]) + "</mark>")
        cursor = end
    out.append(escape(text[cursor:]))
    return mark_safe("".join(out))  # noqa: S308 - every user segment is escaped above


def verdict_for_display(text: str) -> engine.Verdict:
    """The engine's current view of a text (with the watched rules), for highlighting."""
    from .learning import judge

    return judge(text)


# ------------------------------------------------------------------ the review queue


@dataclass
class QueueItem:
    post: Post
    highlighted: SafeString
    findings: list = field(default_factory=list)
    history: list[Post] = field(default_factory=list)
    # The author's posts per state, trust level and staff notes (none for a former member).
    author_counts: dict[str, int] = field(default_factory=dict)
    author_trust: Trust | None = None
    author_notes: list[StaffNote] = field(default_factory=list)


def held_posts():
    return (
        Post.objects.filter(state=PostState.HELD, deleted_at__isnull=True)
        .select_related("thread", "author", "review", "author__moderation_standing")
        .annotate(open_flags=Count("flags", filter=Q(flags__resolved_at__isnull=True)))
        .order_by("created_at", "pk")
    )


def _recent_posts_by(author_ids: set[int], *, limit: int = HISTORY_POSTS) -> dict[int, list]:
    """The last few posts of each author, in one query (a window function)."""
    if not author_ids:
        return {}
    rows = (
        Post.objects.filter(author_id__in=author_ids)
        .annotate(
            rank=Window(RowNumber(), partition_by=[F("author_id")], order_by=F("created_at").desc())
        )
        .filter(rank__lte=limit)
        .select_related("thread")
        .order_by("author_id", "-created_at")
    )
    out: dict[int, list] = {}
    for post in rows:
        if post.author_id is not None:
            out.setdefault(post.author_id, []).append(post)
    return out


def author_counts(author_ids: set[int]) -> dict[int, dict[str, int]]:
    """Posts per state for each author (one grouped query)."""
    counts: dict[int, dict[str, int]] = {pk: {} for pk in author_ids}
    for row in (
        Post.objects.filter(author_id__in=author_ids)
        .values("author_id", "state")
        .annotate(n=Count("pk"))
    ):
        counts[row["author_id"]][row["state"]] = row["n"]
    return counts


def queue_page(*, page) -> Page:
    """Held posts, oldest first, each with highlighted spans and its author's history."""
    paginator = Paginator(held_posts(), QUEUE_PER_PAGE)
    result = paginator.get_page(page)
    posts = list(result.object_list)
    author_ids = {p.author_id for p in posts if p.author_id}
    recent = _recent_posts_by(author_ids)
    counts = author_counts(author_ids)
    items = []
    for post in posts:
        verdict = verdict_for_display(post.body)
        state_counts = counts.get(post.author_id, {}) if post.author_id else {}
        items.append(
            QueueItem(
                post=post,
                highlighted=highlight(post.body, verdict.spans),
                findings=verdict.findings,
                history=[p for p in recent.get(post.author_id, []) if p.pk != post.pk],
                author_counts=state_counts,
                author_trust=(
                    trust_for_count(state_counts.get(PostState.PUBLISHED, 0))
                    if post.author_id
                    else None
                ),
            )
        )
    result.object_list = items
    return result


def queue_item(*, pk: int) -> QueueItem:
    """One post for a moderator (any state), with its author's history and notes."""
    post = get_object_or_404(
        Post.objects.select_related("thread", "author", "review", "author__moderation_standing"),
        pk=pk,
    )
    verdict = verdict_for_display(post.body)
    item = QueueItem(
        post=post, highlighted=highlight(post.body, verdict.spans), findings=verdict.findings
    )
    if post.author_id:
        item.history = [
            p
            for p in _recent_posts_by({post.author_id}, limit=6).get(post.author_id, [])
            if p.pk != post.pk
        ][:5]
        item.author_counts = author_counts({post.author_id})[post.author_id]
        item.author_trust = trust_for_count(item.author_counts.get(PostState.PUBLISHED, 0))
        item.author_notes = list(StaffNote.objects.filter(user_id=post.author_id)[:10])
    return item


def queue_stats() -> dict:
    """Held count and the median time from held to decided over the last 30 days."""
    since = timezone.now() - MEDIAN_WINDOW
    median = Review.objects.filter(decided_at__isnull=False, decided_at__gte=since).aggregate(
        median=Median(
            ExpressionWrapper(F("decided_at") - F("held_at"), output_field=DurationField())
        ),
        decided=Count("pk"),
    )
    return {
        "held": Post.objects.filter(state=PostState.HELD, deleted_at__isnull=True).count(),
        "median": median["median"],
        "decided": median["decided"],
    }


def reason_templates():
    return ReasonTemplate.objects.all()


# ------------------------------------------------------------------ members


def member_get(*, handle: str) -> User:
    return get_object_or_404(
        User.objects.select_related("moderation_standing").prefetch_related(
            Prefetch("moderation_notes", queryset=StaffNote.objects.select_related("author"))
        ),
        handle__iexact=handle,
    )


def member_posts(user, *, limit: int = 20):
    return Post.objects.filter(author=user).select_related("thread").order_by("-created_at")[:limit]


# ------------------------------------------------------------------ rules, answers, audit


def watched_rules():
    return WatchedRule.objects.select_related("created_by").order_by("-active", "pattern", "pk")


def curated_answers():
    return CuratedAnswer.objects.annotate(uses=Count("links")).order_by("title")


def curated_answers_for(thread: Thread) -> list[CuratedAnswer]:
    """The curated answers pinned under a thread's question, in order (one query)."""
    links = ThreadCuratedAnswer.objects.filter(thread_id=thread.pk).select_related("answer")
    return [link.answer for link in links]


def thread_moderation(thread: Thread) -> ThreadModeration | None:
    return ThreadModeration.objects.filter(thread_id=thread.pk).first()


def thread_for_moderator(*, pk: int) -> Thread:
    return get_object_or_404(Thread.objects.select_related("category", "author"), pk=pk)


def audit_page(*, page) -> Page:
    qs = AuditLog.objects.select_related("actor").order_by("-created_at", "-pk")
    return Paginator(qs, AUDIT_PER_PAGE).get_page(page)


def open_flags_for(post: Post):
    return Flag.objects.filter(post=post, resolved_at__isnull=True).select_related("reporter")
