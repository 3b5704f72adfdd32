"""The sleeping figure seen from above: joint angles over time and its drawing.

Coordinates in the figure's own frame are in units of its length L: ``a`` runs
from the top of the head (0) to the feet (1), ``b`` sideways (right is +).
Limb angles are measured from the +a direction, outward from the body.
"""

from __future__ import annotations

import math

import numpy as np

_SHOULDER = (0.22, 0.12)
_HIP = (0.5, 0.065)
_ARM = (0.17, 0.15, 0.055, 0.04)  # upper arm, forearm, hand, finger
_LEG = (0.22, 0.2, 0.075)  # thigh, shin, foot
_FINGER_SPREAD = (-25.0, 0.0, 25.0)


def _profile_jerk(t: np.ndarray | float, j: dict) -> float:
    """0 before onset, a fast rise over 1-3 frames, a brief hold, a smooth return."""
    dt = t - j["t"]
    rise = j["rise_frames"] / j["fps"]
    if dt <= 0 or dt >= rise + j["hold_s"] + j["return_s"]:
        return 0.0
    if dt < rise:
        x = dt / rise
        return x * x * (3 - 2 * x)
    if dt < rise + j["hold_s"]:
        return 1.0
    x = (dt - rise - j["hold_s"]) / j["return_s"]
    return 0.5 * (1 + math.cos(math.pi * x))


def _smooth(t: float, start: float, duration: float) -> float:
    x = min(max((t - start) / duration, 0.0), 1.0)
    return x * x * (3 - 2 * x)


def pose_at(plan: dict, t: float) -> dict:
    """Joint angles (degrees), body shift (L units), rotation and breathing at time t."""
    fig = plan["figure"]
    pose = {
        "arm1": list(fig["arm_deg"]),
        "arm2": list(fig["elbow_deg"]),
        "arm3": list(fig["wrist_deg"]),
        "arm4": [0.0, 0.0],
        "leg1": list(fig["hip_deg"]),
        "leg2": list(fig["knee_deg"]),
        "leg3": list(fig["ankle_deg"]),
        "rot": 0.0,
        "shift": [0.0, 0.0],
        "head": 0.0,
    }
    phase = 2 * math.pi * fig["breath_hz"] * t + 0.3 * math.sin(0.37 * t)
    pose["breath"] = fig["breath_amp"] * math.sin(phase)
    for r in plan["events"].get("repositions", []):
        k = _smooth(t, r["start"], r["duration"])
        pose["rot"] += k * r["rotate_deg"]
        pose["shift"][0] += k * r["shift"][0]
        pose["shift"][1] += k * r["shift"][1]
        for s in (0, 1):
            pose["arm1"][s] += k * r["arm_deg"][s]
            pose["leg1"][s] += k * r["hip_deg"][s]
        pose["head"] += k * 0.02 * np.sign(r["rotate_deg"])
    for j in plan["jerks"]:
        f = _profile_jerk(t, j)
        if f == 0.0:
            continue
        d = f * j["peak_deg"] * j["sign"]
        s = j["side"]
        part = j["part"]
        if part == "finger":
            pose["arm4"][s] += d
        elif part == "hand":
            pose["arm3"][s] += d
            pose["arm4"][s] += 0.5 * d
        elif part == "foot":
            pose["leg3"][s] += d
        elif part == "arm":
            pose["arm1"][s] += d
            pose["arm2"][s] += 0.6 * d
        elif part == "leg":
            pose["leg1"][s] += d
            pose["leg2"][s] += 0.8 * d
        else:  # whole body: a startle, all limbs out, the trunk lifts a little
            mag = abs(d)
            for side in (0, 1):
                pose["arm1"][side] += mag
                pose["arm2"][side] += 0.5 * mag
                pose["leg1"][side] += 0.6 * mag
            pose["shift"][0] += -0.002 * mag * j["sign"]
            pose["head"] += 0.0025 * d
            pose["breath"] += 0.004 * mag
    return pose


def _chain(start, base_deg, rel_degs, lengths, side_sign):
    """Points along a limb from its root; each angle adds to the one before."""
    pts = [start]
    angle = base_deg
    x, y = start
    for rel, length in zip(rel_degs, lengths, strict=True):
        angle += rel
        rad = math.radians(angle)
        x += length * math.cos(rad)
        y += side_sign * length * math.sin(rad)
        pts.append((x, y))
    return pts, angle


