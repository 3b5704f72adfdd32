"""100 members for the mixed load (bench/mixed.py): each with a verified email, a
session, and a small logbook of their own (60 episodes over two months).

Idempotent. Writes var/bench/members.json (cookies, logbook ids, thread ids to
read and reply to) for locust; measures no page of its own.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from zoneinfo import ZoneInfo

from bench.harness import Page

MEMBERS = 100
EPISODES_EACH = 60
OUT = Path(__file__).resolve().parents[2] / "var" / "bench" / "members.json"


def _member(i: int):
    from allauth.account.models import EmailAddress

    from accounts.models import User

    email = f"bench-member-{i}@example.org"
    user = User.objects.filter(email=email).first() or User.objects.create_user(
        email=email, password=None, handle=f"bench_member_{i}"
    )
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def _logbook(user, rng: random.Random):
    from django.utils import timezone

    from logbook import nights
    from logbook.choices import BodyPart, Role, SleepState
    from logbook.models import Episode, Membership, Subject

    subject = Subject.objects.filter(created_by=user).first()
    if subject is not None:
        return subject
    subject = Subject.objects.create(
        display_name="My child",
        kind="child",
        birth_year=2022,
        birth_month=5,
        time_zone="Europe/London",
        created_by=user,
    )
    Membership.objects.create(subject=subject, user=user, role=Role.OWNER)
    tz = ZoneInfo(subject.time_zone)
    now = timezone.now()
    rows = []
    for _ in range(EPISODES_EACH):
        started = now - dt.timedelta(days=rng.randint(1, 60), minutes=rng.randint(0, 600))
        rows.append(
            Episode(
                subject=subject,
                started_at=started,
                night_of=nights.night_of(started, tz),
                duration_seconds=rng.choice([2, 5, 10, 30]),
                sleep_state=rng.choice(SleepState.values),
                body_parts=rng.sample(BodyPart.values, k=2),
                pattern="single",
                created_by=user,
                updated_by=user,
            )
        )
    Episode.objects.bulk_create(rows)
    return subject


def seed(bench_user) -> list[Page]:
    from django.db import transaction

    from bench.harness import session_cookie_for
    from forum.models import Thread

    rng = random.Random(MEMBERS)
    members = []
    with transaction.atomic():
        for i in range(MEMBERS):
            user = _member(i)
            subject = _logbook(user, rng)
            members.append({"cookie": session_cookie_for(user), "logbook": subject.pk})
    threads = list(
        Thread.objects.published()
        .filter(category__slug="living-with-it")
        .order_by("-last_activity_at")
        .values_list("pk", "post_count")[:200]
    )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"members": members, "threads": threads}))
    return []
