"""Score a checkout's video detector, as a black box, on the independent clips.

    .venv/bin/python -m bench.video_indep.evaluate [--project DIR] [--jobs 2]

Renders the manifest's clips (once, into var/video_indep/clips of this checkout),
runs ``python manage.py analyze_video CLIP`` in the project directory for each
clip and reads the ``moments_s`` list from its JSON. A proposal within the
manifest's tolerance (0.3 s) of a true jerk is a hit; each true jerk is matched
at most once; every unmatched proposal is a false positive. Prints precision and
recall overall, per condition, and recall per body part and per amplitude. Each answer is kept under
var/video_indep/runs/<checkout>-<revision>/ so that a stopped run resumes, and
only clips answered by every checkout asked for are scored.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path

from bench.video_indep.generate import check, load_manifest, rendered
from bench.video_indep.scoring import Counts, match, score

HERE = Path(__file__).resolve().parents[2]


def run_detector(project: Path, clip: Path, timeout: float) -> dict:
    """The detector's moments for one clip, or the error it gave."""
    python = project / ".venv" / "bin" / "python"
    cmd = [str(python if python.exists() else sys.executable), "manage.py", "analyze_video"]
    start = time.monotonic()
    try:
        done = subprocess.run(
            [*cmd, str(clip)],
            cwd=project,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=os.environ.copy(),
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f}s", "seconds": timeout}
    seconds = round(time.monotonic() - start, 2)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        return {"error": f"exit {done.returncode}: " + " | ".join(tail), "seconds": seconds}
    text = done.stdout
    try:
        moments = json.loads(text[text.index("{") :])["moments_s"]
    except (ValueError, KeyError) as exc:
        return {"error": f"unreadable output ({exc}): {text[:200]!r}", "seconds": seconds}
    return {"moments_s": [float(m) for m in moments], "seconds": seconds}


def _fmt(x: float | None) -> str:
    return "   -" if x is None else f"{x:.2f}"


def _row(name: str, c: Counts, minutes: float | None = None) -> str:
    fpm = "" if minutes is None else f"  {c.false_positives / minutes:6.2f}"
    return (
        f"{name:<22}{c.truths:>6}{c.hits:>6}{c.proposals:>7}{c.false_positives:>5}"
        f"   {_fmt(c.precision)}  {_fmt(c.recall)}{fpm}"
    )


def report(manifest: dict, results: dict) -> str:
    tol = manifest["tolerance_s"]
    head = f"{'':<22}{'truth':>6}{'hits':>6}{'props':>7}{'FP':>5}   prec  recall"
    total, per_cond, minutes = Counts(), {}, {}
    by_part: dict[str, Counts] = {}
    by_level: dict[str, Counts] = {}
    quiet = Counts()
    for clip in manifest["clips"]:
        res = results[clip["id"]]
        props = res.get("moments_s", [])
        c = score(clip["truth_s"], props, tol)
        total.add(c)
        per_cond.setdefault(clip["condition"], Counts()).add(c)
        minutes[clip["condition"]] = minutes.get(clip["condition"], 0) + clip["duration_s"] / 60
        if not clip["jerks"]:
            quiet.add(c)
        for jerk, m in zip(clip["jerks"], match(clip["truth_s"], props, tol), strict=True):
            for key, table in (("part", by_part), ("level", by_level)):
                table.setdefault(jerk[key], Counts()).add(Counts(hits=int(m is not None), truths=1))
    lines = [head + "  FP/min", _row("OVERALL", total, sum(minutes.values())), ""]
    lines += [_row(name, per_cond[name], minutes[name]) for name in per_cond]
    lines += [
        "",
        _row("clips without jerks", quiet),
        "",
        f"{'recall by':<22}{'truth':>6}{'hits':>6}",
    ]
    for table in (by_part, by_level):
        for name, c in sorted(table.items()):
            lines.append(f"  {name:<20}{c.truths:>6}{c.hits:>6}   recall {_fmt(c.recall)}")
    failed = {cid: r["error"] for cid, r in results.items() if "error" in r}
    if failed:
        lines += ["", f"{len(failed)} clip(s) where the detector failed (counted as no proposals):"]
        lines += [f"  {cid}: {err}" for cid, err in sorted(failed.items())]
    return "\n".join(lines)


