"""The seam between an article and its forum discussion thread (articles -> forum).

Each published article gets one thread in the "Article discussions" category
(created by articles' migration 0002), opened by the article's author with the
site's standard words (`site_text`: published as they are, never judged as that
member's repeat). Comments are forum replies, so they pass forum.moderation
through forum.services.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from forum.models import TITLE_MAX, Category, Thread
from forum.services import posting

if TYPE_CHECKING:
    from accounts.models import User

    from .models import Article

logger = logging.getLogger(__name__)

CATEGORY_SLUG = "article-discussions"


def thread_create_for(*, article: Article) -> int | None:
    """Open the article's discussion thread; None if the forum refused it (logged)."""
    if article.author is None:
        return None
    category = Category.objects.filter(slug=CATEGORY_SLUG).first()
    if category is None:
        logger.warning("no forum category %s: article discussions are off", CATEGORY_SLUG)
        return None
    title = article.title[:TITLE_MAX]
    body = _(
        "This is the discussion of the article [%(title)s](%(url)s).\n\n"
        "Questions and experiences are welcome. Please don't share personal medical "
        "details, and remember that nobody here can diagnose you or your child."
    ) % {"title": article.title, "url": article.get_absolute_url()}
    try:
        result = posting.thread_create(
            author=article.author,
            category=category,
            title=title,
            body=body,
            is_question=False,
            enforce_limits=False,
            site_text=True,
        )
    except ValidationError as exc:
        logger.warning("discussion thread for article %s refused: %s", article.pk, exc.messages)
        return None
    return result.thread.pk


def thread_exists(thread_id: int | None) -> bool:
    return bool(thread_id) and Thread.objects.filter(pk=thread_id).exists()


def comment_post(*, user: User, thread_id: int, body: str):
    """A reader's comment: a forum reply, moderated by forum.services.post_reply.

    Returns the forum's PostResult; raises ValidationError (PostRefused included).
    """
    thread = Thread.objects.get(pk=thread_id)
    return posting.post_reply(author=user, thread=thread, body=body)
