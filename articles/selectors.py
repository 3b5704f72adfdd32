"""Every read the article pages show, filtered by what the reader may see."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import Count, Func, Prefetch, Q
from django.http import Http404
from django.utils import timezone

from accounts.models import User

from . import workflow
from .models import Article, Feedback, ReviewComment, Source

DETAIL_RELATED = ("author__byline", "reviewer__byline")


def articles_published(*, tag: str = ""):
    qs = Article.objects.published().for_list().order_by("-published_at", "title")
    return qs.with_tag(tag) if tag else qs


def article_tags() -> list[str]:
    """Every tag used by a published article, sorted."""
    rows = (
        Article.objects.published()
        .order_by()  # no Meta ordering columns in SELECT DISTINCT
        .annotate(tag=Func("tags", function="unnest"))
        .values_list("tag", flat=True)
        .distinct()
    )
    return sorted(set(rows))


def article_get_published(*, slug: str) -> Article:
    """The public article with its byline, sources and related articles (3 queries)."""
    article = (
        Article.objects.published()
        .select_related(*DETAIL_RELATED)
        .prefetch_related(
            Prefetch("sources", queryset=Source.objects.order_by("order")),
            Prefetch(
                "related",
                queryset=Article.objects.published().for_list().order_by("title"),
            ),
        )
        .filter(slug=slug)
        .first()
    )
    if article is None:
        raise Http404
    return article


def article_get_editorial(*, pk: int) -> Article:
    """Any article, for editors and reviewers (views check the role)."""
    article = (
        Article.objects.select_related(*DETAIL_RELATED)
        .prefetch_related(
            Prefetch("sources", queryset=Source.objects.order_by("order")),
            Prefetch("related", queryset=Article.objects.for_list().order_by("title")),
            Prefetch(
                "review_comments",
                queryset=ReviewComment.objects.select_related("author").order_by("-created_at"),
            ),
        )
        .filter(pk=pk)
        .first()
    )
    if article is None:
        raise Http404
    return article


def feedback_given(*, article_id: int, user: User) -> bool:
    """Whether this member already said if the article helped (one answer each)."""
    return (
        user.is_authenticated and Feedback.objects.filter(article_id=article_id, user=user).exists()
    )


@dataclass
class Dashboard:
    drafts: Sequence[Article]
    in_review: Sequence[Article]
    ready: Sequence[Article]
    due_for_review: Sequence[Article]
    published: Sequence[Article]
    recent_feedback: Sequence[Feedback]


def editorial_dashboard(*, today: datetime.date | None = None) -> Dashboard:
    today = today or timezone.localdate()
    rows = list(
        Article.objects.select_related("author", "reviewer")
        .annotate(
            helpful_yes=Count("feedback", filter=Q(feedback__helpful=True)),
            helpful_no=Count("feedback", filter=Q(feedback__helpful=False)),
        )
        .defer("body", "body_html", "toc", "search_vector")
        .order_by("-modified_at")
    )
    by = {status: [a for a in rows if a.status == status] for status in workflow.STATUSES}
    return Dashboard(
        drafts=by[workflow.DRAFT] + by[workflow.CHANGES_REQUESTED],
        in_review=by[workflow.IN_REVIEW],
        ready=by[workflow.APPROVED] + by[workflow.SCHEDULED],
        due_for_review=[
            a for a in by[workflow.PUBLISHED] if a.next_review_due and a.next_review_due <= today
        ],
        published=by[workflow.PUBLISHED],
        recent_feedback=list(
            Feedback.objects.select_related("article")
            .only("helpful", "reason", "comment", "created_at", "article__title", "article__id")
            .exclude(reason="", comment="")
            .order_by("-created_at")[:20]
        ),
    )


def article_feedback_tally(*, article: Article) -> dict:
    counts = Feedback.objects.filter(article=article).aggregate(
        yes=Count("pk", filter=Q(helpful=True)), no=Count("pk", filter=Q(helpful=False))
    )
    reasons = (
        Feedback.objects.filter(article=article)
        .exclude(reason="")
        .values("reason", "helpful")
        .annotate(n=Count("pk"))
        .order_by("-n")
    )
    labels = dict(Feedback.Reason.choices)
    return {
        **counts,
        "reasons": [{**r, "label": labels.get(r["reason"], r["reason"])} for r in reasons],
        "comments": list(
            Feedback.objects.filter(article=article)
            .exclude(comment="")
            .order_by("-created_at")
            .values("helpful", "comment", "created_at")[:20]
        ),
    }


def articles_related_to_text(text: str, limit: int = 3) -> list[Article]:
    """Published articles most related to free text (PostgreSQL full-text, ranked).

    Words are OR-ed so a long forum post still finds articles sharing a few terms.
    """
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if len(w) > 2]
    if not words:
        return []
    query = SearchQuery(" OR ".join(words[:60]), search_type="websearch", config="english")
    return list(
        Article.objects.published()
        .for_list()
        .filter(search_vector=query)
        .annotate(rank=SearchRank("search_vector", query))
        .order_by("-rank", "title")[:limit]
    )
