from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from .bylines import byline_name
from .models import Article


class ArticleFeed(Feed):
    """Atom feed of the latest published articles at /articles/feed/."""

    feed_type = Atom1Feed
    title = _("Hypnic articles")
    subtitle = _("Medically reviewed articles about sleep myoclonus for families.")
    link = reverse_lazy("articles:index")

    def items(self):
        return (
            Article.objects.published()
            .select_related("author__byline")
            .only(
                "slug",
                "title",
                "summary",
                "tags",
                "published_at",
                "updated_at",
                "author__handle",
                "author__byline__display_name",
            )
            .order_by("-published_at")[:20]
        )

    def item_title(self, item: Article) -> str:
        return item.title

    def item_description(self, item: Article) -> str:
        return item.summary

    def item_pubdate(self, item: Article):
        return item.published_at

    def item_updateddate(self, item: Article):
        return item.updated_at or item.published_at

    def item_author_name(self, item: Article) -> str:
        return byline_name(item.author)

    def item_categories(self, item: Article) -> list[str]:
        return item.tags
