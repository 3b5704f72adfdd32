"""Pixels for a plan: the room and cot, the camera, the light, the sensor, the encoder."""

from __future__ import annotations

import math
from pathlib import Path

import av
import numpy as np

from bench.video_indep.figure import draw_figure

_TINTS = {"ir_gray": (1.0, 1.0, 1.0), "warm": (1.0, 0.78, 0.55), "cool": (0.8, 0.9, 1.0)}


def _smooth_noise(rng, h, w, cell):
    """Low-frequency noise in [-1, 1]: a coarse random grid, bilinearly enlarged."""
    gh, gw = max(h // cell, 1) + 2, max(w // cell, 1) + 2
    grid = rng.uniform(-1, 1, (gh, gw))
    ys = np.linspace(0, gh - 1.001, h)
    xs = np.linspace(0, gw - 1.001, w)
    iy, ix = ys.astype(int), xs.astype(int)
    fy, fx = (ys - iy)[:, None], (xs - ix)[None, :]
    g = grid
    top = g[iy][:, ix] * (1 - fx) + g[iy][:, ix + 1] * fx
    bot = g[iy + 1][:, ix] * (1 - fx) + g[iy + 1][:, ix + 1] * fx
    return (top * (1 - fy) + bot * fy).astype(np.float32)


class Layout:
    """Canvas size (frame plus room for camera motion) and where the figure lies."""

    def __init__(self, plan: dict):
        w, h = plan["width"], plan["height"]
        ev = plan["events"]
        pan = ev.get("pan", {"dx_frac": 0.0, "dy_frac": 0.0})
        hand = ev.get("handheld")
        shake = 0.0
        if hand:
            shake = hand["sway_px"] + 2 * hand["tremor_px"]
            shake += sum(abs(b["dx"]) + abs(b["dy"]) for b in hand["bumps"])
        self.mx = int(abs(pan["dx_frac"]) * w / 2 + shake + 4)
        self.my = int(abs(pan["dy_frac"]) * h / 2 + shake + 4)
        self.cw, self.ch = w + 2 * self.mx + 2, h + 2 * self.my + 2
        fig = plan["figure"]
        length = fig["length_frac"] * min(w, h) / 1.0
        if w >= h:
            length = min(length, 0.9 * w)
        cx = self.cw / 2 + fig["center_jitter"][0] * w
        cy = self.ch / 2 + fig["center_jitter"][1] * h
        self.place = (cx, cy, length, fig["orientation_deg"])


def background(plan: dict, lay: Layout) -> tuple[np.ndarray, np.ndarray]:
    """The still room (albedo) and the blanket texture, both canvas-sized."""
    sc = plan["scene"]
    rng = np.random.default_rng(sc["texture_seed"])
    h, w = lay.ch, lay.cw
    cx, cy, length, orient = lay.place
    img = sc["floor"] + 0.05 * _smooth_noise(rng, h, w, 40)
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    ang = math.radians(orient)
    a = ((xs - cx) * math.cos(ang) + (ys - cy) * math.sin(ang)) / length + 0.5
    b = (-(xs - cx) * math.sin(ang) + (ys - cy) * math.cos(ang)) / length
    soft = 2.0 / length

    def box(a0, a1, b0, b1):
        ka = np.clip(np.minimum(a - a0, a1 - a) / soft, 0, 1)
        kb = np.clip(np.minimum(b - b0, b1 - b) / soft, 0, 1)
        return ka * kb

    sheet = sc["sheet"] + 0.03 * _smooth_noise(rng, h, w, 25)
    if sc["sheet_pattern"] == "stripes":
        sheet = sheet + 0.04 * np.sign(np.sin(2 * math.pi * b / 0.09))
    elif sc["sheet_pattern"] == "dots":
        sheet = sheet + 0.06 * ((np.sin(a * 70) * np.sin(b * 70)) > 0.8)
    mattress = box(-0.2, 1.25, -0.6, 0.6)
    img = img * (1 - mattress) + sheet * mattress
    if sc["cot_bars"]:
        for lo, hi in ((-0.68, -0.6), (0.6, 0.68)):
            rail = box(-0.25, 1.3, lo, hi)
            slats = 0.12 + 0.25 * (np.sin(2 * math.pi * a / 0.07) > 0.3)
            img = img * (1 - rail) + slats * rail
    knit = 0.05 * np.sin(a * 180) * np.sin(b * 180)
    folds = 0.12 * _smooth_noise(rng, h, w, max(int(length * 0.08), 4))
    blanket_tex = (sc["blanket_albedo"] + knit + folds).astype(np.float32)
    if sc["blanket"] == "legs":
        cover = box(0.5, 1.2, -0.45, 0.45)
        img = img * (1 - cover) + blanket_tex * cover
    elif sc["blanket"] == "side":
        cover = box(0.55, 1.15, 0.25, 0.58)
        img = img * (1 - cover) + blanket_tex * cover
    return img.astype(np.float32), np.clip(blanket_tex * 1.2, 0, 1)


def camera_offset(plan: dict, lay: Layout, t: float) -> tuple[float, float]:
    """Top-left corner of the frame inside the canvas at time t."""
    ox, oy = float(lay.mx), float(lay.my)
    ev = plan["events"]
    pan = ev.get("pan")
    if pan:
        x = min(max((t - pan["start"]) / pan["duration"], 0.0), 1.0)
        k = x * x * (3 - 2 * x) - 0.5
        ox += k * pan["dx_frac"] * plan["width"]
        oy += k * pan["dy_frac"] * plan["height"]
    hand = ev.get("handheld")
    if hand:
        ph = hand["phase"]
        sway = 2 * math.pi * hand["sway_hz"] * t
        ox += hand["sway_px"] * math.sin(sway + ph[0])
        oy += 0.7 * hand["sway_px"] * math.sin(1.3 * sway + ph[1])
        for i, f in enumerate(hand["tremor_hz"]):
            ox += hand["tremor_px"] / 3 * math.sin(2 * math.pi * f * t + ph[2 + i])
            oy += hand["tremor_px"] / 3 * math.cos(2 * math.pi * f * 1.1 * t + ph[2 + i])
        for bump in hand["bumps"]:
            if t >= bump["t"]:
                ox += bump["dx"]
                oy += bump["dy"]
    ox = min(max(ox, 0.0), lay.cw - plan["width"] - 1.001)
    oy = min(max(oy, 0.0), lay.ch - plan["height"] - 1.001)
    return ox, oy


def _crop(canvas, ox, oy, w, h):
    ix, iy = int(ox), int(oy)
    fx, fy = ox - ix, oy - iy
    c = canvas
    if fx == 0 and fy == 0:
        return c[iy : iy + h, ix : ix + w]
    top = c[iy : iy + h, ix : ix + w] * (1 - fx) + c[iy : iy + h, ix + 1 : ix + 1 + w] * fx
    bot = (
        c[iy + 1 : iy + 1 + h, ix : ix + w] * (1 - fx)
        + c[iy + 1 : iy + 1 + h, ix + 1 : ix + 1 + w] * fx
    )
    return top * (1 - fy) + bot * fy


def gain_at(plan: dict, t: float) -> float:
    """Global exposure: slow light drift and auto-exposure steps."""
    ev = plan["events"]
    g = 1.0
    drift = ev.get("light_drift")
    if drift:
        g *= 1 + drift["depth"] * math.sin(2 * math.pi * t / drift["period_s"] + drift["phase"])
    for step in ev.get("exposure_steps", []):
        if t >= step["t"]:
            dt = t - step["t"]
            settle = math.exp(-dt / step["settle_s"]) if step["settle_s"] > 0.05 else 1.0
            g *= 1 + step["factor"] * (0.35 + 0.65 * settle)
    return g


class Light:
    """Spatial light pattern per frame: lamp falloff, headlight sweeps, fan shadows."""

    def __init__(self, plan: dict):
        w, h = plan["width"], plan["height"]
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
        self.xs, self.ys = xs / max(w, h), ys / max(w, h)
        lx, ly = plan["scene"]["lamp_xy"]
        d2 = (xs / w - lx) ** 2 + (ys / h - ly) ** 2
        self.base = (1 - plan["scene"]["vignette"] * np.clip(d2, 0, 1.5) / 1.5).astype(np.float32)
        self.plan = plan
        fan = plan["events"].get("fan")
        if fan:
            fx, fy = fan["center"]
            self.theta = np.arctan2(ys / h - fy, xs / w - fx).astype(np.float32)

    def at(self, t: float) -> np.ndarray:
        ev = self.plan["events"]
        light = self.base
        for hl in ev.get("headlights", []):
            x = (t - hl["start"]) / hl["duration"]
            if not 0 <= x <= 1:
                continue
            ang = math.radians(hl["angle_deg"])
            pos = -0.4 + 1.8 * (x if hl["direction"] > 0 else 1 - x)
            along = self.xs * math.cos(ang) + self.ys * math.sin(ang)
            band = np.exp(-(((along - pos) / hl["width_frac"]) ** 2))
            fade = math.sin(math.pi * x)
            light = light * (1 + hl["strength"] * fade * band)
        fan = ev.get("fan")
        if fan:
            wave = np.sin(fan["blades"] * (self.theta - 2 * math.pi * fan["rev_hz"] * t))
            shadow = np.clip(wave / fan["softness"], -1, 1) * 0.5 + 0.5
            light = light * (1 - fan["depth"] * shadow)
        return light


_YUV = (
    np.array(  # BT.601 limited range, rows Y, Cb, Cr
        [[65.481, 128.553, 24.966], [-37.797, -74.203, 112.0], [112.0, -93.786, -18.214]],
        dtype=np.float32,
    )
    / 255.0
)


def _led_mask(plan, t, ox, oy, lay):
    """Where the standby LED shines this frame: (y0, x0, mask) on even bounds, or None."""
    led = plan["events"].get("led")
    if not led or (t % led["period_s"]) >= led["on_s"]:
        return None
    x = led["xy"][0] * plan["width"] + lay.mx - ox
    y = led["xy"][1] * plan["height"] + lay.my - oy
    r = led["radius_px"]
    h, w = plan["height"], plan["width"]
    reach = r * (1 + 6 * led["glow"]) + 2
    x0, x1 = max(int(x - reach) // 2 * 2, 0), min((int(x + reach) // 2 + 1) * 2, w)
    y0, y1 = max(int(y - reach) // 2 * 2, 0), min((int(y + reach) // 2 + 1) * 2, h)
    if x0 >= x1 or y0 >= y1:
        return None
    yy, xx = np.ogrid[y0:y1, x0:x1]
    d = np.hypot(xx - x, yy - y)
    core = np.clip(r - d + 0.5, 0, 1)
    glow = led["glow"] * np.exp(-d / (2 * r + 1e-6)) * 0.5
    return y0, x0, np.maximum(core, glow).astype(np.float32)


class Sensor:
    """Turns luminance into noisy YUV 4:2:0 planes; noise comes from a bank of planes."""

    BANK = 12

    def __init__(self, plan: dict):
        w, h = plan["width"], plan["height"]
        self.cam = plan["camera"]
        self.rng = np.random.default_rng(plan["seed"] + 7)
        k = self.BANK
        self.noise = self.rng.standard_normal((k, h, w), dtype=np.float32)
        self.chroma = self.rng.standard_normal((k, 2, h // 2, w // 2), dtype=np.float32)
        self.gray = plan["scene"]["tint"] == "ir_gray"
        tint = np.asarray(_TINTS[plan["scene"]["tint"]], dtype=np.float32)
        self.ky, self.ku, self.kv = (_YUV @ tint).tolist()
        led = plan["events"].get("led")
        self.led_yuv = (_YUV @ np.asarray(led["color"], np.float32)).tolist() if led else None

    def _pick(self, bank):
        plane = bank[int(self.rng.integers(self.BANK))]
        return -plane if self.rng.random() < 0.5 else plane

    def gain(self) -> float:
        return 1 + self.cam["gain_jitter"] * float(self.rng.standard_normal())

    def planes(self, lum: np.ndarray, led) -> np.ndarray:
        h, w = lum.shape
        cam = self.cam
        if cam["row_noise"]:
            lum = lum + cam["row_noise"] * self.rng.standard_normal((h, 1)).astype(np.float32)
        lum = lum + cam["noise_sigma"] * self._pick(self.noise)
        y = 16 + self.ky * lum
        small = lum[::2, ::2]
        u = 128 + self.ku * small
        v = 128 + self.kv * small
        if not self.gray:
            cn = self._pick(self.chroma) * (0.5 * cam["noise_sigma"])
            u, v = u + cn[0], v + cn[1]
        if led is not None:
            y0, x0, k = led
            ly, lu, lv = self.led_yuv
            sl = (slice(y0, y0 + k.shape[0]), slice(x0, x0 + k.shape[1]))
            y[sl] = y[sl] * (1 - k) + np.maximum(y[sl], 16 + ly) * k
            ks = k[::2, ::2]
            cs = (slice(y0 // 2, y0 // 2 + ks.shape[0]), slice(x0 // 2, x0 // 2 + ks.shape[1]))
            u[cs] = u[cs] * (1 - ks) + (128 + lu) * ks
            v[cs] = v[cs] * (1 - ks) + (128 + lv) * ks
        # PyAV's yuv420p array: the Y plane, then U and V packed one after the other
        out = np.empty((h * 3 // 2, w), dtype=np.uint8)
        flat = out.reshape(-1)
        n, q = h * w, (h // 2) * (w // 2)
        flat[:n] = np.clip(y + 0.5, 0, 255).reshape(-1)
        flat[n : n + q] = np.clip(u + 0.5, 0, 255).reshape(-1)
        flat[n + q :] = np.clip(v + 0.5, 0, 255).reshape(-1)
        return out


def frames(plan: dict):
    """Yield the clip's frames as yuv420p arrays (height * 3 / 2, width)."""
    lay = Layout(plan)
    still, blanket_tex = background(plan, lay)
    light = Light(plan)
    sensor = Sensor(plan)
    w, h, fps = plan["width"], plan["height"], plan["fps"]
    n = int(round(plan["duration_s"] * fps))
    canvas = still.copy()
    cx, cy, length, _ = lay.place
    reach = 0.95 * length
    box = (
        slice(max(int(cy - reach), 0), int(cy + reach) + 1),
        slice(max(int(cx - reach), 0), int(cx + reach) + 1),
    )
    for i in range(n):
        t = i / fps
        canvas[box] = still[box]
        draw_figure(canvas, plan, t, lay.place, blanket_tex)
        ox, oy = camera_offset(plan, lay, t)
        albedo = _crop(canvas, ox, oy, w, h)
        lum = (
            albedo
            * light.at(t)
            * np.float32(plan["camera"]["level"] * gain_at(plan, t) * sensor.gain())
        )
        yield sensor.planes(lum, _led_mask(plan, t, ox, oy, lay))


def write_clip(plan: dict, path: Path) -> Path:
    """Encode the plan to an H.264 MP4 (yuv420p) with its CRF or its (low) bitrate."""
    cam = plan["camera"]
    with av.open(str(path), mode="w") as out:
        stream = out.add_stream("libx264", rate=plan["fps"])
        stream.width, stream.height = plan["width"], plan["height"]
        stream.pix_fmt = "yuv420p"
        opts = {"preset": "veryfast", "threads": "1"}
        if cam["bitrate_kbps"]:
            stream.bit_rate = cam["bitrate_kbps"] * 1000
            opts["maxrate"] = str(cam["bitrate_kbps"] * 1000)
            opts["bufsize"] = str(cam["bitrate_kbps"] * 2000)
        else:
            opts["crf"] = str(cam["crf"])
        stream.options = opts
        for planes in frames(plan):
            frame = av.VideoFrame.from_ndarray(planes, format="yuv420p")
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path
