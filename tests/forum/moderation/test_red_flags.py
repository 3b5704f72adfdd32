"""The red-flag concepts and their context layer: pure, no database, no model."""

from __future__ import annotations

import pytest

from forum.moderation.engine.categories.emergency import assess
from forum.moderation.engine.categories.emergency.concepts import find_hits
from forum.moderation.engine.categories.emergency.context import (
    DREAM,
    GENERAL,
    HISTORICAL,
    HYPOTHETICAL,
    NEGATED,
    OTHER,
    classify,
)
from forum.moderation.engine.categories.emergency.tokens import canonical, tokenize


def _context(text: str) -> list[str | None]:
    post = tokenize(text)
    joined = " ".join(s.text for s in post)
    return [
        classify(hit, sentence, post, joined)
        for index, sentence in enumerate(post)
        for hit in find_hits(post, index)
    ]


@pytest.mark.parametrize(
    ("text", "highlight"),
    [
        # Told without alarm words.
        ("he's been twitching on the left for ten minutes and isn't answering me", "twitching"),
        ("since she banged her head at lunch she's been sick twice and is so sleepy", "banged"),
        ("after the jerk his face is drooping on one side and he can't get his words out", "face"),
        ("temperature of 39 and now she can't bend her neck, there are purple spots", "neck"),
        ("my 4 month old is grey and floppy", "grey"),
        ("he's gone rigid then started shaking all over, he's never done this", "never done"),
        # Misspelled, text-speak.
        ("pls help hes not breating properly", "not breating"),
        ("she is unresponsve and her lips r blue", "unresponsve"),
        # Spanish and French.
        ("Mi bebé no respira bien y tiene los labios morados", "no respira"),
        ("Il ne respire plus, ses lèvres sont bleues", "respire"),
        ("Lleva 7 minutos convulsionando y no me mira", "convulsionando"),
    ],
)
def test_red_flags_happening_now_are_certain(text: str, highlight: str) -> None:
    certain, _doubt = assess(text)
    assert certain, text
    assert any(highlight.lower() in text[a:b].lower() for a, b in certain)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("No colour change, he wasn't blue and woke straight away.", NEGATED),
        ("I dreamt she stopped breathing and woke up in a panic.", DREAM),
        ("What if he stops breathing one night?", HYPOTHETICAL),
        ("When should you call an ambulance for a seizure lasting five minutes?", GENERAL),
        (
            (
                "Two years ago he stopped breathing in a seizure; the hospital checked him "
                "and he's been fine since."
            ),
            HISTORICAL,
        ),
        ("My friend's baby stopped breathing last year, it was reflux in the end.", HISTORICAL),
        ("My friend's baby is blue right now and she isn't answering her phone", OTHER),
    ],
)
def test_context_takes_a_red_flag_out_of_now(text: str, context: str) -> None:
    assert context in _context(text)


@pytest.mark.parametrize(
    "text",
    [
        "The jerks won't wake him, he sleeps right through them.",
        "He's not responding to the melatonin at all, so the paed is changing it.",
        "He has clusters of jerks every night, each lasting 5-10 minutes.",
        "The red flags are: not breathing, going blue, a fit over five minutes. That's 999.",
        "Call 911 now, don't wait for replies here.",
    ],
)
def test_everyday_posts_are_not_emergencies(text: str) -> None:
    assert assess(text) == ((), ())


def test_someone_else_now_is_doubt_so_the_banner_shows_without_an_alert() -> None:
    certain, doubt = assess("My sister's baby is floppy and grey right now")
    assert not certain
    assert doubt


def test_misspellings_map_to_the_concept_words_only() -> None:
    assert canonical("breating") == "breathing"
    assert canonical("siezure") == "seizure"
    assert canonical("breakfast") == "breakfast"
    assert canonical("bed") == "bed"


def test_spans_point_into_the_original_text() -> None:
    text = "OMG \u2014 she\u2019s NOT breathing!!"
    certain, _doubt = assess(text)
    assert [text[a:b] for a, b in certain] == ["NOT breathing"]
