"""Posts that must go up as they are, and their advice counterparts that must stay held.

Pure: no database. The classes come from the false holds on the dev split (helplines,
reports of one's own doctor's plan, replies sending the reader to their own doctor or
to emergency help, a named insult); every text here is written for this file.
"""

from __future__ import annotations

import pytest

from forum.moderation.engine import Model, evaluate
from forum.moderation.engine.categories import BY_CODE
from forum.moderation.engine.categories.advice_context import clears

# --------------------------------------------------------------------------- helplines


@pytest.mark.parametrize(
    "text",
    [
        "If it's 2am and you can't decide, Healthdirect on 1800 022 222 has nurses all night.",
        "US folks: Poison Control is 1-800-222-1222, keep it on the fridge.",
        "The Pregnancy, Birth and Baby helpline (1800 882 436) talked me down once.",
        "In NZ ring Healthline on 0800 611 116 first, they tell you if it needs ED.",
    ],
)
def test_public_helplines_are_not_contact_details(text: str) -> None:
    assert BY_CODE["contact"].rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Not a helpline, just me, but call me on 0412 555 019 any time.",
        "Healthdirect were useless, text my mobile 0412 555 019 instead.",
        "Skip the nurse line and ring my clinic directly on 0161 496 0555.",
    ],
)
def test_a_members_own_number_beside_a_helpline_is_still_contact(text: str) -> None:
    assert BY_CODE["contact"].rules(text)


# --------------------------------------------------------------------------- advice context


@pytest.mark.parametrize(
    "text",
    [
        "Our neurologist put him on 2 ml of Keppra twice a day in March, fewer jerks since.",
        "Doctor gave my father ropinirole 0.25 mg at night. Is the sickness normal at first?",
        "The paed has her on 1 mg melatonin and wants to review in six weeks.",
        "I'll mention the new twitching to the GP on Friday.",
        "I'd run that past your own GP or pharmacist, they know his weight and history.",
        "Please don't change her dose without talking to her neuro first.",
        "Ring 999 now. Roll him on his side, nothing in his mouth, and time it.",
        "Nuestra pediatra le recetó hierro a mi hijo y ya duerme mejor.",
        "Notre neurologue lui a prescrit de la mélatonine, 2 mg le soir.",
    ],
)
def test_own_plan_deferral_and_emergency_help_clear_advice(text: str) -> None:
    assert clears(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our paed gave ours 2.5 ml of Calpol, give yours the same.",
        "Our neuro put him on Keppra and it worked, ask yours for it.",
        "Ask your GP to put her on clonazepam, ours did and it's a lifesaver.",
        "Tell the neurologist you want gabapentin, don't leave without it.",
        "My GP prescribed magnesium 300 mg. You should try it too.",
        "Our doctor started iron for him. I'd stop the melatonin though.",
        "Mi pediatra le dio melatonina, dale 3 mg a la tuya.",
        "Mon médecin m'a prescrit du magnésium, prenez-en aussi.",
        "Why not try what our GP gave us, 0.5 mg at bedtime?",
        "Our neurologist started him on keppra 250 twice a day. Your son would do well on it.",
        "The doctor prescribed clonidine for our boy. No reason yours can't have it too.",
        "Our paed recommended 400 IU vitamin D daily. Every baby should have that.",
        "Our doctor gave 2.5 ml Calpol at bedtime, worked every time, so just copy that.",
        "Our paed has him on 3 mg melatonin. 3 mg is the sweet spot for that age.",
        "Our GP prescribed melatonin. 1 mg before bed and you'll see the difference.",
    ],
)
def test_advice_beside_an_own_doctor_still_counts(text: str) -> None:
    assert not clears(text)


def test_a_cleared_post_keeps_a_rule_hit() -> None:
    """Clearing drops what only the model found: a dose the rules see is still held."""
    text = "Our GP put him on it. Give him 0.5 mg before bed, trust me."
    assert BY_CODE["dose_advice"].rules(text)
    verdict = evaluate(text, model=None)
    assert "dose_advice" in verdict.categories


def test_the_shipped_model_holds_a_plain_dose_but_not_a_report() -> None:
    from forum.moderation.engine.artefact import default_model

    model: Model | None = default_model()
    if model is None:
        pytest.skip("no shipped model")
    report = "Our neurologist prescribed 1 mg of melatonin for our daughter, she sleeps better."
    assert evaluate(report, model=model).action == "publish"
    advice = "Give your daughter 1 mg of melatonin at bedtime, it works."
    assert evaluate(advice, model=model).action == "hold"


# --------------------------------------------------------------------------- named insults


@pytest.mark.parametrize(
    "text",
    [
        "Calling someone a moron doesn't win the argument.",
        "A man at the surgery called me an idiot for bringing a video. It stung.",
    ],
)
def test_a_named_insult_is_not_incivility(text: str) -> None:
    assert BY_CODE["incivility"].rules(text) == []


def test_an_insult_thrown_is_still_incivility() -> None:
    assert BY_CODE["incivility"].rules("Honestly you're an idiot for listening to them.")
