"""Classes of individual advice in outside shapes (dev_adv7), and their near-misses.

Pure: no database, no model. The classes come from the advice misses on dev_adv7: a reproach
asked as a question ("why are you still giving her the Atarax?"), "in your place" in other
languages, Hindi word order ("Benadryl syrup mat do"), Tagalog and Portuguese orders and
Tagalog verdicts, an amount changed without a number ("halve it", "double his ropinirole"),
fractions without an article ("a quarter teaspoon"), a cause asserted ("it'll be the iron"),
advisory preambles ("if she was mine I'd...", "what I'd say now ... is get some..."), list
items, suggestion questions ("have you not considered...", "don't you think it's time to..."),
a medicine said to be needed, and remedies and brands named by outside members. Every text
here is written for this file (none is a dev row).
"""

from __future__ import annotations

import pytest

from forum.moderation.engine.categories import advice_context

from .categories.rules import advice


@pytest.mark.parametrize(
    "text",
    [
        # reproaches that report a doctor, or ask about the writer's own child
        "Why is she still on the melatonin when the paed said it was only for a month?",
        "Why is my son still on keppra? I'll ask our neuro tomorrow.",
        "Why is he still on melatonin if it was meant for a month? I'm asking our neuro on Friday.",
        # "in your place" that sends to the doctor
        "À votre place j'en parlerais au pédiatre",
        "An deiner Stelle würde ich zum Kinderarzt gehen",
        "je ne changerais rien sans le pédiatre",
        "Notre pédiatre lui a donné de la mélatonine, ça l'aide",
        "yo no le daría nada sin hablar con la pediatra",
        "Koi bhi medicine band mat karo bina doctor se puche",
        # amounts the writer's own doctor changed, or the writer asks about
        "We halved it ourselves last year, with the neuro's OK",
        "My wife's consultant doubled her ropinirole last month.",
        "Should I halve it or stop it? I'll ask the GP.",
        # causes and "it'll be" that are no verdict
        "It'll be the weekend before the neuro calls back",
        "Definitely the hardest part is the waiting, hang in there.",
        "It'll be the iron levels they check first, they did for us.",
        "Our neuro thinks it'll be the melatonin doing it.",
        "Reflux daw yun sabi ng pedia namin",
        # preambles with no treatment in them
        "In your shoes I'd be terrified too, the video will help the doctor.",
        "What I'd say is keep filming and take the clips to the GP.",
        "If it were mine I'd be asking the GP for a sleep study.",
        # lists of questions for the writer's own doctor
        "1) How often? 2) Is he awake? 3) Any new meds? That's what our neuro asked.",
        "Don't you think it would be better to ask your own doctor?",
        # a medicine needed, told as a report
        "He needs the melatonin to fall asleep, otherwise it's 11pm.",
        "The GP says he'll need the clonazepam for a few months.",
        "My husband needs his pregabalin for nerve pain.",
        "get some rest, you're doing great",
        "if it was my son I'd be off to the GP first thing",
        "if it were mine I'd be on the phone to the paed",
        "Does your son have the same thing as mine? Ours was PLMD.",
        # "stop it" with no medicine before it, a culprit the writer's own or generic
        "stop it, you're making me laugh, the Calpol joke was brilliant",
        "I think the melatonin is the problem for us",
        "The neuro said the Keppra is the cause.",
        "the dose is the issue here, not the drug",
    ],
)
def test_near_misses_stay_allowed(text: str) -> None:
    assert not advice(text)


@pytest.mark.parametrize(
    "text",
    [
        # filming the episodes for the doctor, in other languages, is no treatment
        "Faites une vidéo et montrez-la au pédiatre, c'est ce qui aide le plus.",
        "Grábalo en vídeo y enséñaselo a la pediatra, es lo que más ayuda.",
        # the writer's own doctor in French ('le pédiatre ... a dit')
        "Chez nous, le neurologue a vu la vidéo et a dit que c'était bénin. Faites une vidéo.",
    ],
)
def test_filming_and_own_doctor_in_other_languages_clear(text: str) -> None:
    assert advice_context.clears(text)


def test_filming_does_not_clear_a_treatment_beside_it() -> None:
    assert not advice_context.clears(
        "Faites une vidéo et donnez-lui du magnésium, montrez-la au pédiatre"
    )
