"""Moments that look like jerks, from the per-frame features of :mod:`.series`.

A jerk is short: the strongest compact moving region flares within one to three
frames and is quiet again well under a second later. Breathing, rolling over,
stirring and light drift move for seconds; exposure steps and camera bumps move
the whole picture. On ``x = log(1 + local)`` (``local`` is already in units of
the clip's own noise, see :mod:`.series`):

1. baseline: the rolling median of ``x`` over ``BASELINE_S``; a jerk lasts well
   under half of it, slow movement fills it;
2. rise: ``x`` above the baseline, and above ``log(1 + MIN_LOCAL)`` (a still,
   clean video must not turn a speck into a jerk);
3. frames where much of the picture moved (``coverage`` at least
   ``GLOBAL_COVERAGE``) and their neighbours are left out;
4. score = rise / ``LOG_SCALE``; the best frame in each ``SEPARATION_S`` is a
   candidate and those scoring at least the threshold are moments. Because
   candidates are kept strongest first, proposing at a higher threshold is the
   same as filtering these by score (the evaluation's precision-recall curve).

``DEFAULT_THRESHOLD`` was chosen on the dev split of the night clips
(``tests/logbook/video/nightclips``), never on its test split.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .series import MotionSeries

DEFAULT_THRESHOLD = 1.0
BASELINE_S = 2.0
LOG_SCALE = 3.0
MIN_LOCAL = 10.0
SEPARATION_S = 0.5
GLOBAL_COVERAGE = 0.25


@dataclass(frozen=True)
class Moment:
    time_s: float
    peak_energy: float
    score: float


def _rolling(values: np.ndarray, window: int, fn) -> np.ndarray:
    window = max(3, window | 1)
    half = window // 2
    padded = np.pad(values, half, mode="edge")
    return fn(np.lib.stride_tricks.sliding_window_view(padded, window), axis=1)


def _mad(values: np.ndarray, axis=None) -> np.ndarray:
    med = np.median(values, axis=axis, keepdims=True)
    return 1.4826 * np.median(np.abs(values - med), axis=axis)


def frame_scores(series: MotionSeries) -> np.ndarray:
    """How jerk-like each frame is (see the module docstring); 0 where unusable."""
    n = len(series)
    if n < 3:
        return np.zeros(n)
    x = np.log1p(series.local)
    fps = max(series.fps, 1.0)
    base = _rolling(x, int(round(BASELINE_S * fps)), np.median)
    usable = series.coverage < GLOBAL_COVERAGE
    usable &= np.roll(usable, 1) & np.roll(usable, -1)
    usable[0] = False
    rise = np.minimum(x - base, x - np.log1p(MIN_LOCAL))
    return np.where(usable, rise / LOG_SCALE, 0.0)


def detect_moments(series: MotionSeries, *, threshold: float = DEFAULT_THRESHOLD) -> list[Moment]:
    """Propose jerk moments scoring at least ``threshold`` (1.0 is the tuned default)."""
    score = frame_scores(series)
    n = score.shape[0]
    if n < 3:
        return []
    times = series.times_s
    order = np.argsort(-score, kind="stable")
    kept: list[int] = []
    for idx in order:
        if score[idx] < threshold:
            break
        if all(abs(times[idx] - times[o]) >= SEPARATION_S for o in kept):
            kept.append(int(idx))
    return [
        Moment(
            time_s=float(times[i]),
            peak_energy=float(series.local[i]),
            score=float(score[i]),
        )
        for i in sorted(kept)
    ]
