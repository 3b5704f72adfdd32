"""Render fresh independent-generator clips (seeds 900000+), then cache their motion series."""
import json, pickle, sys, time
from pathlib import Path
sys.path.insert(0, "/work/wt/vid13")
from bench.video_indep.generate import load_manifest
from bench.video_indep.plan import plan_clip
from bench.video_indep.scene import write_clip
from logbook.video.motion import motion_series

OUT = Path("/tmp/vid13")
frozen = {c["seed"] for c in load_manifest()["clips"]}
train = set(json.load(open("/work/wt/vid13/tests/logbook/video/nightclips/train_seeds.json"))["indep"])
specs = [(900000 + i, "clean") for i in range(int(sys.argv[1]))] + [(900100 + i, "dark_noisy") for i in range(int(sys.argv[2]))]
for seed, cond in specs:
    assert seed not in frozen and seed not in train
    plan = plan_clip(seed, cond, with_jerks=True)
    name = f"{cond}-{seed}"
    (OUT / "clips" / f"{name}.json").write_text(json.dumps(plan))
    mp4 = OUT / "clips" / f"{name}.mp4"
    t0 = time.time()
    if not mp4.exists():
        part = mp4.with_name(f".{name}.mp4")
        write_clip(plan, part); part.replace(mp4)
    t1 = time.time()
    sp = OUT / "series" / f"{name}.pkl"
    if not sp.exists():
        s = motion_series(mp4)
        sp.write_bytes(pickle.dumps(s))
    print(name, plan["width"], plan["height"], plan["fps"], plan["duration_s"], len(plan["jerks"]), f"render {t1-t0:.0f}s series {time.time()-t1:.0f}s", flush=True)
