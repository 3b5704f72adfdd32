"""Resumable uploads: access, chunks, resume, caps, sniffing, and nothing left behind."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
from django.template.defaultfilters import filesizeformat
from django.urls import reverse

from logbook.models import Episode
from logbook.video.choices import VideoStatus
from logbook.video.media.probe import NOT_A_VIDEO, TOO_LONG, TRUNCATED
from logbook.video.models import UploadSession, Video
from logbook.video.services import uploads
from tests.logbook.conftest import login

from .clipgen import make_not_a_video, make_truncated
from .conftest import all_files, upload

pytestmark = pytest.mark.django_db


def _start(client, subject, size, episode=None):
    return client.post(
        reverse("videos:upload_start", kwargs={"subject_id": subject.pk}),
        data={"size": size, "episode": episode.pk if episode else None},
        content_type="application/json",
    )


def test_anonymous_is_sent_to_login(client, subject, media_root):
    response = _start(client, subject, 100)
    assert response.status_code == HTTPStatus.FOUND
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("who", ["stranger", "viewer"])
def test_stranger_and_viewer_get_404(client, subject, episode, media_root, request, who):
    login(client, request.getfixturevalue(who))
    assert _start(client, subject, 100, episode).status_code == HTTPStatus.NOT_FOUND
    assert not UploadSession.objects.exists()


def test_upload_in_chunks_keeps_a_queued_video(
    client, owner, subject, episode, media_root, tiny_clip
):
    login(client, owner)
    response = upload(client, subject, tiny_clip, episode=episode, chunk=50_000)
    assert response.status_code == HTTPStatus.CREATED, response.content
    video = Video.objects.get()
    assert response.json()["redirect"] == reverse("videos:detail", kwargs={"pk": video.pk})
    assert video.status == VideoStatus.QUEUED
    assert video.episode == episode
    assert video.uploaded_by == owner
    assert video.upload_bytes == tiny_clip.stat().st_size
    # The original sits at its deterministic name with the same bytes; no temp file is left.
    assert all_files(media_root) == [f"videos/{video.pk}/original"]
    assert (media_root / video.original_file).read_bytes() == tiny_clip.read_bytes()
    assert not UploadSession.objects.exists()
    episode.refresh_from_db()
    assert episode.filmed is True


def test_resume_after_a_dropped_chunk(client, owner, subject, episode, media_root, tiny_clip):
    login(client, owner)
    data = tiny_clip.read_bytes()
    url = _start(client, subject, len(data), episode).json()["url"]
    first = client.put(
        url,
        data=data[:1000],
        content_type="application/octet-stream",
        headers={"Content-Range": f"bytes 0-999/{len(data)}"},
    )
    assert first.json() == {"received": 1000}
    # The client lost track: it asks where to go on, and a wrong offset says so too.
    status = client.get(url)
    assert status.json() == {"received": 1000, "size": len(data)}
    assert status["Upload-Offset"] == "1000"
    wrong = client.put(
        url,
        data=data[:10],
        content_type="application/octet-stream",
        headers={"Content-Range": f"bytes 0-9/{len(data)}"},
    )
    assert wrong.status_code == HTTPStatus.CONFLICT
    assert wrong.json()["received"] == 1000
    rest = client.put(
        url,
        data=data[1000:],
        content_type="application/octet-stream",
        headers={"Content-Range": f"bytes 1000-{len(data) - 1}/{len(data)}"},
    )
    assert rest.status_code == HTTPStatus.CREATED
    video = Video.objects.get()
    assert (media_root / video.original_file).read_bytes() == data


def test_someone_elses_upload_session_is_404(
    client, owner, caregiver, subject, episode, media_root
):
    session = uploads.upload_start(user=owner, subject=subject, episode=episode, size_bytes=10)
    login(client, caregiver)
    url = reverse("videos:upload_chunk", kwargs={"pk": session.pk})
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND


def test_too_large_is_refused_before_any_byte(client, owner, subject, media_root, settings):
    settings.VIDEO_MAX_BYTES = 1000
    login(client, owner)
    response = _start(client, subject, 1001)
    assert response.status_code == HTTPStatus.REQUEST_ENTITY_TOO_LARGE
    assert response.json()["error"] == str(uploads.UPLOAD_TOO_LARGE).format(
        limit=filesizeformat(1000)
    )
    assert not UploadSession.objects.exists()


def _refused(client, owner, subject, episode, path, media_root):
    login(client, owner)
    response = upload(client, subject, path, episode=episode)
    assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert not Video.objects.exists()
    assert not UploadSession.objects.exists()
    return response.json()["error"], all_files(media_root)


def test_not_a_video_leaves_no_file_and_no_row(
    client, owner, subject, episode, media_root, tmp_path
):
    error, left = _refused(
        client, owner, subject, episode, make_not_a_video(tmp_path / "clip.mp4"), media_root
    )
    assert error == NOT_A_VIDEO
    assert left == []


def test_truncated_video_is_refused(
    client, owner, subject, episode, media_root, tmp_path, tiny_clip
):
    path = make_truncated(tiny_clip, tmp_path / "cut.mp4")
    error, left = _refused(client, owner, subject, episode, path, media_root)
    assert error == TRUNCATED
    assert left == []


def test_too_long_video_is_refused(
    client, owner, subject, episode, media_root, settings, tiny_clip
):
    settings.VIDEO_MAX_SECONDS = 2
    error, left = _refused(client, owner, subject, episode, tiny_clip, media_root)
    assert error == TOO_LONG.format(limit="2 seconds")
    assert left == []


def test_start_from_a_video_creates_the_episode_at_its_recording_time(
    client, caregiver, subject, media_root, tiny_clip
):
    login(client, caregiver)
    page = client.get(reverse("videos:start", kwargs={"subject_id": subject.pk}))
    assert page.status_code == HTTPStatus.OK
    assert b'capture="environment"' in page.content
    assert b'accept="video/*"' in page.content
    response = upload(client, subject, tiny_clip)
    assert response.status_code == HTTPStatus.CREATED
    episode = Episode.objects.get()
    assert episode.started_at == dt.datetime(2024, 5, 1, 21, 30, tzinfo=dt.UTC)
    assert episode.filmed is True
    assert episode.created_by == caregiver
    assert Video.objects.get().episode == episode


def test_stale_uploads_are_cleaned(owner, subject, media_root):
    session = uploads.upload_start(user=owner, subject=subject, episode=None, size_bytes=10)
    path = media_root / "uploads" / "tmp" / f"{session.pk}.part"
    assert path.exists()
    UploadSession.objects.update(updated_at=session.updated_at - dt.timedelta(days=2))
    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):
        assert uploads.uploads_clean_stale() == 1
    assert not path.exists()


@pytest.mark.parametrize(
    "body",
    [
        b'{"size": 100, "episode": "abc"}',
        b'{"size": 100, "episode": [1]}',
        b'{"size": 100, "episode": {"id": 1}}',
        b'{"size": 100, "episode": 1.5}',
        b'{"size": 100, "episode": true}',
        b'{"size": 100, "episode": 123456789012345678901234567890}',
        b'{"size": "big"}',
        b'{"size": [100]}',
        b'{"size": null}',
        b'{"episode": 1}',
        b"[100, 1]",
        b'"size=100"',
        b'{"size": 100',
        b"\xff\xfe not utf-8",
    ],
    ids=lambda body: body.decode("utf-8", "replace"),
)
def test_malformed_upload_start_is_a_clear_400(client, owner, subject, episode, media_root, body):
    login(client, owner)
    response = client.post(
        reverse("videos:upload_start", kwargs={"subject_id": subject.pk}),
        data=body,
        content_type="application/json",
    )
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert response.json()["error"] == str(uploads.UPLOAD_REQUEST_INVALID)
    assert not UploadSession.objects.exists()
