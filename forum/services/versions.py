"""The versions that key the forum's page caches (forum.caching), moved in one place.

Every write that changes what a thread page or a category list shows calls
`threads_bump` (or `category_bump`) inside its transaction, so a reader sees the
new version exactly when the new data commits: a cached page is never stale and
never swept. The same calls replace the cache tokens of the whole anonymous pages
(served before PostgreSQL is asked, forum.caching): at once, and again after the
commit, so a page rendered from the old data in between is never served.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from django.db import transaction
from django.db.models import F

from forum import caching
from forum.models import Category, Thread


def threads_bump(*, thread_ids: Iterable[int]) -> None:
    """New versions for these threads and for the categories that list them."""
    ids = sorted(set(thread_ids))
    if not ids:
        return
    Thread.objects.filter(pk__in=ids).update(version=F("version") + 1)
    categories = dict(
        Category.objects.filter(
            pk__in=Thread.objects.filter(pk__in=ids).values("category_id")
        ).values_list("pk", "slug")
    )
    Category.objects.filter(pk__in=categories).update(version=F("version") + 1)
    _tokens_replace(thread_ids=ids, category_slugs=list(categories.values()))


def category_bump(*, category_id: int) -> None:
    """A new version for one category's list (a thread started in it)."""
    Category.objects.filter(pk=category_id).update(version=F("version") + 1)
    slugs = list(Category.objects.filter(pk=category_id).values_list("slug", flat=True))
    _tokens_replace(thread_ids=[], category_slugs=slugs)


def category_changed(*, category_id: int, old_slug: str | None = None) -> None:
    """A category added, renamed, moved or about to be deleted: its threads' pages,
    its list and every search name it, and a list cached under its old slug must
    not be served again."""
    threads_bump(
        thread_ids=Thread.objects.filter(category_id=category_id).values_list("pk", flat=True)
    )
    category_bump(category_id=category_id)
    if old_slug:
        _tokens_replace(thread_ids=[], category_slugs=[old_slug])


def search_results_changed() -> None:
    """For a change outside the forum that search shows (an article): a new search token."""
    _now_and_after_commit(caching.search_results_changed)


def _tokens_replace(*, thread_ids: list[int], category_slugs: list[str]) -> None:
    _now_and_after_commit(
        partial(
            caching.anonymous_pages_changed, thread_ids=thread_ids, category_slugs=category_slugs
        )
    )


def _now_and_after_commit(replace) -> None:
    """Replace tokens inside the writing transaction and again once it commits, so a page
    rendered from the old data in between is never served (see the module doc)."""
    replace()
    transaction.on_commit(replace)
