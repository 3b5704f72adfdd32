"""Render every clip needed (1 process): night dev + train, indep train, simple, fresh indep."""
import json, sys, time
from pathlib import Path
from bench.video_indep.plan import CONDITIONS, plan_clip
from bench.video_indep.scene import write_clip
from tests.logbook.video.nightclips.dataset import split_plans, clip_paths, TEST_SEEDS, DEV_SEEDS
from tests.logbook.video.nightclips.conditions import draw
from tests.logbook.video.nightclips import train as T

import os
BASE = int(os.environ.get("FRESH_BASE", "928000"))
FRESH = Path(os.environ.get("FRESH_DIR", "/work/wt/vid28/var/fresh"))
SEEDS = json.loads(Path("tests/logbook/video/nightclips/train_seeds.json").read_text())
frozen = {c["seed"] for c in json.loads(Path("bench/video_indep/manifest.json").read_text())["clips"]}

def fresh_list():
    out = []
    for ci, cond in enumerate(CONDITIONS):
        for k in range(6):
            seed = BASE + 100 * ci + k
            assert seed not in frozen and not (52000 <= seed <= 53100) and not (90000 <= seed < 90400)
            assert seed not in SEEDS["indep"] and seed not in TEST_SEEDS
            out.append((seed, cond))
    return out

def main(what):
    t0 = time.time()
    if "fresh" in what:
        for seed, cond in fresh_list():
            p = FRESH / f"{cond}-{seed}.mp4"
            if not p.exists():
                plan = plan_clip(seed, cond, with_jerks=True)
                (FRESH / f"{cond}-{seed}.json").write_text(json.dumps(plan))
                part = p.with_name(f".{p.name}")
                write_clip(plan, part); part.replace(p)
        print("fresh done", time.time() - t0, flush=True)
    if "dev" in what:
        plans = [draw(s) for s in DEV_SEEDS]
        assert not set(DEV_SEEDS) & set(TEST_SEEDS)
        clip_paths(split_plans("dev"), workers=1)
        print("dev done", time.time() - t0, flush=True)
    if "train" in what:
        assert not set(SEEDS["night"]) & set(TEST_SEEDS)
        clip_paths([draw(s) for s in SEEDS["night"]], workers=1)
        print("night train done", time.time() - t0, flush=True)
        for s in SEEDS["indep"]:
            T._render_indep(s)
        print("indep train done", time.time() - t0, flush=True)
        from tests.logbook.video.clipgen import clip_set
        for spec in clip_set(count=T.SIMPLE_COUNT, seed=T.SIMPLE_SEED):
            T._render_simple(spec)
        print("simple done", time.time() - t0, flush=True)

main(sys.argv[1:])
