"""Each article's discussion is a forum thread; comments pass forum moderation."""

from urllib.parse import parse_qs, urlparse

import pytest
from django.urls import reverse

from articles.comments import looks_like_personal_question
from articles.discussion import CATEGORY_SLUG
from articles.selectors import articles_related_to_text
from articles.services import reader as services_reader
from articles.services import review
from forum.models import Post, Thread
from forum.moderation import moderate
from forum.search import SearchFilters, search_site
from tests.factories import UserFactory

from .factories import ArticleFactory, PublishedArticleFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My son jerks every night, is this epilepsy?", True),
        ("Our baby daughter twitches in her sleep - should I worry?", True),
        ("Is it normal for my little one to jerk?", True),
        ("My son jerks every night. Thanks for the article.", False),
        ("Do babies grow out of this?", False),
        ("Great article, thank you!", False),
    ],
)
def test_personal_question_heuristic(text, expected):
    assert looks_like_personal_question(text) is expected


def test_publishing_opens_the_discussion_thread(
    editor, reviewer, django_capture_on_commit_callbacks
):
    article = ArticleFactory(author=editor, status="approved", reviewer=reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        review.article_publish(article=article, user=editor)
    article.refresh_from_db()
    thread = Thread.objects.get(pk=article.discussion_thread_id)
    assert thread.category.slug == CATEGORY_SLUG
    assert thread.author == editor
    assert thread.title == article.title
    assert article.get_absolute_url() in thread.posts.get(position=1).body
    # Idempotent: a retried task finds the thread it made.
    assert services_reader.article_discussion_ensure(article=article) == thread.pk
    assert Thread.objects.filter(category__slug=CATEGORY_SLUG).count() == 1


def test_two_articles_published_minutes_apart_both_open_a_published_discussion(
    editor, reviewer, settings, client, django_capture_on_commit_callbacks
):
    """The site's standard opening is not the editor's repeat nor a held first post."""
    settings.MODERATION_HOLD_FIRST_POSTS = True
    first, second = (
        ArticleFactory(author=editor, status="approved", reviewer=reviewer, title=title)
        for title in ("Jerks at bedtime", "When to film an episode")
    )
    for article in (first, second):
        with django_capture_on_commit_callbacks(execute=True):
            review.article_publish(article=article, user=editor)
        article.refresh_from_db()
        opening = Post.objects.get(thread_id=article.discussion_thread_id, position=1)
        assert (opening.state, opening.thread.state) == ("published", "published")
        assert opening.moderation["kind"] == "site"
        assert opening.moderation_reasons == []
        page = client.get(opening.thread.get_absolute_url())
        assert page.status_code == 200
        assert article.title in page.content.decode()


def test_the_sites_opening_is_not_among_the_authors_recent_texts(editor, discussed):
    """The editor's own words right after publishing are judged on their own."""
    opening = Post.objects.get(thread_id=discussed.discussion_thread_id, position=1)
    verdict = moderate(opening.body, author=editor, kind="reply")
    assert "duplicate" not in verdict.categories


@pytest.fixture
def discussed(published):
    services_reader.article_discussion_ensure(article=published)
    published.refresh_from_db()
    return published


def test_article_page_shows_the_discussion_with_author_and_reviewer_marked(
    client, discussed, reviewer, editor, django_assert_num_queries
):
    reader = UserFactory()
    thread = Thread.objects.get(pk=discussed.discussion_thread_id)
    from forum.services.posting import post_reply

    post_reply(author=reader, thread=thread, body="Thank you, this was clear.")
    post_reply(author=editor, thread=thread, body="Glad it helped.", enforce_limits=False)
    post_reply(author=reviewer, thread=thread, body="Happy to clarify.", enforce_limits=False)
    page = client.get(discussed.get_absolute_url()).content.decode()
    assert reverse("articles:discussion", args=[discussed.slug]) in page
    url = reverse("articles:discussion", args=[discussed.slug])
    with django_assert_num_queries(6):
        html = client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert "Thank you, this was clear." in html
    assert html.count('data-testid="role-author"') == 1
    assert html.count('data-testid="role-reviewer"') == 1
    assert "Log in to comment" in html
    for n in range(4):
        post_reply(author=UserFactory(), thread=thread, body=f"Me too, number {n}.")
    with django_assert_num_queries(6):  # thread, posts, their authors' badges...: flat
        assert "number 3" in client.get(url, HTTP_HX_REQUEST="true").content.decode()
    # Without htmx the link leads to the forum thread.
    response = client.get(url)
    assert response["Location"] == thread.get_absolute_url()


def test_comment_goes_through_moderation(client, discussed):
    reader = UserFactory()
    client.force_login(reader)
    url = reverse("articles:comment", args=[discussed.slug])
    html = client.post(
        url, {"body": "Really useful, thanks for writing it."}, HTTP_HX_REQUEST="true"
    ).content.decode()
    assert 'data-action="publish"' in html
    held = client.post(
        url, {"body": "Write to me on reader@example.org to talk."}, HTTP_HX_REQUEST="true"
    ).content.decode()
    assert 'data-action="hold"' in held
    posts = Post.objects.filter(author=reader).order_by("position")
    assert [p.state for p in posts] == ["published", "held"]
    assert posts[1].moderation["kind"] == "reply"


def test_personal_question_is_offered_the_ask_form(client, discussed):
    client.force_login(UserFactory())
    body = "My daughter jerks every ten seconds at night, is that normal?"
    html = client.post(
        reverse("articles:comment", args=[discussed.slug]), {"body": body}, HTTP_HX_REQUEST="true"
    ).content.decode()
    assert 'data-testid="ask-offer"' in html
    href = html.split('id="ask-instead"')[0].rsplit('href="', 1)[1].split('"')[0]
    parsed = urlparse(href.replace("&amp;", "&"))
    assert parsed.path == reverse("forum:ask")
    assert parse_qs(parsed.query)["body"] == [body]
    assert not Post.objects.filter(position__gt=1).exists()


def test_comment_needs_login_and_text(client, discussed):
    url = reverse("articles:comment", args=[discussed.slug])
    response = client.post(url, {"body": "hi"})
    assert response["Location"].startswith(reverse("account_login"))
    client.force_login(UserFactory())
    html = client.post(url, {"body": "  "}, HTTP_HX_REQUEST="true").content.decode()
    assert str(services_reader.EMPTY_COMMENT_ERROR) in html


def test_articles_join_the_site_search(editor, reviewer):
    PublishedArticleFactory(
        title="Caffeine and sleep starts",
        summary="How caffeine late in the day can make sleep starts more frequent.",
        body="## Caffeine\n\nCoffee late in the day makes jerks worse [^nhs].\n",
        author=editor,
        reviewer=reviewer,
    )
    ArticleFactory(title="Caffeine draft", author=editor)
    result = search_site("caffeine", user=None, filters=SearchFilters(), page=1)
    hits = [h for h in result.hits if h.source == "articles"]
    assert [h.title for h in hits] == ["Caffeine and sleep starts"]
    # The snippet is the article's summary, with the match marked.
    assert "<mark>caffeine</mark> late in the day can make sleep starts" in str(hits[0].snippet)


def test_cached_search_results_change_when_an_article_is_published(client, editor, reviewer):
    article = ArticleFactory(
        title="Hiccups and sleep starts",
        summary="Why hiccups and sleep starts are cousins.",
        author=editor,
    )
    search = reverse("search")
    assert "Nothing found" in client.get(search, {"q": "hiccups"}).content.decode()

    review.article_submit_for_review(article=article, user=editor)
    review.article_approve(article=article, reviewer=reviewer)
    review.article_publish(article=article, user=editor)

    html = client.get(search, {"q": "hiccups"}).content.decode()
    assert "1 result for" in html
    assert f'href="{reverse("articles:detail", kwargs={"slug": article.slug})}"' in html


def test_articles_related_to_text(editor, reviewer):
    PublishedArticleFactory(
        title="Babies who jerk in their sleep",
        summary="Newborn sleep myoclonus.",
        body="## Newborns\n\nNewborn babies jerk in sleep [^nhs].\n",
        author=editor,
        reviewer=reviewer,
    )
    PublishedArticleFactory(
        title="Restless legs",
        body="## Legs\n\nAn urge to move [^nhs].\n",
        author=editor,
        reviewer=reviewer,
    )
    related = articles_related_to_text("My newborn baby jerks while asleep, help", limit=3)
    assert [a.title for a in related][0] == "Babies who jerk in their sleep"
    assert articles_related_to_text("", limit=3) == []
