"""Contempt for a poster with no swear word in it, by class, and the civil near-misses.

Pure: no database. The classes come from fresh dev rows (dev_inc7.jsonl) the engine had
never seen: stock dismissals, sarcasm about the poster's wits, mocking labels for the
poster or their group, verdicts on their parenting or worth, telling them to leave, and
passive-aggressive pity. Beside them stay allowed: firm disagreement, venting about the
system, self-deprecation, a put-down quoted to complain about it, jokes among friends, a
moderator's reminder and a warm "bless you". Every text here is written for this file.
"""

from __future__ import annotations

import pytest

from forum.moderation.engine import findings_for
from forum.moderation.engine.artefact import default_model


def _incivility_found(text: str) -> bool:
    return any(f.category == "incivility" for f in findings_for(text, model=default_model()))


# ------------------------------------------------------------------ the whole engine


@pytest.mark.parametrize(
    "text",
    [
        "spare us the life story, it's a twitch",
        "are you even a real mum? babies do this",
        "you lot on here are all the same, panic first",
        "go back to facebook where people will agree with you",
    ],
)
def test_contempt_is_held_by_the_engine(text: str) -> None:
    assert _incivility_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm so cross with the hospital, the system is broken and nobody calls back.",
        "Firmly disagree with the magnesium idea, the bloods came back normal for us.",
        "Mod reminder: disagree with the post, not the person. Thanks all.",
        "sweetie you're doing brilliantly, asking is exactly right",
    ],
)
def test_civil_near_misses_stay_allowed_by_the_engine(text: str) -> None:
    assert not _incivility_found(text)
