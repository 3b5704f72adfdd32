"""What one clinician link shows, and nothing more: its notes, its range, its subject."""

from __future__ import annotations

import datetime as dt
import re
from http import HTTPStatus
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import dateformat

from logbook.choices import MedicineChange, Role
from logbook.models import MedicineEvent, Night
from logbook.selectors.stats import medicines_during
from logbook.video.services import sharing
from tests.logbook.conftest import login
from tests.logbook.factories import EpisodeFactory, MembershipFactory, SubjectFactory

pytestmark = pytest.mark.django_db


def _note(client, token, video, text):
    url = reverse("share:note", kwargs={"token": token, "pk": video.pk})
    assert client.post(url, {"author_name": "", "text": text}).status_code == HTTPStatus.FOUND


def test_a_note_shows_only_on_the_link_it_was_left_on(
    client, owner, viewer, subject, episode, make_ready_video
):
    video = make_ready_video(episode)
    _a, token_a = sharing.share_link_create(subject=subject, user=owner, videos=[video])
    _b, token_b = sharing.share_link_create(subject=subject, user=owner, videos=[video])
    _note(client, token_a, video, "Seen by the neurologist on link A.")
    _note(client, token_b, video, "Seen by the GP on link B.")

    page_a = client.get(reverse("share:page", kwargs={"token": token_a})).content.decode()
    page_b = client.get(reverse("share:page", kwargs={"token": token_b})).content.decode()
    assert "Seen by the neurologist on link A." in page_a
    assert "Seen by the GP on link B." not in page_a
    assert "Seen by the GP on link B." in page_b
    assert "Seen by the neurologist on link A." not in page_b

    # The family sees every note, whichever link it came through.
    login(client, viewer)
    family = client.get(reverse("videos:detail", kwargs={"pk": video.pk})).content.decode()
    assert "Seen by the neurologist on link A." in family
    assert "Seen by the GP on link B." in family


# --- a report link's period ---------------------------------------------------------------------


def _night(subject, night: dt.date, hour: int, minute: int) -> dt.datetime:
    """A time after midnight local, so the episode belongs to ``night``."""
    return dt.datetime.combine(
        night + dt.timedelta(days=1), dt.time(hour, minute), tzinfo=ZoneInfo(subject.time_zone)
    )


def _shown(subject, episode) -> str:
    """How the report's table writes an episode's start (local time)."""
    local = episode.started_at.astimezone(ZoneInfo(subject.time_zone))
    return dateformat.format(local, "j M H:i")


def _medicine(subject, day, name, change=MedicineChange.STARTED, note=""):
    return MedicineEvent.objects.create(
        subject=subject, date=day, name=name, change=change, note=note
    )


