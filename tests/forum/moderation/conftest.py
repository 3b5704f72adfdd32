import pytest

from tests.conftest import staff_client, staff_log_in
from tests.factories import UserFactory


@pytest.fixture
def mod(db):
    """A moderator whose session passed MFA (staff powers need it)."""
    return staff_client(UserFactory(handle="mod_on_duty", groups=["Moderator"])).staff_user


@pytest.fixture
def mod_client(client, mod):
    staff_log_in(client, mod)
    return client


@pytest.fixture
def reviewer(db):
    return staff_client(UserFactory(handle="dr_reviewer", groups=["Medical reviewer"])).staff_user


@pytest.fixture
def member(db):
    return UserFactory(handle="plain_member")
