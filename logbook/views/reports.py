"""Charts, the doctor's report (HTML and PDF), CSV export, "describe it"."""

from __future__ import annotations

import csv

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone

from .. import describe as describe_text
from ..choices import BodyPart, Pattern, SleepState, WokenStop, YesNoUnsure
from ..forms import FilterForm, RangeForm
from ..reporting import render_pdf, report_context
from ..selectors import chart_data, episodes_for_export, stats_for_range
from ..selectors.stats import labelled
from .common import article_url, subject_context, subject_for_request

CHART_DEFAULT_DAYS = 90
REPORT_DEFAULT_DAYS = 28


@login_required
def charts(request, subject_id: int):
    subject = subject_for_request(request, subject_id)
    form = FilterForm(request.GET or None)
    start, end = form.range(default_days=CHART_DEFAULT_DAYS, today=subject.local_today())
    filters = form.filters()
    stats = stats_for_range(
        subject,
        start=start,
        end=end,
        body_part=filters.get("body_part"),
        sleep_state=filters.get("sleep_state"),
    )
    data = chart_data(stats)
    hours = list(zip(data["perHour"]["labels"], data["perHour"]["counts"], strict=True))
    return render(
        request,
        "logbook/charts.html",
        {
            **subject_context(subject),
            "form": form,
            "start": start,
            "end": end,
            "stats": stats,
            "chart_json": data,
            "hours": [h for h in hours if h[1]],
            "parts": labelled(stats["part"], BodyPart.choices),
            "durations": list(
                zip(data["durations"]["labels"], data["durations"]["counts"], strict=True)
            ),
        },
    )


def _report_context(request, subject):
    form = RangeForm(request.GET or None)
    start, end = form.range(default_days=REPORT_DEFAULT_DAYS, today=subject.local_today())
    return {
        **subject_context(subject),
        **report_context(
            subject,
            start=start,
            end=end,
            article_url=request.build_absolute_uri(article_url()),
        ),
        "form": form,
    }


@login_required
def report(request, subject_id: int):
    subject = subject_for_request(request, subject_id)
    return render(request, "logbook/report.html", _report_context(request, subject))


@login_required
def report_pdf(request, subject_id: int):
    subject = subject_for_request(request, subject_id)
    context = _report_context(request, subject)
    html = render_to_string("logbook/report_pdf.html", context, request=request)
    pdf = render_pdf(html, base_url=request.build_absolute_uri("/"))
    response = HttpResponse(pdf, content_type="application/pdf")
    name = f"hypnic-report-{context['start']:%Y%m%d}-{context['end']:%Y%m%d}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


CSV_HEADER = [
    "started_at",
    "night_of",
    "duration_seconds",
    "sleep_state",
    "body_parts",
    "side",
    "pattern",
    "cluster_count",
    "cluster_interval_seconds",
    "intensity",
    "stopped_when_woken",
    "woke_up",
    "responsive",
    "signs",
    "triggers",
    "filmed",
    "notes",
    "logged_by",
]


def episode_csv_row(episode, tz) -> list:
    return [
        episode.started_at.astimezone(tz).isoformat(),
        episode.night_of.isoformat(),
        episode.duration_seconds if episode.duration_seconds is not None else "",
        episode.sleep_state,
        ";".join(episode.body_parts),
        episode.side,
        episode.pattern,
        episode.cluster_count if episode.cluster_count is not None else "",
        episode.cluster_interval_seconds if episode.cluster_interval_seconds is not None else "",
        episode.intensity or "",
        episode.stopped_when_woken,
        {True: "yes", False: "no"}.get(episode.woke_up, ""),
        episode.responsive,
        ";".join(episode.signs),
        ";".join(episode.triggers),
        "yes" if episode.filmed else "no",
        episode.notes,
        episode.created_by.handle if episode.created_by else "former caregiver",
    ]


def write_episodes_csv(subject, out) -> None:
    import zoneinfo

    tz = zoneinfo.ZoneInfo(subject.time_zone)
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for episode in episodes_for_export(subject).iterator(chunk_size=2000):
        writer.writerow(_safe_row(episode_csv_row(episode, tz)))


def _safe_row(row: list) -> list:
    # Spreadsheet formula injection: a cell starting with = + - @ is text.
    return [f"'{v}" if isinstance(v, str) and v[:1] in ("=", "+", "-", "@") else v for v in row]


@login_required
def export_csv(request, subject_id: int):
    subject = subject_for_request(request, subject_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.now().strftime("%Y%m%d")
    response["Content-Disposition"] = f'attachment; filename="logbook-{subject.pk}-{stamp}.csv"'
    write_episodes_csv(subject, response)
    return response


@login_required
def describe(request, subject_id: int):
    """An anonymised summary for a community question (no names, no dates)."""
    subject = subject_for_request(request, subject_id)
    form = RangeForm(request.GET or None)
    start, end = form.range(default_days=REPORT_DEFAULT_DAYS, today=subject.local_today())
    stats = stats_for_range(subject, start=start, end=end)
    totals = dict(stats["totals"], max_per_night=stats["max_per_night"])
    text = describe_text.summary_text(
        band=describe_text.age_band(subject.kind, subject.age_months()),
        days=stats["days"],
        totals=totals,
        parts=stats["part"],
        states=stats["state"],
        part_labels={k: str(v) for k, v in BodyPart.choices},
        state_labels={k: str(v) for k, v in SleepState.choices},
        median_seconds=totals.get("median_seconds"),
    )
    return render(
        request,
        "logbook/describe.html",
        {
            **subject_context(subject),
            "form": form,
            "start": start,
            "end": end,
            "text": text,
            "ask_url": describe_text.forum_ask_url(text),
        },
    )


# Labels for templates that show raw choice values.
CHOICE_LABELS = {
    "pattern": dict(Pattern.choices),
    "woken": dict(WokenStop.choices),
    "responsive": dict(YesNoUnsure.choices),
}
