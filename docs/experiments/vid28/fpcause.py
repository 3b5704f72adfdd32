import json, math
from pathlib import Path
from collections import Counter
import numpy as np
from logbook.video.motion.candidates import candidates
from logbook.video.motion.model import read
from logbook.video.motion.moments import strongest_apart
from logbook.video.motion.series import SHAPE_COLUMNS
from tests.logbook.video.nightclips.train import load_series
from bench.video_indep.scoring import match
import sys
V = Path("/work/wt/vid28/var")
FR = sys.argv[1] if len(sys.argv) > 1 else "fresh"
models = {"shipped": (read(Path("/work/main/logbook/video/motion/jerk_model.npz")), 0.25),
          "base": (read(Path("/tmp/vid28/model_base.npz")), None), "polA": (read(Path("/tmp/vid28/model_polA.npz")), None), "pol": (read(Path("/tmp/vid28/model_pol.npz")), None)}
models = {k: (m, t if t is not None else m.threshold_default) for k, (m, t) in models.items()}
cx, cy, pb = (SHAPE_COLUMNS.index(k) for k in ("cx", "cy", "polarity_raw"))
def cause(plan, t, s, i):
    ev = plan["events"]
    led = ev.get("led")
    if led:
        ph = t % led["period_s"]
        d = min(ph, led["period_s"] - ph, abs(ph - led["on_s"]))
        near_xy = math.hypot(s.shape[i, cx] - led["xy"][0], s.shape[i, cy] - led["xy"][1]) < 0.12
        if d <= 0.15 and near_xy:
            return "led"
    for st in ev.get("exposure_steps", []):
        if abs(t - st["t"]) <= 0.4: return "exposure step"
    for b in ev.get("handheld", {}).get("bumps", []):
        if abs(t - b["t"]) <= 0.4: return "bump"
    for h in ev.get("headlights", []):
        if h["start"] - 0.2 <= t <= h["start"] + h["duration"] + 0.2: return "headlights"
    for r in ev.get("repositions", []):
        if r["start"] - 0.3 <= t <= r["start"] + r["duration"] + 0.3: return "repositioning"
    if "pan" in ev and ev["pan"]["start"] <= t <= ev["pan"]["start"] + ev["pan"]["duration"]: return "pan"
    if "fan" in ev: return "fan (anywhere)"
    if "handheld" in ev: return "handheld sway/tremor"
    if "dark" in ev: return "dark grain"
    if "light_drift" in ev: return "light drift"
    return "other (breathing/compression)"
for name, (m, thr) in models.items():
    causes = Counter(); pols = {}
    for jp in sorted((V / FR).glob("*.json")):
        plan = json.loads(jp.read_text())
        s = load_series(V / FR / "series" / f"{jp.stem}.npz")
        idx, X = candidates(s)
        if not idx.size: continue
        t = s.times_s[idx]; sc = m.probability(X[:, :len(m.features)])
        kept = strongest_apart(t, sc, thr)
        props = [float(t[k]) for k in kept]
        used = {p for p in match(plan["truth_s"], props, 0.3) if p is not None}
        for j, k in enumerate(kept):
            if j not in used:
                c = f"{plan['condition']}: {cause(plan, props[j], s, idx[k])}"
                causes[c] += 1; pols.setdefault(c, []).append(abs(s.shape[idx[k], pb]))
    print(f"== {name}: {sum(causes.values())} false proposals")
    for c, n in sorted(causes.items(), key=lambda x: -x[1]):
        print(f"  {n:>3}  {c:<45} median |polarity_raw| {np.median(pols[c]):.2f}")
