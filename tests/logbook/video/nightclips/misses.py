"""Why true jerks of the DEV night clips get no candidate, and what the no-jerk
clips' false proposals are: a diagnostic for the first stage (:mod:`.candidates`).

For each true jerk of each dev clip it prints, from the clip's motion series:

* whether a candidate lies within the matching tolerance (the candidate recall
  "ceiling"), and whether the jerk is proposed at a low threshold (0.05);
* the candidate signal ``v`` (most outlying cell) at the jerk and its maximum
  within the tolerance, against the clip's v median and 90th percentile;
* when a v peak lies within the tolerance but was not kept: the stronger frame
  within ``PEAK_HALF_S`` that suppressed it;
* how visible the jerk is: from clean renders of the plan (no grain, no codec)
  with and without that jerk at the jerk's time, at analysis size, the number of
  pixels that change by more than the grain's sigma and the largest change, in
  multiples of the clip's grain sigma; and the z of the jerk's own noise cell.

Dev split only: the frozen test seeds are never looked at.

Run: ``.venv/bin/python -m tests.logbook.video.nightclips.misses [--workers 2]``.
"""

from __future__ import annotations

import argparse
import copy
import math
import sys
from pathlib import Path

import cv2
import numpy as np

from logbook.video.decoding import grey_size
from logbook.video.motion.candidates import PEAK_HALF_S, candidates, cell_outliers
from logbook.video.motion.moments import DEFAULT_THRESHOLD, frame_scores, strongest_apart
from logbook.video.motion.series import ANALYSIS_SIDE, GRID

from .dataset import ROOT, clip_paths, spawn_pool, split_plans
from .fp_causes import cause
from .render import Scene, _curve
from .scoring import TOLERANCE_S, match, pairs
from .train import NIGHT_SEEDS, SERIES_VERSION, cache_series, load_series

SHOWN_TAGS = ("dark", "very_noisy", "wide_shot", "high_compression", "handheld")
CACHE = ROOT / "var" / "misses_series"  # per-clip series, by --tag


def _series(job: tuple[str, str]) -> str:
    tag, clip = job
    return cache_series(clip, CACHE / f"v{SERIES_VERSION}-{tag}-{Path(clip).stem}.npz")


def clean(scene: Scene, t: float) -> np.ndarray:
    """Scene.frame without grain (and without the codec)."""
    return scene.signal(t)


