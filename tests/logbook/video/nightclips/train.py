"""``make video-model``: train the jerk classifier of ``logbook.video.motion``.

Training clips come from BOTH night-clip generators, dev seeds only:

* this package's generator, the ``night`` seeds of ``train_seeds.json`` (from
  1000-1399; the frozen test seeds 7000-7063 are refused);
* the independent generator of ``bench/video_indep``, its ``indep`` seeds (from
  90000-90399, none in its frozen manifest; the condition cycles with the seed,
  every 7th clip has no jerk), with extra clean clips and clips holding a finger
  or hand jerk: with four clean clips of that generator the model missed most
  jerks on its clean clips although nearly every one had a candidate;
* the simple still-scene clips of ``tests/logbook/video/clipgen`` that the
  upload and page tests use (``clip_set`` with its own seed ``SIMPLE_SEED``).

Each clip's motion series is computed once and cached (``var/jerk_train``); the
candidates of :mod:`logbook.video.motion.candidates` are labelled a jerk when
one lies within the matching tolerance of a true jerk. The threshold is chosen
on out-of-fold scores (clips split into folds, each scored by a model that never
saw it): the best worse-of-precision-and-recall over both generators, with the
proposals and the matching of ``make video-eval``. Then one model is fitted on
every dev clip and flattened into ``logbook/video/motion/jerk_model.npz``.
Fixed seeds throughout: the same clips give the same file.

Run: ``.venv/bin/python -m tests.logbook.video.nightclips.train [--workers 2]
[--night N] [--indep N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import numpy as np

from logbook.video.motion import MotionSeries, motion_series
from logbook.video.motion.candidates import FEATURES, candidates
from logbook.video.motion.model import MODEL_PATH, from_sklearn
from logbook.video.motion.moments import strongest_apart

from .conditions import draw
from .dataset import ROOT, TEST_SEEDS, clip_paths, spawn_pool
from .scoring import TOLERANCE_S, match

SEEDS = json.loads(Path(__file__).with_name("train_seeds.json").read_text())
NIGHT_SEEDS = SEEDS["night"]  # drawn from 1000-1399
INDEP_SEEDS = SEEDS["indep"]  # drawn from 90000-90399
SIMPLE_SEED, SIMPLE_COUNT = 77, 40
WORK = ROOT / "var" / "jerk_train"
SERIES_VERSION = 3  # bump when series.py changes what it measures
FOLDS = 5
THRESHOLDS = np.round(np.arange(0.05, 0.96, 0.01), 2)
PARAMS = {
    "max_iter": 150,
    "learning_rate": 0.05,
    "max_leaf_nodes": 7,
    "min_samples_leaf": 40,
    "l2_regularization": 1.0,
    "random_state": 0,
}


def indep_plan(seed: int) -> dict:
    from bench.video_indep.generate import load_manifest
    from bench.video_indep.plan import CONDITIONS, plan_clip

    frozen = {c["seed"] for c in load_manifest()["clips"]}
    if seed in frozen:
        raise ValueError(f"seed {seed} is in the independent set's frozen manifest")
    return plan_clip(seed, CONDITIONS[seed % len(CONDITIONS)], with_jerks=seed % 7 != 0)


def _render_indep(seed: int) -> str:
    from bench.video_indep.scene import write_clip

    path = WORK / "indep" / f"{seed}.mp4"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f".{seed}.mp4")
        write_clip(indep_plan(seed), part)
        part.replace(path)
    return str(path)


def _render_simple(spec) -> tuple[str, list[float]]:
    from tests.logbook.video.clipgen import make_clip

    path = WORK / "simple" / f"{SIMPLE_SEED}-{spec.name}.mp4"
    path.parent.mkdir(parents=True, exist_ok=True)
    truth = make_clip(path, **spec.kwargs) if not path.exists() else None
    bursts = truth.bursts if truth else spec.kwargs["bursts"]
    return str(path), [round(b.centre_s, 3) for b in bursts]


def cache_series(clip: str | Path, out: Path) -> str:
    """Analyse ``clip`` into ``out`` (an .npz read by :func:`load_series`) unless it is
    there already; written under a temporary name first, so parallel workers and an
    interrupted run never leave half a file."""
    if not out.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        s = motion_series(clip)
        part = out.with_name(f".{os.getpid()}.{out.name}")
        with part.open("wb") as fh:
            np.savez(
                fh,
                times=s.times_s,
                energy=s.energy,
                fps=s.fps,
                duration=s.duration_s,
                coverage=s.coverage,
                local=s.local,
                shift=s.shift,
                shape=s.shape,
                cell_peak=s.cell_peak,
                cell_mean=s.cell_mean,
            )
        part.replace(out)
    return str(out)


def _series(job: tuple[str, str]) -> str:
    name, clip = job
    return cache_series(clip, WORK / "series" / f"v{SERIES_VERSION}-{name}.npz")


def load_series(path: str | Path) -> MotionSeries:
    with np.load(path, allow_pickle=False) as d:
        return MotionSeries(
            times_s=d["times"],
            energy=d["energy"],
            fps=float(d["fps"]),
            duration_s=float(d["duration"]),
            coverage=d["coverage"],
            local=d["local"],
            shift=d["shift"],
            shape=d["shape"],
            cell_peak=d["cell_peak"],
            cell_mean=d["cell_mean"],
        )


def dev_clips(night: int, indep: int, workers: int) -> list[dict]:
    """Render (when missing) and analyse the dev clips: name, source, truth, series path."""
    if set(NIGHT_SEEDS) & set(TEST_SEEDS):
        raise ValueError("a frozen test seed among the training seeds")
    night_seeds = NIGHT_SEEDS[:night]
    plans = [draw(s) for s in night_seeds]
    night_paths = clip_paths(plans, workers=workers)
    indep_seeds = list(INDEP_SEEDS[:indep])
    from tests.logbook.video.clipgen import clip_set

    specs = clip_set(count=SIMPLE_COUNT, seed=SIMPLE_SEED)
    with spawn_pool(workers) as pool:
        indep_paths = list(pool.map(_render_indep, indep_seeds))
        simple = list(pool.map(_render_simple, specs))
    clips = [
        {
            "name": f"night-{p['seed']}",
            "clip": str(path),
            "truth": [j["time_s"] for j in p["jerks"]],
        }
        for p, path in zip(plans, night_paths, strict=True)
    ]
    clips += [
        {"name": f"indep-{seed}", "clip": path, "truth": indep_plan(seed)["truth_s"]}
        for seed, path in zip(indep_seeds, indep_paths, strict=True)
    ]
    clips += [
        {"name": f"simple-{spec.name}", "clip": path, "truth": truth}
        for spec, (path, truth) in zip(specs, simple, strict=True)
    ]
    with spawn_pool(workers) as pool:
        done = pool.map(_series, [(c["name"], c["clip"]) for c in clips])
        for c, path in zip(clips, done, strict=True):
            c["series"] = path
    return clips


def labelled(clips: list[dict]):
    """Per clip: candidate times, features and labels (near a true jerk)."""
    rows = []
    for c in clips:
        s = load_series(c["series"])
        idx, X = candidates(s)
        times = s.times_s[idx]
        truth = np.asarray(c["truth"], dtype=float)
        if truth.size and times.size:
            y = (np.abs(times[:, None] - truth[None, :]).min(axis=1) <= TOLERANCE_S).astype(int)
        else:
            y = np.zeros(times.size, dtype=int)
        rows.append({"times": times, "X": X, "y": y, "truth": c["truth"], "name": c["name"]})
    return rows


def _fit(X: np.ndarray, y: np.ndarray):
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(**PARAMS).fit(X, y)


def out_of_fold(rows: list[dict]) -> list[np.ndarray]:
    """Each clip's candidate scores from a model fitted without its fold."""
    fold = np.random.default_rng(0).permutation(len(rows)) % FOLDS
    scores: list[np.ndarray] = [np.zeros(0)] * len(rows)
    for k in range(FOLDS):
        train = [r for r, f in zip(rows, fold, strict=True) if f != k]
        clf = _fit(np.vstack([r["X"] for r in train]), np.concatenate([r["y"] for r in train]))
        for i in np.flatnonzero(fold == k):
            r = rows[i]
            scores[i] = clf.predict_proba(r["X"])[:, 1] if len(r["X"]) else np.zeros(0)
    return scores


