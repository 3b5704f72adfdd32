"""Motion timeline of a night video and the moments that look like jerks.

A parent's video is often minutes of a still child with a few short jerks. The
doctor wants to jump to those jerks, so we propose them as "moments" on the
timeline; the parent confirms or removes them. Proposals, not diagnoses: the
detector should rarely miss a visible jerk and rarely invent one.

Timeline (``motion_series``)
    Every frame (or ``sample_fps`` frames per second) is decoded with PyAV using
    frame threads (deblocking skipped) and scaled by libswscale, with area
    averaging, straight to a small grey image (``analysis_width`` px wide; the
    averaging removes most sensor noise). The
    motion energy of a frame is the mean absolute grey-level difference to the
    previous analysed frame. The same difference is also averaged over a 6 x 8
    grid of cells; ``coverage`` is the fraction of cells that are clearly more
    active than usual for that cell (above their median level over the clip by
    five robust standard deviations, and by at least one grey level). A jerk of
    a limb lights up a few cells; a camera bump, the auto-exposure jumping or an
    I-frame refresh of noise lights up nearly all.

Moments (``detect_moments``)
    1. Local energy = energy minus the frame's median cell energy: change
       spread evenly over the picture (exposure steps, flicker, the noise
       floor) is not a jerk.
    2. Baseline: a rolling median of the local energy over ``window_s`` (4 s).
       It follows slow drift (light changing, breathing, the child shifting
       slowly) but not a jerk, which lasts well under half the window.
       Residual = local energy - baseline. Its noise scale sigma is the MAD of
       the residual over the clip (x 1.4826), ignoring global frames, so sensor
       noise sets the bar for its own clip.
    3. Global frames (coverage >= ``global_coverage``, and their neighbours)
       are dropped: a bump moves the whole picture, a jerk does not.
    4. Hysteresis: runs of frames with residual above ``threshold / 2`` that
       contain a frame above ``threshold = max(k * sigma, min_energy)`` are
       events; ``min_energy`` stops a perfectly still, noise-free video from
       turning compression flicker into jerks.
    5. Each event's peak frame is a candidate; candidates closer than
       ``min_separation_s`` (0.4 s) keep only the stronger one.
    A moment's ``score`` is its peak residual divided by the threshold (>= 1;
    higher is more certain).

Known limits: a jerk during a bump is lost; a whole-body startle that fills
most of the frame can be mistaken for a bump; motion smaller than
``min_energy`` on average over the frame (a finger at the far end of a wide
shot) is not proposed -- the parent can still add moments by hand.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np
from av.video.reformatter import VideoReformatter

from logbook.video.decoding import ReadBudget, frames

GRID_ROWS, GRID_COLS = 6, 8
CELL_FLOOR = 1.0  # grey levels a cell must rise above its usual level to count as active


@dataclass(frozen=True)
class MotionSeries:
    times_s: np.ndarray  # seconds from the first frame
    energy: np.ndarray  # mean |frame - previous| in grey levels
    fps: float  # analysed frames per second
    duration_s: float
    coverage: np.ndarray  # fraction of grid cells unusually active, 0..1
    cells: np.ndarray  # (frames, GRID_ROWS * GRID_COLS) cell energies

    def __len__(self) -> int:
        return int(self.energy.shape[0])


@dataclass(frozen=True)
class Moment:
    time_s: float
    peak_energy: float
    score: float


def motion_series(
    path: str | os.PathLike[str],
    *,
    analysis_width: int = 160,
    sample_fps: float | None = None,
    budget: ReadBudget | None = None,
) -> MotionSeries:
    """Decode the video and compute per-frame motion energy and coverage.

    Frames come from :func:`logbook.video.decoding.frames`: past ``budget``'s
    cap or clock it raises ``ReadLimit`` (the caller turns it into a refusal).
    """
    times: list[float] = []
    energies: list[float] = []
    cells: list[np.ndarray] = []
    prev: np.ndarray | None = None
    size: tuple[int, int] | None = None
    t0: float | None = None
    next_t = float("-inf")
    step = 1.0 / sample_fps if sample_fps else 0.0

    with av.open(str(Path(path)), metadata_errors="ignore") as container:
        vs = container.streams.video[0]
        vs.thread_type = "AUTO"
        # Deblocking only polishes block edges; motion at 160 px does not need it.
        vs.codec_context.options = {"skip_loop_filter": "all", "flags2": "+fast"}
        # One reformatter for the whole clip: libswscale keeps its scaling context
        # (frame.reformat() would rebuild it for every frame, ~3x slower).
        scaler = VideoReformatter()
        stream_fps = float(vs.average_rate or vs.guessed_rate or 0) or 30.0
        try:
            for index, frame in enumerate(frames(container, vs, budget or ReadBudget())):
                t = frame.time if frame.time is not None else index / stream_fps
                if t0 is None:
                    t0 = t
                t -= t0
                if step and t < next_t:
                    continue
                next_t = t + step - 1e-6 if step else next_t
                if size is None:
                    aw = min(analysis_width, frame.width)
                    ah = max(GRID_ROWS, round(aw * frame.height / frame.width))
                    size = (aw, ah)
                grey = scaler.reformat(
                    frame, width=size[0], height=size[1], format="gray", interpolation="AREA"
                ).to_ndarray()
                grey = grey.astype(np.int16)
                diff = np.zeros_like(grey) if prev is None else np.abs(grey - prev)
                prev = grey
                times.append(t)
                energies.append(float(diff.mean()))
                cells.append(_cell_means(diff))
        except av.FFmpegError:
            pass  # keep what decoded; probe() has already judged the file as a whole
        duration = container.duration / av.time_base if container.duration else 0.0

    times_a = np.asarray(times, dtype=np.float64)
    energy_a = np.asarray(energies, dtype=np.float64)
    cells_a = np.asarray(cells, dtype=np.float64).reshape(len(cells), GRID_ROWS * GRID_COLS)
    fps = stream_fps if not step else min(stream_fps, float(sample_fps or stream_fps))
    if len(times_a) > 1:
        duration = max(duration, float(times_a[-1]) + 1.0 / stream_fps)
    return MotionSeries(
        times_s=times_a,
        energy=energy_a,
        fps=fps,
        duration_s=duration,
        coverage=_coverage(cells_a),
        cells=cells_a,
    )


def _cell_means(diff: np.ndarray) -> np.ndarray:
    h, w = diff.shape
    ch, cw = h // GRID_ROWS, w // GRID_COLS
    block = diff[: ch * GRID_ROWS, : cw * GRID_COLS].reshape(GRID_ROWS, ch, GRID_COLS, cw)
    return block.mean(axis=(1, 3), dtype=np.float64).ravel()


def _coverage(cells: np.ndarray) -> np.ndarray:
    if cells.shape[0] == 0:
        return np.zeros(0)
    usual = np.median(cells, axis=0)
    spread = 1.4826 * np.median(np.abs(cells - usual), axis=0)
    active = cells > usual + np.maximum(CELL_FLOOR, 5.0 * spread)
    return active.mean(axis=1)


def _rolling_median(values: np.ndarray, window: int) -> np.ndarray:
    half = window // 2
    padded = np.pad(values, half, mode="edge")
    return np.median(np.lib.stride_tricks.sliding_window_view(padded, window), axis=1)


def detect_moments(
    series: MotionSeries,
    *,
    window_s: float = 4.0,
    k: float = 6.0,
    min_energy: float = 0.3,
    min_separation_s: float = 0.4,
    global_coverage: float = 0.6,
) -> list[Moment]:
    """Propose jerk moments from a motion series (see the module docstring)."""
    energy = series.energy
    n = energy.shape[0]
    if n < 3:
        return []
    # Remove the part of each frame's change that is spread evenly over the picture
    # (exposure steps, flicker, noise level): the median cell carries it.
    local = np.clip(energy - np.median(series.cells, axis=1), 0.0, None)
    window = max(5, int(round(window_s * series.fps)) | 1)
    residual = local - _rolling_median(local, window)

    is_global = series.coverage >= global_coverage
    is_global = is_global | np.roll(is_global, 1) | np.roll(is_global, -1)
    usable = ~is_global
    usable[0] = False  # the first frame has nothing to differ from
    if not usable.any():
        return []
    r = residual[usable]
    sigma = 1.4826 * float(np.median(np.abs(r - np.median(r))))
    threshold = max(k * sigma, min_energy)
    candidate = usable & (residual > threshold / 2)

    peaks: list[int] = []
    i = 0
    while i < n:
        if not candidate[i]:
            i += 1
            continue
        j = i
        while j < n and candidate[j]:
            j += 1
        top = i + int(np.argmax(residual[i:j]))
        if residual[top] > threshold:
            peaks.append(top)
        i = j

    kept: list[int] = []
    for idx in sorted(peaks, key=lambda p: -residual[p]):
        if all(abs(series.times_s[idx] - series.times_s[o]) >= min_separation_s for o in kept):
            kept.append(idx)
    return [
        Moment(
            time_s=float(series.times_s[idx]),
            peak_energy=float(energy[idx]),
            score=float(residual[idx] / threshold),
        )
        for idx in sorted(kept)
    ]


def estimate_pattern(moments: list[Moment]) -> dict[str, float | int | None]:
    """How many moments and the typical gap between them ("every 10-20 seconds")."""
    times = sorted(m.time_s for m in moments)
    gaps = np.diff(times) if len(times) > 1 else np.zeros(0)
    return {
        "count": len(times),
        "median_interval_s": round(float(np.median(gaps)), 2) if gaps.size else None,
    }


def summarize(series: MotionSeries, moments: list[Moment]) -> dict[str, object]:
    """A JSON-ready summary stored with the video and shown on its page."""
    e = series.energy
    if e.size:
        p50, p95 = np.percentile(e, [50, 95])
        motion = {
            "frames": int(e.size),
            "mean": round(float(e.mean()), 4),
            "p50": round(float(p50), 4),
            "p95": round(float(p95), 4),
            "max": round(float(e.max()), 4),
        }
    else:
        motion = {"frames": 0, "mean": 0.0, "p50": 0.0, "p95": 0.0, "max": 0.0}
    return {
        "duration_s": round(series.duration_s, 2),
        "fps": round(series.fps, 3),
        "motion": motion,
        "moments": [
            {
                "time_s": round(m.time_s, 2),
                "peak_energy": round(m.peak_energy, 3),
                "score": round(m.score, 2),
            }
            for m in moments
        ],
        "pattern": estimate_pattern(moments),
    }


def strip(series: MotionSeries, buckets: int = 200) -> list[float]:
    """Motion over time for the UI timeline: ``buckets`` maxima normalised to 0..1.

    Shorter series give one value per frame.
    """
    e = series.energy
    if e.size == 0 or buckets <= 0:
        return []
    values = (
        np.array([chunk.max() for chunk in np.array_split(e, buckets)])
        if e.size > buckets
        else e.copy()
    )
    top = float(values.max())
    if top <= 0:
        return [0.0] * len(values)
    return [round(float(v) / top, 3) for v in values]
