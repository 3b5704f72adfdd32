"""Atom feed at /articles/feed/ and the articles sitemap."""

import pytest
from django.contrib.sitemaps.views import sitemap
from django.contrib.sites.models import Site
from django.urls import include, path, reverse

from articles.sitemaps import sitemaps

from .factories import ArticleFactory, PublishedArticleFactory

pytestmark = pytest.mark.django_db

# config/urls.py is the lead's: this test wires the sitemap as the report asks it be wired.
urlpatterns = [
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("articles/", include("articles.urls")),
    path("accounts/", include("allauth.urls")),
]


def test_atom_feed_lists_published_articles(client, editor, reviewer, django_assert_num_queries):
    article = PublishedArticleFactory(title="Sleep starts", author=editor, reviewer=reviewer)
    ArticleFactory(title="Unpublished draft", author=editor)
    Site.objects.clear_cache()  # logging the staff fixtures in has looked it up already
    with django_assert_num_queries(2):  # the Site, the articles with their bylines
        response = client.get(reverse("articles:feed"))
    body = response.content.decode()
    assert response["Content-Type"].startswith("application/atom+xml")
    assert "<title>Sleep starts</title>" in body
    assert f"{article.get_absolute_url()}</id>" in body
    assert "Unpublished draft" not in body
    assert f"<name>{editor.handle}</name>" in body
    assert '<category term="basics"/>' in body


@pytest.mark.urls("tests.articles.test_feed_sitemap")
def test_sitemap_lists_published_articles_and_the_index(client):
    article = PublishedArticleFactory()  # authors only: no staff session needed
    draft = ArticleFactory(author=article.author)
    body = client.get("/sitemap.xml").content.decode()
    assert f"{article.get_absolute_url()}</loc>" in body
    assert "/articles/</loc>" in body
    assert draft.get_absolute_url() not in body
    assert f"<lastmod>{article.updated_at.date().isoformat()}</lastmod>" in body
