import sys
sys.path.insert(0, "/tmp/vid13"); sys.path.insert(0, "/work/wt/vid13")
from evalset import load_sets, prepare, score_set
from logbook.video.motion import moments as M
sets = load_sets(); prob = M.shipped().probability
P = {k: prepare(v) for k, v in sets.items()}
for thr in (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4):
    print(thr, " | ".join(f"{k} {score_set(P[k], prob, thr, night=k.startswith('dev'))}" for k in P))
