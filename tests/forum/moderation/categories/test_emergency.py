"""Emergency: red flags happening now (certain: banner and alert; doubtful: the banner),
told in a post or as an update of the thread above it, and the dreams, hypotheticals, old
scares, guidance and habits beside them that give no banner at all.

Pure: the concept, context and thread layers only, no model and no database. The long
lists are in emergency_cases.py, grouped by the round of dev rows they come from.
"""

from __future__ import annotations

import pytest

from forum.moderation.engine.categories import emergency as emergency_category
from forum.moderation.engine.categories.emergency import assess
from forum.moderation.engine.categories.emergency.concepts import FINDERS, _word_gate, find_hits
from forum.moderation.engine.categories.emergency.context import (
    DREAM,
    GENERAL,
    HISTORICAL,
    HYPOTHETICAL,
    NEGATED,
    OTHER,
    classify,
)
from forum.moderation.engine.categories.emergency.thread import assess_update
from forum.moderation.engine.categories.emergency.tokens import canonical, tokenize

from .emergency_cases import (
    BANNER,
    CERTAIN,
    COUNT_UPDATES,
    NEAR_MISSES,
    OWN_WITH_AN_ORDER,
    QUIET_UPDATES,
    REPLIES,
    THREAD_UPDATES,
)
from .rules import EMERGENCY, detect, highlights


def _context(text: str) -> list[str | None]:
    post = tokenize(text)
    joined = " ".join(s.text for s in post)
    return [
        classify(hit, sentence, post, joined)
        for index, sentence in enumerate(post)
        for hit in find_hits(post, index)
    ]


# ---------------------------------------------------- red flags happening now


@pytest.mark.parametrize("text", CERTAIN)
def test_emergencies_are_certain(text: str) -> None:
    certain, _doubt = assess(text)
    assert certain


@pytest.mark.parametrize("text", BANNER)
def test_red_flags_in_everyday_words_and_injuries_show_the_banner(text: str) -> None:
    certain, doubt = assess(text)
    assert certain or doubt


@pytest.mark.parametrize(
    ("text", "highlight"),
    [
        ("HELP he's not breathing properly and his lips are going blue", "not breathing"),
        ("My son collapses and can't move or speak after these jerks", "collapses"),
        ("can't wake her up. she won't wake up no matter what I do", "can't wake her up"),
        ("her seizure has lasted over 5 minutes, should I call 999?", "seizure"),
        ("my husband is unresponsive right now", "unresponsive"),
        ("Last night he stopped breathing twice. Should we have gone in?", "stopped breathing"),
        ("911 now, she's blue", "she's blue"),
        (
            (
                "Nan's had a temperature since yesterday. I can barely rouse her now, she mumbles "
                "and drifts off. Neck's rigid too."
            ),
            "Neck's rigid",
        ),
    ],
)
def test_emergency_is_found(text: str, highlight: str) -> None:
    findings = detect("emergency", text)
    assert [f.category for f in findings] == ["emergency"]
    assert any(highlight in h for h in highlights(text, findings, "emergency"))


@pytest.mark.parametrize(
    ("text", "highlight"),
    [
        # Told without alarm words.
        ("he's been twitching on the left for ten minutes and isn't answering me", "twitching"),
        ("since she banged her head at lunch she's been sick twice and is so sleepy", "banged"),
        ("after the jerk his face is drooping on one side and he can't get his words out", "face"),
        ("temperature of 39 and now she can't bend her neck, there are purple spots", "neck"),
        ("my 4 month old is grey and floppy", "grey"),
        ("he's gone rigid then started shaking all over, he's never done this", "never done"),
        # Misspelled, text-speak.
        ("pls help hes not breating properly", "not breating"),
        ("she is unresponsve and her lips r blue", "unresponsve"),
        # Spanish and French.
        ("Mi bebé no respira bien y tiene los labios morados", "no respira"),
        ("Il ne respire plus, ses lèvres sont bleues", "respire"),
        ("Lleva 7 minutos convulsionando y no me mira", "convulsionando"),
    ],
)
def test_red_flags_without_alarm_words_are_certain_where_they_are_told(
    text: str, highlight: str
) -> None:
    certain, _doubt = assess(text)
    assert certain, text
    assert any(highlight.lower() in text[a:b].lower() for a, b in certain)


def test_someone_else_now_is_doubt_so_the_banner_shows_without_an_alert() -> None:
    certain, doubt = assess("My sister's baby is floppy and grey right now")
    assert not certain
    assert doubt


