"""Charts, the doctor's report (HTML and PDF), CSV export, "describe it"."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone

from .. import describe as describe_text
from ..choices import BodyPart, SleepState
from ..csv_export import write_episodes_csv
from ..forms import FilterForm, RangeForm
from ..reporting import render_pdf, report_context
from ..selectors.stats import chart_data, labelled, stats_for_range
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
