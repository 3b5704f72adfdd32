import pytest

from tests.conftest import activate_totp
from tests.factories import UserFactory


@pytest.fixture
def mod(db):
    """A moderator with an authenticator (staff pages need MFA)."""
    user = UserFactory(handle="mod_on_duty", groups=["Moderator"])
    activate_totp(user)
    return user


@pytest.fixture
def mod_client(client, mod):
    client.force_login(mod)
    return client


@pytest.fixture
def reviewer(db):
    user = UserFactory(handle="dr_reviewer", groups=["Medical reviewer"])
    activate_totp(user)
    return user


@pytest.fixture
def member(db):
    return UserFactory(handle="plain_member")
