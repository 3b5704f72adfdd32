"""Classes of individual advice written away from the rules (dev_adv8), and their near-misses.

Pure: no database, no model. The classes come from the advice misses on dev_adv8: verdicts with
the certainty after the condition ("sleep anxiety, definitely", "is RBD, that's exactly what it
is", "she's having seizures i reckon"), by comparison ("yours is too"), the cause told as "it"
("its the melatonin causing it", "it is due to low B12", "that's your lamotrigine", "he'll be low
in magnesium"); directives without "you" (a recipe closed by "job done" / "sorted" / "that's it",
"do that for a couple of weeks", feeds, drinks and screens cut, foods given as remedies), the
reader's doctor asked in a question ("would his GP not put him on..."), "she should be on...",
an order aimed with "it" at the medicine named before it ("... ask about it"), permission that is
an order ("you can ask doctor for..."); doses in words ("a couple of Nytol", "a spoon a day", "an
iron pill every other day", "double whatever they prescribe", "make it 3", "in the morning not
at night"). Beside them the context that clears the writer's own question ("... Any ideas?"),
their own doctor's "did the same", and "you'll get there". Every text here is written for this
file (none is a dev row).
"""

from __future__ import annotations

import pytest

from forum.moderation.engine.categories import advice_context

from .categories.rules import advice


@pytest.mark.parametrize(
    "text",
    [
        (
            "Our 5 week old jerks all through his naps and we stopped swaddling because he hated "
            "it. Any ideas?"
        ),
        "yes! our GP did the same, and my son's ferritin was 12. it took ages but it helped",
        (
            "my mum had it after her hip op, it stopped once she finished the painkillers. you'll "
            "get there"
        ),
    ],
)
def test_own_context_clears(text):
    assert not advice(text), text
    assert advice_context.clears(text), text


def test_own_question_with_an_order_does_not_clear():
    assert not advice_context.clears("Stop the swaddling tonight. Anyone else tried that?")
