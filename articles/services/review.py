"""The medical review workflow and publishing (now, scheduled, reminders)."""

from __future__ import annotations

import datetime
import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.permissions import EDITOR, MEDICAL_REVIEWER
from accounts.services import email_send

from .. import workflow
from ..models import Article, ReviewComment
from ._base import (
    COMMENT_REQUIRED,
    EDITOR_ROLE_ERROR,
    FIRST_PUBLISHED_NOTE,
    REVIEW_INTERVAL_MONTHS,
    REVIEWER_ROLE_ERROR,
    SCHEDULE_PAST_ERROR,
    SELF_APPROVAL_ERROR,
    _bump,
    _locked,
    _months_later,
    _require_role,
    _revision_add,
    _transition,
)

logger = logging.getLogger(__name__)


@transaction.atomic
def article_submit_for_review(*, article: Article, user: User) -> Article:
    _require_role(user, EDITOR, EDITOR_ROLE_ERROR)
    article = _locked(article)
    article.status = _transition(article, workflow.SUBMIT)
    _bump(article, ["status"])
    return article


@transaction.atomic
def article_request_changes(*, article: Article, reviewer: User, comment: str) -> ReviewComment:
    """The reviewer sends the article back with a comment; the author gets an email."""
    _require_role(reviewer, MEDICAL_REVIEWER, REVIEWER_ROLE_ERROR)
    if not comment.strip():
        raise ValidationError({"comment": COMMENT_REQUIRED})
    article = _locked(article)
    article.status = _transition(article, workflow.REQUEST_CHANGES)
    _bump(article, ["status"])
    review = ReviewComment(article=article, author=reviewer, body=comment.strip())
    review.full_clean()
    review.save()
    author = article.author
    if author is not None and author.is_active:
        context = {
            "article": article,
            "reviewer": reviewer,
            "comment": review.body,
            "site_url": settings.SITE_URL,
        }
        email_send(
            to=[author.email],
            subject=str(_("Changes requested: %(title)s") % {"title": article.title}),
            body=render_to_string("articles/email/changes_requested.txt", context),
        )
    return review


@transaction.atomic
def article_approve(
    *, article: Article, reviewer: User, review_months: int = REVIEW_INTERVAL_MONTHS
) -> Article:
    """Medical approval: records who reviewed and when, and when the next review is due."""
    _require_role(reviewer, MEDICAL_REVIEWER, REVIEWER_ROLE_ERROR)
    article = _locked(article)
    if article.author_id == reviewer.pk:
        raise PermissionDenied(SELF_APPROVAL_ERROR)
    article.status = _transition(article, workflow.APPROVE)
    now = timezone.now()
    article.reviewer = reviewer
    article.last_reviewed_at = now
    article.next_review_due = _months_later(timezone.localdate(now), review_months)
    _bump(article, ["status", "reviewer", "last_reviewed_at", "next_review_due"])
    return article


@transaction.atomic
def article_review_confirm(
    *, article: Article, reviewer: User, note: str = "", review_months: int = REVIEW_INTERVAL_MONTHS
) -> Article:
    """A periodic review of a published article found it still right: new dates, a revision."""
    _require_role(reviewer, MEDICAL_REVIEWER, REVIEWER_ROLE_ERROR)
    article = _locked(article)
    if article.author_id == reviewer.pk:
        raise PermissionDenied(SELF_APPROVAL_ERROR)
    _transition(article, workflow.CONFIRM_REVIEW)
    now = timezone.now()
    article.reviewer = reviewer
    article.last_reviewed_at = now
    article.next_review_due = _months_later(timezone.localdate(now), review_months)
    _bump(article, ["reviewer", "last_reviewed_at", "next_review_due"])
    _revision_add(article=article, user=reviewer, note=note or "Medical review confirmed")
    return article


@transaction.atomic
def article_publish(
    *, article: Article, user: User | None, publish_at: datetime.datetime | None = None
) -> Article:
    """Publish now, or schedule for `publish_at` (the beat task publishes it then).

    `user` None means the scheduler. Only approved (or scheduled) articles go out.
    """
    if user is not None:
        _require_role(user, EDITOR, EDITOR_ROLE_ERROR)
    article = _locked(article)
    now = timezone.now()
    if publish_at is not None and publish_at > now:
        article.status = _transition(article, workflow.SCHEDULE)
        article.publish_at = publish_at
        _bump(article, ["status", "publish_at"])
        return article
    if publish_at is not None and user is not None:
        raise ValidationError({"publish_at": SCHEDULE_PAST_ERROR})
    article.status = _transition(article, workflow.PUBLISH)
    article.published_at = now
    article.updated_at = now
    article.publish_at = None
    _bump(article, ["status", "published_at", "updated_at", "publish_at"])
    _revision_add(article=article, user=user or article.author, note=FIRST_PUBLISHED_NOTE)
    transaction.on_commit(lambda: _discussion_ensure_later(article.pk))
    return article


@transaction.atomic
def article_unschedule(*, article: Article, user: User) -> Article:
    _require_role(user, EDITOR, EDITOR_ROLE_ERROR)
    article = _locked(article)
    article.status = _transition(article, workflow.UNSCHEDULE)
    article.publish_at = None
    _bump(article, ["status", "publish_at"])
    return article


def articles_publish_due() -> int:
    """Publish every scheduled article whose time has come (beat task, every few minutes)."""
    count = 0
    for pk in Article.objects.scheduled_due(timezone.now()).values_list("pk", flat=True):
        article = Article.objects.get(pk=pk)
        try:
            article_publish(article=article, user=None)
            count += 1
        except ValidationError:
            logger.info("scheduled article %s changed state before publishing", pk)
    return count


@transaction.atomic
def review_reminders_send(*, today: datetime.date | None = None) -> int:
    """Email every editor the published articles whose medical review is due (once per
    due date), so nothing medical goes stale unnoticed. Returns the articles reminded."""
    today = today or timezone.localdate()
    due = list(
        Article.objects.due_for_review(today)
        .exclude(review_reminder_sent_for=F("next_review_due"))
        .select_related("author")
        .select_for_update(of=("self",))
        .order_by("next_review_due")
    )
    if not due:
        return 0
    editors = User.objects.filter(groups__name=EDITOR, is_active=True).distinct()
    authors = {a.author.email for a in due if a.author and a.author.is_active}
    recipients = sorted({u.email for u in editors} | authors)
    body = render_to_string(
        "articles/email/review_due.txt",
        {"articles": due, "today": today, "site_url": settings.SITE_URL},
    )
    for email in recipients:
        email_send(
            to=[email],
            subject=str(_("Medical review due: %(n)s article(s)") % {"n": len(due)}),
            body=body,
        )
    for article in due:
        article.review_reminder_sent_for = article.next_review_due
        article.save(update_fields=["review_reminder_sent_for"])
    return len(due)


def _discussion_ensure_later(article_id: int) -> None:
    from ..tasks import article_discussion_ensure_task

    article_discussion_ensure_task.delay(article_id)
