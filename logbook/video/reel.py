"""The clinician's highlight reel: every chosen moment with a little time either side.

A doctor should see a ten-minute night in under a minute. ``reel_windows``
turns moment times into clip windows (``pad_s`` before and after, clamped to the
video, overlapping windows merged), and ``make_reel`` cuts them out of the
served (already metadata-free) MP4 and joins them into one H.264/AAC MP4 with
the index first and no metadata, written next to its destination and moved into
place only when complete. No Django here.
"""

from __future__ import annotations

import os
from pathlib import Path

from .media.probe import TRANSCODE_FAILED, MediaError, private_metadata, probe
from .media.transcode import (
    WEB_MP4_OUTPUT,
    _run,
    _temp_beside,
    ffmpeg_command,
    ffmpeg_input,
)

REEL_PAD_S = 2.0


def reel_windows(
    times: list[float], duration_s: float, pad_s: float = REEL_PAD_S
) -> list[tuple[float, float]]:
    """(start, end) windows around the moments, merged where they overlap or touch."""
    windows: list[list[float]] = []
    for t in sorted(times):
        start, end = max(0.0, t - pad_s), min(duration_s, t + pad_s)
        if end <= start:
            continue
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    return [(round(a, 3), round(b, 3)) for a, b in windows]


def make_reel(
    src_mp4: str | os.PathLike[str],
    dst_mp4: str | os.PathLike[str],
    windows: list[tuple[float, float]],
    *,
    has_audio: bool,
    timeout_s: float = 300.0,
    file_mode: int = 0o644,
) -> float:
    """Write the reel of ``windows`` from ``src_mp4``; return its duration in seconds."""
    if not windows:
        raise MediaError(TRANSCODE_FAILED, detail="a reel needs at least one window")
    src, dst = Path(src_mp4), Path(dst_mp4)
    # One seeking input per window: ffmpeg decodes only from the keyframe before each
    # window to its end, never the whole video, and each window starts at time 0.
    inputs, labels = [], []
    for i, (start, end) in enumerate(windows):
        inputs += ffmpeg_input(src, start_s=start, length_s=end - start, threads=1)
        labels.append(f"[{i}:v:0]" + (f"[{i}:a:0]" if has_audio else ""))
    audio = 1 if has_audio else 0
    joined = f"{''.join(labels)}concat=n={len(windows)}:v=1:a={audio}[v]" + ("[a]" if audio else "")
    maps = ["-map", "[v]"] + (["-map", "[a]", "-c:a", "aac", "-b:a", "96k"] if audio else [])
    tmp = _temp_beside(dst, ".mp4")
    try:
        _run(
            [
                *ffmpeg_command(),
                *inputs,
                "-filter_complex",
                joined,
                *maps,
                *WEB_MP4_OUTPUT,
                str(tmp),
            ],
            timeout_s,
        )
        info = probe(tmp)
        leaks = private_metadata(tmp)
        if leaks:
            raise MediaError(TRANSCODE_FAILED, detail=f"metadata in the reel: {sorted(leaks)}")
        os.chmod(tmp, file_mode)
        os.replace(tmp, dst)
    finally:
        tmp.unlink(missing_ok=True)
    return info.duration_s
