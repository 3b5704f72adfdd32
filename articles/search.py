"""Articles as a source of the site search (forum.search asks every registered source)."""

from __future__ import annotations

import functools

from django.contrib.postgres.search import SearchRank
from django.db.models import Count, F, Window
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.sql import CompiledQuery
from forum.search import TEXT_STAND_IN, SearchFilters, SearchHit, headline, highlight, web_query

from .models import Article


class ArticleSearchSource:
    """Published articles, ranked by title (A), summary (B) and body (C)."""

    name = "articles"

    def search(
        self, text: str, *, user, filters: SearchFilters, limit: int
    ) -> tuple[int, list[SearchHit]]:
        if filters.category:  # a forum category was chosen: articles are not in it
            return 0, []
        rows = _article_query(limit).rows({"text": text})
        hits = [
            SearchHit(
                source=self.name,
                title=title,
                url=reverse("articles:detail", kwargs={"slug": slug}),
                snippet=highlight(snippet),
                # Reviewed articles first among equally good matches.
                rank=rank * 1.5,
                label=_("Article"),
                date=updated_at or published_at,
            )
            for slug, title, updated_at, published_at, rank, snippet, _matches in rows
        ]
        return (rows[0][-1] if rows else 0), hits


@functools.lru_cache(maxsize=16)
def _article_query(limit: int) -> CompiledQuery:
    """The best `limit` articles for a search text and how many match, in one query
    compiled once per process (accounts.sql)."""
    query = web_query(TEXT_STAND_IN)
    rows = (
        Article.objects.published()
        .filter(search_vector=query)
        .annotate(
            rank=SearchRank(F("search_vector"), query),
            # The summary, not the body: a reviewed one-paragraph account of the
            # article, and ts_headline over a whole article took 1 ms per hit.
            snippet=headline("summary", query),
            matches=Window(Count("*")),
        )
        .order_by("-rank", "title")
        .values_list("slug", "title", "updated_at", "published_at", "rank", "snippet", "matches")[
            :limit
        ]
    )
    return CompiledQuery.of(rows, {"text": TEXT_STAND_IN})
