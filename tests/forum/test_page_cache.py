"""The shared page caches change when the data does, and each reader gets their own bits.

Thread pages render their posts once per thread version (forum.rendering) and
every reader's page is assembled from that; category pages share their rows.
Each test reads a page (filling the cache), changes data through a service, and
reads the page again.
"""

import re
from http import HTTPStatus

import pytest
from django.contrib import messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse

from forum import caching
from forum.models import PostState, Reaction
from forum.services import community, posting
from tests.conftest import staff_client
from tests.factories import UserFactory

from . import factories
from .test_pages import (
    CATEGORY_MEMBER_QUERIES,
    THREAD_FIRST_READ_QUERIES,
    THREAD_MEMBER_QUERIES,
)

HELPFUL_PRESSED = 'aria-pressed="true"\n                    data-testid="react-helpful"'
HELPFUL_UNPRESSED = 'aria-pressed="false"\n                    data-testid="react-helpful"'


def _client(user=None) -> Client:
    """A client for `user`; staff come with the client that passed the MFA door."""
    if user is not None and hasattr(user, "door_client"):
        return user.door_client
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _page(client, thread, page: int = 1) -> str:
    response = client.get(f"{thread.get_absolute_url()}?page={page}")
    assert response.status_code == HTTPStatus.OK
    return response.content.decode()


@pytest.fixture
def other_member(db):
    return UserFactory(handle="night_reader")


@pytest.fixture
def mod(db):
    """A moderator whose session passed MFA (staff powers need it), with that client."""
    client = staff_client(UserFactory(handle="calm_moderator", groups=["Moderator"]))
    user = client.staff_user
    user.door_client = client
    return user


@pytest.fixture
def replied(thread, helper_user):
    factories.reply(helper_user, thread, "Our son did the same; the jerks faded by six months.")
    thread.refresh_from_db()
    return thread


def test_members_share_one_rendering_of_the_posts(
    replied, asker, other_member, django_assert_num_queries
):
    first = _page(_client(other_member), replied)
    # The same zone, language and locale: the second member's page is assembled from
    # the first one's shared posts (no query for posts or badges).
    second = _client(asker)
    with django_assert_num_queries(THREAD_MEMBER_QUERIES + THREAD_FIRST_READ_QUERIES):
        text = _page(second, replied)
    assert "the jerks faded by six months" in first
    assert "the jerks faded by six months" in text


def test_an_edit_changes_the_cached_page(replied, helper_user, other_member):
    reader = _client(other_member)
    assert "faded by six months" in _page(reader, replied)
    reply = replied.posts.get(position=2)
    posting.post_edit(editor=helper_user, post=reply, body="Edited: it stopped at five months.")
    text = _page(reader, replied)
    assert "Edited: it stopped at five months." in text
    assert "faded by six months" not in text
    assert 'data-testid="edited"' in text


def test_a_new_reply_appears_for_members_and_anonymous(replied, asker, other_member):
    member, anonymous = _client(other_member), _client()
    _page(member, replied)
    _page(anonymous, replied)
    factories.reply(asker, replied, "Thank you all, we see the paediatrician on Monday.")
    assert "paediatrician on Monday" in _page(member, replied)
    assert "paediatrician on Monday" in _page(anonymous, replied)


def test_reactions_are_pressed_only_for_who_reacted(replied, asker, other_member, helper_user):
    reactor, bystander, author = _client(other_member), _client(asker), _client(helper_user)
    for client in (reactor, bystander, author):
        _page(client, replied)  # every reader's page from the same shared entry
    reply = replied.posts.get(position=2)
    community.reaction_toggle(user=other_member, post=reply, kind=Reaction.Kind.HELPFUL)
    mine = _page(reactor, replied)
    assert mine.count(HELPFUL_PRESSED) == 1
    theirs = _page(bystander, replied)
    assert HELPFUL_PRESSED not in theirs
    assert HELPFUL_UNPRESSED in theirs
    # The author cannot react to their own reply: they see the counts.
    own = _page(author, replied)
    assert "1 found this helpful" in own
    assert "1 found this helpful" in _page(_client(), replied)
    community.reaction_toggle(user=other_member, post=reply, kind=Reaction.Kind.HELPFUL)
    assert HELPFUL_PRESSED not in _page(reactor, replied)


