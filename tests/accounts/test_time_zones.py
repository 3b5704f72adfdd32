"""Time-zone lists: today's places, common ones first, no legacy aliases."""

from __future__ import annotations

import pytest

from accounts.forms import ProfileForm, SignupForm
from accounts.time_zones import COMMON, current_zones
from logbook.forms import SubjectForm

LEGACY = ("Factory", "localtime", "GB-Eire", "US/Pacific", "Etc/GMT+5", "posixrules")


@pytest.mark.parametrize("form_class", [SignupForm, ProfileForm, SubjectForm])
def test_every_time_zone_list_starts_with_the_common_ones_and_has_no_aliases(form_class):
    field = form_class().fields["time_zone"]
    values = [value for _, group in field.choices for value, _ in group]
    assert values[: len(COMMON)] == list(COMMON)
    assert not set(LEGACY) & set(values)
    assert {"Europe/London", "America/Chicago", "Australia/Sydney", "UTC"} <= set(values)
    assert len(set(values)) < 450  # was ~600 with every alias
    assert field.widget.attrs["data-time-zones"] == "1"


def test_the_common_zones_are_current_ones():
    assert set(COMMON) <= set(current_zones())
