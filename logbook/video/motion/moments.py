"""Moments that look like jerks, from the per-frame features of :mod:`.series`.

Two stages:

1. :mod:`.candidates` keeps every frame where the motion signal peaks (nearly
   every jerk, and much noise), with features describing each peak's shape in
   time and space against the rest of the clip;
2. a learned classifier (:mod:`.model`, boosted trees trained on dev clips of
   two independent night-clip generators) gives each candidate the probability
   that it is a jerk: its ``score``.

The best candidate in each ``SEPARATION_S`` is proposed when its score is at
least the threshold. Because candidates are kept strongest first, proposing at a
higher threshold is the same as filtering these by score (the evaluation's
precision-recall curve).

``DEFAULT_THRESHOLD`` was chosen on the dev clips (out-of-fold scores, the best
worse-of-precision-and-recall), never on a frozen test clip.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .candidates import FEATURES, candidates
from .model import shipped
from .series import MotionSeries

# A jerk and the limb's return make two peaks well under a second apart: one moment.
# 0.9 s was chosen on dev (F1 0.684 -> 0.722 against 0.5 s; recall 0.763 -> 0.780).
SEPARATION_S = 0.9
# Chosen on dev by ``make video-model``, which stores it with the model too (a
# test checks that the two agree).
DEFAULT_THRESHOLD = 0.25


@dataclass(frozen=True)
class Moment:
    time_s: float
    peak_energy: float
    score: float


def frame_scores(series: MotionSeries) -> np.ndarray:
    """How jerk-like each frame is (the classifier's probability); 0 off the candidates."""
    n = len(series)
    scores = np.zeros(n)
    idx, X = candidates(series)
    if idx.size:
        model = shipped()
        if model.features != FEATURES:
            raise RuntimeError("the jerk model was trained on other features: make video-model")
        scores[idx] = model.probability(X)
    return scores


def strongest_apart(times: np.ndarray, score: np.ndarray, threshold: float) -> list[int]:
    """Indices scoring at least ``threshold``, strongest first, ``SEPARATION_S`` apart."""
    kept: list[int] = []
    for idx in np.argsort(-score, kind="stable"):
        if score[idx] < threshold:
            break
        if all(abs(times[idx] - times[o]) >= SEPARATION_S for o in kept):
            kept.append(int(idx))
    return sorted(kept)


def detect_moments(series: MotionSeries, *, threshold: float = DEFAULT_THRESHOLD) -> list[Moment]:
    """Propose jerk moments scoring at least ``threshold`` (a probability, 0..1)."""
    if len(series) < 4:
        return []
    score = frame_scores(series)
    return [
        Moment(
            time_s=float(series.times_s[i]),
            peak_energy=float(series.local[i]),
            score=float(score[i]),
        )
        for i in strongest_apart(series.times_s, score, threshold)
    ]
