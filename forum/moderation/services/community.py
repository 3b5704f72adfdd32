"""Flags, curated answers, member standing and slow mode."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.markdown import render_markdown
from accounts.models import User
from accounts.permissions import is_curator
from accounts.selectors import has_verified_email
from forum.models import Post, PostState, Thread
from forum.services.versions import threads_bump

from .. import policy, trust
from ..models import (
    CuratedAnswer,
    Flag,
    MemberStanding,
    StaffNote,
    ThreadCuratedAnswer,
    ThreadModeration,
)
from .common import (
    ALREADY_FLAGGED,
    CANNOT_FLAG,
    NOT_CURATOR,
    OWN_POST_FLAG,
    UNKNOWN_DECISION,
    UNVERIFIED_FLAG,
    _require_moderator,
    audit_record,
)
from .review import review_open

# ------------------------------------------------------------------ flags


@transaction.atomic
def flag_create(*, reporter: User, post: Post, reason: str, text: str = "") -> Flag:
    """A verified member reports a published post. Enough reports from trusted
    members (MODERATION_FLAG_THRESHOLD) hide it until a moderator has read it."""

    from forum.services.posting import post_set_state

    if not has_verified_email(reporter):
        raise ValidationError(UNVERIFIED_FLAG)
    if post.author_id == reporter.pk:
        raise ValidationError(OWN_POST_FLAG)
    if post.state != PostState.PUBLISHED or post.deleted_at is not None:
        raise ValidationError(CANNOT_FLAG)
    flag = Flag(
        post=post,
        reporter=reporter,
        reason=reason,
        text=text.strip(),
        trusted=trust.trust_level(reporter) >= trust.FLAGS_COUNT_FROM,
    )
    flag.full_clean(exclude=["post", "reporter"])
    try:
        with transaction.atomic():
            flag.save()
    except IntegrityError:
        raise ValidationError(ALREADY_FLAGGED) from None
    trusted = Flag.objects.filter(post=post, resolved_at__isnull=True, trusted=True).count()
    if trusted >= settings.MODERATION_FLAG_THRESHOLD:
        locked = Post.objects.select_for_update().get(pk=post.pk)
        if locked.state == PostState.PUBLISHED:
            reasons = [*locked.moderation_reasons, str(policy.COMMUNITY_FLAGS)]
            post_set_state(post=locked, state=PostState.HELD, reasons=reasons)
            review_open(post=locked)
            audit_record(
                actor=None,
                action="auto_hide",
                target_type="post",
                target_id=post.pk,
                reason=str(policy.COMMUNITY_FLAGS),
                extra={"trusted_flags": trusted},
            )
    return flag


# ------------------------------------------------------------------ curated answers


def _require_curator(user: User) -> None:
    if not is_curator(user):
        raise ValidationError(NOT_CURATOR)


@transaction.atomic
def curated_answer_save(
    *,
    actor: User,
    title: str,
    situation: str,
    body: str,
    article_slugs: list[str],
    answer: CuratedAnswer | None = None,
) -> CuratedAnswer:
    _require_curator(actor)
    created = answer is None
    answer = answer or CuratedAnswer(created_by=actor)
    answer.title = title.strip()
    answer.situation = situation.strip()
    answer.body = body
    answer.body_html = render_markdown(body)
    answer.article_slugs = [s for s in article_slugs if s]
    answer.full_clean()
    answer.save()
    touched = ThreadCuratedAnswer.objects.filter(answer=answer).values_list("thread_id", flat=True)
    threads_bump(thread_ids=touched)
    audit_record(
        actor=actor,
        action="answer_create" if created else "answer_update",
        target_type="curated_answer",
        target_id=answer.pk,
        extra={"title": answer.title},
    )
    return answer


@transaction.atomic
def curated_answer_attach(*, actor: User, thread: Thread, answer: CuratedAnswer) -> bool:
    """Pin a curated answer under a thread's question. False if it already was."""
    _require_curator(actor)
    order = ThreadCuratedAnswer.objects.filter(thread=thread).count()
    _link, created = ThreadCuratedAnswer.objects.get_or_create(
        thread=thread, answer=answer, defaults={"attached_by": actor, "order": order}
    )
    if created:
        threads_bump(thread_ids=[thread.pk])
        audit_record(
            actor=actor,
            action="answer_attach",
            target_type="thread",
            target_id=thread.pk,
            extra={"answer": answer.title},
        )
    return created


@transaction.atomic
def curated_answer_detach(*, actor: User, thread: Thread, answer: CuratedAnswer) -> None:
    _require_curator(actor)
    deleted, _rows = ThreadCuratedAnswer.objects.filter(thread=thread, answer=answer).delete()
    if deleted:
        threads_bump(thread_ids=[thread.pk])
        audit_record(
            actor=actor,
            action="answer_detach",
            target_type="thread",
            target_id=thread.pk,
            extra={"answer": answer.title},
        )


# ------------------------------------------------------------------ members


def _standing(user: User) -> MemberStanding:
    standing, _created = MemberStanding.objects.select_for_update().get_or_create(user=user)
    return standing


@transaction.atomic
def member_sanction(
    *, moderator: User, user: User, kind: str, reason: str, days: float | None = None
) -> MemberStanding:
    """Silence or suspend for a number of days, ban, or reinstate a member."""
    _require_moderator(moderator)
    standing = _standing(user)
    now = timezone.now()
    until = now + timedelta(days=days) if days else None
    if kind == "silence":
        standing.silenced_until = until
    elif kind == "suspend":
        standing.suspended_until = until
    elif kind == "ban":
        standing.banned = True
    elif kind == "reinstate":
        standing.banned = False
        standing.silenced_until = None
        standing.suspended_until = None
    else:
        raise ValidationError(UNKNOWN_DECISION)
    standing.updated_at = now
    standing.full_clean()
    standing.save(update_fields=["silenced_until", "suspended_until", "banned", "updated_at"])
    audit_record(
        actor=moderator,
        action=f"member_{kind}",
        target_type="user",
        target_id=user.pk,
        reason=reason,
        extra={"until": until.isoformat() if until else None, "handle": user.handle},
    )
    return standing


@transaction.atomic
def staff_note_add(*, author: User, user: User, text: str) -> StaffNote:
    _require_moderator(author)
    note = StaffNote(user=user, author=author, text=text.strip())
    note.full_clean()
    note.save()
    audit_record(
        actor=author,
        action="note_add",
        target_type="user",
        target_id=user.pk,
        extra={"handle": user.handle},
    )
    return note


@transaction.atomic
def thread_slow_mode_set(
    *, moderator: User, thread: Thread, seconds: int, reason: str = ""
) -> ThreadModeration:
    _require_moderator(moderator)
    settings_row, _created = ThreadModeration.objects.get_or_create(thread=thread)
    settings_row.slow_mode_seconds = max(0, int(seconds))
    settings_row.updated_at = timezone.now()
    settings_row.save(update_fields=["slow_mode_seconds", "updated_at"])
    audit_record(
        actor=moderator,
        action="slow_mode",
        target_type="thread",
        target_id=thread.pk,
        reason=reason,
        extra={"seconds": settings_row.slow_mode_seconds},
    )
    return settings_row
