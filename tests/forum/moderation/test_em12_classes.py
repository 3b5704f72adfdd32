"""Classes of emergencies missed on the blind training rows of train_b12b, in new wordings.

Pure: the concept, context and thread layers only, no model and no database.
"""

from __future__ import annotations

import pytest

from forum.moderation.engine.categories.emergency import assess
from forum.moderation.engine.categories.emergency.thread import assess_update

EMERGENCIES = [
    # an ongoing red flag is not cleared by an old diagnosis told in the next sentence
    (
        "My daughter 6 weeks is grey in colour and floppy, not feeding since this morning. "
        "Her jerks were diagnosed last month as benign by the paediatrician. Please tell me "
        "what to do"
    ),
    (
        "Baby has been mottled and limp all day and won't take a bottle. The neurologist said "
        "in June the twitches were harmless."
    ),
    # Spanish and French: the child cannot be woken, with the pronoun before the verb, or
    # "hardly wakes"
    "después del temblor no lo puedo despertar bien",
    "depuis la secousse il ne se réveille presque pas quand je le porte",
]

# In a thread of fits, the count alone with its start is an update.
THREAD_UPDATES = [
    (["she's had two fits in twenty minutes and isn't waking up in between"], "third starting"),
    (["his second seizure this hour, he's still not answering me"], "4th just started now"),
]

NEAR_MISSES = [
    # an old, resolved episode and the diagnosis that followed it
    (
        "Last year she went a bit grey after a jerk, we went to A&E and it was all fine. "
        "Diagnosed benign sleep myoclonus since."
    ),
    # "since this morning" about the writer's own worry, with nothing wrong with the child
    "I've been reading about myoclonus since this morning and I'm so relieved it's common",
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_em12_emergencies_are_certain(text: str) -> None:
    certain, _doubt = assess(text)
    assert certain


@pytest.mark.parametrize(("earlier", "update"), THREAD_UPDATES)
def test_em12_the_count_with_its_start_is_an_update(earlier: list[str], update: str) -> None:
    certain, _doubt = assess_update(update, earlier)
    assert certain


def test_em12_the_count_alone_without_a_thread_of_fits_is_no_update() -> None:
    assert assess_update("third starting", ["what cot mattress do you all use?"]) == ([], [])


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_em12_near_misses_get_no_banner(text: str) -> None:
    assert assess(text) == ((), ())
