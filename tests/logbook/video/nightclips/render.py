"""Render a plan from :mod:`conditions` into an MP4 (frames piped to ffmpeg/libx264).

The scene: a mattress with a soft weave and folds, optionally cot bars at the
sides, and a child lying on it drawn from body parts (torso, head, two arms with
hands and an index finger, two legs with feet). Per frame the renderer moves
the joints (breathing, rolling over, stirring, the jerks), films the scene
through a camera that may sway and bump, lights it (vignette, light drift, a
lamp gradient, exposure steps) and adds sensor grain whose strength follows the
signal and drifts over time; libx264 at the plan's CRF adds its own artefacts.
"""

from __future__ import annotations

import math
import shutil
import subprocess
from pathlib import Path

import cv2
import numpy as np

SHIFT = 4  # cv2 fixed-point bits: sub-pixel drawing
ONE = 1 << SHIFT

# Joints per side (0 = left, 1 = right), index into the angle vector.
NECK = 0
SHOULDER, ELBOW, WRIST, FINGER, HIP, KNEE, ANKLE = 1, 3, 5, 7, 9, 11, 13
N_JOINTS = 15
GRAIN_BANK, GRAIN_PAD = 6, 48
STIR_JOINTS = [SHOULDER, SHOULDER + 1, HIP, HIP + 1, ELBOW, ELBOW + 1]


def _curve(knots: list[float], t: float, seconds: float) -> float:
    """A smooth curve through ``knots`` spread evenly over the clip (cosine easing)."""
    if len(knots) < 2:
        return float(knots[0]) if knots else 0.0
    pos = min(max(t / max(seconds, 1e-6), 0.0), 1.0) * (len(knots) - 1)
    i = min(int(pos), len(knots) - 2)
    u = pos - i
    w = (1 - math.cos(math.pi * u)) / 2
    return knots[i] * (1 - w) + knots[i + 1] * w


def _ease(u: float) -> float:
    u = min(max(u, 0.0), 1.0)
    return u * u * (3 - 2 * u)


def jerk_profile(j: dict, t: float) -> float:
    """Share of a jerk's swing at time t: a fast kick out, a return, a small settle."""
    u = (t - j["onset"]) / j["dur"]
    if u < 0:
        return 0.0
    rise = j["rise"]
    if u < rise:
        return math.sin(math.pi / 2 * u / rise)
    if u < 1.0:
        back = _ease((u - rise) / (1 - rise))
        return 1.0 - (1.0 - j["settle"]) * back
    return j["settle"]


def _joint_angles(plan: dict, t: float) -> np.ndarray:
    pose = plan["figure"]["pose"]
    a = np.zeros(N_JOINTS)
    # Resting pose: arms along the body, legs slightly apart, all nudged by the plan.
    for side, sign in ((0, 1), (1, -1)):
        a[SHOULDER + side] = sign * (150 + pose[0 + side])
        a[ELBOW + side] = sign * (-30 + pose[2 + side])
        a[WRIST + side] = sign * (pose[4 + side] * 0.5)
        a[FINGER + side] = sign * (10 + pose[6 + side] * 0.5)
        a[HIP + side] = sign * (170 + pose[8 + side] * 0.4)
        a[KNEE + side] = sign * (-pose[10 + side] * 0.4)
        a[ANKLE + side] = sign * 80
    for s in plan["events"]["stirs"]:
        a[STIR_JOINTS[s["joint"]]] += s["swing"] * _ease((t - s["t"]) / s["dur"])
    for j in plan["jerks"]:
        p = jerk_profile(j, t)
        if p == 0.0:
            continue
        sw, side = j["swing"] * p, j["side"]
        if j["limb"] == "finger":
            a[FINGER + side] += sw
        elif j["limb"] == "hand":
            a[WRIST + side] += sw
        elif j["limb"] == "foot":
            a[ANKLE + side] += sw
        elif j["limb"] == "arm":
            a[SHOULDER + side] += sw
            a[ELBOW + side] += sw * 0.4
        elif j["limb"] == "leg":
            a[HIP + side] += sw
        elif j["limb"] == "head":
            a[NECK] += sw
        else:  # startle: arms fly out, legs and head follow
            a[SHOULDER] += sw
            a[SHOULDER + 1] -= sw
            a[HIP] += sw * 0.4
            a[HIP + 1] -= sw * 0.4
            a[NECK] += sw * 0.3
    return a


