"""The jerk detector against clips whose jerks we placed ourselves.

Precision and recall over a varied set (0-6 jerks, sensor noise, brightness
drift, camera bumps, two resolutions, 24-30 fps) are the numbers that tell us
the proposals on a parent's timeline can be trusted. They are printed so a
change to the detector shows its effect (run with ``-s``).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from logbook.video.media import (
    Moment,
    detect_moments,
    estimate_pattern,
    motion_series,
    strip,
    summarize,
)
from tests.logbook.video.clipgen import (
    ClipTruth,
    clip_set,
    evaluate_detector,
    make_clip,
    make_clip_set,
    match_moments,
)


@pytest.fixture(scope="session")
def clips(tmp_path_factory: pytest.TempPathFactory) -> list[ClipTruth]:
    return make_clip_set(tmp_path_factory.mktemp("motion-clips"))


@pytest.fixture(scope="session")
def still_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_clip(
        tmp_path_factory.mktemp("still") / "still.mp4", seconds=6, size=(320, 180), noise=4
    ).path


def test_clip_set_is_varied() -> None:
    specs = clip_set()
    assert len(specs) >= 20
    counts = {len(s.kwargs["bursts"]) for s in specs}  # type: ignore[arg-type]
    assert counts == set(range(7))
    assert any(s.kwargs["bump_at"] is not None for s in specs)
    assert any(s.kwargs["noise"] for s in specs)
    assert any(s.kwargs["drift"] for s in specs)
    assert {s.kwargs["size"] for s in specs} == {(320, 180), (640, 360)}


def test_detector_precision_and_recall(clips: list[ClipTruth]) -> None:
    result = evaluate_detector(clips)
    print(
        "\nmotion detector on {} clips: precision={:.3f} recall={:.3f} tp={} fp={} fn={}".format(
            len(clips),
            result["precision"],
            result["recall"],
            result["tp"],
            result["fp"],
            result["fn"],
        )
    )
    misses = [c for c in result["per_clip"] if c["fp"] or c["fn"]]  # type: ignore[union-attr]
    assert result["tp"] >= 40, "the set should hold enough jerks to mean something"
    assert result["precision"] >= 0.9, misses
    assert result["recall"] >= 0.9, misses


def test_series_shape_and_timing(clips: list[ClipTruth]) -> None:
    clip = clips[3]
    series = motion_series(clip.path)
    assert len(series) == round(clip.seconds * clip.fps)
    assert series.times_s[0] == 0.0
    assert np.all(np.diff(series.times_s) > 0)
    assert series.fps == pytest.approx(clip.fps)
    assert series.duration_s == pytest.approx(clip.seconds, abs=0.1)
    assert series.coverage.shape == series.energy.shape
    assert float(series.coverage.min()) >= 0.0
    assert float(series.coverage.max()) <= 1.0


def test_no_moments_in_a_still_noisy_clip(still_clip: Path) -> None:
    assert detect_moments(motion_series(still_clip)) == []


def test_camera_bump_is_not_a_jerk(tmp_path: Path) -> None:
    clip = make_clip(
        tmp_path / "bump.mp4", seconds=6, size=(320, 180), bursts=[1.5], bump_at=4.0, noise=3
    )
    series = motion_series(clip.path)
    moments = detect_moments(series)
    assert match_moments(clip.bursts, [m.time_s for m in moments]) == (1, 0, 0)
    bump_frames = (series.times_s >= 4.0) & (series.times_s < 4.2)
    assert float(series.coverage[bump_frames].max()) > 0.6  # the bump covers the frame
    jerk_frames = (series.times_s >= 1.5) & (series.times_s < 1.8)
    assert float(series.coverage[jerk_frames].max()) < 0.3  # a limb does not


def test_sample_fps_analyses_fewer_frames(clips: list[ClipTruth]) -> None:
    clip = next(c for c in clips if c.fps == 30 and c.bursts)
    series = motion_series(clip.path, sample_fps=10)
    assert len(series) == pytest.approx(clip.seconds * 10, abs=2)
    moments = detect_moments(series)
    tp, _fp, _fn = match_moments(clip.bursts, [m.time_s for m in moments])
    assert tp >= len(clip.bursts) - 1


def test_summary_is_json_and_rounded(clips: list[ClipTruth]) -> None:
    clip = next(c for c in clips if len(c.bursts) >= 3)
    series = motion_series(clip.path)
    moments = detect_moments(series)
    summary = summarize(series, moments)
    json.dumps(summary)  # JSON-ready, no numpy scalars
    assert summary["duration_s"] == pytest.approx(clip.seconds, abs=0.1)
    motion = summary["motion"]
    assert motion["frames"] == len(series)  # type: ignore[index]
    assert motion["p50"] <= motion["p95"] <= motion["max"]  # type: ignore[index]
    for item in summary["moments"]:  # type: ignore[union-attr]
        assert round(item["time_s"], 2) == item["time_s"]
    assert summary["pattern"]["count"] == len(moments)  # type: ignore[index]


def test_estimate_pattern() -> None:
    moments = [Moment(time_s=t, peak_energy=1.0, score=2.0) for t in (3.0, 13.0, 25.0, 36.0)]
    assert estimate_pattern(moments) == {"count": 4, "median_interval_s": 11.0}
    assert estimate_pattern([]) == {"count": 0, "median_interval_s": None}
    assert estimate_pattern(moments[:1]) == {"count": 1, "median_interval_s": None}


def test_strip_is_normalised(clips: list[ClipTruth]) -> None:
    series = motion_series(clips[5].path)
    values = strip(series, buckets=50)
    assert len(values) == 50
    assert max(values) == 1.0
    assert min(values) >= 0.0
    short = strip(series, buckets=100_000)
    assert len(short) == len(series)


def test_too_short_series_has_no_moments(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "tiny.mp4", seconds=0.1, size=(160, 90))
    series = motion_series(clip.path)
    assert detect_moments(series) == []
    assert strip(series) == [0.0] * len(series) or strip(series) == []
