"""Clinician share links: the owner's page, and the clinician's (no account)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from logbook.choices import Role
from logbook.reporting import report_context
from logbook.selectors.access import subject_get_for
from logbook.views.common import activate_zone, article_url, subject_context

from .. import delivery
from ..choices import MomentState
from ..forms import NoteForm, PasscodeForm, ShareLinkForm
from ..selectors import (
    ready_videos,
    share_link_by_token,
    share_link_get_for_owner,
    share_links_for_owner,
    shared_video_get,
    shared_videos,
)
from ..services import moments as services_moments
from ..services import sharing
from .watch import MEDIA_TYPES, media_name

SESSION_KEY = "video-share-open:{pk}"


def _client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "")


@login_required
def shares(request, subject_id: int):
    """The owner's links: create one, see who opened each, read notes, revoke."""
    subject = activate_zone(subject_get_for(request.user, subject_id, role=Role.OWNER))
    videos = ready_videos(subject)
    today = subject.local_today()
    form = ShareLinkForm(
        request.POST or None,
        videos=videos,
        initial={"report_start": today - timezone.timedelta(days=27), "report_end": today},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            link, token = sharing.share_link_create(
                subject=subject,
                user=request.user,
                videos=list(data["videos"]),
                report_start=data["report_start"],
                report_end=data["report_end"],
                days=data["days"],
                passcode=data["passcode"],
                label=data["label"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            url = request.build_absolute_uri(reverse("share:page", kwargs={"token": token}))
            return render(
                request,
                "logbook/video/share_created.html",
                {**subject_context(subject), "link": link, "url": url},
            )
    return render(
        request,
        "logbook/video/shares.html",
        {**subject_context(subject), "form": form, "links": share_links_for_owner(subject)},
    )


@login_required
@require_POST
def share_revoke(request, subject_id: int, pk: int):
    link = share_link_get_for_owner(request.user, subject_id, pk)
    sharing.share_link_revoke(link=link)
    messages.success(request, _("The link is revoked. It no longer opens anything."))
    return redirect("videos:shares", subject_id=subject_id)


# --- the clinician's side (no account) ---------------------------------------


def _unlocked(request, link) -> bool:
    return not link.passcode_hash or request.session.get(SESSION_KEY.format(pk=link.pk)) is True


def _report_context(request, link) -> dict:
    return report_context(
        link.subject,
        start=link.report_start,
        end=link.report_end,
        article_url=request.build_absolute_uri(article_url()),
        compare_earlier=False,  # a link shows its period and nothing from before it
        other_sections=False,  # its own list of the videos it shares stands instead
    )


def page(request, token: str):
    link = share_link_by_token(token)
    activate_zone(link.subject)
    if not _unlocked(request, link):
        form = PasscodeForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                sharing.share_passcode_check(
                    link=link, passcode=form.cleaned_data["passcode"], ip=_client_ip(request)
                )
            except ValidationError as exc:
                form.add_error("passcode", exc)
            else:
                request.session.cycle_key()
                request.session[SESSION_KEY.format(pk=link.pk)] = True
                return redirect("share:page", token=token)
        return render(request, "logbook/video/shared_passcode.html", {"form": form})
    sharing.share_access_log(
        link=link, ip=_client_ip(request), user_agent=request.headers.get("User-Agent", "")
    )
    videos = shared_videos(link)
    for index, video in enumerate(videos):
        moments = [m for m in video.moments.all() if m.state != MomentState.DISMISSED]
        video.live_moments = moments
        video.strip_id = f"motion-strip-{index}"
        video.motion_strip_data = {
            "strip": video.motion_strip,
            "duration": video.duration_s or 0,
            "moments": [m.time_s for m in moments],
        }
        video.note_form = NoteForm(auto_id=f"note-{index}-%s")
        video.counts = services_moments.moment_counts(list(video.moments.all()))
    context = {"link": link, "token": token, "videos": videos}
    if link.has_report:
        context.update(_report_context(request, link))
    return render(request, "logbook/video/shared.html", context)


@require_GET
def shared_media(request, token: str, pk, kind: str):
    link = share_link_by_token(token)
    if kind not in MEDIA_TYPES or not _unlocked(request, link):
        raise Http404
    name = media_name(shared_video_get(link, pk), kind)
    if not name:
        raise Http404
    return delivery.serve(request, name, MEDIA_TYPES[kind])


@require_POST
def shared_note(request, token: str, pk):
    link = share_link_by_token(token)
    if not _unlocked(request, link):
        raise Http404
    video = shared_video_get(link, pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            sharing.clinician_note_add(
                link=link,
                video=video,
                text=form.cleaned_data["text"],
                author_name=form.cleaned_data["author_name"],
            )
        except ValidationError as exc:
            messages.error(request, exc.messages[0])
        else:
            sharing.share_access_log(
                link=link,
                ip=_client_ip(request),
                user_agent=request.headers.get("User-Agent", ""),
                what="note",
            )
            messages.success(request, _("Thank you. The family will see your note."))
    else:
        messages.error(request, str(sharing.NOTE_EMPTY))
    return redirect(reverse("share:page", kwargs={"token": token}) + f"#video-{video.pk}")
