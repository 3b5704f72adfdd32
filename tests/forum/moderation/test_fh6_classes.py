"""False holds and false banners on allowed posts, by class, and the violations beside them.

Pure: no database. The classes come from fresh dev rows (dev_fh6.jsonl) the engine had
never seen: the writer's own story or a kind word that the model read as advice or
incivility, a relative's own clinician, a reply sending the reader to their GP or to
emergency help, "for what it's worth" and "it's got me googling" before a condition, red
flags named in guidance or a list, and a post that says all is well. The context rules
clear only what the model alone found; real advice, contempt and emergencies stay.
Every text here is written for this file.
"""

from __future__ import annotations

import pytest

from forum.moderation.engine import evaluate
from forum.moderation.engine.artefact import default_model
from forum.moderation.engine.categories import BY_CODE
from forum.moderation.engine.categories import emergency as emergency_category

from .categories.rules import EMERGENCY

# --------------------------------------------------------------------------- emergency


@pytest.mark.parametrize(
    "text",
    [
        (
            "Admin note: if you're ever worried about someone turning blue or not waking, call "
            "your local emergency number, then post here later."
        ),
        (
            "The leaflet from the ward was helpful. In short: colour change, not waking up "
            "properly, jerking that won't stop after five minutes."
        ),
        (
            "She printed us a list of danger signs, like going floppy or not waking, and said to "
            "ring 999 if we ever saw them. We never have, thankfully."
        ),
    ],
)
def test_red_flags_in_guidance_and_lists_are_no_event(text: str) -> None:
    assert EMERGENCY(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "No temperature, no rash, no stiff neck, he's just twitchy dropping off like always.",
        "After the jerks she's talking normally, both arms working, doctor has seen her.",
        "I had a nightmare that he stopped breathing in his cot. He's totally fine, snoring away.",
    ],
)
def test_a_reassured_post_clears_the_models_doubt(text: str) -> None:
    assert emergency_category.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        "He's not waking properly and his lips look grey, what do I do",
        (
            "Gran has been drooling from one side since this morning, says she's fine but the "
            "left side of her mouth is hanging."
        ),
        "If he's still fitting in two minutes I'm calling 999, it's been four already.",
    ],
)
def test_emergencies_beside_reassurance_or_conditions_keep_the_banner(text: str) -> None:
    assert evaluate(text, model=default_model()).urgent


@pytest.mark.parametrize(
    "text",
    [
        "he's been jerking on his left side for ten minutes and isn't answering me",
        "my baby has gone floppy and grey and won't wake up",
    ],
)
def test_red_flags_happening_now_are_still_found(text: str) -> None:
    assert EMERGENCY(text)


@pytest.mark.parametrize(
    "text",
    [
        "Did anyone's little one grow out of it before school? Ours is 3.",
        "My nephew grew out of it at about four, so there's hope.",
    ],
)
def test_growing_out_of_it_is_no_new_sign(text: str) -> None:
    assert EMERGENCY(text) == []


# --------------------------------------------------------------------------- spam

SPAM_CLEARS = BY_CODE["spam"].clears
