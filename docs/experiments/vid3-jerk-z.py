"""Diagnostic (vid3, 2026-12-02), dev clips only: for each true jerk, the highest z of
series.py inside the jerk's own pixels (where a clean render with the jerk differs from
one without it, dilated 2 px) within +/-0.3 s of its time, with and without the 1-px
tolerance, and each clip's median and 90th percentile of the per-frame maximum z.

Run from the repository: SIDE=320 PYTHONPATH=. .venv/bin/python docs/experiments/vid3-jerk-z.py
(writes var/jerk_z/jerkz-<SIDE>.json). Not kept in the package: it re-implements the
series steps and would drift from them."""

import copy
import json
import os
from pathlib import Path

import cv2
import numpy as np

import logbook.video.motion.series as S
from logbook.video.decoding import ReadBudget, grey_frames, grey_size
from tests.logbook.video.nightclips.dataset import clip_path, spawn_pool, split_plans
from tests.logbook.video.nightclips.misses import clean
from tests.logbook.video.nightclips.render import Scene

SIDE = int(os.environ.get("SIDE", "320"))
OUT = Path(os.environ.get("OUT", "var/jerk_z"))


def masks(plan):
    size = grey_size(plan["width"], plan["height"], SIDE)
    out = []
    for k, j in enumerate(plan["jerks"]):
        other = copy.deepcopy(plan)
        del other["jerks"][k]
        a = cv2.resize(clean(Scene(plan), j["time_s"]), size, interpolation=cv2.INTER_AREA)
        b = cv2.resize(clean(Scene(other), j["time_s"]), size, interpolation=cv2.INTER_AREA)
        d = np.abs(a - b)
        m = d > max(d.max() * 0.3, 1e-3)
        m = cv2.dilate(m.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
        out.append(m)
    return out


def run(seed):
    plan = [p for p in split_plans("dev") if p["seed"] == seed][0]
    ms = masks(plan)
    # The z maps of series.py's steps 1-5, re-done here (as of commit c0c7cff) so that
    # the same frame can be measured with and without the 1-px tolerance of step 4.
    res = {j: {"tol": [], "notol": []} for j in range(len(ms))}
    zmed = {"tol": [], "notol": []}
    with grey_frames(str(clip_path(plan)), side=SIDE, budget=ReadBudget()) as src:
        an = S._Analyser(src.fps, src.size)
        an.levels = [None] * 4
        for tt, g in src.frames:
            cur = cv2.GaussianBlur(g.astype(np.float32), (0, 0), 1.0)
            ref = an.history[0] if an.history else cur
            an.history.append(cur)
            if ref is cur:
                continue
            h, w = cur.shape
            (dx, dy), resp = cv2.phaseCorrelate(
                cv2.resize(ref, an.small, interpolation=cv2.INTER_AREA),
                cv2.resize(cur, an.small, interpolation=cv2.INTER_AREA),
                an.window,
            )
            dx, dy = 2 * dx, 2 * dy
            if resp < S.MIN_RESPONSE or np.hypot(dx, dy) > an.max_shift:
                dx = dy = 0.0
            if np.hypot(dx, dy) > 0.05:
                ref = cv2.warpAffine(
                    ref,
                    np.float32([[1, 0, dx], [0, 1, dy]]),
                    (w, h),
                    borderMode=cv2.BORDER_REPLICATE,
                )
            cs = cv2.resize(cur, an.coarse, interpolation=cv2.INTER_AREA) + 1.0
            rs = cv2.resize(ref, an.coarse, interpolation=cv2.INTER_AREA) + 1.0
            ref = ref * cv2.resize(cv2.divide(cs, rs), (w, h), interpolation=cv2.INTER_LINEAR)
            above = cv2.max(cv2.subtract(cur, cv2.dilate(ref, S.TOLERANCE)), 0.0)
            below = cv2.max(cv2.subtract(cv2.erode(ref, S.TOLERANCE), cur), 0.0)
            zs = {}
            for name, signed, sc in (
                ("tol", cv2.subtract(above, below), 0),
                ("notol", cur - ref, 2),
            ):
                e = int(np.ceil(max(abs(dx), abs(dy)))) + 2
                signed = signed.copy()
                signed[:e] = 0
                signed[-e:] = 0
                signed[:, :e] = 0
                signed[:, -e:] = 0
                fine = np.abs(cv2.blur(signed, (3, 3)))
                zf = fine / an._level(fine, sc)
                wide = np.abs(cv2.blur(signed, (S.WIDE, S.WIDE)))
                zw = wide / an._level(wide, sc + 1)
                zs[name] = cv2.max(zf, zw)
                zmed[name].append(float(zs[name].max()))
            for k, j in enumerate(plan["jerks"]):
                if abs(tt - j["time_s"]) <= 0.3 and ms[k].any():
                    for name in zs:
                        res[k][name].append(float(zs[name][ms[k]].max()))
    out = []
    for k, j in enumerate(plan["jerks"]):
        out.append(
            {
                "seed": seed,
                "limb": j["limb"],
                "t": j["time_s"],
                "tol": max(res[k]["tol"] or [0]),
                "notol": max(res[k]["notol"] or [0]),
                "clip_tol": float(np.median(zmed["tol"])),
                "clip_notol": float(np.median(zmed["notol"])),
                "clip_tol90": float(np.percentile(zmed["tol"], 90)),
                "clip_notol90": float(np.percentile(zmed["notol"], 90)),
            }
        )
    return out


if __name__ == "__main__":
    seeds = [p["seed"] for p in split_plans("dev") if p["jerks"]]
    with spawn_pool(2) as pool:
        rows = [r for rs in pool.map(run, seeds) for r in rs]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"jerkz-{SIDE}.json").write_text(json.dumps(rows))
