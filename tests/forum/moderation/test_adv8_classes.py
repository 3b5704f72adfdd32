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

from forum.moderation.engine.categories import advice_context, medication_directive

from .categories.rules import DIAGNOSIS, DIRECTIVE, advice


@pytest.mark.parametrize(
    "text",
    [
        # the certainty after the condition, or a tag closing the verdict
        "night terrors, 100%, nothing to do with fits",
        "honestly PLMD, no doubt, my cousin's boy was identical",
        "kicking like that in his sleep is restless legs, that's all it is",
        "from what you've described it's reflux",
        "hes got sleep apnoea i reckon",
        "that sounds viral to me, give it a week",
        # by comparison
        "my girl did the exact same at 3 and it was night terrors, yours is too",
        # the cause told as "it"
        "it's the Phenergan doing it, had the same with my eldest",
        "that's all down to low iron, classic",
        "thats your sertraline, everyone gets those jerks on it",
        "he'll be low on iron, they always are after a growth spurt",
        "she'll be teething only, nothing else",
        "it'll be her iron being low, it nearly always is",
    ],
)
def test_verdicts_without_the_usual_words(text):
    assert DIAGNOSIS(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own, asked, or reported
        "Ours turned out to be night terrors, definitely worse when she was overtired",
        "could it be restless legs? it runs in my family",
        "our paed reckons it's low iron, definitely getting bloods done",
        "I wonder if it's the Phenergan doing it?",
        "We think it's the melatonin causing it, seeing the GP Tuesday",
        "that's her medication, she has it at 7 with her milk",
        "it's weakness on his left side and he can't lift the cup",
        "ours grew out of it by two, hope yours does too",
    ],
)
def test_near_misses_of_verdicts(text):
    assert not DIAGNOSIS(text), text


@pytest.mark.parametrize(
    "text",
    [
        # a recipe closed by its promise
        "no more Benadryl, job done",
        "cut the coffee and a magnesium bath every night. Sorted.",
        "Bed by 7, no screens, warm bath and lavender oil on the pillow. That's it",
        "early bedtime and no milk after tea, do that for a fortnight and you'll see",
        # feeds, drinks and screens cut, foods given as remedies
        "Stop the dream feeds, he's had plenty in the day",
        "ditch the energy drinks and he'll drop off fine",
        "give him warm milk with haldi before sleep",
        # the reader's doctor asked in a question, "should be on", permission as an order
        "couldn't the paed just put her on melatonin?",
        "he should be on the modified release one, not the liquid",
        "madam you can ask doctor for Syp. Valparin",
        # an order with "it" aimed at the medicine named before
        "Clonidine was brilliant for my nephew. Ask the neuro about it.",
        "They never offered iron? I'd be going straight back and asking for it",
        # a dewormer repeated
        "Repeat the albendazole after two weeks",
        # the change named as the answer, the doctor asked with "surely"
        "the answer is stopping the Piriton altogether",
        "best thing is to get him off the cetirizine",
        "Surely his GP would put him on iron if you pushed?",
        # a regimen ordered as a noun phrase, or floated as a question
        "zero sugar for her after school and she'll settle",
        "no screens after six, a bath and bed",
        "have you thought about a weighted blanket for him?",
    ],
)
def test_directives_without_you(text):
    assert DIRECTIVE(text), text


@pytest.mark.parametrize(
    "text",
    [
        "we stopped the Benadryl and that sorted it, touch wood",
        "We cut screens and did a bath every night. That's it really, nothing clever.",
        "we dropped the night feeds at 9 months on the HV's advice",
        "Our neuro mentioned clonidine. I'll ask about it at the review.",
        "The sleep clinic rang, they want to start her on iron in January",
        "his nurse knows his meds best, ask the nurse about that bed rail too",
        "My husband Dale takes magnesium and it's done nothing for him",
        "Would his GP not be the best person to ask?",
        "the fix for us was cutting out the melatonin, it might not be for everyone",
        "what helps me: 1. no coffee after lunch 2. a walk 3. same bedtime",
        "we tried a weighted blanket, have you?",
    ],
)
def test_near_misses_of_directives(text):
    assert not DIRECTIVE(text), text


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


def test_directive_left_to_the_dose_detector_only_when_it_finds_a_dose():
    # "one" beside a medicine word is no dose: the directive stays an uncertain finding
    assert medication_directive.unconfirmed("she should be on the slow release one")
    assert not medication_directive.unconfirmed("get her on the Floradix, 5ml a day")