# ------------------------------------------------------------ no red flag now


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_get_no_banner(text: str) -> None:
    assert assess(text) == ((), ())


@pytest.mark.parametrize(
    "text",
    [
        "What do I do if he stops breathing during one of these?",
        "She sleeps right through the jerks, doesn't wake up at all. Is that normal?",
        "Two years ago my son stopped breathing during a seizure. He's been seizure-free since.",
        "When she was a baby she once went blue; it turned out to be reflux, she's fine now.",
        "The neurologist said to call an ambulance if a seizure lasts more than five minutes.",
        "He has clusters each night, each lasting 5-10 minutes.",
        "He's not responding to the melatonin at all, so the paed will try something else.",
    ],
)
def test_hypotheticals_and_resolved_history_are_not_emergencies(text: str) -> None:
    assert detect("emergency", text) == []


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("No colour change, he wasn't blue and woke straight away.", NEGATED),
        ("I dreamt she stopped breathing and woke up in a panic.", DREAM),
        ("What if he stops breathing one night?", HYPOTHETICAL),
        ("When should you call an ambulance for a seizure lasting five minutes?", GENERAL),
        (
            (
                "Two years ago he stopped breathing in a seizure; the hospital checked him "
                "and he's been fine since."
            ),
            HISTORICAL,
        ),
        ("My friend's baby stopped breathing last year, it was reflux in the end.", HISTORICAL),
        ("My friend's baby is blue right now and she isn't answering her phone", OTHER),
    ],
)
def test_context_takes_a_red_flag_out_of_now(text: str, context: str) -> None:
    assert context in _context(text)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Admin note: if you're ever worried about someone turning blue or not waking, call "
            "your local emergency number, then post here later."
        ),
        (
            "The leaflet from the ward was helpful. In short: colour change, not waking up "
            "properly, jerking that won't stop after five minutes."
        ),
        (
            "She printed us a list of danger signs, like going floppy or not waking, and said to "
            "ring 999 if we ever saw them. We never have, thankfully."
        ),
        # what a doctor or an instructor said, in general
        "I put this to our health visitor, she said 999 every time for limp or grey.",
        (
            "Quick version: the trainer said babies can go pale, bluish or limp for a moment in "
            "one and come round fast."
        ),
        (
            "Good point. After a bump in a toddler: new twitching, not using an arm, or being "
            "oddly sleepy are the ones to act on quickly."
        ),
        # a list closed by "any of those" or "anything else", or opened by who gave it
        (
            "What the ward nurse gave us: lips going dusky, not waking properly, a fit past five "
            "minutes. Any of those, ring 999 straight away."
        ),
        (
            "The signs our paeds listed were breathing that stops, going grey, or one arm not "
            "working after. Anything else, video it and see the GP."
        ),
        (
            "The things nurses tell you to look out for are staring and not responding, or jerks "
            "when fully awake. If any of that happens, get her seen the same day."
        ),
    ],
)
def test_red_flags_in_guidance_and_lists_are_no_event(text: str) -> None:
    assert EMERGENCY(text) == []


def test_call_now_as_a_posts_first_words_stays_an_event() -> None:
    certain, _doubt = assess("Call now, she's blue and not breathing")
    assert certain


@pytest.mark.parametrize(
    "text",
    [
        "Doctor said the jerks are harmless but tonight she went blue and isn't breathing properly",
        (
            "He went quiet and I couldn't wake him for a minute, then it passed, but now he can't "
            "lift his left arm"
        ),
    ],
)
def test_an_old_reassurance_or_a_passed_sign_does_not_clear_a_new_one(text: str) -> None:
    certain, _doubt = assess(text)
    assert certain


def test_a_parents_question_about_any_of_this_is_no_list() -> None:
    certain, _doubt = assess("my son went grey and is not waking, any of this is normal??")
    assert certain


@pytest.mark.parametrize(
    "text",
    [
        "Did anyone's little one grow out of it before school? Ours is 3.",
        "My nephew grew out of it at about four, so there's hope.",
    ],
)
def test_growing_out_of_it_is_no_new_sign(text: str) -> None:
    assert EMERGENCY(text) == []


# ------------------------------------------------------------- thread updates


@pytest.mark.parametrize(("earlier", "update"), THREAD_UPDATES)
def test_thread_updates_are_certain(earlier: list[str], update: str) -> None:
    certain, _doubt = assess_update(update, earlier)
    assert certain or assess(update)[0]


