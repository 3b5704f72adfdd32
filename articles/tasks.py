"""Celery tasks of articles. Thin: they take ids and call a service."""

from celery import shared_task

from .models import Article
from .services import reader, review


@shared_task(acks_late=True)
def articles_publish_due_task() -> int:
    """Beat, every few minutes: publish scheduled articles whose time has come."""
    return review.articles_publish_due()


@shared_task(acks_late=True)
def review_reminders_task() -> int:
    """Beat, daily: remind editors of medical reviews that fell due."""
    return review.review_reminders_send()


@shared_task(acks_late=True, max_retries=5, default_retry_delay=60)
def article_discussion_ensure_task(article_id: int) -> int | None:
    article = Article.objects.filter(pk=article_id).first()
    if article is None or not article.is_published:
        return None
    return reader.article_discussion_ensure(article=article)
