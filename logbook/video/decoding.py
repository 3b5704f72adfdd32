"""Bounded reading of an untrusted video: a cap on real stream time and a budget of work.

A container's header may claim any duration: a Matroska file can say 5 s and hold
eleven minutes of pictures. So the duration cap is enforced on what is actually
read -- packet and frame timestamps, counted from the first one -- and reading
stops as soon as it runs past the cap. Two more bounds stop a file whose
timestamps lie as well: a frame budget (the cap at the highest frame rate a phone
records, so a stream of a million frames stamped "0 s" still ends) and a
wall-clock deadline (a stream that is legal but pathologically slow to read).

Pure: PyAV, numpy and the standard library only. Every reader of the media layer
(the probe's demux pass, the motion analysis' frame loop) goes through
:func:`packets` or :func:`frames` with one :class:`ReadBudget`.

The motion analysis reads :class:`GreyFrames`: small grey numpy frames with their
times, the frame rate and the size. :func:`grey_frames` decodes them from a file
in-process; :func:`grey_frames_of` reads them from an open container whose frames
are already small and grey (ffmpeg's pipe when the transcode's decode is shared,
see :func:`logbook.video.media.transcode`).
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import av
import numpy as np
from av.video.reformatter import VideoReformatter

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


@dataclass(frozen=True)
class GreyFrames:
    """A stream of small grey frames: ``frames`` yields (seconds from the first frame, array)."""

    fps: float
    size: tuple[int, int]  # width, height of every frame
    frames: Iterator[tuple[float, np.ndarray]]
    duration_s: float  # the container's claim (0 when unknown); the frames tell the truth


def grey_size(width: int, height: int, side: int) -> tuple[int, int]:
    """The analysis size of a ``width`` x ``height`` picture: long side at most ``side``."""
    scale = min(1.0, side / max(width, height))
    return max(16, round(width * scale)), max(16, round(height * scale))


def _stream_fps(stream: av.VideoStream) -> float:
    return float(stream.average_rate or stream.guessed_rate or 0) or 30.0


def _duration(container: av.container.InputContainer) -> float:
    return container.duration / av.time_base if container.duration else 0.0


def _timed(
    decoded: Iterator[av.VideoFrame], fps: float, grey: Callable[[av.VideoFrame], np.ndarray]
) -> Iterator[tuple[float, np.ndarray]]:
    """(time from the first frame, grey array); a damaged tail ends the stream quietly."""
    t0: float | None = None
    try:
        for index, frame in enumerate(decoded):
            t = frame.time if frame.time is not None else index / fps
            if t0 is None:
                t0 = t
            yield t - t0, grey(frame)
    except av.FFmpegError:
        return  # keep what decoded; probe() has already judged the file as a whole


@contextmanager
def grey_frames(
    path: str | os.PathLike[str], *, side: int, budget: ReadBudget
) -> Iterator[GreyFrames]:
    """Decode ``path`` in-process into grey frames whose long side is at most ``side``.

    Frame threads and one libswscale context scaling with area averaging: the same
    pictures as the transcode's grey branch (which cannot skip deblocking, since it
    also feeds the served copy), so what is evaluated is what the job analyses.
    """
    with av.open(str(path), metadata_errors="ignore") as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        size = grey_size(stream.codec_context.width, stream.codec_context.height, side)
        scaler = VideoReformatter()

        def grey(frame: av.VideoFrame) -> np.ndarray:
            return scaler.reformat(
                frame, width=size[0], height=size[1], format="gray", interpolation="AREA"
            ).to_ndarray()

        fps = _stream_fps(stream)
        decoded = frames(container, stream, budget)
        yield GreyFrames(fps, size, _timed(decoded, fps, grey), _duration(container))


def grey_frames_of(container: av.container.InputContainer, *, budget: ReadBudget) -> GreyFrames:
    """The frames of an open container that already holds small grey video (rawvideo)."""
    stream = container.streams.video[0]
    size = (stream.codec_context.width, stream.codec_context.height)
    fps = _stream_fps(stream)

    def grey(frame: av.VideoFrame) -> np.ndarray:
        return frame.to_ndarray(format="gray")

    return GreyFrames(fps, size, _timed(frames(container, stream, budget), fps, grey), 0.0)
