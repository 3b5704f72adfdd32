import pytest

from tests.conftest import staff_client, staff_log_in
from tests.factories import UserFactory

from .factories import ArticleFactory, PublishedArticleFactory


@pytest.fixture
def editor(db):
    return staff_client(UserFactory(groups=["Editor"])).staff_user


@pytest.fixture
def reviewer(db):
    return staff_client(UserFactory(groups=["Medical reviewer"])).staff_user


@pytest.fixture
def editor_client(client, editor):
    staff_log_in(client, editor)
    return client


@pytest.fixture
def reviewer_client(client, reviewer):
    staff_log_in(client, reviewer)
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
