"""Readers' writes: helpfulness feedback, discussion threads and comments."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from accounts.models import User

from ..models import Article, Feedback
from ._base import (
    FEEDBACK_DUPLICATE_CODE,
    FEEDBACK_DUPLICATE_ERROR,
    FEEDBACK_UNPUBLISHED_ERROR,
    _bump,
    _locked,
)


@transaction.atomic
def feedback_record(
    *,
    article: Article,
    user: User | None,
    visitor_id: str,
    helpful: bool,
    reason: str = "",
    comment: str = "",
) -> Feedback:
    """One answer per visitor: the account if logged in, else the signed visitor id."""
    if not article.is_published:
        raise ValidationError(FEEDBACK_UNPUBLISHED_ERROR)
    signed_in = user is not None and user.is_authenticated
    feedback = Feedback(
        article=article,
        user=user if signed_in else None,
        visitor_id="" if signed_in else visitor_id,
        helpful=helpful,
        reason=reason,
        comment=comment.strip()[:300],
    )
    feedback.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            feedback.save()
    except IntegrityError as exc:
        raise ValidationError(FEEDBACK_DUPLICATE_ERROR, code=FEEDBACK_DUPLICATE_CODE) from exc
    return feedback


def article_discussion_ensure(*, article: Article) -> int | None:
    """Make sure a published article has its forum discussion thread; returns its id.

    Idempotent (the row lock makes a retried task find the thread it made).
    None when the forum refused to open it (logged for the editors).
    """
    from .. import discussion

    with transaction.atomic():
        article = _locked(article)
        if not article.is_published:
            return None
        if discussion.thread_exists(article.discussion_thread_id):
            return article.discussion_thread_id
        thread_id = discussion.thread_create_for(article=article)
        if thread_id is None:
            return None
        article.discussion_thread_id = thread_id
        _bump(article, ["discussion_thread_id"])
    return thread_id


@dataclass(frozen=True)
class CommentOutcome:
    """What happened to a reader's comment: posted (with the forum's verdict), or
    not posted because it reads as a personal medical question (`ask_url`)."""

    post: object | None = None
    verdict: object | None = None
    ask_url: str = ""


NO_DISCUSSION_ERROR = _("This article has no discussion yet.")
EMPTY_COMMENT_ERROR = _("Write your comment first.")


def article_comment_post(*, article: Article, user: User, body: str) -> CommentOutcome:
    """A reader comments under an article: a reply in its forum thread.

    The forum's post_reply runs the moderation entry point (held, urgent or refused
    as for any post). A comment that reads as a personal medical question is not
    posted: the reader is offered the forum's "Ask a question" form instead.
    """
    from .. import comments, discussion

    body = body.strip()
    if not body:
        raise ValidationError({"body": EMPTY_COMMENT_ERROR})
    if not article.is_published or not article.discussion_thread_id:
        raise ValidationError(NO_DISCUSSION_ERROR)
    if comments.looks_like_personal_question(body):
        return CommentOutcome(ask_url=reverse("forum:ask") + "?" + urlencode({"body": body}))
    result = discussion.comment_post(user=user, thread_id=article.discussion_thread_id, body=body)
    return CommentOutcome(post=result.post, verdict=result.verdict)
