"""Writes around the text: reactions, follows, reading position, moderator
switches (pin, close), telling followers, outcome reminders, account deletion."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.notifications import services as notifications
from forum.models import Follow, Outcome, Post, PostState, Reaction, Thread, ThreadRead
from forum.services.versions import threads_bump

OWN_POST_REACTION = _("You can't react to your own post.")
CANNOT_REACT = _("You can only react to published posts.")
NOT_A_MODERATOR = _("Only moderators can do that.")

# One reminder, this long after asking, to post what the doctor concluded...
OUTCOME_REMINDER_AFTER = timedelta(weeks=4)
# ...but not for questions older than this (e.g. when the feature first ships).
OUTCOME_REMINDER_UNTIL = timedelta(weeks=12)


def outcome_due_cutoff(now) -> datetime:
    """Questions asked before this moment are old enough to ask for their outcome
    (the reminder and the prompt on the thread page share this one rule)."""
    return now - OUTCOME_REMINDER_AFTER


def outcome_prompt_due(thread: Thread, *, now=None) -> bool:
    """Whether the asker is prompted on the page for the outcome of `thread`."""
    return thread.created_at <= outcome_due_cutoff(now or timezone.now())


_COUNTER: dict[str, str] = {
    Reaction.Kind.HELPFUL: "helpful_count",
    Reaction.Kind.ME_TOO: "me_too_count",
}


@transaction.atomic
def reaction_toggle(*, user, post: Post, kind: str) -> bool:
    """Add or take back one reaction (one per user, post and kind). True if now on."""
    if kind not in _COUNTER:
        raise ValidationError(f"unknown reaction {kind!r}")
    if post.author_id == user.pk:
        raise ValidationError(OWN_POST_REACTION)
    if post.state != PostState.PUBLISHED or post.deleted_at:
        raise ValidationError(CANNOT_REACT)
    counter = _COUNTER[kind]
    deleted, _ignored = Reaction.objects.filter(post=post, user=user, kind=kind).delete()
    if deleted:
        Post.objects.filter(pk=post.pk).update(**{counter: F(counter) - 1})
        on = False
    else:
        try:
            with transaction.atomic():
                Reaction.objects.create(post=post, user=user, kind=kind)
        except IntegrityError:  # a double click raced us; it is on either way
            return True
        Post.objects.filter(pk=post.pk).update(**{counter: F(counter) + 1})
        on = True
    threads_bump(thread_ids=[post.thread_id])
    return on


def follow_set(*, user, on: bool, thread: Thread | None = None, category=None) -> bool:
    """Follow or unfollow one thread or one category. Idempotent."""
    if (thread is None) == (category is None):
        raise ValueError("follow exactly one thread or one category")
    target = {"thread": thread} if thread is not None else {"category": category}
    if on:
        Follow.objects.get_or_create(user=user, **target)
    else:
        Follow.objects.filter(user=user, **target).delete()
    return on


def thread_mark_read(*, user, thread: Thread, position: int) -> None:
    """Remember the furthest post a member has seen (never moves backwards)."""
    now = timezone.now()
    read, created = ThreadRead.objects.get_or_create(
        user=user, thread=thread, defaults={"last_read_position": position, "updated_at": now}
    )
    if not created and position > read.last_read_position:
        ThreadRead.objects.filter(pk=read.pk, last_read_position__lt=position).update(
            last_read_position=position, updated_at=now
        )


def thread_set_flags(
    *, moderator, thread: Thread, pinned: bool | None = None, closed: bool | None = None
) -> Thread:
    """Pin/unpin, close/reopen a thread (moderators)."""
    from accounts.permissions import is_moderator

    if not is_moderator(moderator):
        raise ValidationError(NOT_A_MODERATOR)
    fields = []
    if pinned is not None:
        thread.pinned = pinned
        fields.append("pinned")
    if closed is not None:
        thread.closed = closed
        fields.append("closed")
    thread.save(update_fields=fields)
    threads_bump(thread_ids=[thread.pk])
    return thread


# --------------------------------------------------------------------- telling followers


def post_notify_followers(*, post_id: int) -> int:
    """Notify the followers of a newly published post's thread (or category, for a
    new thread). Returns how many members were told. Safe to run twice: the
    task runs after commit and checks the post is still published."""
    post = Post.objects.select_related("thread", "author").filter(pk=post_id).first()
    if post is None or post.state != PostState.PUBLISHED or post.deleted_at:
        return 0
    thread = post.thread
    handle = post.author.handle if post.author else _("A former member")
    if post.is_opening:
        follows = Follow.objects.filter(category_id=thread.category_id)
        kind = notifications.Kind.NEW_THREAD
        title = _("%(handle)s asked: %(title)s") % {"handle": handle, "title": thread.title}
    else:
        follows = Follow.objects.filter(thread_id=thread.pk)
        kind = notifications.Kind.REPLY
        title = _("%(handle)s replied to “%(title)s”") % {"handle": handle, "title": thread.title}
    if post.author_id is not None:  # the author is not told of their own post
        follows = follows.exclude(user_id=post.author_id)
    user_ids = list(follows.values_list("user_id", flat=True))
    return notifications.notifications_send(
        user_ids=user_ids,
        kind=kind,
        title=str(title),
        url=post.get_absolute_url(),
        actor=post.author,
    )


def outcome_notify_followers(*, thread_id: int) -> int:
    outcome = Outcome.objects.select_related("thread").filter(thread_id=thread_id).first()
    if outcome is None or outcome.state != PostState.PUBLISHED:
        return 0
    thread = outcome.thread
    follows = Follow.objects.filter(thread_id=thread.pk)
    if thread.author_id is not None:  # the asker wrote the outcome
        follows = follows.exclude(user_id=thread.author_id)
    user_ids = list(follows.values_list("user_id", flat=True))
    title = _("Outcome update: “%(title)s” — %(conclusion)s") % {
        "title": thread.title,
        "conclusion": outcome.get_conclusion_display(),
    }
    return notifications.notifications_send(
        user_ids=user_ids,
        kind=notifications.Kind.OUTCOME,
        title=str(title),
        url=thread.get_absolute_url(),
    )


def outcome_reminders_send(*, now=None) -> int:
    """Remind each asker once, some weeks on, to post what the doctor concluded."""
    now = now or timezone.now()
    due = Thread.objects.filter(
        is_question=True,
        state=PostState.PUBLISHED,
        author__isnull=False,
        outcome__isnull=True,
        outcome_reminder_sent_at__isnull=True,
        created_at__lte=outcome_due_cutoff(now),
        created_at__gte=now - OUTCOME_REMINDER_UNTIL,
    ).only("pk", "title", "author_id")
    sent = 0
    for thread in due.iterator(chunk_size=200):
        with transaction.atomic():
            # Claim the thread first, so a second run (or a retried task) skips it.
            claimed = Thread.objects.filter(
                pk=thread.pk, outcome_reminder_sent_at__isnull=True
            ).update(outcome_reminder_sent_at=now)
            if not claimed or thread.author_id is None:  # nobody to remind
                continue
            title = _("Did you find out? Share the outcome of “%(title)s”") % {
                "title": thread.title
            }
            sent += notifications.notifications_send(
                user_ids=[thread.author_id],
                kind=notifications.Kind.REMINDER,
                title=str(title),
                url=thread.get_absolute_url() + "outcome/",
            )
    return sent


# ------------------------------------------------------------------ account deletion


def user_detach(user) -> None:
    """Deletion hook: keep public posts, shown as by a former member."""
    thread_ids = set(Post.objects.filter(author=user).values_list("thread_id", flat=True))
    thread_ids |= set(Thread.objects.filter(author=user).values_list("pk", flat=True))
    Post.objects.filter(author=user).update(author=None)
    Outcome.objects.filter(author=user).update(author=None)
    Thread.objects.filter(author=user).update(author=None)
    Thread.objects.filter(last_poster=user).update(last_poster=None)
    threads_bump(thread_ids=thread_ids)
