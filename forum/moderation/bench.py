"""Time the moderation engine on long posts: ``python -m forum.moderation.bench``.

Every submission waits for :func:`forum.moderation.engine.evaluate`, so it must stay
well under the time of a database round trip. The target is p99 < 5 ms for a long
(2,000-character) post with five recent posts to compare against for duplicates.
Posts are built from the labelled corpus so the text looks like real traffic (doses,
phones, links, emergencies) rather than lorem ipsum.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from forum.moderation import engine
from forum.moderation.evaluate import CORPUS_PATH, load_corpus

POST_LENGTH = 2_000
POST_COUNT = 200
ITERATIONS = 2_000
RECENT_COUNT = 5
P99_TARGET_MS = 5.0


def build_posts(
    path: str | Path = CORPUS_PATH, count: int = POST_COUNT, length: int = POST_LENGTH
) -> list[str]:
    """Make ``count`` varied posts of exactly ``length`` characters from corpus texts.

    Each post starts at a different corpus row and strides through the corpus with a
    different step, so no two posts are the same mix.
    """
    texts = [row["text"] for row in load_corpus(path)]
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
    """Evaluate ``iterations`` posts; return wall-clock and CPU percentiles in ms.

    CPU time (this thread only) is what the engine itself costs; wall-clock time also
    counts whatever else the machine is doing, which on a shared CI runner or a laptop
    running the test suite can triple the tail. Both are reported; the target is checked
    against CPU time so the result does not depend on the neighbours.
    """
    posts = build_posts()
    recent = [row["text"] for row in load_corpus()[:RECENT_COUNT]]
    engine.evaluate(posts[0], recent_texts=recent)  # warm caches outside the timing
    wall: list[float] = []
    cpu: list[float] = []
    for i in range(iterations):
        post = posts[i % len(posts)]
        wall_start, cpu_start = time.perf_counter_ns(), time.thread_time_ns()
        engine.evaluate(post, recent_texts=recent)
        cpu.append((time.thread_time_ns() - cpu_start) / 1e6)
        wall.append((time.perf_counter_ns() - wall_start) / 1e6)
    return {"wall": _summary(wall), "cpu": _summary(cpu)}


def main() -> int:
    """Print p50/p95/p99 and return 1 if the CPU-time p99 misses the target."""
    result = run()
    print(f"evaluate() on {POST_COUNT} posts of {POST_LENGTH} chars, {ITERATIONS} iterations")
    for kind, row in result.items():
        print(
            f"  {kind:<5} p50 {row['p50']:.2f} ms  p95 {row['p95']:.2f} ms  "
            f"p99 {row['p99']:.2f} ms  max {row['max']:.2f} ms"
        )
    if result["cpu"]["p99"] >= P99_TARGET_MS:
        print(f"p99 target of {P99_TARGET_MS} ms missed")
        return 1
    print(f"p99 target of {P99_TARGET_MS} ms met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