def test_author_other_member_moderator_and_anonymous_get_their_own_bits(
    replied, asker, helper_user, other_member, mod
):
    reply = replied.posts.get(position=2)
    posting.post_edit(editor=helper_user, post=reply, body="Our son did the same, now edited.")
    edit_url = reverse("forum:post_edit", args=[reply.pk])
    history_url = reverse("forum:post_history", args=[reply.pk])
    report_url = reverse("moderation:flag", args=[reply.pk])
    author = _page(_client(helper_user), replied)
    other = _page(_client(other_member), replied)
    moderator = _page(_client(mod), replied)
    anonymous = _page(_client(), replied)
    assert edit_url in author
    assert report_url not in author
    assert edit_url not in other
    assert report_url in other
    assert 'data-testid="react-helpful"' in other
    assert history_url in moderator
    assert history_url not in other
    assert reverse("forum:thread_flags", args=[replied.pk]) in moderator
    assert reverse("forum:thread_flags", args=[replied.pk]) not in other
    for text in (anonymous,):
        assert edit_url not in text
        assert report_url not in text
        assert "csrfmiddlewaretoken" not in text
        assert 'data-testid="react-helpful"' not in text
        assert "found this helpful" in text


def test_held_reply_is_shown_to_its_author_and_moderators_only(
    replied, helper_user, other_member, mod
):
    other = _client(other_member)
    _page(other, replied)  # the shared entry is filled before the held reply exists
    held = factories.reply(helper_user, replied, factories.HELD_TEXT)
    assert held.state == PostState.HELD
    assert "melatonin" not in _page(other, replied)
    assert "melatonin" not in _page(_client(), replied)
    own = _page(_client(helper_user), replied)
    assert "melatonin" in own
    assert 'data-testid="held"' in own
    moderator = _page(_client(mod), replied)
    assert "melatonin" in moderator
    posting.post_set_state(post=held, state=PostState.PUBLISHED)
    approved = _page(other, replied)
    assert "melatonin" in approved
    assert 'data-testid="held"' not in approved


def test_closing_a_thread_takes_quote_links_from_members_not_moderators(
    replied, asker, other_member, mod
):
    quote = f"{reverse('forum:reply', args=[replied.pk])}?quote="
    member = _client(other_member)
    assert quote in _page(member, replied)
    community.thread_set_flags(moderator=mod, thread=replied, closed=True)
    closed = _page(member, replied)
    assert quote not in closed
    assert "This thread is closed to new replies." in closed
    assert quote in _page(_client(mod), replied)


def test_the_csrf_token_in_shared_reaction_forms_is_the_readers(replied, asker, other_member):
    _page(_client(asker), replied)  # another member fills the shared entry
    client = Client(enforce_csrf_checks=True)
    client.force_login(other_member)
    text = _page(client, replied)
    token = text.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    url = reverse("forum:react", args=[replied.posts.get(position=2).pk, "helpful"])
    assert client.post(url, {"csrfmiddlewaretoken": token}).status_code == HTTPStatus.FOUND
    assert client.post(url, {}).status_code == HTTPStatus.FORBIDDEN


def test_htmx_reaction_answers_the_pressed_block(replied, other_member):
    client = _client(other_member)
    reply = replied.posts.get(position=2)
    response = client.post(
        reverse("forum:react", args=[reply.pk, "helpful"]), headers={"HX-Request": "true"}
    )
    text = response.content.decode()
    assert text.count(HELPFUL_PRESSED) == 1
    assert f'id="reactions-{reply.pk}"' in text
    assert 'name="csrfmiddlewaretoken"' in text


def test_curated_answer_appears_under_the_question_of_a_cached_page(replied, other_member, mod):
    from forum.moderation.services import community

    reader = _client(other_member)
    assert 'data-testid="curated-answer"' not in _page(reader, replied)
    answer = community.curated_answer_save(
        actor=mod,
        title="Jerks while falling asleep",
        situation="A baby's arms jerk only in sleep.",
        body="Sleep myoclonus in babies is common and usually settles.",
        article_slugs=[],
    )
    community.curated_answer_attach(actor=mod, thread=replied, answer=answer)
    assert 'data-testid="curated-answer"' in _page(reader, replied)


# --------------------------------------------------------------------------- categories


def _category(client, slug: str = "newborns-and-babies") -> str:
    response = client.get(reverse("forum:category", args=[slug]))
    assert response.status_code == HTTPStatus.OK
    return response.content.decode()


def test_category_new_badge_follows_the_members_reading(replied, other_member, helper_user):
    reader = _client(other_member)
    assert "text-bg-info" not in _category(reader)  # never opened: no badge
    _page(reader, replied)
    assert "text-bg-info" not in _category(reader)
    factories.reply(helper_user, replied, "One more reply so the reader has something new.")
    assert "text-bg-info" in _category(reader)
    assert "text-bg-info" not in _category(_client(helper_user))  # never opened it


def test_category_pages_change_with_a_new_thread(asker, other_member):
    member, anonymous = _client(other_member), _client()
    _category(member)
    _category(anonymous)
    factories.thread(asker, title="Twitching toes while my baby naps in the afternoon")
    assert "Twitching toes while my baby naps" in _category(member)
    assert "Twitching toes while my baby naps" in _category(anonymous)


