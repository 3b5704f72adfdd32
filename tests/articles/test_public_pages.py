"""The list and article pages as readers see them: content, caching, query counts."""

import json
import re
from http import HTTPStatus

import pytest
from django.urls import reverse

from articles import workflow
from articles.content import SourceData
from articles.models import Byline
from articles.services import editing
from tests.factories import UserFactory

from .factories import ArticleFactory, PublishedArticleFactory

pytestmark = pytest.mark.django_db


def test_list_shows_published_articles_only_and_filters_by_tag(client, editor, reviewer):
    PublishedArticleFactory(title="Babies jerk", tags=["babies"], author=editor, reviewer=reviewer)
    PublishedArticleFactory(title="Adults jerk", tags=["adults"], author=editor, reviewer=reviewer)
    PublishedArticleFactory(title="Also babies", tags=["babies"], author=editor, reviewer=reviewer)
    ArticleFactory(title="Secret draft", author=editor)
    page = client.get(reverse("articles:index")).content.decode()
    assert "Babies jerk" in page
    assert "Adults jerk" in page
    assert "Secret draft" not in page
    assert page.count('href="?tag=babies"') == 1
    filtered = client.get(reverse("articles:index"), {"tag": "babies"}).content.decode()
    assert "Babies jerk" in filtered
    assert "Adults jerk" not in filtered
    assert 'aria-current="page">babies' in filtered


def test_list_query_count_does_not_grow(client, django_assert_num_queries, editor, reviewer):
    PublishedArticleFactory.create_batch(2, author=editor, reviewer=reviewer)
    with django_assert_num_queries(3):  # count, the page of articles, the tags
        client.get(reverse("articles:index"))
    PublishedArticleFactory.create_batch(8, author=editor, reviewer=reviewer, tags=["x", "y"])
    with django_assert_num_queries(3):
        response = client.get(reverse("articles:index"))
    assert response.content.decode().count('class="card mb-3"') == 10
    PublishedArticleFactory.create_batch(15, author=editor, reviewer=reviewer)
    with django_assert_num_queries(3):
        page = client.get(reverse("articles:index"), {"page": 2}).content.decode()
    assert page.count('class="card mb-3"') == 5
    assert "Page 2 of 2" in page


def test_draft_and_unknown_articles_are_404(client, draft):
    assert client.get(reverse("articles:detail", args=[draft.slug])).status_code == 404
    assert client.get(reverse("articles:detail", args=["nope"])).status_code == 404


def test_article_page_content(client, published, reviewer):
    Byline.objects.create(
        user=reviewer, display_name="Dr Amara", credentials="paediatric neurologist", bio="Bio."
    )
    other = PublishedArticleFactory(title="A related one", author=published.author)
    published.related.add(other)
    page = client.get(published.get_absolute_url()).content.decode()
    assert f'<h1 id="article-title">{published.title}</h1>' in page
    assert "First point" in page  # key points box
    assert 'href="#why-it-happens"' in page  # TOC
    assert '<h2 id="why-it-happens">' in page
    assert 'href="#source-1"' in page
    assert 'id="source-1"' in page
    assert 'href="https://doi.org/10.1000/xyz123"' in page
    assert "Medically reviewed by Dr Amara on" in page
    assert "paediatric neurologist" in page
    assert "Next review due" in page
    assert "Published" in page
    assert "Hypnic gives general information, not medical advice." in page
    assert "A related one" in page
    assert "Was this helpful?" in page
    assert 'property="og:title"' in page
    assert 'property="og:type" content="article"' in page


def test_json_ld_is_a_medical_web_page(client, published):
    page = client.get(published.get_absolute_url()).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    data = json.loads(block)
    assert data["@type"] == "MedicalWebPage"
    assert data["name"] == published.title
    assert data["url"].endswith(published.get_absolute_url())
    assert data["reviewedBy"] == {"@type": "Person", "name": published.reviewer.handle}
    assert data["lastReviewed"] == published.last_reviewed_at.date().isoformat()
    assert data["citation"][0]["identifier"] == "doi:10.1000/xyz123"
    # The only <script> blocks without src are data blocks (CSP script-src 'self').
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", page) == [
        '<script type="application/ld+json">'
    ]


def test_json_ld_cannot_be_closed_by_text(client, editor, reviewer):
    article = PublishedArticleFactory(
        title="Jerks </script><script>alert(1)</script>", author=editor, reviewer=reviewer
    )
    page = client.get(article.get_absolute_url()).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    assert json.loads(block)["name"] == article.title
    assert "<script>alert" not in page


def test_anonymous_article_page_is_served_from_cache(
    client, published, django_assert_num_queries, editor
):
    url = published.get_absolute_url()
    with django_assert_num_queries(3):  # article+bylines, sources, related
        client.get(url)
    with django_assert_num_queries(0):
        response = client.get(url)
    assert published.title in response.content.decode()


def test_a_published_change_is_visible_at_once(
    client, published, editor, django_capture_on_commit_callbacks
):
    url = published.get_absolute_url()
    client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        editing.article_update(
            article=published,
            editor=editor,
            title="A brand new title",
            summary=published.summary,
            key_points=published.key_points,
            body=published.body,
            sources=[SourceData("nhs", "Hypnic jerks", "NHS", 2024, "https://www.nhs.uk/", "")],
            change_note="Retitled",
        )
    assert "A brand new title" in client.get(url).content.decode()


def test_member_article_page_query_count(client, published, django_assert_num_queries):
    member = UserFactory()
    client.force_login(member)
    client.get(published.get_absolute_url())  # warm the cache
    # user, groups (staff link), feedback given? (the session comes from the cache)
    with django_assert_num_queries(3):
        response = client.get(published.get_absolute_url())
    assert response.status_code == HTTPStatus.OK
    assert "Editorial view" not in response.content.decode()


def test_unpublished_article_leaves_the_cache(
    client, published, editor, django_capture_on_commit_callbacks
):
    client.get(published.get_absolute_url())
    assert published.status == workflow.PUBLISHED
    # Deleting a published article (admin) moves nothing: the selector 404s on the next version.
    published.delete()
    from articles import cache_keys

    cache_keys.version_set(published.slug, published.version + 1)
    assert client.get(published.get_absolute_url()).status_code == 404
