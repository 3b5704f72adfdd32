"""Emergency classes missed or left un-alerted on dev_em9 (red flags told only by what is
seen, in long stories and in thread updates): each emergency must be certain from the rules
alone (banner and alert), each near-miss must give neither a certain nor a doubtful red
flag. Every text here is written for this file (none is a dev row)."""

from __future__ import annotations

import pytest

from forum.moderation.engine.categories.emergency import assess
from forum.moderation.engine.categories.emergency.thread import assess_update

EMERGENCIES = [
    # knocks on the head in everyday words, then a new sign
    "my 6 year old bonked his head on the slide an hour ago and he's vomited twice since",
    "she got a hockey stick to the head at practice and now she keeps being sick",
    "he caught a knee to the back of the head in the scrum and he's spewing in the car",
    "took a cricket ball to the side of the head, now he doesn't know what day it is",
    "she bumped her head on the bunk and now she's really hard to keep awake",
    "he banged his forehead on the table at tea and now his head hurts and he's throwing up",
    # the face and everyday words for the head: "a football to the face", "her noggin"
    "my lad took a football to the face at the park, now he keeps nodding off and he's chundered",
    "she whacked her noggin on the bath tap an hour ago and now she's wobbly and keeps being sick",
    "our girl face-planted off the trampoline this arvo and now she's drowsy and vomiting",
    # a question put to the person is no "what if": "I asked her if she was ok and ..."
    "I asked her if she was ok and she just stares and can't answer me",
    "I asked him if he could lift his arm and he can't, it just flops",
    # dribbling "out the" side of the mouth
    "his tea is dribbling out the left side of his mouth since he woke from the big jerk",
    # a limb that lies in the lap; a mouth that opens and no words come
    "grandad's left arm is just lying in his lap and he can't lift it",
    "she opened her mouth to answer me and nothing came out, her hand is limp",
    "he's trying to talk to me and it's all coming out like mush",
    # a fever and a child who can barely be roused
    "temp of 39.5 since lunch and I can barely rouse him for his drink",
    # Hindi-English: trembling for minutes, not speaking
    "beta ka poora body 7 min se kaanp raha hai aur bol nahi raha",
    # long stories: years of benign jerks, a diagnosis or an old scare, then a turn to now
    # ("tonight", "this evening", "a while ago ... it's been 12 minutes") and the sign told
    # in the present in a sentence of its own
    (
        "He's had jerks every night for years, the neuro said benign and we stopped worrying. "
        "Tonight I put him down at 8 and went up at 10 to check. He's breathing really slowly "
        "and I can't hear him breathe between the jerks."
    ),
    (
        "She had febrile fits when she was two, all sorted by the paediatrician. This evening she "
        "came in from the garden and sat on the sofa with her juice. Her face is drooping on the "
        "right and she can't lift her right arm."
    ),
    (
        "Diagnosed with benign sleep myoclonus last year after an EEG, discharged in the "
        "spring. We put her down at 7 as usual. She woke crying a while ago and the jerking "
        "hasn't stopped, both arms, and she isn't answering me, it's been 12 minutes."
    ),
    # the turn told by the clock or in hours: "about half an hour ago", "at 3am", "went to bed
    # at 7"; and "I heard a weird noise / a thump" in the poster's own home
    (
        "Bit of history: Ollie is 4, diagnosed with benign sleep myoclonus as a baby, EEG normal, "
        "discharged. He's been great. About half an hour ago I went in because I heard a weird "
        "noise. He's lying on his back making a gurgling sound and I can't wake him, his lips "
        "look grey."
    ),
    (
        "My wife has had hypnic jerks for years, her GP isn't worried. She went for a lie down "
        "after lunch. An hour ago I took her a cuppa. Her right arm is hanging off the bed and "
        "she can't lift it, and her words come out slurred."
    ),
    (
        "My daughter had febrile convulsions when she was 1 and 2, grew out of them. She's 6 now "
        "and has had a cold all week. She went to bed at 7. She's burning up, 40.1, and her neck "
        "is stiff and she screams if I move her head."
    ),
    (
        "Our son Leo is 7 and was diagnosed with benign sleep myoclonus two years ago after a "
        "sleep study, and honestly it's been fine since. At 3am I heard a thump from his room. "
        "He's on the floor by his bed, his left arm and leg won't move and he can't say any words."
    ),
    # "I heard a thud" is the poster's own home, not a story heard elsewhere
    (
        "Mum's had restless legs for years, her GP manages it. She dozed off in her chair after "
        "lunch today. I heard a thud and went in. She's slumped to the left and her words are all "
        "jumbled."
    ),
]

