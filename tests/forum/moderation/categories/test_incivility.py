"""Incivility: contempt for a poster (insults, sarcasm, mocking labels, verdicts on their
parenting, telling them to leave), and the disagreement, venting, self-mockery, quoted
remarks and warm words beside it that are none.

Pure: the incivility rules, doubt and context only, no database, no model (the same
classes through the shipped model are in ../test_false_holds.py). The classes were gathered
from the misses and false holds on the dev files (dev, dev_fh6, dev_inc7, dev_inc9,
dev_fh11); every text is written for these tests (none is a dev row).
"""

from __future__ import annotations

import pytest

from forum.moderation.engine.categories import BY_CODE, incivility

from .rules import detect, highlights

# ---------------------------------------------------- contempt the rules find


@pytest.mark.parametrize(
    ("text", "highlight"),
    [
        ("You're an idiot if you listen to anyone here.", "idiot"),
        ("typical Americans, running to the ER for a twitch", "typical Americans"),
        ("What a stupid question. Google it.", "What a stupid"),
        ("go back to your own country", "go back to your own country"),
    ],
)
def test_incivility_is_found(text: str, highlight: str) -> None:
    findings = detect("incivility", text)
    assert [f.category for f in findings] == ["incivility"]
    assert any(highlight in h for h in highlights(text, findings, "incivility"))


def test_an_insult_thrown_is_still_incivility() -> None:
    assert BY_CODE["incivility"].rules("Honestly you're an idiot for listening to them.")


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


def test_contempt_outside_the_quote_still_hits() -> None:
    assert incivility.rules(
        'You wrote "I am so tired" again. Some people shouldn\'t be parents, honestly.'
    )


@pytest.mark.parametrize(
    "text",
    [
        "Whatever helps you sleep at night.",
        "Reading is hard for some, clearly.",
        "Truth hurts, doesn't it.",
    ],
)
def test_the_same_put_downs_aimed_at_the_reader_still_hit(text: str) -> None:
    assert incivility.rules(text)


# ---------------------------------------------------------------- no rule hit


@pytest.mark.parametrize(
    "text",
    [
        "I felt so stupid for panicking and taking her to A&E.",
        "Sorry if this is a dumb question but do jerks show on an EEG?",
        "Idiot me forgot to charge the phone last night.",
        "The jerks are killing me, third night in a row.",
        "Funny how Americans say pediatrician and we say paediatrician.",
        "He jerks so hard the whole bed shakes.",
    ],
)
def test_self_talk_and_the_word_jerk_are_not_incivility(text: str) -> None:
    assert detect("incivility", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Calling someone a moron doesn't win the argument.",
        "A man at the surgery called me an idiot for bringing a video. It stung.",
    ],
)
def test_a_named_insult_is_not_incivility(text: str) -> None:
    assert BY_CODE["incivility"].rules(text) == []


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


def test_a_rude_remark_quoted_to_complain_about_it_is_no_rule_hit() -> None:
    text = (
        'At the clinic a receptionist told me, right in front of the queue, "some parents '
        "shouldn't be allowed kids if they can't cope\". I went home and cried."
    )
    assert incivility.rules(text) == []
    assert incivility.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reading is hard when you've slept four hours, I went over the letter five times.",
        "The truth hurts, we should have asked for the referral much sooner.",
        "Told you so, said my nan, when the GP agreed it was just sleep starts.",
        "Spare me the speech, I told myself, and rang the surgery.",
    ],
)
def test_put_downs_the_writer_aims_at_themselves_are_no_rule_hit(text: str) -> None:
    assert incivility.rules(text) == []


# ------------------------------------------------------------------- no doubt


@pytest.mark.parametrize(
    "text",
    [
        "My sister told me 'learn to spell' when I was 9 and I've never forgotten it.",
        "Learning to read his cues took me months, be patient with yourself.",
        "Keeping a diary isn't rocket science but it really helped us.",
        "Our health visitor said stop the feeds before bed and see if it helps.",
        "No wonder the GP wanted a video, it's so hard to describe.",
        "It's on you to decide in the end, you know her best.",
    ],
)
def test_near_misses_of_put_downs_without_swearing_have_no_doubt(text: str) -> None:
    assert incivility.doubt(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I know it's a first world problem, but his kicking keeps me up all night.",
        "My lad gets a medal if he sleeps past six, lol.",
        "Whatever helps you sleep, honestly: earplugs, a fan, the spare room.",
    ],
)
def test_put_downs_writers_also_say_of_themselves_have_no_doubt(text: str) -> None:
    assert incivility.doubt(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The fact that you came back to tell us says a lot about how caring you are.",
        "Next week: how to get through the EEG, I'll let you all know.",
        "Some mums shouldn't have to fight this hard for a referral.",
    ],
)
def test_warm_or_venting_near_misses_of_the_put_downs_have_no_doubt(text: str) -> None:
    assert incivility.doubt(text) == []