def tally(rows: list[dict], scores: list[np.ndarray], threshold: float) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for r, sc in zip(rows, scores, strict=True):
        kept = strongest_apart(r["times"], sc, threshold)
        a, b, c, _ = match(r["truth"], [float(r["times"][i]) for i in kept])
        tp, fp, fn = tp + a, fp + b, fn + c
    return tp, fp, fn


def _pr(t: tuple[int, int, int]) -> tuple[float, float]:
    tp, fp, fn = t
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def choose(rows: list[dict], scores: list[np.ndarray]) -> tuple[float, list[str]]:
    """The threshold with the best worse-of-two over each generator's dev clips."""
    groups = {
        src: [i for i, r in enumerate(rows) if r["name"].startswith(src)]
        for src in ("night", "indep", "simple")
    }
    lines, best = [], None
    for thr in THRESHOLDS:
        figures = {}
        for src, members in groups.items():
            if members:
                figures[src] = _pr(
                    tally([rows[i] for i in members], [scores[i] for i in members], thr)
                )
        worst = min(min(pr) for pr in figures.values())
        text = "  ".join(f"{s} P {p:.3f} R {r:.3f}" for s, (p, r) in figures.items())
        lines.append(f"  threshold {thr:.2f}  {text}")
        if best is None or worst > best[0] + 1e-9:
            best = (worst, float(thr))
    return best[1], lines


