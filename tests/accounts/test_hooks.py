"""The one hook registry: every app's hooks are there, in order, and tests can add one."""

import pytest

from accounts import hooks


def test_each_app_fills_its_hook_points():
    keys = {point: [h.key for h in hooks.hooks(point)] for point in hooks.HOOK_POINTS}
    seeders = keys[hooks.DEMO_SEED]
    assert seeders[0] == "accounts"  # everyone else's demo content needs its users
    assert seeders[-1] == "articles"  # articles open forum threads
    assert sorted(seeders[1:3]) == ["forum", "logbook"]
    assert seeders[3] == "moderation"
    assert sorted(keys[hooks.DATA_EXPORT]) == ["account", "articles", "forum", "logbook"]
    assert sorted(keys[hooks.USER_DELETING]) == ["forum", "logbook", "moderation"]
    assert sorted(keys[hooks.SEARCH_SOURCE]) == ["articles", "forum"]
    assert keys[hooks.RELATED_READING] == ["articles"]
    assert keys[hooks.TEXT_CHECK] == ["forum"]
    assert keys[hooks.DELETION_WARNING] == ["logbook"]
    assert keys[hooks.LOGIN_LANDING] == ["logbook"]
    assert keys[hooks.REPORT_SECTION] == ["videos"]
    assert keys[hooks.EPISODE_SECTION] == ["videos"]


def test_register_temporarily_adds_then_removes_and_keeps_order():
    def first(text, limit):
        return []

    with hooks.register_temporarily(hooks.RELATED_READING, first, key="first", order=0):
        assert [h.key for h in hooks.hooks(hooks.RELATED_READING)] == ["first", "articles"]
    assert [h.key for h in hooks.hooks(hooks.RELATED_READING)] == ["articles"]


def test_registering_again_replaces_and_unknown_points_fail():
    before = hooks.values(hooks.TEXT_CHECK)
    existing = hooks.hooks(hooks.TEXT_CHECK)[0]
    hooks.register(hooks.TEXT_CHECK, existing.value, key=existing.key, order=existing.order)
    assert hooks.values(hooks.TEXT_CHECK) == before
    with pytest.raises(KeyError):
        hooks.register("no-such-point", print)
