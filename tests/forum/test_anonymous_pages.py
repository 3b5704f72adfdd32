"""Whole anonymous pages served before the session (forum.middleware, forum.caching).

Each test fills the cache as a visitor, changes data through a service or signs a
member in, and reads again.
"""

from http import HTTPStatus

from django.test import Client
from django.urls import reverse

from forum import caching
from forum.models import PostState
from forum.services import posting

from . import factories


def _get(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == HTTPStatus.OK
    return response


def test_a_cached_page_needs_no_query_and_keeps_every_header(
    client, thread, django_assert_num_queries
):
    url = f"{thread.get_absolute_url()}?page=1"
    first = _get(client, url, accept_language="en-US")
    with django_assert_num_queries(0):
        cached = _get(client, url, accept_language="en-US")
    assert cached.content == first.content
    assert dict(cached.headers) == dict(first.headers)
    assert cached["Content-Security-Policy"]
    assert cached["X-Frame-Options"] == "DENY"
    assert cached["Content-Language"] == "en-us"
    assert "csrfmiddlewaretoken" not in cached.content.decode()
    assert not cached.cookies


def test_visitors_of_another_region_get_their_own_page(client, thread):
    url = thread.get_absolute_url()
    us = _get(client, url, accept_language="en-US").content.decode()
    gb = _get(client, url, accept_language="en-GB").content.decode()
    assert "911" in us
    assert "911" not in gb
    assert _get(client, url, accept_language="en-US").content.decode() == us


def test_a_page_rendered_before_a_commit_is_not_served_after_it(
    client, thread, helper_user, rf, django_capture_on_commit_callbacks
):
    """A visitor's render that took its token inside the writing transaction read the
    data before the commit; the token that the commit sets makes that entry unused."""
    url = thread.get_absolute_url()
    with django_capture_on_commit_callbacks(execute=True):
        factories.reply(helper_user, thread, "A reply that commits while a visitor renders.")
        lookup = caching.anonymous_lookup(rf.get(url), kind=caching.THREAD, ident=thread.pk, page=1)
        caching.page_store(lookup, b"the page from before the commit")
        assert client.get(url).content == b"the page from before the commit"
    text = _get(client, url).content.decode()
    assert "A reply that commits while a visitor renders." in text


def test_a_thread_taken_down_is_gone_from_the_cache(client, thread):
    url = thread.get_absolute_url()
    assert factories.CALM_TITLE in _get(client, url).content.decode()
    posting.post_set_state(post=thread.posts.get(position=1), state=PostState.HELD)
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND
    category = reverse("forum:category", args=[thread.category.slug])
    assert factories.CALM_TITLE not in _get(client, category).content.decode()


def test_a_member_never_gets_the_visitors_page(client, thread, helper_user):
    url = thread.get_absolute_url() + "?page=1"
    visitor = _get(client, url)
    assert "Log in" in visitor.content.decode()
    member = Client()
    member.force_login(helper_user)
    page = _get(member, url)
    assert "kind_helper" in page.content.decode()
    assert "Log out" in page.content.decode()
    assert "no-store" in page["Cache-Control"]
    assert "private" in page["Cache-Control"]
    assert "Cache-Control" not in visitor


def test_a_visitor_with_a_flash_message_gets_it_not_the_cached_page(client, thread, helper_user):
    url = thread.get_absolute_url()
    cached = _get(client, url).content.decode()
    client.force_login(helper_user)
    client.post(reverse("account_logout"))
    text = _get(client, url).content.decode()
    assert "You have signed out." in text
    assert "You have signed out." not in cached
    assert _get(client, url).content.decode() == cached
