"""Individual advice as a whole: the posts none of the three advice rules (dose,
directive, verdict) may find, and the context that clears a post of a model-only advice
finding (the writer's own story, their own doctor's plan, a reply sending the reader to
their own doctor or to emergency help) while any order, amount or drug beside it keeps it.

Pure: the advice rules and :mod:`advice_context` only, no database, no model. The classes
were gathered from the advice misses and false holds on the dev files (dev, dev_fh6, dev_adv6
to dev_adv11, dev_adv9 for first aid while waiting); every text is written for these tests
(none is a dev row).
"""

from __future__ import annotations

import pytest

from forum.moderation.engine.categories import advice_context

from .rules import advice

# ------------------------------------------------------- no individual advice


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
def test_own_questions_own_doctors_plans_and_first_aid_are_no_advice(text: str) -> None:
    assert not advice(text)


@pytest.mark.parametrize(
    "text",
    [
        # own experience and own plans
        "It was worth trying the magnesium for us but it did nothing.",
        "I could always stop the melatonin myself, but I'd rather ask the GP first?",
        "We're going to mention clonazepam to our neuro at the review.",
        "I asked our GP about iron and she wants bloods first.",
        "for us the melatonin was the key, but every child is different",
        "we put her on her left side to burp her after feeds",
        # general information and deferral
        "Ask your GP about an iron test, it's a simple blood test.",
        "Classic RLS symptoms include an urge to move the legs in the evening.",
        "Take all his tablets along to the GP appointment so she can check them.",
        "Please don't stop the sertraline to experiment, his psychiatrist has to decide that.",
        # reports of one's own doctor or child
        "Melatonin 3mg since March for her, still jerking.",
        "Our GP started him on iron, one sachet daily, and it's helped.",
        "Our neuro said his jerks are from the keppra.",
        "Are his jerks from the inhaler, does anyone know?",
        "the jerks are from the moment she falls asleep till midnight",
        "Keppra twice a day here too, 5ml.",
        # quoted advice
        "Somebody above wrote give 5 ml instead of 2 ml, please don't.",
    ],
)
def test_own_experience_general_information_and_quoted_advice_are_no_advice(text: str) -> None:
    assert not advice(text)


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
def test_reproaches_about_own_doctor_and_preambles_without_treatment_are_no_advice(
    text: str,
) -> None:
    assert not advice(text)


# ----------------------------------------------------- the writer's own story


@pytest.mark.parametrize(
    ("text", "cleared"),
    [
        # the writer's own story, no medicine, amount or regimen named, nothing ordered
        ("my son jerks so hard he wakes himself up and I don't know what to do", True),
        ("We switched on our allergist's advice and it calmed down, just our story.", True),
        # a treatment the writer tried, told in the past
        ("we cut out dairy and the twitching stopped", True),
        ("We swaddled ours but only because she liked it, didn't change the jerks.", True),
        # their own doctor's words, reported
        ("Our GP said magnesium is fine for him at that age, so that's what he has.", True),
        # a regimen or a directive keeps the finding, and so does an amount
        ("we cut out dairy and the twitching stopped, you should too", False),
        ("I halved mine every other week and it worked, do that", False),
        ("we gave half a Phenergan and she slept", False),
        ("my advice: swaddle her tight", False),
        ("Mi hija hacía lo mismo, ponla boca abajo.", False),
    ],
)
def test_own_story_clears(text: str, cleared: bool) -> None:
    assert advice_context.clears(text) is cleared


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
        # the writer's own treatment, their clinician the subject (b22b)
        "Neuro has me on 2 mg melatonin now, third week, no change yet. Anyone else?",
        "Consultant is keeping us on the iron till March, then bloods again.",
        # French "je prends" is the writer's own, not the order "prends"
        "Je prends du magnésium depuis deux mois sur conseil de mon médecin. Quelqu'un d'autre ?",
    ],
)
def test_own_question_own_doctor_and_encouragement_clear(text):
    assert not advice(text), text
    assert advice_context.clears(text), text


def test_own_question_with_an_order_does_not_clear():
    assert not advice_context.clears("Stop the swaddling tonight. Anyone else tried that?")


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
def test_waiting_for_tests_and_own_caution_clear(text):
    assert not advice(text), text
    assert advice_context.clears(text), text


