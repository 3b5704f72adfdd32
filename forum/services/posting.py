"""Writes of member text: threads, replies, edits, deletions, outcomes, states.

Every function here that stores a title or a body passes it through
forum.moderation.moderate first (tests/forum/test_moderation_entry.py proves
it for each write path). A refused text raises PostRefused and nothing is saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.markdown import contains_link, render_markdown
from accounts.permissions import is_moderator
from accounts.selectors import has_verified_email
from forum import access, limits
from forum.models import Category, Outcome, Post, PostRevision, PostState, Thread
from forum.moderation import HOLD, REFUSE, SITE_KIND, Verdict, combine, moderate, trust
from forum.moderation.services import review
from forum.selectors import replied_text, thread_context_texts
from forum.services.versions import category_bump, threads_bump

THREAD_CLOSED = _("This thread is closed to new replies.")
NOT_YOURS = _("You can only change your own posts.")
NOT_EDITABLE = _("This post can no longer be changed.")
ONLY_AUTHOR_OUTCOME = _("Only the person who asked can post the outcome update.")
NOT_A_QUESTION = _("Outcome updates belong to questions.")
REFUSED = _("Sorry, this can't be published here.")
UNVERIFIED = _("Please verify your email address before posting.")


class PostRefused(ValidationError):
    """The moderation entry point refused the text; nothing was saved."""

    def __init__(self, verdict: Verdict):
        self.verdict = verdict
        super().__init__([REFUSED, *verdict.reasons])


@dataclass(frozen=True)
class PostResult:
    post: Post
    verdict: Verdict

    @property
    def thread(self) -> Thread:
        return self.post.thread


def _state_for(verdict: Verdict) -> str:
    if verdict.action == REFUSE:
        raise PostRefused(verdict)
    return PostState.HELD if verdict.action == HOLD else PostState.PUBLISHED


def _store_verdict(obj, verdict: Verdict, *, kind: str) -> None:
    obj.moderation_reasons = list(verdict.reasons)
    obj.moderation = {"kind": kind, **verdict.to_dict()}


def _check_author(*, author, action: str, texts: tuple[str, ...], enforce_limits: bool) -> None:
    """Email verified, the new-member link rule, then the rate limit: this attempt
    is counted before the write (accounts.limits), so a burst can't race past it."""

    if not has_verified_email(author):
        raise ValidationError(UNVERIFIED)
    if not enforce_limits:
        return
    new_member = trust.is_new_member(trust.trust_level(author))
    if new_member and any(contains_link(t) for t in texts):
        raise ValidationError(limits.NEW_MEMBER_NO_LINKS)
    if not limits.rate_consume(author, action, new_member=new_member):
        raise ValidationError(limits.RATE_LIMITED)


def thread_refresh(*, thread_id: int) -> None:
    """Recount a thread from its posts and bump its version (cache key)."""
    visible = Post.objects.filter(thread_id=thread_id).published()
    last = visible.order_by("-position").values("created_at", "author_id").first()
    opening = Post.objects.filter(thread_id=thread_id, position=1).values("state", "urgent").first()
    updates = {"reply_count": visible.filter(position__gt=1).count()}
    if last:
        updates["last_activity_at"] = last["created_at"]
        updates["last_poster_id"] = last["author_id"]
    if opening:
        updates["state"] = opening["state"]
        updates["urgent"] = opening["urgent"]
    Thread.objects.filter(pk=thread_id).update(**updates)
    threads_bump(thread_ids=[thread_id])


def post_saved(post: Post, *, newly_published: bool, new_thread: bool = False) -> None:
    """Every consequence of saving a post's text or state, in order (after Spirit's
    `comment_posted`). Each write path of this module calls it once, inside its
    transaction, after the post and its thread are saved; tasks run on commit.

    1. Review queue: a held post opens (or reopens) its review.
    2. Urgent alert: an urgent published post alerts every moderator once.
    3. Counts and versions: the thread is recounted and its version and its
       category's bumped (page caches follow); a new thread's counts are set when it
       is made, so only its category is bumped.
    4. Notifications: followers hear of a post that has just been published.
    """
    from forum import tasks
    from forum.moderation import tasks as moderation_tasks

    post_id = post.pk
    if access.is_held(post) and post.deleted_at is None:
        review.review_open(post=post)
    if review.alerts_moderators(post):
        transaction.on_commit(lambda: moderation_tasks.urgent_alert.delay(post_id))
    if new_thread:
        category_bump(category_id=post.thread.category_id)
    else:
        thread_refresh(thread_id=post.thread_id)
    if newly_published:
        transaction.on_commit(lambda: tasks.post_published.delay(post_id))


