"""Why the detector's false alarms on the DEV night clips happen, from each clip's plan.

Every proposal at the default threshold that matches no true jerk is put down to
the first distractor of its clip's plan that covers its time: an exposure step,
a bump of the phone, a roll-over, a stir, a jerk nearby (a proposal 0.3 s or more
from a jerk's time but during or just around its motion: mostly a jerk found at
the wrong frame, which also costs a miss), else the clip's conditions (dark or
lit, very noisy, hand-held, breathing). Misses are listed with the nearest
proposals, so that a mistimed jerk shows as such.

Dev split only (the frozen test split is never looked at this way).

Run: ``.venv/bin/python -m tests.logbook.video.nightclips.fp_causes [--workers 2]``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from logbook.video.motion import DEFAULT_THRESHOLD, detect_moments, motion_series

from .dataset import clip_paths, spawn_pool, split_plans
from .scoring import pairs

EDGE_S = 0.35  # a distractor covers this much either side of its own span


def cause(plan: dict, t: float) -> str:
    """The most likely reason for a false alarm at ``t`` seconds of this clip."""
    events, fps = plan["events"], plan["fps"]
    for e in events["exposure"]:
        if e["t"] - EDGE_S <= t <= e["t"] + e["frames"] / fps + EDGE_S:
            return "exposure step"
    for e in events["bumps"]:
        if e["t"] - EDGE_S <= t <= e["t"] + e["dur"] + EDGE_S:
            return "bump"
    for kind, name in (("rolls", "roll-over"), ("stirs", "stir")):
        for e in events[kind]:
            if e["t"] - 0.3 <= t <= e["t"] + e["dur"] + 0.3:
                return name
    for j in plan["jerks"]:
        if j["onset"] - 0.6 <= t <= j["onset"] + j["dur"] + 0.8:
            return "near a jerk (mistimed or its return)"
    tags = set(plan["tags"])
    parts = ["dark" if "dark" in tags else "lit"]
    parts += [t for t in ("very_noisy", "handheld", "breathing") if t in tags]
    return "no event: " + "+".join(parts)


def _proposals(path: str) -> list[float]:
    return [m.time_s for m in detect_moments(motion_series(path), threshold=DEFAULT_THRESHOLD)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    plans = split_plans("dev")
    paths = [str(p) for p in clip_paths(plans, workers=args.workers)]
    with spawn_pool(args.workers) as pool:
        proposals = list(pool.map(_proposals, paths))
    causes: Counter[str] = Counter()
    misses = []
    for plan, found in zip(plans, proposals, strict=True):
        hit_t, hit_p = pairs([j["time_s"] for j in plan["jerks"]], found)
        causes.update(cause(plan, t) for k, t in enumerate(found) if k not in hit_p)
        for i, j in enumerate(plan["jerks"]):
            if i not in hit_t:
                near = [round(p - j["time_s"], 2) for p in found if abs(p - j["time_s"]) < 1.0]
                misses.append(f"  seed {plan['seed']} {j['limb']} at {j['time_s']}: near {near}")
    tp = sum(len(p["jerks"]) for p in plans) - len(misses)
    fp = sum(causes.values())
    print(f"dev split at {DEFAULT_THRESHOLD}: {tp} found, {fp} false alarms, {len(misses)} missed")
    print("false alarms by cause:")
    for name, count in causes.most_common():
        print(f"  {count:4d}  {name}")
    print("missed jerks (offsets of proposals within 1 s):")
    print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
