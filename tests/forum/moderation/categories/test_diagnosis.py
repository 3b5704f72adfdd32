"""Diagnosis: a verdict on someone else's condition (told plainly, as a fragment, as a
cause, by comparison, with the certainty after it), the questions, fears and own doctors'
views beside it that are none, and the context that clears a model-only finding.

Pure: the diagnosis rules and context only, no database, no model. The classes were
gathered from the advice misses and false holds on the dev files (dev, dev_fh6, dev_adv6 to
dev_adv11); every text is written for these tests (none is a dev row).
"""

from __future__ import annotations

import pytest

from forum.moderation.engine.categories import BY_CODE, diagnosis

from .rules import DIAGNOSIS, detect, highlights

# ---------------------------------------------------- verdicts that are found


@pytest.mark.parametrize(
    ("text", "highlight"),
    [
        ("your son has epilepsy. Get a second opinion.", "epilepsy"),
        ("that's definitely a seizure, not myoclonus", "seizure"),
        ("sounds like PLMD to me, he has it", "PLMD"),
        ("He has a seizure disorder, I'm sure of it.", "seizure disorder"),
        ("It's clearly benign sleep myoclonus, stop stressing.", "benign sleep myoclonus"),
        ("ur son has PLMD deffo", "PLMD"),
        ("It's just reflux, nothing neurological, I promise.", "nothing neurological"),
        ("that's tics 100%, the sniffing gives it away", "tics"),
    ],
)
def test_diagnosis_of_someone_else_is_found(text: str, highlight: str) -> None:
    findings = detect("diagnosis", text)
    assert [f.category for f in findings] == ["diagnosis"]
    assert any(highlight in h for h in highlights(text, findings, "diagnosis"))


@pytest.mark.parametrize(
    "text",
    [
        "That's restless legs, full stop.",
        "It's a thyroid thing, I've seen loads of these.",
        "honestly she's got low iron, I've seen enough of these to know",
        "Its nothing, no need to see a doctor.",
        "thats just growing pains, dont waste ur time at the gp",
        "Na calcium low be that.",
        "Ce n'est rien, pas besoin de consulter.",
        "No es reflujo, son convulsiones.",
        "Ce sont des convulsions, pas de doute.",
        "That's a heart rhythm problem, the racing is the giveaway.",
    ],
)
def test_verdicts_without_sounds_like_are_found(text: str) -> None:
    assert DIAGNOSIS(text)


@pytest.mark.parametrize(
    "text",
    [
        # fragments
        "textbook PLMD mate.",
        "deffo reflux, nothing else.",
        # the cause as a verdict
        "Those twitches are down to the sertraline, everyone knows that.",
        "her jerks are a side effect of the Keppra",
        "them twitches are down to his inhaler, everyone knows that",
        # "there's your answer"
        "My nephew was just like that and it was RLS, so there's your answer.",
        # relatives as subjects, certainty markers
        "Baby is having colic only, it passes.",
        "he has night terrors, nothing more.",
    ],
)
def test_verdicts_as_fragments_or_causes_are_found(text: str) -> None:
    assert DIAGNOSIS(text)


