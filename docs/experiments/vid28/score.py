"""Held-out scores: shipped model, baseline retrain, polarity retrain, on the same v5 series."""
import json, sys
from pathlib import Path
import numpy as np
from logbook.video.motion.candidates import candidates
from logbook.video.motion.model import read
from logbook.video.motion.moments import strongest_apart
from tests.logbook.video.nightclips.train import load_series, NIGHT_SEEDS
from tests.logbook.video.nightclips.dataset import split_plans
from tests.logbook.video.nightclips.scoring import score as nscore
from bench.video_indep.plan import CONDITIONS
from bench.video_indep.scoring import Counts, score as iscore

V = Path("/work/wt/vid28/var")
FR = sys.argv[1] if len(sys.argv) > 1 else "fresh"
MODELS = {
    "shipped": (read(Path("/work/main/logbook/video/motion/jerk_model.npz")), 0.25),
    "base": (read(Path("/tmp/vid28/model_base.npz")), None),
    "polA": (read(Path("/tmp/vid28/model_polA.npz")), None),
    "pol": (read(Path("/tmp/vid28/model_pol.npz")), None),
}
MODELS = {k: (m, t if t is not None else m.threshold_default) for k, (m, t) in MODELS.items()}

def cands(series_path):
    s = load_series(series_path)
    idx, X = candidates(s)
    return s.times_s[idx], X, s.shape[idx]

def proposals(times, X, model, thr):
    if not len(times):
        return []
    sc = model.probability(X[:, : len(model.features)])
    return [float(times[i]) for i in strongest_apart(times, sc, thr)], sc

def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0

def fmt(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, f1(p, r), f"{p:.3f} / {r:.3f} / {f1(p, r):.3f} ({tp}/{tp+fn}, {tp+fp})"

out = {}
# night dev
plans = split_plans("dev")
dev = [cands(V / "devseries" / f"{p['seed']}.npz") for p in plans]
held = [i for i, p in enumerate(plans) if p["seed"] not in NIGHT_SEEDS]
print(f"night dev: {len(plans)} clips; {len(held)} not in training")
for name, (m, thr) in MODELS.items():
    props = [proposals(t, X, m, thr)[0] if len(t) else [] for t, X, _ in dev]
    rep = nscore(plans, props).overall
    rep18 = nscore([plans[i] for i in held], [props[i] for i in held]).overall
    a = fmt(rep.tp, rep.fp, rep.fn); b = fmt(rep18.tp, rep18.fp, rep18.fn)
    out[("dev40", name)] = a[:3]; out[("dev18", name)] = b[:3]
    print(f"  {name:<8} thr {thr:.2f}  dev-40 {a[3]}   dev-18 {b[3]}")
# fresh
fresh = {}
for fr in FR.split(","):
  for jp in sorted((V / fr).glob("*.json")):
    plan = json.loads(jp.read_text())
    fresh.setdefault(plan["condition"], []).append((plan, cands(V / fr / "series" / f"{jp.stem}.npz")))
rows = {}
for name, (m, thr) in MODELS.items():
    tot = Counts()
    for cond in CONDITIONS:
        c = Counts()
        for plan, (t, X, _) in fresh.get(cond, []):
            props = proposals(t, X, m, thr)[0] if len(t) else []
            c.add(iscore(plan["truth_s"], props, 0.3))
        tot.add(c)
        rows[(cond, name)] = c
    rows[("OVERALL", name)] = tot
print("\nfresh independent clips (P / R / F1 (hits/truth, proposals)):")
print(f"{'condition':<22}" + "".join(f"{n:<32}" for n in MODELS))
for cond in (*CONDITIONS, "OVERALL"):
    line = f"{cond:<22}"
    for name in MODELS:
        c = rows[(cond, name)]
        a = fmt(c.hits, c.proposals - c.hits, c.truths - c.hits)
        out[(cond, name)] = a[:3]
        line += f"{a[3]:<32}"
    print(line)
print("\nF1 change:")
for cond in (*CONDITIONS, "OVERALL", "dev40", "dev18"):
    print(f"  {cond:<22} pol-base {out[(cond,'pol')][2]-out[(cond,'base')][2]:+.3f}  polA-base {out[(cond,'polA')][2]-out[(cond,'base')][2]:+.3f}  pol-shipped {out[(cond,'pol')][2]-out[(cond,'shipped')][2]:+.3f}")
json.dump({f"{k[0]}|{k[1]}": v for k, v in out.items()}, open(f"/tmp/vid28/score_out_{FR}.json", "w"))

# hypothesis check: |polarity| of the candidates near a jerk vs the rest, per condition
from logbook.video.motion.series import SHAPE_COLUMNS
ci = SHAPE_COLUMNS.index("polarity_box"); cn = SHAPE_COLUMNS.index("polarity_raw")
print("\n|polarity| of candidates (strongest region): median near a jerk / elsewhere; share >= 0.8; n")
def auc(a, b):
    if not len(a) or not len(b): return float("nan")
    return float(np.mean(a[:, None] < b[None, :]) + 0.5 * np.mean(a[:, None] == b[None, :]))
for cond in (*CONDITIONS, "night-dev"):
    pos, neg, posn, negn = [], [], [], []
    items = fresh.get(cond, []) if cond != "night-dev" else [({"truth_s": [j["time_s"] for j in p["jerks"]]}, d) for p, d in zip(plans, dev)]
    for plan, (t, X, sh) in items:
        truth = np.asarray(plan["truth_s"])
        near = (np.abs(t[:, None] - truth[None, :]).min(axis=1) <= 0.3) if truth.size and len(t) else np.zeros(len(t), bool)
        local = sh[:, SHAPE_COLUMNS.index("area")] > 0
        pa = np.abs(sh[:, ci]); pn = np.abs(sh[:, cn])
        pos += list(pa[near & local]); neg += list(pa[~near & local]); posn += list(pn[near & local]); negn += list(pn[~near & local])
    pos, neg, posn, negn = map(np.asarray, (pos, neg, posn, negn))
    print(f"  {cond:<22} jerk {np.median(pos) if len(pos) else float('nan'):.2f} ({np.mean(pos>=0.8) if len(pos) else 0:.2f}, n {len(pos)})"
          f"  other {np.median(neg) if len(neg) else float('nan'):.2f} ({np.mean(neg>=0.8) if len(neg) else 0:.2f}, n {len(neg)})"
          f"  AUC box {auc(pos, neg):.2f}  raw AUC {auc(posn, negn):.2f}")
