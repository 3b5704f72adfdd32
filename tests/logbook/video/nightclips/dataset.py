"""The dev and test splits: seeds, the frozen manifest, and a cache of rendered clips.

``python -m tests.logbook.video.nightclips.dataset --freeze`` writes
``manifest.json`` (seed, conditions and the sha256 of each clip's plan, which
holds its true jerks). It was run once, before the detector was redesigned; the
tests check that the generator still yields exactly the frozen plans.

Rendered clips are cached under ``var/nightclips/v<VERSION>/`` (or
``$HYPNIC_NIGHTCLIPS_DIR``) and rebuilt when missing.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .conditions import VERSION, draw, plan_sha256

DEV_SEEDS = list(range(1000, 1040))
TEST_SEEDS = list(range(7000, 7064))
MANIFEST = Path(__file__).with_name("manifest.json")
ROOT = Path(__file__).resolve().parents[4]


def cache_dir() -> Path:
    base = os.environ.get("HYPNIC_NIGHTCLIPS_DIR") or ROOT / "var" / "nightclips"
    path = Path(base) / f"v{VERSION}"
    path.mkdir(parents=True, exist_ok=True)
    return path


def manifest() -> dict:
    return json.loads(MANIFEST.read_text())


def split_plans(split: str) -> list[dict]:
    """The plans of a frozen split, checked against the manifest's fingerprints."""
    entries = manifest()[split]
    plans = []
    for entry in entries:
        plan = draw(entry["seed"])
        if plan_sha256(plan) != entry["plan_sha256"]:
            raise RuntimeError(f"seed {entry['seed']}: the generator no longer matches the freeze")
        plans.append(plan)
    return plans


def clip_path(plan: dict) -> Path:
    return cache_dir() / f"{plan['seed']}-{plan_sha256(plan)[:12]}.mp4"


def _render(plan: dict) -> str:
    from .render import write_clip

    path = clip_path(plan)
    if not path.exists():
        write_clip(plan, path)
    return str(path)


def spawn_pool(workers: int) -> ProcessPoolExecutor:
    """A process pool whose children start fresh: forking a process that already runs
    OpenCV's or a database driver's threads can deadlock the child (and hang CI)."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


def clip_paths(plans: list[dict], workers: int = 1) -> list[Path]:
    """Rendered MP4 for each plan, rendering the missing ones: in this process when
    ``workers`` is 1 (as the tests do), else ``workers`` at a time in spawned processes."""
    missing = [p for p in plans if not clip_path(p).exists()]
    if workers <= 1:
        for plan in missing:
            _render(plan)
    elif missing:
        with spawn_pool(workers) as pool:
            list(pool.map(_render, missing))
    return [clip_path(p) for p in plans]


def _entry(seed: int) -> dict:
    plan = draw(seed)
    return {
        "seed": seed,
        "tags": plan["tags"],
        "size": f"{plan['width']}x{plan['height']}",
        "fps": plan["fps"],
        "seconds": plan["seconds"],
        "jerks": [{"time_s": j["time_s"], "limb": j["limb"]} for j in plan["jerks"]],
        "plan_sha256": plan_sha256(plan),
    }


def freeze() -> None:
    data = {
        "generator_version": VERSION,
        "note": "Frozen before the detector redesign. Tune on dev only; report test.",
        "dev": [_entry(s) for s in DEV_SEEDS],
        "test": [_entry(s) for s in TEST_SEEDS],
    }
    MANIFEST.write_text(json.dumps(data, indent=1) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--freeze", action="store_true", help="rewrite manifest.json")
    parser.add_argument("--render", choices=["dev", "test"], help="render a split's clips")
    args = parser.parse_args()
    if args.freeze:
        freeze()
    if args.render:
        clip_paths(split_plans(args.render))


if __name__ == "__main__":
    main()
