"""Celery tasks of accounts. Thin: they take plain data and call a service."""

from celery import shared_task

from . import services


@shared_task(bind=True, acks_late=True, max_retries=5, default_retry_delay=30)
def send_email(self, message: dict) -> None:
    """Send one email. A transient SMTP failure is retried, not lost."""
    try:
        services.email_deliver(message=message)
    except OSError as exc:  # SMTP and network errors
        raise self.retry(exc=exc) from exc
