"""Making (and re-making) a video's highlight reel in the background job."""

from __future__ import annotations

import logging
import shutil

from django.conf import settings
from django.db import transaction

from .. import files
from ..choices import MomentOrigin, MomentState
from ..media.probe import MediaError, probe
from ..models import REEL_NAME, Video
from ..reel import make_reel, reel_windows

logger = logging.getLogger(__name__)


def reel_times(video: Video) -> list[float]:
    """Confirmed and added moments; until the family has chosen any, the proposals."""
    moments = list(video.moments.exclude(state=MomentState.DISMISSED))
    chosen = [
        m.time_s
        for m in moments
        if m.state == MomentState.CONFIRMED or m.origin == MomentOrigin.ADDED
    ]
    return chosen or [m.time_s for m in moments]


def video_reel_make(*, video_id) -> Video | None:
    """Cut the reel from the served copy; with no moments, drop any old reel."""
    video = Video.objects.filter(pk=video_id).first()
    if video is None or not video.is_ready or not video.web_file:
        return video
    times = reel_times(video)
    windows = reel_windows(times, video.duration_s or 0.0)
    name = video.folder + REEL_NAME
    if not windows:
        with transaction.atomic():
            Video.objects.filter(pk=video.pk).update(
                reel_file="", reel_moments=0, reel_duration_s=None
            )
            transaction.on_commit(lambda: files.delete([name]))
        return Video.objects.filter(pk=video.pk).first()
    work = files.work_dir(video.pk) / "reel"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True, mode=0o700)
    try:
        src = files.fetch(video.web_file, work / "web.mp4")
        duration = make_reel(
            src,
            work / REEL_NAME,
            windows,
            has_audio=probe(src).has_audio,
            file_mode=settings.FILE_UPLOAD_PERMISSIONS,
        )
        files.put(name, work / REEL_NAME, move=True)
    except MediaError as exc:
        logger.warning("reel of video %s failed: %s (%s)", video.pk, exc.message, exc.detail)
        return video
    finally:
        shutil.rmtree(work, ignore_errors=True)
    updated = Video.objects.filter(pk=video.pk).update(
        reel_file=name, reel_moments=len(times), reel_duration_s=round(duration, 2)
    )
    if not updated:  # deleted while we worked: its files went with it, this one too
        files.delete([name])
        return None
    return Video.objects.get(pk=video.pk)
