"""The charts of the doctor's report and the charts page: a sensible span, whole-number
axes from zero, even for an empty chart."""

from __future__ import annotations

import base64
import datetime as dt
import re

import pytest

from logbook import services
from logbook.reporting import report_charts
from logbook.selectors.stats import chart_data, stats_for_range

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_nights(subject, owner):
    """Three nights with an episode each (quick logs: no duration), in a 90-night range."""
    today = subject.local_today()
    for days_ago in (1, 2, 4):
        started = dt.datetime.combine(today - dt.timedelta(days=days_ago), dt.time(21, 30))
        services.episode_create(
            subject=subject,
            user=owner,
            started_at=started.replace(tzinfo=dt.UTC),
        )
    return stats_for_range(subject, start=today - dt.timedelta(days=89), end=today)


def _tick_labels(uri: str) -> list[str]:
    svg = base64.b64decode(uri.split(",", 1)[1]).decode()
    # Axis labels and titles are <text> elements of the SVG.
    return [t.strip() for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]


def test_the_per_night_chart_spans_the_last_two_weeks_not_ninety_nights(three_nights):
    data = chart_data(three_nights)["perNight"]
    assert len(data["labels"]) == 14
    assert sum(data["counts"]) == 3
    assert len(data["trend"]) == 14


def test_report_axes_are_whole_numbers_from_zero(subject, three_nights):
    charts = report_charts(
        subject,
        three_nights,
        dict.fromkeys(("per_night", "bars", "trend", "per_hour", "parts", "durations"), "t"),
    )
    for name, uri in charts.items():
        labels = _tick_labels(uri)
        numbers = [
            label.replace("\u2212", "-")
            for label in labels
            if re.fullmatch(r"[\u2212-]?\d+(\.\d+)?", label)
        ]
        assert all("." not in n for n in numbers), (name, numbers)
        assert all(not n.startswith("-") for n in numbers), (name, numbers)
    # The durations chart is empty (quick logs have no duration): 0 and 1, nothing below.
    assert "0" in _tick_labels(charts["durations"])
