"""Fixtures of the video tests: a private media root per test, tiny clips, an uploader."""

from __future__ import annotations

import os
from http import HTTPStatus
from pathlib import Path

import pytest
from django.urls import reverse

from tests.conftest import celery_worker

from .clipgen import make_clip

PHONE_TAGS = {
    "creation_time": "2024-05-01T21:30:00.000000Z",
    "location": "+48.8584+002.2945/",
    "com.apple.quicktime.make": "Apple",
    "com.apple.quicktime.model": "iPhone 12",
}


@pytest.fixture
def media_root(settings, tmp_path) -> Path:
    """Every stored and temporary video file of the test lives under here."""
    root = tmp_path / "media"
    root.mkdir()
    settings.MEDIA_ROOT = str(root)
    settings.VIDEO_UPLOAD_TMP_DIR = str(root / "uploads" / "tmp")
    settings.VIDEO_WORK_DIR = str(root / "uploads" / "work")
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(root)},
        },
        "videos": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(root), "base_url": None},
        },
    }
    settings.VIDEO_STORAGE = "local"
    settings.MEDIA_DELIVERY = "django"
    return root


def all_files(root: Path) -> list[str]:
    """Every file under ``root``, relative, sorted (folders are not files)."""
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


@pytest.fixture(scope="session")
def clips_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("video-clips")


@pytest.fixture(scope="session")
def tiny_clip(clips_dir) -> Path:
    """3 s, 320x180, one jerk at 1.5 s, with the tags a phone writes (time, place, device)."""
    return make_clip(
        clips_dir / "tiny.mp4",
        seconds=3,
        size=(320, 180),
        bursts=[1.4],
        audio=True,
        metadata=PHONE_TAGS,
    ).path


@pytest.fixture(scope="session")
def cluster_clip(clips_dir) -> Path:
    """4 s with three jerks two seconds... apart enough to be seen: 0.8, 2.0, 3.2 s."""
    return make_clip(
        clips_dir / "cluster.mp4", seconds=4, size=(320, 180), bursts=[0.8, 2.0, 3.2], seed=3
    ).path


def upload(client, subject, path: Path, *, episode=None, chunk: int = 64 * 1024):
    """Send ``path`` through the resumable protocol; returns the last response."""
    data = path.read_bytes()
    start = client.post(
        reverse("videos:upload_start", kwargs={"subject_id": subject.pk}),
        data={"size": len(data), "episode": episode.pk if episode else None},
        content_type="application/json",
    )
    assert start.status_code == HTTPStatus.CREATED, start.content
    url = start.json()["url"]
    response = None
    for first in range(0, len(data), chunk):
        body = data[first : first + chunk]
        response = client.put(
            url,
            data=body,
            content_type="application/octet-stream",
            headers={"Content-Range": f"bytes {first}-{first + len(body) - 1}/{len(data)}"},
        )
        if response.status_code != HTTPStatus.OK:
            return response
    return response


@pytest.fixture
def prefork_worker(transactional_db, settings, media_root):
    """A real Celery worker (prefork, one child) whose child the test may SIGKILL.

    A short broker visibility timeout, so a message whose worker vanished
    comes back quickly even if the parent did not reject it.
    """
    queue = f"video-test-{os.getpid()}"
    args = ["--pool=prefork", "--concurrency=1", "-Q", queue]
    env = {"CELERY_VISIBILITY_TIMEOUT": "5"}  # MEDIA_ROOT follows media_root via settings
    with celery_worker(settings, args=args, env=env) as proc:
        proc.queue = queue
        yield proc


@pytest.fixture(scope="session")
def processed_files(clips_dir, tiny_clip) -> dict[str, Path]:
    """The tiny clip's web copy and poster, made once (by the real transcode)."""
    from logbook.video.media.transcode import transcode

    out = clips_dir / "processed"
    out.mkdir(exist_ok=True)
    transcode(tiny_clip, out / "web.mp4", out / "poster.jpg")
    (out / "motion.json").write_text('{"energy": []}')
    return {name: out / name for name in ("web.mp4", "poster.jpg", "motion.json")}


@pytest.fixture
def make_ready_video(media_root, processed_files):
    """A ready video of an episode: stored files in place, two proposed moments."""
    import shutil

    from logbook.video.choices import VideoStatus
    from logbook.video.models import Moment, Video

    def make(episode, **fields):
        video = Video.objects.create(
            subject=episode.subject,
            episode=episode,
            uploaded_by=episode.created_by,
            status=VideoStatus.READY,
            duration_s=3.0,
            width=320,
            height=180,
            motion_strip=[0.0, 0.2, 1.0, 0.1],
            **fields,
        )
        folder = media_root / "videos" / str(video.pk)
        folder.mkdir(parents=True)
        for name, src in processed_files.items():
            shutil.copyfile(src, folder / name)
        Video.objects.filter(pk=video.pk).update(
            web_file=f"videos/{video.pk}/web.mp4",
            poster_file=f"videos/{video.pk}/poster.jpg",
            motion_file=f"videos/{video.pk}/motion.json",
        )
        Moment.objects.bulk_create(
            [Moment(video=video, time_s=0.8, score=2.0), Moment(video=video, time_s=2.3)]
        )
        video.refresh_from_db()
        return video

    return make
