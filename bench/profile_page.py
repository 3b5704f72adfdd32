"""`make profile`: where one page's milliseconds go, in one process.

    python -m bench.profile_page PATH [--member] [-n 200] [--profile] [--top 25]

Serves PATH through Django's test client with the settings `make bench` uses
(production, DEBUG off, the seeded hypnic_bench database and its Redis), as the
bench user when `--member` is given. It prints the median and 95th percentile of
wall and process CPU time per request, the SQL queries and their time, and, with
`--profile`, a cProfile of all the requests: the time under template rendering,
SQL and middleware, then the functions that cost most. Run `make bench` once
first: it seeds the database. A report, never a test.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time

from bench.run import bench_env

# (label, file suffix, function name): the largest cumulative time of the functions
# so named, which is the outermost call's (Template.render holds every nested render).
PARTS = [
    ("templates", "django/template/base.py", "render"),
    ("SQL (execute)", "django/db/backends/utils.py", "_execute"),
    ("Redis commands", "redis/client.py", "execute_command"),
    ("session load", "django/contrib/sessions/backends/cached_db.py", "load"),
    ("middleware", "django/core/handlers/base.py", "get_response"),
    ("view", "django/core/handlers/base.py", "_get_response"),
]


def _setup() -> None:
    os.environ.update(bench_env())
    import django

    django.setup()


def _client(member: bool):
    from django.test import Client

    from bench.harness import bench_user

    client = Client(HTTP_HOST="127.0.0.1")
    if member:
        client.force_login(bench_user())
    return client


def _measure(client, path: str, count: int) -> tuple[list[float], list[float], int, float]:
    from django.db import connection

    sql = {"count": 0, "seconds": 0.0}

    def count_queries(execute, sql_text, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql_text, params, many, context)
        finally:
            sql["count"] += 1
            sql["seconds"] += time.perf_counter() - started

    walls, cpus = [], []
    with connection.execute_wrapper(count_queries):
        for _ in range(count):
            wall, cpu = time.perf_counter(), time.process_time()
            response = client.get(path)
            walls.append((time.perf_counter() - wall) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{path} answered {response.status_code}")
    return walls, cpus, sql["count"] // count, sql["seconds"] * 1000 / count


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def _parts(stats: pstats.Stats, count: int) -> list[tuple[str, float]]:
    found = []
    for label, suffix, name in PARTS:
        total = max(
            (
                row[3]
                for (filename, _line, function), row in stats.stats.items()  # type: ignore[attr-defined]
                if filename.endswith(suffix) and function == name
            ),
            default=0.0,
        )
        found.append((label, total * 1000 / count))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--member", action="store_true", help="as the logged-in bench user")
    parser.add_argument("-n", "--requests", type=int, default=200)
    parser.add_argument("--profile", action="store_true", help="cProfile the requests")
    parser.add_argument("--top", type=int, default=25, help="functions listed with --profile")
    args = parser.parse_args(argv)
    _setup()
    client = _client(args.member)
    _measure(client, args.path, 5)  # warm: templates compiled, connections open
    walls, cpus, queries, sql_ms = _measure(client, args.path, args.requests)
    who = "member" if args.member else "visitor"
    print(f"{args.path} as {who}, {args.requests} requests in one process")
    print(
        f"  wall median {statistics.median(walls):.1f} ms  p95 {_p95(walls):.1f} ms;"
        f"  CPU median {statistics.median(cpus):.1f} ms  p95 {_p95(cpus):.1f} ms;"
        f"  {queries} SQL queries, {sql_ms:.1f} ms"
    )
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.requests):
            client.get(args.path)
        profiler.disable()
        stats = pstats.Stats(profiler)
        total = stats.total_tt * 1000 / args.requests  # type: ignore[attr-defined]
        print(f"\ncProfile: {total:.1f} ms a request (profiling slows every call)")
        for label, ms in _parts(stats, args.requests):
            print(f"  {label:<15} {ms:6.1f} ms")
        print()
        stats.sort_stats("cumulative").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
