"""``make video-eval``: the jerk detector on the frozen night clips.

Prints, for the frozen TEST split, precision and recall overall, per condition
(clip tag) and recall per limb at the detector's default score threshold, then
the precision-recall curve over the threshold. ``--split dev`` does the same on
the dev split and shows which threshold dev would choose (``choose_threshold``):
that is how the default in ``logbook.video.motion`` was set. Never tune on test.

Run: ``.venv/bin/python -m tests.logbook.video.nightclips.evaluate [--split dev|test]
[--limit N] [--workers 2]``.
"""

from __future__ import annotations

import argparse
import sys
import time

import numpy as np

from logbook.video.motion import DEFAULT_THRESHOLD, detect_moments, motion_series

from .dataset import clip_paths, spawn_pool, split_plans
from .scoring import TOLERANCE_S, Report, Tally, pr_curve, score

CURVE = np.round(np.arange(0.05, 0.96, 0.05), 2)
CANDIDATE_FLOOR = float(CURVE[0])


def candidates(path: str) -> tuple[list[tuple[float, float]], float, float]:
    """(time, score) of every candidate above the floor; seconds taken; clip length."""
    started = time.perf_counter()
    series = motion_series(path)
    found = detect_moments(series, threshold=CANDIDATE_FLOOR)
    return [(m.time_s, m.score) for m in found], time.perf_counter() - started, series.duration_s


def run(split: str, limit: int | None = None, workers: int = 2):
    plans = split_plans(split)[:limit]
    paths = clip_paths(plans, workers=workers)
    with spawn_pool(workers) as pool:
        results = list(pool.map(candidates, [str(p) for p in paths]))
    return plans, [r[0] for r in results], sum(r[1] for r in results), sum(r[2] for r in results)


def at_threshold(plans, cands, threshold: float) -> Report:
    return score(plans, [[t for t, s in clip if s >= threshold] for clip in cands])


def choose_threshold(curve: list[tuple[float, Tally]]) -> float:
    """The threshold with the best worse-of-two (precision, recall); ties to F1, then lower."""

    def key(item):
        thr, t = item
        f1 = 2 * t.precision * t.recall / max(t.precision + t.recall, 1e-9)
        return (round(min(t.precision, t.recall), 3), round(f1, 3), -thr)

    return max(curve, key=key)[0]


def _row(name: str, t: Tally) -> str:
    return (
        f"  {name:<18} clips {t.clips:>3}  jerks {t.tp + t.fn:>4}  proposed {t.tp + t.fp:>4}"
        f"  precision {t.precision:5.3f}  recall {t.recall:5.3f}"
    )


def print_report(title: str, report: Report) -> None:
    print(title)
    print(_row("overall", report.overall))
    print(" per condition (clips with that tag):")
    for tag in sorted(report.by_tag):
        print(_row(tag, report.by_tag[tag]))
    print(" recall per limb:")
    for limb in sorted(report.by_limb):
        t = report.by_limb[limb]
        print(f"  {limb:<18} jerks {t.tp + t.fn:>4}  recall {t.recall:5.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=["dev", "test"], default="test")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clips", action="store_true", help="also list every clip's result")
    args = parser.parse_args(argv)

    plans, cands, spent, seconds = run(args.split, args.limit, args.workers)
    print(
        f"{args.split} split: {len(plans)} clips, {seconds:.0f} s of video, "
        f"{sum(len(p['jerks']) for p in plans)} jerks; tolerance +/-{TOLERANCE_S} s; "
        f"analysis {spent:.0f} s CPU-wall in workers"
    )
    report = at_threshold(plans, cands, DEFAULT_THRESHOLD)
    print_report(f"at the default threshold {DEFAULT_THRESHOLD}:", report)
    curve = pr_curve(plans, cands, CURVE)
    print("precision-recall curve over the score threshold:")
    for thr, t in curve:
        print(f"  threshold {thr:4.2f}  precision {t.precision:5.3f}  recall {t.recall:5.3f}")
    if args.split == "dev":
        print(f"dev would choose threshold {choose_threshold(curve)}")
    if args.clips:
        for (seed, tp, fp, fn), plan in zip(report.per_clip, plans, strict=True):
            if fp or fn:
                print(f"  seed {seed}: tp {tp} fp {fp} fn {fn}  {' '.join(plan['tags'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
