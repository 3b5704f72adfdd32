"""Everything about one synthetic night clip, drawn from its seed.

A plan is plain JSON-ready data (numbers, strings, lists), so its sha256 can be
frozen in the manifest and a change to the generator is caught by a test.

Units: times in seconds, lengths as fractions of the frame's width (or of the
figure's length ``L`` for body parts), angles in degrees, grey levels 0..255.
"""

from __future__ import annotations

import hashlib
import json

import numpy as np

VERSION = 1

# (width, height, weight): phones film landscape and portrait; a few big ones.
SIZES = [
    (426, 240, 2),
    (480, 270, 3),
    (640, 360, 4),
    (854, 480, 1),
    (1280, 720, 1),
    (270, 480, 2),
    (360, 640, 3),
    (720, 1280, 1),
]
FPS = [(24, 2), (25, 2), (30, 4), (60, 2)]
# Limbs that jerk, with weights, the joint they bend and the swing range (degrees).
LIMBS = {
    "finger": (3, 30.0, 70.0),
    "hand": (2, 25.0, 50.0),
    "foot": (2, 25.0, 45.0),
    "arm": (3, 12.0, 35.0),
    "leg": (2, 8.0, 25.0),
    "head": (1, 8.0, 18.0),
    "startle": (1, 12.0, 28.0),
}
SMALL_LIMBS = ("finger", "hand", "foot")


def _pick(rng: np.random.Generator, options: list) -> object:
    weights = np.array([o[-1] for o in options], dtype=float)
    return options[int(rng.choice(len(options), p=weights / weights.sum()))]


def _r(x: float, nd: int = 4) -> float:
    return round(float(x), nd)


def _smooth_knots(rng: np.random.Generator, count: int, spread: float) -> list[float]:
    """Values for a slow random curve (interpolated between knots by the renderer)."""
    return [_r(v) for v in rng.uniform(-spread, spread, size=count)]


def _free_time(
    rng: np.random.Generator, seconds: float, busy: list[tuple[float, float]], gap: float
) -> float | None:
    """A time at least ``gap`` away from every busy interval, or None."""
    if seconds - 0.8 <= 0.6:
        return None
    for _ in range(200):
        t = float(rng.uniform(0.6, seconds - 0.8))
        if all(t < a - gap or t > b + gap for a, b in busy):
            return t
    return None


