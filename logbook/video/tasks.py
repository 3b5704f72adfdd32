"""Celery tasks of episode videos. Thin: they take ids and call services.

video_process_task acknowledges late and is re-queued if its worker dies
(reject_on_worker_lost), so a killed job runs again; the service is idempotent.
"""

from celery import shared_task

from .services import processing, reel, uploads

MAX_RETRIES = 3


@shared_task(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=MAX_RETRIES,
    time_limit=60 * 60,
    soft_time_limit=55 * 60,
)
def video_process_task(self, video_id: str) -> str | None:
    try:
        video = processing.video_process(video_id=video_id)
    except Exception as exc:
        # Unexpected (storage or database hiccup): retry with backoff, then tell the family.
        if self.request.retries >= MAX_RETRIES:
            processing.video_fail(video_id=video_id, message=processing.PROCESSING_FAILED)
            raise
        raise self.retry(exc=exc, countdown=30 * 2**self.request.retries) from exc
    return video.status if video else None


@shared_task(acks_late=True, time_limit=15 * 60, soft_time_limit=14 * 60)
def video_reel_task(video_id: str) -> int | None:
    """Re-make the highlight reel after the moments changed."""
    video = reel.video_reel_make(video_id=video_id)
    return video.reel_moments if video else None


@shared_task(acks_late=True)
def uploads_clean_stale_task() -> int:
    return uploads.uploads_clean_stale()
