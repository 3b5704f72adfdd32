"""Every read the forum shows, filtered by what the reader may see.

A held thread or post exists only for its author and moderators; for anyone
else it is a 404, exactly like a thread that never existed.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.search import TrigramWordSimilarity
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import (
    Case,
    Count,
    Exists,
    Max,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
)
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from accounts import hooks, sql
from accounts.models import User
from accounts.permissions import stand_in_member
from accounts.sql import CompiledQuery
from forum.moderation.engine.corpus import THREAD_AUTHOR_POSTS

from . import access
from .models import (
    Category,
    Follow,
    Outcome,
    Post,
    PostRevision,
    PostState,
    Reaction,
    Thread,
    ThreadRead,
)
from .related import RelatedLink

THREADS_PER_PAGE = 25
POSTS_PER_PAGE = 20
SIMILAR_MIN_SIMILARITY = 0.3
SIMILAR_LIMIT = 5
STAFF_BADGES = ("Moderator", "Medical reviewer")


def categories_with_counts():
    published = Q(threads__state=PostState.PUBLISHED)
    return Category.objects.annotate(
        thread_count=Count("threads", filter=published),
        last_activity_at=Max("threads__last_activity_at", filter=published),
    ).order_by("position", "name")


def category_get(*, slug: str, user=None) -> Category:
    """The category; for a member, in the same query, `following` and `sees_unlisted`
    (the member has a thread in it that is not published, which only they and
    moderators see)."""
    qs = Category.objects.all()
    if user is not None and user.is_authenticated:
        qs = qs.annotate(**_member_marks(user))
    return get_object_or_404(qs, slug=slug)


def _member_marks(user) -> dict:
    unlisted = Thread.objects.filter(category=OuterRef("pk"), author=user).exclude(
        access.threads_visible_q(None)
    )
    return {
        "following": Exists(Follow.objects.filter(user=user, category=OuterRef("pk"))),
        "sees_unlisted": Exists(unlisted),
    }


@dataclass(frozen=True)
class CategoryReader:
    """What one member's copy of a shared category page differs by."""

    following: bool
    sees_unlisted: bool
    read_positions: dict[int, int]


def category_reader(*, user, category_pk: int, thread_ids: list[int]) -> CategoryReader | None:
    """`category_get`'s member marks and `read_positions` for these threads, in one
    query; None when the category is gone. The query is built by the ORM once per
    process and page length (`_category_reader_sql`): compiling it took longer than
    running it."""
    values: dict[str | int, int] = {"user": user.pk, "category": category_pk}
    values.update(enumerate(thread_ids))
    rows = _category_reader_sql(len(thread_ids)).rows(values)
    if not rows:
        return None
    following, sees_unlisted, read_ids, read_at = rows[0]
    # An empty page's subqueries are NULL.
    positions = dict(zip(read_ids or (), read_at or (), strict=True))
    return CategoryReader(following, sees_unlisted, positions)


@functools.lru_cache(maxsize=64)
def _category_reader_sql(count: int) -> CompiledQuery:
    """The reader query for a page of `count` threads, compiled with stand-in ids
    (accounts.sql): the user, the category and the page's threads by position."""
    stand_ins = {"user": -1, "category": -2} | {i: -10 - i for i in range(count)}
    user = stand_in_member(stand_ins["user"])
    reads = ThreadRead.objects.filter(
        user=user, thread_id__in=[stand_ins[i] for i in range(count)]
    ).order_by("thread_id")
    query = (
        Category.objects.filter(pk=stand_ins["category"])
        .annotate(
            **_member_marks(user),
            read_ids=ArraySubquery(reads.values("thread_id")),
            read_at=ArraySubquery(reads.values("last_read_position")),
        )
        .values_list("following", "sees_unlisted", "read_ids", "read_at")
    )
    return CompiledQuery.of(query, stand_ins)


def read_positions(*, user, thread_ids: list[int]) -> dict[int, int]:
    """How far the member has read each of these threads (absent: never opened)."""
    if not thread_ids or not user.is_authenticated:
        return {}
    return dict(
        ThreadRead.objects.filter(user=user, thread_id__in=thread_ids).values_list(
            "thread_id", "last_read_position"
        )
    )


def _with_read_marks(qs, user):
    if user is None or not user.is_authenticated:
        return qs
    return qs.annotate(
        last_read_position=Subquery(
            ThreadRead.objects.filter(user=user, thread=OuterRef("pk")).values(
                "last_read_position"
            )[:1]
        )
    )


def threads_page(*, user, page, category: Category | None = None) -> Page:
    """Threads by latest activity, pinned first; one page (a count and a slice)."""
    qs = Thread.objects.filter(access.threads_visible_q(user))
    if category is not None:
        qs = qs.filter(category=category).order_by("-pinned", "-last_activity_at", "-pk")
    else:
        qs = qs.order_by("-last_activity_at", "-pk")
    qs = _with_read_marks(qs.select_related("author", "last_poster", "category"), user)
    return Paginator(qs, THREADS_PER_PAGE).get_page(page)