def draw(seed: int) -> dict:
    """The full plan of clip ``seed``: conditions, distractor events and true jerks."""
    rng = np.random.default_rng([VERSION, seed])
    width, height, _w = _pick(rng, SIZES)
    fps, _w = _pick(rng, FPS)
    large = width * height >= 1280 * 720
    if large:
        seconds = rng.uniform(4.0, 7.0)
    elif rng.random() < 0.08:
        seconds = rng.uniform(18.0, 24.0)
    else:
        seconds = rng.uniform(5.0, 13.0)
    seconds = _r(seconds, 2)

    dark = bool(rng.random() < 0.55)
    # Mean brightness of the scene: night-mode phone video is dim and grainy.
    brightness = rng.uniform(14.0, 40.0) if dark else rng.uniform(55.0, 120.0)
    # Grain grows as the light falls (night mode raises the gain), up to a third of
    # the mean level or more: at 20 grey levels, a standard deviation of 3 to 8.
    noise = (
        float(np.clip(brightness * rng.uniform(0.15, 0.4), 3.0, 14.0))
        if dark
        else rng.uniform(1.0, 6.0)
    )
    noise_drift = bool(rng.random() < 0.45)
    noise_knots = _smooth_knots(rng, 4, 0.45) if noise_drift else [0.0] * 4
    blotch = _r(rng.uniform(0.1, 0.7))  # share of spatially smeared (denoised) grain

    light_drift = bool(rng.random() < 0.45)
    light_knots = _smooth_knots(rng, 4, rng.uniform(0.1, 0.3)) if light_drift else [0.0] * 4
    lamp_knots = _smooth_knots(rng, 3, rng.uniform(0.05, 0.2)) if light_drift else [0.0] * 3

    handheld = bool(rng.random() < 0.45)
    shake_px = rng.uniform(0.002, 0.010) if handheld else 0.0  # of the width, typical sway
    shake_hz = [_r(f) for f in rng.uniform(0.3, 5.0, size=4)]
    shake_phase = [_r(p) for p in rng.uniform(0, 2 * np.pi, size=8)]
    tilt_deg = rng.uniform(0.1, 0.6) if handheld else 0.0

    breathing = bool(rng.random() < 0.8)
    breath_hz = rng.uniform(0.25, 0.6)
    breath_amp = rng.uniform(0.02, 0.07) if breathing else 0.0

    wide = bool(rng.random() < 0.4)
    short_side = min(width, height)
    # Figure length L as a fraction of the frame width (at least 0.22 of it for a
    # landscape frame; a portrait frame is filmed closer to the cot).
    fig_len = rng.uniform(0.2, 0.3) if wide else rng.uniform(0.35, 0.65)
    fig_len = min(fig_len * (1.0 if width >= height else 1.4), 0.85)
    fig_px = fig_len * width
    fig = {
        "length": _r(fig_len),
        "cx": _r(rng.uniform(0.35, 0.65)),
        "cy": _r(rng.uniform(0.4, 0.6)),
        "angle": _r(rng.uniform(-35, 35) + (90 if height > width and rng.random() < 0.6 else 0)),
        "skin": _r(rng.uniform(1.25, 1.8)),  # skin relative to the blanket's brightness
        "blanket": _r(rng.uniform(0.6, 1.0)),
        "pose": [_r(a) for a in rng.uniform(-25, 25, size=12)],
    }
    bars = bool(rng.random() < 0.35)

    crf = int(rng.integers(20, 37))
    gop_s = _r(rng.uniform(1.0, 4.0), 2)

    busy: list[tuple[float, float]] = []
    events: dict[str, list] = {"exposure": [], "bumps": [], "rolls": [], "stirs": []}
    if rng.random() < 0.4:
        for _ in range(int(rng.integers(1, 4))):
            t = _free_time(rng, seconds, busy, 0.6)
            if t is not None:
                factor = rng.uniform(1.1, 1.35) ** rng.choice([-1, 1])
                frames = int(rng.integers(1, 3))
                events["exposure"].append({"t": _r(t, 3), "factor": _r(factor), "frames": frames})
                busy.append((t, t + frames / fps))
    if handheld and rng.random() < 0.55:
        for _ in range(int(rng.integers(1, 3))):
            t = _free_time(rng, seconds, busy, 0.6)
            if t is not None:
                dx, dy = rng.uniform(-0.03, 0.03, size=2)
                dur = rng.uniform(0.06, 0.2)
                events["bumps"].append(
                    {"t": _r(t, 3), "dx": _r(dx), "dy": _r(dy), "dur": _r(dur, 3)}
                )
                busy.append((t, t + dur + 0.3))
    if rng.random() < 0.3:
        for _ in range(int(rng.integers(1, 3))):
            dur = rng.uniform(1.5, 4.0)
            t = _free_time(rng, seconds - dur, busy, 0.6)
            if t is not None:
                events["rolls"].append(
                    {
                        "t": _r(t, 3),
                        "dur": _r(dur, 3),
                        "turn": _r(rng.uniform(20, 60) * rng.choice([-1, 1])),
                        "dx": _r(rng.uniform(-0.25, 0.25)),
                        "dy": _r(rng.uniform(-0.2, 0.2)),
                    }
                )
                busy.append((t, t + dur))
    if rng.random() < 0.35:
        for _ in range(int(rng.integers(1, 3))):
            dur = rng.uniform(1.0, 3.0)
            t = _free_time(rng, seconds - dur, busy, 0.6)
            if t is not None:
                events["stirs"].append(
                    {
                        "t": _r(t, 3),
                        "dur": _r(dur, 3),
                        "joint": int(rng.integers(0, 6)),
                        "swing": _r(rng.uniform(10, 30) * rng.choice([-1, 1])),
                    }
                )
                busy.append((t, t + dur))

    jerks: list[dict] = []
    if rng.random() >= 0.15:
        wanted = int(rng.integers(2, 7)) if seconds < 15 else int(rng.integers(5, 11))
        limb_names = list(LIMBS)
        weights = np.array([LIMBS[n][0] for n in limb_names], dtype=float)
        if wide:  # at the far end of a wide shot, favour the smallest jerks
            weights[limb_names.index("finger")] *= 2
        for _ in range(wanted):
            limb = limb_names[int(rng.choice(len(limb_names), p=weights / weights.sum()))]
            if limb in ("finger", "hand"):
                dur = int(rng.integers(2, 7)) / fps  # a finger twitch lasts 2-6 frames
            elif limb == "startle":
                dur = rng.uniform(0.15, 0.4)
            else:
                dur = rng.uniform(0.08, 0.35)
            dur = max(dur, 2 / fps)
            t = _free_time(rng, seconds - dur, busy, 0.5)
            if t is None:
                continue
            _w, lo, hi = LIMBS[limb]
            rise = rng.uniform(0.3, 0.5)
            jerks.append(
                {
                    "onset": _r(t, 3),
                    "dur": _r(dur, 4),
                    "rise": _r(rise, 3),
                    # The time we call "the jerk": the limb at its furthest.
                    "time_s": _r(t + rise * dur, 3),
                    "limb": limb,
                    "side": int(rng.integers(0, 2)),
                    "swing": _r(rng.uniform(lo, hi) * rng.choice([-1, 1])),
                    "settle": _r(rng.uniform(0.0, 0.4)),  # part of the swing kept after
                }
            )
            busy.append((t - 0.5, t + dur + 0.5))  # jerks at least a second apart
        jerks.sort(key=lambda j: j["onset"])

    tags = []
    tags += ["dark"] if dark else ["lit"]
    tags += ["very_noisy"] if noise >= 7.0 else []
    tags += ["noise_drift"] if noise_drift else []
    tags += ["light_drift"] if light_drift else []
    tags += ["exposure_steps"] if events["exposure"] else []
    tags += ["handheld"] if handheld else ["tripod"]
    tags += ["bumps"] if events["bumps"] else []
    tags += ["breathing"] if breathing else []
    tags += ["rolling"] if events["rolls"] else []
    tags += ["stirring"] if events["stirs"] else []
    tags += ["wide_shot"] if wide else []
    tags += ["small_limb"] if any(j["limb"] in SMALL_LIMBS for j in jerks) else []
    tags += ["cot_bars"] if bars else []
    tags += ["high_compression"] if crf >= 32 else []
    tags += ["portrait"] if height > width else ["landscape"]
    tags += [f"fps{fps}"]
    tags += ["large"] if large else []
    tags += ["long"] if seconds > 20 else []
    tags += ["no_jerks"] if not jerks else []

    return {
        "version": VERSION,
        "seed": int(seed),
        "width": int(width),
        "height": int(height),
        "fps": int(fps),
        "seconds": seconds,
        "brightness": _r(brightness, 2),
        "noise": _r(noise, 3),
        "noise_knots": noise_knots,
        "blotch": blotch,
        "light_knots": light_knots,
        "lamp_knots": lamp_knots,
        "shake": _r(shake_px, 5),
        "shake_hz": shake_hz,
        "shake_phase": shake_phase,
        "tilt_deg": _r(tilt_deg),
        "breath_hz": _r(breath_hz),
        "breath_amp": _r(breath_amp),
        "figure": fig,
        "figure_px": _r(fig_px, 1),
        "short_side": int(short_side),
        "bars": bars,
        "crf": crf,
        "gop_s": gop_s,
        "events": events,
        "jerks": jerks,
        "tags": tags,
    }


def plan_sha256(plan: dict) -> str:
    """The fingerprint frozen in the manifest: the whole plan, canonical JSON."""
    text = json.dumps(plan, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()
