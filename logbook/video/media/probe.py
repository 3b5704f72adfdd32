"""Probe an untrusted upload: what it is, how long it really runs, whether it is whole.

See :mod:`logbook.video.media` for the whole media layer.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import av

from logbook.video.decoding import OUT_OF_TIME, ReadBudget, ReadLimit, packets
from logbook.video.motion import MotionSeries, motion_series

NOT_A_VIDEO = "This file is not a video we can read."
TRUNCATED = (
    "This video seems incomplete: the recording or the upload stopped part-way. "
    "Please upload the full file again."
)
CORRUPT = "This video file is damaged and cannot be played. Please try another copy."
TOO_LONG = "This video is longer than {limit}. Please trim it and upload it again."
TRANSCODE_FAILED = "We could not convert this video. Please try another copy."
TOO_SLOW = (
    "This video takes too long to read: it may be damaged or recorded in an unusual way. "
    "Please try another copy or a shorter clip."
)

# Wall-clock budgets of the in-process passes (ffmpeg has its own timeouts).
PROBE_WALL_S = 120.0
ANALYSIS_WALL_MIN_S = 300.0

# Demuxers (libavformat names) that phones, cameras and browsers record into. Anything
# else is refused: libavformat also "opens" photos, GIFs and even a .txt file (as ANSI
# art through its tty demuxer), none of which is a video of a night.
_VIDEO_CONTAINERS = {
    "mov,mp4,m4a,3gp,3g2,mj2",
    "matroska,webm",
    "avi",
    "mpegts",
    "mpeg",
    "ogg",
    "flv",
    "asf",
}
_ISO_BOX_TYPES = {b"ftyp", b"moov", b"mdat", b"free", b"skip", b"wide", b"pnot", b"uuid"}
# Tags that must never survive the transcode (matched case-insensitively, by prefix).
_PRIVATE_TAG_PREFIXES = (
    "creation_time",
    "date",
    "location",
    "com.apple.quicktime.",
    "com.android.",
    "make",
    "model",
    "gps",
    "xyz",
    "\u00a9xyz",
    "comment",
    "title",
    "artist",
)


class MediaError(Exception):
    """A file we refuse; ``message`` is safe to show to the person who uploaded it."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


@dataclass(frozen=True)
class MediaInfo:
    duration_s: float
    width: int  # coded size, before rotation
    height: int
    fps: float
    has_audio: bool
    video_codec: str
    recorded_at: datetime | None
    rotation: int  # display rotation in degrees, 0/90/180/270 (ffprobe's convention)
    audio_codec: str | None = None
    container: str = ""

    @property
    def display_size(self) -> tuple[int, int]:
        """Width and height as the video should be shown (rotation applied)."""
        if self.rotation in (90, 270):
            return self.height, self.width
        return self.width, self.height


# --- probe ----------------------------------------------------------------------------------


def _sniff(path: Path) -> str | None:
    """Name the container family from magic bytes (used for messages, not to accept)."""
    with path.open("rb") as fh:
        head = fh.read(16)
    if len(head) >= 8 and head[4:8] in _ISO_BOX_TYPES:
        return "isobmff"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "matroska"
    if head.startswith(b"RIFF") and head[8:12] == b"AVI ":
        return "avi"
    return None


def _check_iso_boxes(path: Path) -> str | None:
    """Walk top-level MP4/MOV boxes (headers only). Return TRUNCATED/CORRUPT or None.

    A box that claims to run past the end of the file, or a recording without its
    'moov' index (written last by most phones), means the file was cut short.
    """
    size_total = path.stat().st_size
    seen_moov = False
    pos = 0
    with path.open("rb") as fh:
        while pos + 8 <= size_total:
            fh.seek(pos)
            header = fh.read(16)
            size = int.from_bytes(header[:4], "big")
            kind = header[4:8]
            hdr = 8
            if size == 1:
                if len(header) < 16:
                    return TRUNCATED
                size, hdr = int.from_bytes(header[8:16], "big"), 16
            elif size == 0:  # "extends to end of file"
                size = size_total - pos
            if size < hdr or not all(32 <= c < 127 for c in kind):
                return CORRUPT
            if pos + size > size_total:
                return TRUNCATED
            seen_moov = seen_moov or kind == b"moov"
            pos += size
    return None if seen_moov else TRUNCATED


