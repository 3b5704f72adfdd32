"""Classes of missed emergencies (dev split) and their near-misses, one case per phrasing
(with those of em6_cases.py).

Pure: the concept and context layers only, no model and no database. Each emergency
must be certain (banner and alert); each near-miss must give neither.
"""

from __future__ import annotations

import pytest

from forum.moderation.engine.categories.emergency import assess

from . import em6_cases

EMERGENCIES = [
    # a chronic, assessed background, then a sign told as happening now
    (
        "Our son has had sleep jerks for years, the GP said benign. Tonight is different, now "
        "his left arm won't move and he's only making sounds."
    ),
    (
        "My mum has had jerks every night for months, seen by her doctor. She's back in bed now "
        "but her right hand just lies there when I ask her to squeeze, and her speech is slurred."
    ),
    # speech that comes out wrong, in everyday words
    "Nan woke from her nap and she's babbling, none of it makes sense, half an hour now",
    "He keeps trying to talk and it comes out as gibberish since the big jerk",
    "my wife sounds like she's had a drink after waking but she hasn't had any",
    # one side weak or slumped, told without alarm words
    "Dad's slumped to one side in the recliner, drooling on the left, and can only say yes and no",
    "he fell over after a jerk and now can't stand up on his right leg and he is dragging it",
    # a baby or a teen who stops engaging, or stops replying
    "9 month old, jerks in clusters since lunch, between them he is not smiling or looking",
    "plz help my bro jerking 10 min not replying eyes up",
    # a first event without the word seizure
    "husband just went rigid and started shaking all over, he has no history of anything like this",
    "she is jerking her whole body on the floor, this is the first time ever",
    # a head injury, then "seemed fine", then a new sign; knocked out at sport
    "She bumped her head on the stairs at lunch. Seemed fine. Now she's drowsy and been sick.",
    "He got knocked out at rugby today, now he's vomiting and confused",
    # a rash that stays under a glass, with or without a fever word
    "Purplish dots on his legs that stayed when I pressed a glass on them",
    "did the glass test on the rash and I can still see the spots through the glass",
    # colour, mottling and a new sign after a knock in everyday words
    "her lips have gone a bluey colour and she's really quiet",
    "the baby has gone very pale and blotchy and is not moving much",
    "after the knock to his head he isn't using his left hand",
    # German and Portuguese
    "Unser Baby ist seit heute Abend ganz schlapp und grau im Gesicht",
    "Meu filho bateu a cabeça ontem, hoje está vomitando e muito sonolento",
    "Minha filha está toda mole e não responde, os lábios estão roxos",
]

NEAR_MISSES = [
    (
        "Two years ago after a big jerk his speech was slurred; A&E checked him, it was a "
        "migraine and he's been fine ever since."
    ),
    "He had his usual jerks, went to the loo, and he's back in bed now, snoring, his usual self.",
    "My husband talks nonsense in his sleep every night and his legs jerk, he's fine by day.",
    "I sent the video to the surgery and they're still not replying to my emails.",
    "He was knocked out asleep by seven after swimming, jerking as usual, then slept through.",
    "Red rash after his bath that fades straight away when I press a glass on it.",
    "Unser Sohn zuckt beim Einschlafen, aber er ist nicht schlapp und atmet ruhig.",
    "his skin gets blotchy after the bath, eczema I think",
    "he is not using his dummy anymore since the jerks stopped",
    "I keep dreaming that my dad wakes up and can't speak properly, words all mixed up.",
]


@pytest.mark.parametrize("text", EMERGENCIES + em6_cases.EMERGENCIES)
def test_emergency_classes_are_certain(text: str) -> None:
    certain, _doubt = assess(text)
    assert certain


@pytest.mark.parametrize("text", NEAR_MISSES + em6_cases.NEAR_MISSES)
def test_near_misses_get_no_banner(text: str) -> None:
    certain, doubt = assess(text)
    assert not certain
    assert not doubt
