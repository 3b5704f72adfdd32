"""Per-frame motion features of a video, measured against the clip's own noise.

Frames: small grey images whose long side is ``analysis_side`` px (320: a finger
at the far end of a wide shot still covers a few pixels), from
:mod:`logbook.video.decoding` (area-averaged by libswscale). Everything after
that is OpenCV/numpy on that small image.

For each frame ``t``, against the frame ``lag`` frames earlier (about 70 ms, so
a jerk that rises within one to three frames shows in full):

1. both are smoothed (Gaussian, sigma 1 px): grain averages out, limbs stay;
2. camera motion: phase correlation on half-size copies gives the shift between
   the two frames (a hand-held phone sways and bumps); the older frame is
   shifted onto the new one (no clear correlation peak: no shift);
3. light: the older frame is multiplied by a smooth gain field (the ratio of
   16x smaller copies), so an auto-exposure step, a lamp or slow drift is not
   change;
4. difference: the new frame minus the aligned, relit old one, with its sign,
   averaged over 3 x 3 px and, for heavy grain, over ``WIDE`` x ``WIDE`` px (a
   plain difference: an earlier design forgave any change the old frame showed
   within one pixel, which erased a small limb's move of one or two pixels and
   cost recall on clips of both generators; see docs/experiments/vid4-plain.md);
5. the clip's own noise: for each scale, the median difference in each cell of a
   coarse grid, over this very frame (it follows night-mode gain as it changes
   and differs between dark and lit parts of the picture), floored by the level
   of the recent frames where much of the picture changed (heavy compression
   freezes the grain for a few frames, then refreshes it); the difference
   divided by it is a z-map;
6. compact moving regions: connected components of ``z > Z_ON``; the strongest
   component's summed excess is the frame's ``local`` motion. ``coverage`` is
   the share of the picture above ``Z_ON`` (a bump or a failed alignment lights
   up the whole frame, a limb does not).

``energy`` (the mean difference, grey levels) is kept for the timeline strip.
"""

from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass, field
from typing import NamedTuple

import cv2
import numpy as np

from ..decoding import GreyFrames, ReadBudget, grey_frames

ANALYSIS_SIDE = 320
LAG_S = 0.07  # compare with the frame this long before
GRID = 8  # noise cells along the long side
Z_ON = 9.0  # a pixel moves when its difference is this many times its cell's level
NOISE_FLOOR = 0.3  # grey levels: a frozen (heavily compressed) area is not noise-free
SMOOTH_SIGMA = 1.0
WIDE = 7  # px: the wider average of the signed difference
CHANGED = 0.25  # grey levels: a difference this small is a frozen (skipped) block
CHANGED_SHARE = 0.75
REFRESH_SHARE = 0.3  # a frame where this much changed shows the grain, not just motion
MIN_RESPONSE = 0.03  # phase-correlation peak below this: no reliable camera shift
# Per-frame columns of ``MotionSeries.shape``: the peak z anywhere, the strongest
# region's share of the picture, its peak z and centre (0..1 of width and height),
# the second region's strength, how many regions, the phase-correlation response,
# the global light ratio (log), the clip's noise (median cell level, grey levels)
# and the mean brightness.
SHAPE_COLUMNS = (
    "zmax",
    "area",
    "peak",
    "cx",
    "cy",
    "second",
    "regions",
    "response",
    "light",
    "noise",
    "brightness",
)
_QUIET = (0.0, 0.0, 0.0, 0.5, 0.5, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0)


@dataclass(frozen=True)
class MotionSeries:
    times_s: np.ndarray  # seconds from the first frame
    energy: np.ndarray  # mean |frame - earlier frame| in grey levels (for the strip)
    fps: float  # analysed frames per second
    duration_s: float
    coverage: np.ndarray  # share of the picture that moved, 0..1
    local: np.ndarray  # strength of the strongest compact moving region
    shift: np.ndarray  # camera motion since the earlier frame, px at analysis size
    # The shape of the motion, for the jerk classifier of :mod:`.moments`: one row
    # per frame, columns named by ``SHAPE_COLUMNS``.
    shape: np.ndarray = field(default_factory=lambda: np.zeros((0, len(SHAPE_COLUMNS))))
    # Per frame and noise cell (row-major over the grid): the highest z in the cell,
    # and its mean z; a cell's own history tells its noise over time.
    cell_peak: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))
    cell_mean: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))

    def __len__(self) -> int:
        return int(self.energy.shape[0])


class _Frame(NamedTuple):
    image: np.ndarray  # the smoothed grey frame
    half: np.ndarray  # half size, for the camera shift
    coarse: np.ndarray  # 16x smaller plus one, for the light