def test_a_report_link_shows_its_period_and_nothing_else(client, owner, subject, make_ready_video):
    today = subject.local_today()
    start, end = today - dt.timedelta(days=20), today - dt.timedelta(days=7)  # 14 nights

    def episode(on, hour, minute, of=subject):
        return EpisodeFactory(
            subject=of,
            created_by=owner,
            started_at=_night(of, on, hour, minute),
            sleep_state="awake",  # every one is "notable", so the table would list it
            notes=f"episode note {hour}{minute}",
        )

    inside = episode(start + dt.timedelta(days=3), 2, 29)
    before = episode(start - dt.timedelta(days=5), 3, 17)
    after = episode(end + dt.timedelta(days=3), 4, 43)
    elsewhere = SubjectFactory(display_name="Other Child Zed", created_by=owner)
    MembershipFactory(subject=elsewhere, user=owner, role=Role.OWNER)
    other = episode(start + dt.timedelta(days=3), 1, 53, of=elsewhere)
    Night.objects.create(subject=subject, night_of=before.night_of, notes="night note before")

    melatonin = _medicine(subject, start - dt.timedelta(days=30), "Melatonin", note="0.5 mg early")
    _medicine(
        subject, end + dt.timedelta(days=1), "Melatonin", MedicineChange.CHANGED, "later dose"
    )
    _medicine(subject, start - dt.timedelta(days=40), "Iron drops", note="iron note")
    _medicine(subject, start - dt.timedelta(days=10), "Iron drops", MedicineChange.STOPPED)
    _medicine(subject, start + dt.timedelta(days=2), "Magnesium", note="started by the GP")
    _medicine(subject, end + dt.timedelta(days=2), "Clonazepam", note="after note")
    _medicine(elsewhere, start + dt.timedelta(days=1), "Othermed", note="other child note")

    shown_video = make_ready_video(inside)
    before_video = make_ready_video(before)
    other_video = make_ready_video(other)
    with pytest.raises(ValidationError) as refused:
        sharing.share_link_create(
            subject=subject,
            user=owner,
            videos=[shown_video, before_video],
            report_start=start,
            report_end=end,
        )
    assert refused.value.messages == [str(sharing.SHARE_VIDEO_OUTSIDE_RANGE)]
    _video_only, other_token = sharing.share_link_create(
        subject=subject, user=owner, videos=[shown_video]
    )
    _note(client, other_token, shown_video, "a note left through another link")
    _link, token = sharing.share_link_create(
        subject=subject, user=owner, videos=[shown_video], report_start=start, report_end=end
    )

    response = client.get(reverse("share:page", kwargs={"token": token}))
    assert response.status_code == HTTPStatus.OK
    page = response.content.decode()
    assert re.search(r'data-testid="fig-episodes">\s*1\s*<', page)
    assert _shown(subject, inside) in page
    for hidden in (before, after, other):
        assert _shown(hidden.subject, hidden) not in page
    assert "Medicines taken during this period" in page
    assert "Melatonin" in page
    assert "already being taken when the period began" in page
    assert "Magnesium" in page
    assert "started by the GP" in page
    for private in (
        "0.5 mg early",  # the note of an event before the period
        dateformat.format(melatonin.date, "j M Y"),
        "later dose",
        "Iron drops",
        "iron note",
        "Clonazepam",
        "after note",
        "Othermed",
        "other child note",
        "Other Child Zed",
        "episode note",
        "night note before",
        "a note left through another link",
        "New in this period",  # a comparison with entries before the period
    ):
        assert private not in page, private
    assert page.count('data-testid="shared-video"') == 1
    for video in (before_video, other_video):
        media = reverse("share:media", kwargs={"token": token, "pk": video.pk, "kind": "web.mp4"})
        assert client.get(media).status_code == HTTPStatus.NOT_FOUND


def test_medicines_during_a_period():
    start, end = dt.date(2026, 3, 1), dt.date(2026, 3, 14)

    def event(offset, name, change=MedicineChange.STARTED):
        return MedicineEvent(date=start + dt.timedelta(days=offset), name=name, change=change)

    events = [
        event(-20, "Melatonin"),
        event(-10, "melatonin ", MedicineChange.CHANGED),  # the same medicine, still taken
        event(-15, "Iron"),
        event(-5, "Iron", MedicineChange.STOPPED),  # stopped before: left out
        event(-3, "Zinc"),
        event(5, "Zinc", MedicineChange.STOPPED),  # stopped during the period: shown
        event(-4, "Magnesium"),
        event(-2, "Magnesium", MedicineChange.STOPPED),
        event(8, "Magnesium"),  # started again inside
        event(19, "Clonazepam"),  # after the period
    ]
    events.sort(key=lambda e: e.date)
    found = {m.name.strip().lower(): m for m in medicines_during(events, start=start, end=end)}
    assert sorted(found) == ["magnesium", "melatonin", "zinc"]
    assert found["melatonin"].already_taking
    assert found["melatonin"].events == []
    assert found["zinc"].already_taking
    assert [e.change for e in found["zinc"].events] == [MedicineChange.STOPPED]
    assert not found["magnesium"].already_taking
    assert [e.date for e in found["magnesium"].events] == [dt.date(2026, 3, 9)]
