"""A video's page (player, motion strip, moments, notes) and its bytes."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from logbook.choices import Role
from logbook.selectors.access import can_edit_episode
from logbook.views.common import activate_zone, subject_context

from .. import delivery
from ..choices import MomentState
from ..models import Moment
from ..selectors import video_get_for, video_page_get_for
from ..services import moments as moment_svc

MEDIA_TYPES = {"web.mp4": "video/mp4", "poster.jpg": "image/jpeg", "reel.mp4": "video/mp4"}


def media_name(video, kind: str) -> str:
    """The stored name behind a media URL ('' when there is none)."""
    if kind not in MEDIA_TYPES or not video.is_ready:
        return ""
    return {
        "web.mp4": video.web_file,
        "poster.jpg": video.poster_file,
        "reel.mp4": video.reel_file,
    }[kind]


def player_context(video) -> dict:
    moments = [m for m in video.moment_list if m.state != MomentState.DISMISSED]
    return {
        "video": video,
        "moments": video.moment_list,
        "live_moments": moments,
        "counts": moment_svc.moment_counts(video.moment_list),
        "strip_data": {
            "strip": video.motion_strip,
            "duration": video.duration_s or 0,
            "moments": [m.time_s for m in moments],
        },
    }


@login_required
def detail(request, pk):
    video = video_page_get_for(request.user, pk)
    subject = activate_zone(video.subject)
    can_write = can_edit_episode(subject, video.episode, request.user)
    return render(
        request,
        "logbook/video/detail.html",
        {
            **subject_context(subject),
            **player_context(video),
            "episode": video.episode,
            "can_write": can_write,
        },
    )


@login_required
@require_GET
def status(request, pk):
    """htmx poll while processing; when the job ends the page reloads."""
    video = video_get_for(request.user, pk)
    response = render(request, "logbook/video/_status.html", {"video": video, "poll": True})
    if not video.is_pending and request.GET.get("was") != video.status:
        response["HX-Refresh"] = "true"
    return response


@login_required
@require_GET
def media(request, pk, kind: str):
    video = video_get_for(request.user, pk)
    name = media_name(video, kind)
    if not name:
        raise Http404
    return delivery.serve(request, name, MEDIA_TYPES[kind])


@login_required
@require_POST
def moment_state(request, pk, moment_pk: int):
    video = video_get_for(request.user, pk, role=Role.CAREGIVER)
    moment = get_object_or_404(Moment, video=video, pk=moment_pk)
    state = request.POST.get("state", "")
    try:
        moment_svc.moment_set_state(moment=moment, state=state)
    except ValidationError as exc:
        return HttpResponse(exc.messages[0], status=400)
    if request.htmx:
        return render(
            request,
            "logbook/video/_moment.html",
            {"moment": moment, "video": video, "can_write": True},
        )
    return redirect("videos:detail", pk=video.pk)


def _writable_moment(request, pk, moment_pk: int | None = None):
    video = video_get_for(request.user, pk, role=Role.CAREGIVER)
    if not can_edit_episode(video.subject, video.episode, request.user):
        raise Http404
    moment = get_object_or_404(Moment, video=video, pk=moment_pk) if moment_pk else None
    return video, moment


def _after_moment_change(request, video, action) -> HttpResponse:
    try:
        action()
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
    return redirect(reverse("videos:detail", kwargs={"pk": video.pk}) + "#moments-heading")


@login_required
@require_POST
def moment_add(request, pk):
    video, _moment = _writable_moment(request, pk)
    return _after_moment_change(
        request,
        video,
        lambda: moment_svc.moment_add(video=video, time_s=request.POST.get("time_s")),
    )


@login_required
@require_POST
def moment_move(request, pk, moment_pk: int):
    video, moment = _writable_moment(request, pk, moment_pk)
    return _after_moment_change(
        request,
        video,
        lambda: moment_svc.moment_move(moment=moment, time_s=request.POST.get("time_s")),
    )


@login_required
@require_POST
def moment_remove(request, pk, moment_pk: int):
    video, moment = _writable_moment(request, pk, moment_pk)
    return _after_moment_change(request, video, lambda: moment_svc.moment_remove(moment=moment))


@login_required
@require_POST
def apply(request, pk):
    video = video_get_for(request.user, pk, role=Role.CAREGIVER)
    if not can_edit_episode(video.subject, video.episode, request.user):
        raise Http404
    try:
        episode = moment_svc.video_apply_to_episode(
            video=video, episode=video.episode, user=request.user
        )
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
    else:
        if episode.cluster_count:
            messages.success(
                request,
                _("Episode updated: %(n)s jerks, about %(s)s seconds apart.")
                % {"n": episode.cluster_count, "s": episode.cluster_interval_seconds},
            )
        else:
            messages.success(request, _("Episode updated: a single jerk."))
    return redirect("videos:detail", pk=video.pk)


@login_required
@require_POST
def delete(request, pk):
    video = video_get_for(request.user, pk, role=Role.CAREGIVER)
    if not can_edit_episode(video.subject, video.episode, request.user):
        raise Http404
    moment_svc.video_delete(video=video)
    messages.success(request, _("Video deleted, with every copy we kept."))
    return redirect("logbook:episode_edit", subject_id=video.subject_id, pk=video.episode_id)
