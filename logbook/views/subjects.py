from __future__ import annotations

import calendar as pycalendar
import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from .. import services
from ..choices import Role
from ..flags import red_flags
from ..forms import FilterForm, SubjectForm
from ..selectors.access import subjects_for
from ..selectors.stats import calendar_counts, flag_counts_all_time
from ..selectors.timeline import recently_deleted, timeline_page
from .common import article_url, subject_context, subject_for_request


@login_required
def index(request):
    """The logbook home: each logbook with its one-tap "episode now" button."""
    subjects = list(subjects_for(request.user))
    return render(
        request,
        "logbook/index.html",
        {"subjects": subjects, "loggable": (Role.OWNER, Role.CAREGIVER)},
    )


@login_required
def subject_create(request):
    form = SubjectForm(request.POST or None, initial={"time_zone": request.user.time_zone})
    if request.method == "POST" and form.is_valid():
        try:
            subject = services.subject_create(user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Logbook created. Log the first episode any time."))
            return redirect("logbook:timeline", subject_id=subject.pk)
    return render(request, "logbook/subject_form.html", {"form": form, "creating": True})


@login_required
def subject_edit(request, subject_id: int):
    subject = subject_for_request(request, subject_id, role=Role.OWNER)
    form = SubjectForm(request.POST or None, instance=subject)
    if request.method == "POST" and form.is_valid():
        try:
            services.subject_update(subject=subject, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Logbook saved."))
            return redirect("logbook:timeline", subject_id=subject.pk)
    return render(request, "logbook/subject_form.html", {"form": form, **subject_context(subject)})


@login_required
def subject_delete(request, subject_id: int):
    subject = subject_for_request(request, subject_id, role=Role.OWNER)
    if request.method == "POST":
        services.subject_delete(subject=subject)
        messages.success(request, _("The logbook and all its entries were deleted."))
        return redirect("logbook:index")
    return render(request, "logbook/subject_delete.html", subject_context(subject))


@login_required
def timeline(request, subject_id: int):
    subject = subject_for_request(request, subject_id)
    form = FilterForm(request.GET or None)
    # Lazy: the template caches the rendered nights per subject version, and on a
    # cache hit these queries never run.
    data = SimpleLazyObject(
        lambda: timeline_page(subject, filters=form.filters(), page_number=request.GET.get("page"))
    )
    page = SimpleLazyObject(lambda: data[0])
    groups = SimpleLazyObject(lambda: data[1])
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "logbook/timeline.html",
        {
            **subject_context(subject),
            "form": form,
            "page": page,
            "groups": groups,
            "query": query.urlencode(),
            "flags": red_flags(flag_counts_all_time(subject)),
            "article_url": article_url(),
            "deleted": recently_deleted(subject, request.user),
        },
    )


def _level(count: int) -> int:
    if count <= 0:
        return 0
    if count == 1:
        return 1
    if count <= 3:
        return 2
    if count <= 6:
        return 3
    return 4


@login_required
def calendar(request, subject_id: int):
    """A heat map of episode counts: one month grid per month of a year."""
    subject = subject_for_request(request, subject_id)
    today = subject.local_today()
    try:
        year = int(request.GET.get("year", today.year))
    except ValueError:
        year = today.year
    year = min(max(year, 1900), today.year + 1)
    counts = calendar_counts(subject, year=year)
    cal = pycalendar.Calendar(firstweekday=0)
    months = []
    for month in range(1, 13):
        weeks = []
        for week in cal.monthdatescalendar(year, month):
            weeks.append(
                [
                    {
                        "date": day,
                        "count": counts.get(day, 0),
                        "level": _level(counts.get(day, 0)),
                    }
                    if day.month == month
                    else None
                    for day in week
                ]
            )
        months.append({"date": dt.date(year, month, 1), "weeks": weeks})
    total = sum(counts.values())
    return render(
        request,
        "logbook/calendar.html",
        {
            **subject_context(subject),
            "year": year,
            "months": months,
            "total": total,
            "nights_with": len(counts),
            "weekdays": [dt.date(2024, 1, d).strftime("%a") for d in range(1, 8)],
            "previous_year": year - 1,
            "next_year": year + 1 if year < today.year else None,
        },
    )
