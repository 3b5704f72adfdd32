"""Articles as a source of the site search (forum.search asks every registered source)."""

from __future__ import annotations

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db.models import F
from django.utils.translation import gettext as _

from forum.search import SearchFilters, SearchHit, highlight

from .models import Article

_START, _STOP = "\x02", "\x03"


class ArticleSearchSource:
    """Published articles, ranked by title (A), summary (B) and body (C)."""

    name = "articles"

    def search(
        self, query: SearchQuery, *, user, filters: SearchFilters, limit: int
    ) -> tuple[int, list[SearchHit]]:
        if filters.category:  # a forum category was chosen: articles are not in it
            return 0, []
        qs = Article.objects.published().filter(search_vector=query)
        total = qs.count()
        rows = (
            qs.annotate(
                rank=SearchRank(F("search_vector"), query),
                snippet=SearchHeadline(
                    "body",
                    query,
                    config="english",
                    start_sel=_START,
                    stop_sel=_STOP,
                    max_words=40,
                    min_words=15,
                    max_fragments=2,
                    fragment_delimiter=" … ",
                ),
            )
            .only("pk", "slug", "title", "updated_at", "published_at")
            .order_by("-rank", "title")[:limit]
        )
        hits = [
            SearchHit(
                source=self.name,
                title=article.title,
                url=article.get_absolute_url(),
                snippet=highlight(article.snippet),
                # Reviewed articles first among equally good matches.
                rank=article.rank * 1.5,
                label=_("Article"),
                date=article.updated_at or article.published_at,
            )
            for article in rows
        ]
        return total, hits
