"""Whole anonymous forum pages served before the session, auth and message layers.

A visitor without a session cookie and without a message cookie who asks for a
thread page, a category page or a search gets the cached page (forum.caching: one round
trip to the cache, no PostgreSQL, no template), when it is there and current.
Everything else (members, visitors with a session, a flash message, another
query string, a miss) goes down the usual stack, whose view fills the cache.

It sits after SecurityMiddleware, WhiteNoise, CSPMiddleware and
XFrameOptionsMiddleware (config/settings.py), so their response headers apply,
and sets what the skipped layers would have set on the same page: the
Content-Language and Vary of LocaleMiddleware and SessionMiddleware (the message
check reads the session) and the Content-Length of CommonMiddleware. A cached
page carries no CSRF token and no member data (the view caches only what it
rendered for a visitor without an account), and gets no `private` Cache-Control
because the visitor has no account (accounts.middleware.PrivateResponseMiddleware).
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils.cache import patch_vary_headers

from forum import caching
from forum.querystring import page_number


def _page_lookup(kind: str, argument: str):
    def find(request, match):
        if any(name != "page" for name in request.GET):
            return None
        ident = match.kwargs[argument]
        return caching.anonymous_lookup(request, kind=kind, ident=ident, page=page_number(request))

    return find


def _search_lookup(request, match):
    if any(name not in _SEARCH_PARAMETERS for name in request.GET):
        return None
    return caching.anonymous_search_lookup(request)


_SEARCH_PARAMETERS = {"q", "category", "page"}
_TARGETS = {
    "forum:thread": _page_lookup(caching.THREAD, "pk"),
    "forum:category": _page_lookup(caching.CATEGORY, "slug"),
    "search": _search_lookup,
}


class AnonymousPageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.skip_cookies = (settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name)

    def __call__(self, request):
        response = self._cached(request)
        return self.get_response(request) if response is None else response

    def _cached(self, request) -> HttpResponse | None:
        if request.method != "GET" or any(c in request.COOKIES for c in self.skip_cookies):
            return None
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return None
        find = _TARGETS.get(match.view_name)
        if find is None:
            return None
        request.get_host()  # ALLOWED_HOSTS, as CommonMiddleware would check it
        lookup = find(request, match)
        if lookup is None or lookup.content is None:
            return None
        response = HttpResponse(lookup.content)
        response.headers["Content-Length"] = str(len(lookup.content))
        response.headers["Content-Language"] = caching.anonymous_locale(request).language
        patch_vary_headers(response, ("Accept-Language", "Cookie"))
        return response
