"""The logbook as CSV: one row per episode, for the family, the doctor and the data export."""

from __future__ import annotations

import csv
import zoneinfo

from .selectors import episodes_for_export
from .services import EPISODE_FIELDS

# The editable fields in form order, with the night and the author added.
CSV_HEADER = ["started_at", "night_of", *EPISODE_FIELDS[1:], "logged_by"]


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
    tz = zoneinfo.ZoneInfo(subject.time_zone)
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for episode in episodes_for_export(subject).iterator(chunk_size=2000):
        writer.writerow(_safe_row(episode_csv_row(episode, tz)))


def _safe_row(row: list) -> list:
    # Spreadsheet formula injection: a cell starting with = + - @ is text.
    return [f"'{v}" if isinstance(v, str) and v[:1] in ("=", "+", "-", "@") else v for v in row]
