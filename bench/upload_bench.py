"""Peak memory of a 1 GiB resumable upload through gunicorn (production settings).

The upload view must stream chunks to disk, so the gunicorn worker's memory
must not grow with the file. This starts a throwaway gunicorn (one gthread
worker) against the bench database, sends a generated 1 GiB body in 8 MiB
chunks with the same protocol as static/js/video-upload.js, and samples the
worker's RSS (psutil) during the upload; VmHWM from /proc gives the true peak.
The bytes are random, so the final sniff refuses them (422) -- which also
shows that a refused upload leaves nothing on disk. Processing memory is
measured by bench/video_bench.py (same `make bench` run).

Run: ``.venv/bin/python -m bench.upload_bench [--mib 1024]``.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import secrets
import shutil
import signal
import string
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from bench.run import ROOT, bench_env, ensure_database, manage, wait_for_server

PORT = int(os.environ.get("UPLOAD_BENCH_PORT", "8766"))
CHUNK = 8 * 1024 * 1024


def _vm_hwm_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _seed(env: dict[str, str]) -> tuple[int, str]:
    """The bench user's upload logbook (idempotent) and a session cookie."""
    os.environ.update(env)
    import django

    django.setup()
    from bench.harness import bench_user, session_cookie_for
    from logbook import services
    from logbook.models import Subject

    user = bench_user()
    subject = Subject.objects.filter(created_by=user, display_name="Upload bench").first()
    if subject is None:
        subject = services.subject_create(user=user, display_name="Upload bench", kind="child")
    return subject.pk, session_cookie_for(user)


def run(mib: int) -> dict[str, object]:
    env = bench_env()
    ensure_database()
    manage(env, "migrate", "--noinput", "-v", "0")
    subject_id, cookie = _seed(env)
    csrf = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(32))
    media = tempfile.mkdtemp(prefix="upload-bench-")
    env = {**env, "MEDIA_ROOT": media, "VIDEO_MAX_BYTES": str(max(mib, 1) * 1024 * 1024)}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi",
            "-b",
            f"127.0.0.1:{PORT}",
            "-w",
            "1",
            "-k",
            "gthread",
            "--threads",
            "2",
            "--log-level",
            "warning",
            "--timeout",
            "120",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    try:
        wait_for_server(f"http://127.0.0.1:{PORT}/bench/baseline/")
        worker = psutil.Process(server.pid).children()[0]
        rss_before = worker.memory_info().rss / 2**20
        peak = [rss_before]
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                try:
                    peak[0] = max(peak[0], worker.memory_info().rss / 2**20)
                except psutil.Error:
                    return
                time.sleep(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        headers = {
            "Cookie": f"{cookie}; csrftoken={csrf}",
            "X-CSRFToken": csrf,
            "Host": "127.0.0.1",
        }
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=300)
        total = mib * 1024 * 1024
        conn.request(
            "POST",
            f"/logbook/{subject_id}/videos/uploads/",
            body=json.dumps({"size": total}),
            headers={**headers, "Content-Type": "application/json"},
        )
        response = conn.getresponse()
        session = json.loads(response.read())
        if response.status != 201:
            raise RuntimeError(f"upload start failed: {response.status} {session}")
        block = os.urandom(CHUNK)  # one 8 MiB block in the client, varied per chunk
        started = time.perf_counter()
        status, body = 0, {}
        for first in range(0, total, CHUNK):
            length = min(CHUNK, total - first)
            chunk = first.to_bytes(8, "big") + block[8:length]
            conn.request(
                "PUT",
                session["url"],
                body=chunk,
                headers={
                    **headers,
                    "Content-Type": "application/octet-stream",
                    "Content-Range": f"bytes {first}-{first + length - 1}/{total}",
                },
            )
            response = conn.getresponse()
            status, body = response.status, json.loads(response.read() or b"{}")
            if status not in (200, 201) and first + length < total:
                raise RuntimeError(f"chunk at {first}: {status} {body}")
        elapsed = time.perf_counter() - started
        done.set()
        sampler.join()
        rss_after = worker.memory_info().rss / 2**20
        hwm = _vm_hwm_mb(worker.pid)
        left = [str(p) for p in Path(media).rglob("*") if p.is_file()]
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        shutil.rmtree(media, ignore_errors=True)
    return {
        "upload_mib": mib,
        "chunk_mib": CHUNK // 2**20,
        "seconds": round(elapsed, 1),
        "mib_per_s": round(mib / elapsed, 1),
        "final_status": status,
        "final_message": body.get("error", ""),
        "worker_rss_mb": {
            "before": round(rss_before, 1),
            "peak_sampled": round(peak[0], 1),
            "after": round(rss_after, 1),
            "vm_hwm": round(hwm, 1) if hwm else None,
        },
        "files_left_after_refusal": left,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, default=1024)
    args = parser.parse_args(argv)
    report = run(args.mib)
    rss = report["worker_rss_mb"]
    print(
        f"{'upload':<28} {report['upload_mib']} MiB in {report['seconds']} s "
        f"({report['mib_per_s']} MiB/s), final answer {report['final_status']}"
    )
    print(f"{'gunicorn worker RSS before':<28} {rss['before']} MB")
    print(f"{'  peak during upload':<28} {rss['peak_sampled']} MB (VmHWM {rss['vm_hwm']} MB)")
    print(f"{'  after':<28} {rss['after']} MB")
    print(f"{'files left after refusal':<28} {len(report['files_left_after_refusal'])}")
    print(json.dumps(report, indent=2))
    growth = rss["peak_sampled"] - rss["before"]
    return 0 if growth < 64 and not report["files_left_after_refusal"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
