"""Bounded reading of an untrusted video: a cap on real stream time and a budget of work.

A container's header may claim any duration: a Matroska file can say 5 s and hold
eleven minutes of pictures. So the duration cap is enforced on what is actually
read -- packet and frame timestamps, counted from the first one -- and reading
stops as soon as it runs past the cap. Two more bounds stop a file whose
timestamps lie as well: a frame budget (the cap at the highest frame rate a phone
records, so a stream of a million frames stamped "0 s" still ends) and a
wall-clock deadline (a stream that is legal but pathologically slow to read).

Pure: PyAV and the standard library only. Every reader of the media layer (the
probe's demux pass, the motion analysis' frame loop) goes through
:func:`packets` or :func:`frames` with one :class:`ReadBudget`.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from dataclasses import dataclass

import av

# Slow-motion phone video is recorded at up to 240 frames per second.
MAX_FPS = 240
# A header rounded down, or a last frame's duration, must not refuse a clip of
# exactly the cap: real time may run this far past it.
CAP_TOLERANCE_S = 0.5

PAST_CAP = "past_cap"
TOO_MANY_FRAMES = "too_many_frames"
OUT_OF_TIME = "out_of_time"


class ReadLimit(Exception):
    """Reading stopped at a bound; ``reason`` is PAST_CAP, TOO_MANY_FRAMES or OUT_OF_TIME."""

    def __init__(self, reason: str, *, at_s: float, count: int) -> None:
        super().__init__(f"{reason} at {at_s:.3f} s after {count} packets/frames")
        self.reason = reason
        self.at_s = at_s
        self.count = count


@dataclass(frozen=True)
class ReadBudget:
    """How far one pass over a stream may go.

    ``max_seconds``: stream time from the first timestamp (None: no cap);
    ``max_count``: packets or frames (None: derived from ``max_seconds``);
    ``wall_seconds``: time on the clock for the whole pass (None: no deadline).
    """

    max_seconds: float | None = None
    wall_seconds: float | None = None
    max_count: int | None = None

    def start(self) -> _Meter:
        count = self.max_count
        if count is None and self.max_seconds is not None:
            count = math.ceil((self.max_seconds + CAP_TOLERANCE_S) * MAX_FPS)
        deadline = None if self.wall_seconds is None else time.monotonic() + self.wall_seconds
        limit_s = None if self.max_seconds is None else self.max_seconds + CAP_TOLERANCE_S
        return _Meter(limit_s=limit_s, max_count=count, deadline=deadline)


class _Meter:
    """One pass's running count; ``tick`` raises ReadLimit at the first bound crossed."""

    def __init__(self, *, limit_s: float | None, max_count: int | None, deadline: float | None):
        self.limit_s = limit_s
        self.max_count = max_count
        self.deadline = deadline
        self.first: float | None = None
        self.count = 0
        self.end_s = 0.0  # stream time reached, from the first timestamp

    def tick(self, start_s: float | None, end_s: float | None) -> None:
        self.count += 1
        if start_s is not None:
            if self.first is None:
                self.first = start_s
            self.end_s = max(self.end_s, (end_s if end_s is not None else start_s) - self.first)
        if self.limit_s is not None and self.end_s > self.limit_s:
            raise ReadLimit(PAST_CAP, at_s=self.end_s, count=self.count)
        if self.max_count is not None and self.count > self.max_count:
            raise ReadLimit(TOO_MANY_FRAMES, at_s=self.end_s, count=self.count)
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise ReadLimit(OUT_OF_TIME, at_s=self.end_s, count=self.count)


def packets(
    container: av.container.InputContainer, stream: av.VideoStream, budget: ReadBudget
) -> Iterator[av.Packet]:
    """Demux ``stream``'s packets (nothing decoded), stopping at the budget's first bound."""
    meter = budget.start()
    for packet in container.demux(stream):
        if packet.size == 0 and packet.pts is None:
            continue  # the demuxer's flush packet at the end
        start = end = None
        if packet.pts is not None and packet.time_base is not None:
            start = float(packet.pts * packet.time_base)
            end = float((packet.pts + (packet.duration or 0)) * packet.time_base)
        meter.tick(start, end)
        yield packet


def frames(
    container: av.container.InputContainer, stream: av.VideoStream, budget: ReadBudget
) -> Iterator[av.VideoFrame]:
    """Decode ``stream``'s frames, stopping at the budget's first bound (decoded time)."""
    meter = budget.start()
    for frame in container.decode(stream):
        meter.tick(frame.time, None)
        yield frame
