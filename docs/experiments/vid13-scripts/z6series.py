import sys, json, pickle, glob
from pathlib import Path
sys.path.insert(0, "/work/wt/vid13")
from logbook.video.motion import series as S
from tests.logbook.video.nightclips.dataset import split_plans, clip_path
S.Z_ON = 6.0
out = Path("/tmp/vid13/z6"); out.mkdir(exist_ok=True)
jobs = [(f"train-{c['name']}", c["clip"]) for c in json.load(open("/tmp/vid13/trainclips.json"))]
jobs += [(f"fresh-{Path(p).stem}", p) for p in sorted(glob.glob("/tmp/vid13/clips/*.mp4"))]
jobs += [(f"dev-{p['seed']}", str(clip_path(p))) for p in split_plans("dev")]
for i, (name, clip) in enumerate(jobs):
    f = out / f"{name}.pkl"
    if not f.exists():
        f.write_bytes(pickle.dumps(S.motion_series(clip)))
    if i % 20 == 0: print(i, len(jobs), name, flush=True)
print("done", flush=True)
