"""Candidate jerk frames of a motion series, and what each one looks like.

The noise of a night video differs from region to region and changes over time
(night-mode gain, compression refreshing the grain every few frames), so each
noise cell of :mod:`.series` is judged against its own history: its peak z in
this frame against the rolling median and spread of the same cell over
``BASELINE_S``. A cell that flickers all the time has a wide spread and stays
low; a still cell where a finger twitches stands out. The frame's signal ``v``
is its most outlying cell, and a frame is a candidate when ``v`` is the highest
within ``PEAK_HALF_S`` either side: cheap, and it keeps nearly every jerk along
with much noise, breathing, bumps and light steps.

The classifier of :mod:`.moments` tells them apart from features describing
each candidate's shape in time and space against the rest of the clip:

* ``v`` and the runner-up cell, how many cells stand out, the cell mean z;
* the signal at fixed offsets before and after the candidate, for the frame and
  for its most outlying cell alone (a jerk rises within one to three frames and
  is over well under a second later), and how long it stays above half height;
* the strongest compact region's strength (``u``, see :mod:`.series`), size,
  peak and place, against its 2 s rolling median and the clip's spread;
* how much of the picture moved, the camera shift and the light change around it;
* how many other candidates are about as strong within a few seconds (breathing
  and noise repeat, a jerk stands out);
* the clip's noise level, brightness and frame rate.
"""

from __future__ import annotations

import numpy as np

from .series import SHAPE_COLUMNS, MotionSeries

PEAK_HALF_S = 0.2
FLARE_COVERAGE = 0.25  # the first design's "much of the picture moved"
FLARE_MIN_LOCAL = 10.0
FLARE_FLOOR = 0.15  # a flare peak lower than this is not worth a candidate
BASELINE_S = 2.0
PEAK_FLOOR = 1.0  # a cell's peak z below the noise level is noise (see cell_outliers)
MEAN_FLOOR = 0.3  # the same for a cell's mean z (a mean of noise z is about this)
NEAR_S = 0.3  # the neighbourhood for "the most that moved around the candidate"
BUSY_S = 3.0
OFFSETS_S = (-0.6, -0.4, -0.25, -0.15, -0.07, 0.07, 0.15, 0.25, 0.4, 0.6, 1.0)
COL = {name: i for i, name in enumerate(SHAPE_COLUMNS)}
CELL_FEATURES = (
    "v",
    "v_second_cell",
    "v_cells_out",
    "mean_z_top",
    "mean_z_best_cell",
    "v_spread_units",
    "v_busy",
    *(f"v_at_{o:+.2f}" for o in OFFSETS_S),
    *(f"best_cell_at_{o:+.2f}" for o in (-0.25, -0.1, 0.1, 0.25, 0.5)),
)
FEATURES = (
    CELL_FEATURES
    + ("flare", "flare_near")
    + (
        "u",
        "x",
        "zmax",
        "u_above_base",
        "x_above_base",
        "u_vs_clip",
        "u_spread_units",
        "u_rank",
        *(f"u_at_{o:+.2f}" for o in OFFSETS_S),
        "half_width_s",
        "coverage",
        "coverage_near",
        "shift",
        "shift_near",
        "shift_clip",
        "response",
        "light",
        "light_near",
        "area",
        "peak",
        "cx",
        "cy",
        "centre_wander",
        "second",
        "regions",
        "busy",
        "noise",
        "brightness",
        "energy_vs_clip",
        "fps",
        "zmax_clip_rank",
        "zmax_vs_clip",
    )
)


def _rolling(values: np.ndarray, window: int, fn, pad: str = "edge") -> np.ndarray:
    window = max(3, window | 1)
    half = window // 2
    padded = np.pad(values, half, mode=pad)
    return fn(np.lib.stride_tricks.sliding_window_view(padded, window), axis=1)


def _near_max(values: np.ndarray, idx: np.ndarray, half: int) -> np.ndarray:
    return np.array([values[max(0, i - half) : i + half + 1].max() for i in idx])


def strength(series: MotionSeries) -> np.ndarray:
    """``u`` per frame: the strongest region plus the peak z (log units of the noise)."""
    zmax = series.shape[:, COL["zmax"]] if len(series) else np.zeros(0)
    return np.log1p(series.local) + np.log(np.maximum(zmax, 0.1))


