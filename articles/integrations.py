"""What articles register with lower apps (forum) at start-up: arrows stay one-way."""


def register() -> None:
    from forum.search import register_search_source

    from .search import ArticleSearchSource

    register_search_source(ArticleSearchSource())
