"""The one definition of an episode's editable fields.

Every use reads this table: the services (which fields a member may set), the
refine form (which radio fields may be left blank and how a blank is stored) and
the CSV (header and row, column by column). Adding a field is one row here plus the
model field; nothing is ordered by hand anywhere else.

Pure: no Django, so the CSV format is tested without a database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any


class Kind(Enum):
    DATETIME = "datetime"  # aware; written in the subject's time zone
    NUMBER = "number"  # int or None
    CHOICE = "choice"  # a choice code; "" when not answered
    CHOICES = "choices"  # a list of choice codes
    YES_NO = "yes_no"  # bool
    YES_NO_UNSURE = "yes_no_unsure"  # bool or None
    TEXT = "text"  # "" when empty


@dataclass(frozen=True)
class EpisodeField:
    name: str
    kind: Kind


SPEC: tuple[EpisodeField, ...] = (
    EpisodeField("started_at", Kind.DATETIME),
    EpisodeField("duration_seconds", Kind.NUMBER),
    EpisodeField("sleep_state", Kind.CHOICE),
    EpisodeField("body_parts", Kind.CHOICES),
    EpisodeField("side", Kind.CHOICE),
    EpisodeField("pattern", Kind.CHOICE),
    EpisodeField("cluster_count", Kind.NUMBER),
    EpisodeField("cluster_interval_seconds", Kind.NUMBER),
    EpisodeField("intensity", Kind.NUMBER),
    EpisodeField("stopped_when_woken", Kind.CHOICE),
    EpisodeField("woke_up", Kind.YES_NO_UNSURE),
    EpisodeField("responsive", Kind.CHOICE),
    EpisodeField("signs", Kind.CHOICES),
    EpisodeField("triggers", Kind.CHOICES),
    EpisodeField("filmed", Kind.YES_NO),
    EpisodeField("notes", Kind.TEXT),
)

# Fields a member may set on an episode (the rest is bookkeeping).
EPISODE_FIELDS: tuple[str, ...] = tuple(f.name for f in SPEC)
# Fields stored as "" rather than None when the member leaves them blank.
BLANK_AS_EMPTY: tuple[str, ...] = tuple(f.name for f in SPEC if f.kind in (Kind.CHOICE, Kind.TEXT))
OPTIONAL_CHOICES: tuple[str, ...] = tuple(f.name for f in SPEC if f.kind is Kind.CHOICE)

# The CSV: the spec's columns, with the night after the start and the author last.
CSV_NIGHT = "night_of"
CSV_AUTHOR = "logged_by"
FORMER_CAREGIVER = "former caregiver"
CSV_HEADER: tuple[str, ...] = (SPEC[0].name, CSV_NIGHT, *EPISODE_FIELDS[1:], CSV_AUTHOR)


def _yes_no(value: bool | None) -> str:
    return {True: "yes", False: "no"}.get(value, "")  # type: ignore[arg-type]


CELL: dict[Kind, Callable[[Any, dt.tzinfo], str | int]] = {
    Kind.DATETIME: lambda value, tz: value.astimezone(tz).isoformat(),
    Kind.NUMBER: lambda value, tz: "" if value is None else value,
    Kind.CHOICE: lambda value, tz: value or "",
    Kind.CHOICES: lambda value, tz: ";".join(value or ()),
    Kind.YES_NO: lambda value, tz: _yes_no(bool(value)),
    Kind.YES_NO_UNSURE: lambda value, tz: _yes_no(value),
    Kind.TEXT: lambda value, tz: value or "",
}


def csv_row(values: dict[str, Any], *, night_of: dt.date, author: str | None, tz: dt.tzinfo):
    """One CSV row in CSV_HEADER's order from an episode's field values."""
    cells = {f.name: CELL[f.kind](values.get(f.name), tz) for f in SPEC}
    cells[CSV_NIGHT] = night_of.isoformat()
    cells[CSV_AUTHOR] = author or FORMER_CAREGIVER
    return [cells[name] for name in CSV_HEADER]
