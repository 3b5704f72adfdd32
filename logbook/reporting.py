"""The doctor's report: server-drawn SVG charts (matplotlib, Agg) and the PDF (WeasyPrint).

The printable page and the PDF come from the same template body, so what the
family sees is what the doctor gets. Charts are embedded as data: URIs (an
<img> with an SVG), which the CSP allows and WeasyPrint renders.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path

from django.conf import settings
from django.core.cache import cache

from .selectors.stats import CACHE_SECONDS, chart_data

_CSS_PATH = Path(settings.BASE_DIR) / "static" / "css" / "logbook.css"
INK = "#1f2937"
BAR = "#3b6fb6"
TREND = "#c2410c"


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    pyplot.rcParams.update(
        {
            "svg.fonttype": "none",
            "font.size": 9,
            "axes.edgecolor": INK,
            "axes.labelcolor": INK,
            "xtick.color": INK,
            "ytick.color": INK,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    )
    return pyplot


def _svg_uri(fig, pyplot) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    pyplot.close(fig)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


def _count_axis(axis, counts) -> None:
    """An axis of episode counts: whole numbers from 0, never below it (an empty
    chart would otherwise run from -0.04 to 0.04 with fractional ticks)."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=1))
    top = max([1, *counts])
    if axis.axis_name == "x":
        axis.axes.set_xlim(0, top * 1.05)
    else:
        axis.axes.set_ylim(0, top * 1.05)


def _bar(pyplot, labels, counts, *, title, horizontal=False, rotate=0):
    fig, ax = pyplot.subplots(figsize=(3.6, 2.4))
    positions = list(range(len(labels)))
    if horizontal:
        ax.barh(positions, counts, color=BAR)
        ax.set_yticks(positions, labels)
        ax.invert_yaxis()
        _count_axis(ax.xaxis, counts)
    else:
        _count_axis(ax.yaxis, counts)
        ax.bar(positions, counts, color=BAR)
        step = max(1, len(labels) // 12)
        ax.set_xticks(positions[::step], labels[::step])
        if rotate:
            ax.tick_params(axis="x", labelrotation=rotate)
    ax.set_title(title, fontsize=10, color=INK)
    return fig


def report_charts(subject, stats: dict, titles: dict[str, str]) -> dict[str, str]:
    """Four SVG charts as data: URIs, cached under the subject's version."""
    key = f"logbook:report-svg:{subject.pk}:{subject.version}:{stats['start']}:{stats['end']}"
    charts = cache.get(key)
    if charts is not None:
        return charts
    pyplot = _pyplot()
    data = chart_data(stats)
    per_night = data["perNight"]
    fig, ax = pyplot.subplots(figsize=(7.4, 2.4))
    xs = list(range(len(per_night["labels"])))
    ax.bar(xs, per_night["counts"], color=BAR, label=titles["bars"])
    ax.plot(xs, per_night["trend"], color=TREND, linewidth=2, label=titles["trend"])
    _count_axis(ax.yaxis, per_night["counts"])
    step = max(1, len(xs) // 8)
    ax.set_xticks(xs[::step], [label[5:] for label in per_night["labels"][::step]])
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    ax.set_title(titles["per_night"], fontsize=10, color=INK)
    charts = {"per_night": _svg_uri(fig, pyplot)}
    hours = data["perHour"]
    fig = _bar(pyplot, [h[:2] for h in hours["labels"]], hours["counts"], title=titles["per_hour"])
    charts["per_hour"] = _svg_uri(fig, pyplot)
    parts = data["bodyParts"]
    fig = _bar(pyplot, parts["labels"], parts["counts"], title=titles["parts"], horizontal=True)
    charts["parts"] = _svg_uri(fig, pyplot)
    durations = data["durations"]
    fig = _bar(pyplot, durations["labels"], durations["counts"], title=titles["durations"])
    charts["durations"] = _svg_uri(fig, pyplot)
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
