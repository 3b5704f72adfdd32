"""Every read the forum shows, filtered by what the reader may see.

A held thread or post exists only for its author and moderators; for anyone
else it is a 404, exactly like a thread that never existed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.contrib.postgres.search import TrigramWordSimilarity
from django.core.paginator import Page, Paginator
from django.db.models import Count, Max, OuterRef, Prefetch, Q, Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404

from accounts.models import User
from accounts.permissions import is_moderator

from .models import Category, Follow, Post, PostRevision, PostState, Reaction, Thread, ThreadRead

THREADS_PER_PAGE = 25
POSTS_PER_PAGE = 20
SIMILAR_MIN_SIMILARITY = 0.3
SIMILAR_LIMIT = 5
STAFF_BADGES = ("Moderator", "Medical reviewer")


def _moderator(user) -> bool:
    return bool(user is not None and user.is_authenticated and is_moderator(user))


def categories_with_counts():
    published = Q(threads__state=PostState.PUBLISHED)
    return Category.objects.annotate(
        thread_count=Count("threads", filter=published),
        last_activity_at=Max("threads__last_activity_at", filter=published),
    ).order_by("position", "name")


def category_get(*, slug: str) -> Category:
    return get_object_or_404(Category, slug=slug)


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
    qs = Thread.objects.visible_to(user, moderator=_moderator(user))
    if category is not None:
        qs = qs.filter(category=category).order_by("-pinned", "-last_activity_at", "-pk")
    else:
        qs = qs.order_by("-last_activity_at", "-pk")
    qs = _with_read_marks(qs.select_related("author", "last_poster", "category"), user)
    return Paginator(qs, THREADS_PER_PAGE).get_page(page)


def thread_get_for(*, user, pk: int) -> Thread:
    """The thread with its category, author and outcome; 404 if the reader may not see it."""
    qs = Thread.objects.visible_to(user, moderator=_moderator(user)).select_related(
        "category", "author", "outcome"
    )
    return get_object_or_404(qs, pk=pk)


def thread_version(*, pk: int) -> tuple[int, str] | None:
    """(version, state) of a thread, for the anonymous page cache (one small query)."""
    return Thread.objects.filter(pk=pk).values_list("version", "state").first()


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


@dataclass
class ThreadPage(PageNumbers):
    thread: Thread
    number: int
    num_pages: int
    posts: list[Post]
    my_reactions: set[tuple[int, str]]
    following: bool

    @property
    def page_range(self) -> range:
        return range(1, self.num_pages + 1)

    @property
    def last_position(self) -> int:
        return self.posts[-1].position if self.posts else 0


def _author_groups():
    from django.contrib.auth.models import Group

    return Prefetch(
        "author__groups", queryset=Group.objects.filter(name__in=STAFF_BADGES), to_attr="badges"
    )


def thread_page(*, thread: Thread, user, page: int) -> ThreadPage:
    """One page of a thread by position (no count query: the thread knows its length).

    Deleted posts keep their place as a stub; held posts appear only to their
    author and moderators.
    """
    num_pages = page_count(thread)
    number = min(max(1, page), num_pages)
    first = (number - 1) * POSTS_PER_PAGE + 1
    posts = list(
        Post.objects.filter(thread=thread, position__range=(first, first + POSTS_PER_PAGE - 1))
        .visible_to(user, moderator=_moderator(user))
        .select_related("author")
        .prefetch_related(_author_groups())
        .order_by("position")
    )
    mine: set[tuple[int, str]] = set()
    following = False
    if user is not None and user.is_authenticated:
        mine = my_reactions(user=user, posts=posts)
        following = Follow.objects.filter(user=user, thread=thread).exists()
    mark_my_reactions(posts, mine)
    return ThreadPage(thread, number, num_pages, posts, mine, following)


def mark_my_reactions(posts: list[Post], mine: set[tuple[int, str]]) -> None:
    """Set post.helpful_mine / post.me_too_mine for the template."""
    for post in posts:
        post.helpful_mine = (post.pk, Reaction.Kind.HELPFUL) in mine
        post.me_too_mine = (post.pk, Reaction.Kind.ME_TOO) in mine


def my_reactions(*, user, posts: list[Post]) -> set[tuple[int, str]]:
    return set(
        Reaction.objects.filter(user=user, post__in=[p.pk for p in posts]).values_list(
            "post_id", "kind"
        )
    )


def first_unread_position(*, thread: Thread, user) -> int | None:
    """The first post the member has not seen, or None (nothing new / never opened)."""
    if not user.is_authenticated:
        return None
    read = (
        ThreadRead.objects.filter(user=user, thread=thread)
        .values_list("last_read_position", flat=True)
        .first()
    )
    if read is None or read >= thread.post_count:
        return None
    return read + 1


def post_get_for(*, user, pk: int) -> Post:
    """A post the reader may see (with its thread), else 404."""
    qs = Post.objects.visible_to(user, moderator=_moderator(user)).select_related(
        "thread", "author"
    )
    post = get_object_or_404(qs, pk=pk)
    if not post.thread.is_published and not (
        _moderator(user) or post.thread.author_id == getattr(user, "pk", None)
    ):
        raise Http404
    return post


def post_revisions_for(*, user, post: Post) -> list[PostRevision]:
    """Edit history: moderators only (others get a 404)."""
    if not _moderator(user):
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


def follows_category(*, user, category: Category) -> bool:
    return user.is_authenticated and Follow.objects.filter(user=user, category=category).exists()


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
