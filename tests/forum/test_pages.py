"""Forum pages: content, privacy of held posts, and constant query counts."""

from http import HTTPStatus

import pytest
from django.test import Client
from django.urls import reverse

from accounts import hooks
from forum import selectors
from forum.models import PostState
from forum.services import community, posting
from tests.conftest import staff_log_in
from tests.factories import UserFactory

from . import factories

# Pinned query counts (they must not grow with the data; see the *_constant tests).
INDEX_QUERIES = 3
CATEGORY_ANON_QUERIES = 3
# Anonymous pages come whole from the cache after the first (forum.middleware):
# no query at all.
CATEGORY_ANON_CACHED_QUERIES = 0
# A plain member: the session's user, their groups, and one query for what their copy
# of the shared frame differs by (follow, "has a thread waiting for review", the read
# marks of the page's threads); the first member of a zone also renders the frame:
# the category and the shared rows (+3).
CATEGORY_MEMBER_QUERIES = 3
CATEGORY_FRAME_MISS_QUERIES = 3
THREAD_ANON_QUERIES = 3
THREAD_ANON_CACHED_QUERIES = 0
# A member's page once the shared posts are cached: the session's user, their
# groups (the moderator check), the thread with follow and read marks, and the
# member's reactions on the page.
THREAD_MEMBER_QUERIES = 4
# Rendering the shared posts on a miss: the posts and their authors' badges.
THREAD_SHARED_MISS_QUERIES = 2
# Storing how far the member has read, the first time (select, insert in a savepoint).
THREAD_FIRST_READ_QUERIES = 4
# The category choices, then one query per registered search source (its best hits,
# their snippets and the count of matches).
SEARCH_QUERIES = 1 + len(hooks.values(hooks.SEARCH_SOURCE))


def test_index_lists_categories_and_latest(client, thread, django_assert_num_queries):
    with django_assert_num_queries(INDEX_QUERIES):
        response = client.get(reverse("forum:index"))
    text = response.content.decode()
    assert "Newborns and babies" in text
    assert "Bed partners" in text
    assert factories.CALM_TITLE.replace(",", "") in text.replace(",", "")
    assert reverse("forum:ask") in text


@pytest.mark.parametrize("extra", [0, 60])
def test_category_page_queries_constant(client, asker, extra, django_assert_num_queries):
    category = factories.category("children")
    factories.bulk_threads(category, asker, extra)
    factories.thread(asker, slug="children", title="Toddler arm jerks at bedtime every night")
    url = reverse("forum:category", args=["children"])
    with django_assert_num_queries(CATEGORY_ANON_QUERIES):
        response = client.get(url)
    assert "Toddler arm jerks at bedtime" in response.content.decode()
    with django_assert_num_queries(CATEGORY_ANON_CACHED_QUERIES):
        assert client.get(url).content == response.content
    client.force_login(asker)
    with django_assert_num_queries(CATEGORY_MEMBER_QUERIES + CATEGORY_FRAME_MISS_QUERIES):
        response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    with django_assert_num_queries(CATEGORY_MEMBER_QUERIES):
        response = client.get(url)
    assert "Toddler arm jerks at bedtime" in response.content.decode()
    if extra:
        assert "Page 1 of 3" in response.content.decode()


FIRST_PAGE_EXTRA_QUERIES = 2


@pytest.mark.parametrize("extra", [0, 80])
def test_thread_page_queries_constant(
    client, thread, asker, helper_user, extra, django_assert_num_queries
):
    factories.reply(helper_user, thread)
    factories.bulk_replies(thread, [helper_user, asker], extra)
    last = selectors.page_count(thread)
    for page in sorted({1, last}):
        url = f"{thread.get_absolute_url()}?page={page}"
        # Under the question (page 1 only): curated answers and related articles.
        extra_first_page = FIRST_PAGE_EXTRA_QUERIES if page == 1 else 0
        with django_assert_num_queries(THREAD_ANON_QUERIES + extra_first_page):
            response = client.get(url)
        assert response.status_code == HTTPStatus.OK
        with django_assert_num_queries(THREAD_ANON_CACHED_QUERIES):
            cached = client.get(url)
        assert cached.content == response.content
    client.force_login(helper_user)
    url = f"{thread.get_absolute_url()}?page={last}"
    # The member's time zone differs from the anonymous visitor's, so their shared
    # posts are rendered once (with the curated answers under the question on page 1;
    # related articles are cached per thread version by the visits above).
    extra_first_page = 1 if last == 1 else 0
    miss = THREAD_SHARED_MISS_QUERIES + extra_first_page + THREAD_FIRST_READ_QUERIES
    with django_assert_num_queries(THREAD_MEMBER_QUERIES + miss):
        response = client.get(url)
    assert "kind_helper" in response.content.decode()
    with django_assert_num_queries(THREAD_MEMBER_QUERIES):
        again = client.get(url)
    # The last page holds the two newest posts in both sizes (2 and 82 posts).
    assert again.content.decode().count('data-testid="post"') == 2


