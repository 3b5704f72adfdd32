"""Demo content for `make run`: the demo parent's baby logbook with five weeks of entries."""

from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from . import nights
from .choices import Role
from .models import Episode, MedicineEvent, Membership, Night, Subject

DEMO_NAME = "Rosie"
DEMO_WEEKS = 5


def _episode(rng: random.Random, subject: Subject, start: dt.datetime, author) -> Episode:
    cluster = rng.random() < 0.3
    state = rng.choices(["asleep", "falling_asleep", "waking"], weights=[7, 3, 1])[0]
    parts = rng.sample(["arms", "hands", "legs", "feet", "fingers", "torso"], k=rng.randint(1, 3))
    return Episode(
        subject=subject,
        started_at=start,
        night_of=nights.night_of(start, subject.time_zone),
        duration_seconds=rng.choice([2, 3, 5, 8, 12, 20, 30, 45, 60, 90])
        if not cluster
        else rng.choice([60, 120, 240, 420]),
        sleep_state=state,
        body_parts=sorted(parts),
        side=rng.choice(["both", "both", "left", "right"]),
        pattern="cluster" if cluster else "single",
        cluster_count=rng.randint(5, 25) if cluster else None,
        cluster_interval_seconds=rng.choice([10, 15, 20, 60]) if cluster else None,
        intensity=rng.randint(1, 3),
        stopped_when_woken=rng.choices(["yes", "not_tried"], weights=[2, 3])[0],
        woke_up=rng.random() < 0.2,
        responsive="",
        signs=["crying"] if rng.random() < 0.1 else [],
        triggers=["overtired"] if rng.random() < 0.15 else [],
        filmed=rng.random() < 0.12,
        notes="",
        created_by=author,
        updated_by=author,
        created_at=start,
        updated_at=start,
    )


@transaction.atomic
def seed_logbook(write) -> None:
    from accounts.demo_content import demo_user

    parent = demo_user("parent@example.com")
    partner = demo_user("partner@example.com")
    if Subject.objects.filter(created_by=parent, display_name=DEMO_NAME).exists():
        write("  logbook: demo logbook already there")
        return
    tz = ZoneInfo("Europe/London")
    today = timezone.localdate(timezone=tz)
    birth = today - dt.timedelta(days=100)
    subject = Subject.objects.create(
        display_name=DEMO_NAME,
        kind="child",
        birth_year=birth.year,
        birth_month=birth.month,
        time_zone="Europe/London",
        notes="Jerks mostly in the first hours after she falls asleep.",
        created_by=parent,
    )
    Membership.objects.create(subject=subject, user=parent, role=Role.OWNER)
    Membership.objects.create(subject=subject, user=partner, role=Role.CAREGIVER)
    rng = random.Random(2026)  # noqa: S311 - demo data, not security
    episodes = []
    first_night = today - dt.timedelta(days=DEMO_WEEKS * 7)
    for offset in range(DEMO_WEEKS * 7):
        night = first_night + dt.timedelta(days=offset)
        # Fewer episodes as the weeks go by (most babies grow out of it).
        count = max(0, round(rng.gauss(5 - offset / 12, 1.5)))
        for _i in range(count):
            minutes = rng.randint(19 * 60 + 30, 29 * 60)  # 19:30 to 05:00
            local = dt.datetime.combine(night, dt.time(0), tzinfo=tz) + dt.timedelta(
                minutes=minutes
            )
            if local > timezone.now():
                continue
            author = parent if rng.random() < 0.65 else partner
            episodes.append(_episode(rng, subject, local, author))
    # One episode noted while awake, so the "worth telling a doctor" note shows.
    if episodes:
        episodes[len(episodes) // 2].sleep_state = "awake"
    Episode.objects.bulk_create(episodes)
    for back in (2, 3):
        night = today - dt.timedelta(days=back)
        Night.objects.create(
            subject=subject,
            night_of=night,
            bedtime=nights.local_on_night(night, dt.time(19, 15), tz),
            wake_time=nights.local_on_night(night, dt.time(6, 40), tz),
            updated_by=parent,
        )
    MedicineEvent.objects.create(
        subject=subject,
        date=today - dt.timedelta(days=20),
        name="Infant paracetamol",
        change="started",
        note="For a fever, as the GP said",
        created_by=parent,
    )
    MedicineEvent.objects.create(
        subject=subject,
        date=today - dt.timedelta(days=16),
        name="Infant paracetamol",
        change="stopped",
        note="Fever gone",
        created_by=parent,
    )
    write(f"  logbook: {DEMO_NAME}'s logbook with {len(episodes)} episodes (partner logs too)")
