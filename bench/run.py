"""`make bench`: serve Hypnic with gunicorn (production settings, DEBUG off) on
127.0.0.1, drive each page with locust at a fixed concurrency for a bounded
time, and print requests/s, p50, p95, p99 and the ratio to a bare baseline
page measured in the same run. Then run the job benchmarks (moderation engine,
video pipeline) that apps provide.

Scenario modules live in bench/scenarios/<app>.py and define
`seed(bench_user) -> list[Page]`; they seed a separate database, hypnic_bench.
"""

import argparse
import csv
import importlib
import json
import os
import pkgutil
import secrets
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "var" / "bench"
PORT = int(os.environ.get("BENCH_PORT", "8765"))
# The same PostgreSQL and Redis as the checkout's own services (scripts/services.sh).
_PG_PORT = os.environ.get("HYPNIC_PG_PORT", "54329")
_REDIS_PORT = os.environ.get("HYPNIC_REDIS_PORT", "63799")
DB_URL = os.environ.get(
    "BENCH_DATABASE_URL", f"postgres://hypnic@127.0.0.1:{_PG_PORT}/hypnic_bench"
)
REDIS = os.environ.get("BENCH_REDIS_URL", f"redis://127.0.0.1:{_REDIS_PORT}/15")
JOB_BENCHES = ["forum.moderation.bench", "bench.video_bench", "bench.upload_bench"]


def bench_env() -> dict[str, str]:
    env = os.environ.copy()
    env.update(
        {
            "DJANGO_ENV": "production",
            "DJANGO_SECRET_KEY": env.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            # Plain HTTP on loopback: no TLS redirect, cookies without Secure.
            "DJANGO_SECURE_SSL_REDIRECT": "0",
            "DJANGO_SECURE_COOKIES": "0",
            "DJANGO_BEHIND_PROXY": "0",
            "DATABASE_URL": DB_URL,
            "REDIS_URL": REDIS,
            "CACHE_KEY_PREFIX": "bench",
            "LOG_LEVEL": "WARNING",
            "DJANGO_SETTINGS_MODULE": "config.settings",
        }
    )
    return env


