"""The duration cap holds on the stream's real time, whatever the header claims.

The lying clip is eleven minutes of a 32x32 picture at one frame per second
(about 14 KB, made in well under a second) whose Matroska header says 5 s.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from http import HTTPStatus
from pathlib import Path

import av
import pytest
from django.urls import reverse

from logbook.video.choices import VideoStatus
from logbook.video.decoding import PAST_CAP, TOO_MANY_FRAMES, ReadBudget, ReadLimit, frames
from logbook.video.media.probe import (
    TOO_LONG,
    TOO_SLOW,
    MediaError,
    analyse_motion,
    analysis_budget,
    probe,
)
from logbook.video.media.transcode import transcode
from logbook.video.models import ORIGINAL_NAME, UploadSession, Video, video_folder
from logbook.video.services import processing
from tests.logbook.conftest import login

from .conftest import all_files, upload

REAL_SECONDS = 660
HEADER_SECONDS = 5
TEN_MINUTES = TOO_LONG.format(limit="10 minutes")
# Matroska's Duration element (ID 0x4489) holding an 8-byte float, in milliseconds.
_DURATION_ELEMENT = b"\x44\x89\x88"


@pytest.fixture(scope="session")
def lying_clip(tmp_path_factory) -> Path:
    if shutil.which("ffmpeg") is None:
        pytest.skip("ffmpeg is not installed")
    folder = tmp_path_factory.mktemp("lying-clip")
    honest = folder / "honest.mkv"
    subprocess.run(
        [
            "ffmpeg",
            "-nostdin",
            "-hide_banner",
            "-loglevel",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            "color=c=gray:size=32x32:rate=1",
            "-t",
            str(REAL_SECONDS),
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-g",
            "30",
            "-f",
            "matroska",
            str(honest),
        ],
        check=True,
    )
    data = bytearray(honest.read_bytes())
    at = data.find(_DURATION_ELEMENT) + len(_DURATION_ELEMENT)
    assert struct.unpack(">d", data[at : at + 8]) == (REAL_SECONDS * 1000.0,)
    data[at : at + 8] = struct.pack(">d", HEADER_SECONDS * 1000.0)
    liar = folder / "liar.mkv"
    liar.write_bytes(bytes(data))
    with av.open(str(liar)) as container:  # the header now says 5 s
        assert container.duration / av.time_base == HEADER_SECONDS
    return liar


# --- the media layer (no database) ------------------------------------------------------------


def test_probe_measures_the_stream_not_the_header(lying_clip):
    with pytest.raises(MediaError) as refused:
        probe(lying_clip, max_duration_s=600)
    assert refused.value.message == TEN_MINUTES
    assert probe(lying_clip, max_duration_s=700).duration_s == pytest.approx(REAL_SECONDS, abs=1)


def _decode(path: Path, budget: ReadBudget) -> tuple[int, ReadLimit | None]:
    """Frames decoded before the budget stopped the pass, and what stopped it."""
    decoded = 0
    with av.open(str(path)) as container:
        try:
            for _frame in frames(container, container.streams.video[0], budget):
                decoded += 1
        except ReadLimit as exc:
            return decoded, exc
    return decoded, None


def test_decoding_stops_just_past_the_cap(lying_clip):
    decoded, stopped = _decode(lying_clip, ReadBudget(max_seconds=10))
    assert stopped is not None
    assert stopped.reason == PAST_CAP
    assert decoded <= 11  # one frame a second: nothing decoded much beyond 10 s
    assert _decode(lying_clip, ReadBudget()) == (REAL_SECONDS, None)


def test_frame_budget_stops_a_stream_whatever_its_timestamps(lying_clip):
    decoded, stopped = _decode(lying_clip, ReadBudget(max_count=5))
    assert stopped is not None
    assert stopped.reason == TOO_MANY_FRAMES
    assert decoded == 5


def test_motion_analysis_refuses_past_the_cap(lying_clip):
    with pytest.raises(MediaError) as refused:
        analyse_motion(lying_clip, max_duration_s=600)
    assert refused.value.message == TEN_MINUTES


def test_a_spent_clock_budget_stops_probe_and_analysis(tiny_clip):
    for step in (
        lambda: probe(tiny_clip, wall_s=-1.0),
        lambda: analyse_motion(tiny_clip, wall_s=-1.0),
    ):
        with pytest.raises(MediaError) as refused:
            step()
        assert refused.value.message == TOO_SLOW


def test_the_transcode_sharing_its_decode_with_the_analysis_keeps_its_budget(
    lying_clip, tiny_clip, tmp_path
):
    # The analysis reads the transcode's ffmpeg pipe: past the cap or the clock,
    # ffmpeg is killed, the refusal is the analysis' own, and no file is left.
    for clip, budget, message in (
        (lying_clip, analysis_budget(600), TEN_MINUTES),
        (tiny_clip, analysis_budget(600, wall_s=-1.0), TOO_SLOW),
    ):
        with pytest.raises(MediaError) as refused:
            transcode(clip, tmp_path / "web.mp4", tmp_path / "poster.jpg", motion_budget=budget)
        assert refused.value.message == message
        assert list(tmp_path.iterdir()) == []


# --- upload and job ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_upload_with_a_lying_header_is_refused_and_nothing_stored(
    client, owner, subject, episode, media_root, settings, lying_clip
):
    settings.VIDEO_MAX_SECONDS = 600
    login(client, owner)
    response = upload(client, subject, lying_clip, episode=episode)
    assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert response.json()["error"] == TEN_MINUTES
    assert not Video.objects.exists()
    assert not UploadSession.objects.exists()
    assert all_files(media_root) == []


@pytest.mark.django_db
def test_job_fails_with_the_message_and_stores_nothing(
    client,
    owner,
    subject,
    episode,
    media_root,
    settings,
    lying_clip,
    django_capture_on_commit_callbacks,
):
    """A lying file already queued (say, accepted before this check existed) fails its job."""
    settings.VIDEO_MAX_SECONDS = 600
    video = Video.objects.create(
        subject=subject, episode=episode, uploaded_by=owner, duration_s=HEADER_SECONDS
    )
    name = video_folder(video.pk) + ORIGINAL_NAME
    (media_root / name).parent.mkdir(parents=True)
    shutil.copyfile(lying_clip, media_root / name)
    Video.objects.filter(pk=video.pk).update(original_file=name)

    with django_capture_on_commit_callbacks(execute=True):
        processing.video_process(video_id=video.pk)
    video.refresh_from_db()
    assert video.status == VideoStatus.FAILED
    assert video.error == TEN_MINUTES
    assert (video.web_file, video.poster_file, video.motion_file) == ("", "", "")
    assert all_files(media_root) == []  # the original went too
    login(client, owner)
    page = client.get(reverse("videos:detail", kwargs={"pk": video.pk})).content.decode()
    assert TEN_MINUTES in page