class _Analyser:
    """Turns a stream of small grey frames into the per-frame features."""

    def __init__(self, fps: float, size: tuple[int, int]) -> None:
        self.lag = max(1, int(round(fps * LAG_S)))
        self.history: deque[_Frame] = deque(maxlen=self.lag)
        w, h = size
        self.size = size
        long_side = max(w, h)
        self.cells = (max(2, round(GRID * h / long_side)), max(2, round(GRID * w / long_side)))
        rows, cols = self.cells
        self.ch, self.cw = (h // rows) & ~1, (w // cols) & ~1  # even, for the half sampling
        self.rows: list[tuple[float, ...]] = []
        self.cell_rows: list[np.ndarray] = []
        self.levels: list[float | None] = [None, None]
        self.coarse = (max(2, w // 16), max(2, h // 16))
        self.small = (max(16, w // 2), max(16, h // 2))
        self.window = cv2.createHanningWindow(self.small, cv2.CV_32F)
        self.max_shift = 0.06 * max(w, h)

    def push(self, grey: np.ndarray) -> None:
        cur = cv2.GaussianBlur(grey.astype(np.float32), (0, 0), SMOOTH_SIGMA)
        # Its half-size and coarse copies are made once: the frame is the new one now
        # and the old one ``lag`` frames later.
        frame = _Frame(
            cur,
            cv2.resize(cur, self.small, interpolation=cv2.INTER_AREA),
            cv2.resize(cur, self.coarse, interpolation=cv2.INTER_AREA) + 1.0,
        )
        ref = self.history[0] if self.history else frame
        self.history.append(frame)
        self.rows.append(self._features(ref, frame))

    def _features(self, old: _Frame, new: _Frame) -> tuple[float, ...]:
        if old is new:
            self.cell_rows.append(np.zeros((2, self.cells[0] * self.cells[1]), np.float32))
            return (0.0, 0.0, 0.0, 0.0, *_QUIET)
        ref, cur = old.image, new.image
        h, w = cur.shape
        # Camera motion on a half-size, smoother copy: the grain averages out there.
        # (copies: OpenCV's phaseCorrelate writes into its inputs)
        (dx, dy), response = cv2.phaseCorrelate(old.half.copy(), new.half.copy(), self.window)
        dx, dy = 2 * dx, 2 * dy
        shift = float(np.hypot(dx, dy))
        if response < MIN_RESPONSE or shift > self.max_shift:
            dx = dy = shift = 0.0  # no clear answer: judge the frame unaligned
        ref_small = old.coarse
        if shift > 0.05:
            moved = np.float32([[1, 0, dx], [0, 1, dy]])
            ref = cv2.warpAffine(ref, moved, (w, h), borderMode=cv2.BORDER_REPLICATE)
            ref_small = cv2.resize(ref, self.coarse, interpolation=cv2.INTER_AREA) + 1.0
        # Exposure and light: a smooth gain field (the ratio of 16x smaller copies)
        # brings the older frame to the new one's lighting, region by region.
        cur_small = new.coarse
        gain = cv2.divide(cur_small, ref_small)
        brightness = float(cur_small.mean()) - 1.0
        light = float(np.log(cur_small.mean() / ref_small.mean()))
        ref = ref * cv2.resize(gain, (w, h), interpolation=cv2.INTER_LINEAR)
        # The change, with its sign: averaging a signed difference over an area lets
        # grain cancel and a limb stay.
        signed = cv2.subtract(cur, ref)
        edge = int(np.ceil(max(abs(dx), abs(dy)))) + 2
        signed[:edge, :] = 0
        signed[-edge:, :] = 0
        signed[:, :edge] = 0
        signed[:, -edge:] = 0
        fine = np.abs(cv2.blur(signed, (3, 3)))
        energy = float(cv2.mean(fine)[0])
        # Two scales: a finger is a few pixels; in heavy grain only a wider average
        # lifts a limb above the noise.
        level = self._level(fine, 0)
        z_fine = fine / level
        z_wide = np.abs(cv2.blur(signed, (WIDE, WIDE)))
        z_wide /= self._level(z_wide, 1)
        z = cv2.max(z_fine, z_wide)
        zmax = float(z.max())
        rows_, cols_ = self.cells
        grid = z[: rows_ * self.ch, : cols_ * self.cw].reshape(rows_, self.ch, cols_, self.cw)
        self.cell_rows.append(
            np.stack([grid.max(axis=(1, 3)).ravel(), grid.mean(axis=(1, 3)).ravel()])
        )
        noise = float(np.median(level))
        mask = (z > Z_ON).astype(np.uint8)
        moving = np.flatnonzero(mask)
        coverage = moving.size / mask.size
        if not moving.size:
            quiet = (zmax, *_QUIET[1:7], response, light, noise, brightness)
            return (energy, coverage, 0.0, shift, *quiet)
        count, labels, stats, centres = cv2.connectedComponentsWithStats(mask, connectivity=8)
        which = labels.ravel()[moving]
        excess = z.ravel()[moving] - Z_ON
        sums = np.bincount(which, weights=excess, minlength=count)
        order = np.argsort(sums)
        best = int(order[-1])
        second = float(sums[order[-2]]) if count > 2 else 0.0
        return (
            energy,
            coverage,
            float(sums[best]),
            shift,
            zmax,
            float(stats[best, cv2.CC_STAT_AREA]) / mask.size,
            float(excess[which == best].max()) + Z_ON,
            float(centres[best, 0]) / w,
            float(centres[best, 1]) / h,
            second,
            float(count - 1),
            response,
            light,
            noise,
            brightness,
        )

    def _level(self, diff: np.ndarray, scale: int) -> np.ndarray:
        """The noise level of each pixel's region: its cell's median, with a floor."""
        h, w = diff.shape
        rows, cols = self.cells
        ch, cw = self.ch, self.cw
        # Medians over every other pixel of each cell: the same level, a quarter the work.
        block = diff[: rows * ch : 2, : cols * cw : 2].reshape(rows, ch // 2, cols, -1)
        cells = block.transpose(0, 2, 1, 3).reshape(rows, cols, -1)  # a copy: free to sort
        noise = np.median(cells, axis=2, overwrite_input=True)
        # Heavy compression freezes the grain in most blocks and then refreshes many at
        # once: the level of the frames where much of the picture changed is the
        # clip's noise (followed over time, as night-mode gain drifts), and it is a
        # floor for the frames in between.
        sample = diff[::3, ::3]
        changed = sample[sample > CHANGED]
        if changed.size > sample.size * REFRESH_SHARE:
            typical = float(np.median(changed))
            old = self.levels[scale]
            self.levels[scale] = typical if old is None else 0.8 * old + 0.2 * typical
        tracked = self.levels[scale]
        floor = CHANGED_SHARE * tracked if tracked is not None else 0.0
        noise = np.maximum(noise, max(NOISE_FLOOR, floor)).astype(np.float32)
        return cv2.resize(noise, (w, h), interpolation=cv2.INTER_LINEAR)


def motion_series(
    path: str | os.PathLike[str],
    *,
    analysis_side: int = ANALYSIS_SIDE,
    sample_fps: float | None = None,
    budget: ReadBudget | None = None,
) -> MotionSeries:
    """Decode the video and compute the per-frame motion features (module docstring).

    Frames come from :func:`logbook.video.decoding.grey_frames`: past ``budget``'s cap
    or clock it raises ``ReadLimit`` (the caller turns it into a refusal).
    """
    with grey_frames(path, side=analysis_side, budget=budget or ReadBudget()) as source:
        return series_of(source, sample_fps=sample_fps)


def series_of(source: GreyFrames, *, sample_fps: float | None = None) -> MotionSeries:
    """The per-frame motion features of a stream of small grey frames."""
    times: list[float] = []
    step = 1.0 / sample_fps if sample_fps else 0.0
    fps = source.fps if not step else min(source.fps, float(sample_fps or source.fps))
    analyser = _Analyser(fps, source.size)
    next_t = float("-inf")
    for t, grey in source.frames:
        if step and t < next_t:
            continue
        next_t = t + step - 1e-6 if step else next_t
        analyser.push(grey)
        times.append(t)

    width = 4 + len(SHAPE_COLUMNS)
    rows = np.asarray(analyser.rows, dtype=np.float64).reshape(-1, width)
    cell_rows = analyser.cell_rows
    cells = np.asarray(cell_rows, dtype=np.float64) if cell_rows else np.zeros((0, 2, 0))
    times_a = np.asarray(times, dtype=np.float64)
    duration = source.duration_s
    if len(times_a) > 1:
        duration = max(duration, float(times_a[-1]) + 1.0 / source.fps)
    return MotionSeries(
        times_s=times_a,
        energy=rows[:, 0],
        fps=fps,
        duration_s=duration,
        coverage=rows[:, 1],
        local=rows[:, 2],
        shift=rows[:, 3],
        shape=rows[:, 4:],
        cell_peak=cells[:, 0, :],
        cell_mean=cells[:, 1, :],
    )
