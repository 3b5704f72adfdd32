"""Contact, incivility and spam classes of the fh11 round, with their near-misses beside them.

Pure: no database. The classes come from dev_fh11 (posts written the way outsiders write them,
in Irish, Scottish, Nigerian, South African, Singaporean, Canadian and older voices): a shop's
address spelled out after "at" read as an email, a moderator's "don't swap numbers" and a named
public line read as contact details, private services touted to the reader, contempt with no
swear word in it (sarcastic idioms, mocking someone's writing, blaming them for crowded clinics,
verdicts on their parenting) that the model scores low, and venting at the condition or the
system read as contempt. Every text is written for this file (none is a dev row).
"""

from __future__ import annotations

import pytest

from forum.moderation.engine import findings_for
from forum.moderation.engine.artefact import default_model
from forum.moderation.engine.categories import incivility, spam


def _found(text: str, code: str) -> bool:
    return any(f.category == code for f in findings_for(text, model=default_model()))


# ------------------------------------------------------------- spam: private services touted


@pytest.mark.parametrize(
    "text",
    [
        "I run overnight sleep assessments privately, message me for my rates.",
        "Our private paediatric clinic can see her on Saturday, no referral required.",
        "As a sleep consultant I can fit you in privately next week.",
        "The full guide is £15 from quietnights dot co dot uk, worth every penny.",
        "Bored on the night feeds? Earn extra from your phone, no experience needed.",
        "Great side hustle for tired mums, passive income while baby sleeps.",
    ],
)
def test_a_private_service_or_priced_shop_is_spam(text: str) -> None:
    assert spam.rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ring the surgery at 8, they release same-day appointments then.",
        "We paid to see a private neurologist once and then went back to the NHS list.",
        "Our GP couldn't fit him in for a fortnight so we used the walk-in centre.",
        "The prices of these monitors are mad, we just used the phone.",
        "I work from home so I can nap when he naps, which helps.",
    ],
)
def test_private_care_told_as_experience_is_no_spam(text: str) -> None:
    assert spam.rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "We got a cheap video monitor off Amazon in the end and it's been grand.",
        "I bought a weighted sleeping bag second hand, made no difference for us.",
    ],
)
def test_the_writers_own_purchase_clears_spam(text: str) -> None:
    assert spam.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        "I bought the Calm Kids spray and it cured him! Use code CALM10 for a discount.",
        "We got ours from dreamysleep dot com, link in my bio.",
    ],
)
def test_a_purchase_that_sells_does_not_clear_spam(text: str) -> None:
    assert not spam.clears(text)


# ------------------------------------------------------- incivility: put-downs with no swear word


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
