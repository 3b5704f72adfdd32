"""The forum's page caches, all keyed by versions that every write bumps.

A key names everything the cached HTML depends on. A change makes a new key or
a new token; old entries expire on their own. Nothing is ever swept.

- a thread page's posts, shared by every reader (`thread_posts_key`): keyed by the
  thread's version, bumped in the same transaction as every change that a page
  shows (`forum.services.versions`); they vary by locale, language and time zone
  (dates are shown in the reader's zone), never by reader.
- anonymous thread and category pages, whole (`anonymous_lookup`/`page_store`):
  served before the session is read (`forum.middleware`), so without PostgreSQL.
  Each thread and category has a token in the cache that `versions` replaces
  whenever it bumps the version: once inside the writing transaction and again
  after it commits. An entry holds the token it was rendered under, read *before*
  the page's data, and is served only while that token is current; a page
  rendered from data that a later commit changed is therefore never served. A
  token is a fresh random value, never a counter, so a token that expired or was
  evicted can never match an old entry again (tokens live as long as pages).
- a member's category page frame (`member_frame_lookup`, `page_store`): the page as
  every plain member sees it, with slots for what differs per member (forum.rendering),
  under the same token as the anonymous page, so no query is needed to know it is
  current.
- search results, rendered (`search_lookup`, `page_store`): the same for every reader,
  since search finds only what everyone may see. One site-wide token covers them:
  every thread or category change replaces it with the anonymous pages' tokens, and
  every article change replaces it too (`search_results_changed`), so a search never
  shows a post or an article as it was before a committed change.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from accounts.locales import locale_from_accept_language, locale_info

from .querystring import page_number

THREAD = "thread"
CATEGORY = "category"
SEARCH = "search"
# The one search token: every search result depends on all the forum and the articles.
_SEARCH_ALL = "site"


def shared_variant(request) -> str:
    """What shared fragments vary by: locale (emergency number), language, time zone."""
    locale = getattr(getattr(request, "locale_info", None), "code", "")
    language = getattr(request, "LANGUAGE_CODE", "")
    return f"{locale}:{language}:{timezone.get_current_timezone_name()}"


def anonymous_variant(request) -> str:
    """What a whole anonymous page varies by, from the raw request alone (it is
    computed before any middleware ran): the locale from Accept-Language (which
    also picks the language, accounts.middleware), the default time zone, and the
    theme cookie (the base layout)."""
    info = anonymous_locale(request)
    theme = "light" if request.COOKIES.get("theme") == "light" else "dark"
    return f"{info.code}:{info.language}:{settings.TIME_ZONE}:{theme}"


def anonymous_locale(request):
    """A visitor's locale, from Accept-Language only (accounts.middleware)."""
    return locale_info(locale_from_accept_language(request.headers.get("Accept-Language", "")))


def thread_posts_key(request, *, pk: int, version: int, page: int) -> str:
    return f"forum:posts:{pk}:v{version}:p{page}:{shared_variant(request)}"


def get(key: str):
    return cache.get(key)


def put(key: str, content) -> None:
    cache.set(key, content, timeout=_seconds())


def _seconds() -> int:
    return getattr(settings, "FORUM_THREAD_CACHE_SECONDS", 600)


# --- whole anonymous pages --------------------------------------------------------


def _token_key(kind: str, ident) -> str:
    return f"forum:anon:{kind}:{ident}:token"


def _page_key(kind: str, ident, page: int, variant: str) -> str:
    return f"forum:anon:{kind}:{ident}:p{page}:{variant}"


class Lookup:
    """One round trip's answer: the page's HTML if current, else the token to store
    a freshly rendered page under (taken before the page's data is read)."""

    __slots__ = ("content", "token", "key")

    def __init__(self, content: bytes | None, token: str, key: str):
        self.content, self.token, self.key = content, token, key


def anonymous_lookup(request, *, kind: str, ident, page: int) -> Lookup:
    """The cached anonymous page `kind` (THREAD by pk, CATEGORY by slug), page `page`:
    one MGET of the token and the entry."""
    return _lookup(kind, ident, _page_key(kind, ident, page, anonymous_variant(request)))


def member_frame_lookup(request, *, kind: str, ident, page: int) -> Lookup:
    """The shared member frame of page `page` of `kind` `ident`, under the same token
    as its anonymous page. It varies as shared fragments do, and by the theme."""
    theme = "light" if request.COOKIES.get("theme") == "light" else "dark"
    key = f"forum:frame:{kind}:{ident}:p{page}:{shared_variant(request)}:{theme}"
    return _lookup(kind, ident, key)


def _lookup(kind: str, ident, key: str) -> Lookup:
    token_key = _token_key(kind, ident)
    found = cache.get_many([token_key, key])
    token, entry = found.get(token_key), found.get(key)
    if token is not None and entry is not None and entry[0] == token:
        return Lookup(entry[1], token, key)
    if token is None:
        cache.add(token_key, secrets.token_hex(8), timeout=_seconds())
        token = cache.get(token_key)
    return Lookup(None, token, key)


def page_store(lookup: Lookup, content) -> None:
    """Keep a page (or frame) rendered after `lookup` under the token `lookup` read."""
    if lookup.token is not None:
        cache.set(lookup.key, (lookup.token, content), timeout=_seconds())


def anonymous_pages_changed(*, thread_ids: Iterable[int] = (), category_slugs: Iterable[str] = ()):
    """New tokens for these threads' and categories' anonymous pages, and for search
    results (a changed thread may be found, or no longer found, or show another title)."""
    keys = [_token_key(THREAD, pk) for pk in thread_ids]
    keys += [_token_key(CATEGORY, slug) for slug in category_slugs]
    if keys:
        keys.append(_token_key(SEARCH, _SEARCH_ALL))
        cache.set_many({key: secrets.token_hex(8) for key in keys}, timeout=_seconds())


# --- search results ----------------------------------------------------------------


def search_lookup(request, *, text: str, category: str, page: int) -> Lookup:
    """The rendered results of one search (text, category, page number), shared by
    every reader; they vary as shared fragments do (language, time zone of the dates)."""
    key = f"forum:search:{_digest(text, category)}:p{page}:{shared_variant(request)}"
    return _lookup(SEARCH, _SEARCH_ALL, key)


def anonymous_search_lookup(request) -> Lookup:
    """A visitor's whole search page, by its query string as sent (forum.middleware
    looks it up before the form has cleaned it), under the same token."""
    asked = request.GET
    digest = _digest(asked.get("q", ""), asked.get("category", ""))
    key = f"forum:anon:search:{digest}:p{page_number(request)}:{anonymous_variant(request)}"
    return _lookup(SEARCH, _SEARCH_ALL, key)


def _digest(*parts: str) -> str:
    return hashlib.blake2b("\x00".join(parts).encode(), digest_size=16).hexdigest()


def search_results_changed() -> None:
    """A new search token: for a change outside the forum that search shows (articles)."""
    cache.set(_token_key(SEARCH, _SEARCH_ALL), secrets.token_hex(8), timeout=_seconds())