def thread_get_for(*, user, pk: int) -> Thread:
    """The thread with its category, author and outcome; 404 if the reader may not see it.

    For a member, in the same query: `following` and `last_read_position` (None
    when never opened), so the page needs no query of its own for them.
    """
    if user is not None and user.is_authenticated and not access.moderates(user):
        return _member_thread(user, pk)
    qs = Thread.objects.filter(access.threads_visible_q(user)).select_related(*_THREAD_RELATED)
    if user is not None and user.is_authenticated:
        qs = qs.annotate(**_thread_marks(user))
    return get_object_or_404(qs, pk=pk)


_THREAD_RELATED = {"category": Category, "author": User, "outcome": Outcome}


def _thread_marks(user) -> dict:
    return {
        "following": Exists(Follow.objects.filter(user=user, thread=OuterRef("pk"))),
        "last_read_position": Subquery(
            ThreadRead.objects.filter(user=user, thread=OuterRef("pk")).values(
                "last_read_position"
            )[:1]
        ),
    }


def _member_thread(user, pk: int) -> Thread:
    """`thread_get_for` for a member who does not moderate (most readers of the busiest
    page), from SQL compiled once per process: building and compiling the query took
    longer than running it."""
    rows = _member_thread_sql().rows({"user": user.pk, "thread": pk})
    if not rows:
        raise Http404("No thread matches the given query.")
    thread, marks = sql.joined(Thread, _THREAD_RELATED, rows[0])
    thread.following, thread.last_read_position = marks
    return thread


@functools.lru_cache(maxsize=1)
def _member_thread_sql() -> CompiledQuery:
    stand_ins = {"user": -1, "thread": -2}
    member = stand_in_member(stand_ins["user"])
    names = sql.joined_columns(Thread, _THREAD_RELATED)
    query = (
        Thread.objects.filter(access.threads_visible_q(member), pk=stand_ins["thread"])
        .annotate(**_thread_marks(member))
        .values_list(*names, "following", "last_read_position")
    )
    return CompiledQuery.of(query, stand_ins)


def page_count(thread: Thread) -> int:
    return max(1, math.ceil(thread.post_count / POSTS_PER_PAGE))


def page_of_position(position: int) -> int:
    return max(1, math.ceil(position / POSTS_PER_PAGE))


class PageNumbers:
    """Previous/next for a page of results that knows `number` and `num_pages`."""

    number: int
    num_pages: int

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.num_pages

    @property
    def paginator(self) -> PageNumbers:
        """The pagination partial reads `page.paginator.num_pages`, as on a Django Page."""
        return self


@dataclass
class ThreadPage(PageNumbers):
    """One page of a thread as one reader sees it (built by forum.rendering)."""

    thread: Thread
    number: int
    num_pages: int
    posts_html: str
    last_position: int
    following: bool = False

    @property
    def page_range(self) -> range:
        return range(1, self.num_pages + 1)


def _author_groups():
    from django.contrib.auth.models import Group

    return Prefetch(
        "author__groups", queryset=Group.objects.filter(name__in=STAFF_BADGES), to_attr="badges"
    )


def first_unread_position(*, post_count: int, last_read_position: int | None) -> int | None:
    """The first post the member has not seen, or None (nothing new / never opened).

    `last_read_position` is what thread_get_for annotates for a member."""
    if last_read_position is None or not Thread.unread(post_count, last_read_position):
        return None
    return last_read_position + 1


def thread_page_posts(*, thread: Thread, user, page: int) -> list[Post]:
    """The posts of one page of a thread that the reader may see, by position.

    Deleted posts keep their place as a stub; held posts appear only to their
    author and moderators (forum.access).
    """
    return [
        post for post in thread_posts(thread=thread, number=page) if access.can_see_post(user, post)
    ]


def thread_posts(*, thread: Thread, number: int) -> list[Post]:
    """Every post of one page of a thread, in any state, for the shared page cache
    (forum.rendering keeps per reader what forum.access lets them see)."""
    first = (number - 1) * POSTS_PER_PAGE + 1
    return list(
        Post.objects.filter(thread=thread, position__range=(first, first + POSTS_PER_PAGE - 1))
        .select_related("author")
        .prefetch_related(_author_groups())
        .order_by("position")
    )


# What a reply is read against by the red-flag layer (forum.moderation.moderate's
# thread_texts): the author's own posts of the thread, the opening one if theirs and their
# last few (as many as the corpus tools read, THREAD_AUTHOR_POSTS), lately.
CONTEXT_WINDOW = timedelta(hours=12)


