"""Medication directives: an order about someone else's treatment (a medicine, a diet, a
sleep position, a doctor to be asked for a drug), the reported instructions and own plans
beside them that are none, and the directives left unconfirmed for a moderator.

Pure: the directive rules only, no database, no model. The classes were gathered from the
advice misses on the dev files (dev, dev_adv6 to dev_adv11, dev_adv9 for the medicines
mentioned to a doctor); every text is written for these tests (none is a dev row).
"""

from __future__ import annotations

import pytest

from forum.moderation.engine.categories import medication_directive

from .rules import DIRECTIVE, DOSE, detect, highlights

# -------------------------------------------------- directives that are found


@pytest.mark.parametrize(
    ("text", "highlight"),
    [
        ("stop taking the sertraline, that's what's causing it", "stop taking the sertraline"),
        ("you should get her off the keppra", "get her off the keppra"),
        ("give magnesium, every night", "give magnesium"),
        ("ask for clonazepam and double it", "ask for clonazepam"),
        ("Honestly I'd stop the clonazepam cold turkey", "stop the clonazepam"),
        ("Cut the dose in half and see.", "cut the dose"),
        ("Don't start the keppra. Seriously.", "start the keppra"),
        ("Put her down on her tummy, she'll jerk less.", "put her down on her tummy"),
        ("Swaddle him tighter, the loose wrap is the problem.", "swaddle"),
        ("Cut out dairy for a month and watch the jerks go.", "cut out dairy"),
        ("Ask your GP for omeprazole, it fixed ours.", "ask your gp for"),
        ("Do what we did, honestly.", "do what we did"),
    ],
)
def test_medication_directive_is_found(text: str, highlight: str) -> None:
    findings = detect("medication_directive", text)
    assert [f.category for f in findings] == ["medication_directive"]
    highlighted = highlights(text, findings, "medication_directive")
    assert any(highlight.lower() in h.lower() for h in highlighted)


@pytest.mark.parametrize(
    "text",
    [
        # advice asked as a question
        "Have you thought about taking him off the Piriton for a week?",
        "have u considered a magnesium supplement for her",
        "What about stopping the iron drops and seeing if it calms down?",
        "Why not just swap the melatonin for chamomile?",
        "Couldn't you just halve the melatonin for a bit?",
        # the change aimed at a pronoun, the drug named after it
        "She needs to come off them, SSRIs are known for this.",
        "He ought to be weaned off it, clonazepam is habit forming.",
        # other languages
        "Deja de darle la melatonina, eso lo empeora.",
        "Empieza a darle hierro esta noche.",
        "Pídele al pediatra que le recete melatonina.",
        "Arrêtez la mélatonine tout de suite.",
        "Demandez au pédiatre de lui prescrire du Rivotril.",
        "Gebt ihm abends Magnesium.",
        "Bigyan mo siya ng melatonin bago matulog.",
        # diet and sleep regimens, and "do as we did"
        "Move her onto a soy formula and you'll see the jerks go.",
        "Take your little girl off gluten for a month.",
        "Pop him on his tummy for naps, he'll settle.",
        "Copy what we did and cut out dairy after lunch.",
        "Do it as we did, it worked in a week.",
        # regimens as noun phrases in Spanish and French, and a sleep position
        "Nada de pantallas después de la cena para ella, y a la cama a las ocho.",
        "Plus de sucre le soir pour lui, et au lit à 20h.",
        "Acuéstala boca arriba siempre, sin almohada.",
        # side sleeping propped with a towel, "if I were you", Spanish "yo la acostaría"
        "If I were you I'd lie him on his side with a rolled-up blanket behind him.",
        "Yo lo acostaría de lado con una manta enrollada detrás, así no se destapa.",
        # hedged as the writer's wondering, with or without a disclaimer
        "I wonder whether it'd be worth dropping the Phenergan for a fortnight?",
        "I'm no expert but I'm wondering if it could be worth stopping his melatonin?",
    ],
)
def test_directives_asked_as_questions_or_in_other_languages_are_found(text: str) -> None:
    assert DIRECTIVE(text)


