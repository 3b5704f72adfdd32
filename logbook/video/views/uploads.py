"""The resumable upload endpoints (JSON) and the "start from a video" page."""

from __future__ import annotations

import re
from http import HTTPStatus

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from accounts.hooks import Section
from logbook.choices import Role
from logbook.selectors.access import episode_get_for, subject_get_for
from logbook.views.common import activate_zone, subject_context

from ..forms import UploadStartForm
from ..selectors import upload_session_get_for, videos_for_episode
from ..services import uploads

_CONTENT_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+)$")
MAX_CHUNK_FACTOR = 8  # a chunk may be up to 8x VIDEO_UPLOAD_CHUNK_BYTES


def _error(message, status=HTTPStatus.BAD_REQUEST, **extra) -> JsonResponse:
    return JsonResponse({"error": str(message), **extra}, status=status)


def upload_context(subject, episode=None) -> dict:
    """What the upload widget's template needs."""
    return {
        "upload_start_url": reverse("videos:upload_start", kwargs={"subject_id": subject.pk}),
        "upload_episode": episode,
        "max_bytes": settings.VIDEO_MAX_BYTES,
        "max_minutes": settings.VIDEO_MAX_SECONDS // 60,
        "chunk_bytes": settings.VIDEO_UPLOAD_CHUNK_BYTES,
    }


def episode_videos_section(subject, *, episode) -> Section:
    """The videos block of an episode's page (hook point EPISODE_SECTION): the
    episode's videos and the upload widget. The episode page fetched ``episode``
    through its selector (episode_get_for)."""
    return Section(
        template="logbook/video/_episode_videos_block.html",
        context={**upload_context(subject, episode), "videos": videos_for_episode(episode)},
    )


@login_required
def start_from_video(request, subject_id: int):
    """Pick a video; its recording time becomes the new episode's start."""
    subject = activate_zone(subject_get_for(request.user, subject_id, role=Role.CAREGIVER))
    return render(
        request,
        "logbook/video/start.html",
        {**subject_context(subject), **upload_context(subject)},
    )


@login_required
@require_POST
def upload_start(request, subject_id: int):
    """Open an upload: JSON {"size": bytes, "episode": id or null} -> session URL."""
    subject = subject_get_for(request.user, subject_id, role=Role.CAREGIVER)
    form = UploadStartForm(request.body)  # a few bytes of JSON
    if not form.is_valid():
        return _error(uploads.UPLOAD_REQUEST_INVALID, fields=form.error_fields())
    episode = None
    if form.cleaned_data["episode"] is not None:
        episode = episode_get_for(
            request.user, subject.pk, form.cleaned_data["episode"], write=True
        )
    try:
        session = uploads.upload_start(
            user=request.user,
            subject=subject,
            episode=episode,
            size_bytes=form.cleaned_data["size"],
        )
    except ValidationError as exc:
        return _error(exc.messages[0], HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
    url = reverse("videos:upload_chunk", kwargs={"pk": session.pk})
    return JsonResponse(
        {
            "id": str(session.pk),
            "url": url,
            "received": 0,
            "chunk": settings.VIDEO_UPLOAD_CHUNK_BYTES,
        },
        status=HTTPStatus.CREATED,
    )


@login_required
@require_http_methods(["GET", "HEAD", "PUT", "DELETE"])
def upload_chunk(request, pk):
    """GET/HEAD: bytes received so far. PUT: one chunk. DELETE: cancel."""
    session = upload_session_get_for(request.user, pk)
    if request.method in ("GET", "HEAD"):
        response = JsonResponse({"received": session.received_bytes, "size": session.size_bytes})
        response["Upload-Offset"] = str(session.received_bytes)
        return response
    if request.method == "DELETE":
        session.delete()
        return JsonResponse({"cancelled": True})

    match = _CONTENT_RANGE.match(request.headers.get("Content-Range", ""))
    length = int(request.META.get("CONTENT_LENGTH") or 0)
    if not match:
        return _error(uploads.UPLOAD_BAD_RANGE)
    first, last, total = (int(g) for g in match.groups())
    if last - first + 1 != length or length > MAX_CHUNK_FACTOR * settings.VIDEO_UPLOAD_CHUNK_BYTES:
        return _error(uploads.UPLOAD_BAD_RANGE)
    try:
        # Read straight from the WSGI input: never request.body for a chunk.
        session = uploads.upload_append(
            session=session, start=first, total=total, length=length, stream=request
        )
    except uploads.UploadOffsetError as exc:
        return _error(uploads.UPLOAD_BAD_RANGE, HTTPStatus.CONFLICT, received=exc.received)
    except ValidationError as exc:
        return _error(exc.messages[0])
    if session.received_bytes < session.size_bytes:
        return JsonResponse({"received": session.received_bytes})
    try:
        video = uploads.upload_finish(session=session)
    except ValidationError as exc:
        return _error(exc.messages[0], HTTPStatus.UNPROCESSABLE_ENTITY)
    return JsonResponse(
        {
            "received": session.size_bytes,
            "video": str(video.pk),
            "status": video.status,
            "redirect": reverse("videos:detail", kwargs={"pk": video.pk}),
        },
        status=HTTPStatus.CREATED,
    )