@pytest.mark.parametrize(
    "text",
    [
        "My brother-in-law still jolts awake like that at 50 haha",
        "We've all been there 😅 the 3am shift is a special kind of tired",
        "Ours stopped by the time she was 6. Have a lovely weekend!",
        "Honestly the 5:30 wake-ups are the worst part of the whole thing.",
        "I swear my toddler has more energy at midnight than I have all week lol",
        "Is it okay to pick him up when it starts, or do I let him settle?",
    ],
)
def test_own_story_or_kind_word_clears_a_model_only_advice_finding(text: str) -> None:
    assert advice_context.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        # an order, whatever its object, keeps the hold
        "Tie a sock round her wrist at night, the jerks won't wake her then.",
        "Always wake him when it starts, that resets it.",
        "Sure, 250 is tiny, go for it.",
        "Four weeks per step is too quick, do six.",
        # an amount without a unit, a count of scoops, an obligation on someone else
        "She can halve it for a fortnight then stop, that's what I did.",
        "Half a scoop for a 3 year old is fine, the label is just cautious.",
        "I still say every mum should give fennel tea, it's tradition.",
        # another language is left to the model and the rules
        "Acuéstalo boca abajo, así no se despierta.",
        "Mettez-le sur le ventre, il dormira mieux.",
    ],
)
def test_orders_amounts_and_other_languages_are_not_own_story(text: str) -> None:
    assert not advice_context.clears(text)


# ------------------------------------ own doctor, deferral and emergency help


@pytest.mark.parametrize(
    "text",
    [
        "Our neurologist put him on 2 ml of Keppra twice a day in March, fewer jerks since.",
        "Doctor gave my father ropinirole 0.25 mg at night. Is the sickness normal at first?",
        "The paed has her on 1 mg melatonin and wants to review in six weeks.",
        "I'll mention the new twitching to the GP on Friday.",
        "I'd run that past your own GP or pharmacist, they know his weight and history.",
        "Please don't change her dose without talking to her neuro first.",
        "Ring 999 now. Roll him on his side, nothing in his mouth, and time it.",
        "Nuestra pediatra le recetó hierro a mi hijo y ya duerme mejor.",
        "Notre neurologue lui a prescrit de la mélatonine, 2 mg le soir.",
    ],
)
def test_own_plan_deferral_and_emergency_help_clear_advice(text: str) -> None:
    assert advice_context.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our paed gave ours 2.5 ml of Calpol, give yours the same.",
        "Our neuro put him on Keppra and it worked, ask yours for it.",
        "Ask your GP to put her on clonazepam, ours did and it's a lifesaver.",
        "Tell the neurologist you want gabapentin, don't leave without it.",
        "My GP prescribed magnesium 300 mg. You should try it too.",
        "Our doctor started iron for him. I'd stop the melatonin though.",
        "Mi pediatra le dio melatonina, dale 3 mg a la tuya.",
        "Mon médecin m'a prescrit du magnésium, prenez-en aussi.",
        "Why not try what our GP gave us, 0.5 mg at bedtime?",
        "Our neurologist started him on keppra 250 twice a day. Your son would do well on it.",
        "The doctor prescribed clonidine for our boy. No reason yours can't have it too.",
        "Our paed recommended 400 IU vitamin D daily. Every baby should have that.",
        "Our doctor gave 2.5 ml Calpol at bedtime, worked every time, so just copy that.",
        "Our paed has him on 3 mg melatonin. 3 mg is the sweet spot for that age.",
        "Our GP prescribed melatonin. 1 mg before bed and you'll see the difference.",
    ],
)
def test_advice_beside_an_own_doctor_still_counts(text: str) -> None:
    assert not advice_context.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        "My husband's neurologist started him on pramipexole in May and the kicking is less.",
        "My mum's consultant switched her to a patch last month, much calmer nights.",
        "I'd get her to see her own GP if it keeps happening, iron is a simple blood test.",
        "I would take him in to see the paediatrician, it's worth having it looked at.",
        "999 now, don't wait for replies here.",
        "New twitching and sick twice after a bump is straight to A&E, go.",
    ],
)
def test_own_clinician_deferral_and_help_clear_a_model_only_finding(text: str) -> None:
    assert advice_context.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        "Get her to see the GP and ask for clonazepam, tell them you want it.",
        "Take him to the doctor and put him on magnesium in the meantime.",
        "Ask your neuro to put him on Depakote, don't take no for an answer.",
    ],
)
def test_a_drug_beside_the_deferral_is_still_advice(text: str) -> None:
    assert not advice_context.clears(text)


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


