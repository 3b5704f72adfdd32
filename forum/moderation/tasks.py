"""Celery tasks of moderation: thin, they take ids and call a service."""

from celery import shared_task

from .services import review


@shared_task(acks_late=True)
def urgent_alert(post_id: int) -> bool:
    """Idempotent: UrgentAlert is unique per post, so a retry alerts nobody twice."""
    return review.urgent_alert_send(post_id=post_id)
