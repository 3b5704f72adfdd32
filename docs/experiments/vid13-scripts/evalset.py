"""Score a detector variant on cached series: fresh clean / dark_noisy clips and the night-clip dev split."""
import json, sys, glob, pickle
from pathlib import Path
import numpy as np
sys.path.insert(0, "/work/wt/vid13")
from logbook.video.motion import candidates as C, moments as M
from tests.logbook.video.nightclips.scoring import match as nmatch
from bench.video_indep.scoring import match as imatch
NIGHT_TRAIN = set(json.load(open("/work/wt/vid13/tests/logbook/video/nightclips/train_seeds.json"))["night"])

def load_sets():
    sets = {}
    for cond in ("clean", "dark_noisy"):
        items = []
        for p in sorted(glob.glob(f"/tmp/vid13/series/{cond}-*.pkl")):
            plan = json.loads(Path(p.replace("/series/", "/clips/").replace(".pkl", ".json")).read_text())
            items.append((Path(p).stem, pickle.loads(Path(p).read_bytes()), plan["truth_s"]))
        sets[cond] = items
    dev, held = [], []
    for p in sorted(glob.glob("/tmp/vid13/devseries/*.pkl")):
        seed = int(Path(p).stem)
        meta = json.loads(Path(p.replace(".pkl", ".json")).read_text())
        it = (seed, pickle.loads(Path(p).read_bytes()), meta["truth"])
        dev.append(it)
        if seed not in NIGHT_TRAIN:
            held.append(it)
    sets["dev40"] = dev; sets["dev18"] = held
    return sets

def prepare(items, cand_fn=None):
    out = []
    for name, s, truth in items:
        idx, X = (cand_fn or C.candidates)(s)
        out.append((name, s.times_s, idx, X, truth))
    return out

def score_set(prepared, prob_fn, thr, night=False):
    tp = props = T = 0
    for name, times, idx, X, truth in prepared:
        sc = np.zeros(len(times))
        if idx.size:
            sc[idx] = prob_fn(X)
        kept = M.strongest_apart(times, sc, thr)
        pt = [float(times[i]) for i in kept]
        if night:
            a, b, c, _ = nmatch(truth, pt); tp += a; props += a + b; T += a + c
        else:
            m = imatch(truth, pt, 0.3); tp += sum(x is not None for x in m); props += len(pt); T += len(truth)
    P = tp / props if props else float("nan"); R = tp / T if T else float("nan")
    F = 2 * P * R / (P + R) if P + R else 0
    return f"P {P:.3f} R {R:.3f} F1 {F:.3f} ({tp}/{T}, {props} props)"

if __name__ == "__main__":
    sets = load_sets()
    prob = M.shipped().probability
    for k, items in sets.items():
        print(k, score_set(prepare(items), prob, M.DEFAULT_THRESHOLD, night=k.startswith("dev")))
