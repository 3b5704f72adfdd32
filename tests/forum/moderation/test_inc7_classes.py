"""Contempt for a poster with no swear word in it, by class, and the civil near-misses.

Pure: no database. The classes come from fresh dev rows (dev_inc7.jsonl) the engine had
never seen: stock dismissals, sarcasm about the poster's wits, mocking labels for the
poster or their group, verdicts on their parenting or worth, telling them to leave, and
passive-aggressive pity. Beside them stay allowed: firm disagreement, venting about the
system, self-deprecation, a put-down quoted to complain about it, jokes among friends, a
moderator's reminder and a warm "bless you". Every text here is written for this file.
"""

from __future__ import annotations

import pytest

from forum.moderation.engine import findings_for
from forum.moderation.engine.artefact import default_model
from forum.moderation.engine.categories import incivility


def _incivility_found(text: str) -> bool:
    return any(f.category == "incivility" for f in findings_for(text, model=default_model()))


# ---------------------------------------------------------------- the classes the rules find


@pytest.mark.parametrize(
    "text",
    [
        # stock dismissals
        "oh spare me the tragic backstory, we've all got kids",
        "Another sob story, brilliant",
        "Nobody asked, Karen.",
        "sleep deprived much? it's all you ever post about",
        "Told ya so, months ago. Didn't listen then either.",
        "Just grow up and stop making everything about you",
        "maybe develop a thicker skin before posting on the internet",
        "Whatever helps you sleep, love.",
        # sarcasm about the poster's wits
        "Reading is difficult for some, I understand.",
        "why didn't the specialists think of that, honestly you should get a medal",
        "Shall I explain it slower for you this time?",
        "wow. riveting. tell us more about your nap schedule",
        "Bit rich coming from someone who posts at 3am every night.",
        # mocking labels for the poster or their group
        "here we go, yet another expert who watched one youtube video",
        "you natural-remedy lot are exhausting",
        "You people are why the GPs hate this forum",
        "typical boomer nonsense, nobody wraps babies in brandy anymore",
        "Parents like this are why the waiting lists are so long.",
        "some mums just want attention, let's be honest",
        # verdicts on the poster's parenting or worth
        "Did you even read what the neuro told you?",
        "Wild that you need the internet to tell you a baby hiccups",
        "Motherhood isn't your thing, is it.",
        "maybe try parenting her instead of filming her",
        "honestly u sound insufferable",
        "You're an absolute embarrassment to this group",
        "You obviously haven't understood a word anyone wrote",
        "Please search the forum before asking the same thing again",
        # telling the poster to leave
        "This group is not for you, try TikTok.",
        "go back to reddit with that attitude",
        "Nobody is forcing you to stay here.",
        # sarcastic praise and group labels
        "thanks for the ted talk, very moving",
        "Some of the parents on here need to calm down and stop googling",
        "Kiwis are the worst for this, every cough is a drama",
        "google is free, you know",
        "Yet another 'is this normal' post. Groundbreaking.",
        # passive-aggressive pity
        "God help those poor kids.",
        "with a mother like that in charge, no wonder",
    ],
)
def test_contempt_without_swearing_is_found_by_the_rules(text: str) -> None:
    assert incivility.rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # firm disagreement with reasons
        "I strongly disagree, our neuro said screens have nothing to do with it.",
        # venting with no person as the target
        "The whole referral process is useless and the waiting list is a joke.",
        # self-deprecation
        "I'm honestly a disaster today, I put the milk in the cupboard",
        "me sitting outside her door at 1am like a fool, every single night",
        "Not an idiot at all, we've all missed a dose at some point.",
        # a put-down quoted or reported to complain about it
        "My sister told me 'some people shouldn't have children' and it stung for days",
        "Someone here told OP to 'go back to facebook' which was really unkind.",
        "please don't tell anyone to leave the forum, just report the post",
        # humour and togetherness
        "we're all the same on here, wide awake and googling at 2am",
        "They grow up so fast, mine's already 6 and sleeps like a log",
        "Thank you lot, honestly, you got me through the night",
        # warm words and plain questions
        "Bless you for coming back to update, hardly anyone does.",
        "Does anyone know if the EEG hurts? Never had one.",
        "No one asked me if I wanted a night owl, but here we are haha",
        "I know nothing about sleep studies, can someone explain?",
        "Typical, the jerks start the night before the appointment!",
    ],
)
def test_civil_near_misses_are_not_found_by_the_rules(text: str) -> None:
    assert not incivility.rules(text)


# ------------------------------------------------------------- civil context (clears)


@pytest.mark.parametrize(
    "text",
    [
        "Agree the system is a joke, eight months for a referral. You're not imagining it.",
        "That's a long thread to read, give her a break.",
        "Appreciate the mods here, honestly.",
        "My mum said 'you're being paranoid' and I needed to hear I wasn't, thanks everyone",
        "sorry all, I missed the pinned post, found it now",
        "I was totally clueless with my first, thought every twitch was a seizure",
        "I obviously didn't read the whole article, found the answer at the bottom",
        "Apologies, my last reply came across badly, didn't mean it",
        "Bless you, that made my week",
    ],
)
def test_civil_replies_clear_a_model_only_incivility_finding(text: str) -> None:
    assert incivility.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, but you're another one of those mums who panics at everything.",
        "Sorry all, but some people are just ridiculous",
        "Bless your heart, you really tried.",
        "My husband said 'you're paranoid' and he's right, you're so dramatic.",
    ],
)
def test_contempt_beside_kindness_is_not_cleared(text: str) -> None:
    assert not incivility.clears(text)


# ------------------------------------------------------------------ the whole engine


@pytest.mark.parametrize(
    "text",
    [
        "spare us the life story, it's a twitch",
        "are you even a real mum? babies do this",
        "you lot on here are all the same, panic first",
        "go back to facebook where people will agree with you",
    ],
)
def test_contempt_is_held_by_the_engine(text: str) -> None:
    assert _incivility_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm so cross with the hospital, the system is broken and nobody calls back.",
        "Firmly disagree with the magnesium idea, the bloods came back normal for us.",
        "Mod reminder: disagree with the post, not the person. Thanks all.",
        "sweetie you're doing brilliantly, asking is exactly right",
    ],
)
def test_civil_near_misses_stay_allowed_by_the_engine(text: str) -> None:
    assert not _incivility_found(text)