# ----------------------------------- context that clears a model-only finding


@pytest.mark.parametrize(
    "text",
    [
        "Thinking of you all tonight, hope the appointment brings answers.",
        "You're not overreacting, anyone would have been frightened. It gets easier.",
        "I don't agree with that, our paed explained it quite differently.",
        "Fair point, I hadn't thought of it like that.",
        "Nobody can tell from a post, honestly. Let the GP have a look.",
        "Very common at that age from what I've read, you're not alone.",
    ],
)
def test_kind_words_and_disagreement_clear_a_model_only_incivility_finding(text: str) -> None:
    assert incivility.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        "Maybe check with the pharmacist first, every child reacts differently.",
        "Oh you're a lovely grandad. Writing it all down is exactly right.",
        "That's a cruel thing to say to someone asking for help. She did nothing wrong.",
        "Worrying about your dad is not drama. Please be kind.",
        "Night sweats with it is a real thing, it's a fair question.",
        "Would be brilliant if you posted the schedule, lots of night-shift parents read here.",
    ],
)
def test_cautions_praise_and_defending_others_clear_a_model_only_incivility_finding(
    text: str,
) -> None:
    assert incivility.clears(text)


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
def test_agreement_apologies_and_self_mockery_clear_a_model_only_incivility_finding(
    text: str,
) -> None:
    assert incivility.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        "This blasted condition has us all up at 3am again. Sorry, I just needed to vent.",
        "The waiting times in this country are ridiculous, eight months for an EEG.",
        "Please ignore the nasty replies above, you are a brilliant dad.",
        "You're not a fool, you're a worried mum, and that's allowed.",
        "Reported. Nobody should be selling pills in here.",
        "I'm the queen of catastrophising, I had her in A&E for a hiccup once.",
        "Bless your heart for sitting up with her all week, you're a saint.",
        "Our paediatrician is useless, four months and still no referral letter.",
        'My aunt keeps saying "we never made such a fuss in my day". Drives me up the wall.',
        "I'm not having a go at anyone, I just worry the tip above might frighten people.",
        "You lot have been brilliant, I don't know how I'd have coped this year.",
        "You're definitely not overreacting, asking was the right call.",
        "Don't share your mobile here, folks. Stay safe.",
    ],
)
def test_venting_and_civil_replies_clear(text: str) -> None:
    assert incivility.clears(text)


def test_general_information_about_some_people_is_no_contempt() -> None:
    assert incivility.clears(
        "Melatonin can give vivid dreams in some people. Her paediatrician is the one to ask."
    )
    assert not incivility.clears("Good luck I guess, some people just love the attention.")


@pytest.mark.parametrize(
    "text",
    [
        "Oh brilliant, another expert. Thanks for nothing.",
        "Bless your heart, you really think a GP knows more than Google.",
        "Good luck with that, some people just can't be helped.",
        "Sure, let the paed decide, very smart, hope that works out.",
        "People like you make this forum exhausting. Take care.",
        "Thanks for the lecture, now go and read the article.",
    ],
)
def test_contempt_and_sarcasm_keep_the_incivility_finding(text: str) -> None:
    assert not incivility.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        "Oh you're a great parent, clearly. Read the thread.",
        "This is such drama over a few twitches.",
    ],
)
def test_sarcasm_is_not_cleared(text: str) -> None:
    assert not incivility.clears(text)


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


@pytest.mark.parametrize(
    "text",
    [
        "This condition is nothing, parents like you make it sound like the end of the world.",
        "The waiting lists are long because some people book for every twitch. Pathetic.",
        "Typical mums, the NHS waiting list is full of your whining.",
        "No offence but you seem a bit dim.",
        "The parent is the problem here, the GP just won't say it.",
    ],
)
def test_contempt_beside_the_condition_does_not_clear(text: str) -> None:
    assert not incivility.clears(text)


@pytest.mark.parametrize(
    "text",
    [
        "Here come the know it alls again with their printouts.",
        "Only a drongo would wait three months for that appointment.",
        "Honestly you're insufferable, every single thread.",
        "Ignore her, he's completely clueless about kids.",
        "You lot are so touchy it's unreal.",
        "Good luck with Dr Google then, you'll need it.",
        "Enough pearl-clutching, it's a forum not a church.",
    ],
)
def test_contempt_in_everyday_words_is_found(text: str) -> None:
    assert incivility.rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "We know all about the sleep starts in this house, three kids in.",
        "You lot are my favourite people on the internet.",
        "Dr Google scared me silly, so I booked the GP.",
    ],
)
def test_friendly_words_beside_them_are_not_incivility(text: str) -> None:
    assert not incivility.rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "'Another hysterical mum' is how some describe us. You're not, keep asking.",
        "Flagging for the mods: 'you are so stupid it hurts'. Not ok here.",
    ],
)
def test_a_word_named_or_a_remark_quoted_for_the_moderators_is_no_insult(text: str) -> None:
    assert not incivility.rules(text), text
