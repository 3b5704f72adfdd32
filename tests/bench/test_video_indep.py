"""The independent video benchmark: its matching rule and its frozen manifest."""

import pytest

from bench.video_indep.generate import check, load_manifest
from bench.video_indep.plan import plan_clip, truth_sha256
from bench.video_indep.scene import frames
from bench.video_indep.scoring import match, score


def test_each_truth_is_matched_once_and_extra_proposals_are_false_positives():
    counts = score([1.0, 5.0], [0.95, 1.1, 5.31, 9.0], tolerance=0.3)
    assert (counts.hits, counts.truths, counts.proposals) == (1, 2, 4)
    assert counts.false_positives == 3
    assert counts.precision == pytest.approx(0.25)
    assert counts.recall == pytest.approx(0.5)


def test_a_proposal_goes_to_the_closer_truth():
    # 2.0 is within reach of both truths; the closer pairing lets both truths hit
    assert match([1.8, 2.3], [2.0, 2.45], tolerance=0.3) == [0, 1]


def test_no_truths_and_no_proposals_give_no_ratios():
    counts = score([], [], tolerance=0.3)
    assert counts.precision is None
    assert counts.recall is None


def test_the_manifest_is_what_the_seeds_give_and_its_truths_are_untouched():
    manifest = load_manifest()
    assert check(manifest) == []
    clips = manifest["clips"]
    assert 60 <= len(clips) <= 100
    assert sum(not c["jerks"] for c in clips) >= 10
    edited = {**clips[1], "truth_s": [t + 0.5 for t in clips[1]["truth_s"]]}
    assert truth_sha256(edited["truth_s"]) != edited["truth_sha256"]


def test_a_jerk_changes_only_the_frames_from_its_onset_to_its_return():
    plan = plan_clip(52_001, "clean")
    jerk = plan["jerks"][0]
    plan["duration_s"] = jerk["t"] + 1.0
    still = {**plan, "jerks": []}
    fps = plan["fps"]
    changed = [
        i / fps
        for i, (a, b) in enumerate(zip(frames(plan), frames(still), strict=True))
        if (a != b).any()
    ]
    assert changed, "the jerk must be visible in the pixels"
    assert jerk["t"] <= changed[0] <= jerk["t"] + 1.0 / fps
    end = jerk["t"] + jerk["rise_frames"] / fps + jerk["hold_s"] + jerk["return_s"]
    assert changed[-1] <= end
