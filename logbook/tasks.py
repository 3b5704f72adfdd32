"""Celery tasks of the logbook. Thin: they call services."""

from celery import shared_task

from . import services


@shared_task(acks_late=True)
def purge_deleted_episodes() -> int:
    """Soft-deleted episodes go for good a day after deletion (undo lasts 10 minutes)."""
    return services.episodes_purge_deleted()
