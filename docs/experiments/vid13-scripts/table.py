import json, sys, collections, pickle
sys.path.insert(0, "/tmp/vid13"); sys.path.insert(0, "/work/wt/vid13")
cond = sys.argv[1]
from diag import run
import glob
from pathlib import Path
names = sorted(Path(p).stem for p in glob.glob(f"/tmp/vid13/series/{cond}-*.pkl"))
rows, clips = run(names)
pr = {(r["clip"], round(r["t"], 3)): r for r in json.load(open(f"/tmp/vid13/probe2-{cond}.json"))}
for r in rows:
    p = pr[(r["clip"], round(r["t"], 3))]
    r.update(o_raw=p["o_raw"], o_sm=p["o_sm"], dec_sm=p["dec_sm"], bg_max=p["bg_max"], vis=p["dec_sm"] / max(p["bg_max"], 0.1))
    r["pix"] = "invisible (<=1x)" if r["vis"] <= 1 else ("marginal (1-1.5x)" if r["vis"] <= 1.5 else "visible (>1.5x)")
pickle.dump(rows, open(f"/tmp/vid13/rows-{cond}.pkl", "wb"))
def tab(key):
    t = collections.defaultdict(collections.Counter)
    for r in rows: t[r[key]][r["stage"]] += 1
    stages = sorted({r["stage"] for r in rows})
    print(f"| {key} | n | " + " | ".join(stages) + " |")
    for k in sorted(t):
        print(f"| {k} | {sum(t[k].values())} | " + " | ".join(str(t[k][s]) for s in stages) + " |")
    print()
for key in ("pix", "part", "level"):
    tab(key)
# stage x pixel visibility for misses, by stage ignoring series_clear
t = collections.defaultdict(collections.Counter)
for r in rows:
    st = "hit" if r["hit"] else ("no candidate" if r["ncand"] == 0 else ("score<thr" if r["score"] < 0.25 else "suppressed"))
    r["stage2"] = st
    t[r["pix"]][st] += 1
print("pixel visibility x stage (no series criterion):")
for k in sorted(t): print(k, dict(t[k]))