@pytest.mark.parametrize(
    "text",
    [
        # floated without "you"
        "perhaps just stop the melatonin for a few nights and see?",
        "Might be worth swapping the Piriton for cetirizine.",
        "wouldn't hurt to stop the magnesium for a week",
        "worth taking him off the iron drops for a bit?",
        # stopping idioms and "get onto"
        "I'd knock the Nytol on the head if I were you",
        "She should lay off the antihistamines for a while.",
        "He needs to get onto some iron, his legs are screaming for it",
        # a medicine put to their doctor on their behalf
        "Bring up gabapentin with his GP, it's what sorted my dad.",
        "Push for a clonazepam trial, they won't offer it unless you do.",
        "Ask her paediatrician about switching to Keppra.",
        "could you ask the neuro about melatonin instead?",
        "Ask the GP to move her onto pregabalin.",
        # a medicine endorsed
        "yes this, especially the magnesium!!",
        "Honestly the iron really is the answer, everything else is noise.",
        # side sleeping and scheduled waking
        "lay the baby on her right side for naps, fewer jolts",
        "Wake him 20 minutes before the usual time every night and they stop.",
        "pop him on his right side for sleep, he startles less",
        "Uncle kindly stop the amitriptyline, it is causing this",
    ],
)
def test_directives_floated_endorsed_or_put_to_their_doctor_are_found(text: str) -> None:
    assert DIRECTIVE(text)


@pytest.mark.parametrize(
    "text",
    [
        # a reproach asked as a question
        "why are you still giving him the Piriton every night?",
        "Why isn't he on magnesium yet?",
        "why on earth is your daughter still taking the Phenergan",
        # "in your place" in the other languages members write in
        "À ta place, je lui donnerais du magnésium le soir",
        "An Ihrer Stelle würde ich das Melatonin weglassen",
        "Yo que tú le quitaría la melatonina ya",
        "No seu lugar eu daria magnésio pra ela",
        "Kung ako sa'yo, itigil mo na yung melatonin",
        # "I'd give / I'd stop" in the first person conditional, French elided articles
        "Não sou médica, mas eu tiraria a melatonina dela",
        "No soy experta pero yo le quitaría la melatonina",
        "Je ne suis pas médecin mais moi j'arrêterais l'Atarax",
        # Portuguese and Tagalog orders
        "Para de dar o antialérgico, é isso",
        "Itigil mo na ang gamot niya sa sipon",
        # Hindi word order
        "Cetirizine syrup mat dijiye raat ko",
        "melatonin band kar do, isi se ho raha hai",
        # advisory preambles
        "if she was my daughter I'd stop the Phenergan tomorrow",
        "in your shoes I'd swap to magnesium",
        "What I'd say, after all of that, is get some magnesium oil and use it every night",
        # "you just ...", "are you seriously still ...", "how about just not ..."
        "You just stop all the english medicines and give him Brahmi vati",
        "are you really still giving her Piriton at night?",
        "how about just not giving him the Nytol tonight?",
        "why haven't you tried the magnesium yet?",
        # list items open a clause
        "a) stop the Piriton b) start iron c) see the GP",
        # suggestion questions
        "Have you not considered stopping the Piriton for a bit?",
        "Don't you think it's time to ask the paed about switching to clonidine?",
        # a medicine said to be needed
        "Your daughter needs magnesium, simple as",
        "he'll need the clonazepam like mine did",
        # the change reproached as not yet made; "pop her on"; "bin it" after the medicine
        "Is there a reason you haven't put him on magnesium yet?",
        "how come you didn't stop the Nytol straight away",
        "so pop him on Spatone and give it a month",
        "the Piriton does that to them, ditch it",
        # the writer's choice for their own, offered as the reader's
        "if it was my missus she'd be off the pregabalin tomorrow",
        "no pressure but if it were mine he'd be off it tonight",
        # brands and remedies named by outside members
        "I'd be asking for guanfacine instead",
        "get her on the Sytron, it's gentle",
    ],
)
def test_reproaches_preambles_and_list_items_are_directives(text: str) -> None:
    assert DIRECTIVE(text)


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
        # the medicine as the whole answer, with the word that vouches for it
        "deffo the iron x",
        "Clonidine. You'll thank me",
        "the melatonin, hands down",
        "magnesium, no contest",
        # orders passed on through the partner, about an adult's tablets
        "get her to come off the sertraline, it's rubbish for sleep",
        "have him drop the zopiclone, he's been on it far too long",
        "tell your husband to ditch the venlafaxine",
        # a remedy drunk, the doctor asked to trial a drug, a drink cut, a medicine sent away
        "just have a mug of valerian before bed, you'll be grand",
        "see if his GP will put him on ropinirole",
        "make him ditch the nightcap and the jerks will ease",
        "honestly the Phenergan has to go",
        "tell the paed to give him clonidine",
        # feeds scheduled, a diet for the reader, a recipe closed by its promise
        "feed her every 3 hours overnight so she never gets into deep sleep",
        "eat more red meat and drink plenty of orange juice, your iron will come up",
        "warm bath, lavender on the pillow and no telly after 7, she'll settle",
        # the medicine alone, then the order aimed at it
        "Zopiclone. Ditch it.",
        # a sleeping bag, fewer naps, a sleep position in French and Spanish after "et" / "y"
        "pop her in a sleeping bag instead of the quilt",
        "try cutting him down to one nap a day",
        "Prenez un body plus chaud et couchez-le sur le ventre pour dormir.",
        "Cómprale un colchón firme y ponlo boca abajo.",
        # "no <medicine> for his ...": any medicine, or two
        "Once she's better, no Phenergan or Piriton for her coughs any more.",
        "Honestly, no cetirizine for the hay fever this summer.",
        # the doctor asked, as a question, to switch someone to a medicine DRUG now knows
        "would her GP not just switch her to wellbutrin?",
        "ask the neuro for baclofen, it sorted my husband's legs",
        # "that" pointing back at the medicine named before it
        "My aunt swears by pramipexole. Would her doctor not just put her on that?",
    ],
)
def test_directives_in_outside_voices(text):
    assert DIRECTIVE(text), text


