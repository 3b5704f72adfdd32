"""Emergency classes missed on dev_em8 (red flags told only by what is seen, clock times,
thread updates, an all-clear told before a new sign) and the false banners beside them.

Cases for test_em8_classes.py: each emergency must be certain (banner and alert) from the
rules alone (INJURY ones may be doubtful: the banner is enough); each near-miss must give
neither a certain nor a doubtful red flag. Every text here is written for this file (none
is a dev row).
"""

from __future__ import annotations

EMERGENCIES = [
    # the face told by what is seen, with a possessive: "his smile's gone crooked"
    "her mouth's dropped on the left and she can't close her lips round the cup",
    "grandad's face's gone lopsided since he dozed off in the chair",
    "his smile's all crooked and he's dribbling down the right side",
    "she keeps dribbling out of the one side of her mouth since she woke",
    # a leg that gives way, a hand that feels like someone else's, "lost my words"
    "his left leg gives way every time he tries to stand since the jerk",
    "my arm feels like it belongs to someone else and I can't grip my phone properly",
    "woke from a big jerk and my right leg feels like a dead weight, I can't lift it",
    "I've lost my words, typing this because I can't say what I mean, my hand is weak",
    # breathing told by what is seen or not heard
    "he's gulping for air and his lips are going dark",
    "she's fighting for breath after the fit and her chest is heaving",
    "his chest has stopped moving, I can't see him breathing",
    "I can't hear her breathing and her chest isn't going up",
    "baby is gasping for air between the jerks",
    # colour told by comparison
    "his lips have gone navy and he's barely moving",
    "she's the colour of putty and floppy in my arms",
    "her face is the colour of wet cement and she won't wake",
    # an injury told by what is seen
    "the jerk threw him off the bunk and his wrist is sticking out at a funny angle",
    "her leg is bent the wrong way after she fell out of bed in the fit",
    # a fit timed by the clock: "started at 11:40, it's now 11:52"
    "the shaking started at 11:40 and it's now 11:52, still going",
    "his arm has been jerking since 3:05 and its now 3:15, he's not talking",
    # not waking or answering, told by what the carer tries
    "I've been calling him and I can't get him to open his eyes after the fit",
    "her eyes won't open even when I rub her chest, she's breathing",
    "he's getting harder and harder to wake after the jerks tonight",
    "he's not flinching when I clap next to his ear and he's staring",
    "she barely responds when I say her name, it's been 20 minutes since the twitching",
    # speech and one side told by what is seen
    "mum's words won't come, she opens her mouth and nothing, since her nap",
    "only one side of his mouth moves when he tries to talk",
    "his right leg won't take his weight since he woke from the jerk",
    "she's not able to close her left eye and her cheek has slumped",
    "my wife can't seem to lift her left arm and her speech is a bit thick",
    # fever with a stiff neck told in everyday words, and a drowsy baby with a temperature
    "temp's 39.6 and he can't get his chin down to his chest",
    "fever since this morning and neck stiffness, she's moaning",
    "7 week old, feels hot, extra sleepy and hard to get her to wake for feeds",
    # colour told as "a funny colour", "mottly"; breathing with gaps
    "his lips are a funny colour and he's breathing slowly",
    "she's gone all mottly and cold and she's not waking properly",
    "there are gaps in her breathing when she sleeps, 10 seconds or more, she's 4 weeks",
    # a first fit: "nothing like this has ever happened" is not a what-if
    "he's shaking all over on the floor and nothing like this has ever happened to him",
    # ribs going in and out, the wrong words, a leg that folds under her
    "the baby's ribs are going in and out with every breath and she's grunting",
    "grandpa's chatting away but it's all the wrong words since his nap",
    "she couldn't stand this morning, her left leg just folds under her",
    # an all-clear told earlier in a long post, then a sign new this very moment
    (
        "Thank you all, the jerks have been fine for months and the neuro discharged us. "
        "Just now she went floppy in my arms and I can't wake her."
    ),
]

# Thread updates: (earlier posts, update) where the update must be certain.
THREAD_UPDATES = [
    # the earlier deficit is a red flag of its own ("gives way"): "no better" updates it
    (
        ["since the big jerk his right leg gives way when he stands and he can't get words out"],
        "it's been half an hour and no better",
    ),
    # "no, can't wake her": the "no" answers a question, it does not negate the sign
    (
        ["the twitching started at 10:02 and it's now 10:11 and it hasn't stopped"],
        "no cant wake her",
    ),
    # jerks told earlier as a habit, then an update that has lasted with a fit sign
    (
        ["our 2 year old gets jerks most nights as she drops off, the GP says benign"],
        "tonight it won't stop, it's been 9 min now and she's just staring, not crying",
    ),
    # fits counted as "another ... now a third" without coming round
    (
        ["he's got epilepsy, had a short seizure at 8, it stopped, he's asleep now"],
        "another at 8.30 and now a third and he hasn't woken in between",
    ),
]

NEAR_MISSES = [
    # a stiff neck with the fever ruled out
    "stiff neck this morning from the new pillow, no fever at all, anyone else get that?",
    "woke with a sore neck, not feverish, probably slept funny on the sofa",
    # "not breathing weird": the weirdness is negated, not the breathing
    "he's got hiccups and jerks tonight but he's not breathing funny or anything",
    # a numb hand most mornings, carpal tunnel; a lifelong face asymmetry
    "my hand goes numb most mornings, can't feel it for a few minutes, carpal tunnel they think",
    (
        "his smile is a bit lopsided, he's had it since birth and the paed says it's just "
        "how his face is. Anyone else?"
    ),
    # the pause-and-gasp habit, diagnosed, with a CPAP
    "my dad does the gasp thing every night too, turned out to be apnoea and he's got a CPAP now",
    # "it's 999" as guidance; "has anyone else's child" as a question to the group
    "For Aussie parents: Healthdirect is 1800 022 222, but for blue lips it's 000 straight away.",
    (
        "Has anyone else's child had a jerk where they couldn't move one arm for a bit "
        "afterwards? Ours had it once in the spring, the neuro knows."
    ),
    # back to himself after a checked knock
    (
        "He bumped his head at rugby on Saturday, the GP checked him and said mild concussion. "
        "He's back to himself now, jerks at bedtime as always."
    ),
    # long jerking that stops when picked up
    (
        "Jerking every few seconds tonight for about 15 mins, way more than usual, but she "
        "wakes and settles when I pick her up, pink and happy."
    ),
    # jerks told earlier, an update with a duration but no sign of a fit
    "she's been like this before, the paed filmed one and said benign",
    # a colour that goes once warm; a droop that comes with tiredness
    "his lips looked blue after his bath but he went pink again in a minute under the towel",
    "her eyelid droops a bit whenever she's overtired, the GP wasn't worried",
    # a clock time that is a bedtime, not a duration
    "she went down at 7:30 and the jerks started at 7:45, about every two minutes, then slept",
]
