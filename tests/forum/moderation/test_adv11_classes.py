"""Classes of individual advice written away from the rules (dev_adv11), and their near-misses.

Pure: no database, no model. The classes come from the advice misses and false holds on
dev_adv11 (Irish, Scottish, Nigerian, South African, Singaporean and Canadian voices, older
writers, one-line replies, orders about an adult partner) and on dev_adv9: the medicine as the
whole short answer ("defo the magnesium lol", "melatonin. trust."); orders passed on through the
partner ("get him to drop the zopiclone", "tell her to take it earlier"); the sleeping tablets and
antidepressants adults take; a remedy drunk, a doctor asked to trial a drug, a partner's drink cut,
a recipe closed by its promise, a medicine that "has to go", the doctor told to give a drug,
feeds scheduled and a diet for the reader; a dose carried over ("it'll work for yours too") and a
count at night with a remedy the lists do not know; verdicts with the certainty after the
medicine, the cause with the habit that proves it, Singlish "confirm is", a dropped subject ("Is
anaemia."), a check waved away after "not a seizure". Beside them the near-misses: reports of
the doctor's order in a bare present, "ask for it" when "it" is a test, own experience "for
ours", waiting for a result, a test suggested, the writer's own caution, "your neuro would be the
one to say", questions after the other member's child and general information about a
condition. Every text here is written for this file (none is a dev row).
"""

from __future__ import annotations

import pytest

from forum.moderation.engine.categories import advice_context

from .categories.rules import advice


@pytest.mark.parametrize(
    "text",
    [
        "wait for the bloods, that's what they're for",
        "defo magnesium for us, melatonin made her hyper, but every child's different",
        "Has anyone split the gummies? Our GP okayed 2 mg but they only come in 5",
        "your dad should get his ferritin tested first, that was the answer for mine",
        "I'd want to check with the pharmacist before giving him a supplement twice a day",
        "what time does she have her melatonin? ours is at 6",
        "iron very low, GP gave drops for 3 months. now ok already",
        "I'd get on to the surgery tomorrow, they can look at his tablets",
        "Same with mine at 6. PD say ok, give it time",
        "I'm 68 and since starting tramadol I twitch all night. Should I stop it?",
        "I'd be on the phone to the surgery today, don't wait if you're both not sleeping",
        "Growing pains are very common in school age kids. Keep a diary of bad nights for the GP",
        "the health visitor will want to see her weight chart, it's worth taking",
        (
            "Iron does get used for restless legs, so it's not crazy that you noticed. His neuro "
            "would be the one to say if it fits."
        ),
    ],
)
def test_own_context_clears(text):
    assert not advice(text), text
    assert advice_context.clears(text), text