@transaction.atomic
def thread_create(
    *,
    author,
    category: Category,
    title: str,
    body: str,
    is_question: bool = True,
    enforce_limits: bool = True,
    site_text: bool = False,
) -> PostResult:
    """Start a thread: the title and the opening post pass moderation together.

    The author follows their own thread (they asked for answers).

    `site_text=True` says the title and body are the site's own standard words
    (an article's discussion opening, posted in the name of its author), not a
    member's: they are published as they are, never judged as the member's
    repeat or first post, and marked with the moderation kind "site" (so the
    duplicate check leaves them out of the author's recent texts as well).
    """
    from forum.services.community import follow_set

    title = title.strip()
    if site_text:
        verdict = combine()  # no part to judge: a plain "publish"
        kind = SITE_KIND
    else:
        _check_author(
            author=author, action="thread", texts=(title, body), enforce_limits=enforce_limits
        )
        verdict = combine(
            moderate(title, author=author, kind="title"),
            moderate(body, author=author, kind="body"),
        )
        kind = "thread"
    state = _state_for(verdict)
    now = timezone.now()
    thread = Thread(
        category=category,
        author=author,
        title=title,
        is_question=is_question,
        state=state,
        urgent=verdict.urgent,
        created_at=now,
        last_activity_at=now,
        last_poster=author,
        post_count=1,
    )
    thread.full_clean()
    thread.save()
    post = Post(
        thread=thread,
        author=author,
        position=1,
        body=body,
        body_html=render_markdown(body),
        state=state,
        urgent=verdict.urgent,
        created_at=now,
    )
    _store_verdict(post, verdict, kind=kind)
    post.full_clean()
    post.save()
    follow_set(user=author, thread=thread, on=True)
    post_saved(post, newly_published=state == PostState.PUBLISHED, new_thread=True)
    return PostResult(post=post, verdict=verdict)


@transaction.atomic
def post_reply(*, author, thread: Thread, body: str, enforce_limits: bool = True) -> PostResult:
    """Add a reply at the end of a thread (positions are handed out under a row lock)."""
    thread = Thread.objects.select_for_update().get(pk=thread.pk)
    if thread.closed and not is_moderator(author):
        raise ValidationError(THREAD_CLOSED)
    _check_author(author=author, action="post", texts=(body,), enforce_limits=enforce_limits)
    earlier = thread_context_texts(thread=thread, author=author)
    verdict = moderate(
        body,
        author=author,
        kind="reply",
        thread=thread,
        thread_texts=earlier,
        replied_text=replied_text(thread=thread),
    )
    state = _state_for(verdict)
    post = Post(
        thread=thread,
        author=author,
        position=thread.post_count + 1,
        body=body,
        body_html=render_markdown(body),
        state=state,
        urgent=verdict.urgent,
    )
    _store_verdict(post, verdict, kind="reply")
    post.full_clean()
    post.save()
    thread.post_count = post.position
    thread.save(update_fields=["post_count"])
    post_saved(post, newly_published=state == PostState.PUBLISHED)
    return PostResult(post=post, verdict=verdict)


def _editable_by(post: Post, editor) -> None:
    if post.author_id != editor.pk:
        raise ValidationError(NOT_YOURS)
    if post.is_deleted or post.state in (PostState.REJECTED, PostState.REMOVED):
        raise ValidationError(NOT_EDITABLE)


