"""Synthetic night-time clips with known jerks, for testing the video layer.

Real phone videos of a child cannot live in the repository (they are private and
heavy), so the tests and the benchmark draw their own: a still, softly textured
"bedroom" with a sleeping-child blob whose limb jerks at known times. Options add
the things that fool a naive motion detector -- sensor noise, a slow brightness
drift, a camera bump -- and the things the media layer must handle -- audio,
rotation, private metadata (creation time, GPS location, make/model).

``make_clip`` returns a :class:`ClipTruth` (the ground truth), and
``evaluate_detector`` scores the motion detector against a set of them, so the
tests and ``bench/video_bench.py`` use one definition of precision and recall.

Files that are not videos, truncated uploads and corrupt files have helpers too.
"""

from __future__ import annotations

import math
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from logbook.video.motion import detect_moments, motion_series

MATCH_TOLERANCE_S = 0.5


@dataclass(frozen=True)
class Burst:
    """One jerk: the limb moves out fast and comes back, from start_s for duration_s."""

    start_s: float
    duration_s: float = 0.3

    @property
    def centre_s(self) -> float:
        return self.start_s + self.duration_s / 2


@dataclass
class ClipTruth:
    path: Path
    seconds: float
    fps: int
    size: tuple[int, int]
    bursts: list[Burst] = field(default_factory=list)
    bump_at: float | None = None
    noise: float = 0.0
    drift: float = 0.0
    audio: bool = False
    codec: str = "libx264"
    metadata: dict[str, str] = field(default_factory=dict)


def available_codec(preferred: str = "libx264") -> str:
    """libx264 when this PyAV build has it, else the always-present mpeg4 encoder."""
    try:
        av.codec.Codec(preferred, "w")
    except Exception:  # noqa: BLE001 - any failure means "not available"
        return "mpeg4"
    return preferred


