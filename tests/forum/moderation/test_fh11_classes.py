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
from forum.moderation.engine.categories import incivility


def _found(text: str, code: str) -> bool:
    return any(f.category == code for f in findings_for(text, model=default_model()))


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
