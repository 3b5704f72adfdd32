"""The served copy: H.264/AAC MP4, upright, at most 720p, no metadata; its poster.

Also the ffmpeg command pieces the reel shares. See :mod:`logbook.video.media`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TypeVar

import av

from logbook.video.decoding import ReadBudget, ReadLimit, grey_frames_of, grey_size
from logbook.video.motion import MotionSeries
from logbook.video.motion.series import ANALYSIS_SIDE, series_of

from .probe import (
    TRANSCODE_FAILED,
    MediaError,
    MediaInfo,
    _limit_error,
    private_metadata,
    probe,
)

T = TypeVar("T")


@dataclass(frozen=True)
class TranscodeResult:
    mp4_path: Path
    poster_path: Path
    info: MediaInfo
    encoder: str
    elapsed_s: float
    size_bytes: int
    motion: MotionSeries | None = None  # when the transcode's decode fed the analysis


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


def _run_reading(cmd: list[str], timeout_s: float, read: Callable[[IO[bytes]], T]) -> T:
    """Run ffmpeg, ``read`` its stdout as it works; kill it if ``read`` fails or time runs out."""
    timed_out = threading.Event()
    with tempfile.TemporaryFile() as errors:
        # Fixed argv built from our own values and paths; never a shell.
        proc = subprocess.Popen(  # noqa: S603
            cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=errors
        )
        watchdog = threading.Timer(timeout_s, lambda: (timed_out.set(), proc.kill()))
        watchdog.start()
        try:
            with proc.stdout:  # type: ignore[union-attr]
                result = read(proc.stdout)  # type: ignore[arg-type]
        except BaseException:
            proc.kill()
            raise
        finally:
            watchdog.cancel()
            proc.wait()
        if timed_out.is_set():
            raise MediaError(TRANSCODE_FAILED, detail=f"ffmpeg timed out after {timeout_s}s")
        if proc.returncode != 0:
            errors.seek(0)
            tail = errors.read().decode("utf-8", "replace")[-2000:]
            raise MediaError(TRANSCODE_FAILED, detail=f"ffmpeg exit {proc.returncode}: {tail}")
    return result


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
    motion_budget: ReadBudget | None = None,
) -> TranscodeResult:
    """Make the web-safe, metadata-free MP4 and its poster JPEG; both appear atomically.

    ``file_mode`` replaces mkstemp's 0600 so the web server (X-Accel-Redirect) can
    read the files; pass Django's FILE_UPLOAD_PERMISSIONS.

    With ``motion_budget``, the same ffmpeg decode also feeds the motion analysis:
    the decoded picture is split, one branch is encoded, the other is scaled to
    small grey frames sent down a pipe (NUT, so every frame keeps its timestamp)
    and analysed while the encoder works. The 1080p decode, the costliest part
    of the analysis, is then done once. Past the budget's cap or clock, ffmpeg is
    killed and the refusal is the analysis' own (too long, too slow).
    """
    started = time.perf_counter()
    src, dst_mp4, poster_jpg = Path(src), Path(dst_mp4), Path(poster_jpg)
    info = info or probe(src)
    width, height = output_size(info, max_height)
    web = f"scale={width}:{height}:flags=bicubic,setsar=1,format=yuv420p"
    if info.fps > 60.5:
        web = "fps=60," + web
    timeout_s = timeout_s or max(120.0, info.duration_s * 4)
    # Never encode past the duration the probe measured on the stream itself.
    until = ["-t", f"{info.duration_s + 1.0:.3f}"]
    grey_out: list[str] = []
    if motion_budget is None:
        graph = ["-map", "0:v:0", "-vf", web, "-filter_threads", "2"]
    else:
        grey_w, grey_h = grey_size(*info.display_size, ANALYSIS_SIDE)
        grey = f"scale={grey_w}:{grey_h}:flags=area,format=gray"
        split = f"[0:v:0]split=2[w][g];[w]{web}[web];[g]{grey}[grey]"
        graph = ["-filter_complex", split, "-filter_complex_threads", "2", "-map", "[web]"]
        grey_out = [*until, "-map", "[grey]", "-fps_mode", "passthrough"]
        grey_out += ["-c:v", "rawvideo", "-f", "nut", "pipe:1"]

    tmp_mp4 = _temp_beside(dst_mp4, ".mp4")
    tmp_jpg = _temp_beside(poster_jpg, ".jpg")
    motion = None
    try:
        cmd = [
            *ffmpeg_command(),
            *ffmpeg_input(src),
            *until,
            *graph,
            *["-map", "0:a:0?", "-sn", "-dn", "-profile:v", "high"],
            *["-c:a", "aac", "-b:a", "96k", "-max_muxing_queue_size", "1024"],
            *WEB_MP4_OUTPUT,
            str(tmp_mp4),
            *grey_out,
        ]
        if motion_budget is None:
            _run(cmd, timeout_s)
        else:
            motion = _run_reading(cmd, timeout_s, _analyser(motion_budget))
            if motion is None:
                raise MediaError(TRANSCODE_FAILED, detail="no frames came down the analysis pipe")
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
        motion=motion,
    )


def _analyser(budget: ReadBudget) -> Callable[[IO[bytes]], MotionSeries | None]:
    """Reads ffmpeg's NUT pipe of grey frames into the motion series, within ``budget``."""

    def read(pipe: IO[bytes]) -> MotionSeries | None:
        try:
            container = av.open(pipe, format="nut", mode="r")
        except av.FFmpegError:
            return None  # ffmpeg wrote nothing: its exit status and stderr say why
        try:
            with container:
                return series_of(grey_frames_of(container, budget=budget))
        except ReadLimit as exc:
            raise _limit_error(exc, budget.max_seconds) from exc

    return read


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
