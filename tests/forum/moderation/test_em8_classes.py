"""Emergency classes from dev_em8 (see em8_cases.py): certain from the rules alone, and
their near-misses with no banner at all."""

from __future__ import annotations

import pytest

from forum.moderation.engine.categories.emergency import assess
from forum.moderation.engine.categories.emergency.thread import assess_update

from .em8_cases import EMERGENCIES, NEAR_MISSES, THREAD_UPDATES

# An injury is a weak red flag on its own: the banner (a doubtful finding) is enough.
_INJURY = ("angle", "wrong way")


@pytest.mark.parametrize("text", EMERGENCIES)
def test_em8_emergencies_get_the_banner(text: str) -> None:
    certain, doubt = assess(text)
    if any(word in text for word in _INJURY):
        assert certain or doubt
    else:
        assert certain


@pytest.mark.parametrize(("earlier", "update"), THREAD_UPDATES)
def test_em8_thread_updates_are_certain(earlier: list[str], update: str) -> None:
    certain, _doubt = assess_update(update, earlier)
    assert certain or assess(update)[0]


# Updates that must give nothing: jerks told earlier as a habit, then a long cluster that
# still wakes, or a count of nights.
QUIET_UPDATES = [
    (
        ["our 2 year old gets jerks most nights as she drops off, the GP says benign"],
        "tonight it's been 15 mins of them but she wakes and smiles when I go in",
    ),
    (["he has jerks as he falls asleep, filmed them for the neuro"], "and a third night in a row"),
]


@pytest.mark.parametrize(("earlier", "update"), QUIET_UPDATES)
def test_em8_quiet_updates_get_no_banner(earlier: list[str], update: str) -> None:
    certain, doubt = assess_update(update, earlier)
    assert not certain
    assert not doubt
    assert assess(update) == ((), ())


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_em8_near_misses_get_no_banner(text: str) -> None:
    certain, doubt = assess(text)
    assert not certain
    assert not doubt
