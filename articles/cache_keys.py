"""Cache keys for article pages. The page fragment's key holds the article's
version, so a write never has to find and delete old fragments: services set
the new version after commit and the next request renders afresh."""

from django.core.cache import cache

VERSION_TIMEOUT = 24 * 3600
FRAGMENT_TIMEOUT = 24 * 3600


def version_key(slug: str) -> str:
    return f"articles:version:{slug}"


def version_get(slug: str) -> int | None:
    return cache.get(version_key(slug))


def version_set(slug: str, version: int) -> None:
    cache.set(version_key(slug), version, VERSION_TIMEOUT)


def fragment_key(slug: str, version: int, *parts: str) -> str:
    return ":".join(["articles:page", slug, str(version), *parts])
