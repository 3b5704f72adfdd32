"""Deleting a video, an episode (purge), a logbook or an account deletes every stored file."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
from django.urls import reverse

from accounts.services import user_delete
from logbook import services as logbook_services
from logbook.video.models import Video
from tests.logbook.conftest import login

from .conftest import all_files

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_videos(make_ready_video, episode, media_root):
    videos = [make_ready_video(episode), make_ready_video(episode)]
    # A job killed mid-way could have left an original: it must go too.
    (media_root / "videos" / str(videos[0].pk) / "original").write_bytes(b"gps")
    assert len(all_files(media_root)) == 7
    return videos


def test_deleting_a_video(
    client, owner, two_videos, media_root, django_capture_on_commit_callbacks
):
    login(client, owner)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("videos:delete", kwargs={"pk": two_videos[0].pk}))
    assert response.status_code == HTTPStatus.FOUND
    assert all_files(media_root) == [
        f"videos/{two_videos[1].pk}/{n}" for n in ("motion.json", "poster.jpg", "web.mp4")
    ]
    assert not (media_root / "videos" / str(two_videos[0].pk)).exists()


def test_viewer_cannot_delete(client, viewer, two_videos):
    login(client, viewer)
    response = client.post(reverse("videos:delete", kwargs={"pk": two_videos[0].pk}))
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert Video.objects.count() == 2


def test_soft_deleted_episode_keeps_files_until_purged(
    owner, episode, two_videos, media_root, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        logbook_services.episode_delete(episode=episode, user=owner)
    assert len(all_files(media_root)) == 7  # undo is still possible
    assert not Video.objects.visible_to(owner).exists()  # but nobody sees them
    with django_capture_on_commit_callbacks(execute=True):
        logbook_services.episodes_purge_deleted(older_than=dt.timedelta(0))
    assert all_files(media_root) == []
    assert not Video.objects.exists()


def test_deleting_the_logbook(subject, two_videos, media_root, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        logbook_services.subject_delete(subject=subject)
    assert all_files(media_root) == []


def test_deleting_the_account(owner, two_videos, media_root, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        user_delete(user=owner)
    assert all_files(media_root) == []


def test_rolled_back_delete_keeps_files(two_videos, media_root):
    from django.db import transaction

    def delete_then_fail():
        with transaction.atomic():
            two_videos[0].delete()
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        delete_then_fail()
    assert len(all_files(media_root)) == 7
