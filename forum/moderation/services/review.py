"""The review queue's decisions (approve, edit and approve, reject, bulk) and urgent alerts."""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from accounts.markdown import render_markdown
from accounts.models import User
from forum.models import Post, PostRevision, PostState
from forum.moderation.learning import judge

from ..models import (
    Flag,
    ReasonTemplate,
    Review,
    UrgentAlert,
)
from .common import (
    APPROVE,
    APPROVED_TITLE,
    EDIT_APPROVE,
    EDITED_TITLE,
    EMPTY_BODY,
    NOT_HELD,
    REJECT,
    REJECT_NEEDS_REASON,
    REJECTED_TITLE,
    UNKNOWN_DECISION,
    URGENT_TITLE,
    _moderators,
    _notify,
    _require_moderator,
    audit_record,
)
from .learning import Decision, examples_from_decision

# ------------------------------------------------------------------ reviews (queue)


def review_open(*, post: Post) -> Review:
    """The post entered (or re-entered) the queue."""
    review, created = Review.objects.get_or_create(post_id=post.pk)
    if not created and review.decided_at is not None:
        review.held_at = timezone.now()
        review.decided_at = None
        review.decided_by = None
        review.decision = ""
        review.save(update_fields=["held_at", "decided_at", "decided_by", "decision"])
    return review


def _review_close(*, post: Post, moderator: User, decision: str) -> None:
    review, _created = Review.objects.get_or_create(
        post_id=post.pk, defaults={"held_at": post.created_at}
    )
    review.decided_at = timezone.now()
    review.decided_by = moderator
    review.decision = decision
    review.save(update_fields=["decided_at", "decided_by", "decision"])
    Flag.objects.filter(post_id=post.pk, resolved_at__isnull=True).update(
        resolved_at=review.decided_at
    )


def _locked_held(post: Post) -> Post:
    post = (
        Post.objects.select_for_update(of=("self",))
        .select_related("thread", "author")
        .get(pk=post.pk)
    )
    if post.state != PostState.HELD or post.deleted_at is not None:
        raise ValidationError(NOT_HELD)
    return post


def _tell_published(post: Post, *, edited: bool, reason: str) -> None:
    title = (EDITED_TITLE if edited else APPROVED_TITLE) % {"thread": post.thread.title}
    url = post.get_absolute_url()
    body = render_to_string(
        "moderation/email_decision.txt",
        {
            "title": gettext(title),
            "post": post,
            "reason": reason,
            "url": settings.SITE_URL + url,
            "published": True,
            "edited": edited,
        },
    )
    _notify(user=post.author, title=gettext(title), url=url, body=body)


@transaction.atomic
def post_approve(*, moderator: User, post: Post, reason: str = "") -> Post:
    """Publish a held post; the author is told."""
    from forum.services.posting import post_set_state

    _require_moderator(moderator)
    post = _locked_held(post)
    examples_from_decision(
        post=post, moderator=moderator, decision=Decision.APPROVED, original=post.body
    )
    post_set_state(post=post, state=PostState.PUBLISHED, moderator=moderator)
    _review_close(post=post, moderator=moderator, decision=APPROVE)
    audit_record(
        actor=moderator, action=APPROVE, target_type="post", target_id=post.pk, reason=reason
    )
    post.refresh_from_db()
    _tell_published(post, edited=False, reason=reason)
    return post


@transaction.atomic
def post_edit_and_approve(*, moderator: User, post: Post, body: str, reason: str = "") -> Post:
    """A moderator rewrites the held text (say, removes a dose) and publishes it.

    The author's text is kept as a revision. The moderator's text is not held
    again (their judgement is the review), but the engine's view of it is stored
    for the record.
    """
    from forum.services.posting import post_set_state

    _require_moderator(moderator)
    post = _locked_held(post)
    if not body.strip():
        raise ValidationError(EMPTY_BODY)
    PostRevision.objects.create(
        post=post,
        title=post.thread.title if post.is_opening else "",
        body=post.body,
        editor=moderator,
    )
    examples_from_decision(
        post=post, moderator=moderator, decision=Decision.EDITED, original=post.body, edited=body
    )
    verdict = judge(body)
    post.body = body
    post.body_html = render_markdown(body)
    post.edited_at = timezone.now()
    post.moderation = {**post.moderation, "moderator_edit": verdict.to_dict()}
    post.full_clean()
    post.save(update_fields=["body", "body_html", "edited_at", "moderation"])
    post_set_state(post=post, state=PostState.PUBLISHED, moderator=moderator)
    _review_close(post=post, moderator=moderator, decision=EDIT_APPROVE)
    audit_record(
        actor=moderator,
        action=EDIT_APPROVE,
        target_type="post",
        target_id=post.pk,
        reason=reason,
        extra={"revision_of": post.pk},
    )
    post.refresh_from_db()
    _tell_published(post, edited=True, reason=reason)
    return post


