"""Matching proposed moments to true jerk times, and the counts that follow (pure)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Counts:
    hits: int = 0
    truths: int = 0
    proposals: int = 0

    def add(self, other: Counts) -> None:
        self.hits += other.hits
        self.truths += other.truths
        self.proposals += other.proposals

    @property
    def false_positives(self) -> int:
        return self.proposals - self.hits

    @property
    def precision(self) -> float | None:
        return self.hits / self.proposals if self.proposals else None

    @property
    def recall(self) -> float | None:
        return self.hits / self.truths if self.truths else None


def match(truth: list[float], proposals: list[float], tolerance: float) -> list[int | None]:
    """For each true time, the index of the proposal it is matched to (or None).

    Each truth and each proposal is used at most once. Pairs are taken closest
    first, so that a nearby proposal is not stolen by a farther truth.
    """
    pairs = sorted(
        (abs(t - p), ti, pi)
        for ti, t in enumerate(truth)
        for pi, p in enumerate(proposals)
        if abs(t - p) <= tolerance
    )
    used_t: dict[int, int] = {}
    used_p: set[int] = set()
    for _, ti, pi in pairs:
        if ti in used_t or pi in used_p:
            continue
        used_t[ti] = pi
        used_p.add(pi)
    return [used_t.get(ti) for ti in range(len(truth))]


def score(truth: list[float], proposals: list[float], tolerance: float) -> Counts:
    matched = match(truth, proposals, tolerance)
    hits = sum(m is not None for m in matched)
    return Counts(hits=hits, truths=len(truth), proposals=len(proposals))
