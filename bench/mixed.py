"""A mixed load of members (`make bench` runs it after the single pages).

Each simulated member reads threads and the category, searches, now and then
replies, logs an episode in their own logbook and opens its doctor report, with
a think time between actions. Members, their sessions and their logbooks come
from bench/scenarios/members.py (var/bench/members.json).

Forms are posted with a CSRF token the member sets as a cookie (Django accepts
an unmasked 32-character secret in both places), as a browser would after the
first page.
"""

import itertools
import json
import os
import random
import secrets
from pathlib import Path

from locust import FastHttpUser, between, task

DATA = json.loads(Path(os.environ["BENCH_MEMBERS"]).read_text())
SEARCHES = ["caffeine bedtime", "arm jerks toddler", "paediatrician video", "warm bath routine"]
_next_member = itertools.cycle(DATA["members"])


class Member(FastHttpUser):
    wait_time = between(1, 4)

    def on_start(self):
        member = next(_next_member)
        self.logbook = member["logbook"]
        self.csrf = secrets.token_hex(16)  # 32 characters
        self.headers = {"Cookie": f"{member['cookie']}; csrftoken={self.csrf}"}

    def _get(self, path: str, name: str):
        with self.client.get(path, headers=self.headers, name=name, catch_response=True) as r:
            if r.status_code != 200:
                r.failure(f"HTTP {r.status_code}")

    def _post(self, path: str, name: str, data: dict):
        with self.client.post(
            path,
            data={**data, "csrfmiddlewaretoken": self.csrf},
            headers=self.headers,
            name=name,
            catch_response=True,
            allow_redirects=False,
        ) as r:
            if r.status_code not in (200, 302):
                r.failure(f"HTTP {r.status_code}")

    def _thread(self) -> tuple[int, int]:
        pk, posts = random.choice(DATA["threads"])
        return pk, random.choice([1, max(1, -(-posts // 20))])

    @task(8)
    def read_thread(self):
        pk, page = self._thread()
        self._get(f"/forum/t/{pk}/?page={page}", "thread page")

    @task(3)
    def read_category(self):
        self._get("/forum/c/living-with-it/", "category page")

    @task(3)
    def search(self):
        self._get("/search/?q=" + random.choice(SEARCHES).replace(" ", "+"), "search")

    @task(1)
    def reply(self):
        pk, _page = self._thread()
        body = "Thank you, our nights look much the same; the log helped the GP."
        self._post(f"/forum/t/{pk}/reply/", "reply", {"body": body})

    @task(1)
    def log_episode(self):
        self._post(f"/logbook/{self.logbook}/log/", "log an episode", {})

    @task(1)
    def report(self):
        self._get(f"/logbook/{self.logbook}/report/", "doctor report")
