"""Related reading shown beside a thread, provided by apps above forum.

forum cannot import articles (the arrows run articles -> forum), so articles
adds a provider at the RELATED_READING hook point (accounts/hooks.py). Results are
cached per thread version, so a warm thread page spends no query on them.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache

from accounts import hooks


@dataclass(frozen=True)
class RelatedLink:
    title: str
    url: str
    summary: str = ""


CACHE_SECONDS = 3600


def related_for_thread(thread, *, limit: int = 3) -> list[RelatedLink]:
    key = f"forum:related:{thread.pk}:v{thread.version}"
    links = cache.get(key)
    if links is None:
        links = []
        for provider in hooks.values(hooks.RELATED_READING):
            links.extend(provider(thread.title, limit))
        links = links[:limit]
        cache.set(key, links, CACHE_SECONDS)
    return links