def _revision(project: Path) -> str:
    """The checkout's HEAD (plus -dirty with uncommitted changes), to key cached runs."""
    git = ["git", "-C", str(project)]
    head = subprocess.run([*git, "rev-parse", "--short=10", "HEAD"], capture_output=True, text=True)
    if head.returncode != 0:
        return "nogit"
    status = subprocess.run([*git, "status", "--porcelain"], capture_output=True, text=True)
    return head.stdout.strip() + ("-dirty" if status.stdout.strip() else "")


def _run_and_keep(project: Path, clip: Path, timeout: float, keep: Path, stop) -> None:
    if stop is not None and time.monotonic() > stop:
        return  # time is up: a queued run is not started
    result = run_detector(project, clip, timeout)
    keep.parent.mkdir(parents=True, exist_ok=True)
    keep.write_text(json.dumps(result))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--project", type=Path, action="append", help="checkout whose detector runs (repeatable)"
    )
    parser.add_argument("--clips", type=Path, default=HERE / "var" / "video_indep" / "clips")
    parser.add_argument(
        "--runs",
        type=Path,
        default=HERE / "var" / "video_indep" / "runs",
        help="each detector answer is kept here per checkout revision and clip",
    )
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per clip")
    parser.add_argument("--only", nargs="*", help="clip ids (default: all)")
    parser.add_argument("--stop-after", type=float, help="minutes; then score only the clips done")
    parser.add_argument("--report-only", action="store_true", help="score the kept answers only")
    args = parser.parse_args(argv)
    manifest = load_manifest()
    problems = check(manifest)
    if problems:
        print("manifest does not match the generator:\n" + "\n".join(problems), file=sys.stderr)
        return 1
    clips = [c for c in manifest["clips"] if not args.only or c["id"] in args.only]
    # round robin over the conditions, so that a stopped run still covers each of them
    clips.sort(key=lambda c: ((1, 0, 2, 3, 4, 5).index(int(c["id"].rsplit("-", 1)[1])), c["id"]))
    manifest = {**manifest, "clips": clips}
    projects = {p.resolve(): None for p in (args.project or [HERE])}
    for project in projects:
        projects[project] = args.runs / f"{project.name}-{_revision(project)}"
    if not args.report_only:
        _run_all(manifest, projects, args)
    kept = {
        project: {
            c["id"]: json.loads(f.read_text())
            for c in clips
            if (f := d / f"{c['id']}.json").is_file()
        }
        for project, d in projects.items()
    }
    common = [c for c in clips if all(c["id"] in k for k in kept.values())]
    for project, results in kept.items():
        print(
            f"\ndetector: {project} ({projects[project].name}); {len(common)} of {len(clips)} clips"
        )
        print(report({**manifest, "clips": common}, {c["id"]: results[c["id"]] for c in common}))
    return 0


def _run_all(manifest: dict, projects: dict, args) -> None:
    """Render and run until done or until time is up (then pending runs are dropped)."""
    stop = time.monotonic() + 60 * args.stop_after if args.stop_after else None
    pool = ThreadPoolExecutor(args.jobs)
    futures = []
    try:
        for clip, path in rendered(manifest, args.clips, jobs=max(args.jobs // 2, 1)):
            for project, runs in projects.items():
                keep = runs / f"{clip['id']}.json"
                if not keep.is_file():
                    futures.append(
                        pool.submit(_run_and_keep, project, path, args.timeout, keep, stop)
                    )
            if stop and time.monotonic() > stop:
                break
        wait(futures, timeout=None if stop is None else max(stop - time.monotonic(), 0))
    finally:
        if stop and time.monotonic() > stop:
            print("time is up: runs not started are dropped", file=sys.stderr)
        pool.shutdown(wait=True, cancel_futures=True)


if __name__ == "__main__":
    sys.exit(main())
