import json
from pathlib import Path
import numpy as np
from logbook.video.motion.candidates import candidates, FEATURES
from logbook.video.motion.model import read
from logbook.video.motion.series import SHAPE_COLUMNS
from tests.logbook.video.nightclips.train import load_series
from bench.video_indep.plan import CONDITIONS
V = Path("/work/wt/vid28/var")
shipped = read(Path("/work/main/logbook/video/motion/jerk_model.npz"))
ci, c2, cn, ca = (SHAPE_COLUMNS.index(k) for k in ("polarity_box", "polarity2", "polarity_raw", "area"))
def auc(a, b):
    if not len(a) or not len(b): return float("nan")
    return float(np.mean(a[:, None] < b[None, :]) + 0.5 * np.mean(a[:, None] == b[None, :]))
print("per condition: candidates near a jerk (+-0.3 s) vs other candidates; also the other candidates the shipped model scores >= 0.25 (false proposals-to-be)")
print(f"{'cond':<22}{'jerk med|p|':>12}{'n':>5}{'other med':>10}{'n':>6}{'FPcand med':>11}{'n':>4}{'FP>=0.8':>8}{'jerk>=0.8':>10}  AUC p / near")
allp, alln = [], []
for cond in CONDITIONS:
    P, N, F, PN, NN = [], [], [], [], []
    for jp in sorted((V / "fresh").glob(f"{cond}-*.json")):
        plan = json.loads(jp.read_text())
        s = load_series(V / "fresh" / "series" / f"{jp.stem}.npz")
        idx, X = candidates(s)
        if not idx.size: continue
        t = s.times_s[idx]; sh = s.shape[idx]
        truth = np.asarray(plan["truth_s"])
        near = np.abs(t[:, None] - truth[None, :]).min(axis=1) <= 0.3 if truth.size else np.zeros(len(t), bool)
        has = sh[:, ca] > 0
        sc = shipped.probability(X[:, :len(shipped.features)])
        pa = np.abs(sh[:, ci]); pn = np.abs(sh[:, cn])
        P += list(pa[near & has]); N += list(pa[~near & has]); F += list(pa[~near & has & (sc >= 0.25)])
        PN += list(pn[near & has]); NN += list(pn[~near & has])
    P, N, F, PN, NN = map(np.asarray, (P, N, F, PN, NN))
    allp.append(P); alln.append(N)
    med = lambda a: f"{np.median(a):.2f}" if len(a) else "  -"
    sh8 = lambda a: f"{np.mean(a >= 0.8):.2f}" if len(a) else "  -"
    print(f"{cond:<22}{med(P):>12}{len(P):>5}{med(N):>10}{len(N):>6}{med(F):>11}{len(F):>4}{sh8(F):>8}{sh8(P):>10}  {auc(P, N):.2f} / {auc(PN, NN):.2f}")
P, N = np.concatenate(allp), np.concatenate(alln)
print(f"{'ALL':<22}{np.median(P):>12.2f}{len(P):>5}{np.median(N):>10.2f}{len(N):>6}   AUC {auc(P, N):.2f}")
