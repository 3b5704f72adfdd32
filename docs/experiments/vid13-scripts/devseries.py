"""Render the night-clip DEV split (into var/nightclips of this worktree) and cache each clip's series."""
import pickle, sys, json
from pathlib import Path
sys.path.insert(0, "/work/wt/vid13")
from tests.logbook.video.nightclips.dataset import split_plans, clip_paths
from logbook.video.motion import motion_series
out = Path("/tmp/vid13/devseries"); out.mkdir(exist_ok=True)
plans = split_plans("dev")
for plan in plans:
    (path,) = clip_paths([plan], workers=1)
    sp = out / f"{plan['seed']}.pkl"
    if not sp.exists():
        sp.write_bytes(pickle.dumps(motion_series(path)))
    (out / f"{plan['seed']}.json").write_text(json.dumps({"truth": [j["time_s"] for j in plan["jerks"]],
        "limbs": [j["limb"] for j in plan["jerks"]], "tags": plan["tags"]}))
    print(plan["seed"], flush=True)
