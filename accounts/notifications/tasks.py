"""Celery tasks of the notifications inbox (thin; listed in CELERY_IMPORTS)."""

from celery import shared_task

from . import services


@shared_task(acks_late=True)
def digest_send(user_id: int) -> int:
    return services.digest_send(user_id=user_id)


@shared_task(acks_late=True)
def digests_send_all() -> int:
    """Daily (Celery beat): one task per member with something waiting."""
    user_ids = services.digest_user_ids()
    for user_id in user_ids:
        digest_send.delay(user_id)
    return len(user_ids)