def _figure_pose(plan: dict, t: float, width: int, height: int) -> tuple[float, float, float]:
    fig = plan["figure"]
    cx, cy, ang = fig["cx"] * width, fig["cy"] * height, fig["angle"]
    length = fig["length"] * width
    for r in plan["events"]["rolls"]:
        p = _ease((t - r["t"]) / r["dur"])
        ang += r["turn"] * p
        cx += r["dx"] * length * p
        cy += r["dy"] * length * p
    return cx, cy, ang


def _dir(deg: float) -> np.ndarray:
    rad = math.radians(deg)
    return np.array([math.cos(rad), math.sin(rad)])


class Scene:
    """The still parts of the picture, built once per clip."""

    def __init__(self, plan: dict) -> None:
        self.plan = plan
        w, h = plan["width"], plan["height"]
        self.margin = int(math.ceil(0.07 * max(w, h)))
        self.cw, self.ch = w + 2 * self.margin, h + 2 * self.margin
        rng = np.random.default_rng([plan["version"], plan["seed"], 7])
        coarse = rng.uniform(0.75, 1.05, size=(9, 14)).astype(np.float32)
        base = cv2.resize(coarse, (self.cw, self.ch), interpolation=cv2.INTER_CUBIC)
        yy, xx = np.mgrid[0 : self.ch, 0 : self.cw].astype(np.float32)
        folds = 0.06 * np.sin(xx / (0.05 * w) + 0.7 * np.sin(yy / (0.09 * w)))
        weave = rng.normal(0, 0.025, size=(self.ch, self.cw)).astype(np.float32)
        weave = cv2.GaussianBlur(weave, (0, 0), 0.8)
        rel = base * plan["figure"]["blanket"] + folds + weave
        if plan["bars"]:
            bar_w = max(2, int(0.012 * w))
            step = max(bar_w * 3, int(0.05 * w))
            shade = 1.5 if rng.random() < 0.5 else 0.45
            for x0 in list(range(0, self.margin + int(0.14 * w), step)) + list(
                range(self.cw - 1, self.cw - self.margin - int(0.14 * w), -step)
            ):
                rel[:, x0 : x0 + bar_w] = shade
            rel[: self.margin + int(0.06 * h), :] = shade * 0.9
        self.rel = np.clip(rel, 0.05, 2.5).astype(np.float32)
        # Vignette and the direction a lamp's gradient falls across the picture.
        vx = (np.arange(w, dtype=np.float32) - w / 2) / (w / 2)
        vy = (np.arange(h, dtype=np.float32) - h / 2) / (h / 2)
        r2 = vx[None, :] ** 2 + vy[:, None] ** 2
        self.vignette = (1.0 - 0.25 * r2).astype(np.float32)
        lamp_dir = rng.uniform(0, 2 * math.pi)
        self.lamp = (math.cos(lamp_dir) * vx[None, :] + math.sin(lamp_dir) * vy[:, None]).astype(
            np.float32
        )
        # Grain: crops at random offsets from a small bank of noise fields (drawing
        # fresh Gaussian noise for every pixel of every frame is the slow part).
        self.noise_rng = np.random.default_rng([plan["version"], plan["seed"], 11])
        grain_sigma = 1.2 * max(w, h) / 640
        b = plan["blotch"]
        bank = []
        for _ in range(GRAIN_BANK):
            white = self.noise_rng.standard_normal((h + GRAIN_PAD, w + GRAIN_PAD), np.float32)
            smear = cv2.GaussianBlur(
                self.noise_rng.standard_normal(white.shape, np.float32), (0, 0), grain_sigma
            )
            smear /= max(float(smear.std()), 1e-3)
            bank.append(math.sqrt(1 - b) * white + math.sqrt(b) * smear)
        self.grain_bank = bank

    # -- per frame ---------------------------------------------------------------------

    def _pt(self, p: np.ndarray) -> tuple[int, int]:
        return int(round(p[0] * ONE)), int(round(p[1] * ONE))

    def _limb(self, img, a, b, thick_px, value) -> None:
        cv2.line(img, self._pt(a), self._pt(b), value, max(1, round(thick_px)), cv2.LINE_AA, SHIFT)

    def draw_child(self, img: np.ndarray, t: float) -> None:
        plan, m = self.plan, self.margin
        w, h = plan["width"], plan["height"]
        fig = plan["figure"]
        length = fig["length"] * w
        cx, cy, ang = _figure_pose(plan, t, w, h)
        origin = np.array([cx + m, cy + m])
        ax, side_ax = _dir(ang), _dir(ang + 90)

        def at(u: float, v: float) -> np.ndarray:
            return origin + length * (u * ax + v * side_ax)

        breath = 1.0 + plan["breath_amp"] * math.sin(2 * math.pi * plan["breath_hz"] * t)
        a = _joint_angles(plan, t)
        skin = 100 * fig["skin"]
        cloth = 100 * (0.5 + 0.5 * fig["skin"])
        # Legs first, the torso over them, then head and arms.
        for side, sign in ((0, 1), (1, -1)):
            hip = at(-0.22, sign * 0.06)
            knee = hip + 0.26 * length * _dir(ang + a[HIP + side])
            ankle = knee + 0.22 * length * _dir(ang + a[HIP + side] + a[KNEE + side])
            toe = ankle + 0.08 * length * _dir(
                ang + a[HIP + side] + a[KNEE + side] + a[ANKLE + side]
            )
            self._limb(img, hip, knee, 0.09 * length, cloth)
            self._limb(img, knee, ankle, 0.075 * length, cloth)
            self._limb(img, ankle, toe, 0.045 * length, skin)
        centre = self._pt(at(0.0, 0.0))
        axes = (int(0.28 * length * ONE), int(0.13 * length * breath * ONE))
        cv2.ellipse(img, centre, axes, ang, 0, 360, cloth * 1.05, -1, cv2.LINE_AA, SHIFT)
        neck = at(0.3, 0.0)
        head = neck + 0.13 * length * _dir(ang + a[NECK])
        cv2.circle(img, self._pt(head), int(0.11 * length * ONE), skin, -1, cv2.LINE_AA, SHIFT)
        for side, sign in ((0, 1), (1, -1)):
            shoulder = at(0.2, sign * 0.13 * breath)
            d1 = ang + a[SHOULDER + side]
            elbow = shoulder + 0.2 * length * _dir(d1)
            d2 = d1 + a[ELBOW + side]
            wrist = elbow + 0.18 * length * _dir(d2)
            d3 = d2 + a[WRIST + side]
            hand = wrist + 0.04 * length * _dir(d3)
            tip = hand + 0.075 * length * _dir(d3 + a[FINGER + side])
            self._limb(img, shoulder, elbow, 0.06 * length, skin)
            self._limb(img, elbow, wrist, 0.05 * length, skin)
            cv2.circle(
                img,
                self._pt(hand),
                max(ONE, int(0.035 * length * ONE)),
                skin,
                -1,
                cv2.LINE_AA,
                SHIFT,
            )
            self._limb(img, hand, tip, 0.022 * length, skin)

    def camera(self, t: float) -> np.ndarray:
        """The affine map from output pixels to canvas pixels at time t."""
        plan, m = self.plan, self.margin
        w, h = plan["width"], plan["height"]
        tx = ty = rot = 0.0
        if plan["shake"]:
            amp = plan["shake"] * w
            hz, ph = plan["shake_hz"], plan["shake_phase"]
            for k in range(4):
                weight = 1.0 / (1 + k)
                tx += amp * weight * math.sin(2 * math.pi * hz[k] * t + ph[k])
                ty += amp * weight * math.sin(2 * math.pi * hz[k] * 0.83 * t + ph[4 + k])
            rot = plan["tilt_deg"] * math.sin(2 * math.pi * hz[0] * 0.6 * t + ph[1])
        for b in plan["events"]["bumps"]:
            if t < b["t"]:
                continue
            u = (t - b["t"]) / b["dur"]
            p = _ease(u) if u < 1 else 1.0 - 0.6 * _ease((t - b["t"] - b["dur"]) / 0.3)
            tx += b["dx"] * w * p
            ty += b["dy"] * w * p
        c, s = math.cos(math.radians(rot)), math.sin(math.radians(rot))
        ox, oy = w / 2, h / 2
        return np.array(
            [
                [c, -s, ox - c * ox + s * oy + m + tx],
                [s, c, oy - s * ox - c * oy + m + ty],
            ],
            dtype=np.float32,
        )

    def light(self, t: float) -> tuple[float, float, float]:
        """(gain, lamp strength, exposure factor) at time t."""
        plan = self.plan
        gain = 1.0 + _curve(plan["light_knots"], t, plan["seconds"])
        lamp = _curve(plan["lamp_knots"], t, plan["seconds"])
        expo = 1.0
        for e in plan["events"]["exposure"]:
            span = e["frames"] / plan["fps"]
            if t >= e["t"]:
                expo *= e["factor"] ** min(1.0, (t - e["t"] + 1 / plan["fps"]) / span)
        return gain, lamp, expo

    def signal(self, t: float) -> np.ndarray:
        """The scene at ``t`` as the sensor sees it before grain and the codec."""
        plan = self.plan
        w, h = plan["width"], plan["height"]
        canvas = np.clip(self.rel * 100, 0, 255).astype(np.uint8)
        self.draw_child(canvas, t)
        canvas = cv2.GaussianBlur(canvas, (0, 0), 0.6 * max(w, h) / 640)
        view = cv2.warpAffine(
            canvas,
            self.camera(t),
            (w, h),
            flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
            borderMode=cv2.BORDER_REFLECT,
        ).astype(np.float32)
        gain, lamp, expo = self.light(t)
        bright = plan["brightness"]
        signal = view * (bright / 100.0 * gain * expo) * self.vignette
        signal += lamp * bright
        return signal

    def frame(self, t: float) -> np.ndarray:
        plan = self.plan
        w, h = plan["width"], plan["height"]
        signal = self.signal(t)
        bright = plan["brightness"]
        _gain, _lamp, expo = self.light(t)
        sigma = plan["noise"] * (1.0 + _curve(plan["noise_knots"], t, plan["seconds"])) * expo**0.5
        rng = self.noise_rng
        oy, ox = (int(v) for v in rng.integers(0, GRAIN_PAD, size=2))
        grain = self.grain_bank[int(rng.integers(0, GRAIN_BANK))][oy : oy + h, ox : ox + w]
        if rng.random() < 0.5:
            grain = -grain
        level = np.sqrt(np.clip(signal, 1.0, None) / max(bright, 1.0))
        out = signal + sigma * np.clip(level, 0.4, 2.0) * grain
        return np.clip(out + 0.5, 0, 255).astype(np.uint8)


