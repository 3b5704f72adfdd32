"""Writing articles: create, edit (revisions for published changes), import files."""

from __future__ import annotations

from collections.abc import Sequence

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from accounts.permissions import EDITOR

from .. import workflow
from ..content import ArticleData, SourceData
from ..models import Article
from ._base import (
    CHANGE_NOTE_REQUIRED,
    CONTENT_FIELDS,
    EDITOR_ROLE_ERROR,
    FIRST_PUBLISHED_NOTE,
    IMPORTED_NOTE,
    REVIEW_INTERVAL_MONTHS,
    SLUG_TAKEN_ERROR,
    ArticleContent,
    _apply_content,
    _bump,
    _locked,
    _months_later,
    _replace_sources,
    _require_role,
    _revision_add,
    article_search_refresh,
)
from .review import _discussion_ensure_later


@transaction.atomic
def article_create(
    *,
    editor: User,
    slug: str,
    title: str,
    summary: str,
    key_points: Sequence[str],
    body: str,
    tags: Sequence[str] = (),
    audience: str = "",
    sources: Sequence[SourceData] = (),
    related: Sequence[Article] = (),
) -> Article:
    """A new draft, written by `editor` (an Editor)."""
    _require_role(editor, EDITOR, EDITOR_ROLE_ERROR)
    if Article.objects.filter(slug=slug).exists():
        raise ValidationError({"slug": SLUG_TAKEN_ERROR})
    article = Article(slug=slug, author=editor, status=workflow.DRAFT)
    _apply_content(
        article,
        title=title,
        summary=summary,
        key_points=key_points,
        body=body,
        tags=tags,
        audience=audience,
        sources=sources,
    )
    article.full_clean(exclude=["related"])
    article.save()
    _replace_sources(article, sources)
    article.related.set([a for a in related if a.pk != article.pk])
    article_search_refresh(article=article)
    return article


@transaction.atomic
def article_update(
    *,
    article: Article,
    editor: User,
    title: str,
    summary: str,
    key_points: Sequence[str],
    body: str,
    tags: Sequence[str] = (),
    audience: str = "",
    sources: Sequence[SourceData] = (),
    related: Sequence[Article] = (),
    change_note: str = "",
) -> Article:
    """Edit an article. A published article needs `change_note` and gets a revision;
    an approved or scheduled one goes back to draft (its approval was for other text)."""
    _require_role(editor, EDITOR, EDITOR_ROLE_ERROR)
    article = _locked(article)
    if article.is_published and not change_note.strip():
        raise ValidationError({"change_note": CHANGE_NOTE_REQUIRED})
    _apply_content(
        article,
        title=title,
        summary=summary,
        key_points=key_points,
        body=body,
        tags=tags,
        audience=audience,
        sources=sources,
    )
    fields = list(CONTENT_FIELDS)
    new_status = workflow.status_after_edit(article.status)
    if new_status != article.status:
        article.status = new_status
        article.publish_at = None
        fields += ["status", "publish_at"]
    if article.is_published:
        article.updated_at = timezone.now()
        fields.append("updated_at")
    _replace_sources(article, sources)
    article.related.set([a for a in related if a.pk != article.pk])
    _bump(article, fields)
    article_search_refresh(article=article)
    if article.is_published:
        _revision_add(article=article, user=editor, note=change_note)
    return article


@transaction.atomic
def article_import(
    *, data: ArticleData, author: User, reviewer: User | None, publish: bool
) -> tuple[Article, str]:
    """Create or update the article with `data.slug` from a content file (idempotent).

    Files are written and medically reviewed outside the site (see the content
    README), so `publish=True` publishes them directly with `reviewer` as the
    reviewer. Returns (article, "created" | "updated" | "unchanged").
    """
    article = Article.objects.select_for_update().filter(slug=data.slug).first()
    content = ArticleContent(
        title=data.title,
        summary=data.summary,
        key_points=data.key_points,
        body=data.body,
        tags=data.tags,
        audience=data.audience,
        sources=data.sources,
    )
    outcome = "unchanged"
    if article is None:
        article = Article(slug=data.slug, author=author, status=workflow.DRAFT)
        _apply_content(article, **content)
        article.full_clean(exclude=["related"])
        article.save()
        _replace_sources(article, data.sources)
        outcome = "created"
    else:
        before = (article.title, article.summary, article.key_points, article.body, article.tags)
        existing = [
            SourceData(s.key, s.title, s.publisher, s.year, s.url, s.doi)
            for s in article.sources.all()
        ]
        _apply_content(article, **content)
        after = (article.title, article.summary, article.key_points, article.body, article.tags)
        if before != after or existing != list(data.sources) or article.audience != data.audience:
            _replace_sources(article, data.sources)
            fields = list(CONTENT_FIELDS)
            if article.is_published:
                article.updated_at = timezone.now()
                fields.append("updated_at")
            _bump(article, fields)
            if article.is_published:
                _revision_add(article=article, user=author, note=IMPORTED_NOTE)
            outcome = "updated"
    if publish and not article.is_published:
        now = timezone.now()
        article.reviewer = reviewer
        article.last_reviewed_at = now
        article.next_review_due = _months_later(timezone.localdate(now), REVIEW_INTERVAL_MONTHS)
        article.status = workflow.PUBLISHED
        article.published_at = now
        article.updated_at = now
        _bump(
            article,
            ["reviewer", "last_reviewed_at", "next_review_due", "status"]
            + ["published_at", "updated_at"],
        )
        _revision_add(article=article, user=author, note=FIRST_PUBLISHED_NOTE)
        transaction.on_commit(lambda: _discussion_ensure_later(article.pk))
        outcome = "created" if outcome == "created" else "updated"
    article_search_refresh(article=article)
    return article, outcome


@transaction.atomic
def articles_link_related(*, links: dict[str, list[str]]) -> None:
    """Set each article's related articles from slugs (unknown slugs are skipped)."""
    by_slug = {a.slug: a for a in Article.objects.filter(slug__in=set(links) | _flat(links))}
    for slug, related in links.items():
        article = by_slug.get(slug)
        if article is None:
            continue
        wanted = [by_slug[s] for s in related if s in by_slug and s != slug]
        current = set(article.related.values_list("slug", flat=True))
        if current != {a.slug for a in wanted}:
            article.related.set(wanted)
            _bump(article, [])


def _flat(links: dict[str, list[str]]) -> set[str]:
    return {slug for related in links.values() for slug in related}
