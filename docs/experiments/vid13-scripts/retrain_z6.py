"""Z_ON 6: retrain on the training clips' Z_ON-6 series (as make video-model), score fresh + dev."""
import sys, json, pickle, glob
from pathlib import Path
sys.path.insert(0, "/tmp/vid13"); sys.path.insert(0, "/work/wt/vid13")
import numpy as np
from threadpoolctl import threadpool_limits
from tests.logbook.video.nightclips import train as T
from logbook.video.motion.candidates import candidates
import evalset
Z = Path("/tmp/vid13/z6")
clips = json.load(open("/tmp/vid13/trainclips.json"))
rows = []
for c in clips:
    s = pickle.loads((Z / f"train-{c['name']}.pkl").read_bytes())
    idx, X = candidates(s); times = s.times_s[idx]; truth = np.asarray(c["truth"], float)
    y = ((np.abs(times[:, None] - truth[None, :]).min(axis=1) <= T.TOLERANCE_S).astype(int)
         if truth.size and times.size else np.zeros(times.size, int))
    rows.append({"times": times, "X": X, "y": y, "truth": c["truth"], "name": c["name"]})
sets = evalset.load_sets()
for k in sets:  # swap in the Z_ON 6 series
    new = []
    for name, s, truth in sets[k]:
        f = Z / (f"dev-{name}.pkl" if k.startswith("dev") else f"fresh-{name}.pkl")
        new.append((name, pickle.loads(f.read_bytes()), truth))
    sets[k] = new
with threadpool_limits(1):
    scores = T.out_of_fold(rows)
    thr, lines = T.choose(rows, scores)
    print(f"=== Z_ON 6: chosen threshold {thr:.2f}")
    print([l for l in lines if l.startswith(f"  threshold {thr:.2f}")][0])
    clf = T._fit(np.vstack([r["X"] for r in rows]), np.concatenate([r["y"] for r in rows]))
    prob = lambda X: clf.predict_proba(X)[:, 1]
    for k, items in sets.items():
        P = evalset.prepare(items)
        for t in sorted({thr, 0.25}):
            print(" ", k, f"thr {t:.2f}", evalset.score_set(P, prob, t, night=k.startswith("dev")))
