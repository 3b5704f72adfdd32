"""Time and size the moderation engine: ``python -m forum.moderation.bench``.

Every submission waits for :func:`forum.moderation.engine.evaluate`, so it must stay
well under the time of a database round trip: the target is p99 <= 5 ms (CPU time)
for a 2,000-character post with the model loaded and five recent posts to compare
against for duplicates. Posts are built from the train split and the older corpus (never
the test split), so the text looks like real traffic.

Memory: two fresh interpreters set Django up, one of them also loading the model and
judging a post; the difference of their resident sizes is what the engine adds to a
web process (target <= 150 MB).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from forum.moderation import engine
from forum.moderation.engine import corpus
from forum.moderation.engine.artefact import default_model

POST_LENGTH = 2_000
POST_COUNT = 200
ITERATIONS = 2_000
RECENT_COUNT = 5
P99_TARGET_MS = 5.0
MEMORY_TARGET_MB = 150.0

_RSS = "print(int(open('/proc/self/status').read().split('VmRSS:')[1].split()[0]) // 1024)"
_DJANGO = "import django; django.setup(); "
_ENGINE = (
    "from forum.moderation import engine; "
    "from forum.moderation.engine.artefact import default_model; "
    "engine.evaluate('give him 0.5 mg of melatonin tonight ' * 50, model=default_model()); "
)


def build_posts(count: int = POST_COUNT, length: int = POST_LENGTH) -> list[str]:
    """``count`` varied posts of exactly ``length`` characters from training texts."""
    texts = [row["text"] for row in corpus.load("train")]
    posts = []
    for i in range(count):
        parts: list[str] = []
        size = 0
        index = (i * 7) % len(texts)
        step = 1 + i % 11
        while size < length:
            parts.append(texts[index])
            size += len(texts[index]) + 1
            index = (index + step) % len(texts)
        posts.append(" ".join(parts)[:length].ljust(length, "."))
    return posts


def percentile(samples: list[float], pct: float) -> float:
    """Nearest-rank percentile; enough precision for a latency budget."""
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered)) - 1))
    return ordered[rank]


def _summary(samples: list[float]) -> dict[str, float]:
    return {
        "p50": statistics.median(samples),
        "p95": percentile(samples, 95),
        "p99": percentile(samples, 99),
        "max": max(samples),
    }


def run(iterations: int = ITERATIONS) -> dict[str, dict[str, float]]:
    """Evaluate ``iterations`` posts; wall-clock and CPU percentiles in ms.

    CPU time (this thread) is what the engine costs; wall-clock time also counts the
    neighbours on a shared machine. The target is checked against CPU time.
    """
    model = default_model()
    posts = build_posts()
    recent = posts[-RECENT_COUNT:]
    for post in posts:  # warm the per-word caches outside the timing, as a live process is
        engine.evaluate(post, recent_texts=recent, model=model)
    wall: list[float] = []
    cpu: list[float] = []
    for i in range(iterations):
        post = posts[i % len(posts)]
        wall_start, cpu_start = time.perf_counter_ns(), time.thread_time_ns()
        engine.evaluate(post, recent_texts=recent, model=model)
        cpu.append((time.thread_time_ns() - cpu_start) / 1e6)
        wall.append((time.perf_counter_ns() - wall_start) / 1e6)
    return {"wall": _summary(wall), "cpu": _summary(cpu)}


def extra_memory_mb() -> int:
    """Resident MB the engine and its model add to a process that has set Django up."""

    def rss(code: str) -> int:
        # Run on its own (not under `make bench`), the settings module is not set yet.
        env = {"DJANGO_SETTINGS_MODULE": "config.settings", **os.environ}
        out = subprocess.run(
            [sys.executable, "-c", code + _RSS], capture_output=True, text=True, check=True, env=env
        )
        return int(out.stdout.strip().splitlines()[-1])

    return rss(_DJANGO + _ENGINE) - rss(_DJANGO)


def main() -> int:
    """Print p50/p95/p99 and memory; 1 if a target is missed."""
    result = run()
    print(f"evaluate() on {POST_COUNT} posts of {POST_LENGTH} chars, {ITERATIONS} iterations")
    for kind, row in result.items():
        print(
            f"  {kind:<5} p50 {row['p50']:.2f} ms  p95 {row['p95']:.2f} ms  "
            f"p99 {row['p99']:.2f} ms  max {row['max']:.2f} ms"
        )
    memory = extra_memory_mb()
    print(f"  extra memory per process: {memory} MB (target <= {MEMORY_TARGET_MB:.0f} MB)")
    missed = []
    if result["cpu"]["p99"] > P99_TARGET_MS:
        missed.append(f"p99 target of {P99_TARGET_MS} ms missed")
    if memory > MEMORY_TARGET_MB:
        missed.append(f"memory target of {MEMORY_TARGET_MB:.0f} MB missed")
    print("; ".join(missed) if missed else "targets met")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
