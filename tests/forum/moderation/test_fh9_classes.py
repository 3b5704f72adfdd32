"""False holds and false banners of the fh9 round, by class, with the violations beside them.

Pure: no database. The classes come from the fresh dev files dev_adv9, dev_em9 and dev_inc9
(written by people who never saw the rules): a parent's own fear about their own child ("I'm
scared it's epilepsy"), their own condition, a medicine mentioned to the doctor only so they
know of it, replies that send the reader to emergency help with first aid while they wait,
red-flag lists in replies, a number alone as the reply, words shouted in a dream, an old scare
the ambulance crew checked, thrashing about told as "flopping round", a rude remark quoted to
complain about it, civil replies the model read as contempt, a moderator's reminder against
adverts, and a short kind word with few English function words. Every text is written for this
file (none is a dev row).
"""

from __future__ import annotations

import pytest

from forum.moderation.engine.categories import emergency as emergency_category

# ------------------------------------------------- emergency: replies, lists, dreams, the past


def _flagged(text: str) -> bool:
    return bool(emergency_category.rules(text) or emergency_category.doubt(text))


@pytest.mark.parametrize(
    "text",
    [
        # a list of when to ring, opened by where to go or closed by "everything else"
        (
            "999: lips going blue, floppy, not breathing right, or you can't rouse her. Anything "
            "else, phone the out of hours line."
        ),
        (
            "Good plan. Can't wake him, grey colour, a fit past five minutes. Everything else, "
            "call his dad."
        ),
        # the number alone, or "bring him to A&E", opens a reply with the reasons for going
        "112. Straight away. Tell them one fit after another and no waking in between.",
        "Bring her to A&E now or ring 999. A hand that won't grip after a bang needs looking at.",
        # words shouted in a dream or in sleep talk
        (
            "Funny now, but my wife shouted 'the baby's gone blue' at 3am and sat bolt upright. "
            "Baby was snoring away next door. She'd been dreaming again."
        ),
        # an old scare the ambulance crew checked
        (
            "Tonight's cluster looks like her usual, pink and stirring when I touch her. Last time "
            "she went floppy after one it turned out she was asleep, the ambos checked her over."
        ),
        # thrashing about is no floppiness
        "Three wines at my sister's and I was flopping round the bed all night, anyone else?",
    ],
)
def test_guidance_replies_dreams_and_past_scares_raise_no_red_flag(text: str) -> None:
    assert not _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # shouted, with no dream in the post; "before she came round" is no recovery
        "I screamed he's not breathing, he's blue and floppy, the ambulance is coming",
        "Another fit started before she came round, it's been 8 minutes now",
        "He's gone floppy and I can't wake him, help",
    ],
)
def test_emergencies_beside_those_classes_still_hit(text: str) -> None:
    assert emergency_category.rules(text)


def test_a_reply_sending_the_reader_to_emergency_help_clears_the_model_only_banner() -> None:
    text = "You're right to worry. Please ring 999 now and tell them his left arm is weak."
    assert emergency_category.clears(text)
    assert not emergency_category.clears("I'm ringing 999 now, his left arm is weak and still")


# ------------------------------------------------- spam: a moderator's reminder, a short kind word


def test_a_stiff_neck_with_no_fever_clears_the_model_only_banner() -> None:
    text = (
        "Our 9yo has a stiff neck this morning and can't twist her neck to the right. She fell "
        "asleep on the beanbag. No fever, no rash, eating breakfast fine. Pillow or jerks?"
    )
    assert emergency_category.clears(text)
    assert not emergency_category.clears(
        "Stiff neck and can't turn her head, no temperature but she is vomiting and drowsy"
    )
