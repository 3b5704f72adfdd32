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


@pytest.mark.parametrize(
    "text",
    [
        "My sister told me 'learn to spell' when I was 9 and I've never forgotten it.",
        "Learning to read his cues took me months, be patient with yourself.",
        "Keeping a diary isn't rocket science but it really helped us.",
        "Our health visitor said stop the feeds before bed and see if it helps.",
        "No wonder the GP wanted a video, it's so hard to describe.",
        "It's on you to decide in the end, you know her best.",
    ],
)
def test_near_misses_of_the_new_put_downs_have_no_doubt(text: str) -> None:
    assert incivility.doubt(text) == []


# ------------------------------------------------------ incivility: venting and civil words


@pytest.mark.parametrize(
    "text",
    [
        "This blasted condition has us all up at 3am again. Sorry, I just needed to vent.",
        "The waiting times in this country are ridiculous, eight months for an EEG.",
        "Please ignore the nasty replies above, you are a brilliant dad.",
        "You're not a fool, you're a worried mum, and that's allowed.",
        "Reported. Nobody should be selling pills in here.",
        "I'm the queen of catastrophising, I had her in A&E for a hiccup once.",
        "Bless your heart for sitting up with her all week, you're a saint.",
        "Our paediatrician is useless, four months and still no referral letter.",
        'My aunt keeps saying "we never made such a fuss in my day". Drives me up the wall.',
        "I'm not having a go at anyone, I just worry the tip above might frighten people.",
        "You lot have been brilliant, I don't know how I'd have coped this year.",
        "You're definitely not overreacting, asking was the right call.",
        "Don't share your mobile here, folks. Stay safe.",
    ],
)
def test_venting_and_civil_replies_clear(text: str) -> None:
    assert incivility.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        "This condition is nothing, parents like you make it sound like the end of the world.",
        "The waiting lists are long because some people book for every twitch. Pathetic.",
        "Typical mums, the NHS waiting list is full of your whining.",
        "No offence but you seem a bit dim.",
        "The parent is the problem here, the GP just won't say it.",
    ],
)
def test_contempt_beside_the_condition_does_not_clear(text: str) -> None:
    assert not incivility.clears(text)


# ------------------------------------ incivility: only put-downs aimed at the reader hold alone


@pytest.mark.parametrize(
    "text",
    [
        "I know it's a first world problem, but his kicking keeps me up all night.",
        "My lad gets a medal if he sleeps past six, lol.",
        "Whatever helps you sleep, honestly: earplugs, a fan, the spare room.",
    ],
)
def test_put_downs_writers_also_say_of_themselves_have_no_doubt(text: str) -> None:
    assert incivility.doubt(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Reading is hard when you've slept four hours, I went over the letter five times.",
        "The truth hurts, we should have asked for the referral much sooner.",
        "Told you so, said my nan, when the GP agreed it was just sleep starts.",
        "Spare me the speech, I told myself, and rang the surgery.",
    ],
)
def test_put_downs_the_writer_aims_at_themselves_are_no_rule_hit(text: str) -> None:
    assert incivility.rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Whatever helps you sleep at night.",
        "Reading is hard for some, clearly.",
        "Truth hurts, doesn't it.",
    ],
)
def test_the_same_put_downs_aimed_at_the_reader_still_hit(text: str) -> None:
    assert incivility.rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "The fact that you came back to tell us says a lot about how caring you are.",
        "Next week: how to get through the EEG, I'll let you all know.",
        "Some mums shouldn't have to fight this hard for a referral.",
    ],
)
def test_warm_or_venting_near_misses_of_the_put_downs_have_no_doubt(text: str) -> None:
    assert incivility.doubt(text) == []
