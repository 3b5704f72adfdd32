"""Nights (bedtime, wake time) and the medicines timeline."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import services
from ..choices import Role
from ..forms import MedicineForm, NightForm
from ..selectors.access import medicine_get_for
from ..selectors.timeline import medicines_for, nights_recent
from .common import subject_context, subject_for_request

NIGHTS_SHOWN = 30


@login_required
def nights(request, subject_id: int):
    """Recent nights with bedtimes; caregivers and owners can set one."""
    role = Role.CAREGIVER if request.method == "POST" else Role.VIEWER
    subject = subject_for_request(request, subject_id, role=role)
    form = NightForm(
        request.POST or None,
        subject=subject,
        initial={"night_of": request.GET.get("night") or subject.local_today()},
    )
    if request.method == "POST" and form.is_valid():
        bedtime, wake_time = form.instants()
        try:
            services.night_set(
                subject=subject,
                user=request.user,
                night_of=form.cleaned_data["night_of"],
                bedtime=bedtime,
                wake_time=wake_time,
                notes=form.cleaned_data["notes"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Night saved."))
            return redirect("logbook:nights", subject_id=subject.pk)
    rows = nights_recent(subject, limit=NIGHTS_SHOWN)
    return render(
        request,
        "logbook/nights.html",
        {**subject_context(subject), "form": form, "nights": rows},
    )


@login_required
def medicines(request, subject_id: int):
    role = Role.CAREGIVER if request.method == "POST" else Role.VIEWER
    subject = subject_for_request(request, subject_id, role=role)
    form = MedicineForm(request.POST or None, initial={"date": subject.local_today()})
    if request.method == "POST" and form.is_valid():
        try:
            services.medicine_create(subject=subject, user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Added to the medicines timeline."))
            return redirect("logbook:medicines", subject_id=subject.pk)
    return render(
        request,
        "logbook/medicines.html",
        {**subject_context(subject), "form": form, "events": medicines_for(subject)},
    )


@login_required
@require_POST
def medicine_delete(request, subject_id: int, pk: int):
    event = medicine_get_for(request.user, subject_id, pk)
    services.medicine_delete(event=event)
    messages.success(request, _("Removed from the medicines timeline."))
    return redirect("logbook:medicines", subject_id=subject_id)
