"""Episodes, nights, undo, time zones, account export and deletion."""

import datetime as dt
import io
import json
import zipfile

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from accounts import exporting
from accounts.services import user_delete
from logbook import services
from logbook.choices import Role
from logbook.models import Episode, Membership, Subject
from tests.factories import UserFactory

from .factories import EpisodeFactory


def test_subject_time_zone_defaults_to_the_creators(db):
    parent = UserFactory(time_zone="America/New_York")
    subject = services.subject_create(user=parent, display_name="Sam", kind="child")
    assert subject.time_zone == "America/New_York"
    assert Membership.objects.get(subject=subject).role == Role.OWNER


def test_create_logbook_through_the_page(client, owner):
    client.force_login(owner)
    response = client.post(
        reverse("logbook:subject_create"),
        {"display_name": "Ava", "kind": "child", "time_zone": "Europe/London", "birth_year": ""},
    )
    subject = Subject.objects.get(display_name="Ava")
    assert response["Location"] == reverse("logbook:timeline", kwargs={"subject_id": subject.pk})


def test_quick_log_then_refine(client, subject, caregiver):
    client.force_login(caregiver)
    response = client.post(reverse("logbook:quick_log", kwargs={"subject_id": subject.pk}))
    episode = Episode.objects.get(subject=subject)
    assert episode.created_by == caregiver
    assert response["Location"].endswith(f"/episodes/{episode.pk}/?new=1")
    page = client.get(response["Location"]).content.decode()
    assert "Logged at" in page
    assert "whole body in the frame" in page
    response = client.post(
        reverse("logbook:episode_edit", kwargs={"subject_id": subject.pk, "pk": episode.pk}),
        {
            "started_at": timezone.localtime(episode.started_at, timezone=dt.UTC)
            .astimezone(__import__("zoneinfo").ZoneInfo(subject.time_zone))
            .strftime("%Y-%m-%dT%H:%M"),
            "duration_quick": "30",
            "sleep_state": "asleep",
            "body_parts": ["arms", "legs"],
            "pattern": "cluster",
            "cluster_count": "12",
            "cluster_interval_seconds": "15",
            "stopped_when_woken": "yes",
            "signs": ["crying"],
            "filmed": "on",
        },
    )
    assert response.status_code == 302
    episode.refresh_from_db()
    assert episode.duration_seconds == 30
    assert episode.body_parts == ["arms", "legs"]
    assert (episode.cluster_count, episode.cluster_interval_seconds) == (12, 15)
    assert episode.filmed is True
    assert episode.updated_by == caregiver


def test_night_of_is_computed_in_the_subjects_zone(subject, owner):
    subject.time_zone = "America/New_York"
    started = dt.datetime(2026, 3, 8, 7, 30, tzinfo=dt.UTC)  # 03:30 EDT, just after the change
    episode = services.episode_create(subject=subject, user=owner, started_at=started)
    assert episode.night_of == dt.date(2026, 3, 7)


def test_changing_the_time_zone_recomputes_nights(subject, owner):
    started = dt.datetime(2026, 6, 10, 12, 30, tzinfo=dt.UTC)
    episode = services.episode_create(subject=subject, user=owner, started_at=started)
    assert episode.night_of == dt.date(2026, 6, 10)  # 13:30 in London
    services.subject_update(subject=subject, time_zone="America/New_York")
    episode.refresh_from_db()
    assert episode.night_of == dt.date(2026, 6, 9)  # 08:30 in New York


def test_future_start_is_refused(subject, owner):
    with pytest.raises(ValidationError) as exc:
        services.episode_create(
            subject=subject, user=owner, started_at=timezone.now() + dt.timedelta(days=1)
        )
    assert str(services.EPISODE_IN_FUTURE_MESSAGE) in str(exc.value)
    assert not Episode.objects.exists()


def test_every_write_bumps_the_cache_version(subject, owner):
    before = Subject.objects.get(pk=subject.pk).version
    episode = services.episode_create(subject=subject, user=owner)
    services.episode_update(episode=episode, user=owner, notes="x")
    services.episode_delete(episode=episode, user=owner)
    assert Subject.objects.get(pk=subject.pk).version == before + 3


def test_delete_then_undo_within_ten_minutes(client, subject, owner):
    episode = EpisodeFactory(subject=subject, created_by=owner, notes="bring me back")
    client.force_login(owner)
    kwargs = {"subject_id": subject.pk, "pk": episode.pk}
    client.post(reverse("logbook:episode_delete", kwargs=kwargs))
    page = client.get(reverse("logbook:timeline", kwargs={"subject_id": subject.pk}))
    body = page.content.decode()
    assert f'data-testid="undo-{episode.pk}"' in body
    assert "bring me back" not in body
    client.post(reverse("logbook:episode_restore", kwargs=kwargs))
    body = client.get(reverse("logbook:timeline", kwargs={"subject_id": subject.pk})).content
    assert b"bring me back" in body


def test_undo_is_refused_after_the_window(subject, owner):
    episode = EpisodeFactory(subject=subject, created_by=owner)
    services.episode_delete(episode=episode, user=owner)
    with (
        time_machine.travel(timezone.now() + dt.timedelta(minutes=11)),
        pytest.raises(ValidationError) as exc,
    ):
        services.episode_restore(episode=episode, user=owner)
    assert exc.value.messages == [str(services.UNDO_EXPIRED_MESSAGE)]


def test_account_export_holds_each_logbook(subject, owner):
    EpisodeFactory(subject=subject, notes="export me")
    services.medicine_create(
        subject=subject, user=owner, date=timezone.localdate(), name="Iron", change="started"
    )
    archive = zipfile.ZipFile(io.BytesIO(exporting.export_zip(owner)))
    names = archive.namelist()
    assert f"logbook/logbook-{subject.pk}/episodes.csv" in names
    assert "export me" in archive.read(f"logbook/logbook-{subject.pk}/episodes.csv").decode()
    data = json.loads(archive.read(f"logbook/logbook-{subject.pk}/logbook.json"))
    assert data["medicines"][0]["name"] == "Iron"
    assert data["your_role"] == "owner"


def test_deleting_the_only_owner_deletes_the_logbook(subject, owner, caregiver):
    other = services.subject_create(user=caregiver, display_name="Other", kind="self")
    mine = EpisodeFactory(subject=subject, created_by=caregiver)
    user_delete(user=owner)
    assert not Subject.objects.filter(pk=subject.pk).exists()
    assert not Episode.objects.filter(pk=mine.pk).exists()
    assert Subject.objects.filter(pk=other.pk).exists()


def test_deleting_a_caregiver_keeps_their_entries_as_former_caregiver(
    client, subject, owner, caregiver
):
    entry = EpisodeFactory(subject=subject, created_by=caregiver, updated_by=caregiver)
    user_delete(user=caregiver)
    entry.refresh_from_db()
    assert entry.created_by is None
    client.force_login(owner)
    body = client.get(reverse("logbook:timeline", kwargs={"subject_id": subject.pk})).content
    assert b"a former caregiver" in body
