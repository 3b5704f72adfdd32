"""False holds and the violations beside them through the whole engine: what the rules'
context cannot show alone (a cleared post keeps a rule hit) and what the shipped model
must hold or let through. The same classes for the rules alone are in categories/.

No database. The classes come from the false holds and misses on the dev files (dev,
dev_fh6, dev_inc7, dev_fh11); every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from forum.moderation.engine import Model, evaluate, findings_for
from forum.moderation.engine.artefact import default_model
from forum.moderation.engine.categories import BY_CODE, incivility


def _found(text: str, code: str) -> bool:
    return any(f.category == code for f in findings_for(text, model=default_model()))


# --------------------------------------------------------------------- advice


def test_a_cleared_post_keeps_a_rule_hit() -> None:
    """Clearing drops what only the model found: a dose the rules see is still held."""
    text = "Our GP put him on it. Give him 0.5 mg before bed, trust me."
    assert BY_CODE["dose_advice"].rules(text)
    verdict = evaluate(text, model=None)
    assert "dose_advice" in verdict.categories


def test_the_shipped_model_holds_a_plain_dose_but_not_a_report() -> None:
    model: Model | None = default_model()
    if model is None:
        pytest.skip("no shipped model")
    report = "Our neurologist prescribed 1 mg of melatonin for our daughter, she sleeps better."
    assert evaluate(report, model=model).action == "publish"
    advice = "Give your daughter 1 mg of melatonin at bedtime, it works."
    assert evaluate(advice, model=model).action == "hold"


# ------------------------------------------------------------------ emergency


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


# ----------------------------------------------------------------- incivility


@pytest.mark.parametrize(
    "text",
    [
        "A baby moves in her sleep. Alert the media.",
        "Keeping him off fizzy drinks at night. Hardly rocket science.",
        "Learn to spell before telling the rest of us what to do.",
        "If you can't even punctuate a question I don't fancy your chances with the consultant.",
        "Four kids and you still haven't figured out a bedtime? Wow.",
        "Stop mollycoddling the girl and she'll sleep fine.",
        "Maybe someone should've noticed he was falling out of bed a month ago.",
        "The fact that you asked strangers before your own GP says everything.",
        "No wonder the A&E is overrun when people ring 999 over hiccups.",
        "Some mums only want drama, honestly.",
    ],
)
def test_contempt_without_swearing_is_held(text: str) -> None:
    assert incivility.doubt(text), text
    assert _found(text, "incivility")


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
    assert _found(text, "incivility")


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
    assert not _found(text, "incivility")
