import json, sys
from pathlib import Path
import numpy as np
from logbook.video.motion.candidates import candidates
from logbook.video.motion.model import read
from logbook.video.motion.moments import strongest_apart
from tests.logbook.video.nightclips.train import load_series
from bench.video_indep.scoring import score as iscore
V = Path("/work/wt/vid28/var")
M = {k: read(Path(f"/tmp/vid28/model_{k}.npz")) for k in ("base", "pol")}
per = {k: [] for k in M}
for fr in sys.argv[1].split(","):
    for jp in sorted((V / fr).glob("*.json")):
        plan = json.loads(jp.read_text()); s = load_series(V / fr / "series" / f"{jp.stem}.npz")
        idx, X = candidates(s); t = s.times_s[idx]
        for k, m in M.items():
            props = [float(t[i]) for i in strongest_apart(t, m.probability(X[:, :len(m.features)]), m.threshold_default)] if idx.size else []
            c = iscore(plan["truth_s"], props, 0.3); per[k].append((c.hits, c.proposals, c.truths))
A = {k: np.array(v) for k, v in per.items()}
def f1(a):
    h, p, t = a.sum(axis=0); P, R = h / p, h / t; return 2 * P * R / (P + R)
rng = np.random.default_rng(0); n = len(A["base"]); d = []
for _ in range(2000):
    i = rng.integers(0, n, n); d.append(f1(A["pol"][i]) - f1(A["base"][i]))
d = np.array(d)
print(f"{sys.argv[1]}: {n} clips, F1 pol - base {f1(A['pol']) - f1(A['base']):+.3f}, bootstrap 95% [{np.percentile(d, 2.5):+.3f}, {np.percentile(d, 97.5):+.3f}], P(diff<=0) {np.mean(d <= 0):.2f}")
