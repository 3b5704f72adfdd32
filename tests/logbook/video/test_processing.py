"""The processing job: the pipeline, its idempotence, failures, and a killed worker."""

from __future__ import annotations

import os
import signal
import time

import psutil
import pytest
from django.db import connection

from logbook.video.choices import VideoStatus
from logbook.video.media.probe import TRUNCATED, private_metadata, probe
from logbook.video.models import Moment, Video
from logbook.video.services import processing
from logbook.video.tasks import video_process_task
from tests.logbook.conftest import login

from .clipgen import make_truncated
from .conftest import all_files, upload

pytestmark = pytest.mark.django_db


def _uploaded(client, owner, subject, episode, path) -> Video:
    login(client, owner)
    response = upload(client, subject, path, episode=episode)
    assert response.status_code == 201, response.content
    return Video.objects.get()


def _expected(video) -> list[str]:
    """The stored copy, its poster, the motion series and (with moments) the reel."""
    video.refresh_from_db()
    names = ["motion.json", "poster.jpg", "web.mp4"] + (["reel.mp4"] if video.reel_file else [])
    return sorted(f"videos/{video.pk}/{n}" for n in names)


def test_pipeline_strips_transcodes_and_finds_the_jerk(
    client, owner, subject, episode, media_root, tiny_clip, django_capture_on_commit_callbacks
):
    video = _uploaded(client, owner, subject, episode, tiny_clip)
    with django_capture_on_commit_callbacks(execute=True):
        processing.video_process(video_id=video.pk)
    video.refresh_from_db()
    assert video.status == VideoStatus.READY, video.error
    assert video.attempts == 1
    # Only the stripped copy, its poster and the motion series remain: no original.
    assert all_files(media_root) == _expected(video)
    assert video.reel_moments == 1  # the reel of the one proposal, made in the same job
    web = media_root / video.web_file
    info = probe(web)
    assert info.video_codec == "h264"
    assert info.audio_codec == "aac"
    assert private_metadata(web) == {}
    assert (video.width, video.height) == (320, 180)
    assert len(video.motion_strip) > 10
    assert max(video.motion_strip) == 1.0
    times = [m.time_s for m in video.moments.all()]
    assert len(times) == 1
    assert abs(times[0] - 1.55) <= 0.5
    assert video.motion_summary["moments"][0]["time_s"] == pytest.approx(times[0], abs=0.01)


def test_a_second_run_writes_nothing_twice(
    client, owner, subject, episode, media_root, tiny_clip, django_capture_on_commit_callbacks
):
    video = _uploaded(client, owner, subject, episode, tiny_clip)
    with django_capture_on_commit_callbacks(execute=True):
        processing.video_process(video_id=video.pk)
    # A message delivered again after success changes nothing.
    with django_capture_on_commit_callbacks(execute=True):
        processing.video_process(video_id=video.pk)
    video.refresh_from_db()
    assert video.attempts == 1
    assert Moment.objects.filter(video=video).count() == 1
    assert all_files(media_root) == _expected(video)


def test_a_bad_file_fails_with_a_readable_reason(
    owner, subject, episode, media_root, tiny_clip, tmp_path, django_capture_on_commit_callbacks
):
    # Accepted at upload (as if sniffing passed), damaged in storage before the job ran.
    video = Video.objects.create(subject=subject, episode=episode, uploaded_by=owner)
    name = f"videos/{video.pk}/original"
    (media_root / "videos" / str(video.pk)).mkdir(parents=True)
    make_truncated(tiny_clip, media_root / name)
    Video.objects.filter(pk=video.pk).update(original_file=name)
    with django_capture_on_commit_callbacks(execute=True):
        video_process_task.delay(str(video.pk))
    video.refresh_from_db()
    assert video.status == VideoStatus.FAILED
    assert video.error == TRUNCATED
    assert all_files(media_root) == []  # the original went too (it holds GPS tags)


@pytest.mark.worker
def test_a_worker_killed_mid_job_runs_it_again(prefork_worker, owner, subject, episode, media_root):
    """SIGKILL the pool child while it processes; the job is re-delivered and completes."""
    from .clipgen import make_clip

    src = make_clip(
        media_root / "src.mp4", seconds=20, size=(640, 360), bursts=[3, 9, 15], fps=30
    ).path
    video = Video.objects.create(subject=subject, episode=episode, uploaded_by=owner)
    name = f"videos/{video.pk}/original"
    (media_root / "videos" / str(video.pk)).mkdir(parents=True)
    os.replace(src, media_root / name)
    Video.objects.filter(pk=video.pk).update(original_file=name)
    connection.close()
    video_process_task.apply_async(args=[str(video.pk)], queue=prefork_worker.queue)

    deadline = time.monotonic() + 30
    while Video.objects.get(pk=video.pk).status != VideoStatus.PROCESSING:
        assert time.monotonic() < deadline, "the job never started"
        time.sleep(0.05)
    time.sleep(0.4)  # well inside motion analysis / transcoding
    children = psutil.Process(prefork_worker.pid).children()
    assert children, "no pool child"
    for child in children:
        for grandchild in child.children(recursive=True):  # its ffmpeg dies with it
            grandchild.kill()
        os.kill(child.pid, signal.SIGKILL)

    deadline = time.monotonic() + 90
    while Video.objects.get(pk=video.pk).status != VideoStatus.READY:
        assert time.monotonic() < deadline, Video.objects.get(pk=video.pk).error
        time.sleep(0.2)
    video.refresh_from_db()
    assert video.attempts == 2
    assert video.moments.count() == 3
    # The reel is made after the job commits; until then its work file exists.
    while not Video.objects.get(pk=video.pk).reel_file:
        assert time.monotonic() < deadline, "the reel was never made"
        time.sleep(0.2)
    time.sleep(0.3)  # the original is removed just after the commit
    assert all_files(media_root) == _expected(video)