def _texture(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    """A blurred random texture: bilinear upsampling of a coarse random grid."""
    gh, gw = max(2, h // 12), max(2, w // 12)
    coarse = rng.uniform(40, 110, size=(gh, gw))
    ys = np.linspace(0, gh - 1, h)
    xs = np.linspace(0, gw - 1, w)
    y0 = np.floor(ys).astype(int).clip(0, gh - 2)
    x0 = np.floor(xs).astype(int).clip(0, gw - 2)
    fy = (ys - y0)[:, None]
    fx = (xs - x0)[None, :]
    a = coarse[y0][:, x0]
    b = coarse[y0][:, x0 + 1]
    c = coarse[y0 + 1][:, x0]
    d = coarse[y0 + 1][:, x0 + 1]
    return (a * (1 - fx) * (1 - fy) + b * fx * (1 - fy) + c * (1 - fx) * fy + d * fx * fy).astype(
        np.float32
    )


def _ellipse(h: int, w: int, cy: float, cx: float, ry: float, rx: float) -> np.ndarray:
    yy, xx = np.ogrid[:h, :w]
    return ((yy - cy) / ry) ** 2 + ((xx - cx) / rx) ** 2 <= 1.0


def _limb_offset(t: float, bursts: Sequence[Burst]) -> float:
    """Limb displacement (0..1): a fast kick out over 30 % of the burst, slower return."""
    for b in bursts:
        u = (t - b.start_s) / b.duration_s
        if 0.0 <= u < 1.0:
            return u / 0.3 if u < 0.3 else 1.0 - (u - 0.3) / 0.7
    return 0.0


def _normalise_bursts(bursts: Iterable[Burst | float | tuple[float, float]]) -> list[Burst]:
    out = []
    for b in bursts:
        if isinstance(b, Burst):
            out.append(b)
        elif isinstance(b, tuple):
            out.append(Burst(float(b[0]), float(b[1])))
        else:
            out.append(Burst(float(b)))
    return sorted(out, key=lambda b: b.start_s)


def make_clip(
    path: str | Path,
    *,
    seconds: float,
    fps: int = 30,
    size: tuple[int, int] = (640, 360),
    bursts: Iterable[Burst | float | tuple[float, float]] = (),
    noise: float = 0.0,
    drift: float = 0.0,
    bump_at: float | None = None,
    audio: bool = False,
    metadata: dict[str, str] | None = None,
    codec: str = "libx264",
    rotation: int = 0,
    seed: int = 0,
    preset: str = "ultrafast",
) -> ClipTruth:
    """Write an MP4 of a still scene with limb jerks at known times; return the truth.

    ``noise`` is the standard deviation of per-pixel Gaussian sensor noise (grey
    levels); ``drift`` the total brightness change over the clip (grey levels);
    ``bump_at`` the time of a camera bump (the whole frame shifts a few pixels for
    four frames); ``rotation`` a display-matrix rotation like a phone in portrait.
    """
    path = Path(path)
    codec = available_codec(codec)
    burst_list = _normalise_bursts(bursts)
    rng = np.random.default_rng(seed)
    w, h = size
    pad = 8
    canvas_h, canvas_w = h + 2 * pad, w + 2 * pad

    scene = _texture(rng, canvas_h, canvas_w)
    # The sleeping child: a lighter body blob and a head, in the middle of the frame.
    body_cy, body_cx = canvas_h * 0.55, canvas_w * 0.5
    scene[_ellipse(canvas_h, canvas_w, body_cy, body_cx, h * 0.16, w * 0.2)] = 170.0
    scene[
        _ellipse(canvas_h, canvas_w, body_cy - h * 0.05, body_cx - w * 0.24, h * 0.1, w * 0.07)
    ] = 185.0
    limb_ry, limb_rx = h * 0.05, w * 0.09
    limb_cy, limb_cx = body_cy + h * 0.08, body_cx + w * 0.22
    limb_dy, limb_dx = h * 0.1, w * 0.06
    yy, xx = np.ogrid[:canvas_h, :canvas_w]

    n_frames = round(seconds * fps)
    # Independent noise fields drawn at random each frame: cheap at 1080p, and frame
    # to frame it behaves like sensor noise (a fresh field almost every frame).
    noise_bank = [
        rng.standard_normal((canvas_h, canvas_w), dtype=np.float32) * np.float32(noise)
        for _ in range(min(n_frames, 32) if noise else 0)
    ]
    bump_frames: set[int] = set()
    if bump_at is not None:
        first = round(bump_at * fps)
        bump_frames = set(range(first, first + 4))

    container = av.open(str(path), "w", format="mp4", options={"movflags": "use_metadata_tags"})
    if metadata:
        container.metadata.update(metadata)
    stream = container.add_stream(codec, rate=fps)
    stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
    if codec == "libx264":
        stream.options = {"preset": preset, "crf": "20"}
    else:
        stream.bit_rate = 2_000_000
    if rotation:
        stream.set_display_rotation(rotation)

    astream = None
    if audio:
        astream = container.add_stream("aac", rate=44100)
        astream.layout = "mono"

    for i in range(n_frames):
        t = i / fps
        frame = scene.copy()
        off = _limb_offset(t, burst_list)
        cy, cx = limb_cy + off * limb_dy, limb_cx + off * limb_dx
        y0, y1 = max(0, int(cy - limb_ry) - 1), min(canvas_h, int(cy + limb_ry) + 2)
        x0, x1 = max(0, int(cx - limb_rx) - 1), min(canvas_w, int(cx + limb_rx) + 2)
        box = frame[y0:y1, x0:x1]
        box[((yy[y0:y1] - cy) / limb_ry) ** 2 + ((xx[:, x0:x1] - cx) / limb_rx) ** 2 <= 1.0] = 200.0
        if drift:
            frame += drift * (t / seconds)
        if noise:
            frame += noise_bank[int(rng.integers(len(noise_bank)))]
        dy, dx = (3, 5) if i in bump_frames else (0, 0)
        view = frame[pad + dy : pad + dy + h, pad + dx : pad + dx + w]
        img = np.clip(view, 0, 255).astype(np.uint8)
        vf = av.VideoFrame.from_ndarray(np.ascontiguousarray(img), format="gray")
        vf = vf.reformat(format="yuv420p")
        vf.pts = i
        vf.time_base = Fraction(1, fps)
        for packet in stream.encode(vf):
            container.mux(packet)
    for packet in stream.encode():
        container.mux(packet)

    if astream is not None:
        rate, chunk = 44100, 1024
        total = int(seconds * rate)
        for start in range(0, total, chunk):
            n = min(chunk, total - start)
            ts = (np.arange(start, start + n) / rate).astype(np.float32)
            tone = (0.05 * np.sin(2 * math.pi * 220.0 * ts)).astype(np.float32)
            af = av.AudioFrame.from_ndarray(tone[None, :], format="fltp", layout="mono")
            af.sample_rate = rate
            af.pts = start
            af.time_base = Fraction(1, rate)
            for packet in astream.encode(af):
                container.mux(packet)
        for packet in astream.encode():
            container.mux(packet)
    container.close()

    return ClipTruth(
        path=path,
        seconds=seconds,
        fps=fps,
        size=size,
        bursts=burst_list,
        bump_at=bump_at,
        noise=noise,
        drift=drift,
        audio=audio,
        codec=codec,
        metadata=dict(metadata or {}),
    )


# --- the evaluation set --------------------------------------------------------------------


@dataclass(frozen=True)
class ClipSpec:
    name: str
    kwargs: dict[str, object]


def clip_set(count: int = 24, seed: int = 2024) -> list[ClipSpec]:
    """A varied, deterministic set of short clips: 0-6 bursts, noise, drift, bumps, sizes."""
    rng = np.random.default_rng(seed)
    specs = []
    for i in range(count):
        seconds = float(rng.choice([6, 8, 10, 12]))
        fps = int(rng.choice([24, 25, 30, 30]))
        size = (640, 360) if i % 4 == 3 else (320, 180)
        bump_at = round(float(rng.uniform(1.0, seconds - 1.0)), 2) if i % 3 == 2 else None
        n_bursts = i % 7
        bursts: list[Burst] = []
        tries = 0
        while len(bursts) < n_bursts and tries < 500:
            tries += 1
            start = round(float(rng.uniform(0.8, seconds - 1.0)), 2)
            if any(abs(start - b.start_s) < 1.2 for b in bursts):
                continue
            if bump_at is not None and abs(start - bump_at) < 1.0:
                continue
            bursts.append(Burst(start, round(float(rng.uniform(0.2, 0.5)), 2)))
        specs.append(
            ClipSpec(
                name=f"clip{i:02d}",
                kwargs={
                    "seconds": seconds,
                    "fps": fps,
                    "size": size,
                    "bursts": sorted(bursts, key=lambda b: b.start_s),
                    "noise": float(rng.choice([0.0, 2.0, 5.0, 8.0])),
                    "drift": float(rng.choice([0.0, 0.0, 25.0, -35.0])),
                    "bump_at": bump_at,
                    "seed": i,
                },
            )
        )
    return specs


def make_clip_set(
    directory: str | Path, specs: Sequence[ClipSpec] | None = None
) -> list[ClipTruth]:
    """Render ``specs`` (default :func:`clip_set`) into ``directory``, two at a time."""
    directory = Path(directory)
    specs = list(specs) if specs is not None else clip_set()
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [
            pool.submit(make_clip, directory / f"{spec.name}.mp4", **spec.kwargs)  # type: ignore[arg-type]
            for spec in specs
        ]
        return [job.result() for job in jobs]


# --- files that must be refused -------------------------------------------------------------


def make_not_a_video(path: str | Path) -> Path:
    """A text file that a careless upload form might accept as 'video.mp4'."""
    path = Path(path)
    path.write_text("Dear doctor, here are my notes from last night.\n" * 200)
    return path


def make_image(path: str | Path) -> Path:
    """A single still JPEG (a photo, not a video)."""
    path = Path(path)
    img = np.full((90, 160, 3), 120, np.uint8)
    av.VideoFrame.from_ndarray(img, format="rgb24").save(str(path))
    return path


def make_truncated(src: str | Path, dst: str | Path, keep: float = 0.6) -> Path:
    """Copy ``src`` keeping only the first ``keep`` fraction of its bytes (a cut upload)."""
    data = Path(src).read_bytes()
    dst = Path(dst)
    dst.write_bytes(data[: int(len(data) * keep)])
    return dst


def top_level_atoms(path: str | Path) -> list[tuple[str, int, int]]:
    """(type, offset, size) of each top-level ISO-BMFF box, stopping at anything malformed."""
    atoms = []
    data = Path(path).read_bytes()
    pos = 0
    while pos + 8 <= len(data):
        size = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8].decode("latin-1")
        header = 8
        if size == 1 and pos + 16 <= len(data):
            size = int.from_bytes(data[pos + 8 : pos + 16], "big")
            header = 16
        elif size == 0:
            size = len(data) - pos
        if size < header:
            break
        atoms.append((kind, pos, size))
        pos += size
    return atoms


def make_corrupt(src: str | Path, dst: str | Path, seed: int = 1) -> Path:
    """Copy ``src`` and scramble the inside of its 'moov' box (sizes stay consistent)."""
    data = bytearray(Path(src).read_bytes())
    rng = np.random.default_rng(seed)
    for kind, offset, size in top_level_atoms(src):
        if kind == "moov":
            data[offset + 8 : offset + size] = rng.integers(
                0, 256, size - 8, dtype=np.uint8
            ).tobytes()
            break
    else:  # pragma: no cover - every clip we make has a moov box
        raise ValueError("no moov box in source")
    dst = Path(dst)
    dst.write_bytes(bytes(data))
    return dst


def make_scrambled_stream(src: str | Path, dst: str | Path, seed: int = 2) -> Path:
    """Copy ``src`` and overwrite most of its 'mdat' payload (the coded pictures) with noise."""
    data = bytearray(Path(src).read_bytes())
    rng = np.random.default_rng(seed)
    for kind, offset, size in top_level_atoms(src):
        if kind == "mdat":
            start, end = offset + 16, offset + size
            data[start:end] = rng.integers(0, 256, end - start, dtype=np.uint8).tobytes()
            break
    dst = Path(dst)
    dst.write_bytes(bytes(data))
    return dst


def ffmpeg_available() -> bool:
    return shutil.which("ffmpeg") is not None


def remux_with_rotate_tag(src: str | Path, dst: str | Path, degrees: int) -> Path:
    """Stream-copy ``src`` with an old-style 'rotate' tag, as older Android phones write."""
    cmd = [
        "ffmpeg",
        "-nostdin",
        "-v",
        "error",
        "-y",
        "-i",
        str(src),
        "-c",
        "copy",
        "-metadata:s:v:0",
        f"rotate={degrees}",
        str(dst),
    ]
    subprocess.run(cmd, check=True, capture_output=True)
    return Path(dst)


# --- scoring ------------------------------------------------------------------------------


def match_moments(
    truth: Sequence[Burst], detected: Sequence[float], tolerance_s: float = MATCH_TOLERANCE_S
) -> tuple[int, int, int]:
    """Greedy one-to-one matching of detected times to burst centres; returns (tp, fp, fn)."""
    unmatched = list(detected)
    tp = 0
    for burst in truth:
        best = None
        for t in unmatched:
            d = abs(t - burst.centre_s)
            if d <= tolerance_s and (best is None or d < abs(best - burst.centre_s)):
                best = t
        if best is not None:
            unmatched.remove(best)
            tp += 1
    return tp, len(unmatched), len(truth) - tp


def evaluate_detector(clips: Iterable[ClipTruth], **motion_kwargs: object) -> dict[str, float]:
    """Run motion_series + detect_moments on each clip and score against the truth."""
    tp = fp = fn = 0
    per_clip = []
    for clip in clips:
        series = motion_series(clip.path, **motion_kwargs)  # type: ignore[arg-type]
        moments = detect_moments(series)
        c_tp, c_fp, c_fn = match_moments(clip.bursts, [m.time_s for m in moments])
        tp, fp, fn = tp + c_tp, fp + c_fp, fn + c_fn
        per_clip.append({"clip": clip.path.name, "tp": c_tp, "fp": c_fp, "fn": c_fn})
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {
        "precision": precision,
        "recall": recall,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "per_clip": per_clip,  # type: ignore[dict-item]
    }