def cell_outliers(values: np.ndarray, fps: float, floor: float = PEAK_FLOOR) -> np.ndarray:
    """Each cell's value against its own history: (log value - rolling median) / MAD.

    A region that flickers with noise or compression all the time has a wide
    spread and stays low; a still region that moves once stands out. Values are
    z (multiples of the noise level), so anything below ``floor`` is noise and
    counts as ``floor``: on a clean clip most cells are exactly still (skipped
    blocks), and without the floor the spread of log values is zero and any
    compression pop would be dozens of spreads "out".
    """
    if values.ndim != 2 or not values.shape[1]:
        return np.zeros((values.shape[0], 1))
    a = np.log(np.maximum(values, floor))
    window = max(3, int(round(BASELINE_S * fps)) | 1)
    half = window // 2
    padded = np.pad(a, ((half, half), (0, 0)), mode="edge")
    view = np.lib.stride_tricks.sliding_window_view(padded, window, axis=0)
    med = np.median(view, axis=2)
    mad = np.median(np.abs(view - med[:, :, None]), axis=2)
    return (a - med) / np.maximum(1.4826 * mad, 0.1)


def flare(series: MotionSeries) -> np.ndarray:
    """The hand-made jerk score of the first design: how far ``log(1 + local)``
    rises above its 2 s rolling median (and above a floor), 0 where much of the
    picture moved (a bump, an exposure step) and next to such frames."""
    x = np.log1p(series.local)
    base = _rolling(x, int(round(BASELINE_S * max(series.fps, 1.0))), np.median)
    usable = series.coverage < FLARE_COVERAGE
    usable &= np.roll(usable, 1) & np.roll(usable, -1)
    usable[0] = False
    return np.where(usable, np.minimum(x - base, x - np.log1p(FLARE_MIN_LOCAL)), 0.0)


def _peaks(values: np.ndarray, half: int) -> np.ndarray:
    top = _rolling(values, 2 * half + 1, np.max)
    peaks = np.flatnonzero(values >= top)
    peaks = peaks[peaks > 0]
    if peaks.size:  # a flat top gives several equal frames: keep the first
        peaks = peaks[np.r_[True, np.diff(peaks) > half]]
    return peaks


def signal(series: MotionSeries) -> np.ndarray:
    """The candidate signal ``v``: the most outlying cell of the frame (see above)."""
    fps = max(float(series.fps), 1.0)
    return cell_outliers(series.cell_peak, fps).max(axis=1)


def candidates(series: MotionSeries) -> tuple[np.ndarray, np.ndarray]:
    """(frame indices, feature matrix with columns ``FEATURES``) of the candidates."""
    n = len(series)
    if n < 4 or series.shape.shape[0] != n:
        return np.zeros(0, dtype=int), np.zeros((0, len(FEATURES)))
    fps = max(float(series.fps), 1.0)
    peak_z = cell_outliers(series.cell_peak, fps)
    mean_z = cell_outliers(series.cell_mean, fps, MEAN_FLOOR)
    v = peak_z.max(axis=1)
    half = max(1, int(round(PEAK_HALF_S * fps)))
    f = flare(series)
    # The peaks of either signal; a flare peak within two frames of a v peak is the same.
    peaks = _peaks(v, half)
    extra = _peaks(f, half)
    extra = extra[f[extra] > FLARE_FLOOR]
    if peaks.size and extra.size:
        extra = extra[np.abs(extra[:, None] - peaks[None, :]).min(axis=1) > 2]
    peaks = np.union1d(peaks, extra).astype(int)
    if not peaks.size:
        return peaks, np.zeros((0, len(FEATURES)))
    cells = _cell_features(peak_z, mean_z, v, peaks, fps)
    two = max(1, int(round(0.1 * fps)))
    flares = np.column_stack([f[peaks], _near_max(f, peaks, two)])
    rest = _features(series, strength(series), peaks, fps)
    return peaks, np.column_stack([cells, flares, rest])


def _cell_features(
    peak_z: np.ndarray, mean_z: np.ndarray, v: np.ndarray, idx: np.ndarray, fps: float
) -> np.ndarray:
    n = v.size
    ordered = np.sort(peak_z[idx], axis=1)
    second = ordered[:, -2] if ordered.shape[1] > 1 else np.zeros(idx.size)
    best_cell = peak_z[idx].argmax(axis=1)
    cand_v = v[idx]
    offsets = [v[np.clip(idx + int(round(o * fps)), 0, n - 1)] - cand_v for o in OFFSETS_S]
    own = [
        peak_z[np.clip(idx + int(round(o * fps)), 0, n - 1), best_cell] - peak_z[idx, best_cell]
        for o in (-0.25, -0.1, 0.1, 0.25, 0.5)
    ]
    med = float(np.median(v))
    spread = max(float(np.percentile(v, 90)) - med, 0.1)
    busy = np.array(
        [
            np.sum((np.abs(idx - i) <= BUSY_S * fps) & (cand_v >= vi - 1.0)) - 1
            for i, vi in zip(idx, cand_v, strict=True)
        ]
    )
    return np.column_stack(
        [
            cand_v,
            second,
            (peak_z[idx] > 4.0).sum(axis=1),
            mean_z[idx].max(axis=1),
            mean_z[idx, best_cell],
            (cand_v - med) / spread,
            busy.astype(float),
            *offsets,
            *own,
        ]
    )