def visibility(plan: dict, k: int) -> dict:
    """How much jerk ``k`` changes the picture at its time, at analysis size."""
    j = plan["jerks"][k]
    other = copy.deepcopy(plan)
    del other["jerks"][k]
    t = j["time_s"]
    a, b = clean(Scene(plan), t), clean(Scene(other), t)
    w, h = plan["width"], plan["height"]
    size = grey_size(w, h, ANALYSIS_SIDE)
    diff = np.abs(
        cv2.resize(a, size, interpolation=cv2.INTER_AREA)
        - cv2.resize(b, size, interpolation=cv2.INTER_AREA)
    )
    sigma = plan["noise"] * (1.0 + _curve(plan["noise_knots"], t, plan["seconds"]))
    # grain sigma at analysis size: white part shrinks with the area average
    scale = max(w, h) / size[0 if w >= h else 1]
    bl = plan["blotch"]
    sigma_a = sigma * math.sqrt((1 - bl) / max(scale, 1.0) ** 2 + bl)
    ys, xs = np.nonzero(diff > sigma_a)
    sw, sh = size
    long_side = max(sw, sh)
    rows = max(2, round(GRID * sh / long_side))
    cols = max(2, round(GRID * sw / long_side))
    ch, cw = (sh // rows) & ~1, (sw // cols) & ~1
    if xs.size:
        yy, xx = np.unravel_index(int(diff.argmax()), diff.shape)
        cell = min(int(yy // ch), rows - 1) * cols + min(int(xx // cw), cols - 1)
    else:
        cell = -1
    return {
        "px": int(xs.size),
        "max": float(diff.max() / max(sigma_a, 1e-3)),
        "sigma": sigma_a,
        "cell": cell,
    }


def analyse(plan: dict, series_path: str) -> dict:
    s = load_series(series_path)
    idx, _X = candidates(s)
    score = frame_scores(s)
    t = s.times_s
    fps = max(float(s.fps), 1.0)
    peak_z = cell_outliers(s.cell_peak, fps)
    v = peak_z.max(axis=1)
    cand_t = t[idx]
    low = [float(t[i]) for i in strongest_apart(t, score, 0.05)]
    at_default = [float(t[i]) for i in strongest_apart(t, score, DEFAULT_THRESHOLD)]
    truth = [j["time_s"] for j in plan["jerks"]]
    hit_c, _ = pairs(truth, list(map(float, cand_t)))
    hit_low, _ = pairs(truth, low)
    hit_default, used_default = pairs(truth, at_default)
    half = max(1, int(round(PEAK_HALF_S * fps)))
    med, p90 = float(np.median(v)), float(np.percentile(v, 90))
    jerks = []
    for k, j in enumerate(plan["jerks"]):
        tt = j["time_s"]
        win = np.flatnonzero(np.abs(t - tt) <= TOLERANCE_S)
        best = int(win[v[win].argmax()]) if win.size else 0
        lo, hi = max(0, best - half), min(len(v), best + half + 1)
        stronger = int(lo + v[lo:hi].argmax())
        near = [
            (round(float(c - tt), 2), round(float(score[i]), 2))
            for c, i in zip(cand_t, idx, strict=True)
            if abs(c - tt) < 1.0
        ]
        chosen = [round(p - tt, 2) for p in low if abs(p - tt) < 1.0]
        vis = visibility(plan, k)
        own = (
            float(peak_z[win, vis["cell"]].max()) if vis["cell"] >= 0 and win.size else float("nan")
        )
        raw = (
            float(s.cell_peak[win, vis["cell"]].max())
            if vis["cell"] >= 0 and win.size
            else float("nan")
        )
        jerks.append(
            {
                "seed": plan["seed"],
                "limb": j["limb"],
                "t": tt,
                "dur_frames": round(j["dur"] * plan["fps"], 1),
                "swing": j["swing"],
                "cand": k in hit_c,
                "low": k in hit_low,
                "hit_default": k in hit_default,
                "v_max": float(v[win].max()) if win.size else float("nan"),
                "v_med": med,
                "v_p90": p90,
                "suppressed_by": (round(float(t[stronger] - tt), 2) if stronger != best else None),
                "v_supp": float(v[stronger]),
                "near": near,
                "chosen": chosen,
                "vis_px": vis["px"],
                "vis_max": vis["max"],
                "own_cell_out": own,
                "own_cell_z": raw,
                "zmax": float(s.shape[win, 0].max()) if win.size else float("nan"),
                "tags": plan["tags"],
            }
        )
    fps_false = [
        (round(float(p), 2), round(float(score[np.argmin(np.abs(t - p))]), 2), cause(plan, p))
        for k, p in enumerate(at_default)
        if k not in used_default
    ]
    # The same "a candidate within the tolerance" at random quiet times (no jerk or
    # event within reach): what the ceiling would be if candidates ignored the jerks.
    busy = [(j["onset"] - 0.6, j["onset"] + j["dur"] + 0.8) for j in plan["jerks"]]
    for e in plan["events"]["exposure"] + plan["events"]["bumps"]:
        busy.append((e["t"] - 0.4, e["t"] + e.get("dur", 0.1) + 0.4))
    for e in plan["events"]["rolls"] + plan["events"]["stirs"]:
        busy.append((e["t"] - 0.4, e["t"] + e["dur"] + 0.4))
    rng = np.random.default_rng(plan["seed"])
    draws = rng.uniform(0.5, plan["seconds"] - 0.5, 200)
    quiet = [q for q in draws if not any(a <= q <= b for a, b in busy)]
    chance = [bool((np.abs(cand_t - q) <= TOLERANCE_S).any()) for q in quiet]
    return {
        "seed": plan["seed"],
        "chance": chance,
        "n": len(t),
        "seconds": plan["seconds"],
        "cands": int(idx.size),
        "jerks": jerks,
        "false_default": fps_false,
        "tp_default": match(truth, at_default)[0],
        "n_default": len(at_default),
        "in_train": plan["seed"] in NIGHT_SEEDS,
    }


def _medians(title: str, jerks: list[dict], flag_key: str) -> None:
    """Median visibility of the jerks with and without ``flag_key``."""
    print(f"{title}, medians:")
    for flag in (True, False):
        sel = [j for j in jerks if j[flag_key] == flag]
        if sel:
            print(
                f"  {flag_key}={flag}: {len(sel)} jerks,"
                f" vis_px {np.median([j['vis_px'] for j in sel]):.0f},"
                f" vis_max {np.median([j['vis_max'] for j in sel]):.2f},"
                f" own_cell_out {np.nanmedian([j['own_cell_out'] for j in sel]):.2f},"
                f" share of vis_max < 4: {np.mean([j['vis_max'] < 4 for j in sel]):.2f}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--tag", default="base")
    args = parser.parse_args(argv)
    plans = split_plans("dev")
    paths = [str(p) for p in clip_paths(plans, workers=args.workers)]
    with spawn_pool(args.workers) as pool:
        series = list(pool.map(_series, [(args.tag, p) for p in paths]))
    results = [analyse(p, s) for p, s in zip(plans, series, strict=True)]
    jerks = [j for r in results for j in r["jerks"]]
    n = len(jerks)
    cands = sum(r["cands"] for r in results)
    secs = sum(r["seconds"] for r in results)
    print(
        f"[{args.tag}] dev: {len(results)} clips, {n} jerks; candidates {cands} "
        f"({cands / len(results):.1f}/clip, {cands / secs:.2f}/s); "
        f"candidate ceiling {sum(j['cand'] for j in jerks) / n:.3f}; "
        f"proposed at 0.05 {sum(j['low'] for j in jerks) / n:.3f}; "
        f"at {DEFAULT_THRESHOLD:.2f} {sum(j['hit_default'] for j in jerks) / n:.3f}"
    )
    chance = [c for r in results for c in r["chance"]]
    print(
        f"  chance ceiling: random quiet times with a candidate within the tolerance"
        f" {np.mean(chance):.3f} ({len(chance)} draws)"
    )
    print("jerks without a candidate within the tolerance:")
    print(
        "  seed limb      t     frames vmax  (med/p90)  supp_by"
        "  vis_px vis_max own_out own_z zmax near"
    )
    for j in jerks:
        if j["cand"]:
            continue
        print(
            f"  {j['seed']} {j['limb']:<8} {j['t']:6.2f} {j['dur_frames']:5.1f}"
            f" {j['v_max']:5.2f} ({j['v_med']:4.2f}/{j['v_p90']:4.2f})"
            f" {str(j['suppressed_by']):>7} {j['vis_px']:6d} {j['vis_max']:6.2f}"
            f" {j['own_cell_out']:6.2f} {j['own_cell_z']:6.2f} {j['zmax']:5.1f} {j['near']}"
            f"  {','.join(x for x in j['tags'] if x in SHOWN_TAGS)}"
        )
    print("jerks with a candidate but not proposed at 0.05:")
    for j in jerks:
        if j["cand"] and not j["low"]:
            print(
                f"  {j['seed']} {j['limb']:<8} {j['t']:6.2f} vis_px {j['vis_px']:4d}"
                f" vis_max {j['vis_max']:5.2f} proposed at 0.05: {j['chosen']}"
                f"\n      candidates (offset, score): {j['near']}"
            )
    _medians("visibility (clean render) of found vs. missing-candidate jerks", jerks, "cand")
    _medians(
        f"visibility of jerks proposed / missed at {DEFAULT_THRESHOLD:.2f}", jerks, "hit_default"
    )
    print(f"at {DEFAULT_THRESHOLD:.2f}, dev clips the shipped model was trained on vs. not:")
    for flag in (True, False):
        sel = [r for r in results if r["in_train"] == flag]
        tp = sum(r["tp_default"] for r in sel)
        n = sum(len(r["jerks"]) for r in sel)
        prop = sum(r["n_default"] for r in sel)
        print(
            f"  in_train={flag}: {len(sel)} clips, {n} jerks, proposed {prop},"
            f" precision {tp / max(prop, 1):.3f} recall {tp / max(n, 1):.3f}"
        )
    from collections import Counter

    causes = Counter(c for r in results for _t, _s, c in r["false_default"])
    print(f"false proposals at {DEFAULT_THRESHOLD:.2f} by cause ({sum(causes.values())}):")
    for name, count in causes.most_common():
        print(f"  {count:4d}  {name}")
    print(f"false proposals at {DEFAULT_THRESHOLD:.2f} on no-jerk clips (time, score, cause):")
    for r in results:
        if not r["jerks"]:
            print(f"  seed {r['seed']} ({r['seconds']} s): {r['false_default']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
