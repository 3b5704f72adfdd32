import json, sys
from bench.video_indep.plan import CONDITIONS
fr, models = sys.argv[1], sys.argv[2].split(",")
d = json.load(open(f"/tmp/vid28/score_out_{fr}.json"))
print("| condition | " + " | ".join(f"{m} P / R / F1" for m in models) + " | ΔF1 " + " | ΔF1 ".join(f"{m} − base" for m in models if m not in ("base", "shipped")) + " |")
print("|---" * (1 + len(models) + sum(m not in ("base", "shipped") for m in models)) + "|")
for c in (*CONDITIONS, "OVERALL") + (("dev40", "dev18") if "dev" in sys.argv[3:] else ()):
    cells = []
    for m in models:
        p, r, f = d[f"{c}|{m}"]; cells.append(f"{p:.2f} / {r:.2f} / {f:.3f}")
    deltas = [f"{d[f'{c}|{m}'][2] - d[f'{c}|base'][2]:+.3f}" for m in models if m not in ("base", "shipped")]
    name = f"**{c}**" if c == "OVERALL" else c
    print(f"| {name} | " + " | ".join(cells) + " | " + " | ".join(deltas) + " |")