@transaction.atomic
def post_reject(
    *, moderator: User, post: Post, template: ReasonTemplate | None = None, reason: str = ""
) -> Post:
    """Do not publish a held post; the author is told why (and gets their text back)."""
    from forum.services.posting import post_set_state

    _require_moderator(moderator)
    text = "\n\n".join(part for part in (template.text if template else "", reason.strip()) if part)
    if not text:
        raise ValidationError(REJECT_NEEDS_REASON)
    post = _locked_held(post)
    examples_from_decision(
        post=post,
        moderator=moderator,
        decision=Decision.REJECTED,
        original=post.body,
        template=template,
    )
    post_set_state(post=post, state=PostState.REJECTED, moderator=moderator, reasons=[text])
    _review_close(post=post, moderator=moderator, decision=REJECT)
    audit_record(
        actor=moderator,
        action=REJECT,
        target_type="post",
        target_id=post.pk,
        reason=text,
        extra={"template": template.title if template else ""},
    )
    title = str(REJECTED_TITLE) % {"thread": post.thread.title}
    url = (
        post.thread.get_absolute_url()
        if post.thread.state == PostState.PUBLISHED and not post.is_opening
        else reverse("community_guidelines")
    )
    body = render_to_string(
        "moderation/email_decision.txt",
        {
            "title": title,
            "post": post,
            "reason": text,
            "url": settings.SITE_URL + url,
            "guidelines_url": settings.SITE_URL + reverse("community_guidelines"),
            "published": False,
        },
    )
    _notify(user=post.author, title=title, url=url, body=body)
    return post


def posts_decide_bulk(
    *,
    moderator: User,
    post_ids: Iterable[int],
    decision: str,
    template: ReasonTemplate | None = None,
    reason: str = "",
) -> int:
    """Approve or reject several held posts; each is its own transaction (one
    post decided meanwhile by someone else does not undo the others)."""
    if decision not in (APPROVE, REJECT):
        raise ValidationError(UNKNOWN_DECISION)
    if decision == REJECT and template is None and not reason.strip():
        raise ValidationError(REJECT_NEEDS_REASON)
    done = 0
    for post in Post.objects.filter(pk__in=list(post_ids), state=PostState.HELD):
        try:
            if decision == APPROVE:
                post_approve(moderator=moderator, post=post, reason=reason)
            else:
                post_reject(moderator=moderator, post=post, template=template, reason=reason)
        except ValidationError:
            continue
        done += 1
    return done


# ------------------------------------------------------------------ urgent posts


def urgent_alert_send(*, post_id: int) -> bool:
    """Alert every moderator once about an urgent post (in-app and email, now)."""
    post = Post.objects.select_related("thread").filter(pk=post_id).first()
    if post is None or not post.urgent:
        return False
    with transaction.atomic():
        _alert, created = UrgentAlert.objects.get_or_create(post=post)
        if not created:
            return False
        title = str(URGENT_TITLE) % {"thread": post.thread.title}
        url = reverse("moderation:item", kwargs={"pk": post.pk})
        body = render_to_string(
            "moderation/email_urgent.txt",
            {"post": post, "url": settings.SITE_URL + url, "title": title},
        )
        for moderator in _moderators():
            _notify(user=moderator, title=title, url=url, body=body)
        audit_record(actor=None, action="urgent_alert", target_type="post", target_id=post.pk)
    return True


def alerts_moderators(post: Post) -> bool:
    """An urgent published post alerts the moderators (forum.services.posting.post_saved
    queues the alert), unless its verdict asked for the banner without an alert."""
    alert = (post.moderation or {}).get("alert", post.urgent)
    return bool(post.urgent and alert and post.state == PostState.PUBLISHED)
