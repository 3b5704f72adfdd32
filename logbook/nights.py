"""Night arithmetic: which evening an episode belongs to, minutes after bedtime.

Pure Python (no Django), tested without a database. A night is named by the
date of the evening it began ("night of"): anything before the cut-off hour
(local time in the subject's zone) belongs to the previous evening, so an
episode at 02:30 on 5 March is part of the night of 4 March.

All arithmetic on instants is done in UTC (aware datetimes), and only the
conversion to a *local wall-clock date/hour* uses the zone, so daylight-saving
changes never make a night gain or lose episodes, and "minutes after bedtime"
is real elapsed time (a spring-forward night is one hour shorter on the clock
but not in the child's sleep).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

# Before this local hour, an instant belongs to the previous evening's night.
NIGHT_CUTOFF_HOUR = 12


def _zone(tz: str | dt.tzinfo) -> dt.tzinfo:
    return ZoneInfo(tz) if isinstance(tz, str) else tz


def night_of(
    instant: dt.datetime, tz: str | dt.tzinfo, *, cutoff_hour: int = NIGHT_CUTOFF_HOUR
) -> dt.date:
    """The "night of" date of an aware instant in the zone `tz`."""
    if instant.tzinfo is None:
        raise ValueError("night_of needs an aware datetime")
    local = instant.astimezone(_zone(tz))
    if local.hour < cutoff_hour:
        return local.date() - dt.timedelta(days=1)
    return local.date()


def night_bounds(
    night: dt.date, tz: str | dt.tzinfo, *, cutoff_hour: int = NIGHT_CUTOFF_HOUR
) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of a night as aware UTC instants (local cut-off to cut-off).

    Across a daylight-saving change the span is 23 or 25 hours long.
    """
    zone = _zone(tz)
    start = dt.datetime.combine(night, dt.time(cutoff_hour), tzinfo=zone)
    end = dt.datetime.combine(night + dt.timedelta(days=1), dt.time(cutoff_hour), tzinfo=zone)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def minutes_after(bedtime: dt.datetime | None, instant: dt.datetime) -> int | None:
    """Whole minutes of real time from bedtime to the instant (None if unknown or before)."""
    if bedtime is None:
        return None
    # Subtracting two datetimes that share a tzinfo is wall-clock arithmetic
    # in Python; in UTC it is elapsed time, which is what a night lasts.
    delta = instant.astimezone(dt.UTC) - bedtime.astimezone(dt.UTC)
    if delta < dt.timedelta(0):
        return None
    return int(delta.total_seconds() // 60)


def local_on_night(
    night: dt.date, clock: dt.time, tz: str | dt.tzinfo, *, cutoff_hour: int = NIGHT_CUTOFF_HOUR
) -> dt.datetime:
    """The aware instant at wall-clock `clock` during the night of `night`.

    A time before the cut-off is on the next calendar day (a wake time of
    06:45 on the night of 4 March is 5 March 06:45). A wall-clock time that
    does not exist (skipped by spring-forward) is moved forward by the gap;
    an ambiguous one (fall-back) is the first occurrence.
    """
    zone = _zone(tz)
    day = night if clock.hour >= cutoff_hour else night + dt.timedelta(days=1)
    naive = dt.datetime.combine(day, clock)
    aware = naive.replace(tzinfo=zone, fold=0)
    # Round-trip through UTC normalises a non-existent local time.
    return aware.astimezone(dt.UTC).astimezone(zone)


def age_in_months(birth_year: int | None, birth_month: int | None, today: dt.date) -> int | None:
    if not birth_year:
        return None
    month = birth_month or 7  # mid-year when only the year is known
    months = (today.year - birth_year) * 12 + (today.month - month)
    return max(months, 0)


def rolling_mean(values: list[int], window: int = 7) -> list[float]:
    """Trailing mean over `window` points (fewer at the start), rounded to 2 places."""
    out: list[float] = []
    total = 0
    for i, value in enumerate(values):
        total += value
        if i >= window:
            total -= values[i - window]
        out.append(round(total / min(i + 1, window), 2))
    return out


def date_range(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


# A per-night chart shows at least this many nights, even with fewer nights of data.
CHART_MIN_NIGHTS = 14


def chart_start(counts: list[int], *, min_nights: int = CHART_MIN_NIGHTS) -> int:
    """Index of the first night a per-night chart shows.

    The chart spans the nights with data (from the first night with an episode to
    the end of the range), or the last `min_nights` nights when that is shorter,
    so three nights of data are not lost in a 90-night axis of empty days.
    """
    first = next((i for i, count in enumerate(counts) if count), len(counts))
    return max(0, min(first, len(counts) - min_nights))
