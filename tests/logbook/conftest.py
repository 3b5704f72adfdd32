"""Fixtures of the logbook tests: one subject with an owner, a caregiver and a viewer."""

import pytest

from logbook.choices import Role
from tests.factories import UserFactory

from .factories import EpisodeFactory, MembershipFactory, SubjectFactory


@pytest.fixture
def owner(db):
    return UserFactory()


@pytest.fixture
def caregiver(db):
    return UserFactory()


@pytest.fixture
def viewer(db):
    return UserFactory()


@pytest.fixture
def stranger(db):
    return UserFactory()


@pytest.fixture
def subject(owner, caregiver, viewer):
    subject = SubjectFactory(created_by=owner)
    MembershipFactory(subject=subject, user=owner, role=Role.OWNER)
    MembershipFactory(subject=subject, user=caregiver, role=Role.CAREGIVER)
    MembershipFactory(subject=subject, user=viewer, role=Role.VIEWER)
    return subject


@pytest.fixture
def episode(subject, owner):
    return EpisodeFactory(subject=subject, created_by=owner)


@pytest.fixture
def caregiver_episode(subject, caregiver):
    return EpisodeFactory(subject=subject, created_by=caregiver)


def login(client, user):
    client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    """Users are created by the dozen here; a slow hasher would dominate the run."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
