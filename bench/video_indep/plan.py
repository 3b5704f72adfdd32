"""What each independent clip contains, drawn from its seed (no pixels here).

A plan is a plain JSON-able dict: the frame size and rate, the length, the
figure and its pose, the scene, the jerks (the truth) and the distractors of the
clip's condition. ``scene.render`` turns a plan into frames. The same seed and
condition always give the same plan, so the manifest can be checked against it.
"""

from __future__ import annotations

import hashlib
import json

import numpy as np

CONDITIONS = (
    "clean",
    "dark_noisy",
    "low_bitrate",
    "handheld",
    "pan",
    "repositioning",
    "light_drift_exposure",
    "led_blink",
    "headlights",
    "fan_flicker",
    "mixed_night",
)
PARTS = ("finger", "hand", "foot", "arm", "leg", "whole")
LEVELS = ("small", "medium", "large")

# Joint-angle changes (degrees) at the peak of a jerk, per part and level. The
# figure is 0.5-0.85 of the short side of the frame, so a "small" arm jerk moves
# the hand by roughly 2-4 px in a 240-360 px frame: honest, not conveniently big.
_PEAK_DEG = {
    "finger": (12.0, 25.0, 45.0),
    "hand": (8.0, 16.0, 30.0),
    "foot": (8.0, 16.0, 30.0),
    "arm": (3.0, 7.0, 14.0),
    "leg": (2.5, 5.0, 10.0),
    "whole": (2.0, 4.0, 8.0),
}
_SIZES = (  # (width, height, weight)
    (320, 240, 3),
    (426, 240, 3),
    (480, 270, 4),
    (480, 360, 3),
    (384, 216, 2),
    (240, 320, 2),
    (270, 480, 3),
    (360, 480, 2),
    (1280, 720, 0.6),
    (720, 1280, 0.3),
)
_FPS = ((24, 0.22), (25, 0.3), (30, 0.36), (60, 0.12))
MIN_GAP_S = 1.2  # between two jerks, so that matching is unambiguous
CLEAR_S = 0.6  # jerks keep this far from discrete distractor events


def truth_sha256(times: list[float]) -> str:
    """A fingerprint of a truth list, stored in the manifest to freeze it."""
    text = json.dumps([round(t, 3) for t in times])
    return hashlib.sha256(text.encode()).hexdigest()


def _pick(rng: np.random.Generator, options, weights=None):
    if weights is None:
        return options[int(rng.integers(len(options)))]
    w = np.asarray(weights, dtype=float)
    return options[int(rng.choice(len(options), p=w / w.sum()))]


def _size_and_rate(rng):
    width, height, _ = _pick(rng, _SIZES, [s[2] for s in _SIZES])
    fps = _pick(rng, [f for f, _ in _FPS], [w for _, w in _FPS])
    big = max(width, height) > 480
    # mostly short clips (the set must render in minutes), a quarter up to 30 s
    longest = 10.0 if big else (14.0 if fps == 60 else 18.0)
    if not big and fps < 60 and rng.random() < 0.25:
        longest = 30.0
    duration = round(float(rng.uniform(8.0, longest)), 2)
    return int(width), int(height), int(fps), duration


def _figure(rng, width, height):
    baby = bool(rng.random() < 0.65)
    landscape = width >= height
    # the body's long axis roughly along the long side of the frame
    axis = 0.0 if landscape else 90.0
    orientation = axis + float(rng.uniform(-25, 25)) + (180.0 if rng.random() < 0.5 else 0.0)
    return {
        "baby": baby,
        "length_frac": round(float(rng.uniform(0.5, 0.85)), 3),
        "orientation_deg": round(orientation, 2),
        "center_jitter": [round(float(v), 3) for v in rng.uniform(-0.06, 0.06, 2)],
        "arm_deg": [round(float(rng.uniform(10, 130)), 1) for _ in range(2)],
        "elbow_deg": [round(float(rng.uniform(-60, 60)), 1) for _ in range(2)],
        "wrist_deg": [round(float(rng.uniform(-30, 30)), 1) for _ in range(2)],
        "hip_deg": [round(float(rng.uniform(5, 40 if baby else 20)), 1) for _ in range(2)],
        "knee_deg": [round(float(rng.uniform(-50 if baby else -15, 10)), 1) for _ in range(2)],
        "ankle_deg": [round(float(rng.uniform(-30, 30)), 1) for _ in range(2)],
        "skin": round(float(rng.uniform(0.55, 0.85)), 3),
        "cloth": round(float(rng.uniform(0.35, 0.8)), 3),
        "breath_hz": round(float(rng.uniform(0.55, 1.0) if baby else rng.uniform(0.2, 0.35)), 3),
        "breath_amp": round(float(rng.uniform(0.01, 0.04)), 4),
    }


