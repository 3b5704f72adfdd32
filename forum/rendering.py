"""A thread page's posts, rendered once per thread version and shared by every reader.

The posts of a page are rendered without any reader in the context (no `user`,
no `request`), for every state, and stored under a key naming the thread's
version, the page and what the HTML varies by (`caching.shared_variant`). A
request then keeps the posts this reader may see (`access.can_see_post`) and
adds what differs per reader — reaction buttons and whether they are pressed,
quote/edit/delete/report/history links, the CSRF token — from pieces rendered
beside each post at the same time. Nothing is rendered per reader but a join.

The pieces are complete elements separated by `<!--piece:NAME-->` markers; they
hold no member text (only counts, URLs and our own words), so a member cannot
forge a marker. The body is split from its footer at the last FOOTER_SLOT, which
comes after the member's text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib import messages
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from accounts.permissions import is_staff_member

from . import access, caching, selectors
from .models import Reaction, Thread
from .moderation import selectors as moderation_selectors

FOOTER_SLOT = "<!--hypnic:footer-->"
CSRF_SLOT = "<!--hypnic:csrf-->"
PIECE = re.compile(r"<!--piece:(\w+)-->")
HELPFUL, ME_TOO = Reaction.Kind.HELPFUL, Reaction.Kind.ME_TOO


@dataclass
class SharedPost:
    """One post as every reader's page shows it, plus the pieces readers differ by.

    Carries what `forum.access` asks about a post (state, author, deleted, edited).
    """

    pk: int
    position: int
    author_id: int | None
    state: str
    deleted_at: datetime | None
    edited_at: datetime | None
    head: str
    tail: str = ""
    pieces: dict[str, str] = field(default_factory=dict)
    after: str = ""  # under the question (page 1): curated answers, related reading


def _split_pieces(text: str) -> dict[str, str]:
    parts = PIECE.split(text)
    return {parts[i]: parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}


def _react_urls(post) -> dict[str, str]:
    return {
        "helpful_url": reverse("forum:react", args=[post.pk, HELPFUL]),
        "me_too_url": reverse("forum:react", args=[post.pk, ME_TOO]),
    }


def post_pieces(post) -> dict[str, str]:
    """The per-reader parts of one post, each rendered once: the reaction counts,
    the reaction forms in their four pressed states, and the action links."""
    text = render_to_string(
        "forum/_post_actions.html",
        {"post": post, "csrf_slot": CSRF_SLOT, **_react_urls(post)},
    )
    return _split_pieces(text)


def _shared(post, *, head: str = "", tail: str = "", after: str = "") -> SharedPost:
    return SharedPost(
        pk=post.pk,
        position=post.position,
        author_id=post.author_id,
        state=post.state,
        deleted_at=post.deleted_at,
        edited_at=post.edited_at,
        head=head,
        tail=tail,
        pieces={} if post.deleted_at else post_pieces(post),
        after=after,
    )


@dataclass(frozen=True)
class PostRole:
    """A badge beside an author's name for the role they have where the posts are shown
    (an article's author or medical reviewer under its discussion)."""

    key: str
    label: str


def shared_posts(
    *,
    posts,
    locale_info,
    opening_extra: str = "",
    roles: Mapping[int, PostRole] | None = None,
) -> list[SharedPost]:
    """Render a page's posts (any state) for every reader; `opening_extra` goes under
    the question; `roles` maps author ids to a role badge."""
    roles = roles or {}
    shared = []
    for post in posts:
        html = render_to_string(
            "forum/_post.html",
            {
                "post": post,
                "held": access.is_held(post),
                "unpublished": post.state != access.PUBLISHED,
                "role": roles.get(post.author_id) if post.author_id else None,
                "locale_info": locale_info,
                "footer_slot": FOOTER_SLOT,
            },
        )
        head, slot, tail = html.rpartition(FOOTER_SLOT)
        if not slot:
            head, tail = html, ""
        after = opening_extra if post.position == 1 else ""
        shared.append(_shared(post, head=head, tail=tail, after=after))
    return shared


def csrf_input(request) -> str:
    return format_html(
        '<input type="hidden" name="csrfmiddlewaretoken" value="{}">', get_token(request)
    )


def reactions(post: SharedPost, perms: access.ForumPerms, mine: set[tuple[int, str]]) -> str:
    """The reaction block of a published post: buttons for those who may react
    (pressed where this reader did), the counts for everyone else."""
    if not perms.can_react(post):
        return post.pieces["counts"]
    helpful = int((post.pk, HELPFUL) in mine)
    me_too = int((post.pk, ME_TOO) in mine)
    return post.pieces[f"react_{helpful}{me_too}"]


def reactions_html(request, post) -> SafeString:
    """The reaction block of one post for this reader (the htmx answer to a click)."""
    perms = access.ForumPerms(request.user)
    mine = selectors.my_reactions(user=request.user, post_ids=[post.pk])
    html = reactions(_shared(post), perms, mine).replace(CSRF_SLOT, csrf_input(request))
    return mark_safe(html)  # noqa: S308 - our template's output


def footer(post: SharedPost, perms: access.ForumPerms, mine: set[tuple[int, str]]) -> str:
    parts = []
    if access.is_public(post):
        parts.append(reactions(post, perms, mine))
    if perms.can_quote(post):
        parts.append(post.pieces["quote"])
    if perms.can_edit(post):
        parts.append(post.pieces["own"])
    if perms.can_report(post):
        parts.append(post.pieces["report"])
    if perms.can_read_history(post):
        parts.append(post.pieces["history"])
    return "".join(parts)


def assemble(
    posts: list[SharedPost], perms: access.ForumPerms, mine: set[tuple[int, str]], request
) -> SafeString:
    """This reader's posts: the shared HTML with their footers joined in."""
    out = []
    token = ""
    for post in posts:
        out.append(post.head)
        if post.pieces:
            actions = footer(post, perms, mine)
            if CSRF_SLOT in actions:
                token = token or csrf_input(request)
                actions = actions.replace(CSRF_SLOT, token)
            out.append(actions)
            out.append(post.tail)
        out.append(post.after)
    # Our templates' output; member text was sanitized when it was written.
    return mark_safe("".join(out))  # noqa: S308


def posts_for(
    request, *, posts, perms: access.ForumPerms, roles: Mapping[int, PostRole] | None = None
) -> SafeString:
    """Posts shown outside their thread page (an article's discussion), with the same
    partial, the same rules and the same per-reader footers as the thread page.
    `posts` are those the reader may see (`perms.can_see`); not cached.

    Queries: the reader's reactions on these posts (members only).
    """
    shared = shared_posts(posts=posts, locale_info=request.locale_info, roles=roles)
    mine = selectors.my_reactions(
        user=perms.user, post_ids=[post.pk for post in shared if perms.can_react(post)]
    )
    return assemble(shared, perms, mine, request)


def _render_shared(request, thread, number: int) -> list[SharedPost]:
    posts = selectors.thread_posts(thread=thread, number=number)
    extra = ""
    if number == 1:
        extra = render_to_string(
            "forum/_under_question.html",
            {
                "curated_answers": moderation_selectors.curated_answers_for(thread),
                "related_links": selectors.related_reading_for(thread),
            },
        )
    return shared_posts(posts=posts, locale_info=request.locale_info, opening_extra=extra)


def thread_page_for(request, *, thread, page: int, perms: access.ForumPerms):
    """One page of a thread for this reader: the shared posts from the cache (rendered
    on a miss), those the reader may see, and the reader's own bits joined in.

    Queries: none on a hit but the reader's reactions on the page (members only).
    """
    number = selectors.page_number(thread, page)
    key = caching.thread_posts_key(request, pk=thread.pk, version=thread.version, page=number)
    shared = caching.get(key)
    if shared is None:
        shared = _render_shared(request, thread, number)
        caching.put(key, shared)
    visible = [post for post in shared if perms.can_see(post)]
    mine = selectors.my_reactions(
        user=perms.user, post_ids=[post.pk for post in visible if perms.can_react(post)]
    )
    return selectors.ThreadPage(
        thread=thread,
        number=number,
        num_pages=selectors.page_count(thread),
        posts_html=assemble(visible, perms, mine, request),
        last_position=visible[-1].position if visible else 0,
        following=bool(getattr(thread, "following", False)),
    )


# ----------------------------------------------------- a member's whole category page

NEW_SLOT = "<!--hypnic:new:{}-->"  # forum/_thread_list.html, with shared_rows
HANDLE_SLOT = mark_safe("<!--hypnic:handle-->")
FOLLOW_SLOT = mark_safe("<!--hypnic:follow-->")
PAGE_CSRF_SLOT = mark_safe("<!--hypnic:csrf-->")


class _FrameReader:
    """Who the frame is rendered for: a member whose name is a slot."""

    is_authenticated = True
    is_anonymous = False
    handle = HANDLE_SLOT


@dataclass
class CategoryFrame:
    """A category page as every plain member sees it (published threads only), with
    slots for the member's name, CSRF token, follow button and "New" badges."""

    html: str
    category_pk: int
    threads: list[tuple[int, int]]  # (pk, post_count) of the rows, each with a NEW_SLOT
    follow: dict[bool, str]  # the follow form, by whether the member follows
    new_badge: str


def _render_frame(request, category, page: int) -> CategoryFrame:
    page_obj = selectors.threads_page(user=None, page=page, category=category)
    perms = access.ForumPerms(request.user)
    follow = {
        state: render_to_string(
            "forum/_follow_category.html",
            {
                "category": category,
                "perms": perms,
                "following": state,
                "csrf_token": PAGE_CSRF_SLOT,
            },
        )
        for state in (False, True)
    }
    html = render_to_string(
        "forum/category.html",
        {
            "category": category,
            "perms": perms,
            "page_obj": page_obj,
            "shared_rows": True,
            "follow_html": FOLLOW_SLOT,
            "user": _FrameReader(),
            "csrf_token": PAGE_CSRF_SLOT,
        },
        request=request,
    )
    return CategoryFrame(
        html=html,
        category_pk=category.pk,
        threads=[(thread.pk, thread.post_count) for thread in page_obj.object_list],
        follow=follow,
        new_badge=render_to_string("forum/_new_badge.html").strip(),
    )


def shares_member_frame(request) -> bool:
    """Whether this reader's page may come from the shared member frame: a member whose
    pages show no staff parts and who has no one-off message waiting."""
    user = request.user
    return (
        access.ForumPerms(user).is_member
        and not is_staff_member(user)
        and not len(messages.get_messages(request))
    )


def member_category_page(request, *, slug: str, page: int) -> str | None:
    """A plain member's category page from the shared frame (rendered on a miss), with
    this member's name, token, follow state and "New" badges put in; None when this
    reader must get a page rendered for them (not a plain member: `shares_member_frame`;
    a thread of theirs waits for review; the category is gone).

    Queries: one for the member's marks on a hit; the category and its rows on a miss.
    """
    if not shares_member_frame(request):
        return None
    lookup = caching.member_frame_lookup(request, kind=caching.CATEGORY, ident=slug, page=page)
    frame = lookup.content
    if frame is None:
        category = selectors.category_get(slug=slug, user=request.user)
        if category.sees_unlisted:
            return None
        frame = _render_frame(request, category, page)
        caching.page_store(lookup, frame)
    reader = selectors.category_reader(
        user=request.user,
        category_pk=frame.category_pk,
        thread_ids=[pk for pk, _ in frame.threads],
    )
    if reader is None or reader.sees_unlisted:
        return None
    html = frame.html.replace(FOLLOW_SLOT, frame.follow[reader.following], 1)
    for pk, post_count in frame.threads:
        unread = Thread.unread(post_count, reader.read_positions.get(pk))
        html = html.replace(NEW_SLOT.format(pk), frame.new_badge if unread else "", 1)
    html = html.replace(HANDLE_SLOT, escape(request.user.handle), 1)
    return html.replace(PAGE_CSRF_SLOT, get_token(request))