@pytest.mark.parametrize(
    "text",
    [
        "shift his bedtime? no: move bedtime to 7 on nursery days, no matter what",
        "take the tablet out of her room at night, full stop, that's half the battle",
        "make him be in bed by 9:30 all through exams, no exceptions",
        "put her down an hour earlier, job done",
    ],
)
def test_a_regimen_insisted_on_is_a_directive(text):
    assert DIRECTIVE(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own rule, and a monitor (no treatment)
        "We moved his bedtime to 7, no matter what, and it helped us all",
        "Get a camera and put it on his cot every night, non-negotiable",
    ],
)
def test_an_insisted_own_rule_or_a_monitor_is_no_directive(text):
    assert not DIRECTIVE(text), text


def test_it_still_points_at_a_medicine_with_no_test_between():
    assert DIRECTIVE("Ropinirole sorted my mum out. Ask the GP for it.")


@pytest.mark.parametrize(
    "text",
    [
        "Mention pregabalin to your neuro, it sorted my husband out.",
        "I'd bring up clonazepam with her paed so she can prescribe it.",
        # a medicine DRUG names that the keyword list of the directive rules did not
        "Push them for prednisolone straight away.",
        "When you see the neuro, push hard for prednisolone.",
    ],
)
def test_a_medicine_put_to_their_doctor_still_hits(text: str) -> None:
    assert medication_directive.rules(text)


# --------------------------------------------------------------- no directive


@pytest.mark.parametrize(
    "text",
    [
        "We were told to wean her off the keppra slowly by her neurologist.",
        "My GP told me to stop taking the cetirizine for a week.",
        "Our daughter's neurologist asked us to double the dose of her keppra.",
        "Should I ask the doctor about iron?",
        "A comment above says to give magnesium - please ask your own doctor first.",
        "we've just come off it (paed's plan) and sleep is fine",
        "Give him 0.5 mg of clonazepam before bed",  # a dose: counted once, as dose advice
        "Ring 999 now and lay him on his side on the floor.",
        "We swaddled ours until four months and cut out dairy on the dietitian's advice.",
        "Ask your GP for a referral and take the videos.",
        "Please don't stop her tablets without talking to her neurologist first.",
        "Stopping gabapentin suddenly can make things worse, so call the prescriber.",
        # the update asked for, not a regimen
        "So glad he's home. Do the same when you hear from the neuro, we'd love to know.",
    ],
)
def test_reported_instructions_are_not_directives(text: str) -> None:
    assert detect("medication_directive", text) == []


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
        "I'm not a doctor, I just wonder if I should stop his melatonin?",
        # the writer's own regimen in French or Spanish
        "Chez nous, plus de café après 16h pour moi, et ça va mieux.",
        "Yo ya nada de café después de comer y duermo mejor.",
        # first aid in a fit, not a sleep position
        "Put her on her side, time it, and ring 999 if it goes past five minutes.",
        "Ponla de lado y llama al 112 si no para.",
    ],
)
def test_own_routines_and_reports_are_not_directives(text):
    assert not DIRECTIVE(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own, a report, a test, or a caution
        "magnesium every time for us, melatonin did nothing",
        "defo the iron for mine, the melatonin did nothing",
        "definitely calcium",
        "we got him to come off the zopiclone slowly with the GP",
        "I have a cup of chamomile most nights myself",
        "see if the GP will do bloods first",
        "he cut out the beers himself and it helped",
        "the melatonin has to go in the fridge once it's open",
        "the paed told us to give him clonidine at 7",
        "we feed her every 3 hours, that's the HV's plan",
        "I cut dairy and eat more greens now, not that it changed much",
        "we did a warm bath and no telly after 7, she'll settle eventually",
        "half a sachet of Dioralyte in her bottle, she'll settle",
        # the doctor's order in a bare present; "it" is the test named after the medicine
        "Paed did bloods, found ferritin low, then give ferrous syrup, now fine",
        "Vitamin D is worth checking. The test is quick, ask the GP for it",
        "Zopiclone? We had to stop it, the GP tapered him",
        "100% the Benadryl.",
    ],
)
def test_own_remedies_reports_and_tests_are_not_directives(text):
    assert not DIRECTIVE(text), text