def skeleton(pose: dict) -> list[tuple[str, tuple, tuple, float]]:
    """Capsules (kind, p0, p1, radius) in figure coordinates, drawn in this order."""
    caps = []
    breath = 1.0 + pose["breath"]
    for s, side in ((0, -1.0), (1, 1.0)):
        hip = (_HIP[0], side * _HIP[1])
        pts, foot_angle = _chain(hip, pose["leg1"][s], [0.0, pose["leg2"][s]], _LEG[:2], side)
        caps.append(("leg", pts[0], pts[1], 0.05))
        caps.append(("leg", pts[1], pts[2], 0.04))
        rad = math.radians(foot_angle + pose["leg3"][s])
        toe = (pts[2][0] + _LEG[2] * math.cos(rad), pts[2][1] + side * _LEG[2] * math.sin(rad))
        caps.append(("foot", pts[2], toe, 0.028))
    caps.append(("torso", (0.21, 0.0), (0.5, 0.0), 0.115 * breath))
    for s, side in ((0, -1.0), (1, 1.0)):
        shoulder = (_SHOULDER[0], side * _SHOULDER[1] * (1 + 0.5 * pose["breath"]))
        pts, wrist_angle = _chain(shoulder, pose["arm1"][s], [0.0, pose["arm2"][s]], _ARM[:2], side)
        caps.append(("arm", pts[0], pts[1], 0.035))
        caps.append(("arm", pts[1], pts[2], 0.03))
        hand_angle = wrist_angle + pose["arm3"][s]
        rad = math.radians(hand_angle)
        palm = (pts[2][0] + _ARM[2] * math.cos(rad), pts[2][1] + side * _ARM[2] * math.sin(rad))
        caps.append(("hand", pts[2], palm, 0.026))
        for spread in _FINGER_SPREAD:
            fr = math.radians(hand_angle + spread * 0.6 + pose["arm4"][s])
            tip = (palm[0] + _ARM[3] * math.cos(fr), palm[1] + side * _ARM[3] * math.sin(fr))
            caps.append(("finger", palm, tip, 0.008))
    caps.append(("neck", (0.13, pose["head"]), (0.21, 0.0), 0.045))
    caps.append(("head", (0.075, pose["head"]), (0.085, pose["head"]), 0.075))
    return caps


def draw_capsule(img, p0, p1, radius, value, soft=0.8):
    """Blend a soft-edged, slightly shaded capsule into img (value: float or same-size array)."""
    h, w = img.shape
    pad = radius + 2
    x0 = max(int(min(p0[0], p1[0]) - pad), 0)
    x1 = min(int(max(p0[0], p1[0]) + pad) + 1, w)
    y0 = max(int(min(p0[1], p1[1]) - pad), 0)
    y1 = min(int(max(p0[1], p1[1]) + pad) + 1, h)
    if x0 >= x1 or y0 >= y1:
        return
    ys, xs = np.ogrid[y0:y1, x0:x1]
    dx, dy = p1[0] - p0[0], p1[1] - p0[1]
    len2 = dx * dx + dy * dy or 1e-9
    u = np.clip(((xs - p0[0]) * dx + (ys - p0[1]) * dy) / len2, 0.0, 1.0)
    dist = np.hypot(xs - (p0[0] + u * dx), ys - (p0[1] + u * dy))
    cover = np.clip((radius - dist) / soft + 0.5, 0.0, 1.0)
    shade = 0.8 + 0.2 * np.clip(1.0 - dist / max(radius, 1e-6), 0.0, 1.0)
    val = value[y0:y1, x0:x1] if isinstance(value, np.ndarray) else value
    region = img[y0:y1, x0:x1]
    img[y0:y1, x0:x1] = region * (1 - cover) + val * shade * cover


def draw_figure(canvas, plan, t, place, blanket_tex):
    """Draw the figure at time t onto the canvas albedo (in place)."""
    fig = plan["figure"]
    pose = pose_at(plan, t)
    cx, cy, length, orient = place
    ang = math.radians(orient + pose["rot"])
    ca, sa = math.cos(ang), math.sin(ang)
    # figure (a, b) -> canvas (x, y); the figure's centre (a=0.5) sits at (cx, cy)
    ox = cx + length * (pose["shift"][0] * ca - pose["shift"][1] * sa)
    oy = cy + length * (pose["shift"][0] * sa + pose["shift"][1] * ca)

    def to_canvas(p):
        a, b = p[0] - 0.5, p[1]
        return (ox + length * (a * ca - b * sa), oy + length * (a * sa + b * ca))

    under_blanket = plan["scene"]["blanket"] == "legs"
    for kind, p0, p1, r in skeleton(pose):
        rad = max(r * length, 0.9 if kind == "finger" else 1.2)
        if kind in ("head", "hand", "finger", "neck") or (kind == "foot" and not under_blanket):
            value = fig["skin"]
        elif kind in ("leg", "foot") and under_blanket:
            value, rad = blanket_tex, rad * 1.5
        else:
            value = fig["cloth"]
        draw_capsule(canvas, to_canvas(p0), to_canvas(p1), rad, value)
