"""Resumable uploads: start a session, append chunks streamed to disk, finish.

The protocol (static/js/video-upload.js speaks it): POST the file's size to get
a session; PUT each chunk with ``Content-Range: bytes a-b/total`` as a raw body;
HEAD the session to learn how many bytes arrived (after a dropped connection).
A chunk is read from the request in 1 MiB pieces and written at once, so memory
does not grow with the file. When the last byte arrives the file is sniffed
(logbook.video.media.probe) and capped; a refused file leaves no file and no row.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from typing import BinaryIO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from logbook import services as logbook_services
from logbook.models import Episode, Subject

from .. import files
from ..media.probe import MediaError, probe
from ..models import ORIGINAL_NAME, UploadSession, Video, video_folder

logger = logging.getLogger(__name__)

READ_PIECE = 1024 * 1024

UPLOAD_TOO_LARGE = _("This video is larger than {limit}. Please trim it or send a shorter clip.")
UPLOAD_EMPTY = _("This file is empty. Please choose the video again.")
UPLOAD_BAD_RANGE = _("The upload went out of step. Please start it again.")
UPLOAD_REQUEST_INVALID = _(
    "This upload request was not understood: it needs the file's size in bytes and, "
    "if the video belongs to an episode, that episode's number. Please reload the page "
    "and try again."
)


class UploadOffsetError(Exception):
    """A chunk that does not start where the file ends; the client should resume."""

    def __init__(self, received: int) -> None:
        super().__init__(f"expected offset {received}")
        self.received = received


@transaction.atomic
def upload_start(
    *, user, subject: Subject, episode: Episode | None, size_bytes: int
) -> UploadSession:
    """Open a resumable upload of ``size_bytes`` (checked against VIDEO_MAX_BYTES)."""
    if size_bytes <= 0:
        raise ValidationError(UPLOAD_EMPTY)
    if size_bytes > settings.VIDEO_MAX_BYTES:
        raise ValidationError(
            str(UPLOAD_TOO_LARGE).format(limit=filesizeformat(settings.VIDEO_MAX_BYTES))
        )
    session = UploadSession(user=user, subject=subject, episode=episode, size_bytes=size_bytes)
    session.full_clean()
    session.save()
    path = files.upload_tmp_path(session.pk)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600)
    return session


def upload_append(
    *, session: UploadSession, start: int, total: int, length: int, stream: BinaryIO
) -> UploadSession:
    """Append one chunk (``length`` bytes read from ``stream``) at offset ``start``.

    The session row is locked for the chunk, so two tabs sending the same file
    cannot interleave. Bytes read before a dropped connection still count.
    """
    with transaction.atomic():
        session = UploadSession.objects.select_for_update().get(pk=session.pk)
        if total != session.size_bytes or length < 0 or start + length > session.size_bytes:
            raise ValidationError(UPLOAD_BAD_RANGE)
        if start != session.received_bytes:
            raise UploadOffsetError(session.received_bytes)
        path = files.upload_tmp_path(session.pk)
        written = 0
        with path.open("r+b") as out:
            out.seek(start)
            out.truncate()  # drop the tail of an earlier, interrupted chunk
            try:
                while written < length:
                    piece = stream.read(min(READ_PIECE, length - written))
                    if not piece:
                        break
                    out.write(piece)
                    written += len(piece)
            except OSError:
                logger.info("upload %s: connection dropped after %s bytes", session.pk, written)
        session.received_bytes = start + written
        session.updated_at = timezone.now()
        session.save(update_fields=["received_bytes", "updated_at"])
    return session


def _start_time(recorded_at: dt.datetime | None) -> dt.datetime:
    now = timezone.now()
    if recorded_at is None or recorded_at > now + dt.timedelta(minutes=5):
        return now  # no capture time, or the phone's clock was wrong
    return recorded_at


def upload_finish(*, session: UploadSession) -> Video:
    """Sniff and cap the complete file; keep it as a queued Video, or refuse it cleanly.

    A refusal raises ValidationError with the user-facing message and deletes
    the session and its temporary file: nothing is left behind.
    """
    from ..tasks import video_process_task

    path = files.upload_tmp_path(session.pk)
    try:
        info = probe(path, max_duration_s=settings.VIDEO_MAX_SECONDS)
    except MediaError as exc:
        logger.info("upload %s refused: %s (%s)", session.pk, exc.message, exc.detail)
        with transaction.atomic():
            session.delete()
        path.unlink(missing_ok=True)  # refused bytes go now, whatever the transaction does
        raise ValidationError(exc.message) from exc

    video_id = uuid.uuid4()
    name = video_folder(video_id) + ORIGINAL_NAME
    try:
        with transaction.atomic():
            locked = UploadSession.objects.select_for_update().filter(pk=session.pk).first()
            if locked is None or locked.received_bytes != locked.size_bytes:
                raise ValidationError(UPLOAD_BAD_RANGE)
            episode = session.episode
            if episode is None:
                episode = logbook_services.episode_create(
                    subject=session.subject,
                    user=session.user,
                    started_at=_start_time(info.recorded_at),
                    filmed=True,
                )
            elif not episode.filmed:
                episode.subject = session.subject
                logbook_services.episode_update(episode=episode, user=session.user, filmed=True)
            video = Video(
                id=video_id,
                subject=session.subject,
                episode=episode,
                uploaded_by=session.user,
                upload_bytes=session.size_bytes,
                duration_s=info.duration_s,
                recorded_at=info.recorded_at,
                original_file=name,
            )
            video.full_clean()
            video.save(force_insert=True)
            files.put(name, path, move=True)
            session.delete()
            transaction.on_commit(lambda: video_process_task.delay(str(video_id)))
    except BaseException:
        files.delete([name])
        raise
    return video


def uploads_clean_stale(*, older_than: dt.timedelta | None = None) -> int:
    """Forget uploads nobody finished (their temp files go with them)."""
    older_than = older_than or dt.timedelta(hours=settings.VIDEO_UPLOAD_STALE_HOURS)
    with transaction.atomic():
        stale = UploadSession.objects.filter(updated_at__lt=timezone.now() - older_than)
        count = 0
        for session in stale:  # one by one, so post_delete removes each temp file
            session.delete()
            count += 1
    return count