def _features(series: MotionSeries, u: np.ndarray, idx: np.ndarray, fps: float) -> np.ndarray:
    n = len(series)
    shape = series.shape
    x = np.log1p(series.local)
    base_window = int(round(BASELINE_S * fps))
    u_base = _rolling(u, base_window, np.median)
    x_base = _rolling(x, base_window, np.median)
    med, p90 = np.percentile(u, [50, 90])
    spread = max(p90 - med, 0.05)
    cand_u = u[idx]
    rank = np.searchsorted(np.sort(cand_u), cand_u, side="right") / cand_u.size
    offsets = [u[np.clip(idx + int(round(o * fps)), 0, n - 1)] - cand_u for o in OFFSETS_S]
    half_height = u_base[idx] + (cand_u - u_base[idx]) / 2
    widths = []
    for i, level in zip(idx, half_height, strict=True):
        lo = i
        while lo > 0 and u[lo - 1] > level:
            lo -= 1
        hi = i
        while hi < n - 1 and u[hi + 1] > level:
            hi += 1
        widths.append((hi - lo + 1) / fps)
    near = max(1, int(round(NEAR_S * fps)))
    light = np.abs(shape[:, COL["light"]])
    cx, cy = shape[:, COL["cx"]], shape[:, COL["cy"]]
    wander = []
    short = max(1, int(round(0.15 * fps)))
    for i in idx:
        sl = slice(max(0, i - short), i + short + 1)
        moving = series.local[sl] > 0
        if moving.sum() > 1:
            wander.append(float(np.hypot(cx[sl][moving].std(), cy[sl][moving].std())))
        else:
            wander.append(0.0)
    busy_half = BUSY_S * fps
    busy = np.array(
        [
            np.sum((np.abs(idx - i) <= busy_half) & (cand_u >= ui - 0.5)) - 1
            for i, ui in zip(idx, cand_u, strict=True)
        ]
    )
    energy_med = max(float(np.median(series.energy)), 1e-3)
    # How rare the candidate's peak z is in this clip: on a clean clip the noise
    # level is a floor, not a measure, and a small jerk's z is modest in absolute
    # terms but still among the clip's highest.
    zmax = shape[:, COL["zmax"]]
    zmax_near = _near_max(zmax, idx, 1)
    zmax_sorted = np.sort(zmax)
    zmax_rank = np.searchsorted(zmax_sorted, zmax_near, side="right") / max(n, 1)
    zmax_p90 = max(float(np.percentile(zmax, 90)), 0.1)
    columns = [
        cand_u,
        x[idx],
        np.log(np.maximum(shape[idx, COL["zmax"]], 0.1)),
        cand_u - u_base[idx],
        x[idx] - x_base[idx],
        cand_u - med,
        (cand_u - med) / spread,
        rank,
        *offsets,
        np.asarray(widths),
        series.coverage[idx],
        _near_max(series.coverage, idx, near),
        np.log1p(series.shift[idx]),
        np.log1p(_near_max(series.shift, idx, near)),
        np.full(idx.size, np.log1p(float(np.median(series.shift)))),
        shape[idx, COL["response"]],
        light[idx],
        _near_max(light, idx, near),
        np.log(np.maximum(shape[idx, COL["area"]], 1e-6)),
        np.log(np.maximum(shape[idx, COL["peak"]], 0.1)),
        cx[idx],
        cy[idx],
        np.asarray(wander),
        np.log1p(shape[idx, COL["second"]]),
        shape[idx, COL["regions"]],
        busy.astype(float),
        np.log(np.maximum(shape[idx, COL["noise"]], 0.01)),
        shape[idx, COL["brightness"]],
        np.log(np.maximum(series.energy[idx], 1e-3) / energy_med),
        np.full(idx.size, fps),
        zmax_rank,
        np.log(np.maximum(zmax_near, 0.1) / zmax_p90),
    ]
    return np.column_stack(columns).astype(np.float64)
