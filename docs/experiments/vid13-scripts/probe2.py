"""Per jerk: noise-free signal (oracle) vs what the decoded frames show at the same pixels."""
import json, sys, glob, copy
from pathlib import Path
import numpy as np, cv2
sys.path.insert(0, "/work/wt/vid13"); sys.path.insert(0, "/tmp/vid13")
from bench.video_indep import scene as S
from bench.video_indep.figure import draw_figure
from logbook.video.decoding import grey_frames, ReadBudget
from oracle import luma_scale

import os
K = int(os.environ.get("K", "3"))
def sm(x, k=K):
    return cv2.blur(cv2.GaussianBlur(x, (0, 0), 1.0), (k, k))

def run(name):
    plan = json.loads(Path(f"/tmp/vid13/clips/{name}.json").read_text())
    with grey_frames(f"/tmp/vid13/clips/{name}.mp4", side=320, budget=ReadBudget()) as src:
        fr = [(t, g.astype(np.float32)) for t, g in src.frames]
        size = src.size; fps = src.fps
    ts = np.array([t for t, _ in fr]); G = [g for _, g in fr]
    lag = max(1, int(round(fps * 0.07)))
    # quiet background: per frame max of smoothed |diff|
    D = [None] * lag + [np.abs(sm(G[i] - G[i - lag])) for i in range(lag, len(G))]
    bg = np.array([0] * lag + [float(D[i].max()) for i in range(lag, len(G))])
    lay = S.Layout(plan); still, tex = S.background(plan, lay); light = S.Light(plan)
    w, h = plan["width"], plan["height"]; k = luma_scale(plan)
    rows = []
    quiet = np.ones(len(ts), bool)
    for j in plan["jerks"]:
        quiet &= ~((ts > j["t"] - 0.5) & (ts < j["t"] + 1.0))
    for j in plan["jerks"]:
        tp = j["t"] + j["rise_frames"] / j["fps"] + 0.5 * j["hold_s"]
        other = copy.deepcopy(plan); other["jerks"] = [x for x in plan["jerks"] if x is not j]
        imgs = []
        for p in (plan, other):
            c = still.copy(); draw_figure(c, p, tp, lay.place, tex)
            ox, oy = S.camera_offset(p, lay, tp)
            lum = S._crop(c, ox, oy, w, h) * light.at(tp) * k
            imgs.append(cv2.resize(lum.astype(np.float32), size, interpolation=cv2.INTER_AREA))
        od = imgs[0] - imgs[1]
        mask = cv2.dilate((np.abs(od) > 1.0).astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
        win = np.flatnonzero((ts >= j["t"]) & (ts <= j["t"] + 0.3) & (np.arange(len(ts)) >= lag))
        raw_in = max(float(np.abs(G[i] - G[i - lag])[mask].max()) if mask.any() else 0 for i in win)
        sm_in = max(float(np.abs(sm(G[i] - G[i - lag]))[mask].max()) if mask.any() else 0 for i in win)
        qi = [i for i in np.flatnonzero(quiet) if i >= lag]
        bg_local = float(np.percentile([D[i][mask].max() for i in qi], 99)) if mask.any() and qi else 0.0
        bg_local_max = float(max(D[i][mask].max() for i in qi)) if mask.any() and qi else 0.0
        rows.append(dict(bg_local=bg_local, bg_local_max=bg_local_max, clip=name, t=j["t"], part=j["part"], level=j["level"], o_raw=float(np.abs(od).max()),
                         o_sm=float(np.abs(sm(od)).max()), dec_raw=raw_in, dec_sm=sm_in,
                         bg_p99=float(np.percentile(bg[quiet], 99)), bg_max=float(bg[quiet].max()),
                         crf=plan["camera"]["crf"], npx=int((np.abs(od) > 2).sum())))
    return rows

if __name__ == "__main__":
    allrows = []
    for p in sorted(glob.glob(f"/tmp/vid13/series/{sys.argv[1]}-*.pkl")):
        allrows += run(Path(p).stem)
    Path(f"/tmp/vid13/probe2-{sys.argv[1]}-k{K}.json" if K != 3 else f"/tmp/vid13/probe2-{sys.argv[1]}.json").write_text(json.dumps(allrows))
    for r in allrows:
        print(f"{r['clip']:18s} {r['t']:6.2f} {r['part']:6s} {r['level']:6s} crf{r['crf']} npx {r['npx']:4d} oracle raw {r['o_raw']:5.1f} sm {r['o_sm']:5.1f} | decoded raw {r['dec_raw']:5.1f} sm {r['dec_sm']:5.1f} | quiet sm max p99 {r['bg_p99']:4.1f} max {r['bg_max']:4.1f}")
