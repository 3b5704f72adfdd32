"""probe() and transcode(): what we accept, what we refuse, and what we serve.

The served copy is what a clinician share link shows, so the tests check the
privacy promise (no time, place or device in the output) on the file itself, and
the web promise (H.264/AAC, <= 720p, index first) by reading its boxes. No
database: these run with ``-p no:django`` and under pytest-django alike.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import av
import numpy as np
import pytest

from logbook.video.decoding import ReadBudget
from logbook.video.media.probe import (
    CORRUPT,
    NOT_A_VIDEO,
    TOO_LONG,
    TRANSCODE_FAILED,
    TRUNCATED,
    MediaError,
    private_metadata,
    probe,
)
from logbook.video.media.transcode import output_size, transcode
from logbook.video.motion import detect_moments, motion_series
from tests.logbook.video.clipgen import (
    make_clip,
    make_corrupt,
    make_image,
    make_not_a_video,
    make_scrambled_stream,
    make_truncated,
    remux_with_rotate_tag,
    top_level_atoms,
)

PHONE_METADATA = {
    "creation_time": "2024-05-01T21:30:00.000000Z",
    "com.apple.quicktime.creationdate": "2024-05-01T22:30:00+0100",
    "location": "+48.8584+002.2945/",
    "com.apple.quicktime.location.ISO6709": "+48.8584+002.2945+035.000/",
    "com.apple.quicktime.make": "Apple",
    "com.apple.quicktime.model": "iPhone 12",
    "make": "Apple",
    "model": "iPhone 12",
}


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("media")


@pytest.fixture(scope="session")
def phone_clip(media_dir: Path) -> Path:
    """3 s, 640x360, with audio and the tags a phone writes (time, GPS, device)."""
    truth = make_clip(
        media_dir / "phone.mp4",
        seconds=3,
        size=(640, 360),
        bursts=[1.0],
        audio=True,
        metadata=PHONE_METADATA,
    )
    return truth.path


@pytest.fixture(scope="session")
def portrait_clip(media_dir: Path) -> Path:
    """Coded landscape with a 90 degree display matrix, as phones record portrait."""
    return make_clip(media_dir / "portrait.mp4", seconds=2, size=(640, 360), rotation=90).path


@pytest.fixture(scope="session")
def faststart_clip(media_dir: Path, phone_clip: Path) -> Path:
    out = media_dir / "served"
    out.mkdir()
    return transcode(phone_clip, out / "phone.mp4", out / "phone.jpg").mp4_path


def _refusal(path: Path, **kwargs: float) -> str:
    with pytest.raises(MediaError) as info:
        probe(path, **kwargs)
    return info.value.message


# --- probe: accept ----------------------------------------------------------------------------


def test_probe_reads_a_phone_clip(phone_clip: Path) -> None:
    info = probe(phone_clip)
    assert info.duration_s == pytest.approx(3.0, abs=0.1)
    assert (info.width, info.height) == (640, 360)
    assert info.fps == pytest.approx(30.0)
    assert info.has_audio
    assert info.audio_codec == "aac"
    assert info.video_codec in {"h264", "mpeg4"}
    assert info.rotation == 0
    # Apple's local creation date (with its offset) wins over the UTC creation_time.
    assert info.recorded_at == datetime(2024, 5, 1, 22, 30, tzinfo=timezone(timedelta(hours=1)))
    assert info.recorded_at.astimezone(UTC) == datetime(2024, 5, 1, 21, 30, tzinfo=UTC)


def test_probe_without_metadata_has_no_recorded_at(media_dir: Path) -> None:
    clip = make_clip(media_dir / "plain.mp4", seconds=1, size=(160, 90))
    info = probe(clip.path)
    assert info.recorded_at is None
    assert not info.has_audio


def test_probe_sniffs_content_not_extension(media_dir: Path, phone_clip: Path) -> None:
    disguised = media_dir / "holiday.jpg"
    shutil.copy(phone_clip, disguised)
    assert probe(disguised).duration_s == pytest.approx(3.0, abs=0.1)
    assert _refusal(make_not_a_video(media_dir / "notes.mp4")) == NOT_A_VIDEO


def test_probe_reads_matroska(media_dir: Path, phone_clip: Path) -> None:
    mkv = media_dir / "phone.mkv"
    subprocess.run(
        ["ffmpeg", "-nostdin", "-v", "error", "-y", "-i", str(phone_clip), "-c", "copy", str(mkv)],
        check=True,
    )
    assert probe(mkv).duration_s == pytest.approx(3.0, abs=0.1)


# --- probe: refuse ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["letter.txt", "letter.mp4", "letter.ans", "letter"])
def test_refuses_text_file(media_dir: Path, name: str) -> None:
    # libavformat would open a .txt as ANSI art; the container allow-list stops it.
    assert _refusal(make_not_a_video(media_dir / name)) == NOT_A_VIDEO


def test_refuses_empty_file(media_dir: Path) -> None:
    empty = media_dir / "empty.mp4"
    empty.write_bytes(b"")
    assert _refusal(empty) == NOT_A_VIDEO


def test_refuses_still_image(media_dir: Path) -> None:
    assert _refusal(make_image(media_dir / "photo.jpg")) == NOT_A_VIDEO


def test_refuses_audio_only(media_dir: Path, phone_clip: Path) -> None:
    m4a = media_dir / "voice.m4a"
    subprocess.run(
        [
            "ffmpeg",
            "-nostdin",
            "-v",
            "error",
            "-y",
            "-i",
            str(phone_clip),
            "-vn",
            "-c",
            "copy",
            str(m4a),
        ],
        check=True,
    )
    assert _refusal(m4a) == NOT_A_VIDEO


def test_refuses_truncated_recording_without_index(media_dir: Path, phone_clip: Path) -> None:
    # PyAV writes the 'moov' index last, like most phones: a cut file has none.
    assert [a[0] for a in top_level_atoms(phone_clip)][-1] == "moov"
    assert _refusal(make_truncated(phone_clip, media_dir / "cut.mp4", 0.6)) == TRUNCATED


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.97])
def test_refuses_truncated_faststart(media_dir: Path, faststart_clip: Path, keep: float) -> None:
    cut = make_truncated(faststart_clip, media_dir / f"cut-fast-{keep}.mp4", keep)
    assert _refusal(cut) == TRUNCATED


def test_refuses_truncated_matroska(media_dir: Path, phone_clip: Path) -> None:
    # No box layout to check here: only seeking near the end and decoding finds it.
    mkv = media_dir / "to-cut.mkv"
    subprocess.run(
        ["ffmpeg", "-nostdin", "-v", "error", "-y", "-i", str(phone_clip), "-c", "copy", str(mkv)],
        check=True,
    )
    assert _refusal(make_truncated(mkv, media_dir / "cut.mkv", 0.6)) == TRUNCATED


def test_refuses_corrupt_index(media_dir: Path, phone_clip: Path) -> None:
    assert _refusal(make_corrupt(phone_clip, media_dir / "bad-moov.mp4")) == CORRUPT


def test_refuses_corrupt_pictures(media_dir: Path, phone_clip: Path) -> None:
    assert _refusal(make_scrambled_stream(phone_clip, media_dir / "bad-mdat.mp4")) == CORRUPT


def test_duration_cap(media_dir: Path, phone_clip: Path) -> None:
    assert _refusal(phone_clip, max_duration_s=2) == TOO_LONG.format(limit="2 seconds")
    assert probe(phone_clip, max_duration_s=3.5).duration_s < 3.5


def test_duration_cap_in_minutes(media_dir: Path) -> None:
    # 601 s at 1 frame per second and 64x36 pixels: long, but cheap to make.
    long_clip = make_clip(media_dir / "long.mp4", seconds=601, fps=1, size=(64, 36)).path
    message = _refusal(long_clip, max_duration_s=600)
    assert message == TOO_LONG.format(limit="10 minutes")
    assert message == "This video is longer than 10 minutes. Please trim it and upload it again."


# --- transcode ----------------------------------------------------------------------------------


def test_transcode_output_is_web_safe_and_private(media_dir: Path, phone_clip: Path) -> None:
    assert private_metadata(phone_clip), "the source must carry private tags for this test"
    out = media_dir / "web"
    out.mkdir()
    result = transcode(phone_clip, out / "v.mp4", out / "v.jpg")

    with av.open(str(result.mp4_path)) as container:
        video = container.streams.video[0]
        assert video.codec_context.name == "h264"
        assert video.codec_context.pix_fmt == "yuv420p"
        assert container.streams.audio[0].codec_context.name == "aac"
        assert min(video.codec_context.width, video.codec_context.height) <= 720
        all_tags = {**container.metadata}
        for stream in container.streams:
            all_tags.update(stream.metadata)
    lowered = {k.lower() for k in all_tags}
    for private in (
        "creation_time",
        "location",
        "com.apple.quicktime.location.iso6709",
        "make",
        "model",
        "com.apple.quicktime.make",
        "com.apple.quicktime.model",
        "com.apple.quicktime.creationdate",
    ):
        assert private not in lowered
    assert not any("+48.8584" in v for v in all_tags.values())
    assert b"+48.8584" not in result.mp4_path.read_bytes()
    assert b"iPhone" not in result.mp4_path.read_bytes()
    assert private_metadata(result.mp4_path) == {}
    assert result.info.recorded_at is None

    kinds = [a[0] for a in top_level_atoms(result.mp4_path)]
    assert "moov" in kinds
    assert "mdat" in kinds
    assert kinds.index("moov") < kinds.index("mdat"), kinds  # faststart

    poster = result.poster_path.read_bytes()
    assert poster[:2] == b"\xff\xd8"
    assert len(poster) > 1000
    with av.open(str(result.poster_path)) as img:
        frame = next(img.decode(video=0))
        assert (frame.width, frame.height) == (640, 360)

    assert sorted(p.name for p in out.iterdir()) == ["v.jpg", "v.mp4"]  # no temp left
    assert result.mp4_path.stat().st_mode & 0o777 == 0o644
    assert result.encoder.startswith("libx264")


def test_transcode_scales_to_720p(media_dir: Path) -> None:
    src = make_clip(media_dir / "hd.mp4", seconds=1, size=(1920, 1080), audio=False).path
    out = media_dir / "hd-out"
    out.mkdir()
    result = transcode(src, out / "hd.mp4", out / "hd.jpg")
    assert (result.info.width, result.info.height) == (1280, 720)
    assert not result.info.has_audio


def test_output_size_keeps_aspect_and_even() -> None:
    info = probe_stub(1920, 1080, 0)
    assert output_size(info) == (1280, 720)
    assert output_size(probe_stub(1080, 1920, 0)) == (720, 1280)
    assert output_size(probe_stub(1920, 1080, 90)) == (720, 1280)
    assert output_size(probe_stub(642, 362, 0)) == (642, 362)
    assert output_size(probe_stub(2560, 1081, 0)) == (1706, 720)
    assert output_size(probe_stub(1440, 1080, 0)) == (960, 720)
    w, h = output_size(probe_stub(1000, 999, 0))
    assert w % 2 == 0
    assert h % 2 == 0
    assert h <= 720


def probe_stub(width: int, height: int, rotation: int):  # type: ignore[no-untyped-def]
    from logbook.video.media.probe import MediaInfo

    return MediaInfo(
        duration_s=1.0,
        width=width,
        height=height,
        fps=30.0,
        has_audio=False,
        video_codec="h264",
        recorded_at=None,
        rotation=rotation,
    )


def test_rotation_is_read_and_applied(media_dir: Path, portrait_clip: Path) -> None:
    info = probe(portrait_clip)
    assert info.rotation == 90
    assert (info.width, info.height) == (640, 360)
    assert info.display_size == (360, 640)
    out = media_dir / "rot"
    out.mkdir()
    result = transcode(portrait_clip, out / "r.mp4", out / "r.jpg")
    assert (result.info.width, result.info.height) == (360, 640)  # upright pixels
    assert result.info.rotation == 0  # no matrix left for players to apply twice
    with av.open(str(result.poster_path)) as img:
        frame = next(img.decode(video=0))
        assert (frame.width, frame.height) == (360, 640)


def test_legacy_rotate_tag(media_dir: Path) -> None:
    src = make_clip(media_dir / "android.mp4", seconds=1, size=(320, 180)).path
    tagged = remux_with_rotate_tag(src, media_dir / "android-rot.mp4", 90)
    info = probe(tagged)
    assert info.rotation in (90, 270)
    assert info.display_size == (180, 320)


def test_one_decode_feeds_the_served_copy_and_the_same_motion_analysis(
    media_dir: Path, phone_clip: Path
) -> None:
    out = media_dir / "shared"
    out.mkdir()
    alone = motion_series(phone_clip)
    result = transcode(phone_clip, out / "s.mp4", out / "s.jpg", motion_budget=ReadBudget())
    shared = result.motion
    assert shared is not None
    assert result.info.video_codec == "h264"
    assert private_metadata(out / "s.mp4") == {}
    # The grey branch scales the same pictures the same way as the in-process reader.
    assert len(shared) == len(alone) > 0
    np.testing.assert_allclose(shared.times_s, alone.times_s, atol=1e-3)
    np.testing.assert_allclose(shared.energy, alone.energy, rtol=0.05, atol=0.05)
    assert [m.time_s for m in detect_moments(shared)] == [m.time_s for m in detect_moments(alone)]
    assert sorted(p.name for p in out.iterdir()) == ["s.jpg", "s.mp4"]


@pytest.mark.parametrize("motion_budget", [None, ReadBudget()], ids=["alone", "with-motion"])
def test_failed_transcode_leaves_nothing(
    media_dir: Path, phone_clip: Path, motion_budget: ReadBudget | None
) -> None:
    out = media_dir / f"fail-{motion_budget is None}"
    out.mkdir()
    bogus = make_not_a_video(media_dir / "bogus.mp4")
    with pytest.raises(MediaError) as info:
        # Pretend the probe passed, so ffmpeg itself meets the bad input.
        transcode(
            bogus, out / "x.mp4", out / "x.jpg", info=probe(phone_clip), motion_budget=motion_budget
        )
    assert info.value.message == TRANSCODE_FAILED
    assert list(out.iterdir()) == []


def test_transcode_refuses_what_probe_refuses(media_dir: Path) -> None:
    out = media_dir / "refuse"
    out.mkdir()
    with pytest.raises(MediaError) as info:
        transcode(make_not_a_video(media_dir / "n.mp4"), out / "n.mp4", out / "n.jpg")
    assert info.value.message == NOT_A_VIDEO
    assert list(out.iterdir()) == []