def write_clip(plan: dict, path: str | Path) -> Path:
    """Render and encode the clip; the MP4 appears at ``path`` only when complete."""
    path = Path(path)
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise RuntimeError("ffmpeg is needed to write the night clips")
    w, h, fps = plan["width"], plan["height"], plan["fps"]
    n = int(round(plan["seconds"] * fps))
    tmp = path.with_name(f".{path.name}.tmp.mp4")
    scene = Scene(plan)
    cmd = [
        ffmpeg,
        "-nostdin",
        "-hide_banner",
        "-loglevel",
        "error",
        "-y",
        "-f",
        "rawvideo",
        "-pix_fmt",
        "gray",
        "-s",
        f"{w}x{h}",
        "-r",
        str(fps),
        "-i",
        "-",
        "-c:v",
        "libx264",
        "-preset",
        "veryfast",
        "-crf",
        str(plan["crf"]),
        "-g",
        str(max(1, int(plan["gop_s"] * fps))),
        "-pix_fmt",
        "yuv420p",
        "-threads",
        "1",
        "-an",
        str(tmp),
    ]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE)  # fixed argv, no shell
    try:
        for i in range(n):
            proc.stdin.write(scene.frame(i / fps).tobytes())
        proc.stdin.close()
        if proc.wait() != 0:
            raise RuntimeError(f"ffmpeg failed on seed {plan['seed']}")
        tmp.replace(path)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        tmp.unlink(missing_ok=True)
    return path
