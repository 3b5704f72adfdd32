"""An article's discussion: the forum thread's posts under the article, and comments."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from forum import access, rendering
from forum import selectors as forum_selectors

from .. import selectors
from ..services import reader

COMMENTS_SHOWN = 20


def _roles(article) -> dict[int, rendering.PostRole]:
    """The article's author and medical reviewer are marked beside their comments."""
    roles = {}
    if article.reviewer_id:
        roles[article.reviewer_id] = rendering.PostRole("reviewer", _("Medical reviewer"))
    if article.author_id:
        roles[article.author_id] = rendering.PostRole("author", _("Author"))
    return roles


def _context(request: HttpRequest, article, **extra) -> dict:
    """The last comments the reader may see, rendered like the forum thread's posts."""
    if not article.discussion_thread_id:
        raise Http404
    thread = forum_selectors.thread_get_for(user=request.user, pk=article.discussion_thread_id)
    perms = access.ForumPerms(request.user, thread)
    last_page = forum_selectors.page_count(thread)
    page = forum_selectors.thread_page_posts(thread=thread, user=request.user, page=last_page)
    posts = [post for post in page if post.position > 1][-COMMENTS_SHOWN:]
    return {
        "article": article,
        "thread": thread,
        "posts_html": rendering.posts_for(request, posts=posts, perms=perms, roles=_roles(article))
        if posts
        else "",
        **extra,
    }


def discussion(request: HttpRequest, slug: str) -> HttpResponse:
    """The comments block (htmx loads it under the article; without JS readers
    follow the link to the forum thread)."""
    article = selectors.article_get_published(slug=slug)
    if not request.htmx:
        if not article.discussion_thread_id:
            raise Http404
        return redirect("forum:thread", pk=article.discussion_thread_id)
    return render(request, "articles/_discussion_posts.html", _context(request, article))


@require_POST
@login_required
def comment(request: HttpRequest, slug: str) -> HttpResponse:
    article = selectors.article_get_published(slug=slug)
    extra: dict = {"comment_body": request.POST.get("body", "")}
    try:
        outcome = reader.article_comment_post(
            article=article, user=request.user, body=request.POST.get("body", "")
        )
    except ValidationError as exc:
        extra["comment_errors"] = exc.messages
    else:
        if outcome.ask_url:
            extra["ask_url"] = outcome.ask_url
        else:
            extra["verdict"] = outcome.verdict
            extra["comment_body"] = ""
    if request.htmx:
        return render(
            request, "articles/_discussion_posts.html", _context(request, article, **extra)
        )
    if "comment_errors" in extra:
        for message in extra["comment_errors"]:
            messages.error(request, message)
    elif "ask_url" in extra:
        return redirect(extra["ask_url"])
    else:
        messages.info(request, extra["verdict"].summary)
    return redirect(article.get_absolute_url() + "#discussion")
