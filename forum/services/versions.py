"""The versions that key the forum's page caches (forum.caching), moved in one place.

Every write that changes what a thread page or a category list shows calls
`threads_bump` inside its transaction, so a reader sees the new version exactly
when the new data commits: a cached page is never stale and never swept.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import F

from forum.models import Category, Thread


def threads_bump(*, thread_ids: Iterable[int]) -> None:
    """New versions for these threads and for the categories that list them."""
    ids = sorted(set(thread_ids))
    if not ids:
        return
    Thread.objects.filter(pk__in=ids).update(version=F("version") + 1)
    categories = Thread.objects.filter(pk__in=ids).values("category_id")
    Category.objects.filter(pk__in=categories).update(version=F("version") + 1)


def category_bump(*, category_id: int) -> None:
    """A new version for one category's list (a thread started in it)."""
    Category.objects.filter(pk=category_id).update(version=F("version") + 1)
