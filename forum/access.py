"""Who may see and do what in the forum, in one place.

For each object type (thread, post, outcome) one predicate answers for a single
object and a matching `Q` answers for a queryset; selectors use the `Q`, views
and the shared page cache use the predicate, so the single, the bulk and the
cached path agree. The moderator case is decided by `accounts.permissions`
(the one role check), never here.

`ForumPerms` is what templates ask (`perms.can_edit(post)`, `perms.can_reply`):
no template compares ids or state strings.

A held thread, post or outcome exists only for its author and moderators; for
anyone else it is a 404, exactly like an object that never existed. A deleted
post keeps its place as a stub, so it stays "visible" here.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

from accounts import permissions

from .models import PostState

PUBLISHED = PostState.PUBLISHED
HELD = PostState.HELD


def moderates(user) -> bool:
    """Whether the reader acts as a moderator (the role check lives in accounts)."""
    return bool(user is not None and user.is_authenticated and permissions.is_moderator(user))


def _member_pk(user) -> int | None:
    return user.pk if user is not None and user.is_authenticated else None


# --------------------------------------------------------------------------- threads


def can_see_thread(user, thread) -> bool:
    """Published threads; a held one only for its author and moderators."""
    if thread.state == PUBLISHED or moderates(user):
        return True
    member = _member_pk(user)
    return member is not None and thread.author_id == member


def threads_visible_q(user, *, prefix: str = "") -> Q:
    """`can_see_thread` as a filter (`prefix="thread__"` from a post or an outcome)."""
    if moderates(user):
        return Q()
    published = Q(**{f"{prefix}state": PUBLISHED})
    member = _member_pk(user)
    if member is None:
        return published
    return published | Q(**{f"{prefix}author_id": member})


# ----------------------------------------------------------------------------- posts


def can_see_post(user, post) -> bool:
    """Published posts (deleted ones show as a stub) and the reader's own held posts;
    moderators see every state. The thread must be visible too (see post_get_for)."""
    if post.state == PUBLISHED or moderates(user):
        return True
    member = _member_pk(user)
    return member is not None and post.state == HELD and post.author_id == member


def posts_visible_q(user) -> Q:
    """`can_see_post` as a filter on Post."""
    if moderates(user):
        return Q()
    published = Q(state=PUBLISHED)
    member = _member_pk(user)
    if member is None:
        return published
    return published | Q(state=HELD, author_id=member)


# -------------------------------------------------------------------------- outcomes


def can_see_outcome(user, outcome) -> bool:
    """A published outcome update; a held one only for its author and moderators."""
    if outcome.state == PUBLISHED or moderates(user):
        return True
    member = _member_pk(user)
    return member is not None and outcome.author_id == member


def outcomes_visible_q(user) -> Q:
    """`can_see_outcome` as a filter on Outcome."""
    if moderates(user):
        return Q()
    published = Q(state=PUBLISHED)
    member = _member_pk(user)
    if member is None:
        return published
    return published | Q(author_id=member)


# ---------------------------------------------------------------- what a reader may do


@dataclass
class ForumPerms:
    """One reader's permissions on one thread, computed once per request.

    Templates ask it (`perms.can_reply`, `perms.can_edit(post)`); the thread
    page's per-reader overlay uses it too, so cached HTML and fresh HTML follow
    the same rules.
    """

    user: object
    thread: object = None

    def __post_init__(self) -> None:
        self.member_pk = _member_pk(self.user)
        self.is_member = self.member_pk is not None
        self.is_moderator = moderates(self.user)

    # --- the thread
    @property
    def is_author(self) -> bool:
        thread = self.thread
        return self.is_member and thread is not None and thread.author_id == self.member_pk

    @property
    def can_reply(self) -> bool:
        """Members reply to open threads; moderators also to closed ones."""
        return self.is_member and (not self.thread.closed or self.is_moderator)

    @property
    def closed_to_me(self) -> bool:
        """The thread is closed and the reader may not reply for that reason."""
        return self.thread.closed and not self.is_moderator

    @property
    def thread_is_held(self) -> bool:
        return self.thread.state == HELD

    @property
    def can_moderate(self) -> bool:
        return self.is_moderator

    @property
    def can_follow(self) -> bool:
        return self.is_member

    @property
    def can_post_outcome(self) -> bool:
        """The asker of a published question may post what the doctor concluded."""
        return self.is_author and self.thread.is_question and self.thread.state == PUBLISHED

    def can_see_outcome(self, outcome) -> bool:
        return can_see_outcome(self.user, outcome)

    @property
    def can_edit_outcome(self) -> bool:
        """Only the person who asked writes the outcome update."""
        return self.is_author

    # --- posts
    def can_see(self, post) -> bool:
        return can_see_post(self.user, post)

    def is_own(self, post) -> bool:
        return self.is_member and post.author_id == self.member_pk

    def can_edit(self, post) -> bool:
        return self.is_own(post) and not post.deleted_at

    def can_react(self, post) -> bool:
        """Members react to other people's published posts."""
        return self.is_member and not self.is_own(post) and is_public(post)

    def can_report(self, post) -> bool:
        return self.is_member and not self.is_own(post) and is_public(post)

    def can_quote(self, post) -> bool:
        return self.can_reply and not post.deleted_at

    def can_read_history(self, post) -> bool:
        return self.is_moderator and bool(post.edited_at)


def is_public(post) -> bool:
    """A post anyone may read and react to: published and not deleted."""
    return post.state == PUBLISHED and not post.deleted_at


def is_held(obj) -> bool:
    """Waiting for a moderator (a thread, a post or an outcome)."""
    return obj.state == HELD
