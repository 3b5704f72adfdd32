"""Shared steps of article writes: rendering, saving with a new version, revisions."""

from __future__ import annotations

import datetime
import logging
from collections.abc import Sequence
from typing import TypedDict

from django.contrib.postgres.search import SearchVector
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.permissions import has_role
from forum.services.versions import search_results_changed

from .. import cache_keys, workflow
from ..content import SourceData
from ..models import Article, ArticleRevision, Source
from ..rendering import render_article

logger = logging.getLogger(__name__)

REVIEW_INTERVAL_MONTHS = 12

CHANGE_NOTE_REQUIRED = _(
    "Say what changed: every change to a published article is listed for readers."
)
SELF_APPROVAL_ERROR = _("You wrote this article: another medical reviewer must approve it.")
REVIEWER_ROLE_ERROR = _("Only a medical reviewer can do this.")
EDITOR_ROLE_ERROR = _("Only an editor can do this.")
COMMENT_REQUIRED = _("Say what needs to change, so the editor can fix it.")
SCHEDULE_PAST_ERROR = _("Choose a time in the future, or publish now.")
# ValidationError code of a second answer, so callers need not compare messages.
FEEDBACK_DUPLICATE_CODE = "duplicate"
FEEDBACK_DUPLICATE_ERROR = _("You have already told us whether this article helped. Thank you!")
FEEDBACK_UNPUBLISHED_ERROR = _("This article is not published.")
SLUG_TAKEN_ERROR = _("Another article already uses this slug.")
FIRST_PUBLISHED_NOTE = "First published"
IMPORTED_NOTE = "Updated from the article files"


def _months_later(day: datetime.date, months: int) -> datetime.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _transition(article: Article, action: str) -> str:
    try:
        return workflow.next_status(article.status, action)
    except workflow.TransitionError as exc:
        raise ValidationError(exc.message) from exc


def _locked(article: Article) -> Article:
    return Article.objects.select_for_update().get(pk=article.pk)


def _require_role(user: User, role: str, message) -> None:
    if not has_role(user, role):
        raise PermissionDenied(message)


def _bump(article: Article, fields: list[str]) -> None:
    """Save with a new version, and move the page cache and the site search's cached
    results on (forum.services.versions)."""
    article.version += 1
    article.full_clean(exclude=["related"])
    article.save(update_fields=[*fields, "version", "modified_at"])
    slug, version = article.slug, article.version
    search_results_changed()
    transaction.on_commit(lambda: cache_keys.version_set(slug, version))


class ArticleContent(TypedDict):
    """The editable content of an article, as `_apply_content` takes it."""

    title: str
    summary: str
    key_points: Sequence[str]
    body: str
    tags: Sequence[str]
    audience: str
    sources: Sequence[SourceData]


def _apply_content(
    article: Article,
    *,
    title: str,
    summary: str,
    key_points: Sequence[str],
    body: str,
    tags: Sequence[str],
    audience: str,
    sources: Sequence[SourceData],
) -> None:
    rendered = render_article(body, [s.key for s in sources])
    if rendered.errors:
        raise ValidationError({"body": rendered.errors})
    article.title = title.strip()
    article.summary = summary.strip()
    article.key_points = [p.strip() for p in key_points if p.strip()]
    article.body = body
    article.body_html = rendered.html
    article.toc = rendered.toc_data
    article.tags = list(dict.fromkeys(t.strip().lower() for t in tags if t.strip()))
    article.audience = audience.strip()


def _replace_sources(article: Article, sources: Sequence[SourceData]) -> None:
    article.sources.all().delete()
    rows = [
        Source(
            article=article,
            key=s.key,
            title=s.title,
            publisher=s.publisher,
            year=s.year,
            url=s.url,
            doi=s.doi,
            order=i,
        )
        for i, s in enumerate(sources, start=1)
    ]
    for row in rows:
        row.full_clean(exclude=["article"])
    Source.objects.bulk_create(rows)


def article_search_refresh(*, article: Article) -> None:
    Article.objects.filter(pk=article.pk).update(
        search_vector=SearchVector("title", weight="A", config="english")
        + SearchVector("summary", weight="B", config="english")
        + SearchVector("body", weight="C", config="english")
    )


def _revision_add(*, article: Article, user: User | None, note: str) -> ArticleRevision:
    last = article.revisions.aggregate(n=Max("number"))["n"] or 0
    revision = ArticleRevision(
        article=article,
        number=last + 1,
        title=article.title,
        summary=article.summary,
        body=article.body,
        note=note.strip()[:300],
        created_by=user,
    )
    revision.full_clean(exclude=["article", "created_by"])
    revision.save()
    return revision


CONTENT_FIELDS = ["title", "summary", "key_points", "body", "body_html", "toc", "tags", "audience"]