def _scene(rng, baby):
    return {
        "floor": round(float(rng.uniform(0.2, 0.4)), 3),
        "sheet": round(float(rng.uniform(0.5, 0.75)), 3),
        "sheet_pattern": _pick(rng, ["plain", "stripes", "dots"]),
        "cot_bars": baby and bool(rng.random() < 0.7),
        "blanket": _pick(rng, ["legs", "side", "none"], [0.45, 0.35, 0.2]),
        "blanket_albedo": round(float(rng.uniform(0.35, 0.7)), 3),
        "tint": _pick(rng, ["ir_gray", "warm", "cool"], [0.5, 0.35, 0.15]),
        "vignette": round(float(rng.uniform(0.2, 0.7)), 3),
        "lamp_xy": [round(float(v), 3) for v in rng.uniform(0.0, 1.0, 2)],
        "texture_seed": int(rng.integers(1 << 30)),
    }


def _camera_defaults(rng):
    return {
        "level": round(float(rng.uniform(90, 170)), 1),
        "noise_sigma": round(float(rng.uniform(0.8, 2.5)), 2),
        "gain_jitter": 0.003,
        "row_noise": 0.0,
        "crf": int(rng.integers(20, 29)),
        "bitrate_kbps": None,
    }


def _events_for(condition: str, rng, duration: float, width: int, height: int) -> dict:
    """The distractors of one condition (on top of breathing, noise and compression)."""
    ev: dict = {}
    short = min(width, height)
    if condition in ("dark_noisy", "mixed_night"):
        ev["dark"] = {
            "level": round(float(rng.uniform(22, 50)), 1),
            "noise_sigma": round(float(rng.uniform(3.0, 7.5)), 2),
            "gain_jitter": round(float(rng.uniform(0.015, 0.05)), 4),
            "row_noise": round(float(rng.uniform(0.5, 2.0)), 2),
        }
    if condition in ("low_bitrate", "mixed_night"):
        px = width * height
        ev["bitrate_kbps"] = int(rng.uniform(40, 110) * (px / 115200) ** 0.5)
    if condition in ("handheld", "mixed_night"):
        ev["handheld"] = {
            "sway_px": round(float(rng.uniform(1.5, 7.0) * short / 270), 2),
            "sway_hz": round(float(rng.uniform(0.15, 0.7)), 3),
            "tremor_px": round(float(rng.uniform(0.3, 1.6) * short / 270), 2),
            "tremor_hz": [round(float(v), 2) for v in rng.uniform(4.0, 10.0, 3)],
            "bumps": [
                {
                    "t": round(float(rng.uniform(0.5, duration - 0.5)), 3),
                    "dx": round(float(rng.uniform(-5, 5) * short / 270), 2),
                    "dy": round(float(rng.uniform(-5, 5) * short / 270), 2),
                }
                for _ in range(int(rng.integers(0, 3)))
            ],
            "phase": [round(float(v), 3) for v in rng.uniform(0, 6.283, 5)],
        }
    if condition == "pan":
        span = float(rng.uniform(min(3.0, duration * 0.4), duration * 0.8))
        ev["pan"] = {
            "start": round(float(rng.uniform(0.2, duration - span)), 3),
            "duration": round(span, 3),
            "dx_frac": round(float(rng.uniform(0.06, 0.2) * (1 if rng.random() < 0.5 else -1)), 3),
            "dy_frac": round(float(rng.uniform(-0.05, 0.05)), 3),
        }
    if condition == "repositioning":
        n = int(rng.integers(1, 3))
        slots = np.sort(rng.uniform(0.3, duration - 5.0, n)) if duration > 6 else [0.5]
        ev["repositions"] = [
            {
                "start": round(float(s), 3),
                "duration": round(float(rng.uniform(1.5, 4.5)), 3),
                "rotate_deg": round(float(rng.uniform(-35, 35)), 2),
                "shift": [round(float(v), 3) for v in rng.uniform(-0.08, 0.08, 2)],
                "arm_deg": [round(float(v), 1) for v in rng.uniform(-40, 40, 2)],
                "hip_deg": [round(float(v), 1) for v in rng.uniform(-15, 15, 2)],
            }
            for s in slots
        ]
    if condition in ("light_drift_exposure", "mixed_night"):
        ev["light_drift"] = {
            "depth": round(float(rng.uniform(0.08, 0.25)), 3),
            "period_s": round(float(rng.uniform(6, 40)), 2),
            "phase": round(float(rng.uniform(0, 6.283)), 3),
        }
    if condition == "light_drift_exposure":
        ev["exposure_steps"] = [
            {
                "t": round(float(rng.uniform(0.5, duration - 0.5)), 3),
                "factor": round(float(rng.choice([-1, 1]) * rng.uniform(0.12, 0.35)), 3),
                "settle_s": round(float(rng.uniform(0.0, 2.0)), 3),
            }
            for _ in range(int(rng.integers(1, 4)))
        ]
    if condition in ("led_blink", "mixed_night"):
        ev["led"] = {
            "xy": [round(float(v), 3) for v in rng.uniform(0.05, 0.95, 2)],
            "radius_px": round(float(rng.uniform(1.5, 4.0) * short / 270), 2),
            "period_s": round(float(rng.uniform(0.8, 4.0)), 3),
            "on_s": round(float(rng.uniform(0.08, 0.5)), 3),
            "color": _pick(rng, [[255, 40, 30], [40, 255, 60], [60, 90, 255], [255, 160, 40]]),
            "glow": round(float(rng.uniform(0.0, 0.6)), 3),
        }
    if condition == "headlights":
        ev["headlights"] = [
            {
                "start": round(float(rng.uniform(0.0, duration - 2.0)), 3),
                "duration": round(float(rng.uniform(1.2, 4.0)), 3),
                "width_frac": round(float(rng.uniform(0.15, 0.45)), 3),
                "strength": round(float(rng.uniform(0.3, 1.2)), 3),
                "angle_deg": round(float(rng.uniform(-40, 40)), 2),
                "direction": int(rng.choice([-1, 1])),
            }
            for _ in range(int(rng.integers(1, 4)))
        ]
    if condition == "fan_flicker":
        ev["fan"] = {
            "blades": int(rng.integers(3, 6)),
            "rev_hz": round(float(rng.uniform(0.8, 4.0)), 3),
            "depth": round(float(rng.uniform(0.04, 0.15)), 3),
            "center": [round(float(v), 3) for v in rng.uniform(-0.5, 1.5, 2)],
            "softness": round(float(rng.uniform(0.3, 1.0)), 3),
        }
    return ev


