"""The anonymous thread page cache.

A key names everything the anonymous page depends on: the thread's version
(bumped by every service that changes the thread or its posts), the page, and
what the base layout varies by (the visitor's locale for the emergency number,
the language, the theme cookie). A change makes a new key; old keys expire.
"""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache


def thread_page_key(request, *, pk: int, version: int, page: int) -> str:
    locale = getattr(getattr(request, "locale_info", None), "code", "")
    theme = "light" if request.COOKIES.get("theme") == "light" else "dark"
    language = getattr(request, "LANGUAGE_CODE", "")
    return f"forum:thread:{pk}:v{version}:p{page}:{locale}:{language}:{theme}"


def get(key: str) -> bytes | None:
    return cache.get(key)


def put(key: str, content: bytes) -> None:
    cache.set(key, content, timeout=getattr(settings, "FORUM_THREAD_CACHE_SECONDS", 600))
