"""Inside the series for one clip: per frame the fine/wide difference max, levels, z maxima."""
import json, sys, pickle
from pathlib import Path
import numpy as np, cv2
sys.path.insert(0, "/work/wt/vid13")
from logbook.video.motion import series as S
from logbook.video.decoding import grey_frames, ReadBudget

name = sys.argv[1]; times = [float(x) for x in sys.argv[2:]]
rec = []
class A(S._Analyser):
    def _level(self, diff, scale):
        lv = super()._level(diff, scale)
        rec[-1][f"lv{scale}"] = lv
        rec[-1][f"d{scale}"] = diff
        return lv
    def _features(self, old, new):
        rec.append({})
        return super()._features(old, new)
with grey_frames(f"/tmp/vid13/clips/{name}.mp4", side=320, budget=ReadBudget()) as src:
    an = A(src.fps, src.size); ts = []
    for t, g in src.frames:
        an.push(g); ts.append(t)
ts = np.array(ts)
print("fps", src.fps, "size", src.size, "lag", an.lag, "tracked levels", an.levels)
def row(i):
    r = rec[i]
    if "d0" not in r: return "-"
    d0, l0, d1, l1 = r["d0"], r["lv0"], r["d1"], r["lv1"]
    z0, z1 = d0 / l0, d1 / l1
    return (f"t {ts[i]:6.2f} fine max {d0.max():5.2f} med {np.median(d0):4.2f} lvl@max {l0.flat[d0.argmax()]:4.2f} z0max {z0.max():5.1f} "
            f"| wide max {d1.max():5.2f} lvl@max {l1.flat[d1.argmax()]:4.2f} z1max {z1.max():5.1f} | lvl0 min/med {l0.min():.2f}/{np.median(l0):.2f}")
for t0 in times:
    print("--- jerk", t0)
    for i in np.flatnonzero((ts > t0 - 0.15) & (ts < t0 + 0.35)):
        print(row(i))
# quiet distribution of z0max
z = [ (rec[i]["d0"]/rec[i]["lv0"]).max() for i in range(len(rec)) if "d0" in rec[i]]
print("all frames z0max pct 50/90/99", np.percentile(z, [50, 90, 99]).round(1))
