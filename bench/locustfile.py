"""One page hammered by N users with no wait: bench/run.py starts one run per page."""

import os

from locust import FastHttpUser, constant, task

PATH = os.environ["BENCH_PATH"]
COOKIE = os.environ.get("BENCH_COOKIE", "")


class PageUser(FastHttpUser):
    wait_time = constant(0)

    @task
    def page(self):
        headers = {"Cookie": COOKIE} if COOKIE else {}
        with self.client.get(PATH, headers=headers, name=PATH, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
            elif b"/accounts/login/" in (response.url or "").encode() and COOKIE:
                response.failure("redirected to login")
