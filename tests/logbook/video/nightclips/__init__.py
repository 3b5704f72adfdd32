"""Night clips drawn from a seed, for measuring the jerk detector honestly.

The older ``clipgen`` was written together with the detector, so the detector
scored perfectly on it and failed elsewhere. This generator was written and its
test split frozen (``manifest.json``) before the detector was redesigned:

* ``conditions.draw(seed)`` draws everything about a clip from its seed: size
  (portrait too), frame rate (24/25/30/60), length, darkness, sensor noise and how
  it drifts, light drift, exposure steps, a hand-held camera and its bumps, the
  figure in the cot (how far away, so a finger may be a few pixels), breathing,
  rolling over, slow stirring, compression, and the jerks at known times;
* ``render.write_clip(plan, path)`` renders the frames and encodes an MP4;
* ``scoring`` matches proposals to true jerks (each jerk once, within
  ``TOLERANCE_S``) and computes precision and recall per condition;
* ``python -m tests.logbook.video.nightclips.evaluate`` (``make video-eval``)
  prints the figures on the frozen test split.

The dev seeds are for tuning; the test seeds are only for reporting.
"""