def thread_context_texts(
    *, thread: Thread, author, before_position: int | None = None
) -> list[str]:
    """Earlier posts of `thread` a new post by `author` may be an update of, oldest first.

    `author`'s own posts: the opening post if they wrote it and their last
    THREAD_AUTHOR_POSTS posts of the thread (someone else's emergency is not read into
    a helper's reply), written in the last CONTEXT_WINDOW (an update of an emergency
    comes within hours; a thread revived months later is not read as one), neither
    deleted, rejected nor removed, nor the site's own standard text. One query.
    `before_position` keeps only posts above the one being edited.
    """
    from forum.moderation import SITE_KIND

    mine = Q(author=author) if author is not None and author.pk is not None else Q(pk__in=[])
    qs = Post.objects.filter(
        mine,
        thread_id=thread.pk,
        deleted_at__isnull=True,
        created_at__gte=timezone.now() - CONTEXT_WINDOW,
    ).exclude(state__in=(PostState.REJECTED, PostState.REMOVED))
    if before_position is not None:
        qs = qs.filter(position__lt=before_position)
    opening_first = Case(When(position=1, then=Value(0)), default=Value(1))
    found = sorted(
        qs.order_by(opening_first, "-position").values_list("position", "body", "moderation__kind")[
            : 1 + THREAD_AUTHOR_POSTS
        ]
    )
    if found and found[0][0] != 1:  # not the opener: their last few only
        found = found[-THREAD_AUTHOR_POSTS:]
    return [body for _position, body, kind in found if kind != SITE_KIND]


def replied_text(*, thread: Thread, before_position: int | None = None) -> str | None:
    """The post a reply answers: the last post above it that members can read (published,
    not deleted, not the site's own standard text), or None. One query."""
    from forum.moderation import SITE_KIND

    qs = Post.objects.filter(
        thread_id=thread.pk, state=PostState.PUBLISHED, deleted_at__isnull=True
    ).exclude(moderation__kind=SITE_KIND)
    if before_position is not None:
        qs = qs.filter(position__lt=before_position)
    return qs.order_by("-position").values_list("body", flat=True).first()


def page_number(thread: Thread, page: int) -> int:
    return min(max(1, page), page_count(thread))


def my_reactions(*, user, post_ids: list[int]) -> set[tuple[int, str]]:
    """(post id, kind) of the member's reactions among these posts (asked on every
    thread page a member opens: SQL compiled once per page length)."""
    if not post_ids or not user.is_authenticated:
        return set()
    values: dict[str | int, int] = {"user": user.pk}
    values.update(enumerate(post_ids))
    return set(_my_reactions_sql(len(post_ids)).rows(values))


@functools.lru_cache(maxsize=64)
def _my_reactions_sql(count: int) -> CompiledQuery:
    stand_ins = {"user": -1} | {i: -10 - i for i in range(count)}
    query = Reaction.objects.filter(
        user=stand_in_member(stand_ins["user"]), post__in=[stand_ins[i] for i in range(count)]
    ).values_list("post_id", "kind")
    return CompiledQuery.of(query, stand_ins)


def post_get_for(*, user, pk: int) -> Post:
    """A post the reader may see (with its thread), else 404."""
    qs = Post.objects.filter(
        access.posts_visible_q(user), access.threads_visible_q(user, prefix="thread__")
    ).select_related("thread", "author")
    return get_object_or_404(qs, pk=pk)


def post_revisions_for(*, user, post: Post) -> list[PostRevision]:
    """Edit history: moderators only (others get a 404)."""
    if not access.moderates(user):
        raise Http404
    return list(post.revisions.select_related("editor"))


def similar_threads(*, title: str, user, limit: int = SIMILAR_LIMIT) -> list[Thread]:
    """Published threads whose title resembles `title` (pg_trgm word similarity)."""
    title = title.strip()
    if len(title) < 4:
        return []
    return list(
        Thread.objects.published()
        .annotate(similarity=TrigramWordSimilarity(title, "title"))
        .filter(similarity__gte=SIMILAR_MIN_SIMILARITY)
        .select_related("category")
        .order_by("-similarity", "-last_activity_at")[:limit]
    )


def followed_thread_ids(*, user, thread_ids: list[int]) -> set[int]:
    if not user.is_authenticated or not thread_ids:
        return set()
    return set(
        Follow.objects.filter(user=user, thread_id__in=thread_ids).values_list(
            "thread_id", flat=True
        )
    )


@dataclass
class Profile:
    member: User
    post_count: int
    badges: list[str]
    threads: list[Thread]


def profile_get(*, handle: str, user) -> Profile:
    """A public profile: handle, join date, post count, staff badges, recent questions."""
    member = get_object_or_404(
        User.objects.filter(is_active=True).prefetch_related("groups"), handle__iexact=handle
    )
    badges = sorted(g.name for g in member.groups.all() if g.name in STAFF_BADGES)
    post_count = Post.objects.filter(author=member).published().count()
    threads = list(
        Thread.objects.published()
        .filter(author=member)
        .select_related("category")
        .order_by("-created_at")[:10]
    )
    return Profile(member, post_count, badges, threads)


RELATED_CACHE_SECONDS = 3600


def related_reading_for(thread: Thread, *, limit: int = 3) -> list[RelatedLink]:
    """Reading related to a thread's title, from the RELATED_READING providers
    (accounts.hooks), cached per thread version so a warm page spends no query."""
    key = f"forum:related:{thread.pk}:v{thread.version}"
    links = cache.get(key)
    if links is None:
        links = []
        for provider in hooks.values(hooks.RELATED_READING):
            links.extend(provider(thread.title, limit))
        links = links[:limit]
        cache.set(key, links, RELATED_CACHE_SECONDS)
    return links
