"""Processing a queued video: probe, motion timeline, stripped 720p copy, poster.

Idempotent and safe to rerun after a killed worker: the job state is on the row
(locked while it changes), scratch files live in a per-video work folder that
every run wipes first, and stored names are derived from the video's id, so a
second run overwrites rather than duplicates. The original (which carries the
phone's GPS position and model) is deleted once the stripped copy is stored.
"""

from __future__ import annotations

import json
import logging
import shutil

import numpy as np
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import files
from ..choices import VideoStatus
from ..media.probe import MediaError, analysis_budget, probe
from ..media.transcode import transcode
from ..models import MOTION_NAME, ORIGINAL_NAME, POSTER_NAME, WEB_NAME, Moment, Video
from ..motion import detect_moments, strip, summarize
from .reel import video_reel_make

logger = logging.getLogger(__name__)

PROCESSING_FAILED = _(
    "We could not process this video. Please delete it and upload the file again."
)


def _claim(video_id) -> Video | None:
    with transaction.atomic():
        video = Video.objects.select_for_update().filter(pk=video_id).first()
        if video is None:
            return None
        if video.status in (VideoStatus.READY, VideoStatus.FAILED):
            return video
        video.status = VideoStatus.PROCESSING
        video.attempts += 1
        video.save(update_fields=["status", "attempts"])
        return video


def video_fail(*, video_id, message: str) -> None:
    """Mark the job failed with a message the family can read; drop the original."""
    with transaction.atomic():
        video = Video.objects.select_for_update().filter(pk=video_id).first()
        if video is None or video.status == VideoStatus.READY:
            return
        original = video.original_file
        video.status = VideoStatus.FAILED
        video.error = str(message)[:300]
        video.original_file = ""
        video.save(update_fields=["status", "error", "original_file"])
        transaction.on_commit(lambda: files.delete([original]))


def _motion_json(series) -> str:
    return json.dumps(
        {
            "fps": series.fps,
            "duration_s": series.duration_s,
            "times_s": np.round(series.times_s, 3).tolist(),
            "energy": np.round(series.energy, 3).tolist(),
            "coverage": np.round(series.coverage, 3).tolist(),
        },
        separators=(",", ":"),
    )


def video_process(*, video_id) -> Video | None:
    """Run the pipeline for one video (see the module docstring). Returns the row."""
    video = _claim(video_id)
    if video is None:
        return None
    if video.status == VideoStatus.READY:
        # A re-delivered message after success: only tidy what a kill may have left.
        files.delete([video.folder + ORIGINAL_NAME])
        shutil.rmtree(files.work_dir(video.pk), ignore_errors=True)
        return video
    if video.status == VideoStatus.FAILED:
        return video

    work = files.work_dir(video.pk)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True, mode=0o700)
    folder = video.folder
    try:
        src = files.fetch(video.original_file, work / "original")
        info = probe(src, max_duration_s=settings.VIDEO_MAX_SECONDS)
        # One decode feeds both the served copy and the motion analysis.
        result = transcode(
            src,
            work / WEB_NAME,
            work / POSTER_NAME,
            info=info,
            file_mode=settings.FILE_UPLOAD_PERMISSIONS,
            motion_budget=analysis_budget(settings.VIDEO_MAX_SECONDS),
        )
        series = result.motion
        moments = detect_moments(series)
        summary = summarize(series, moments)
        (work / MOTION_NAME).write_text(_motion_json(series))
        for name in (MOTION_NAME, POSTER_NAME, WEB_NAME):
            files.put(folder + name, work / name, move=True)
    except MediaError as exc:
        logger.warning("video %s failed: %s (%s)", video.pk, exc.message, exc.detail)
        video_fail(video_id=video.pk, message=exc.message)
        return Video.objects.get(pk=video.pk)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    with transaction.atomic():
        video = Video.objects.select_for_update().get(pk=video.pk)
        original = video.original_file
        video.status = VideoStatus.READY
        video.error = ""
        video.web_file = folder + WEB_NAME
        video.poster_file = folder + POSTER_NAME
        video.motion_file = folder + MOTION_NAME
        video.original_file = ""
        video.size_bytes = result.size_bytes
        video.duration_s = round(result.info.duration_s, 3)
        video.width, video.height = result.info.width, result.info.height
        video.fps = round(result.info.fps, 3)
        video.motion_strip = strip(series)
        video.motion_summary = summary
        video.processed_at = timezone.now()
        video.full_clean()
        video.save()
        # A rerun replaces the proposals (the family has not seen them yet).
        Moment.objects.filter(video=video).delete()
        Moment.objects.bulk_create(
            [
                Moment(video=video, time_s=round(m.time_s, 2), score=round(m.score, 2))
                for m in moments
            ],
            ignore_conflicts=True,
        )
        transaction.on_commit(lambda: files.delete([original]))
    # The reel comes from the stored copy, in this same background job.
    return video_reel_make(video_id=video.pk) or video
