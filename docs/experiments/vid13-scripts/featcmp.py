import sys, pickle, numpy as np, json
sys.path.insert(0, "/tmp/vid13"); sys.path.insert(0, "/work/wt/vid13")
from pathlib import Path
from logbook.video.motion import candidates as C, moments as M
rows = pickle.load(open("/tmp/vid13/rows-clean.pkl", "rb"))
F = list(C.FEATURES)
cache = {}
def feats(r):
    if r["clip"] not in cache:
        s = pickle.loads(Path(f"/tmp/vid13/series/{r['clip']}.pkl").read_bytes())
        idx, X = C.candidates(s); cache[r["clip"]] = (s.times_s[idx], X, M.shipped().probability(X))
    t, X, p = cache[r["clip"]]
    near = np.flatnonzero(np.abs(t - r["t"]) <= 0.3)
    if not near.size: return None
    return X[near[np.argmax(p[near])]]
groups = {"hit": [], "c-miss (series clear)": [], "a-miss (series weak)": []}
for r in rows:
    x = feats(r)
    if x is None: continue
    g = "hit" if r["hit"] else ("c-miss (series clear)" if r["series_clear"] else "a-miss (series weak)")
    groups[g].append(x)
# FP candidates scoring >= 0.1 in clean clips
fps = []
for clip, (t, X, p) in cache.items():
    truth = json.loads(Path(f"/tmp/vid13/clips/{clip}.json").read_text())["truth_s"]
    for i in range(len(t)):
        if p[i] >= 0.1 and all(abs(t[i] - tt) > 0.5 for tt in truth): fps.append(X[i])
groups["FP cands >=0.1"] = fps
keys = ["v", "v_spread_units", "u", "u_above_base", "u_vs_clip", "u_spread_units", "zmax", "zmax_vs_clip", "zmax_clip_rank", "area", "half_width_s", "busy", "v_busy", "u_at_+0.25", "u_at_-0.15", "coverage", "noise", "fps"]
print("median feature values:", {g: len(v) for g, v in groups.items()})
for k in keys:
    j = F.index(k)
    print(f"{k:16s} " + "  ".join(f"{np.median(np.array(v)[:, j]):7.2f}" for v in groups.values()))
