"""Matching proposed moments to true jerks, and precision and recall per condition.

Rule: a proposed moment is right if it lies within ``TOLERANCE_S`` of a true
jerk's time (the limb at its furthest); each true jerk is matched at most once
and each proposal at most once, closest pairs first. Unmatched proposals are
false alarms, unmatched jerks are misses.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

TOLERANCE_S = 0.3


def pairs(
    truth: Sequence[float], proposed: Sequence[float], tol: float = TOLERANCE_S
) -> tuple[set[int], set[int]]:
    """The indices of the matched true jerks and of the matched proposals (the rule above)."""
    close = sorted(
        (abs(p - t), i, j)
        for i, t in enumerate(truth)
        for j, p in enumerate(proposed)
        if abs(p - t) <= tol
    )
    used_t: set[int] = set()
    used_p: set[int] = set()
    for _d, i, j in close:
        if i not in used_t and j not in used_p:
            used_t.add(i)
            used_p.add(j)
    return used_t, used_p


def match(truth: Sequence[float], proposed: Sequence[float], tol: float = TOLERANCE_S):
    """(true positives, false positives, false negatives, matched truth indices)."""
    used_t, _used_p = pairs(truth, proposed, tol)
    tp = len(used_t)
    return tp, len(proposed) - tp, len(truth) - tp, used_t


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    clips: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Report:
    overall: Tally = field(default_factory=Tally)
    by_tag: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_limb: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    per_clip: list[tuple[int, int, int, int]] = field(default_factory=list)  # seed, tp, fp, fn


def score(plans: Sequence[dict], proposals: Sequence[Sequence[float]]) -> Report:
    """Precision and recall overall, per clip tag (condition) and recall per limb."""
    report = Report()
    for plan, proposed in zip(plans, proposals, strict=True):
        truth = [j["time_s"] for j in plan["jerks"]]
        tp, fp, fn, hit = match(truth, proposed)
        report.per_clip.append((plan["seed"], tp, fp, fn))
        for tally in [report.overall] + [report.by_tag[t] for t in plan["tags"]]:
            tally.tp += tp
            tally.fp += fp
            tally.fn += fn
            tally.clips += 1
        for i, j in enumerate(plan["jerks"]):
            limb = report.by_limb[j["limb"]]
            limb.tp += i in hit
            limb.fn += i not in hit
    return report


def pr_curve(
    plans: Sequence[dict], candidates: Sequence[Sequence[tuple[float, float]]], thresholds
) -> list[tuple[float, Tally]]:
    """Overall tally at each score threshold; candidates are (time_s, score) per clip."""
    curve = []
    for thr in thresholds:
        kept = [[t for t, s in clip if s >= thr] for clip in candidates]
        curve.append((float(thr), score(plans, kept).overall))
    return curve
