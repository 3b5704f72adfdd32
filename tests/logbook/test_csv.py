"""The logbook CSV, column by column against the one field spec."""

import csv
import datetime as dt
import io
import zoneinfo

from logbook import episode_fields
from logbook.episode_fields import CSV_HEADER, SPEC, Kind

from .factories import EpisodeFactory
from .test_pages import url

# One expected cell per kind for the episode below; a new kind without a case here fails.
EPISODE = {
    "duration_seconds": 45,
    "sleep_state": "asleep",
    "body_parts": ["arms", "legs"],
    "side": "left",
    "pattern": "cluster",
    "cluster_count": 6,
    "cluster_interval_seconds": 20,
    "intensity": 4,
    "stopped_when_woken": "no",
    "woke_up": False,
    "responsive": "yes",
    "signs": ["crying"],
    "triggers": ["illness"],
    "filmed": True,
    "notes": "after a long day",
}
EXPECTED = {
    "duration_seconds": "45",
    "sleep_state": "asleep",
    "body_parts": "arms;legs",
    "side": "left",
    "pattern": "cluster",
    "cluster_count": "6",
    "cluster_interval_seconds": "20",
    "intensity": "4",
    "stopped_when_woken": "no",
    "woke_up": "no",
    "responsive": "yes",
    "signs": "crying",
    "triggers": "illness",
    "filmed": "yes",
    "notes": "after a long day",
}


def test_header_is_the_spec_with_night_and_author():
    names = [f.name for f in SPEC]
    assert list(CSV_HEADER) == [names[0], "night_of", *names[1:], "logged_by"]
    assert set(EXPECTED) | {"started_at"} == set(names), "every spec field has a CSV case"


def test_blank_episode_row_is_empty_cells_not_none():
    tz = zoneinfo.ZoneInfo("Europe/London")
    started = dt.datetime(2026, 3, 1, 23, 30, tzinfo=dt.UTC)
    row = episode_fields.csv_row(
        {"started_at": started}, night_of=dt.date(2026, 3, 1), author=None, tz=tz
    )
    cells = dict(zip(CSV_HEADER, row, strict=True))
    assert cells["started_at"] == "2026-03-01T23:30:00+00:00"
    assert cells["logged_by"] == episode_fields.FORMER_CAREGIVER
    for field in SPEC[1:]:
        expected = "no" if field.kind is Kind.YES_NO else ""
        assert cells[field.name] == expected, field.name


def test_csv_export_every_column(client, subject, owner):
    subject.time_zone = "America/New_York"
    subject.save(update_fields=["time_zone"])
    started = dt.datetime(2026, 3, 2, 4, 15, tzinfo=dt.UTC)  # 23:15 on 1 March in New York
    EpisodeFactory(subject=subject, started_at=started, created_by=owner, **EPISODE)
    client.force_login(owner)
    body = client.get(url("export_csv", subject)).content.decode()
    header, row = list(csv.reader(io.StringIO(body)))
    assert tuple(header) == CSV_HEADER
    cells = dict(zip(header, row, strict=True))
    assert cells.pop("started_at") == "2026-03-01T23:15:00-05:00"
    assert cells.pop("night_of") == "2026-03-01"
    assert cells.pop("logged_by") == owner.handle
    assert cells == EXPECTED
