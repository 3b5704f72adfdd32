# ruff: noqa: T201
"""Diagnostic (vid3, 2026-12-02), dev clips only: for each true jerk, the highest z in
the jerk's own pixels (as in vid3-jerk-z.py) within +/-0.3 s, for series.py's short
difference (LAG_S) and its longer one (LONG_LAG_S), each against the clip's 90th
percentile of the per-frame maximum z of the same difference.

Needs vid3-long-difference.patch applied (series._Analyser._zmap and the long lag).
Run from the repository: PYTHONPATH=. .venv/bin/python docs/experiments/vid3-long-z.py
(writes var/jerk_z/longz.json). Uses series._Analyser itself (its ``_zmap`` is wrapped
to keep each z-map), so it measures exactly what series.py measures."""

import importlib.util
import json
from pathlib import Path

import numpy as np

import logbook.video.motion.series as S
from logbook.video.decoding import ReadBudget, grey_frames
from tests.logbook.video.nightclips.dataset import clip_path, spawn_pool, split_plans

_spec = importlib.util.spec_from_file_location("jerkz", Path(__file__).with_name("vid3-jerk-z.py"))
jerkz = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(jerkz)
OUT = Path("var/jerk_z")


def run(seed):
    plan = [p for p in split_plans("dev") if p["seed"] == seed][0]
    ms = jerkz.masks(plan)
    own = {k: {0: [], 2: []} for k in range(len(ms))}
    zmax = {0: [], 2: []}
    with grey_frames(str(clip_path(plan)), side=S.ANALYSIS_SIDE, budget=ReadBudget()) as src:
        an = S._Analyser(src.fps, src.size)
        orig = an._zmap
        state = {"t": 0.0}

        def wrapped(ref, cur, scale):
            out = orig(ref, cur, scale)
            z = out[0]
            zmax[scale].append(float(z.max()))
            for k, j in enumerate(plan["jerks"]):
                if abs(state["t"] - j["time_s"]) <= 0.3 and ms[k].any():
                    own[k][scale].append(float(z[ms[k]].max()))
            return out

        an._zmap = wrapped
        for t, g in src.frames:
            state["t"] = t
            an.push(g)
    p90 = {s: float(np.percentile(v, 90)) for s, v in zmax.items()}
    return [
        {
            "seed": seed,
            "limb": j["limb"],
            "t": j["time_s"],
            "short": max(own[k][0] or [0]),
            "long": max(own[k][2] or [0]),
            "p90_short": p90[0],
            "p90_long": p90[2],
        }
        for k, j in enumerate(plan["jerks"])
    ]


if __name__ == "__main__":
    seeds = [p["seed"] for p in split_plans("dev") if p["jerks"]]
    with spawn_pool(2) as pool:
        rows = [r for rs in pool.map(run, seeds) for r in rs]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "longz.json").write_text(json.dumps(rows))
    r_s = np.array([r["short"] / r["p90_short"] for r in rows])
    r_l = np.array([r["long"] / r["p90_long"] for r in rows])
    print(f"{len(rows)} jerks; own z / clip p90, short vs long difference")
    for lo, hi in ((0, 0.75), (0.75, 1.0), (1.0, 1.5), (1.5, 2.5), (2.5, 1e9)):
        print(
            f"  [{lo}, {hi}): short {np.sum((r_s >= lo) & (r_s < hi))}"
            f"  long {np.sum((r_l >= lo) & (r_l < hi))}"
        )
    weak = r_s <= 1.0
    print(
        f"weak (short <= 1.0): {weak.sum()}; their long ratio median "
        f"{np.median(r_l[weak]):.2f} (short {np.median(r_s[weak]):.2f}); "
        f"rose above 1.0: {np.sum(r_l[weak] > 1.0)}; rose: {np.sum(r_l[weak] > r_s[weak])}"
    )
    print(
        f"all: median ratio short {np.median(r_s):.2f} long {np.median(r_l):.2f}; "
        f"long > short for {np.sum(r_l > r_s)} of {len(rows)}"
    )
