"""Moments by hand (add, move, remove), the counts, and the highlight reel."""

from __future__ import annotations

import subprocess
from http import HTTPStatus
from pathlib import Path

import av
import numpy as np
import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from logbook.video.choices import MomentOrigin, MomentState
from logbook.video.media.probe import MediaError, private_metadata, probe
from logbook.video.models import Moment, Video
from logbook.video.reel import make_reel, reel_windows
from logbook.video.services import moments, reel
from tests.logbook.conftest import login

from .conftest import all_files

pytestmark = pytest.mark.django_db


@pytest.fixture
def video(make_ready_video, episode):
    return make_ready_video(episode)


def test_reel_windows_pad_clamp_and_merge() -> None:
    assert reel_windows([], 10.0) == []
    assert reel_windows([5.0], 10.0) == [(3.0, 7.0)]
    assert reel_windows([0.5, 9.8], 10.0) == [(0.0, 2.5), (7.8, 10.0)]
    # 3.0 and 6.5 overlap (1-5, 4.5-8.5): one window; 20 is past the end: none
    assert reel_windows([6.5, 3.0, 20.0], 10.0) == [(1.0, 8.5)]


def test_make_reel_joins_windows_without_metadata(tmp_path, tiny_clip) -> None:
    duration = make_reel(tiny_clip, tmp_path / "reel.mp4", [(0.0, 1.0), (2.0, 3.0)], has_audio=True)
    info = probe(tmp_path / "reel.mp4")
    assert duration == pytest.approx(2.0, abs=0.15)
    assert info.video_codec == "h264"
    assert info.audio_codec == "aac"
    assert private_metadata(tmp_path / "reel.mp4") == {}  # the tiny clip carries GPS and time
    assert [p.name for p in tmp_path.iterdir()] == ["reel.mp4"]  # no temporary left
    with pytest.raises(MediaError):
        make_reel(tiny_clip, tmp_path / "none.mp4", [], has_audio=True)


@pytest.fixture(scope="module")
def clock_clip(tmp_path_factory) -> Path:
    """8 s whose grey level tells the second (40 per second), keyframes 4 s apart, with sound."""
    path = tmp_path_factory.mktemp("clock") / "clock.mp4"
    picture = "color=c=black:s=160x96:r=30:d=8,geq=lum='40*floor(T)':cb=128:cr=128"
    subprocess.run(
        ["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i", picture]
        + ["-f", "lavfi", "-i", "sine=frequency=440:duration=8", "-shortest"]
        + ["-c:v", "libx264", "-g", "120", "-pix_fmt", "yuv420p", "-c:a", "aac", str(path)],
        check=True,
        stdin=subprocess.DEVNULL,
    )
    return path


def test_reel_shows_each_window_from_its_first_frame_to_its_last(tmp_path, clock_clip) -> None:
    # Windows inside a GOP (keyframes at 0 and 4 s): each must start on its own
    # frame, not at the keyframe before it, and stop where it ends.
    duration = make_reel(
        clock_clip, tmp_path / "reel.mp4", [(1.5, 3.5), (5.0, 6.0)], has_audio=True
    )
    assert duration == pytest.approx(3.0, abs=0.15)
    with av.open(str(tmp_path / "reel.mp4")) as container:
        levels = [
            round(float(np.mean(frame.to_ndarray(format="yuv420p")[: frame.height])) / 40)
            for frame in container.decode(video=0)
        ]
    # 1.5-2 s, 2-3 s, 3-3.5 s, then 5-6 s: seconds 1, 2, 3 and 5, 30 frames a second.
    assert levels == [1] * 15 + [2] * 30 + [3] * 15 + [5] * 30


