"""An independent set of synthetic night clips with known jerk times.

Written from the problem description alone (not from the detector or its own
clip generator), to measure the detector on clips it has never seen.

    .venv/bin/python -m bench.video_indep.generate --write-manifest   # freeze the set
    .venv/bin/python -m bench.video_indep.generate --out var/video_indep [--only ID ...]

The manifest lists, per clip, its seed and condition, the full plan (frame
size, rate, length, figure, scene, camera, distractors, jerks), the truth times
and a sha256 of them. Rendering reads the plan from the manifest; ``check``
re-derives every plan from its seed so that a changed generator is noticed.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from bench.video_indep.plan import CONDITIONS, plan_clip, truth_sha256
from bench.video_indep.scene import write_clip

MANIFEST = Path(__file__).with_name("manifest.json")
CLIPS_PER_CONDITION = 6
SEED_BASE = 52_000


def build_manifest() -> dict:
    clips = []
    for ci, condition in enumerate(CONDITIONS):
        for i in range(CLIPS_PER_CONDITION):
            # one clip per condition has no jerk at all, a second one in every third condition
            with_jerks = not (i == 0 or (i == CLIPS_PER_CONDITION - 1 and ci % 3 == 0))
            seed = SEED_BASE + 100 * ci + i
            plan = plan_clip(seed, condition, with_jerks=with_jerks)
            clips.append({"id": f"{condition}-{i}", "with_jerks": with_jerks, **plan})
    return {"version": 1, "tolerance_s": 0.3, "clips": clips}


def load_manifest(path: Path = MANIFEST) -> dict:
    return json.loads(path.read_text())


def check(manifest: dict) -> list[str]:
    """Problems: a plan that its seed no longer gives, or a truth list that was edited."""
    problems = []
    for clip in manifest["clips"]:
        again = plan_clip(clip["seed"], clip["condition"], with_jerks=clip["with_jerks"])
        stored = {k: v for k, v in clip.items() if k not in ("id", "with_jerks")}
        if json.loads(json.dumps(again)) != stored:
            problems.append(f"{clip['id']}: the generator no longer gives this plan")
        if truth_sha256(clip["truth_s"]) != clip["truth_sha256"]:
            problems.append(f"{clip['id']}: truth list does not match its sha256")
    return problems


def clip_path(out_dir: Path, clip: dict) -> Path:
    return out_dir / f"{clip['id']}.mp4"


def render_one(clip: dict, out_dir: Path) -> tuple[str, float]:
    """Write one clip unless it is there already (written under a temporary name first)."""
    start = time.monotonic()
    path = clip_path(out_dir, clip)
    if not path.is_file():
        part = path.with_name(f".{path.stem}.{os.getpid()}.mp4")
        write_clip(clip, part)
        part.replace(path)
    return clip["id"], time.monotonic() - start


def rendered(manifest: dict, out_dir: Path, *, jobs: int = 2):
    """Yield (clip, path) as each clip is ready, rendering the missing ones in `jobs` processes."""
    out_dir.mkdir(parents=True, exist_ok=True)
    by_id = {c["id"]: c for c in manifest["clips"]}
    # Spawned, not forked: the evaluator consumes this generator from its own threads,
    # and a child forked under threads can inherit a held lock and hang.
    pool = ProcessPoolExecutor(max(jobs, 1), mp_context=multiprocessing.get_context("spawn"))
    try:
        futures = [pool.submit(render_one, c, out_dir) for c in manifest["clips"]]
        for fut in as_completed(futures):
            cid, secs = fut.result()
            if secs > 1:
                print(f"  rendered {cid} in {secs:.1f}s", file=sys.stderr)
            yield by_id[cid], clip_path(out_dir, by_id[cid])
    finally:  # a consumer that stops early cancels the clips not yet started
        pool.shutdown(wait=True, cancel_futures=True)


def stats(manifest: dict) -> dict:
    clips = manifest["clips"]
    jerks = [j for c in clips for j in c["jerks"]]
    count = {}
    for key in ("part", "level"):
        for j in jerks:
            count.setdefault(key, {}).setdefault(j[key], 0)
            count[key][j[key]] += 1
    return {
        "clips": len(clips),
        "clips_without_jerks": sum(not c["jerks"] for c in clips),
        "jerks": len(jerks),
        "seconds": round(sum(c["duration_s"] for c in clips), 1),
        "fps": sorted({c["fps"] for c in clips}),
        "sizes": sorted({f"{c['width']}x{c['height']}" for c in clips}),
        **count,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write-manifest", action="store_true")
    parser.add_argument("--out", type=Path, help="render the clips into this directory")
    parser.add_argument("--only", nargs="*", help="clip ids to render")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    if args.write_manifest:
        manifest = build_manifest()
        MANIFEST.write_text(json.dumps(manifest, indent=1) + "\n")
        print(json.dumps(stats(manifest), indent=1))
        return 0
    manifest = load_manifest()
    problems = check(manifest)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    if args.only:
        manifest = {**manifest, "clips": [c for c in manifest["clips"] if c["id"] in args.only]}
    if args.out:
        for _ in rendered(manifest, args.out, jobs=args.jobs):
            pass
    print(json.dumps(stats(manifest), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
