"""The forum's page caches, all keyed by versions that every write bumps.

A key names everything the cached HTML depends on: the thread's (or the
category's) version, bumped in the same transaction as every change that a page
shows (`forum.services.versions`), the page number, and what the HTML varies by.
A change makes a new key; old keys expire on their own. Nothing is ever swept.

- anonymous thread pages, whole (`thread_page_key`): the base layout varies by the
  visitor's locale (emergency number), language and theme cookie;
- a thread page's posts, shared by every reader (`thread_posts_key`), and a
  category page's thread rows (`category_rows_key`): they vary by locale,
  language and time zone (dates are shown in the reader's zone), never by reader.
"""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone


def shared_variant(request) -> str:
    """What shared fragments vary by: locale (emergency number), language, time zone."""
    locale = getattr(getattr(request, "locale_info", None), "code", "")
    language = getattr(request, "LANGUAGE_CODE", "")
    return f"{locale}:{language}:{timezone.get_current_timezone_name()}"


def _whole_page_variant(request) -> str:
    """Whole anonymous pages also vary by the theme cookie (the base layout)."""
    theme = "light" if request.COOKIES.get("theme") == "light" else "dark"
    return f"{shared_variant(request)}:{theme}"


def thread_page_key(request, *, pk: int, version: int, page: int) -> str:
    return f"forum:thread:{pk}:v{version}:p{page}:{_whole_page_variant(request)}"


def category_page_key(request, *, pk: int, version: int, page: int) -> str:
    return f"forum:category:{pk}:v{version}:p{page}:{_whole_page_variant(request)}"


def thread_posts_key(request, *, pk: int, version: int, page: int) -> str:
    return f"forum:posts:{pk}:v{version}:p{page}:{shared_variant(request)}"


def category_rows_key(request, *, pk: int, version: int, page: int) -> str:
    return f"forum:rows:{pk}:v{version}:p{page}:{shared_variant(request)}"


def get(key: str):
    return cache.get(key)


def put(key: str, content) -> None:
    cache.set(key, content, timeout=getattr(settings, "FORUM_THREAD_CACHE_SECONDS", 600))
