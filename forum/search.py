"""Site search: PostgreSQL full-text search over the forum, open to other sources.

`search_site()` asks every source at the SEARCH_SOURCE hook point (the forum's own,
added by forum/hooks.py, and the articles', added by articles/hooks.py) for its best
hits, merges them by rank and pages the result. Each source ranks with SearchRank over a stored
tsvector with a GIN index and highlights with SearchHeadline.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db.models import Case, Count, F, FloatField, Value, When, Window
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from accounts import hooks
from accounts.sql import CompiledQuery

from . import access
from .models import SEARCH_CONFIG, Post
from .selectors import PageNumbers

PAGE_SIZE = 20
MAX_PAGES = 10
QUERY_MAX = 200
# Counting stops here: no one pages past MAX_PAGES, and counting every match of a
# common word would cost more than the search.
COUNT_CAP = PAGE_SIZE * MAX_PAGES
# Matches ranked per branch (ForumSource): every hit that can be paged to, and one
# more to tell that there are more.
CANDIDATES = COUNT_CAP + 1
# Markers PostgreSQL puts around matches; the snippet is escaped, then they become <mark>.
_START, _STOP = "\x02", "\x03"


@dataclass
class SearchHit:
    source: str
    title: str
    url: str
    snippet: SafeString
    rank: float
    label: str = ""
    date: datetime | None = None


@dataclass
class SearchFilters:
    category: str = ""
    extra: dict = field(default_factory=dict)


class SearchSource(Protocol):
    name: str

    def search(
        self, text: str, *, user, filters: SearchFilters, limit: int
    ) -> tuple[int, list[SearchHit]]: ...


def web_query(text: str) -> SearchQuery:
    """The query every source searches with: websearch syntax ("quotes", -not, or)."""
    return SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)


def headline(field: str, query: SearchQuery) -> SearchHeadline:
    """A snippet of `field` around the matches, marked for `highlight()`."""
    return SearchHeadline(
        field,
        query,
        config=SEARCH_CONFIG,
        start_sel=_START,
        stop_sel=_STOP,
        max_words=40,
        min_words=15,
        max_fragments=2,
        fragment_delimiter=" … ",
    )


# Stand-ins for the search text and the category while a source's query is compiled
# (accounts.sql): strings no one can type (PostgreSQL text cannot hold NUL).
TEXT_STAND_IN = "\x00search text\x00"
_SLUG_STAND_IN = "\x00category slug\x00"


_MARKED = re.compile(f"{_START}(.*?){_STOP}", re.DOTALL)


def highlight(snippet: str) -> SafeString:
    """A SearchHeadline result as escaped HTML with the matches in <mark>.

    The markers are control characters that escaping leaves alone, so the whole
    snippet is escaped once and the paired markers become tags; a stray one goes."""
    marked = _MARKED.sub(r"<mark>\1</mark>", escape(snippet))
    return mark_safe(marked.replace(_START, "").replace(_STOP, ""))  # noqa: S308 - escaped above


class ForumSource:
    """Posts every visitor may see (forum.access), best first (`_forum_query`)."""

    name = "forum"

    def search(self, text, *, user, filters, limit):
        # Search shows what everyone may see, whoever asks: results are not personal.
        # The query is compiled once per shape (_forum_query); it took longer to
        # compile than to run.
        rows = _forum_query(bool(filters.category), limit).rows(
            {"text": text, "slug": filters.category}
        )
        hits = [
            SearchHit(
                source=self.name,
                title=title,
                url=reverse("forum:post", kwargs={"pk": pk}),
                snippet=highlight(snippet),
                rank=rank,
                label=category,
                date=created_at,
            )
            for pk, title, category, created_at, rank, snippet, _candidates in rows
        ]
        # CANDIDATES > COUNT_CAP, so the candidates also give the capped count.
        total = min(rows[0][-1], COUNT_CAP + 1) if rows else 0
        return total, hits


@functools.lru_cache(maxsize=32)
def _forum_query(by_category: bool, limit: int) -> CompiledQuery:
    """The best `limit` posts for a search text, with their snippets and the number
    of candidates, in one query.

    Held and removed posts and held threads are never found. A thread's title counts
    for its first post. Ranking reads each candidate's stored tsvector, so it is
    bounded: the GIN index finds the matches and only the newest CANDIDATES of each
    branch are ranked (a subquery LIMIT before ts_rank). A rare term has fewer
    matches than that and all of them are ranked; a term that matches thousands of
    posts ranks its newest ones, which is also what a reader of a forum looks for
    first. The snippet is made for the returned rows only: PostgreSQL computes a
    costly output column after ORDER BY ... LIMIT.
    """
    query = web_query(TEXT_STAND_IN)
    base = Post.objects.published().filter(access.threads_visible_q(None, prefix="thread__"))
    if by_category:
        base = base.filter(thread__category__slug=_SLUG_STAND_IN)
    # Two index-driven branches, a body match and a title match (the thread's
    # first post): an OR across the join would scan and rank every post.
    body = base.filter(search_vector=query)
    # Disjoint from `body`, so UNION ALL needs no de-duplication.
    titled = base.filter(position=1, thread__title_vector=query).exclude(search_vector=query)
    candidates = (
        body.order_by("-pk")
        .values("pk")[:CANDIDATES]
        .union(titled.order_by("-pk").values("pk")[:CANDIDATES], all=True)
    )
    title_rank = Case(
        When(position=1, then=SearchRank(F("thread__title_vector"), query)),
        default=Value(0.0),
        output_field=FloatField(),
    )
    rows = (
        Post.objects.filter(pk__in=candidates)
        .annotate(
            rank=SearchRank(F("search_vector"), query) + title_rank,
            snippet=headline("body", query),
            candidates=Window(Count("*")),
        )
        .order_by("-rank", "-created_at", "-pk")
        .values_list(
            "pk",
            "thread__title",
            "thread__category__name",
            "created_at",
            "rank",
            "snippet",
            "candidates",
        )[:limit]
    )
    stand_ins = {"text": TEXT_STAND_IN}
    if by_category:
        stand_ins["slug"] = _SLUG_STAND_IN
    return CompiledQuery.of(rows, stand_ins)


@dataclass
class SearchResults(PageNumbers):
    query: str
    hits: list[SearchHit]
    total: int
    number: int
    num_pages: int

    @property
    def more_than_shown(self) -> bool:
        """More matches than anyone can page through (the count stopped at COUNT_CAP)."""
        return self.total > COUNT_CAP


def search_site(
    text: str, *, user, page: int = 1, filters: SearchFilters | None = None
) -> SearchResults:
    """Best hits of every source for `text` (websearch syntax: "quotes", -not, or)."""
    text = (text or "").strip()[:QUERY_MAX]
    filters = filters or SearchFilters()
    if not text:
        return SearchResults(text, [], 0, 1, 1)
    number = min(max(1, page), MAX_PAGES)
    total, hits = 0, []
    for source in hooks.values(hooks.SEARCH_SOURCE):
        count, found = source.search(text, user=user, filters=filters, limit=number * PAGE_SIZE)
        total += count
        hits += found
    hits.sort(key=lambda h: h.rank, reverse=True)
    num_pages = max(1, min(MAX_PAGES, -(-total // PAGE_SIZE)))
    start = (number - 1) * PAGE_SIZE
    return SearchResults(text, hits[start : start + PAGE_SIZE], total, number, num_pages)
