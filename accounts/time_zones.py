"""The time-zone choices of every form (sign-up, profile, a logbook's settings).

zoneinfo knows ~600 names, many of them legacy aliases ("GB-Eire", "Factory",
"localtime", "US/Pacific"). People choose from the IANA zones that stand for a
place today: those listed in tzdata's zone.tab (one row per country's zone), plus
UTC. The zones of the regions we serve come first; the browser's own zone is put
at the very top by static/js/site.js (`data-time-zones`).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from django.utils.translation import gettext_lazy as _

COMMON = (
    "Europe/London",
    "Europe/Dublin",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Toronto",
    "America/Vancouver",
    "Australia/Sydney",
    "Australia/Melbourne",
    "Australia/Brisbane",
    "Australia/Perth",
    "Pacific/Auckland",
    "Europe/Paris",
    "Europe/Berlin",
    "Asia/Kolkata",
    "Africa/Johannesburg",
    "UTC",
)


@cache
def current_zones() -> tuple[str, ...]:
    """The zones of today's places (tzdata's zone.tab) and UTC, sorted."""
    table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    zones = {
        line.split("\t")[2]
        for line in table.splitlines()
        if line.strip() and not line.startswith("#")
    }
    return tuple(sorted(zones | {"UTC"}))


def _label(zone: str) -> str:
    return zone.replace("_", " ")


def time_zone_choices() -> list:
    """Grouped choices: the common zones, then every current zone."""
    return [
        (_("Common"), [(z, _label(z)) for z in COMMON]),
        (_("All time zones"), [(z, _label(z)) for z in current_zones()]),
    ]


def time_zone_field(*, detect: bool = False, **kwargs):
    """A ChoiceField of current zones; `detect` pre-selects the browser's zone (sign-up)."""
    from django import forms

    attrs = {"data-time-zones": "1"}
    if detect:
        attrs["data-detect-time-zone"] = "1"
    return forms.ChoiceField(
        label=_("Time zone"),
        choices=time_zone_choices,
        widget=forms.Select(attrs=attrs),
        **kwargs,
    )
