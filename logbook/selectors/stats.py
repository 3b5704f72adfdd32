"""Aggregates for charts, the heat map and the report, computed in SQL.

A range's figures take three queries (totals with conditional counts, counts
per night, counts per local hour) and are cached per subject under the
subject's `version`, which every write bumps, so a cached figure is never stale.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.core.cache import cache
from django.db.models import Aggregate, Count, FloatField, Max, Q
from django.db.models.functions import ExtractHour

from .. import flags, nights
from ..choices import (
    DURATION_BUCKETS,
    BodyPart,
    MedicineChange,
    Sign,
    SleepState,
    Trigger,
    WokenStop,
)
from ..models import Episode, MedicineEvent, Subject

CACHE_SECONDS = 60 * 60
NOTABLE_LIMIT = 12


class Median(Aggregate):
    function = "percentile_cont"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()


def _aggregates() -> dict:
    aggs = {
        "episodes": Count("id"),
        "nights": Count("night_of", distinct=True),
        "filmed": Count("id", filter=Q(filmed=True)),
        "clusters": Count("id", filter=Q(pattern="cluster")),
        "woken_yes": Count("id", filter=Q(stopped_when_woken=WokenStop.YES)),
        "woken_not_tried": Count("id", filter=Q(stopped_when_woken=WokenStop.NOT_TRIED)),
        "woke_up": Count("id", filter=Q(woke_up=True)),
        "strong": Count("id", filter=Q(intensity__gte=4)),
        "with_duration": Count("id", filter=Q(duration_seconds__isnull=False)),
        "median_seconds": Median("duration_seconds"),
        "max_seconds": Max("duration_seconds"),
    }
    for code, condition in flags.count_filters().items():
        aggs[code] = Count("id", filter=condition)
    for part in BodyPart.values:
        aggs[f"part__{part}"] = Count("id", filter=Q(body_parts__contains=[part]))
    for state in SleepState.values:
        aggs[f"state__{state}"] = Count("id", filter=Q(sleep_state=state))
    for sign in Sign.values:
        aggs[f"sign__{sign}"] = Count("id", filter=Q(signs__contains=[sign]))
    for trigger in Trigger.values:
        aggs[f"trigger__{trigger}"] = Count("id", filter=Q(triggers__contains=[trigger]))
    for key, _label, low, high in DURATION_BUCKETS:
        condition = Q(duration_seconds__gte=low)
        if high is not None:
            condition &= Q(duration_seconds__lt=high)
        aggs[f"duration__{key}"] = Count("id", filter=condition)
    return aggs


def _split(row: dict) -> dict:
    out: dict = {"totals": {}, "part": {}, "state": {}, "sign": {}, "trigger": {}, "duration": {}}
    for key, value in row.items():
        if "__" in key:
            group, name = key.split("__", 1)
            out[group][name] = value or 0
        else:
            out["totals"][key] = value
    median = out["totals"].get("median_seconds")
    out["totals"]["median_seconds"] = round(median) if median is not None else None
    return out


def _compute(subject: Subject, start: dt.date, end: dt.date, filters: dict) -> dict:
    qs = Episode.objects.filter(subject=subject).alive().filtered(start=start, end=end, **filters)
    result = _split(qs.aggregate(**_aggregates()))
    per_night = dict(
        qs.order_by().values("night_of").annotate(n=Count("id")).values_list("night_of", "n")
    )
    days = nights.date_range(start, end)
    counts = [per_night.get(d, 0) for d in days]
    hour_expr = ExtractHour("started_at", tzinfo=ZoneInfo(subject.time_zone))
    per_hour = dict(
        qs.order_by()
        .annotate(h=hour_expr)
        .values("h")
        .annotate(n=Count("id"))
        .values_list("h", "n")
    )
    hours = [(nights.NIGHT_CUTOFF_HOUR + i) % 24 for i in range(24)]
    result.update(
        start=start.isoformat(),
        end=end.isoformat(),
        days=len(days),
        per_night={
            "dates": [d.isoformat() for d in days],
            "counts": counts,
            "trend": nights.rolling_mean(counts, 7),
        },
        per_hour={"hours": hours, "counts": [per_hour.get(h, 0) for h in hours]},
        max_per_night=max(counts) if counts else 0,
        busiest_night=(
            days[counts.index(max(counts))].isoformat() if counts and max(counts) else None
        ),
    )
    return result


def stats_for_range(
    subject: Subject,
    *,
    start: dt.date,
    end: dt.date,
    body_part: str | None = None,
    sleep_state: str | None = None,
) -> dict:
    """Figures for nights start..end (inclusive); cached under the subject's version."""
    filters = {"body_part": body_part or None, "sleep_state": sleep_state or None}
    key = (
        f"logbook:stats:{subject.pk}:{subject.version}:{start}:{end}:"
        f"{filters['body_part']}:{filters['sleep_state']}"
    )
    data = cache.get(key)
    if data is None:
        data = _compute(subject, start, end, filters)
        cache.set(key, data, CACHE_SECONDS)
    return data