def test_a_medicine_mentioned_so_the_doctor_has_the_whole_picture_is_no_directive() -> None:
    text = "I'd tell the neuro about the Benadryl as well so they have the full picture."
    assert medication_directive.rules(text) == []
    text = "Mention the cetirizine to his GP for their records."
    assert medication_directive.rules(text) == []


def test_a_review_of_the_medicines_is_no_medicine() -> None:
    assert medication_directive.rules("Do ask the pharmacist for a meds review, it's free.") == []
    assert medication_directive.rules("Push for a medication check at the next visit.") == []
    assert medication_directive.rules("Ask for melatonin at the next visit.")


# ----------------------------------------- unconfirmed directives and amounts


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # a directive the model may not confirm is still held for a moderator
        ("Might be worth giving the Piriton a miss for a fortnight.", True),
        # an amount is left to the dose detector
        ("Why don't you just halve the clonazepam to 0.25?", False),
        ("We're going to mention clonazepam to our neuro.", False),
    ],
)
def test_unconfirmed_directives(text: str, held: bool) -> None:
    assert bool(medication_directive.unconfirmed(text)) is held


def test_an_amount_change_is_counted_once() -> None:
    """'double his ropinirole' is a dose; the directive leaves it to the dose detector."""
    text = "your bloke should double his ropinirole"
    assert DOSE(text)
    assert not DIRECTIVE(text)


def test_a_list_item_with_an_amount_leaves_another_item_uncertain() -> None:
    text = "1) no screens 2) magnesium 200mg at bedtime 3) ask for clonazepam"
    assert medication_directive.unconfirmed(text)
    assert not medication_directive.unconfirmed("ask for clonazepam, 200mg at bedtime")


def test_directive_left_to_the_dose_detector_only_when_it_finds_a_dose():
    # "one" beside a medicine word is no dose: the directive stays an uncertain finding
    assert medication_directive.unconfirmed("she should be on the slow release one")
    assert not medication_directive.unconfirmed("get her on the Floradix, 5ml a day")


@pytest.mark.parametrize(
    "text",
    [
        "Pick up some ferrous fumarate at the pharmacy tomorrow and start her on it.",
        "Just buy the melatonin gummies over the counter at Walgreens, done.",
        "Make her paediatrician put her on magnesium before the holidays.",
        "Have your GP switch him to the slow release melatonin.",
    ],
)
def test_a_medicine_bought_for_them_or_their_doctor_made_to_prescribe_is_a_directive(text):
    assert DIRECTIVE(text)


@pytest.mark.parametrize(
    "text",
    [
        "We got her paediatrician to put her on magnesium in March.",
        "Buy cheap clonazepam online, no prescription, discreet shipping.",
    ],
)
def test_own_story_or_an_advert_is_no_directive_to_buy(text):
    # the advert is spam's (its own category), not a directive to a member
    assert not DIRECTIVE(text)


@pytest.mark.parametrize(
    "text",
    [
        "Might be worth dropping the late cup of coffee for a fortnight and seeing.",
        "Worth limiting the screens after tea, honestly.",
        "Could the paed not start him on something short term, maybe melatonin?",
    ],
)
def test_a_regimen_floated_or_a_medicine_floated_after_something_like_is_a_directive(text):
    assert DIRECTIVE(text)


