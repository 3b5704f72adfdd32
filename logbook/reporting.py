"""The doctor's report: server-drawn SVG charts (pygal) and the PDF (WeasyPrint).

The printable page and the PDF come from the same template body, so what the
family sees is what the doctor gets. Charts are embedded as data: URIs (an
<img> with an SVG), which the CSP allows and WeasyPrint renders.
"""

from __future__ import annotations

import base64
from pathlib import Path

from django.conf import settings
from django.core.cache import cache

from .selectors.stats import CACHE_SECONDS, chart_data

_CSS_PATH = Path(settings.BASE_DIR) / "static" / "css" / "logbook.css"
INK = "#1f2937"
BAR = "#3b6fb6"
TREND = "#c2410c"


def _style():
    from pygal.style import Style

    return Style(
        background="white",
        plot_background="white",
        foreground=INK,
        foreground_strong=INK,
        foreground_subtle="#d1d5db",
        colors=(BAR, TREND),
        font_family="DejaVu Sans, Helvetica, Arial, sans-serif",
        title_font_size=13,
        label_font_size=11,
        major_label_font_size=11,
        legend_font_size=11,
        opacity="1",
        opacity_hover="1",
    )


def _count_ticks(counts) -> list[int]:
    """Ticks of an axis of episode counts: whole numbers from 0 past the largest
    count, about five of them (an empty chart gets 0 and 1, not -0.04 to 0.04)."""
    top = max([1, *counts])
    step = -(-top // 5)
    return list(range(0, top + step, step))


def _chart(kind: str, *, title: str, labels, counts, width: int, major_every: int = 1, **extra):
    """A pygal chart of episode counts per label, with a whole-number axis from 0."""
    import pygal

    ticks = _count_ticks(counts)
    chart = getattr(pygal, kind)(
        style=_style(),
        width=width,
        height=240,
        js=[],  # the SVG sits in an <img>: no script would run
        disable_xml_declaration=True,
        range=(0, ticks[-1]),
        y_labels=ticks,
        x_labels=list(labels),
        x_labels_major=list(labels)[::major_every],
        show_minor_x_labels=major_every == 1,
        truncate_label=-1,
        margin=8,
        **{"show_legend": False, **extra},
    )
    chart.title = title
    return chart


def _svg_uri(chart) -> str:
    svg = chart.render(is_unicode=True)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def report_charts(subject, stats: dict, titles: dict[str, str]) -> dict[str, str]:
    """Four SVG charts as data: URIs, cached under the subject's version.

    Drawn with pygal: a report is opened right after an episode is logged, which
    changes its charts, and matplotlib took about 240 ms to draw these four."""
    key = f"logbook:report-svg:{subject.pk}:{subject.version}:{stats['start']}:{stats['end']}"
    charts = cache.get(key)
    if charts is not None:
        return charts
    data = chart_data(stats)
    per_night = data["perNight"]
    night = _chart(
        "Line",
        title=titles["per_night"],
        labels=[label[5:] for label in per_night["labels"]],
        counts=per_night["counts"],
        width=560,
        major_every=max(1, len(per_night["labels"]) // 8),
        show_legend=True,
        legend_at_bottom=True,
        legend_at_bottom_columns=2,
    )
    night.add(titles["bars"], per_night["counts"], stroke=False, dots_size=4)
    night.add(titles["trend"], per_night["trend"], show_dots=False, stroke_style={"width": 3})
    hours = data["perHour"]
    parts = data["bodyParts"]
    durations = data["durations"]
    charts = {"per_night": _svg_uri(night)}
    for name, kind, values, labels, extra in (
        ("per_hour", "Bar", hours, [h[:2] for h in hours["labels"]], {"major_every": 2}),
        ("parts", "HorizontalBar", parts, parts["labels"], {}),
        ("durations", "Bar", durations, durations["labels"], {}),
    ):
        chart = _chart(
            kind, title=titles[name], labels=labels, counts=values["counts"], width=360, **extra
        )
        chart.add(titles["bars"], values["counts"])
        charts[name] = _svg_uri(chart)
    cache.set(key, charts, CACHE_SECONDS)
    return charts


def render_pdf(html: str, *, base_url: str) -> bytes:
    from weasyprint import CSS, HTML

    return HTML(string=html, base_url=base_url).write_pdf(
        stylesheets=[CSS(filename=str(_CSS_PATH))]
    )


def report_context(
    subject,
    *,
    start,
    end,
    article_url: str,
    compare_earlier: bool = True,
    other_sections: bool = True,
) -> dict:
    """Everything the doctor's report shows for a date range (HTML, PDF, share link).

    A share link passes ``compare_earlier=False`` (it shows only its own period) and
    ``other_sections=False`` (it lists only the videos it shares, itself).
    """
    from django.utils import timezone
    from django.utils.translation import gettext as _

    from accounts import hooks

    from .choices import BodyPart, Sign, SleepState, Trigger
    from .flags import nothing_stood_out, red_flags
    from .selectors.stats import labelled, report_data

    data = report_data(subject, start=start, end=end, compare_earlier=compare_earlier)
    stats = data["stats"]
    totals = stats["totals"]
    titles = {
        "per_night": _("Episodes per night"),
        "bars": _("episodes"),
        "trend": _("7-night average"),
        "per_hour": _("Time of night (hour)"),
        "parts": _("Body parts"),
        "durations": _("Durations"),
    }
    return {
        "subject": subject,
        "start": start,
        "end": end,
        "stats": stats,
        "totals": totals,
        "age_months": subject.age_months(),
        "average": round(totals["episodes"] / stats["days"], 1) if stats["days"] else 0,
        "parts": labelled(stats["part"], BodyPart.choices),
        "states": labelled(stats["state"], SleepState.choices),
        "signs": labelled(stats["sign"], Sign.choices),
        "triggers": labelled(stats["trigger"], Trigger.choices),
        "flags": red_flags(totals),
        "nothing_stood_out": nothing_stood_out(),
        "article_url": article_url,
        "charts": report_charts(subject, stats, titles),
        "generated_at": timezone.now(),
        "sections": (
            hooks.sections(hooks.REPORT_SECTION, subject, start=start, end=end)
            if other_sections
            else []
        ),
        **data,
    }