@pytest.mark.parametrize(
    "text",
    [
        # a cause asserted
        "it'll be the magnesium, always is",
        "Definitely the cetirizine, nothing else.",
        "it must be the iron, get her bloods done",
        # by comparison
        "your husband has the same problem as mine, sleep apnea",
        "Your girl has the exact same thing my son had, RLS, no doubt",
        # after a fit, in the old, in the tummy
        "Nah that's just post-ictal, he'll be himself by lunch.",
        "It's a water infection, old folk go muddled with those, nothing more.",
        "Sounds like trapped wind to me, hun.",
        # a medicine named as the culprit, or as what is doing it (the writer's bet is no report)
        "that Nytol is the culprit, nothing else",
        "The Lyrica's causing it, I'd put money on it.",
        "her sertraline is behind the twitching",
        # a Tagalog verdict, the condition first
        "PLMD yan, sigurado ako",
        "reflux lang yan mommy",
    ],
)
def test_causes_asserted_and_verdicts_by_comparison_are_found(text: str) -> None:
    assert DIAGNOSIS(text)


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
        "that's the sertraline, no doubt",
        "it's the Lariam, it does that to people",
        "that'll be your statins, they do that",
        "Confirm got reflux already, no need to see PD",
        "Is anemia. All new mums are",
        "it is typhoid o, I know it",
        # a modifier inside "classic ...", a cause told with "the new ...", "weakness only"
        "textbook toddler night terrors, they grow out of it",
        "it'll be the new tablets, my mum was the same",
        "this is weakness only, nothing else",
        "that's augmentation, happens a lot on pramipexole",
        "your granny is right, it is fits, take him to hospital",
        "this one is convulsion, not normal",
        "just her dozing off, not a seizure, don't bother waiting for the GP",
        # the medicine as the cause, closed by a word that allows nothing else
        "it's the venlafaxine, plain and simple",
        "yes it is the quetiapine only, the rest is fine",
        "honestly it's the sertraline, full stop, the timing says it all",
        "It's the pregabalin. Period.",
        # "benign" closing a verdict about someone else's child
        "Benign, 100%. No need for the EEG they booked.",
        "it's benign, trust me, mine did exactly this",
        # one sleep start or hypnic jerk as the verdict; the certainty after it in Spanish
        "yeah that's a classic hypnic jerk, happens to everyone",
        "Oh classic sleep start, nothing more to it.",
        "Es ansiedad, sin duda, se le pasará.",
        # Singlish "confirm" and West African "dat ... true true" before or after the condition
        "confirm growing pains lah, my nephew also like that",
        "Dat na reflux, true true.",
    ],
)
def test_verdicts_in_outside_voices(text):
    assert DIAGNOSIS(text), text


@pytest.mark.parametrize(
    "text",
    [
        "That's absence seizures, no question, I've seen it in my nephew.",
        "It's definitely PLMD, your husband needs a sleep study.",
    ],
)
def test_verdicts_beside_a_sighting_stay_diagnosis(text: str) -> None:
    assert DIAGNOSIS(text)


@pytest.mark.parametrize(
    "text",
    [
        "Don't worry about it, that's epilepsy, 100%.",
        "I'm scared for you, but that's RLS, definitely.",
        "Don't be scared, it's definitely epilepsy.",
        "Sounds like PLMD to me, your son has it for sure.",
    ],
)
def test_a_verdict_beside_worry_words_still_hits(text: str) -> None:
    assert diagnosis.rules(text)


# ----------------------------------------------------------------- no verdict


@pytest.mark.parametrize(
    "text",
    [
        "Is it a seizure?? He jolts every few seconds after he goes down.",
        "My son has epilepsy (diagnosed at 4) and also has ordinary sleep starts.",
        "Our HV said it's benign sleep myoclonus and to mention it at the check.",
        "Turns out I have PLMD, diagnosed last year with a sleep study.",
        "do you think it could be RLS? he says his legs feel fizzy",
        "he should take the standard RLS dose",
        "he's having a seizure right now",  # a parent's own child: an emergency, not a verdict
        "Our neuro thinks it's benign sleep myoclonus, not epilepsy. Such a relief.",
        "Could it be reflux rather than something neurological?",
    ],
)
def test_own_story_and_questions_are_not_diagnosis(text: str) -> None:
    assert detect("diagnosis", text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own, asked, or reported
        "Ours turned out to be night terrors, definitely worse when she was overtired",
        "could it be restless legs? it runs in my family",
        "our paed reckons it's low iron, definitely getting bloods done",
        "I wonder if it's the Phenergan doing it?",
        "We think it's the melatonin causing it, seeing the GP Tuesday",
        "the magnesium is doing it for us, jerks way down",
        "Could the confusion be a UTI? She's 84.",
        "Our GP said it was a water infection and gave antibiotics.",
        "Turned out the Lyrica was behind it for me.",
        "that's her medication, she has it at 7 with her milk",
        "it's weakness on his left side and he can't lift the cup",
        "ours grew out of it by two, hope yours does too",
    ],
)
def test_own_asked_or_reported_causes_are_not_verdicts(text):
    assert not DIAGNOSIS(text), text