def _group(row: dict) -> str:
    """night, simple, or indep:<condition> (the condition cycles with the seed)."""
    name = row["name"]
    if name.startswith("indep-"):
        return "indep:" + indep_plan(int(name.split("-", 1)[1]))["condition"]
    return name.split("-", 1)[0]


def breakdown(rows: list[dict], scores: list[np.ndarray], threshold: float) -> list[str]:
    """Per group: how many jerks have a candidate within the tolerance (the first
    stage) and how many are proposed at ``threshold`` (the classifier), with the
    precision, so that a loss is pinned on the stage that causes it."""
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        groups.setdefault(_group(r), []).append(i)
    lines = [f"  {'':<28}{'clips':>6}{'jerks':>6}  cand.recall  precision  recall"]
    for name in sorted(groups):
        members = groups[name]
        jerks = sum(len(rows[i]["truth"]) for i in members)
        covered = sum(
            match(rows[i]["truth"], list(map(float, rows[i]["times"])))[0] for i in members
        )
        p, r = _pr(tally([rows[i] for i in members], [scores[i] for i in members], threshold))
        lines.append(
            f"  {name:<28}{len(members):>6}{jerks:>6}  {covered / max(jerks, 1):>11.3f}"
            f"  {p:>9.3f}  {r:>6.3f}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--night", type=int, default=len(NIGHT_SEEDS))
    parser.add_argument("--indep", type=int, default=len(INDEP_SEEDS))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    from threadpoolctl import threadpool_limits

    # One thread: on a shared, busy machine OpenMP threads wait on each other.
    with threadpool_limits(1):
        return _train(args)


def _train(args) -> int:
    clips = dev_clips(args.night, args.indep, args.workers)
    rows = labelled(clips)
    n_cand = sum(len(r["y"]) for r in rows)
    n_jerks = sum(len(r["truth"]) for r in rows)
    covered = sum(match(r["truth"], list(map(float, r["times"])))[0] for r in rows)
    print(
        f"{len(rows)} dev clips, {n_jerks} jerks, {n_cand} candidates; "
        f"candidate recall {covered / max(n_jerks, 1):.3f}"
    )
    scores = out_of_fold(rows)
    threshold, lines = choose(rows, scores)
    print("out-of-fold precision and recall on dev:")
    print("\n".join(lines))
    print(f"chosen threshold {threshold:.2f}")
    print(f"out-of-fold, per group, at {threshold:.2f}:")
    print("\n".join(breakdown(rows, scores, threshold)))
    clf = _fit(np.vstack([r["X"] for r in rows]), np.concatenate([r["y"] for r in rows]))
    from_sklearn(clf, FEATURES, threshold).save(args.out)
    print(f"wrote {args.out} ({json.dumps(PARAMS)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
