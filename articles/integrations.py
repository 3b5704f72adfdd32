"""What articles register with lower apps (forum) at start-up: arrows stay one-way."""


def register() -> None:
    from forum.related import register_related_provider
    from forum.search import register_search_source

    from .search import ArticleSearchSource

    register_search_source(ArticleSearchSource())
    register_related_provider(related_articles)


def related_articles(text: str, limit: int):
    """Published articles related to a thread, as links forum can show."""
    from forum.related import RelatedLink

    from .selectors import articles_related_to_text

    return [
        RelatedLink(title=a.title, url=a.get_absolute_url(), summary=a.summary)
        for a in articles_related_to_text(text, limit=limit)
    ]
