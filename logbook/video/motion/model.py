"""The learned jerk classifier: boosted trees stored as plain arrays.

Trained by ``make video-model`` (``tests/logbook/video/nightclips/train.py``) on
dev clips of both night-clip generators, never on their frozen test clips. The
trees of scikit-learn's ``HistGradientBoostingClassifier`` are flattened into
one ``.npz`` of numbers (no pickle): per node its feature, threshold, children
and leaf value; per tree the index of its root. Loaded once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).with_name("jerk_model.npz")


@dataclass(frozen=True)
class TreeModel:
    features: tuple[str, ...]
    baseline: float
    roots: np.ndarray  # index of each tree's root node
    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    leaf: np.ndarray  # bool
    value: np.ndarray
    missing_left: np.ndarray  # bool
    threshold_default: float  # the probability chosen on dev

    def probability(self, X: np.ndarray) -> np.ndarray:
        """P(jerk) for each row of ``X`` (columns in ``features`` order)."""
        m = X.shape[0]
        raw = np.full(m, self.baseline)
        if not m:
            return raw
        rows = np.arange(m)
        for root in self.roots:
            node = np.full(m, root)
            while True:
                inner = ~self.leaf[node]
                if not inner.any():
                    break
                f = self.feature[node]
                v = X[rows, f]
                go_left = np.where(np.isnan(v), self.missing_left[node], v <= self.threshold[node])
                nxt = np.where(go_left, self.left[node], self.right[node])
                node = np.where(inner, nxt, node)
            raw += self.value[node]
        return 1.0 / (1.0 + np.exp(-raw))

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            features=np.array(self.features),
            baseline=np.float64(self.baseline),
            roots=self.roots,
            feature=self.feature,
            threshold=self.threshold,
            left=self.left,
            right=self.right,
            leaf=self.leaf,
            value=self.value,
            missing_left=self.missing_left,
            threshold_default=np.float64(self.threshold_default),
        )


def from_sklearn(clf, features: tuple[str, ...], threshold_default: float) -> TreeModel:
    """Flatten a fitted binary ``HistGradientBoostingClassifier`` (numerical features)."""
    parts: dict[str, list[np.ndarray]] = {k: [] for k in ("f", "t", "l", "r", "leaf", "v", "ml")}
    roots = []
    offset = 0
    for (tree,) in clf._predictors:
        nodes = tree.nodes
        roots.append(offset)
        parts["f"].append(nodes["feature_idx"].astype(np.int32))
        parts["t"].append(nodes["num_threshold"].astype(np.float64))
        parts["l"].append(nodes["left"].astype(np.int32) + offset)
        parts["r"].append(nodes["right"].astype(np.int32) + offset)
        parts["leaf"].append(nodes["is_leaf"].astype(bool))
        parts["v"].append(nodes["value"].astype(np.float64))
        parts["ml"].append(nodes["missing_go_to_left"].astype(bool))
        offset += len(nodes)
    return TreeModel(
        features=tuple(features),
        baseline=float(np.ravel(clf._baseline_prediction)[0]),
        roots=np.asarray(roots, dtype=np.int32),
        feature=np.concatenate(parts["f"]),
        threshold=np.concatenate(parts["t"]),
        left=np.concatenate(parts["l"]),
        right=np.concatenate(parts["r"]),
        leaf=np.concatenate(parts["leaf"]),
        value=np.concatenate(parts["v"]),
        missing_left=np.concatenate(parts["ml"]),
        threshold_default=float(threshold_default),
    )


def read(path: Path) -> TreeModel:
    with np.load(path, allow_pickle=False) as data:
        return TreeModel(
            features=tuple(str(f) for f in data["features"]),
            baseline=float(data["baseline"]),
            roots=data["roots"],
            feature=data["feature"],
            threshold=data["threshold"],
            left=data["left"],
            right=data["right"],
            leaf=data["leaf"],
            value=data["value"],
            missing_left=data["missing_left"],
            threshold_default=float(data["threshold_default"]),
        )


@cache
def shipped() -> TreeModel:
    """The committed model (read once per process)."""
    return read(MODEL_PATH)