def test_add_move_remove_and_counts(video, django_capture_on_commit_callbacks) -> None:
    proposed = list(video.moments.all())
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        added = moments.moment_add(video=video, time_s="1.234")
    assert len(callbacks) == 1  # the reel is re-made after the change
    assert (added.time_s, added.state, added.origin) == (1.23, "confirmed", "added")
    assert added.kind == "added"
    moments.moment_set_state(moment=proposed[0], state=MomentState.DISMISSED)
    counts = moments.moment_counts(list(video.moments.all()))
    assert counts == {
        "proposed": 2,
        "confirmed": 0,
        "added": 1,
        "dismissed": 1,
        "median_interval_s": None,  # only the added one stands once one is chosen
    }
    moved = moments.moment_move(moment=proposed[1], time_s=2.5)
    assert (moved.time_s, moved.state) == (2.5, MomentState.CONFIRMED)
    counts = moments.moment_counts(list(video.moments.all()))
    assert (counts["confirmed"], counts["median_interval_s"]) == (1, 1.3)

    for bad, message in (
        ("-1", moments.MOMENT_OUTSIDE),
        ("3.5", moments.MOMENT_OUTSIDE),
        ("soon", moments.MOMENT_OUTSIDE),
        ("2.5", moments.MOMENT_TAKEN),
    ):
        with pytest.raises(ValidationError) as err:
            moments.moment_add(video=video, time_s=bad)
        assert err.value.messages == [str(message)]
    with pytest.raises(ValidationError) as err:
        moments.moment_remove(moment=proposed[1])
    assert err.value.messages == [str(moments.MOMENT_NOT_ADDED)]
    moments.moment_remove(moment=added)
    assert not Moment.objects.filter(origin=MomentOrigin.ADDED).exists()


def test_reel_follows_the_moments(video, media_root) -> None:
    video = reel.video_reel_make(video_id=video.pk)
    # nothing confirmed yet: the two proposals (0.8 and 2.3 in a 3 s clip) -> 0-3 s
    assert video.reel_moments == 2
    assert video.reel_duration_s == pytest.approx(3.0, abs=0.2)
    assert f"videos/{video.pk}/reel.mp4" in all_files(media_root)
    first = video.moments.order_by("time_s").first()
    moments.moment_set_state(moment=first, state=MomentState.CONFIRMED)
    video = reel.video_reel_make(video_id=video.pk)
    assert video.reel_moments == 1  # only the confirmed one now: 0-2.8 s
    assert video.reel_duration_s == pytest.approx(2.8, abs=0.2)
    Moment.objects.filter(video=video).update(state=MomentState.DISMISSED)
    video = reel.video_reel_make(video_id=video.pk)
    assert (video.reel_file, video.reel_moments) == ("", 0)


def test_reel_is_deleted_with_the_video(video, media_root, django_capture_on_commit_callbacks):
    reel.video_reel_make(video_id=video.pk)
    with django_capture_on_commit_callbacks(execute=True):
        moments.video_delete(video=Video.objects.get(pk=video.pk))
    assert all_files(media_root) == []


def test_moment_views_add_move_remove(client, owner, viewer, stranger, video) -> None:
    add = reverse("videos:moment_add", kwargs={"pk": video.pk})
    login(client, stranger)
    assert client.post(add, {"time_s": "1.0"}).status_code == HTTPStatus.NOT_FOUND
    login(client, viewer)
    assert client.post(add, {"time_s": "1.0"}).status_code == HTTPStatus.NOT_FOUND
    login(client, owner)
    response = client.post(add, {"time_s": "1.0"}, follow=True)
    html = response.content.decode()
    assert 'data-kind="added"' in html
    assert "2 proposed by the analysis, 0 confirmed, 1 added by hand." in html
    response = client.post(add, {"time_s": "9"}, follow=True)
    assert str(moments.MOMENT_OUTSIDE) in response.content.decode()
    added = Moment.objects.get(origin=MomentOrigin.ADDED)
    move = reverse("videos:moment_move", kwargs={"pk": video.pk, "moment_pk": added.pk})
    client.post(move, {"time_s": "1.5"})
    added.refresh_from_db()
    assert added.time_s == 1.5
    remove = reverse("videos:moment_remove", kwargs={"pk": video.pk, "moment_pk": added.pk})
    client.post(remove)
    assert not Moment.objects.filter(pk=added.pk).exists()


def test_reel_is_served_only_when_made(client, owner, video) -> None:
    login(client, owner)
    url = reverse("videos:media", kwargs={"pk": video.pk, "kind": "reel.mp4"})
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND
    reel.video_reel_make(video_id=video.pk)
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "video/mp4"
    page = client.get(reverse("videos:detail", kwargs={"pk": video.pk})).content.decode()
    assert 'data-testid="reel-player"' in page
