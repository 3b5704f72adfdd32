"""Classes of individual advice written the way outside members write it, and their near-misses.

Pure: no database, no model. The classes come from the advice misses on dev_adv6 (posts
written in independent voices): a change floated without "you" ("worth dropping him to
1mg?"), a medicine put to their doctor on their behalf ("mention clonazepam to the neuro"),
a medicine endorsed ("yep this, especially the magnesium"), stopping idioms, side sleeping
and scheduled waking, verdicts told as fragments or as causes, counts with a frequency and
doses told as fragments, forms of address before an order. Every text here is written for
this file (none is a dev row).
"""

from __future__ import annotations

import pytest

from forum.moderation.engine.categories import advice_context

from .categories.rules import advice


@pytest.mark.parametrize(
    "text",
    [
        # own experience and own plans
        "It was worth trying the magnesium for us but it did nothing.",
        "I could always stop the melatonin myself, but I'd rather ask the GP first?",
        "We're going to mention clonazepam to our neuro at the review.",
        "I asked our GP about iron and she wants bloods first.",
        "for us the melatonin was the key, but every child is different",
        "we put her on her left side to burp her after feeds",
        # general information and deferral
        "Ask your GP about an iron test, it's a simple blood test.",
        "Classic RLS symptoms include an urge to move the legs in the evening.",
        "Take all his tablets along to the GP appointment so she can check them.",
        "Please don't stop the sertraline to experiment, his psychiatrist has to decide that.",
        # reports of one's own doctor or child
        "Melatonin 3mg since March for her, still jerking.",
        "Our GP started him on iron, one sachet daily, and it's helped.",
        "Our neuro said his jerks are from the keppra.",
        "Are his jerks from the inhaler, does anyone know?",
        "the jerks are from the moment she falls asleep till midnight",
        "Keppra twice a day here too, 5ml.",
        # quoted advice
        "Somebody above wrote give 5 ml instead of 2 ml, please don't.",
    ],
)
def test_near_misses_stay_clear(text: str) -> None:
    assert not advice(text)


@pytest.mark.parametrize(
    ("text", "cleared"),
    [
        # the writer's own story, no medicine, amount or regimen named, nothing ordered
        ("my son jerks so hard he wakes himself up and I don't know what to do", True),
        ("We switched on our allergist's advice and it calmed down, just our story.", True),
        # a treatment the writer tried, told in the past
        ("we cut out dairy and the twitching stopped", True),
        ("We swaddled ours but only because she liked it, didn't change the jerks.", True),
        # their own doctor's words, reported
        ("Our GP said magnesium is fine for him at that age, so that's what he has.", True),
        # a regimen or a directive keeps the finding, and so does an amount
        ("we cut out dairy and the twitching stopped, you should too", False),
        ("I halved mine every other week and it worked, do that", False),
        ("we gave half a Phenergan and she slept", False),
        ("my advice: swaddle her tight", False),
        ("Mi hija hacía lo mismo, ponla boca abajo.", False),
    ],
)
def test_own_story_clears(text: str, cleared: bool) -> None:
    assert advice_context.clears(text) is cleared