def chart_data(stats: dict) -> dict:
    """What the Chart.js script draws (labels translated here, not cached)."""
    per_night = stats["per_night"]
    first = nights.chart_start(per_night["counts"])
    return {
        "perNight": {
            "labels": per_night["dates"][first:],
            "counts": per_night["counts"][first:],
            "trend": per_night["trend"][first:],
        },
        "perHour": {
            "labels": [f"{h:02d}:00" for h in stats["per_hour"]["hours"]],
            "counts": stats["per_hour"]["counts"],
        },
        "bodyParts": {
            "labels": [str(label) for _v, label in BodyPart.choices],
            "counts": [stats["part"].get(v, 0) for v in BodyPart.values],
        },
        "durations": {
            "labels": [str(label) for _k, label, _lo, _hi in DURATION_BUCKETS],
            "counts": [stats["duration"].get(k, 0) for k, *_rest in DURATION_BUCKETS],
        },
    }


def labelled(counts: dict, choices) -> list[tuple[str, int]]:
    """(label, count) for each choice with a count, largest first."""
    labels = dict(choices)
    items = [(str(labels[k]), n) for k, n in counts.items() if n and k in labels]
    return sorted(items, key=lambda item: -item[1])


def flag_counts_all_time(subject: Subject) -> dict[str, int]:
    """Red-flag counts over the whole log (one query, cached by version)."""
    key = f"logbook:flags:{subject.pk}:{subject.version}"
    data = cache.get(key)
    if data is None:
        data = (
            Episode.objects.filter(subject=subject)
            .alive()
            .aggregate(
                **{code: Count("id", filter=cond) for code, cond in flags.count_filters().items()}
            )
        )
        cache.set(key, data, CACHE_SECONDS)
    return data


def calendar_counts(subject: Subject, *, year: int) -> dict[dt.date, int]:
    """Episode counts per night of one year (one query)."""
    return dict(
        Episode.objects.filter(subject=subject, night_of__year=year)
        .alive()
        .order_by()
        .values("night_of")
        .annotate(n=Count("id"))
        .values_list("night_of", "n")
    )


@dataclass
class MedicineInPeriod:
    """One medicine taken during a report's period, as the family recorded it.

    ``already_taking``: started (or changed) before the period and not stopped
    before it began -- only its name is shown, never the earlier dates or notes.
    ``events``: what was recorded inside the period (dates, changes, notes).
    """

    name: str
    already_taking: bool = False
    events: list[MedicineEvent] = field(default_factory=list)


def medicines_during(
    events: list[MedicineEvent], *, start: dt.date, end: dt.date
) -> list[MedicineInPeriod]:
    """The medicines taken during start..end, from events in date order.

    A medicine (by name, ignoring case and spaces) counts if it was being taken
    when the period began or has an event inside it. Anything recorded only
    before the period (a medicine stopped earlier) or after it is left out.
    """
    found: dict[str, MedicineInPeriod] = {}
    for event in events:
        key = " ".join(event.name.lower().split())
        if event.date < start:
            taking = event.change != MedicineChange.STOPPED
            if taking:
                found[key] = MedicineInPeriod(name=event.name, already_taking=True)
            else:
                found.pop(key, None)
        elif event.date <= end:
            found.setdefault(key, MedicineInPeriod(name=event.name)).events.append(event)
    return sorted(found.values(), key=lambda m: (not m.already_taking, m.name.lower()))


def report_data(
    subject: Subject, *, start: dt.date, end: dt.date, compare_earlier: bool = True
) -> dict:
    """Everything the doctor's report shows; a fixed number of queries.

    ``compare_earlier=False`` (a clinician's link) reads nothing from before the
    period: no "new in this period" comparison with earlier entries.
    """
    stats = stats_for_range(subject, start=start, end=end)
    key = f"logbook:report-extra:{subject.pk}:{subject.version}:{start}:{end}"
    extra = cache.get(key) if compare_earlier else {}
    if extra is None:
        before = Episode.objects.filter(subject=subject, night_of__lt=start).alive()
        seen = before.aggregate(
            **{
                f"part__{p}": Count("id", filter=Q(body_parts__contains=[p]))
                for p in BodyPart.values
            },
            **{f"sign__{s}": Count("id", filter=Q(signs__contains=[s])) for s in Sign.values},
            total=Count("id"),
        )
        new_parts = [p for p in BodyPart.values if stats["part"].get(p) and not seen[f"part__{p}"]]
        new_signs = [s for s in Sign.values if stats["sign"].get(s) and not seen[f"sign__{s}"]]
        extra = {
            "had_earlier": bool(seen["total"]),
            "new_parts": new_parts if seen["total"] else [],
            "new_signs": new_signs if seen["total"] else [],
        }
        cache.set(key, extra, CACHE_SECONDS)
    notable = list(
        Episode.objects.filter(subject=subject, night_of__gte=start, night_of__lte=end)
        .alive()
        .filter(flags.notable_q())
        .order_by("started_at")[:NOTABLE_LIMIT]
    )
    medicines = list(
        MedicineEvent.objects.filter(subject=subject, date__lte=end).order_by("date", "pk")
    )
    return {
        "stats": stats,
        "compare_earlier": compare_earlier,
        "new_parts": [str(BodyPart(p).label) for p in extra.get("new_parts", [])],
        "new_signs": [str(Sign(s).label) for s in extra.get("new_signs", [])],
        "had_earlier": extra.get("had_earlier", False),
        "notable": notable,
        "medicines": medicines_during(medicines, start=start, end=end),
    }