def test_anonymous_cache_is_invalidated_by_a_reply(client, thread, helper_user):
    first = client.get(thread.get_absolute_url()).content.decode()
    assert "Fresh reply about naps" not in first
    factories.reply(helper_user, thread, "Fresh reply about naps and the jerks we saw.")
    assert "Fresh reply about naps" in client.get(thread.get_absolute_url()).content.decode()


def test_thread_shows_posts_reactions_and_badges(client, thread, moderator):
    factories.reply(moderator, thread, "Welcome. Please film it and show your GP.")
    text = client.get(thread.get_absolute_url()).content.decode()
    assert "worried_parent" in text
    assert "Moderator</span>" in text
    assert "found this helpful" in text
    assert "Log in" in text


def test_held_thread_is_404_for_others_and_visible_to_author(client, asker, other_user):
    held = factories.thread(asker, body=factories.HELD_TEXT)
    assert client.get(held.get_absolute_url()).status_code == HTTPStatus.NOT_FOUND
    client.force_login(other_user)
    assert client.get(held.get_absolute_url()).status_code == HTTPStatus.NOT_FOUND
    client.force_login(asker)
    response = client.get(held.get_absolute_url())
    assert response.status_code == HTTPStatus.OK
    assert 'data-testid="held-thread"' in response.content.decode()


def test_held_reply_visible_only_to_author(client, thread, helper_user, other_user):
    held = factories.reply(helper_user, thread, factories.HELD_TEXT)
    assert "melatonin" not in client.get(thread.get_absolute_url()).content.decode()
    client.force_login(other_user)
    assert "melatonin" not in client.get(thread.get_absolute_url()).content.decode()
    client.force_login(helper_user)
    text = client.get(thread.get_absolute_url() + "?page=1").content.decode()
    assert "melatonin" in text
    assert "Waiting for review." in text
    assert client.get(reverse("forum:post", args=[held.pk])).status_code == HTTPStatus.FOUND


def test_urgent_post_shows_local_emergency_number(client, thread):
    us_member = UserFactory(locale="en-US")
    factories.reply(us_member, thread, factories.URGENT_TEXT)
    client.force_login(us_member)
    text = client.get(thread.get_absolute_url() + "?page=1").content.decode()
    assert 'data-testid="urgent-banner"' in text
    assert "<strong>911</strong>" in text


def test_member_opens_at_first_unread(client, thread, asker, helper_user):
    factories.bulk_replies(thread, [helper_user], 30)
    client.force_login(asker)
    community.thread_mark_read(user=asker, thread=thread, position=25)
    response = client.get(thread.get_absolute_url())
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].endswith("?page=2#post-26")
    client.get(thread.get_absolute_url() + "?page=2")
    assert client.get(thread.get_absolute_url()).status_code == HTTPStatus.OK


def test_soft_deleted_post_keeps_its_place(client, thread, helper_user):
    post = factories.reply(helper_user, thread, "A reply I will take back later, sorry.")
    posting.post_delete(actor=helper_user, post=post)
    text = client.get(thread.get_absolute_url()).content.decode()
    assert "This post was deleted." in text
    assert "take back later" not in text
    thread.refresh_from_db()
    assert thread.reply_count == 0


