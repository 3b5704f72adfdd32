"""The jerk detector: its measures on the frozen night clips, and its small parts.

The full test split (64 clips) is measured by ``make video-eval``; here a fixed
subset of it (every fourth clip) keeps ``make test`` short. The generator must
still produce exactly the plans frozen in the manifest.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from logbook.video.motion import (
    DEFAULT_THRESHOLD,
    Moment,
    MotionSeries,
    detect_moments,
    estimate_pattern,
    motion_series,
    strip,
    summarize,
)
from logbook.video.motion.candidates import FEATURES, candidates
from logbook.video.motion.model import from_sklearn, read, shipped
from logbook.video.motion.series import SHAPE_COLUMNS
from tests.logbook.video.clipgen import make_clip
from tests.logbook.video.nightclips.conditions import draw, plan_sha256
from tests.logbook.video.nightclips.dataset import (
    DEV_SEEDS,
    TEST_SEEDS,
    clip_paths,
    manifest,
    split_plans,
)
from tests.logbook.video.nightclips.scoring import match, score

SUBSET_STEP = 4
# What the detector reaches on this subset (0.395 / 0.395 with the learned classifier
# of make video-model; the hand-made score gave 0.37 / 0.37), with a margin: a change
# that makes it worse fails here. The issue's target is 0.95 / 0.95 with no condition
# below 0.90; test_targets_of_issue_12 records that it is not reached yet.
FLOOR_PRECISION = 0.35
FLOOR_RECALL = 0.35


def test_generator_still_yields_the_frozen_plans() -> None:
    frozen = manifest()
    assert frozen["generator_version"] == 1
    assert [e["seed"] for e in frozen["dev"]] == DEV_SEEDS
    assert [e["seed"] for e in frozen["test"]] == TEST_SEEDS
    assert not set(DEV_SEEDS) & set(TEST_SEEDS)
    for entry in frozen["dev"] + frozen["test"]:
        assert plan_sha256(draw(entry["seed"])) == entry["plan_sha256"], entry["seed"]


def test_the_test_split_is_varied() -> None:
    plans = split_plans("test")
    tags = {t for p in plans for t in p["tags"]}
    wanted = {"dark", "very_noisy", "noise_drift", "light_drift", "exposure_steps", "handheld"}
    wanted |= {"bumps", "breathing", "rolling", "stirring", "wide_shot", "small_limb"}
    wanted |= {"high_compression", "portrait", "fps24", "fps25", "fps30", "fps60", "no_jerks"}
    assert wanted <= tags
    limbs = {j["limb"] for p in plans for j in p["jerks"]}
    assert {"finger", "hand", "foot", "arm", "leg", "head", "startle"} == limbs
    finger_frames = [round(j["dur"] * p["fps"]) for p in plans for j in p["jerks"]]
    assert min(finger_frames) == 2  # a finger twitch may last two frames


def test_matching_counts_each_jerk_once() -> None:
    assert match([1.0, 3.0], [1.1, 1.2, 2.6])[:3] == (1, 2, 1)
    assert match([1.0], [1.31])[:3] == (0, 1, 1)
    assert match([], [])[:3] == (0, 0, 0)


@pytest.fixture(scope="module")
def subset_report():
    plans = split_plans("test")[::SUBSET_STEP]
    paths = clip_paths(plans)
    proposals = [[m.time_s for m in detect_moments(motion_series(p))] for p in paths]
    return score(plans, proposals)


def test_detector_on_a_subset_of_the_frozen_test_split(subset_report) -> None:
    overall = subset_report.overall
    print(f"\nsubset: precision {overall.precision:.3f} recall {overall.recall:.3f} {overall}")
    assert overall.tp + overall.fn >= 20, "the subset should hold enough jerks to mean something"
    assert overall.precision >= FLOOR_PRECISION, subset_report.per_clip
    assert overall.recall >= FLOOR_RECALL, subset_report.per_clip


@pytest.mark.xfail(strict=True, reason="issue 12 targets not reached yet; see make video-eval")
def test_targets_of_issue_12(subset_report) -> None:
    assert subset_report.overall.precision >= 0.95
    assert subset_report.overall.recall >= 0.95
    for tag, tally in subset_report.by_tag.items():
        assert tally.precision >= 0.9, tag
        assert tally.recall >= 0.9, tag


@pytest.fixture(scope="session")
def bump_clip(tmp_path_factory: pytest.TempPathFactory):
    return make_clip(
        tmp_path_factory.mktemp("bump") / "bump.mp4",
        seconds=4,
        size=(320, 180),
        bump_at=2.0,
        noise=3,
    )


def test_series_shape_and_camera_shift(bump_clip) -> None:
    series = motion_series(bump_clip.path)
    assert len(series) == round(bump_clip.seconds * bump_clip.fps)
    assert series.times_s[0] == 0.0
    assert np.all(np.diff(series.times_s) > 0)
    assert series.fps == pytest.approx(bump_clip.fps)
    assert series.duration_s == pytest.approx(bump_clip.seconds, abs=0.1)
    for values in (series.coverage, series.local, series.shift):
        assert values.shape == series.energy.shape
    assert 0.0 <= float(series.coverage.min()) <= float(series.coverage.max()) <= 1.0
    bump = (series.times_s >= 2.0) & (series.times_s < 2.3)
    still = series.times_s < 1.5
    assert float(series.shift[bump].max()) > 1.0  # the camera moved, and we saw it
    assert float(series.shift[still].max()) < 0.5


def test_a_still_grainy_clip_has_no_moments(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "still.mp4", seconds=5, size=(320, 180), noise=4)
    assert detect_moments(motion_series(clip.path)) == []


def test_a_higher_threshold_keeps_a_subset() -> None:
    plan = split_plans("dev")[1]
    series = motion_series(clip_paths([plan])[0])
    low = detect_moments(series, threshold=0.2)
    high = detect_moments(series, threshold=0.8)
    assert {m.time_s for m in high} <= {m.time_s for m in low}
    assert all(m.score >= 0.8 for m in high)
    assert all(0.0 <= m.score <= 1.0 for m in low)


def test_summary_is_json_and_rounded() -> None:
    series = motion_series(clip_paths(split_plans("dev")[:1])[0])
    moments = detect_moments(series, threshold=0.2)
    summary = summarize(series, moments)
    json.dumps(summary)  # JSON-ready, no numpy scalars
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


def test_strip_is_normalised(bump_clip) -> None:
    series = motion_series(bump_clip.path)
    values = strip(series, buckets=50)
    assert len(values) == 50
    assert max(values) == 1.0
    assert min(values) >= 0.0
    assert len(strip(series, buckets=100_000)) == len(series)


def test_too_short_series_has_no_moments(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "tiny.mp4", seconds=0.1, size=(160, 90))
    series = motion_series(clip.path)
    assert detect_moments(series) == []
    assert len(strip(series)) == len(series)


def test_flattened_trees_give_the_probabilities_of_scikit_learn(tmp_path: Path) -> None:
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(5)
    X = rng.normal(size=(600, 4))
    y = (X[:, 0] + X[:, 1] * X[:, 2] > 0.3).astype(int)
    clf = HistGradientBoostingClassifier(max_iter=40, random_state=0).fit(X, y)
    flat = from_sklearn(clf, ("a", "b", "c", "d"), threshold_default=0.4)
    flat.save(tmp_path / "m.npz")
    again = read(tmp_path / "m.npz")
    probe = rng.normal(size=(200, 4))
    expected = clf.predict_proba(probe)[:, 1]
    assert np.allclose(again.probability(probe), expected, atol=1e-9)
    assert again.features == ("a", "b", "c", "d")
    assert again.threshold_default == 0.4


def test_the_shipped_model_fits_the_code() -> None:
    model = shipped()
    assert model.features == FEATURES
    assert round(model.threshold_default, 2) == DEFAULT_THRESHOLD
    assert 0.0 < DEFAULT_THRESHOLD < 1.0


def _series(local: np.ndarray, fps: float = 30.0) -> MotionSeries:
    """A still, grainy clip's features with ``local`` added to the third of four cells."""
    n = local.size
    shape = np.zeros((n, len(SHAPE_COLUMNS)))
    shape[:, SHAPE_COLUMNS.index("zmax")] = 3.0 + local
    cells = np.random.default_rng(1).uniform(2.0, 3.0, size=(n, 4))
    cells[:, 2] += local
    return MotionSeries(
        times_s=np.arange(n) / fps,
        energy=np.full(n, 0.5),
        fps=fps,
        duration_s=n / fps,
        coverage=np.zeros(n),
        local=local,
        shift=np.zeros(n),
        shape=shape,
        cell_peak=cells,
        cell_mean=cells / 2,
    )


def test_candidates_are_the_peaks_with_one_row_of_features_each() -> None:
    local = np.zeros(120)
    local[[30, 31, 32]] = [40.0, 90.0, 20.0]  # a jerk-like flare at frame 31
    local[80:110] = 15.0  # slow movement, one second long
    idx, X = candidates(_series(local))
    assert 31 in idx
    assert not set(range(25, 38)) - {31} & set(idx)  # one candidate per flare
    assert sum(80 <= i < 110 for i in idx) <= 5  # the slow movement is not a train of peaks
    assert X.shape == (idx.size, len(FEATURES))
    assert np.isfinite(X).all()
    assert candidates(_series(np.zeros(3)))[0].size == 0
