import pytest

from tests.factories import UserFactory

from . import factories


@pytest.fixture
def asker(db):
    return UserFactory(handle="worried_parent")


@pytest.fixture
def helper_user(db):
    return UserFactory(handle="kind_helper")


@pytest.fixture
def thread(asker):
    return factories.thread(asker)


@pytest.fixture
def asker_client(client, asker):
    client.force_login(asker)
    return client
