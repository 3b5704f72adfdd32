import pytest

from tests.conftest import activate_totp
from tests.factories import UserFactory

from .factories import ArticleFactory, PublishedArticleFactory


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Every test here makes several users: hash their test password cheaply."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def editor(db):
    user = UserFactory(groups=["Editor"])
    activate_totp(user)
    return user


@pytest.fixture
def reviewer(db):
    user = UserFactory(groups=["Medical reviewer"])
    activate_totp(user)
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def reviewer_client(client, reviewer):
    client.force_login(reviewer)
    return client


@pytest.fixture
def draft(editor):
    return ArticleFactory(author=editor)


@pytest.fixture
def published(editor, reviewer):
    return PublishedArticleFactory(author=editor, reviewer=reviewer)


SOURCES = "nhs | Hypnic jerks | NHS | 2024 | https://www.nhs.uk/ | "


def article_form_data(**overrides):
    data = {
        "slug": "sleep-starts",
        "title": "Sleep starts",
        "summary": "What sleep starts are.",
        "key_points": "One\nTwo",
        "tags": "basics, adults",
        "audience": "Adults",
        "body": "## What they are\n\nA jerk at sleep onset [^nhs].\n",
        "sources": SOURCES,
    }
    data.update(overrides)
    return data