def _blocked_times(events: dict) -> list[tuple[float, float]]:
    """Windows where a jerk would be confused with a discrete distractor event."""
    out = []
    for r in events.get("repositions", []):
        out.append((r["start"] - CLEAR_S, r["start"] + r["duration"] + CLEAR_S))
    for s in events.get("exposure_steps", []):
        out.append((s["t"] - CLEAR_S, s["t"] + CLEAR_S))
    for b in events.get("handheld", {}).get("bumps", []):
        out.append((b["t"] - CLEAR_S, b["t"] + CLEAR_S))
    return out


def _jerk(rng, t0: float, fps: int) -> dict:
    part = _pick(rng, PARTS, [0.12, 0.2, 0.18, 0.2, 0.16, 0.14])
    level = _pick(rng, LEVELS, [0.3, 0.4, 0.3])
    return {
        "t": round(t0, 3),
        "part": part,
        "side": int(rng.choice([0, 1])),
        "level": level,
        "peak_deg": _PEAK_DEG[part][LEVELS.index(level)] * float(rng.uniform(0.8, 1.2)),
        "sign": int(rng.choice([-1, 1])),
        "rise_frames": int(rng.integers(1, 4)),
        "hold_s": round(float(rng.uniform(0.0, 0.06)), 3),
        "return_s": round(float(rng.uniform(0.1, 0.5)), 3),
        "fps": fps,
    }


def _jerk_times(rng, n: int, duration: float, blocked) -> list[float]:
    times: list[float] = []
    for _ in range(400):
        if len(times) == n:
            break
        t = float(rng.uniform(0.8, duration - 0.8))
        if any(abs(t - u) < MIN_GAP_S for u in times):
            continue
        if any(a <= t <= b for a, b in blocked):
            continue
        times.append(t)
    return sorted(times)


def plan_clip(seed: int, condition: str, *, with_jerks: bool = True) -> dict:
    """The full description of one clip, reproducible from (seed, condition, with_jerks)."""
    if condition not in CONDITIONS:
        raise ValueError(f"unknown condition {condition!r}")
    rng = np.random.default_rng(seed)
    width, height, fps, duration = _size_and_rate(rng)
    figure = _figure(rng, width, height)
    scene = _scene(rng, figure["baby"])
    camera = _camera_defaults(rng)
    events = _events_for(condition, rng, duration, width, height)
    camera.update(events.pop("dark", {}))
    if "bitrate_kbps" in events:
        camera["bitrate_kbps"] = events.pop("bitrate_kbps")
    n_jerks = int(rng.integers(1, 6)) if with_jerks else 0
    times = _jerk_times(rng, n_jerks, duration, _blocked_times(events))
    jerks = [_jerk(rng, t, fps) for t in times]
    for j in jerks:
        j["peak_deg"] = round(j["peak_deg"], 2)
    truth = [j["t"] for j in jerks]
    return {
        "seed": seed,
        "condition": condition,
        "width": width,
        "height": height,
        "fps": fps,
        "duration_s": duration,
        "figure": figure,
        "scene": scene,
        "camera": camera,
        "events": events,
        "jerks": jerks,
        "truth_s": truth,
        "truth_sha256": truth_sha256(truth),
    }
