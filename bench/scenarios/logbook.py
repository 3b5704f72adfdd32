"""Logbook at scale: one subject with 10,000 episodes over three years.

The timeline, charts and report pages must issue a constant number of queries
(tests/logbook/test_pages.py) and answer with p95 < 100 ms at concurrency 8.
"""

from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from bench.harness import Page
from logbook import nights
from logbook.choices import BodyPart, Role, Sign, SleepState
from logbook.models import Episode, Membership, Night, Subject

NAME = "Bench child"
EPISODES = 10_000
DAYS = 3 * 365


@transaction.atomic
def seed(bench_user) -> list[Page]:
    subject = Subject.objects.filter(created_by=bench_user, display_name=NAME).first()
    if subject is None:
        subject = Subject.objects.create(
            display_name=NAME,
            kind="child",
            birth_year=2023,
            birth_month=1,
            time_zone="Europe/London",
            created_by=bench_user,
        )
        Membership.objects.create(subject=subject, user=bench_user, role=Role.OWNER)
        rng = random.Random(10_000)
        tz = ZoneInfo(subject.time_zone)
        now = timezone.now()
        parts = BodyPart.values
        rows = []
        for _i in range(EPISODES):
            night = (now - dt.timedelta(days=rng.randint(1, DAYS))).astimezone(tz).date()
            minutes = rng.randint(19 * 60, 30 * 60)
            started = dt.datetime.combine(night, dt.time(0), tzinfo=tz) + dt.timedelta(
                minutes=minutes
            )
            rows.append(
                Episode(
                    subject=subject,
                    started_at=started,
                    night_of=nights.night_of(started, tz),
                    duration_seconds=rng.choice([2, 5, 10, 20, 45, 90, 240, None]),
                    sleep_state=rng.choice(SleepState.values),
                    body_parts=rng.sample(parts, k=rng.randint(1, 3)),
                    pattern=rng.choice(["single", "cluster"]),
                    stopped_when_woken=rng.choice(["yes", "no", "not_tried", ""]),
                    signs=[rng.choice(Sign.values)] if rng.random() < 0.05 else [],
                    filmed=rng.random() < 0.1,
                    created_by=bench_user,
                    updated_by=bench_user,
                )
            )
        Episode.objects.bulk_create(rows, batch_size=2000)
        today = nights.night_of(now, tz)
        Night.objects.bulk_create(
            [
                Night(
                    subject=subject,
                    night_of=today - dt.timedelta(days=d),
                    bedtime=nights.local_on_night(today - dt.timedelta(days=d), dt.time(19), tz),
                )
                for d in range(1, 60)
            ]
        )
    elif not Membership.objects.filter(subject=subject, user=bench_user).exists():
        Membership.objects.create(subject=subject, user=bench_user, role=Role.OWNER)
    base = f"/logbook/{subject.pk}/"
    return [
        Page("logbook timeline", base, True),
        Page("logbook charts", base + "charts/", True),
        Page("logbook report", base + "report/", True),
    ]
