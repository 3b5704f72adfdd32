"""Classes of individual advice the rules used to miss, and the near-misses beside them.

Pure: no database. The classes come from the advice misses on the dev split: advice asked
as a question, a change aimed at "it"/"them", brand names with a count, directives in
other languages, verdicts without "sounds like", a check waved away, diet and sleep
regimens for someone else's child, a story that ends "do as we did". Every text here is
written for this file.
"""

from __future__ import annotations

import pytest

from .categories.rules import advice


@pytest.mark.parametrize(
    "text",
    [
        # questions about one's own child, or asking others about their experience
        "Has anyone tried magnesium for their own kid?",
        "Give more melatonin? or wait for the neuro?",
        "Should I stop the iron? I'll ask the GP tomorrow.",
        "Have you tried filming it for the doctor?",
        "Have you tried asking your GP for a referral?",
        "Why not ask your pharmacist whether the antihistamine could do that?",
        # one's own doctor's plan or verdict, reported
        "Our GP took her off the Zyrtec and the jerks eased.",
        "We switched him to lactose free milk on the dietitian's advice.",
        "Our paed said it's just teething and nothing else, thankfully.",
        "The doctor said no need to see the neurologist unless it changes.",
        "Notre pédiatre lui a prescrit de la mélatonine.",
        "Mi pediatra dijo que le diéramos hierro.",
        "He rang, and the GP wants him to keep taking it and not stop it suddenly.",
        # own routine, general information, first aid, kind words
        "My husband takes two Panadol for his back at night.",
        "Antihistamines are on the list of things that can make jerks worse.",
        "Roll her onto her side and call 999 now.",
        "Don't waste your energy on guilt, it's not your fault.",
        "There's no need to apologise for the long post!",
        "Please don't stop her keppra without talking to her neuro.",
    ],
)
def test_near_misses_stay_clear(text: str) -> None:
    assert not advice(text)
