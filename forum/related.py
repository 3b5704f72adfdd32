"""Related reading shown beside a thread, provided by apps above forum.

forum cannot import articles (the arrows run articles -> forum), so articles
registers a provider here at start-up. Results are cached per thread version,
so a warm thread page spends no query on them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.core.cache import cache


@dataclass(frozen=True)
class RelatedLink:
    title: str
    url: str
    summary: str = ""


RelatedProvider = Callable[[str, int], list[RelatedLink]]
_providers: list[RelatedProvider] = []
CACHE_SECONDS = 3600


def register_related_provider(provider: RelatedProvider) -> None:
    if provider not in _providers:
        _providers.append(provider)


def related_for_thread(thread, *, limit: int = 3) -> list[RelatedLink]:
    key = f"forum:related:{thread.pk}:v{thread.version}"
    links = cache.get(key)
    if links is None:
        links = []
        for provider in _providers:
            links.extend(provider(thread.title, limit))
        links = links[:limit]
        cache.set(key, links, CACHE_SECONDS)
    return links