def ensure_database() -> None:
    import psycopg

    base, name = DB_URL.rsplit("/", 1)
    with psycopg.connect(base + "/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def manage(env, *args) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def seed_pages(env):
    os.environ.update(env)
    import django

    django.setup()
    from bench import scenarios
    from bench.harness import CORE_PAGES, bench_user, session_cookie_for

    user = bench_user()
    pages = list(CORE_PAGES)
    for module in pkgutil.iter_modules(scenarios.__path__):
        scenario = importlib.import_module(f"bench.scenarios.{module.name}")
        started = time.monotonic()
        pages.extend(scenario.seed(user))
        print(f"seeded {module.name} in {time.monotonic() - started:.1f} s", flush=True)
    return pages, session_cookie_for(user)


def wait_for_server(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - loopback only
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"gunicorn did not answer at {url}")


def warm_up(page, cookie: str) -> None:
    request = urllib.request.Request(f"http://127.0.0.1:{PORT}{page.path}")
    if page.login:
        request.add_header("Cookie", cookie)
    try:
        with urllib.request.urlopen(request, timeout=120):  # noqa: S310 - loopback only
            pass
    except OSError as error:
        print(f"warm-up of {page.name} failed: {error}", flush=True)


def run_locust(locustfile: str, prefix: Path, users: int, rate: int, seconds: int, env) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "locust",
            "-f",
            str(ROOT / "bench" / locustfile),
            "--headless",
            "-u",
            str(users),
            "-r",
            str(rate),
            "-t",
            f"{seconds}s",
            "--host",
            f"http://127.0.0.1:{PORT}",
            "--csv",
            str(prefix),
            "--only-summary",
            "--loglevel",
            "ERROR",
            "--stop-timeout",
            "5",
        ],
        cwd=ROOT,
        env=env,
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def read_stats(prefix: Path) -> list[dict]:
    """Locust's rows (one per request name, then "Aggregated"), as numbers."""
    with open(f"{prefix}_stats.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    out = []
    for row in rows:
        # Locust writes N/A when no request finished in the window.
        row = {key: ("nan" if value == "N/A" else value) for key, value in row.items()}
        out.append(
            {
                "name": row["Name"],
                "requests": int(row["Request Count"]),
                "failures": int(row["Failure Count"]),
                "rps": float(row["Requests/s"]),
                "p50": float(row["50%"]),
                "p95": float(row["95%"]),
                "p99": float(row["99%"]),
            }
        )
    return out


def measure(page, cookie: str, users: int, seconds: int, env) -> dict:
    prefix = OUT / page.name.replace(" ", "_").replace("/", "_").replace(":", "")
    run_env = env.copy()
    run_env["BENCH_PATH"] = page.path
    run_env["BENCH_COOKIE"] = cookie if page.login else ""
    run_locust("locustfile.py", prefix, users, users, seconds, run_env)
    row = next(r for r in read_stats(prefix) if r["name"] == "Aggregated")
    del row["name"]
    return {"page": page.name, "path": page.path, "login": page.login, **row}


def measure_mixed(users: int, seconds: int, env) -> list[dict]:
    """bench/mixed.py: `users` members at once, each with think time (see its docstring)."""
    run_env = env.copy()
    run_env["BENCH_MEMBERS"] = str(OUT / "members.json")
    prefix = OUT / "mixed"
    run_locust("mixed.py", prefix, users, max(1, users // 10), seconds, run_env)
    return read_stats(prefix)


def print_mixed(rows: list[dict], users: int, seconds: int) -> None:
    print(f"\nMixed load: {users} members for {seconds} s (bench/mixed.py)")
    print("| request | requests | req/s | p50 ms | p95 ms | p99 ms | failures |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['name']} | {r['requests']} | {r['rps']:.1f} | {r['p50']:.0f} | "
            f"{r['p95']:.0f} | {r['p99']:.0f} | {r['failures']} |"
        )


def print_table(results: list[dict], users: int, seconds: int) -> None:
    base = next(r for r in results if r["page"] == "baseline")
    print(f"\nPages at concurrency {users}, {seconds} s each (gunicorn, production settings)")
    header = f"| {'page':<34} | {'req/s':>7} | {'p50 ms':>6} | {'p95 ms':>6} | {'p99 ms':>6} | "
    header += "p95 / baseline | failures |"
    print(header)
    print("|" + "-" * 36 + "|---------|--------|--------|--------|----------------|----------|")
    for r in results:
        ratio = r["p95"] / base["p95"] if base["p95"] else float("nan")
        name = r["page"]
        if r["login"] and "logged in" not in name and "member" not in name:
            name += " (logged in)"
        print(
            f"| {name:<34} | {r['rps']:>7.1f} | {r['p50']:>6.0f} | {r['p95']:>6.0f} | "
            f"{r['p99']:>6.0f} | {ratio:>14.2f} | {r['failures']:>8} |"
        )


def run_job_benches(env) -> None:
    for module in JOB_BENCHES:
        path = ROOT / (module.replace(".", "/") + ".py")
        if not path.exists():
            continue
        print(f"\n== {module} ==", flush=True)
        subprocess.run([sys.executable, "-m", module], cwd=ROOT, env=env, check=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=int(os.environ.get("BENCH_USERS", "8")))
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS", "10")))
    parser.add_argument("--only", default="", help="comma-separated page names to measure")
    parser.add_argument("--skip-jobs", action="store_true", help="pages only")
    parser.add_argument("--mixed-users", type=int, default=100)
    parser.add_argument("--mixed-seconds", type=int, default=60)
    parser.add_argument("--skip-mixed", action="store_true", help="no mixed load")
    args = parser.parse_args()

    env = bench_env()
    ensure_database()
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    pages, cookie = seed_pages(env)
    if args.only:
        wanted = {name.strip() for name in args.only.split(",")} | {"baseline"}
        pages = [p for p in pages if p.name in wanted]

    workers = os.environ.get("BENCH_GUNICORN_WORKERS", "4")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi",
            "-b",
            f"127.0.0.1:{PORT}",
            "-w",
            workers,
            "-k",
            "gthread",
            "--threads",
            "2",
            # Longer than a mixed-load member's think time (1-4 s): with gunicorn's 2 s
            # a request sent as the server closes an idle connection failed ("HTTP 0").
            # In production nginx holds the visitors' connections.
            "--keep-alive",
            "10",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    results = []
    try:
        wait_for_server(f"http://127.0.0.1:{PORT}/bench/baseline/")
        for page in pages:
            # One request fills the page's caches (a report draws its charts once),
            # then a short warm-up fills connection pools before measuring.
            warm_up(page, cookie)
            measure(page, cookie, args.users, 2, env)
            result = measure(page, cookie, args.users, args.seconds, env)
            results.append(result)
            print(f"measured {page.name}: p95 {result['p95']:.0f} ms", flush=True)
        mixed = [] if args.skip_mixed else measure_mixed(args.mixed_users, args.mixed_seconds, env)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:  # requests still in flight on a saturated machine
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    print_table(results, args.users, args.seconds)
    if mixed:
        print_mixed(mixed, args.mixed_users, args.mixed_seconds)
    (OUT / "results.json").write_text(json.dumps({"pages": results, "mixed": mixed}, indent=2))
    if not args.skip_jobs:
        run_job_benches(env)


if __name__ == "__main__":
    main()
