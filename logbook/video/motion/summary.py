"""What is stored with a video and drawn on its page: the pattern, a summary, the strip."""

from __future__ import annotations

import numpy as np

from .moments import Moment
from .series import MotionSeries


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
