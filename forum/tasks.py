"""Celery tasks of the forum: thin, they take ids and call a service."""

from celery import shared_task

from .services import community


@shared_task(acks_late=True)
def post_published(post_id: int) -> int:
    return community.post_notify_followers(post_id=post_id)


@shared_task(acks_late=True)
def outcome_published(thread_id: int) -> int:
    return community.outcome_notify_followers(thread_id=thread_id)


@shared_task(acks_late=True)
def outcome_reminders() -> int:
    """Daily (Celery beat): remind askers once to post what the doctor concluded."""
    return community.outcome_reminders_send()
