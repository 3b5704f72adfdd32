"""The logbook as CSV: one row per episode, for the family, the doctor and the data export.

The columns come from `episode_fields.SPEC` (header and row alike).
"""

from __future__ import annotations

import csv
import zoneinfo

from .episode_fields import CSV_HEADER, EPISODE_FIELDS, csv_row
from .selectors.timeline import episodes_for_export


def episode_csv_row(episode, tz) -> list:
    return csv_row(
        {name: getattr(episode, name) for name in EPISODE_FIELDS},
        night_of=episode.night_of,
        author=episode.created_by.handle if episode.created_by else None,
        tz=tz,
    )


def write_episodes_csv(subject, out) -> None:
    tz = zoneinfo.ZoneInfo(subject.time_zone)
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for episode in episodes_for_export(subject).iterator(chunk_size=2000):
        writer.writerow(_safe_row(episode_csv_row(episode, tz)))


def _safe_row(row: list) -> list:
    # Spreadsheet formula injection: a cell starting with = + - @ is text.
    return [f"'{v}" if isinstance(v, str) and v[:1] in ("=", "+", "-", "@") else v for v in row]
