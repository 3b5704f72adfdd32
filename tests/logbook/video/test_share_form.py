"""The clinician share form: its own default dates are valid, and a failed submit keeps input."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.urls import reverse

from logbook.video.models import ShareLink
from tests.logbook.conftest import login

pytestmark = pytest.mark.django_db


def _inputs(response) -> dict[str, str]:
    """The value each of the three inputs renders with ('' when it has none)."""
    html = response.content.decode()
    found = {}
    for name in ("report_start", "report_end", "passcode"):
        tag = re.search(rf'<input[^>]*name="{name}"[^>]*>', html).group(0)
        value = re.search(r'value="([^"]*)"', tag)
        found[name] = value.group(1) if value else ""
    return found


def test_default_report_dates_are_iso_for_the_date_input(client, owner, subject):
    """<input type=date> shows nothing unless its value is YYYY-MM-DD (owner is en-GB)."""
    login(client, owner)
    response = client.get(reverse("videos:shares", kwargs={"subject_id": subject.pk}))
    today = subject.local_today()
    assert _inputs(response)["report_start"] == (today - dt.timedelta(days=27)).isoformat()
    assert _inputs(response)["report_end"] == today.isoformat()


def test_the_defaults_posted_back_create_the_link(client, owner, subject):
    """What the browser sends back from the untouched form is accepted."""
    login(client, owner)
    url = reverse("videos:shares", kwargs={"subject_id": subject.pk})
    values = _inputs(client.get(url))
    data = {"include_report": "on", "days": "14", **values}
    assert client.post(url, data).status_code == 200
    link = ShareLink.objects.get()
    assert link.report_end == subject.local_today()


def test_a_failed_submit_keeps_the_dates_and_the_passcode(client, owner, subject):
    login(client, owner)
    url = reverse("videos:shares", kwargs={"subject_id": subject.pk})
    data = {
        "include_report": "on",
        "report_start": "2026-10-01",
        "report_end": "2026-10-20",
        "days": "",  # missing: the form fails
        "passcode": "otter-42",
    }
    response = client.post(url, data)
    assert not ShareLink.objects.exists()
    assert _inputs(response) == {
        "report_start": "2026-10-01",
        "report_end": "2026-10-20",
        "passcode": "otter-42",
    }
