"""The doctor's report lists each video of its period with its moment counts."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from logbook.video.choices import MomentState
from logbook.video.services import moments, sharing
from tests.logbook.conftest import login
from tests.logbook.factories import EpisodeFactory

pytestmark = pytest.mark.django_db


def _rows(html: str) -> list[list[str]]:
    """The report's video rows as lists of cell texts."""
    rows = re.findall(r'<tr data-testid="report-video">(.*?)</tr>', html, re.S)
    return [
        [
            " ".join(re.sub(r"<[^>]+>", " ", cell).split())
            for cell in re.findall(r"<td>(.*?)</td>", row, re.S)
        ]
        for row in rows
    ]


@pytest.fixture
def filmed(subject, owner, make_ready_video):
    """A video of last night with its moments chosen, and one from two months ago."""
    recent = make_ready_video(EpisodeFactory(subject=subject, created_by=owner))
    proposed = list(recent.moments.order_by("time_s"))
    moments.moment_set_state(moment=proposed[0], state=MomentState.CONFIRMED)
    moments.moment_add(video=recent, time_s="2.9")
    long_ago = timezone.now() - dt.timedelta(days=60)
    old = make_ready_video(EpisodeFactory(subject=subject, created_by=owner, started_at=long_ago))
    return recent, old


def test_the_report_gives_each_video_of_the_period_its_counts(client, owner, subject, filmed):
    login(client, owner)
    html = client.get(reverse("logbook:report", kwargs={"subject_id": subject.pk})).content.decode()
    assert "Videos filmed during this period" in html
    # one row: the video of two months ago is outside the default 28 nights
    [row] = _rows(html)
    # length 3 s; 2 proposed, 1 confirmed, 1 added; moments at 0.8 and 2.9 s -> 2.1 s apart
    assert row[1:] == ["3 s", "2", "1", "1", "2.1 s"]

    older = {"start": (timezone.localdate() - dt.timedelta(days=90)).isoformat()}
    html = client.get(
        reverse("logbook:report", kwargs={"subject_id": subject.pk}), older
    ).content.decode()
    assert [row[1:] for row in _rows(html)] == [
        ["3 s", "2", "0", "0", "1.5 s"],  # nothing chosen yet: the two proposals stand
        ["3 s", "2", "1", "1", "2.1 s"],
    ]


def test_the_pdf_report_holds_the_videos_too(client, owner, subject, filmed):
    login(client, owner)
    response = client.get(reverse("logbook:report_pdf", kwargs={"subject_id": subject.pk}))
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert "Videos filmed during this period" in text
    assert "2.1 s" in text


def test_no_videos_no_section(client, owner, subject, episode):
    login(client, owner)
    html = client.get(reverse("logbook:report", kwargs={"subject_id": subject.pk})).content.decode()
    assert 'data-testid="report"' in html
    assert "report-videos" not in html


def test_a_share_link_report_lists_only_the_videos_it_shares(
    client, owner, subject, filmed, make_ready_video, episode
):
    recent, _old = filmed
    unshared = make_ready_video(episode)
    today = timezone.localdate()
    _link, token = sharing.share_link_create(
        subject=subject,
        user=owner,
        videos=[recent],
        report_start=today - dt.timedelta(days=27),
        report_end=today,
    )
    html = client.get(reverse("share:page", kwargs={"token": token})).content.decode()
    assert 'data-testid="report"' in html  # the report is there ...
    assert "report-videos" not in html  # ... without the logbook's own list of videos
    assert html.count('data-testid="shared-video"') == 1
    assert "1 confirmed, 1 added by hand" in " ".join(html.split())
    assert f"/{unshared.pk}/" not in html
