import sys, pickle, numpy as np
sys.path.insert(0, "/tmp/vid13"); sys.path.insert(0, "/work/wt/vid13")
from evalset import load_sets
from logbook.video.motion import candidates as C
import json
def outl(values, fps, floor, sfloor):
    a = np.log(np.maximum(values, floor))
    window = max(3, int(round(C.BASELINE_S * fps)) | 1); half = window // 2
    padded = np.pad(a, ((half, half), (0, 0)), mode="edge")
    view = np.lib.stride_tricks.sliding_window_view(padded, window, axis=0)
    med = np.median(view, axis=2); mad = np.median(np.abs(view - med[:, :, None]), axis=2)
    return (a - med) / np.maximum(1.4826 * mad, sfloor)
sets = load_sets()
rows = {(r["clip"], round(r["t"], 2)): r for r in pickle.load(open("/tmp/vid13/rows-clean.pkl", "rb"))}
for cond in ("clean", "dark_noisy"):
    for floor in (1.0, 2.0, 3.0):
        for sf in (0.1, 0.3, 0.5, 1.0):
            above = []; ratio = []
            for name, s, truth in sets[cond]:
                v = outl(s.cell_peak, s.fps, floor, sf).max(axis=1); t = s.times_s
                quiet = np.ones(len(t), bool)
                for tt in truth: quiet &= ~((t > tt - 0.5) & (t < tt + 1.0))
                q = np.percentile(v[quiet], 99)
                for tt in truth:
                    w = (t >= tt - 0.02) & (t <= tt + 0.3)
                    above.append(v[w].max() > q); ratio.append(v[w].max() / max(q, 1e-3))
            print(cond, f"PEAK_FLOOR {floor} spread floor {sf}: jerks with v above the clip's quiet p99: {np.mean(above):.2f}  median ratio {np.median(ratio):.2f}")
