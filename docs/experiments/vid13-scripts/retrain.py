"""Candidate-feature variants: OOF on the training clips (as make video-model), then the model
fitted on all of them scored on fresh clean / dark_noisy clips and the night dev split."""
import sys, json
sys.path.insert(0, "/tmp/vid13"); sys.path.insert(0, "/work/wt/vid13")
import numpy as np
from threadpoolctl import threadpool_limits
from tests.logbook.video.nightclips import train as T
from logbook.video.motion import candidates as C
from evalset import load_sets, prepare, score_set

ORIG = C.cell_outliers
def variant(peak_floor):
    def co(values, fps, floor=C.PEAK_FLOOR):
        return ORIG(values, fps, peak_floor if floor == C.PEAK_FLOOR else floor)
    C.cell_outliers = co

clips = json.load(open("/tmp/vid13/trainclips.json"))
sets = load_sets()
with threadpool_limits(1):
    for pf in [float(x) for x in sys.argv[1:]]:
        variant(pf)
        rows = T.labelled(clips)
        scores = T.out_of_fold(rows)
        thr, lines = T.choose(rows, scores)
        print(f"=== PEAK_FLOOR {pf}: chosen threshold {thr:.2f}")
        print([l for l in lines if l.startswith(f"  threshold {thr:.2f}")][0])
        clf = T._fit(np.vstack([r["X"] for r in rows]), np.concatenate([r["y"] for r in rows]))
        prob = lambda X: clf.predict_proba(X)[:, 1]
        for k, items in sets.items():
            print(" ", k, score_set(prepare(items), prob, thr, night=k.startswith("dev")))
        sys.stdout.flush()