def _parse_recorded_at(*tag_dicts: dict[str, str]) -> datetime | None:
    """The capture time from container/stream tags, as an aware datetime (UTC if unzoned)."""
    for key in ("com.apple.quicktime.creationdate", "creation_time", "date"):
        for tags in tag_dicts:
            raw = tags.get(key)
            if not raw:
                continue
            try:
                value = datetime.fromisoformat(raw.strip())
            except ValueError:
                continue
            if value.tzinfo is None:
                value = value.replace(tzinfo=UTC)
            if value.year > 1971:  # 1904/1970 mean "never set" in QuickTime/MP4
                return value
    return None


def _human_limit(seconds: float) -> str:
    if seconds >= 60 and seconds % 60 == 0:
        minutes = int(seconds // 60)
        return f"{minutes} minute" + ("s" if minutes != 1 else "")
    return f"{int(seconds)} seconds"


def _limit_error(exc: ReadLimit, max_duration_s: float | None) -> MediaError:
    """The user-facing refusal for a pass stopped by its budget."""
    if exc.reason == OUT_OF_TIME or max_duration_s is None:
        return MediaError(TOO_SLOW, detail=str(exc))
    return MediaError(TOO_LONG.format(limit=_human_limit(max_duration_s)), detail=str(exc))


def probe(
    path: str | os.PathLike[str],
    max_duration_s: float | None = None,
    *,
    wall_s: float = PROBE_WALL_S,
) -> MediaInfo:
    """Describe a video file or raise :class:`MediaError` with a user-facing message.

    ``max_duration_s`` caps the duration the stream really has (its packets'
    timestamps), whatever the header says; the whole probe stops after ``wall_s``.
    """
    path = Path(path)
    family = _sniff(path)
    if family == "isobmff":
        problem = _check_iso_boxes(path)
        if problem is not None:
            raise MediaError(problem, detail="box layout")
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except (av.FFmpegError, UnicodeDecodeError) as exc:
        raise MediaError(CORRUPT if family else NOT_A_VIDEO, detail=str(exc)) from exc
    with container:
        fmt = container.format.name
        if fmt not in _VIDEO_CONTAINERS:
            raise MediaError(NOT_A_VIDEO, detail=f"container {fmt} is not a video format")
        if not container.streams.video:
            # Sound only (a voice memo) is not a video; no streams at all in a
            # video-shaped file means its index is damaged.
            damaged = family is not None and not container.streams.audio
            raise MediaError(CORRUPT if damaged else NOT_A_VIDEO, detail=f"no video ({fmt})")
        vs = container.streams.video[0]
        ctx = vs.codec_context
        fps = float(vs.average_rate or vs.guessed_rate or vs.base_rate or 0) or 30.0
        start = float(vs.start_time * vs.time_base) if vs.start_time is not None else 0.0
        if vs.duration is not None and vs.time_base is not None:
            video_end = start + float(vs.duration * vs.time_base)
        elif container.duration:
            video_end = start + container.duration / av.time_base
        else:
            video_end = None
        header = container.duration / av.time_base if container.duration else None
        if max_duration_s is not None and header is not None and header > max_duration_s:
            raise MediaError(TOO_LONG.format(limit=_human_limit(max_duration_s)))
        budget = ReadBudget(max_seconds=max_duration_s, wall_seconds=wall_s)
        span = None
        if video_end is None:  # no duration in the header (e.g. a browser's WebM)
            span = _demux_span(path, budget, max_duration_s)
            video_end = start + span
        if (header or video_end - start) <= 0:
            raise MediaError(CORRUPT, detail="no duration")

        rotation = _check_start(container, vs)
        _check_end(container, vs, video_end, fps, ReadBudget(wall_seconds=wall_s))
        # The header may lie (a Matroska file saying 5 s can hold 11 minutes): the
        # stream's own timestamps decide, read up to the cap and no further.
        if span is None:
            span = _demux_span(path, budget, max_duration_s)
        duration = max(header or video_end - start, span)

        audio = container.streams.audio[0] if container.streams.audio else None
        return MediaInfo(
            duration_s=duration,
            width=int(ctx.width),
            height=int(ctx.height),
            fps=fps,
            has_audio=audio is not None,
            video_codec=ctx.name,
            recorded_at=_parse_recorded_at(dict(container.metadata), dict(vs.metadata)),
            rotation=rotation,
            audio_codec=audio.codec_context.name if audio is not None else None,
            container=fmt,
        )


def _demux_span(path: Path, budget: ReadBudget, max_duration_s: float | None) -> float:
    """Seconds the video packets really span (first timestamp to last end), within budget.

    A pass of its own (a fresh container, nothing decoded), so no seek back is needed.
    """
    first = end = None
    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            vs = container.streams.video[0]
            for packet in packets(container, vs, budget):
                if packet.pts is None or packet.time_base is None:
                    continue
                at = float(packet.pts * packet.time_base)
                first = at if first is None else min(first, at)
                stop = float((packet.pts + (packet.duration or 0)) * packet.time_base)
                end = stop if end is None else max(end, stop)
    except ReadLimit as exc:
        raise _limit_error(exc, max_duration_s) from exc
    except av.FFmpegError as exc:
        raise MediaError(CORRUPT, detail=str(exc)) from exc
    return 0.0 if first is None or end is None else end - first


def _check_start(container: av.container.InputContainer, vs: av.VideoStream) -> int:
    """Decode the first few frames; return the display rotation of the stream."""
    frames = 0
    rotation = 0
    try:
        for frame in container.decode(vs):
            if frame.is_corrupt:
                raise MediaError(CORRUPT, detail="corrupt frame at start")
            if frames == 0:
                rotation = int(round(frame.rotation or 0)) % 360
            frames += 1
            if frames >= 3:
                break
    except av.FFmpegError as exc:
        raise MediaError(CORRUPT, detail=str(exc)) from exc
    if frames == 0:
        raise MediaError(CORRUPT, detail="no frame decoded")
    return rotation if rotation in (0, 90, 180, 270) else 0


def _check_end(
    container: av.container.InputContainer,
    vs: av.VideoStream,
    video_end: float,
    fps: float,
    budget: ReadBudget,
) -> None:
    """Seek one second before the end, decode a frame, and demux to the end."""
    if video_end <= 1.0:
        return
    target = video_end - 1.0
    decoded = False
    last = None
    try:
        container.seek(int(target / vs.time_base), stream=vs, backward=True)
        for packet in packets(container, vs, budget):
            if packet.pts is None:
                continue
            if not decoded:
                for frame in packet.decode():
                    if frame.is_corrupt:
                        raise MediaError(CORRUPT, detail="corrupt frame at end")
                    decoded = True
            last = float(packet.pts * packet.time_base)
    except ReadLimit as exc:
        raise _limit_error(exc, None) from exc
    except av.FFmpegError as exc:
        raise MediaError(TRUNCATED, detail=str(exc)) from exc
    if last is None or last < video_end - 1.0 - 2.0 / fps:
        raise MediaError(TRUNCATED, detail=f"stream stops at {last} of {video_end}")
    if not decoded:
        raise MediaError(TRUNCATED, detail="nothing decodable near the end")


def analysis_wall_s(max_duration_s: float | None) -> float:
    """Clock time the motion analysis may take: twice the capped length, at least 5 min."""
    return max(ANALYSIS_WALL_MIN_S, 2.0 * (max_duration_s or 0.0))


def analysis_budget(max_duration_s: float | None, wall_s: float | None = None) -> ReadBudget:
    """The motion analysis' budget: the duration cap, and :func:`analysis_wall_s` on the clock."""
    return ReadBudget(
        max_seconds=max_duration_s,
        wall_seconds=analysis_wall_s(max_duration_s) if wall_s is None else wall_s,
    )


def analyse_motion(
    path: str | os.PathLike[str],
    *,
    max_duration_s: float | None = None,
    wall_s: float | None = None,
) -> MotionSeries:
    """:func:`motion_series`, decoding no further than the cap and the clock budget allow."""
    try:
        return motion_series(path, budget=analysis_budget(max_duration_s, wall_s))
    except ReadLimit as exc:
        raise _limit_error(exc, max_duration_s) from exc


def private_metadata(path: str | os.PathLike[str]) -> dict[str, str]:
    """Container and stream tags that could identify a person, place, device or time."""
    found: dict[str, str] = {}
    with av.open(str(path), metadata_errors="ignore") as container:
        sources = [("", dict(container.metadata))]
        sources += [(f"stream{s.index}:", dict(s.metadata)) for s in container.streams]
        for prefix, tags in sources:
            for key, value in tags.items():
                if key.lower().startswith(_PRIVATE_TAG_PREFIXES):
                    found[prefix + key] = value
    return found
