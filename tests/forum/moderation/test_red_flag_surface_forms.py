"""Red flags told in everyday words (the classes issue 11 lists), and their near-misses.

Pure: the concept and context layers only, no model and no database.
"""

from __future__ import annotations

import pytest

from forum.moderation.engine.categories.emergency import assess


@pytest.mark.parametrize(
    "text",
    [
        # fever in Fahrenheit or as a decimal, with a neck that hurts to move
        "Temp is 103 and she cries when I tip her head forward to put her top on",
        "He's at 39.4 and he whimpers every time his neck moves, what do I do",
        # spots that stay when pressed, with a fever
        "She has a fever and tiny dots on her arms that don't fade when I press them",
        # unusually drowsy with a fever
        "Our boy is burning up and so drowsy he won't stay with us for more than a minute",
        # a first seizure told with "first time ever" and no alarm word
        "First time ever, my daughter went stiff and her arms are jerking right now",
        "My son is having a seizure, first one ever, it's been four minutes",
        # a knock on the head told further along, then a new sign
        "She cracked the back of her head on the tap an hour ago and has been sick twice since",
    ],
)
def test_red_flags_in_everyday_words_show_the_banner(text: str) -> None:
    certain, doubt = assess(text)
    assert certain or doubt


@pytest.mark.parametrize(
    "text",
    [
        "He's so sleepy in the mornings since the clocks changed, is that the jerks?",
        "The bath water was really hot so we let it cool, then she went down fine",
        "Last year she had a fever of 39 and a rash, the GP checked her and she was fine",
        "I keep dreaming that his neck is stiff and he has a rash, it's my anxiety",
    ],
)
def test_their_near_misses_do_not(text: str) -> None:
    certain, doubt = assess(text)
    assert not certain
    assert not doubt