def test_a_regimen_told_as_ones_own_past_is_no_floated_directive():
    assert not DIRECTIVE("It was worth cutting out the coffee, I sleep far better now.")
    assert not DIRECTIVE("Dropping the late cup of coffee helped me loads.")


@pytest.mark.parametrize(
    "text",
    [
        "When she's stable, ask about switching to the Neupro patch.",
        "Ask him about adding magnesium on top of the levodopa.",
        "Get your dad to stop the water tablets at teatime, they keep him up.",
    ],
)
def test_asked_about_with_their_doctor_unnamed_and_older_peoples_medicines_are_directives(text):
    assert DIRECTIVE(text)


def test_asking_about_a_medicine_for_ones_own_is_no_directive():
    assert not DIRECTIVE("We'll ask about adding magnesium at his next review.")


def test_a_plan_asked_of_their_doctor_is_no_medicine_asked_for():
    assert not DIRECTIVE("Ask the epilepsy nurse for an emergency care plan before the holidays.")
    assert DIRECTIVE("Ask the epilepsy nurse for buccal midazolam before the holidays.")


@pytest.mark.parametrize(
    "text",
    [
        "Pídele al pediatra melatonina, a nosotros nos la dio sin problema.",
        "Demandez carrément de la mélatonine au pédiatre.",
        "Grab some Dormidina at the farmacia for the flight.",
        "Have you asked the neuro about clobazam?",
    ],
)
def test_a_medicine_asked_for_in_spanish_or_french_or_floated_as_asked_about(text):
    assert DIRECTIVE(text)


def test_a_question_for_their_doctor_in_french_is_no_directive():
    assert not DIRECTIVE("Demandez au pédiatre si la mélatonine convient à son âge.")


@pytest.mark.parametrize(
    "text",
    [
        "Someone told her 'just stop the keppra and give him magnesium, that's what it's for'.",
        "Personnellement je ne donnerais pas de mélatonine sans avis médical.",
    ],
)
def test_advice_in_single_quotes_or_a_french_refusal_is_no_directive(text):
    assert not DIRECTIVE(text)


def test_ones_own_change_passed_on_with_you_should_too_is_a_directive():
    assert DIRECTIVE("Sober October here, I quit the wine and slept like a log, you should too.")
    assert not DIRECTIVE("I quit the wine in October and slept like a log.")


def test_no_medicine_full_stop_is_a_directive():
    assert DIRECTIVE("At his age? No sedatives, full stop.")
    assert not DIRECTIVE("We do no screens, full stop, in our house.")


def test_their_doctor_asked_why_they_have_not_already_prescribed_is_a_directive():
    assert DIRECTIVE("Would his neuro not have put him on clonazepam by now? Push for it.")


@pytest.mark.parametrize(
    "text",
    [
        "Perhaps move her bedtime forward a bit, overtired toddlers jerk more.",
        "If the fever won't shift, alternate with Calpol.",
        "Seizure over 5 min? Give the rescue med, then ring.",
    ],
)
def test_a_bedtime_moved_an_alternating_medicine_and_the_rescue_med_are_directives(text):
    assert DIRECTIVE(text)


def test_alternating_on_a_schedule_is_left_to_the_dose_detector():
    assert not DIRECTIVE("alternate with ibuprofen every 4 hours")


@pytest.mark.parametrize(
    "text",
    [
        "Dile que baje la pregabalina, a mi madre le fue bien.",
        "Ponle manzanilla en la cena, verás.",
        "Up his levothyroxine and the jerks go, trust me.",
    ],
)
def test_spanish_orders_through_someone_and_thyroid_tablets_are_directives(text):
    assert DIRECTIVE(text)


@pytest.mark.parametrize(
    "text",
    [
        "Or ask to switch to pregabalin, it never did that to me.",
        "Ask them if they could move him over to levetiracetam instead.",
    ],
)
def test_asking_their_doctor_to_switch_to_a_named_drug_is_a_directive(text: str) -> None:
    assert medication_directive.CATEGORY.rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "We asked to switch to the liquid Keppra last spring and it went fine.",
        "I'm going to ask to switch to ropinirole at my next review.",
    ],
)
def test_the_writers_own_request_to_switch_is_no_directive(text: str) -> None:
    assert not medication_directive.CATEGORY.rules(text), text