@pytest.mark.parametrize(
    "text",
    [
        "it's the dog, it does that every night lol",
        "Is it the Lariam? it does that to some people I read",
        "PD confirm is reflux, now she's better",
        "our GP said it's not a seizure, so no need for the EEG",
        "It's exam season so that fits.",
        "The paediatrician watched the clips and said it is benign.",
        "Is it benign? Ours started at 9 months.",
    ],
)
def test_questions_and_own_doctors_words_are_not_verdicts(text):
    assert not DIAGNOSIS(text), text


@pytest.mark.parametrize(
    "text",
    [
        "For what it's worth, restless legs is really common in pregnancy from what I've read.",
        (
            "My daughter's doing it in the daytime now and it's got me reading about absence "
            "seizures at midnight, the EEG is next week."
        ),
    ],
)
def test_idioms_before_a_condition_are_no_verdict(text: str) -> None:
    assert DIAGNOSIS(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "My girl is 3 and twitches at night. I'm so scared it's epilepsy, GP on Monday.",
        "We're really worried it is RLS like her dad has. Is that even possible at 5?",
        "Honestly I fear it's seizures again and nobody will listen to me.",
    ],
)
def test_own_fear_is_no_diagnosis_rule_hit(text: str) -> None:
    assert diagnosis.rules(text) == []


# ----------------------------------- context that clears a model-only verdict


@pytest.mark.parametrize(
    "text",
    [
        "Could these be infantile spasms if he only does them as he wakes? We see the paed Monday.",
        "Our GP thinks it's benign sleep myoclonus but wants an EEG. Is that usual?",
    ],
)
def test_a_question_or_own_doctors_view_about_ones_own_child_clears_diagnosis(text: str) -> None:
    assert BY_CODE["diagnosis"].clears(text)


@pytest.mark.parametrize(
    "text",
    [
        (
            "My lad had a febrile fit in spring (they said it was the temperature). Now I'm "
            "worried it's more seizures when he jumps at night. Is that a thing?"
        ),
        "I've had hypnic jerks since my teens and I'm fine. Mostly they're just annoying.",
        "Our paed mentioned PLMD at the last visit and I'd love a plain-English book on it.",
    ],
)
def test_own_fear_own_condition_or_own_doctor_clears_a_model_only_diagnosis(text: str) -> None:
    assert diagnosis.clears(text)


def test_general_information_about_a_condition_clears_a_verdict():
    text = "RLS is one of the conditions that can be linked with low iron in pregnancy."
    assert diagnosis.clears(text)
    assert diagnosis.clears("Night terrors are very common in preschoolers.")
    assert not diagnosis.clears("RLS is one of the conditions linked with low iron, 100%.")
    assert not diagnosis.clears("Low iron can cause this. Your son has it.")


@pytest.mark.parametrize(
    "text",
    [
        "Could it be epilepsy? Sounds like it to me, get your son seen.",
        "Our GP said it was nothing. Yours definitely has PLMD though.",
        "That's reflux, obviously.",
        "We were diagnosed with benign sleep myoclonus. Isn't it obvious that's what she has?",
    ],
)
def test_a_verdict_on_someone_elses_child_is_not_cleared(text: str) -> None:
    assert not BY_CODE["diagnosis"].clears(text)


def test_a_verdict_for_the_reader_is_not_cleared() -> None:
    assert not diagnosis.clears("I've had RLS for years and yours is RLS too, no doubt.")


@pytest.mark.parametrize(
    "text",
    [
        "Mate that's a mini stroke, not a sleep thing.",
        "From what you say it'll be RLS with the low ferritin.",
    ],
)
def test_a_stroke_named_or_a_forecast_before_with_is_a_verdict(text: str) -> None:
    assert DIAGNOSIS(text)


def test_stroke_signs_named_as_the_reason_to_ring_are_no_verdict() -> None:
    assert not DIAGNOSIS("Ring 999, face and arm together are stroke warning signs.")


