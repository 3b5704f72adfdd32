"""What articles adds to the hook points of accounts (accounts/hooks.py).

Imported once by ArticlesConfig.ready(). forum searches and links articles through
these without importing articles (the arrows run articles -> forum).
"""

from accounts import hooks
from forum.related import RelatedLink

from . import demo, exporting
from .search import ArticleSearchSource
from .selectors import articles_related_to_text


def related_articles(text: str, limit: int) -> list[RelatedLink]:
    """Published articles related to a thread, as links forum can show."""
    return [
        RelatedLink(title=a.title, url=a.get_absolute_url(), summary=a.summary)
        for a in articles_related_to_text(text, limit=limit)
    ]


hooks.register(hooks.SEARCH_SOURCE, ArticleSearchSource(), key="articles")
hooks.register(hooks.RELATED_READING, related_articles, key="articles")
hooks.register(hooks.DATA_EXPORT, exporting.export_articles, key="articles")
# After accounts (order 0) and the forum's seeders: articles open forum threads.
hooks.register(hooks.DEMO_SEED, demo.seed_articles, key="articles", order=60)
