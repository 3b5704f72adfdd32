"""Retrain like `make video-model` on the v5 series, twice: baseline features and + polarity."""
import json, sys
import numpy as np
from threadpoolctl import threadpool_limits
from tests.logbook.video.nightclips import train as T
from logbook.video.motion.candidates import FEATURES, POLARITY_FEATURES
from logbook.video.motion.model import from_sklearn

NB = len(FEATURES) - len(POLARITY_FEATURES)
def main():
  with threadpool_limits(1):
      clips = T.dev_clips(len(T.NIGHT_SEEDS), len(T.INDEP_SEEDS), 1)
      rows = T.labelled(clips)
      print(len(rows), "clips", sum(len(r["y"]) for r in rows), "candidates", sum(len(r["truth"]) for r in rows), "jerks", flush=True)
      for name, nf in (("base", NB), ("polA", NB + 6), ("pol", len(FEATURES))):
          rv = [{**r, "X": r["X"][:, :nf]} for r in rows]
          scores = T.out_of_fold(rv)
          thr, lines = T.choose(rv, scores)
          print(f"== {name} ({nf} features): chosen threshold {thr:.2f}")
          print("\n".join(l for l in lines if abs(float(l.split()[1]) - thr) < 0.031))
          print("\n".join(T.breakdown(rv, scores, thr)))
          clf = T._fit(np.vstack([r["X"] for r in rv]), np.concatenate([r["y"] for r in rv]))
          from_sklearn(clf, FEATURES[:nf], thr).save(f"/tmp/vid28/model_{name}.npz")
          np.save(f"/tmp/vid28/oof_{name}.npy", np.array(scores, dtype=object), allow_pickle=True)
          if name == "pol":
              from sklearn.inspection import permutation_importance
              imp = clf  # HistGB has no impurity importances; report split counts
              counts = {}
              for (tree,) in clf._predictors:
                  for node in tree.nodes:
                      if not node["is_leaf"]:
                          counts[FEATURES[node["feature_idx"]]] = counts.get(FEATURES[node["feature_idx"]], 0) + 1
              print("splits on polarity features:", {f: counts.get(f, 0) for f in POLARITY_FEATURES}, "of", sum(counts.values()))


if __name__ == '__main__':
    main()
