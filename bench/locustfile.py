"""One page hammered by N users with no wait: bench/run.py starts one run per page."""

import itertools
import os
import secrets

from locust import FastHttpUser, constant, task

PATH = os.environ["BENCH_PATH"]
COOKIE = os.environ.get("BENCH_COOKIE", "")
# "{n}" in a path becomes a value no request of any run has used (a page that must not
# be served from a cache of earlier requests).
_FRESH = (f"{secrets.token_hex(4)}{n}" for n in itertools.count())


class PageUser(FastHttpUser):
    wait_time = constant(0)

    @task
    def page(self):
        headers = {"Cookie": COOKIE} if COOKIE else {}
        path = PATH.replace("{n}", next(_FRESH)) if "{n}" in PATH else PATH
        with self.client.get(path, headers=headers, name=PATH, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
            elif b"/accounts/login/" in (response.url or "").encode() and COOKIE:
                response.failure("redirected to login")
