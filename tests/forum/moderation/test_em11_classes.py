"""Classes of emergencies missed on dev_em11 (and their near-misses), in new wordings.

Pure: the concept, context and thread layers only, no model and no database. Each
emergency must be certain (banner and alert); each near-miss must give neither.
"""

from __future__ import annotations

import pytest

from forum.moderation.engine.categories.emergency import assess, clears
from forum.moderation.engine.categories.emergency.thread import assess_update

EMERGENCIES = [
    # a cluster timed by the clock across sentences, "has not stopped", "haven't eased"
    (
        "He's been jerking on his left side since 4:12. I've tried everything. It's 4:25 now and "
        "it has not stopped."
    ),
    (
        "The twitching began at 22:40 in his cot. I picked him up, no change. Now it's 22:52 and "
        "they still haven't eased."
    ),
    # snoring loudly after a big jerk is no chronic snorer: he cannot be woken
    "she had a massive jerk and now she's lying there snoring loudly and I can't wake her",
    # a long chronic background, then "I just checked on her"
    (
        "She's had jerks every night for years, the paed says benign. I just checked on her and "
        "her lips are dusky and she's grunting with every breath."
    ),
    # fever told by the thermometer or "hot all ...", with a neck sign
    "38.7 on the thermometer and he can't bend his neck",
    "She's been hot all afternoon and she won't let me touch her neck",
    # breathing weak and slow
    "his breathing is weak and really slow since the fit",
    # the face or smile gone uneven, the mouth pulled to one side
    "her smile has gone uneven since the big jerk",
    "her mouth is pulling to the left and she's drooling",
    # an arm that will not rise, a slump to one side, dropping things out of one hand
    "my dad can't raise his left arm after the jerk",
    "he slumped over onto his right in the chair and isn't answering",
    "mum keeps dropping her cup out of her left hand since she woke",
    # speech that is not right
    "he's awake and talking but his words aren't right",
    # a baby like a towel, a soft body, staring at nothing
    "the baby is lying like a wet towel in my arms and won't feed",
    "she's 3 weeks and not feeding and her whole body is soft",
    "she's staring at nothing and won't answer me",
    # head knocks: caught his head off, Scots "heid", the head named first
    "my son caught his head off the radiator an hour ago and he's been sick twice",
    "Wee lad banged his heid on the slide at nursery and now he's awfy sleepy and been sick",
    "her head cracked against the tiles when she fell and now she's throwing up",
    # breathing told indirectly: a breath that doesn't come, sucking in low, a rattle
    "after each jerk there's a pause where he doesn't breathe and then a big gulp",
    "you can see her sucking in right at the bottom of her ribs",
    "his breathing has a horrible wet rattle to it and he's very pale",
    # a limb still flicking, timed; a clock written with dots
    "8 minutes now and his foot is still flicking",
    "she's been jerking since 1.15, it's 1.31 now and she's still going",
    # speech and a name gone; an Irish head knock
    "he's muttering nonsense since the jerks and can't tell me his own name",
    "she gave her head a fierce bang on the kerb and she's after being sick twice, very dozy",
    # "won't come round" after a fit, "hasn't come round after ...", with "just snoring"
    "my partner won't come round after that fit, he's just snoring",
    "she hasn't come round after the seizure and it's been ten minutes",
    # Nigerian Pidgin: "weak finish", a body "soft like that"; words not said properly
    "my pikin don weak finish since the jerking stop, e no dey suck",
    "after the fit his body soft like that and he no dey answer",
    "since the jerk my husband can't say his words properly",
]

THREAD_UPDATES = [
    (
        ["my toddler is seizing on the floor and not answering"],
        "6 minutes in and it has not stopped",
    ),
    (
        ["the baby went grey after the jerks and is breathing funny"],
        "ambulance called, she's now very floppy",
    ),
    (["fever of 39 and his neck is stiff and he's jerking"], "he can't keep his eyes open"),
]

NEAR_MISSES = [
    # a recurring dream told as "mine's usually that ..."
    "Mine's usually that she's stopped breathing and gone blue, then I wake up in a sweat.",
    # "don't stop breathing" is negated
    "Sleep starts don't stop breathing, that's what the neuro told us.",
    # a list of when to ring
    "Things to ring 000 for: lips going blue, not waking up, a fit past five minutes.",
    # the head meets a pillow or a mattress, not a hard thing
    "as soon as his head hits the pillow he jerks like mad",
    "her head hit the mattress when she jolted and she was snoring again in seconds",
    # someone else's old story
    "My friend's husband slumped over to his left at dinner last year, he's recovered well now.",
    # a habit, not this bout: "at a time", "the second we lift her"; a sleep-onset run
    "his legs jerk every 20 seconds for 15 minutes at a time when he's asleep",
    "the jerks stop the second we lift her, but they go on for 10 minutes",
    "big jolts right as he's dropping off, sometimes 4 in a row, and he wakes and grumbles",
    # sayings: "no answer is an answer", "flopping fish", "we can't say anything"
    "Nobody replied to my email, I suppose no answer is an answer.",
    "my brother calls me the flopping fish because of my sleep starts",
    "apparently we can't say anything about screen time on here",
    # a list of when to ring, a doctor's list, floppy in deep sleep, pinked up, checked
    "When to ring back: a temperature that won't come down, hard to wake, or a stiff neck.",
    "breathing pauses are worth raising with your GP, from what I've read",
    "her arms go floppy like a rag doll when she's in a deep sleep, then she wakes up chatty",
    "he looked a bit blue when he got out of the pool but pinked up within a minute",
    "he bumped his head and was sick, A&E had a look, all checked and fine",
    # "won't come round for tea"; a past bout at sleep onset; calm deep-sleep breathing;
    # home and fine after hospital
    "Grandad won't come round for Sunday dinner because of his legs jerking all night",
    # a late talker, not lost speech
    "she's 2 and can't say any words yet, could the jerks be linked?",
    "my son can't talk properly yet, his speech therapist isn't worried",
    "she did her little startle jerks for about 6 minutes as she fell asleep, then settled",
    "his breathing gets really slow and deep once he's asleep, the nurse says that's normal",
    (
        "He didn't come round for a while after a long fit last month; hospital checked everything "
        "and he's back home and fine."
    ),
]

# Replies that send the reader to emergency help: their signs are their reasons.
REPLIES = [
    "That's her struggling to breathe. 995 now, not the polyclinic tomorrow.",
    "Please call 10177 now. A baby that's floppy and won't feed must go to hospital.",
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_em11_emergencies_are_certain(text: str) -> None:
    certain, _doubt = assess(text)
    assert certain


@pytest.mark.parametrize(("earlier", "update"), THREAD_UPDATES)
def test_em11_thread_updates_are_certain(earlier: list[str], update: str) -> None:
    certain, _doubt = assess_update(update, earlier)
    assert certain or assess(update)[0]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_em11_near_misses_get_no_banner(text: str) -> None:
    assert assess(text) == ((), ())


@pytest.mark.parametrize("text", REPLIES)
def test_em11_replies_sending_for_help_get_no_banner(text: str) -> None:
    assert assess(text) == ((), ())
    assert clears(text)


def test_em11_a_reply_that_is_only_the_number_is_no_update() -> None:
    earlier = ["he's jerking, gone blue and won't wake"]
    assert assess_update("112 right now.", earlier) == ([], [])