@transaction.atomic
def post_edit(*, editor, post: Post, body: str, title: str | None = None) -> PostResult:
    """The author edits a post (and, for the opening post, the thread's title).

    The old text is kept as a revision. The new text is moderated again: an edit
    that would be held puts a published post back in the queue; a held post
    stays held (a moderator still reads it) with the new reasons.
    """
    post = Post.objects.select_for_update().select_related("thread").get(pk=post.pk)
    _editable_by(post, editor)
    thread = post.thread
    new_title = title.strip() if (title is not None and post.is_opening) else None
    texts = (body,) if new_title is None else (new_title, body)
    _check_author(author=editor, action="edit", texts=texts, enforce_limits=True)
    earlier = (
        []
        if post.is_opening
        else thread_context_texts(thread=thread, author=post.author, before_position=post.position)
    )
    body_verdict = moderate(
        body,
        author=editor,
        kind="edit",
        thread=thread,
        exclude_post_id=post.pk,
        thread_texts=earlier,
        replied_text=None
        if post.is_opening
        else replied_text(thread=thread, before_position=post.position),
    )
    verdict = (
        body_verdict
        if new_title is None
        else combine(moderate(new_title, author=editor, kind="title"), body_verdict)
    )
    new_state = _state_for(verdict)
    PostRevision.objects.create(
        post=post, title=thread.title if post.is_opening else "", body=post.body, editor=editor
    )
    post.body = body
    post.body_html = render_markdown(body)
    post.edited_at = timezone.now()
    post.urgent = verdict.urgent
    if new_state == PostState.HELD:
        post.state = PostState.HELD
    _store_verdict(post, verdict, kind="edit")
    post.full_clean()
    post.save(
        update_fields=[
            "body",
            "body_html",
            "edited_at",
            "urgent",
            "state",
            "moderation_reasons",
            "moderation",
        ]
    )
    if new_title is not None and new_title != thread.title:
        thread.title = new_title
        thread.full_clean()
        thread.save(update_fields=["title"])
    post_saved(post, newly_published=False)  # an edit never publishes a held post
    return PostResult(post=post, verdict=verdict)


@transaction.atomic
def post_delete(*, actor, post: Post) -> Post:
    """Soft delete: the post keeps its place (so numbering holds) and shows a stub."""
    post = Post.objects.select_for_update().get(pk=post.pk)
    if post.author_id != actor.pk and not is_moderator(actor):
        raise ValidationError(NOT_YOURS)
    if post.deleted_at is None:
        post.deleted_at = timezone.now()
        post.save(update_fields=["deleted_at"])
        thread_refresh(thread_id=post.thread_id)
    return post


@transaction.atomic
def post_set_state(
    *, post: Post, state: str, moderator=None, reasons: list[str] | None = None
) -> Post:
    """Change a post's moderation state (the seam for the review queue).

    Publishing a held post tells followers, as if it had just been posted. The
    opening post's state is the thread's state.
    """
    if state not in PostState.values:
        raise ValidationError(f"unknown state {state!r}")
    post = Post.objects.select_for_update().get(pk=post.pk)
    previous = post.state
    post.state = state
    fields = ["state"]
    if reasons is not None:
        post.moderation_reasons = list(reasons)
        fields.append("moderation_reasons")
    if moderator is not None:
        post.moderation = {
            **post.moderation,
            "decided_by": moderator.pk,
            "decided_at": timezone.now().isoformat(),
        }
        fields.append("moderation")
    post.save(update_fields=fields)
    post_saved(
        post,
        newly_published=(
            previous != PostState.PUBLISHED and state == PostState.PUBLISHED and not post.deleted_at
        ),
    )
    return post


@transaction.atomic
def outcome_save(*, author, thread: Thread, conclusion: str, body: str) -> tuple[Outcome, Verdict]:
    """Post or edit the outcome update of a question (its author only).

    Followers are told when a new outcome is published; an edit keeps quiet.
    """
    thread = Thread.objects.select_for_update().get(pk=thread.pk)
    if thread.author_id != author.pk:
        raise ValidationError(ONLY_AUTHOR_OUTCOME)
    if not thread.is_question:
        raise ValidationError(NOT_A_QUESTION)
    _check_author(author=author, action="edit", texts=(body,), enforce_limits=True)
    verdict = moderate(body, author=author, kind="outcome", thread=thread)
    state = _state_for(verdict)
    existing = Outcome.objects.filter(thread=thread).first()
    created = existing is None
    outcome = existing or Outcome(thread=thread, author=author)
    if not created:
        outcome.edited_at = timezone.now()
        if state == PostState.PUBLISHED and outcome.state == PostState.HELD:
            state = PostState.HELD  # a moderator still has to read it
    outcome.conclusion = conclusion
    outcome.body = body
    outcome.body_html = render_markdown(body)
    outcome.state = state
    _store_verdict(outcome, verdict, kind="outcome")
    outcome.full_clean()
    outcome.save()
    threads_bump(thread_ids=[thread.pk])
    if created and state == PostState.PUBLISHED:
        from forum import tasks

        thread_id = thread.pk
        transaction.on_commit(lambda: tasks.outcome_published.delay(thread_id))
    return outcome, verdict


__all__ = [
    "PostRefused",
    "PostResult",
    "outcome_save",
    "post_delete",
    "post_edit",
    "post_reply",
    "post_saved",
    "post_set_state",
    "thread_create",
    "thread_refresh",
]
