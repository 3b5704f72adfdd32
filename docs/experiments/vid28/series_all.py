"""Series (v5: with the polarity columns) of the eval clips: fresh indep and night dev."""
import sys, time
from pathlib import Path
from tests.logbook.video.nightclips.train import cache_series
from tests.logbook.video.nightclips.dataset import split_plans, clip_path

ROOT = Path("/work/wt/vid28/var")
t0 = time.time()
for _x in ("freshC",):
    if _x in sys.argv:
        for clip in sorted((ROOT / _x).glob("*.mp4")):
            cache_series(clip, ROOT / _x / "series" / f"{clip.stem}.npz")
        print(_x, "series", time.time() - t0, flush=True)
if "freshB" in sys.argv:
    for clip in sorted((ROOT / "freshB").glob("*.mp4")):
        cache_series(clip, ROOT / "freshB" / "series" / f"{clip.stem}.npz")
    print("freshB series", time.time() - t0, flush=True)
if "fresh" in sys.argv:
    for clip in sorted((ROOT / "fresh").glob("*.mp4")):
        cache_series(clip, ROOT / "fresh" / "series" / f"{clip.stem}.npz")
    print("fresh series", time.time() - t0, flush=True)
if "dev" in sys.argv:
    for plan in split_plans("dev"):
        p = clip_path(plan)
        while not p.exists():
            time.sleep(5)
        cache_series(p, ROOT / "devseries" / f"{plan['seed']}.npz")
    print("dev series", time.time() - t0, flush=True)