def test_edited_mark_and_history_for_moderators(client, thread, asker, moderator):
    opening = thread.posts.get(position=1)
    posting.post_edit(editor=asker, post=opening, body=opening.body + "\n\nUpdate: it stopped.")
    text = client.get(thread.get_absolute_url()).content.decode()
    assert 'data-testid="edited"' in text
    history = reverse("forum:post_history", args=[opening.pk])
    client.force_login(asker)
    assert client.get(history).status_code == HTTPStatus.FORBIDDEN  # not staff: role check
    staff_log_in(client, moderator)
    response = client.get(history)
    assert response.status_code == HTTPStatus.OK
    assert "Before the edit of" in response.content.decode()


def test_profile_shows_handle_count_and_no_email(client, thread, asker):
    response = client.get(reverse("forum:profile", args=["WORRIED_PARENT"]))
    text = response.content.decode()
    assert 'data-testid="post-count"' in text
    assert asker.email not in text
    assert factories.CALM_TITLE in text.replace("&#x27;", "'")


def test_post_permalink_redirects_to_its_page(client, thread, helper_user):
    factories.bulk_replies(thread, [helper_user], 25)
    last = thread.posts.get(position=26)
    response = client.get(reverse("forum:post", args=[last.pk]))
    assert response["Location"].endswith("?page=2#post-26")


def test_search_page_queries(client, thread, django_assert_num_queries):
    with django_assert_num_queries(SEARCH_QUERIES):
        response = client.get(reverse("search"), {"q": "arms asleep"})
    assert "<mark>" in response.content.decode()


def test_search_results_are_rendered_once_and_change_with_the_forum(
    client, thread, helper_user, django_assert_num_queries
):
    """A repeated search is served from the cache (a visitor's whole page without a
    query; a member's page reads the member, their groups and the category list),
    and every change to what search finds shows at once: a new reply, an edit, a
    removal."""
    search = reverse("search")
    first = client.get(search, {"q": "otterlike"}).content.decode()
    assert "Nothing found" in first
    with django_assert_num_queries(0):
        again = client.get(search, {"q": "otterlike"})
    assert again.content.decode() == first
    member = Client()
    member.force_login(helper_user)
    assert "Nothing found" in member.get(search, {"q": "otterlike"}).content.decode()
    with django_assert_num_queries(3):
        assert "Nothing found" in member.get(search, {"q": "otterlike"}).content.decode()

    post = factories.reply(helper_user, thread, "Her jerks looked otterlike, a quick wriggle.")
    found = client.get(search, {"q": "otterlike"}).content.decode()
    assert "1 result for" in found
    assert "<mark>otterlike</mark>" in found
    assert f'href="{reverse("forum:post", kwargs={"pk": post.pk})}"' in found

    posting.post_edit(editor=helper_user, post=post, body="Her jerks were a quick wriggle.")
    assert "Nothing found" in client.get(search, {"q": "otterlike"}).content.decode()
    assert "1 result for" in client.get(search, {"q": "wriggle"}).content.decode()

    posting.post_delete(actor=helper_user, post=post)
    assert "Nothing found" in client.get(search, {"q": "wriggle"}).content.decode()
    assert "Nothing found" in member.get(search, {"q": "otterlike"}).content.decode()


def test_cached_search_results_are_the_same_for_a_member(client, thread, helper_user):
    anonymous = client.get(reverse("search"), {"q": "arms asleep"}).content.decode()
    client.force_login(helper_user)
    member = client.get(reverse("search"), {"q": "arms asleep"}).content.decode()

    def results(html):
        return html[html.index('<p role="status">') : html.index("</ol>")]

    assert "<mark>" in results(member)
    assert results(member) == results(anonymous)


def test_rejected_post_is_hidden(client, thread, helper_user):
    post = factories.reply(helper_user, thread, "A perfectly ordinary reply about naps.")
    posting.post_set_state(post=post, state=PostState.REJECTED)
    assert "ordinary reply" not in client.get(thread.get_absolute_url()).content.decode()


def test_thread_shows_related_articles_and_report_link(client, thread, helper_user):
    from forum.related import RelatedLink

    def provider(text, limit):
        return [RelatedLink(title="What is sleep myoclonus?", url="/articles/what-is/")]

    with hooks.register_temporarily(hooks.RELATED_READING, provider, order=0):
        client.force_login(helper_user)
        body = client.get(thread.get_absolute_url()).content.decode()
    assert "Related articles" in body
    assert 'href="/articles/what-is/"' in body
    assert "Report" in body
