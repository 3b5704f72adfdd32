"""Duplicates: a repost of one of the author's recent posts (bumped, reworded, its
words moved), and the different posts and short thanks that are none.

Pure: no database, no model (the engine's rule layer, which gives the duplicate check the
author's recent posts).
"""

from __future__ import annotations

import pytest

from forum.moderation.engine import findings_for
from forum.moderation.engine.categories.duplicate import near_copy

from .rules import MESSAGES


@pytest.mark.parametrize(
    ("text", "recent", "is_duplicate"),
    [
        (
            "Did anyone ever find out what it was? We are going through the same with our girl.",
            ["did anyone ever find out what it was?? we're going through the same with our girl"],
            True,
        ),
        (
            "We have our sleep study on Tuesday. Any tips for a toddler with the sensors on?",
            ["We have our EEG on Monday. Any tips for keeping a 1 year old still?"],
            False,
        ),
        ("Thank you!", ["Thank you!"], False),  # too short to call a repeat
        ("A long enough post about jerks at night.", [], False),
    ],
)
def test_duplicate(text: str, recent: list[str], is_duplicate: bool) -> None:
    findings = [f for f in findings_for(text, recent_texts=recent) if f.category == "duplicate"]
    assert bool(findings) is is_duplicate
    if is_duplicate:
        assert findings[0].spans == ((0, len(text)),)
        assert findings[0].message == MESSAGES["duplicate"]


def test_a_repost_with_a_line_added_is_still_a_duplicate() -> None:
    first = "Has anyone's baby had the jerks only in the car seat when dozing? Never in the cot."
    again = first + " Sorry, bumping"
    assert near_copy(again, [first]) == [(0, len(again))]
    assert near_copy("Totally different question about EEG leads and glue.", [first]) == []


def test_a_repost_with_words_moved_is_a_copy_but_a_different_post_is_not() -> None:
    first = "Has anyone tried a weighted blanket for the night jerks? Ours hates it so far."
    moved = "Ours hates it so far, has anyone tried a weighted blanket for the night jerks"
    other = "We saw the neurologist on Tuesday and she was lovely, no changes for now."
    assert near_copy(moved, [first]) == [(0, len(moved))]
    assert near_copy(other, [first]) == []
