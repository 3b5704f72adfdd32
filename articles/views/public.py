"""Public article pages: list, article (cached), feedback. Staff pages: editorial.py."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import get_language, gettext_lazy
from django.views.decorators.http import require_POST

from accounts.permissions import is_staff_member

from .. import cache_keys, selectors, seo
from ..forms import FeedbackForm
from ..services import _base, reader

VISITOR_COOKIE = "hypnic_visitor"
ANSWERED_COOKIE = "articles_feedback"
COOKIE_SALT = "articles.feedback"
COOKIE_AGE = 365 * 24 * 3600
ARTICLES_PER_PAGE = 20
FEEDBACK_CHOOSE = gettext_lazy("Please choose yes or no.")
FEEDBACK_THANKS = gettext_lazy("Thank you for telling us. It helps us improve the articles.")


def index(request: HttpRequest) -> HttpResponse:
    tag = request.GET.get("tag", "").strip().lower()[:40]
    page = Paginator(selectors.articles_published(tag=tag), ARTICLES_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "articles/index.html",
        {
            "page": page,
            "articles": page.object_list,
            "tags": selectors.article_tags(),
            "tag": tag,
            "query": urlencode({"tag": tag}) if tag else "",
        },
    )


def _article_parts(slug: str) -> dict:
    """The reader-independent parts of an article page, cached by article version.

    Anonymous readers (and everyone else) are served from the cache without a query
    once warm; a write moves the version on (the services' `_bump`), so no stale page.
    """
    lang = get_language() or ""
    tz = timezone.get_current_timezone_name()
    version = cache_keys.version_get(slug)
    if version is not None:
        parts = cache.get(cache_keys.fragment_key(slug, version, lang, tz))
        if parts is not None:
            return parts
    article = selectors.article_get_published(slug=slug)
    context = {"article": article, "jsonld": seo.article_jsonld(article)}
    context["absolute_url"] = seo.absolute_url(article.get_absolute_url())
    parts = {
        "id": article.pk,
        "title": article.title,
        "summary": article.summary,
        "author_id": article.author_id,
        "reviewer_id": article.reviewer_id,
        "discussion_thread_id": article.discussion_thread_id,
        "head": render_to_string("articles/_article_head.html", context),
        "body": render_to_string("articles/_article_body.html", context),
    }
    cache.set(
        cache_keys.fragment_key(slug, article.version, lang, tz),
        parts,
        cache_keys.FRAGMENT_TIMEOUT,
    )
    if version != article.version:
        cache_keys.version_set(slug, article.version)
    return parts


def _answered_ids(request: HttpRequest) -> set[int]:
    raw = request.get_signed_cookie(ANSWERED_COOKIE, default="", salt=COOKIE_SALT)
    return {int(x) for x in raw.split(",") if x.isdigit()}


def _feedback_answered(request: HttpRequest, article_id: int) -> bool:
    if request.user.is_authenticated:
        return selectors.feedback_given(article_id=article_id, user=request.user)
    return article_id in _answered_ids(request)


def detail(request: HttpRequest, slug: str) -> HttpResponse:
    parts = _article_parts(slug)
    return render(
        request,
        "articles/detail.html",
        {
            "parts": parts,
            "slug": slug,
            "feedback_answered": _feedback_answered(request, parts["id"]),
            "feedback_form": FeedbackForm(),
            "show_editorial_link": is_staff_member(request.user),
        },
    )


@require_POST
def feedback(request: HttpRequest, slug: str) -> HttpResponse:
    article = selectors.article_get_published(slug=slug)
    form = FeedbackForm(request.POST)
    visitor = request.get_signed_cookie(VISITOR_COOKIE, default="", salt=COOKIE_SALT)
    visitor = visitor or uuid.uuid4().hex
    error = ""
    already_answered = False
    if form.is_valid():
        try:
            reader.feedback_record(
                article=article,
                user=request.user if request.user.is_authenticated else None,
                visitor_id=visitor,
                **form.cleaned_data,
            )
        except ValidationError as exc:
            error = str(exc.messages[0])
            already_answered = exc.code == _base.FEEDBACK_DUPLICATE_CODE
    else:
        error = str(FEEDBACK_CHOOSE)
    context = {
        "slug": slug,
        "parts": {"id": article.pk},
        "feedback_answered": not error or already_answered,
        "feedback_error": error,
        "feedback_form": form,
        "feedback_thanks": FEEDBACK_THANKS,
    }
    if request.htmx:
        response = render(request, "articles/_feedback.html", context)
    else:
        if error:
            messages.error(request, error)
        else:
            messages.success(request, FEEDBACK_THANKS)
        response = redirect(article.get_absolute_url() + "#feedback")
    if not request.user.is_authenticated:
        answered = _answered_ids(request) | {article.pk}
        response.set_signed_cookie(
            ANSWERED_COOKIE,
            ",".join(str(i) for i in sorted(answered)[-200:]),
            salt=COOKIE_SALT,
            max_age=COOKIE_AGE,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure(),
        )
        response.set_signed_cookie(
            VISITOR_COOKIE,
            visitor,
            salt=COOKIE_SALT,
            max_age=COOKIE_AGE,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure(),
        )
    return response
