from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts import hooks

from .. import services
from ..choices import Role
from ..forms import EpisodeForm
from ..selectors.access import episode_get_for
from .common import activate_zone, subject_context, subject_for_request


@login_required
@require_POST
def quick_log(request, subject_id: int):
    """One tap: "episode now". The refine screen follows."""
    subject = subject_for_request(request, subject_id, role=Role.CAREGIVER)
    episode = services.episode_create(subject=subject, user=request.user)
    return redirect(
        reverse("logbook:episode_edit", kwargs={"subject_id": subject.pk, "pk": episode.pk})
        + "?new=1"
    )


def _save(request, form, *, subject, episode=None):
    try:
        if episode is None:
            episode = services.episode_create(
                subject=subject, user=request.user, **form.service_fields()
            )
        else:
            services.episode_update(episode=episode, user=request.user, **form.service_fields())
    except ValidationError as exc:
        form.add_error(None, exc)
        return None
    return episode


@login_required
def episode_create(request, subject_id: int):
    subject = subject_for_request(request, subject_id, role=Role.CAREGIVER)
    form = EpisodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        episode = _save(request, form, subject=subject)
        if episode:
            messages.success(request, _("Episode saved."))
            return redirect("logbook:timeline", subject_id=subject.pk)
    return render(
        request,
        "logbook/episode_form.html",
        {**subject_context(subject), "form": form, "creating": True},
    )


@login_required
def episode_edit(request, subject_id: int, pk: int):
    episode = episode_get_for(request.user, subject_id, pk, write=True)
    subject = activate_zone(episode.subject)
    form = EpisodeForm(request.POST or None, instance=episode)
    if (
        request.method == "POST"
        and form.is_valid()
        and _save(request, form, subject=subject, episode=episode)
    ):
        messages.success(request, _("Episode saved."))
        return redirect("logbook:timeline", subject_id=subject.pk)
    return render(
        request,
        "logbook/episode_form.html",
        {
            **subject_context(subject),
            "form": form,
            "episode": episode,
            "just_logged": request.GET.get("new") == "1",
            "sections": hooks.sections(hooks.EPISODE_SECTION, subject, episode=episode),
        },
    )


@login_required
@require_POST
def episode_delete(request, subject_id: int, pk: int):
    episode = episode_get_for(request.user, subject_id, pk, write=True)
    services.episode_delete(episode=episode, user=request.user)
    messages.success(request, _("Episode deleted. You can undo this for 10 minutes."))
    return redirect("logbook:timeline", subject_id=subject_id)


@login_required
@require_POST
def episode_restore(request, subject_id: int, pk: int):
    episode = episode_get_for(request.user, subject_id, pk, write=True, deleted=True)
    try:
        services.episode_restore(episode=episode, user=request.user)
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
    else:
        messages.success(request, _("Episode restored."))
    return redirect("logbook:timeline", subject_id=subject_id)
