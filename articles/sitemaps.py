"""Sitemaps of the articles. config/urls.py serves them at /sitemap.xml:

from django.contrib.sitemaps.views import sitemap
from articles.sitemaps import sitemaps as article_sitemaps
path("sitemap.xml", sitemap, {"sitemaps": article_sitemaps},
     name="django.contrib.sitemaps.views.sitemap"),
"""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Article


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return Article.objects.published().only("slug", "updated_at", "published_at").order_by("pk")

    def lastmod(self, item: Article):
        return item.updated_at or item.published_at


class ArticleIndexSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return ["articles:index"]

    def location(self, item: str) -> str:
        return reverse(item)


sitemaps = {"article-index": ArticleIndexSitemap, "articles": ArticleSitemap}