@pytest.mark.parametrize(("earlier", "update"), COUNT_UPDATES)
def test_the_count_with_its_start_is_an_update(earlier: list[str], update: str) -> None:
    certain, _doubt = assess_update(update, earlier)
    assert certain


@pytest.mark.parametrize(("earlier", "update"), QUIET_UPDATES)
def test_quiet_updates_get_no_banner(earlier: list[str], update: str) -> None:
    certain, doubt = assess_update(update, earlier)
    assert not certain
    assert not doubt
    assert assess(update) == ((), ())


def test_the_count_alone_without_a_thread_of_fits_is_no_update() -> None:
    assert assess_update("third starting", ["what cot mattress do you all use?"]) == ([], [])


@pytest.mark.parametrize(
    "reply",
    [
        "112 right now.",
        "Hospital now.",
        "A&E straight away!",
        "999 is who she needs right now.",
        "No, 000. Right now.",
    ],
)
def test_a_reply_that_is_only_the_number_or_the_place_is_no_update(reply: str) -> None:
    earlier = ["he's jerking, gone blue and won't wake"]
    assert assess_update(reply, earlier) == ([], [])


def test_the_number_or_the_place_inside_a_parents_update_still_counts() -> None:
    earlier = ["he's jerking, gone blue and won't wake"]
    assert assess_update("still going, hospital now, he's grey", earlier) != ([], [])


# ------------------------------------ context that clears a model-only banner


@pytest.mark.parametrize("text", REPLIES)
def test_replies_sending_for_help_get_no_banner(text: str) -> None:
    assert assess(text) == ((), ())
    assert emergency_category.clears(text)


@pytest.mark.parametrize("text", OWN_WITH_AN_ORDER)
def test_the_writers_own_emergency_with_an_order_keeps_the_banner(text: str) -> None:
    certain, doubtful = assess(text)
    assert certain or doubtful
    assert not emergency_category.clears(text)


@pytest.mark.parametrize(
    "text",
    ["Les pompiers sont là, merci.", "Nouvelles : il va bien, on rentre à la maison demain."],
)
def test_help_arrived_or_all_well_in_french_clears_the_model_only_banner(text: str) -> None:
    assert emergency_category.clears(text)
    assert not emergency_category.clears("Les pompiers arrivent, il est toujours tout mou.")


def test_a_reply_sending_the_reader_to_emergency_help_clears_the_model_only_banner() -> None:
    text = "You're right to worry. Please ring 999 now and tell them his left arm is weak."
    assert emergency_category.clears(text)
    assert not emergency_category.clears("I'm ringing 999 now, his left arm is weak and still")


@pytest.mark.parametrize(
    "text",
    [
        "No temperature, no rash, no stiff neck, he's just twitchy dropping off like always.",
        "After the jerks she's talking normally, both arms working, doctor has seen her.",
        "I had a nightmare that he stopped breathing in his cot. He's totally fine, snoring away.",
    ],
)
def test_a_reassured_post_clears_the_models_doubt(text: str) -> None:
    assert emergency_category.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        "In the car now on the way, husband driving. Thanks.",
        "ambulance is here now, going in with her",
        "ok going KK now, grab taxi",
        "ya vamos al hospital, gracias",
    ],
)
def test_help_under_way_clears_the_model_only_banner(text: str) -> None:
    assert emergency_category.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        # a sign the rules may not know is left beside the news that help is coming
        "we are going now. she is trying to talk but cannot make words",
        "ambulance on the way, she's gone really quiet and cold",
        # "going into another one" is no "going in"
        "she keeps going into another one before she's even woken from the last one",
    ],
)
def test_help_under_way_with_anything_else_keeps_the_models_banner(text: str) -> None:
    assert not emergency_category.clears(text)


def test_a_stiff_neck_with_no_fever_clears_the_model_only_banner() -> None:
    text = (
        "Our 9yo has a stiff neck this morning and can't twist her neck to the right. She fell "
        "asleep on the beanbag. No fever, no rash, eating breakfast fine. Pillow or jerks?"
    )
    assert emergency_category.clears(text)
    assert not emergency_category.clears(
        "Stiff neck and can't turn her head, no temperature but she is vomiting and drowsy"
    )


# ---------------------------------------------- concepts, spellings and spans


def test_misspellings_map_to_the_concept_words_only() -> None:
    assert canonical("breating") == "breathing"
    assert canonical("siezure") == "seizure"
    assert canonical("breakfast") == "breakfast"
    assert canonical("bed") == "bed"


