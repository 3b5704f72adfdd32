"""Private phone videos: check what was uploaded, make a web-safe copy, find the jerks.

Parents film their child's night-time jerks on a phone and upload the file so a
doctor can see it. That file is private and untrusted, so this module:

* ``probe`` sniffs the CONTENT with PyAV (never the name or the browser's MIME
  type), refuses anything that is not a readable video with a message a tired
  parent can act on, enforces a duration cap on the stream's real timestamps (a
  demux pass, bounded by :mod:`logbook.video.decoding`; the header's duration is
  never trusted alone), and catches truncated uploads (a phone that died
  mid-recording, a cut transfer) by checking the MP4 box layout and by seeking
  near the end and decoding there.
* ``transcode`` makes the copy we serve: H.264 (yuv420p) + AAC in an MP4 with the
  index first (faststart, so seeking works over HTTP Range), at most 720p on the
  short side, upright (phone rotation applied), with ALL metadata dropped --
  phones record GPS location, make/model and the exact time, which must never be
  shown to a clinician share link or leak in a download. It uses the system
  ``ffmpeg`` CLI as a child process (libx264, ``-threads 2``): autorotation,
  faststart and metadata mapping come for free, memory stays out of the worker,
  and a timeout can kill it. Output goes to a temporary file in the destination
  directory and is moved into place with ``os.replace``, so a killed job never
  leaves a half-written file at the final path. The result is probed again to
  prove it is H.264/AAC and carries no private tags.
* the motion analysis lives in :mod:`logbook.video.motion`; ``analyse_motion`` runs
  it with the same cap on decoded time and a wall-clock budget.

Every step is bounded in time: the probe's and the analysis' passes by a
:class:`~logbook.video.decoding.ReadBudget`, ffmpeg (transcode, poster) by a
subprocess timeout and by ``-t`` (it never encodes past the measured duration).

No Django here: the service layer calls these functions with paths and turns
``MediaError.message`` into the job's user-visible error.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import av

from logbook.video.decoding import (
    OUT_OF_TIME,
    ReadBudget,
    ReadLimit,
    packets,
)
from logbook.video.motion import (
    Moment,
    MotionSeries,
    detect_moments,
    estimate_pattern,
    motion_series,
    strip,
    summarize,
)

__all__ = [
    "CORRUPT",
    "TOO_SLOW",
    "NOT_A_VIDEO",
    "TOO_LONG",
    "TRANSCODE_FAILED",
    "TRUNCATED",
    "MediaError",
    "MediaInfo",
    "Moment",
    "MotionSeries",
    "TranscodeResult",
    "analyse_motion",
    "detect_moments",
    "estimate_pattern",
    "motion_series",
    "private_metadata",
    "probe",
    "strip",
    "summarize",
    "transcode",
]

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


@dataclass(frozen=True)
class TranscodeResult:
    mp4_path: Path
    poster_path: Path
    info: MediaInfo
    encoder: str
    elapsed_s: float
    size_bytes: int


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


def analyse_motion(
    path: str | os.PathLike[str],
    *,
    max_duration_s: float | None = None,
    wall_s: float | None = None,
) -> MotionSeries:
    """:func:`motion_series`, decoding no further than the cap and the clock budget allow."""
    budget = ReadBudget(
        max_seconds=max_duration_s,
        wall_seconds=analysis_wall_s(max_duration_s) if wall_s is None else wall_s,
    )
    try:
        return motion_series(path, budget=budget)
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


# --- transcode ------------------------------------------------------------------------------


def _even(value: float) -> int:
    return max(2, int(round(value / 2.0)) * 2)


def output_size(info: MediaInfo, max_height: int = 720) -> tuple[int, int]:
    """Upright output size: short side at most ``max_height``, aspect kept, both even."""
    width, height = info.display_size
    scale = min(1.0, max_height / min(width, height))
    return _even(width * scale), _even(height * scale)


def _ffmpeg() -> str:
    exe = shutil.which("ffmpeg")
    if exe is None:
        raise MediaError(TRANSCODE_FAILED, detail="ffmpeg is not installed")
    return exe


# ffmpeg run quietly, one input (or a window of it, cut by seeking), and the output
# options every MP4 we store shares: no metadata or chapters (they can hold GPS,
# device and times), H.264 that every browser plays, byte-identical runs, and the
# index first so playback starts at once.
def ffmpeg_command() -> list[str]:
    return [_ffmpeg(), "-nostdin", "-hide_banner", "-loglevel", "error", "-y"]


def ffmpeg_input(
    src: str | os.PathLike[str],
    *,
    start_s: float | None = None,
    length_s: float | None = None,
    threads: int = 2,
) -> list[str]:
    """Options reading ``src``; with ``start_s``/``length_s`` only that window is decoded.

    ffmpeg seeks to the keyframe before ``start_s`` and drops the frames before it
    (accurate seeking), so the window starts at its exact frame at time 0.
    """
    window = [] if start_s is None else ["-ss", f"{start_s:.3f}"]
    if length_s is not None:
        window += ["-t", f"{length_s:.3f}"]
    return ["-threads", str(threads), *window, "-i", str(src)]


WEB_MP4_OUTPUT: tuple[str, ...] = (
    "-map_metadata",
    "-1",
    "-map_chapters",
    "-1",
    "-c:v",
    "libx264",
    "-preset",
    "veryfast",
    "-crf",
    "23",
    "-pix_fmt",
    "yuv420p",
    "-threads",
    "2",
    "-fflags",
    "+bitexact",
    "-flags:v",
    "+bitexact",
    "-flags:a",
    "+bitexact",
    "-movflags",
    "+faststart",
    "-f",
    "mp4",
)


def _run(cmd: list[str], timeout_s: float) -> None:
    try:
        # Fixed argv built from our own values and paths; never a shell.
        done = subprocess.run(  # noqa: S603
            cmd, capture_output=True, timeout=timeout_s, check=False, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired as exc:
        raise MediaError(TRANSCODE_FAILED, detail=f"ffmpeg timed out after {timeout_s}s") from exc
    if done.returncode != 0:
        tail = done.stderr.decode("utf-8", "replace")[-2000:]
        raise MediaError(TRANSCODE_FAILED, detail=f"ffmpeg exit {done.returncode}: {tail}")


def _temp_beside(final: Path, suffix: str) -> Path:
    fd, name = tempfile.mkstemp(dir=final.parent, prefix=f".{final.name}.", suffix=suffix)
    os.close(fd)
    return Path(name)


def transcode(
    src: str | os.PathLike[str],
    dst_mp4: str | os.PathLike[str],
    poster_jpg: str | os.PathLike[str],
    *,
    max_height: int = 720,
    info: MediaInfo | None = None,
    timeout_s: float | None = None,
    file_mode: int = 0o644,
) -> TranscodeResult:
    """Make the web-safe, metadata-free MP4 and its poster JPEG; both appear atomically.

    ``file_mode`` replaces mkstemp's 0600 so the web server (X-Accel-Redirect) can
    read the files; pass Django's FILE_UPLOAD_PERMISSIONS.
    """
    started = time.perf_counter()
    src, dst_mp4, poster_jpg = Path(src), Path(dst_mp4), Path(poster_jpg)
    info = info or probe(src)
    width, height = output_size(info, max_height)
    vf = f"scale={width}:{height}:flags=bicubic,setsar=1,format=yuv420p"
    if info.fps > 60.5:
        vf = "fps=60," + vf
    timeout_s = timeout_s or max(120.0, info.duration_s * 4)

    tmp_mp4 = _temp_beside(dst_mp4, ".mp4")
    tmp_jpg = _temp_beside(poster_jpg, ".jpg")
    try:
        _run(
            [
                *ffmpeg_command(),
                *ffmpeg_input(src),
                # Never encode past the duration the probe measured on the stream itself.
                "-t",
                f"{info.duration_s + 1.0:.3f}",
                "-map",
                "0:v:0",
                "-map",
                "0:a:0?",
                "-sn",
                "-dn",
                "-vf",
                vf,
                "-filter_threads",
                "2",
                "-profile:v",
                "high",
                "-c:a",
                "aac",
                "-b:a",
                "96k",
                "-max_muxing_queue_size",
                "1024",
                *WEB_MP4_OUTPUT,
                str(tmp_mp4),
            ],
            timeout_s,
        )
        out_info = probe(tmp_mp4)
        if out_info.video_codec != "h264" or (out_info.has_audio and out_info.audio_codec != "aac"):
            raise MediaError(TRANSCODE_FAILED, detail=f"unexpected output {out_info}")
        leaks = private_metadata(tmp_mp4)
        if leaks:
            raise MediaError(TRANSCODE_FAILED, detail=f"metadata survived: {sorted(leaks)}")
        _make_poster(tmp_mp4, tmp_jpg, out_info.duration_s)
        os.chmod(tmp_jpg, file_mode)
        os.chmod(tmp_mp4, file_mode)
        os.replace(tmp_jpg, poster_jpg)
        os.replace(tmp_mp4, dst_mp4)
    finally:
        for leftover in (tmp_mp4, tmp_jpg):
            leftover.unlink(missing_ok=True)
    return TranscodeResult(
        mp4_path=dst_mp4,
        poster_path=poster_jpg,
        info=out_info,
        encoder="libx264 via ffmpeg CLI",
        elapsed_s=time.perf_counter() - started,
        size_bytes=dst_mp4.stat().st_size,
    )


def _make_poster(mp4: Path, jpg: Path, duration_s: float) -> None:
    """A JPEG of the frame about one second in (the first frame for very short clips)."""
    for at in (1.0 if duration_s > 1.5 else 0.0, 0.0):
        _run(
            [
                *ffmpeg_command(),
                *ffmpeg_input(mp4, start_s=at),
                "-frames:v",
                "1",
                "-an",
                "-map_metadata",
                "-1",
                "-q:v",
                "3",
                "-f",
                "image2",
                "-update",
                "1",
                str(jpg),
            ],
            60.0,
        )
        if jpg.stat().st_size > 0:
            return
    raise MediaError(TRANSCODE_FAILED, detail="no poster frame")
