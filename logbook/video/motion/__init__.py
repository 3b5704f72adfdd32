"""Motion timeline of a night video and the moments that look like jerks.

A parent's video is often minutes of a still child with a few short jerks. The
doctor wants to jump to those jerks, so we propose them as "moments" on the
timeline; the parent confirms or dismisses them and can add the ones we missed.
Proposals, not diagnoses. Pure (no Django):

* :mod:`.series` decodes small grey frames and measures, per frame, the
  strongest compact moving region after removing camera motion and exposure
  changes, relative to the clip's own noise;
* :mod:`.candidates` keeps the frames where motion peaks against each region's
  own history, with features of each peak's shape in time and space;
* :mod:`.moments` scores them with a learned classifier (:mod:`.model`, trained
  on dev clips by ``make video-model``) and proposes the likely jerks;
* :mod:`.summary` turns them into the stored summary and the timeline strip.

Measured on the frozen night-clip test split: ``make video-eval``.
"""

from .moments import DEFAULT_THRESHOLD, Moment, detect_moments, frame_scores
from .series import MotionSeries, motion_series
from .summary import estimate_pattern, strip, summarize

__all__ = [
    "DEFAULT_THRESHOLD",
    "Moment",
    "MotionSeries",
    "detect_moments",
    "estimate_pattern",
    "frame_scores",
    "motion_series",
    "strip",
    "summarize",
]