@pytest.mark.parametrize(
    "text",
    [
        "000 now. Roll her onto her side and keep her still till they come.",
        "Head to the nearest ER, don't give him anything by mouth on the way.",
        "Take her straight to A&E. Keep her head clear and tell the triage nurse the exact time.",
        "Stay on the phone, the call handler will talk you through it. Put the porch light on.",
        "112, press a clean cloth on the wound and keep him calm.",
    ],
)
def test_send_for_help_with_first_aid_clears_a_model_only_advice_finding(text: str) -> None:
    assert advice_context.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ring 999, and while you wait give her 5ml of Calpol.",
        "Go to the nearest ER and stop the melatonin from tonight.",
    ],
)
def test_treatment_advice_beside_emergency_help_is_not_cleared(text: str) -> None:
    assert not advice_context.clears(text)


def test_a_french_order_beside_ones_own_doctor_does_not_clear():
    assert not advice_context.clears("Mon médecin dit que ça va. Prends du magnésium ce soir.")


@pytest.mark.parametrize(
    "text",
    [
        "Paediatrician okayed melatonin for our 6yo, she said 2 mg max. Does it come in liquid?",
        "'just double the iron' - none of us knows her bloods. Her GP said to wait for results.",
    ],
)
def test_a_clinicians_ok_told_at_the_start_and_single_quoted_advice_clear(text: str) -> None:
    assert advice_context.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our pedi said yes to melatonin for our 4yo, 1 mg. Does anyone find it wears off by 3am?",
        "So can I say our neuro has Leo on 2 ml Keppra twice a day? Any others on that?",
        "« Deux granules le soir » ... notre pédiatre a dit non, pas d'homéopathie avant 6 mois.",
    ],
)
def test_own_pedi_a_named_child_on_a_medicine_and_guillemets_clear(text: str) -> None:
    assert advice_context.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        "Neurologist weaned her down to 250 mg and the jumps are no worse. Fingers crossed.",
        "GP took him off the cetirizine last week, no change yet, so maybe not that.",
    ],
)
def test_a_clinician_cutting_down_or_stopping_ones_own_childs_medicine_clears(text: str) -> None:
    assert advice_context.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own medicine, or their own child's, told as "I'm on / ours is on"
        "I'm on gabapentin 300 at night now and the kicking has calmed. Anyone else get dizzy?",
        "Ours is on 2 ml of the Keppra syrup morning and night, the moods were rough at first.",
        "Been on ropinirole 0.25 from my neurologist since June, mostly fine.",
        "Took it with toast, my GP's suggestion, and the sickness stopped.",
        # present and non-native forms after "my / her"
        "My paediatrician says 1 mg is plenty for him at his weight, so we stay there.",
        "My husband doctor give him now pregabalin 75 mg. He is sleepy in the day, is normal?",
        # a question about the reader's own experience orders nothing
        (
            "Our girl was prescribed iron drops 5 ml a day after her ferritin came back low. How"
            " long did it take for yours?"
        ),
    ],
)
def test_own_medicine_told_in_present_forms_clears(text: str) -> None:
    assert advice_context.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        "Magnesium 200 mg, the GP gives it out anyway, everyone should start on that.",
        "I'm on melatonin 3 mg and you should put yours on it too.",
        "Do the same for yours, 5 ml of the iron every morning.",
    ],
)
def test_an_order_beside_ones_own_medicine_still_holds(text: str) -> None:
    assert not advice_context.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sleep study showed mild PLMD. My GP started me on iron, 65 mg every other day.",
        "Consultamos con el neurólogo y nos dijo que es benigno, seguimos con la rutina.",
        "On a vu le pédiatre hier, il a dit d'attendre et de filmer encore une semaine.",
    ],
)
def test_a_sleep_study_and_own_doctor_in_spanish_and_french_clear(text: str) -> None:
    assert advice_context.clears(text)


def test_sleep_as_an_order_still_holds() -> None:
    assert not advice_context.clears("Our GP said it's benign. Sleep her on her side, it stops it.")


def test_a_kind_word_naming_coffee_beside_ones_own_past_clears() -> None:
    assert advice_context.clears(
        "Sending virtual tea and hugs. We did endless buggy walks at that age, mostly for me."
    )


def test_a_kind_word_beside_a_medicine_order_does_not_clear() -> None:
    assert not advice_context.clears("Sending hugs, give him the clonazepam first, same as us.")
