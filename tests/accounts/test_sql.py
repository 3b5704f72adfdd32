"""accounts.sql: a query compiled once with stand-ins runs with the real values."""

import pytest

from accounts.models import User
from accounts.sql import CompiledQuery
from tests.factories import UserFactory


def _by_ids(count: int) -> CompiledQuery:
    stand_ins = {i: -10 - i for i in range(count)} | {"active": -1}
    query = (
        User.objects.filter(pk__in=[stand_ins[i] for i in range(count)])
        .exclude(pk=stand_ins["active"])
        .order_by("pk")
        .values_list("handle", flat=True)
    )
    return CompiledQuery.of(query, stand_ins)


def test_rows_take_the_real_values_in_the_stand_ins_places(db):
    ann, bob, cat = (UserFactory(handle=n) for n in "abc")
    compiled = _by_ids(2)
    assert compiled.rows({0: ann.pk, 1: cat.pk, "active": 0}) == [("a",), ("c",)]
    # The same compiled SQL again, with other values: nothing of the first run stays.
    assert compiled.rows({0: bob.pk, 1: cat.pk, "active": cat.pk}) == [("b",)]


def test_a_stand_in_the_query_never_uses_is_an_error(db):
    query = User.objects.filter(pk=-1).values_list("pk", flat=True)
    with pytest.raises(ValueError, match="not in the query"):
        CompiledQuery.of(query, {"user": -1, "other": -2})


def test_a_flag_equal_to_a_stand_in_is_left_alone(db):
    """True == 1 in Python; a boolean parameter must not become the slot of 1."""
    user = UserFactory(handle="flag", is_active=True)
    query = User.objects.filter(pk=1, is_active=True).values_list("handle", flat=True)
    compiled = CompiledQuery.of(query, {"user": 1})
    assert compiled.rows({"user": user.pk}) == [("flag",)]