def test_category_held_thread_for_its_author_and_moderators(asker, other_member, mod):
    _category(_client(other_member))
    held = factories.thread(
        asker, title="Is a dose of melatonin fine for a baby?", body=factories.HELD_TEXT
    )
    assert held.state == PostState.HELD
    assert "Is a dose of melatonin" not in _category(_client(other_member))
    assert "Is a dose of melatonin" not in _category(_client())
    assert "Is a dose of melatonin" in _category(_client(asker))
    assert "Is a dose of melatonin" in _category(_client(mod))


def test_shared_keys_name_the_version_and_reader_zone(rf):
    request = rf.get("/")
    key = caching.thread_posts_key(request, pk=7, version=3, page=2)
    assert key.startswith("forum:posts:7:v3:p2:")


# ------------------------------------------- a plain member's page from the shared frame

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def test_members_share_one_category_frame_with_their_own_name_token_and_follow(
    thread, other_member, helper_user, django_assert_num_queries
):
    first = Client(enforce_csrf_checks=True)
    first.force_login(other_member)
    first_page = _category(first)
    second = Client(enforce_csrf_checks=True)
    second.force_login(helper_user)
    with django_assert_num_queries(CATEGORY_MEMBER_QUERIES):
        second_page = _category(second)  # from the frame the first member's visit made
    assert "night_reader" in first_page
    assert "night_reader" not in second_page
    assert "kind_helper" in second_page
    assert "kind_helper" not in first_page
    assert thread.title in second_page
    assert "<!--hypnic:" not in second_page  # every slot was filled
    # Both CSRF inputs (follow, log out) carry this member's own working token.
    tokens = set(CSRF_INPUT.findall(second_page))
    assert len(tokens) == 1
    assert tokens != set(CSRF_INPUT.findall(first_page))
    response = second.post(
        reverse("forum:follow_category", args=["newborns-and-babies"]),
        {"on": "1", "csrfmiddlewaretoken": tokens.pop()},
    )
    assert response.status_code == HTTPStatus.FOUND
    assert 'aria-pressed="true"' in _category(second)
    assert 'aria-pressed="false"' in _category(first)


def _flash(client, rf, text: str) -> None:
    """Leave a one-off message for `client`'s next page, as a view would."""
    storage = CookieStorage(rf.get("/"))
    storage.add(messages.INFO, text)
    response = HttpResponse()
    storage.update(response)
    client.cookies["messages"] = response.cookies["messages"].value


def test_a_flash_message_is_shown_to_its_member_only(thread, other_member, helper_user, rf):
    first, second = _client(other_member), _client(helper_user)
    _category(first)
    _flash(second, rf, "Your reply is waiting for a moderator.")
    assert "Your reply is waiting for a moderator." in _category(second)
    assert "Your reply is waiting for a moderator." not in _category(first)
    assert "Your reply is waiting for a moderator." not in _category(second)  # shown once


def test_staff_parts_never_reach_a_plain_members_frame(thread, other_member, mod):
    assert "Moderation</a>" in _category(_client(mod))
    assert "Moderation</a>" not in _category(_client(other_member))
    assert "Moderation</a>" in _category(_client(mod))


def test_a_members_frame_follows_the_theme(thread, other_member, helper_user):
    dark, light = _client(other_member), _client(helper_user)
    light.cookies["theme"] = "light"
    assert 'data-bs-theme="dark"' in _category(dark)
    assert 'data-bs-theme="light"' in _category(light)


def test_a_category_renamed_in_the_admin_shows_on_cached_pages(client, thread):
    """Anonymous thread, category and search pages are cached whole; a category renamed
    by a moderator in the admin shows on all of them at once, and its old address is
    no longer served from the cache."""
    category = thread.category
    old_list = category.get_absolute_url()
    pages = [thread.get_absolute_url(), old_list, f"{reverse('search')}?q=arms+asleep"]
    for url in pages:
        assert category.name in client.get(url).content.decode()

    admin = staff_client(UserFactory(groups=["Moderator"], is_staff=True))
    response = admin.post(
        reverse("admin:forum_category_change", args=[category.pk]),
        {
            "name": "Jerks at night",
            "slug": "jerks-at-night",
            "description": category.description,
            "position": category.position,
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse("admin:forum_category_changelist")
    for url in pages[:1] + pages[2:]:
        html = client.get(url).content.decode()
        assert "Jerks at night" in html, url
        assert category.name not in html, url
    assert client.get(old_list).status_code == HTTPStatus.NOT_FOUND
    assert "Jerks at night" in client.get("/forum/c/jerks-at-night/").content.decode()
