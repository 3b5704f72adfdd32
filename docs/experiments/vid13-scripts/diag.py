"""Per-jerk stage diagnosis on cached series of fresh clips."""
import json, pickle, sys, glob
from pathlib import Path
from collections import Counter, defaultdict
import numpy as np
sys.path.insert(0, "/work/wt/vid13")
from logbook.video.motion import candidates as C, moments as M
from logbook.video.motion.series import SHAPE_COLUMNS, Z_ON
from bench.video_indep.scoring import match

TOL = 0.3
COLZ = SHAPE_COLUMNS.index("zmax")

def analyse(name, thr=M.DEFAULT_THRESHOLD, cand_fn=None, score_fn=None):
    plan = json.loads(Path(f"/tmp/vid13/clips/{name}.json").read_text())
    s = pickle.loads(Path(f"/tmp/vid13/series/{name}.pkl").read_bytes())
    t = s.times_s; fps = s.fps
    idx, X = (cand_fn or C.candidates)(s)
    sc = np.zeros(len(s))
    if idx.size:
        sc[idx] = (score_fn or M.shipped().probability)(X)
    kept = M.strongest_apart(t, sc, thr)
    props = [float(t[i]) for i in kept]
    truth = plan["truth_s"]
    m = match(truth, props, TOL)
    v = C.signal(s); u = C.strength(s); zmax = s.shape[:, COLZ]
    # quiet frames: > 0.8 s from any jerk onset (and its return)
    quiet = np.ones(len(s), bool)
    for j in plan["jerks"]:
        quiet &= ~((t > j["t"] - 0.5) & (t < j["t"] + 1.0))
    qv = v[quiet]; qu = u[quiet]; qz = zmax[quiet]
    rows = []
    for k, j in enumerate(plan["jerks"]):
        w = (t >= j["t"] - 0.02) & (t <= j["t"] + 0.3)
        near = [i for i in idx if abs(t[i] - j["t"]) <= TOL]
        best = max(near, key=lambda i: sc[i]) if near else None
        r = dict(clip=name, cond=plan["condition"], t=j["t"], part=j["part"], level=j["level"],
                 deg=j["peak_deg"], rise=j["rise_frames"], fps=fps, w=plan["width"], h=plan["height"],
                 vmax=float(v[w].max()), v_q99=float(np.percentile(qv, 99)) if qv.size else np.nan,
                 v_qmax=float(qv.max()) if qv.size else np.nan,
                 umax=float(u[w].max()), u_q99=float(np.percentile(qu, 99)) if qu.size else np.nan,
                 zmax=float(zmax[w].max()), z_q99=float(np.percentile(qz, 99)) if qz.size else np.nan,
                 local=float(s.local[w].max()),
                 ncand=len(near), score=float(sc[best]) if best is not None else np.nan,
                 cand_dt=float(t[best] - j["t"]) if best is not None else np.nan,
                 hit=m[k] is not None)
        r["series_clear"] = (r["umax"] > r["u_q99"]) or (r["zmax"] > max(r["z_q99"], Z_ON))
        if r["hit"]:
            r["stage"] = "hit"
        elif not r["series_clear"]:
            r["stage"] = "a:series weak" + ("/no cand" if best is None else "/cand")
        elif best is None:
            r["stage"] = "b:no candidate"
        elif sc[best] < thr:
            r["stage"] = "c:score<thr"
        else:
            r["stage"] = "d:suppressed"
        rows.append(r)
    fp = len(props) - sum(x is not None for x in m)
    return rows, dict(clip=name, props=len(props), fp=fp, truth=len(truth), hits=sum(x is not None for x in m),
                      dur=s.duration_s, ncand=int(idx.size))

def run(names, **kw):
    rows, clips = [], []
    for n in names:
        r, c = analyse(n, **kw); rows += r; clips.append(c)
    return rows, clips

def summary(rows, clips, label=""):
    H = sum(c["hits"] for c in clips); P = sum(c["props"] for c in clips); T = sum(c["truth"] for c in clips)
    print(f"{label} truth {T} hits {H} props {P} P {H/max(P,1):.2f} R {H/max(T,1):.2f}")

if __name__ == "__main__":
    cond = sys.argv[1]
    names = sorted(Path(p).stem for p in glob.glob(f"/tmp/vid13/series/{cond}-*.pkl"))
    rows, clips = run(names)
    summary(rows, clips, cond)
    print(Counter(r["stage"] for r in rows))
    for key in ("part", "level"):
        tab = defaultdict(Counter)
        for r in rows: tab[r[key]][r["stage"]] += 1
        for k, c in sorted(tab.items()): print(key, k, dict(c))
    for r in rows:
        print(f"{r['clip']:18s} {r['t']:6.2f} {r['part']:6s} {r['level']:6s} {r['deg']:5.1f} fps{r['fps']:3.0f} "
              f"v {r['vmax']:5.1f}/{r['v_q99']:5.1f}/{r['v_qmax']:5.1f} u {r['umax']:5.2f}/{r['u_q99']:5.2f} "
              f"z {r['zmax']:5.1f}/{r['z_q99']:5.1f} nc {r['ncand']} sc {r['score']:.2f} dt {r['cand_dt']:+.2f} {r['stage']}")
