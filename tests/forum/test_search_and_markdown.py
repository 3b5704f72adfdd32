from django.urls import reverse

from accounts import hooks
from accounts.markdown import contains_link, render_markdown
from forum.models import PostState
from forum.search import (
    COUNT_CAP,
    MAX_PAGES,
    PAGE_SIZE,
    SearchFilters,
    SearchHit,
    highlight,
    search_site,
)

from . import factories


def test_markdown_is_sanitized_and_links_marked():
    html = render_markdown(
        "# Title\n\n<img src=x onerror=alert(1)> [a](javascript:alert(1)) [b](https://nhs.uk)"
    )
    assert "<h3>Title</h3>" in html
    assert "<img" not in html
    assert "javascript:" not in html.replace("[a](javascript", "")
    assert '<a href="https://nhs.uk" rel="nofollow ugc noopener">b</a>' in html
    assert contains_link("see www.example.org")
    assert not contains_link("see my GP")


def test_highlight_escapes_text():
    assert str(highlight("<b>\x02jerk\x03</b>")) == "&lt;b&gt;<mark>jerk</mark>&lt;/b&gt;"
    # Markup inside a match is escaped too; a marker without its pair is dropped.
    assert (
        str(highlight("\x02<i>\x03 & \x02 \x03x\x02"))
        == "<mark>&lt;i&gt;</mark> &amp; <mark> </mark>x"
    )


def test_search_ranks_title_and_filters_category(thread, helper_user, asker):
    factories.reply(helper_user, thread, "Restless legs made my evenings miserable for years.")
    other = factories.thread(
        asker,
        slug="related-conditions",
        title="Restless legs or sleep starts?",
        body="Both, probably. Legs feel crawly in the evening.",
    )
    results = search_site("restless legs", user=asker)
    assert results.total == 2
    assert results.hits[0].title == other.title  # the title match ranks first
    assert "<mark>" in str(results.hits[0].snippet)
    filtered = search_site("restless legs", user=asker, filters=SearchFilters("children"))
    assert filtered.total == 0


def test_search_hides_held_posts(thread, helper_user, asker):
    factories.reply(helper_user, thread, factories.HELD_TEXT)
    assert search_site("melatonin", user=asker).total == 0


def test_search_page_with_category_filter(client, thread):
    response = client.get(reverse("search"), {"q": "arms", "category": "newborns-and-babies"})
    text = response.content.decode()
    opening = thread.posts.get()
    assert "1 result" in text
    assert opening.get_absolute_url() in text
    assert thread.title in text


def test_other_apps_can_register_a_source(db):
    class Articles:
        name = "test-articles"

        def search(self, text, *, user, filters, limit):
            return 1, [SearchHit("articles", "Sleep starts explained", "/a/1/", highlight("x"), 9)]

    with hooks.register_temporarily(hooks.SEARCH_SOURCE, Articles(), key="test-articles"):
        assert search_site("sleep", user=None).hits[0].title == "Sleep starts explained"
    assert "test-articles" not in [h.key for h in hooks.hooks(hooks.SEARCH_SOURCE)]


def test_search_is_public_even_for_the_author_of_a_held_post(thread, helper_user, asker):
    """Results are the same for everyone: a held post is not found even by its author,
    and no post of a held thread is found."""
    factories.reply(helper_user, thread, factories.HELD_TEXT)
    held = factories.thread(asker, title="Melatonin dose question", body=factories.HELD_TEXT)
    assert held.state == PostState.HELD
    assert search_site("melatonin", user=helper_user).total == 0
    assert search_site("melatonin", user=asker).total == 0


def test_a_common_term_is_counted_to_the_cap_and_paged(thread, helper_user, asker):
    factories.bulk_replies(thread, [helper_user, asker], COUNT_CAP + 30)
    results = search_site("warm bath", user=asker, page=MAX_PAGES)
    assert results.total == COUNT_CAP + 1
    assert results.more_than_shown
    assert results.num_pages == MAX_PAGES
    assert len(results.hits) == PAGE_SIZE
    # Equal ranks: the newest first, so the first page starts at the newest reply.
    first = search_site("warm bath", user=asker)
    assert first.hits[0].url == thread.posts.latest("pk").get_absolute_url()
    second = search_site("warm bath", user=asker, page=2)
    assert not {hit.url for hit in first.hits} & {hit.url for hit in second.hits}
    assert search_site("calmer bath", user=asker, filters=SearchFilters("children")).total == 0
