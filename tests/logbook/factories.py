"""Factories of the logbook's models."""

import datetime as dt

import factory
from django.utils import timezone

from logbook import nights
from logbook.choices import Role
from logbook.models import Episode, Membership, Subject
from tests.factories import UserFactory


class SubjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Subject

    display_name = factory.Sequence(lambda n: f"Child {n}")
    kind = "child"
    birth_year = 2025
    birth_month = 6
    time_zone = "Europe/London"
    created_by = factory.SubFactory(UserFactory)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    subject = factory.SubFactory(SubjectFactory)
    user = factory.SubFactory(UserFactory)
    role = Role.OWNER


class EpisodeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Episode

    subject = factory.SubFactory(SubjectFactory)
    started_at = factory.LazyFunction(lambda: timezone.now() - dt.timedelta(hours=1))
    night_of = factory.LazyAttribute(lambda o: nights.night_of(o.started_at, o.subject.time_zone))
    duration_seconds = 10
    sleep_state = "asleep"
    body_parts = factory.LazyFunction(lambda: ["arms"])
    stopped_when_woken = "yes"
    created_by = factory.LazyAttribute(lambda o: o.subject.created_by)
    updated_by = factory.LazyAttribute(lambda o: o.created_by)
