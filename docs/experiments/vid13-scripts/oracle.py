"""Noise-free pixel signal of each jerk: the frame at the jerk's peak with and without it."""
import json, sys, glob, copy
from pathlib import Path
import numpy as np, cv2
sys.path.insert(0, "/work/wt/vid13")
from bench.video_indep import scene as S
from bench.video_indep.figure import draw_figure

def luma_scale(plan):
    tint = np.asarray(S._TINTS[plan["scene"]["tint"]], np.float32)
    ky = float((S._YUV @ tint)[0])
    return ky * plan["camera"]["level"]

def oracle(plan):
    lay = S.Layout(plan); still, tex = S.background(plan, lay); light = S.Light(plan)
    w, h = plan["width"], plan["height"]; k = luma_scale(plan)
    side = 320; sc = side / max(w, h); size = (max(1, round(w * sc)), max(1, round(h * sc)))
    out = []
    for j in plan["jerks"]:
        tp = j["t"] + j["rise_frames"] / j["fps"] + 0.5 * j["hold_s"]
        other = copy.deepcopy(plan); other["jerks"] = [x for x in plan["jerks"] if x is not j]
        imgs = []
        for p in (plan, other):
            c = still.copy(); draw_figure(c, p, tp, lay.place, tex)
            ox, oy = S.camera_offset(p, lay, tp)
            lum = S._crop(c, ox, oy, w, h) * light.at(tp) * k
            imgs.append(cv2.resize(lum.astype(np.float32), size, interpolation=cv2.INTER_AREA))
        d = np.abs(imgs[0] - imgs[1])
        sd = imgs[0] - imgs[1]
        sm = np.abs(cv2.blur(cv2.GaussianBlur(sd, (0, 0), 1.0), (3, 3)))
        wd = np.abs(cv2.blur(cv2.GaussianBlur(sd, (0, 0), 1.0), (7, 7)))
        out.append(dict(t=j["t"], part=j["part"], level=j["level"], dmax=float(d.max()),
                        n2=int((d > 2).sum()), n5=int((d > 5).sum()), smax=float(sm.max()), wmax=float(wd.max()), blanket=plan["scene"]["blanket"],
                        noise=plan["camera"]["noise_sigma"], crf=plan["camera"]["crf"]))
    return out

if __name__ == "__main__":
    res = {}
    for p in sorted(glob.glob(f"/tmp/vid13/clips/{sys.argv[1]}-*.json")):
        plan = json.loads(Path(p).read_text())
        res[Path(p).stem] = oracle(plan)
    Path(f"/tmp/vid13/oracle-{sys.argv[1]}.json").write_text(json.dumps(res))
    for n, rows in res.items():
        for r in rows:
            print(n, r)