@pytest.mark.parametrize(
    "text",
    [
        "Honestly I'd put good money on RLS for your husband.",
        "My money's on reflux with all that back arching.",
        "You've pretty much described hypnic jerks there, hun.",
        "That it only happens asleep rules out epilepsy, relax.",
        "Jerks on waking + dropping the cereal spoon = JME.",
        "Tu hija tiene terrores nocturnos, nada más.",
        "Ce n'est sûrement pas de l'épilepsie, elle est trop éveillée.",
        "Only in deep sleep and gone by breakfast... what else could it be but BNSM?",
        "If that isn't PLMD I don't know what is.",
        "Night terrors hun, textbook.",
        "Overtired. Put her down earlier and watch.",
        "Not the iron at all. It's the Phenergan.",
    ],
)
def test_verdicts_as_bets_eliminations_formulas_and_one_word_replies(text: str) -> None:
    assert DIAGNOSIS(text)


@pytest.mark.parametrize(
    "text",
    [
        "My nan is convinced it's her nerves, bless her.",
        "Would an EEG rule out epilepsy, or does it need to catch one?",
        "Reflux. That's what our GP said at first, then she changed her mind.",
        "El neurólogo dijo que no es epilepsia.",
        "If it's not epilepsy, what is it then?",
    ],
)
def test_reported_beliefs_questions_and_own_doctors_words_are_no_such_verdict(text: str) -> None:
    assert not DIAGNOSIS(text)


def test_a_verdict_in_a_sure_shape_is_held_for_a_moderator_even_unconfirmed() -> None:
    """Bets, eliminations and verdicts closed by "classic" stay an uncertain finding when
    the model does not confirm them; a question about one's own child does not."""
    from forum.moderation.engine import HOLD, evaluate
    from forum.moderation.engine.artefact import default_model

    for text in (
        "Honestly? I'd put my mortgage on it being RLS.",
        "Colic hun, textbook. Ours screamed every evening for weeks.",
    ):
        assert diagnosis.unconfirmed(text)
        verdict = evaluate(text, model=default_model())
        assert verdict.action == HOLD
        assert "diagnosis" in verdict.categories
    assert not diagnosis.unconfirmed("Would you put money on it being RLS in my son?")
    assert not diagnosis.unconfirmed("Being overtired definitely showed for us.")


@pytest.mark.parametrize(
    "text",
    ["He'll be fine by Easter, trust me. Nothing at all wrong with him.", "Usog yan, mommy."],
)
def test_nothing_wrong_with_the_readers_child_and_folk_names_are_verdicts(text: str) -> None:
    assert DIAGNOSIS(text)


def test_nothing_wrong_with_asking_is_no_verdict() -> None:
    assert not DIAGNOSIS("There's nothing wrong with asking, we all do it.")


@pytest.mark.parametrize("text", ["fiver says it's RLS mate", "night terrors i reckon"])
def test_a_bet_on_a_condition_or_a_condition_tagged_i_reckon_is_a_verdict(text: str) -> None:
    assert DIAGNOSIS(text)


@pytest.mark.parametrize(
    "text", ["I hope it's just night terrors, honestly.", "It's benign! The neuro said so today."]
)
def test_a_hope_or_ones_own_good_news_is_no_verdict(text: str) -> None:
    assert not DIAGNOSIS(text)


@pytest.mark.parametrize(
    "text",
    [
        "its the piriton mate",
        "Honestly the tiredness and the cold hands sound a lot like thyroid to me.",
        "Nothing to worry, it is sleep jerks only.",
    ],
)
def test_short_cause_thyroid_and_sleep_jerks_only_are_verdicts(text: str) -> None:
    assert DIAGNOSIS(text)


def test_a_thyroid_test_is_no_verdict() -> None:
    assert not DIAGNOSIS("They ran her thyroid levels last week, all normal.")


@pytest.mark.parametrize(
    "text",
    [
        "They'll find it's RLS at the sleep clinic, I'd bet my life on it.",
        "Night terrors only, i reckon.",
        "The flapping hands? That's asterixis, his kidneys need checking.",
    ],
)
def test_a_bet_after_the_verdict_a_tagged_fragment_and_asterixis_are_verdicts(text: str) -> None:
    assert DIAGNOSIS(text)


def test_just_him_dreaming_and_eso_son_are_verdicts() -> None:
    assert DIAGNOSIS("Honestly that's just him dreaming, they all do it.")
    assert DIAGNOSIS("Eso son terrores nocturnos, nada más.")