THREAD_UPDATES = [
    # a knock earlier, a new sign in the update
    (
        ["he clattered his head off the goalpost at training an hour ago, bit dazed"],
        "on the way to A&E now, he's spewed twice",
    ),
    (
        ["she bumped her head on the coffee table this afternoon, big egg on it"],
        "she's very hard to keep awake now",
    ),
    # breathing that stops and starts, told earlier, then "stopped again"
    (
        ["my 2 year old is breathing really shallow and every so often his breathing stops"],
        "ambulance coming, he's stopped again",
    ),
    # breathing pauses told earlier, then "he did it again", "another pause"
    (
        ["my 4 year old is breathing funny, big pauses between breaths, and he's hard to wake"],
        "ambulance on the way, he did it again",
    ),
    (
        ["baby's breathing keeps stopping for a few seconds, she's 6 weeks"],
        "999 called, another pause just now",
    ),
    # French and Spanish durations in an update
    (["mon fils fait une crise, il ne répond pas"], "ça dure depuis 8 minutes"),
    (["mi hijo está convulsionando y no responde"], "lleva ya 7 minutos"),
    # a red flag earlier, then "barely moving"
    (
        ["our 3 month old is floppy and grey and burning hot, temperature 39"],
        "paramedics on the way, he's hardly moving now",
    ),
    # a fever earlier, then hard to rouse
    (
        ["fever of 39.9 tonight and she's got a rash on her tummy"],
        "I can barely rouse her now",
    ),
    # Hindi-English "still not stopped" after a long fit
    (
        ["mummy ko 10 min se jhatke aa rahe hai, aankhein upar, jawab nahi de rahi"],
        "hospital ja rahe hai, abhi bhi ruka nahi",
    ),
    # sick again after a knock
    (
        ["he whacked his head on the swing at 5 and he's been sick once"],
        "just been sick again and he's dozy",
    ),
]

NEAR_MISSES = [
    # a knock with every new sign ruled out
    "my son bonked his head on the door frame, no vomiting, not sleepy, playing fine",
    # speech words that are not about speech
    "the porridge comes out like mush if you microwave it too long",
    # a lap and a mouth with nothing wrong
    "she fell asleep with her hands in her lap, totally fine when she woke",
    # a question about when a drowsy child after a knock needs the ER
    "when is a child who banged their head too sleepy, what should we look out for?",
    # a question about what to do if, and a face-plant with no sign
    "we asked if we should call 999 if he goes blue",
    "I asked the nurse what if she stops breathing in the night",
    "she face planted into her dinner, so tired, then asleep in seconds, jerking as usual",
    # a clock time that is a memory, and a story heard or seen elsewhere
    (
        "Our eldest had jerks for years, the neuro said benign. I remember standing in the "
        "kitchen at 2am in a panic because she wasn't breathing properly. She's 9 now and thriving."
    ),
    "I heard a story on the radio about a boy who stopped breathing in his sleep, could it happen?",
    "I saw a video of a baby going blue during a seizure and now I'm terrified",
    # a long story that turns to tonight and ends in an all-clear, or in an old scare
    (
        "He had an EEG last year, all normal. Tonight he did his jerks and went floppy for a "
        "second, then woke up and is fine now, totally himself."
    ),
    (
        "Years of jerks every night, neuro says benign. Tonight I got thinking. When he was a "
        "baby he used to go floppy after a cluster and the hospital said it was deep sleep. "
        "He's fine now."
    ),
    (
        "She's had sleep starts since birth and the paed said benign. Today she was fine at "
        "nursery. She's asleep now, breathing nicely, pink and warm, the odd jerk."
    ),
    (
        "Long time lurker, my son has had jerks for years. Just now I read an article about a boy "
        "who stopped breathing in his sleep. Is that something that happens with myoclonus?"
    ),
]

# Updates that must give nothing: the jerks stopped again (over), a knock with signs ruled out.
QUIET_UPDATES = [
    (
        ["mon bébé a des secousses en s'endormant chaque soir, le pédiatre dit bénin"],
        "ça dure depuis 8 minutes mais elle se réveille et sourit quand je la prends",
    ),
    (
        ["my toddler has jerks as he falls asleep most nights, the GP said benign"],
        "he did it again tonight, 3 jerks and then fast asleep",
    ),
    (
        ["her usual cluster of sleep jerks tonight, 5 mins so far, waking and smiling"],
        "they've stopped again now, she's fast asleep and fine",
    ),
    (
        ["he bumped his head on the cot earlier, no lump"],
        "update: he's fine, not sick, eating his tea",
    ),
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_em10_emergencies_are_certain(text: str) -> None:
    certain, _doubt = assess(text)
    assert certain


@pytest.mark.parametrize(("earlier", "update"), THREAD_UPDATES)
def test_em10_thread_updates_are_certain(earlier: list[str], update: str) -> None:
    certain, _doubt = assess_update(update, earlier)
    assert certain or assess(update)[0]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_em10_near_misses_get_no_banner(text: str) -> None:
    assert assess(text) == ((), ())


@pytest.mark.parametrize(("earlier", "update"), QUIET_UPDATES)
def test_em10_quiet_updates_get_no_banner(earlier: list[str], update: str) -> None:
    certain, doubt = assess_update(update, earlier)
    assert not certain
    assert not doubt
    assert assess(update) == ((), ())