def test_spans_point_into_the_original_text() -> None:
    text = "OMG \u2014 she\u2019s NOT breathing!!"
    certain, _doubt = assess(text)
    assert [text[a:b] for a, b in certain] == ["NOT breathing"]


def test_concept_spans_map_back_to_the_original_misspelt_words() -> None:
    text = "Oh god. My son is not breating properly right now!!"
    certain, _doubt = assess(text)
    assert [text[a:b] for a, b in certain] == ["not breating"]
    assert tokenize(text)[1].text.startswith("my son is not breathing")


def test_a_stem_of_two_words_opens_its_finder_by_its_first_word() -> None:
    unresponsive = next(i for i, (_a, f) in enumerate(FINDERS) if f.__name__ == "_unresponsive")
    assert _word_gate("passed") >> unresponsive & 1
    assert not _word_gate("the") >> unresponsive & 1
    certain, _doubt = assess("She passed out on the kitchen floor and we can't wake her up")
    assert certain


def test_jerks_in_sleep_since_some_days_are_no_certain_fit() -> None:
    """Indian English "since 2 days" is "for two days now": a habit of some days, at most a
    doubt for the model to weigh, not a fit happening now."""
    certain, _doubt = assess(
        "My girl 5 years is having jerks in sleep since 3 days, arms mostly, she is not waking "
        "for it. Please tell is it serious?"
    )
    assert certain == ()


def test_still_not_answering_in_spanish_is_a_red_flag() -> None:
    """ "Sigue sin responder" (still not answering), also in a two-line update."""
    assert EMERGENCY("Mi abuelo sigue sin reaccionar después de las sacudidas.")
    assert EMERGENCY("Ya vienen. Seguimos sin poder despertarla.")
    assert not EMERGENCY("Sigue sin contestar mis mensajes desde ayer, qué pesado.")


@pytest.mark.parametrize(
    "text",
    [
        "He screams blue murder at bath time, every single night.",
        "Going limp after a fit is one of the signs a paramedic would want to know about.",
        "Fits usually last a minute or two and the child is drowsy after.",
    ],
)
def test_an_idiom_and_general_information_show_no_banner(text: str) -> None:
    assert not EMERGENCY(text)


def test_the_gasp_of_a_sleep_start_and_a_reply_naming_the_ambulance_show_no_banner() -> None:
    assert not EMERGENCY("He wakes with a gasp as if he'd missed a step, then drops straight off.")
    assert not EMERGENCY("Ring 999 now. Blue lips and floppy is an ambulance, every time.")
    assert EMERGENCY("She keeps gasping and her lips look blue, what do I do")


def test_fever_with_a_neck_that_hurts_in_spanish_and_a_fever_ruled_out_in_spanish() -> None:
    assert EMERGENCY("Tiene 39 de fiebre, le duele el cuello y le cuesta mucho despertarse.")
    assert not EMERGENCY("Tiene el cuello rígido de dormir mal, sin fiebre.")
    assert not EMERGENCY("Il a mal au cou depuis le match, sans fièvre.")


@pytest.mark.parametrize(
    "text",
    [
        "The GPs won't say anything over the phone, they want to see him.",
        "In the waiting room now, glad I didn't talk myself out of it.",
        "Going blue is one of the 999 signs, the leaflet says so.",
    ],
)
def test_the_doctors_silence_an_idiom_and_a_listed_sign_show_no_banner(text: str) -> None:
    assert not EMERGENCY(text)


@pytest.mark.parametrize(
    "text",
    [
        # "je reviens vers vous" (I'm coming back to you) is no dream ("rêve")
        (
            "Je reviens vers vous : depuis la secousse de minuit elle n'arrive plus à lever le"
            " bras gauche, ça fait une demi-heure."
        ),
        "Je revenais du travail, il fait une crise en ce moment et ne répond pas.",
    ],
)
def test_french_coming_back_is_no_dream(text: str) -> None:
    certain, _doubt = assess(text)
    assert certain, text


def test_a_french_dream_is_still_a_dream() -> None:
    assert assess("J'ai rêvé cette nuit qu'elle n'arrivait plus à bouger le bras.") == ((), ())


@pytest.mark.parametrize(
    "text",
    [
        "Night feed, one eye open and then dropped the bottle on the cat. Send coffee.",
        "Our paed was happy, not to bother waking her unless something looks off.",
        "The nurse was clear: not to wake him for the jerks, they stop on their own.",
    ],
)
def test_a_dropped_bottle_and_advice_not_to_wake_are_no_red_flags(text: str) -> None:
    assert assess(text) == ((), ()), text
