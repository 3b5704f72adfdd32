"""Red flags as the emergency tests read them: one list per assertion, each grouped by
the round of dev rows its classes were gathered on (a comment says which).

Cases for test_emergency.py. Every text here is written for these tests (none is a dev row).
"""

from __future__ import annotations

# Emergencies that must be certain (banner and alert) from the rules alone.
CERTAIN = [
    # "since 2 days" does not make a new sign now a habit
    "my daughter 3 years is having fever since 2 days and now neck is stiff and she is very sleepy",
    # asked as a general question, but going on now, with how long (b22a)
    "is it normal that she's been jerking like this for 15 minutes and won't wake up?? sorry",
    # ==== dev: signs told without alarm words, in English, German and Portuguese
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
    # ==== dev_em6: voices the concepts were not fitted to
    # durations told as "a quarter of an hour", "so far", no cue word; "hasn't eased off"
    "she's been twitching down her left side for a quarter of an hour and won't look at me",
    "his eyes have drifted off to the right and his hand is twitching, about 12 minutes so far",
    "the shaking hasn't let up and she doesn't seem to hear me at all",
    # not come to / no answer / can't get a response / text-speak
    "the fit stopped twenty minutes ago but he still hasn't come round",
    "her jaw is jerking and there's no answer when I shout her name",
    "he's breathing but we can't get any response out of him",
    "she wont respond 2 me and her arm keeps jerking",
    # a limb jumping non-stop, not talking, eyelids flickering, a far away look
    "Grandad's left hand has been jumping non stop since ten to nine and he's not talking",
    "our son is twitching at the corner of his mouth, eyelids flickering, hasn't said a word",
    "baby's leg is jerking over and over and she's just staring, this has been going on ages",
    # fits counted or one after another, with no coming round between
    "she's had two in a row and hasn't woken up in between",
    "he's had three seizures in the past hour and never came round between them",
    # a first fit: "never had a seizure" beside shaking now; "nothing like this ever"
    "my brother has never had a seizure but he's on the kitchen floor jerking right now",
    "she has never had anything like this, she went stiff and is shaking all over",
    # one side, the face, speech: can't move or say, thick speech, no words, a clumsy hand
    "he slid off the chair and can't move or say anything, his eyes are open",
    "since the jolt his words sound thick and he can't hold a spoon in his left hand",
    "mum suddenly can't find any words and her right hand has gone clumsy",
    "she's not making sense and her left arm gave way when she tried to stand",
    # a knock on the head, then a new sign in everyday words
    "he landed on his head off the climbing frame and has been sick and is dozing off",
    "my daughter walked into a door frame at speed, now she's vague and asks the same question",
    "after he hit his head on the patio he's not acting like himself and sees two of everything",
    # fever with a stiff neck, a rash under a glass, a bulging or tense soft spot
    "she's burning hot, neck hurts when she looks down, and the rash won't fade",
    "7 month old with a high temperature and his fontanelle is raised and firm",
    "newborn, feels hot, and the top of her head is bulging",
    "he has a fever and I have to shake him to get him to open his eyes, they close again",
    # breathing and colour: stridor, ribs pulling in, "gone a dusky colour"
    "there's a high pitched sound when she breathes in and her ribs are pulling in under the chest",
    "his lips have turned a dusky grey and he's making a snoring sound while jerking",
    # a limb that won't work asked as a question about now
    (
        "Is it normal to be unable to lift your arm after a jerk? Mum's left arm has been like "
        "that for two hours."
    ),
    # a negation belongs to its own sign: "not feeding and hard to rouse"
    "my 5 week old is not feeding and hard to rouse",
    # a choice not to wake is not this: "not waking when I pick him up"
    "he's still jerking and not waking when I lift him out of the cot",
    # a benign-cause word never explains a sign that is happening now
    "she came out of the pool blue after swimming and she isn't breathing right",
    "our autistic daughter is jerking on one side and not responding to us",
    "my teenager is on the floor and unresponsive",
    "his lips went purple from choking on a sweet and he's gasping",
    "she had head trauma on Sunday and today she's vomiting and drowsy",
    "he fell off the bed yesterday and the follow up is booked, but now he keeps being sick",
    "he dozed off on his arm and now it won't move and his face is drooping",
    "She seemed fine at lunch, exhausted from nursery; now she's grey and floppy",
    # an event told without "I" or "my" beside a rule of thumb
    "the health visitor said a fit this long needs an ambulance and she's still fitting, 7 minutes",
    "the warning signs are all there, her lips are blue and she is not breathing",
    # a run-on sentence: a chronic background, then "tonight" and a new sign
    "sleep jerks for years, the GP knows, but tonight his left side went heavy and he's slurring",
    # eyes that don't follow, a twitchy face for minutes, an arm that won't do anything
    "she's done a twitchy thing with her mouth for 9 minutes and her eyes aren't following me",
    "since he woke up his left arm just won't do anything",
    # Spanish: a first convulsion, "no reacciona"
    "mi hija tuvo una convulsión por primera vez y no reacciona",
    # German, Portuguese, Hindi-English
    "Seine Mundwinkel hängt und er kann nicht mehr deutlich sprechen",
    "Er ist auf den Kopf gefallen und ist jetzt verwirrt",
    "Meu filho está com febre e o pescoço rígido",
    "beti 10 minute se jhatke le rahi hai aur jawab nahi de rahi",
    "mummy ka chehra ek taraf latak gaya hai",
    "baby ke hoth neele hain aur woh uth nahi raha",
    # ==== dev_em8: signs told by what is seen, clock times, an all-clear first
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
    # ==== dev_em9: knocks in everyday words, long stories that turn to now
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
    # ==== dev_em11: new wordings
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
    # ==== train_b12b: an old diagnosis beside a sign now; Spanish and French
    # an ongoing red flag is not cleared by an old diagnosis told in the next sentence
    (
        "My daughter 6 weeks is grey in colour and floppy, not feeding since this morning. "
        "Her jerks were diagnosed last month as benign by the paediatrician. Please tell me "
        "what to do"
    ),
    (
        "Baby has been mottled and limp all day and won't take a bottle. The neurologist said "
        "in June the twitches were harmless."
    ),
    # Spanish and French: the child cannot be woken, with the pronoun before the verb, or
    # "hardly wakes"
    "después del temblor no lo puedo despertar bien",
    "depuis la secousse il ne se réveille presque pas quand je le porte",
    # ==== dev_fh6, dev_fh9: red flags now beside reassurance, dreams, guidance
    "he's been jerking on his left side for ten minutes and isn't answering me",
    "my baby has gone floppy and grey and won't wake up",
    # shouted, with no dream in the post; "before she came round" is no recovery
    "I screamed he's not breathing, he's blue and floppy, the ambulance is coming",
    "Another fit started before she came round, it's been 8 minutes now",
    "He's gone floppy and I can't wake him, help",
    # forms missed on the blind rows of train_b13b, in new wordings: the call handler's
    # question is no what-if; gaps in counted breaths; a breath and then nothing
    "the 911 lady is asking if he's breathing right, his lips look kind of dusky to me",
    "I'm watching her chest and there are pauses between her breaths, like she forgets to breathe",
    "she gives a big gasp every so often and then nothing for ages",
    "son ventre se creuse à chaque respiration et il est tout gris",
    # a hand that will not grip, speech that sounds thick, swallowing gone, after an episode
    "Woke up on the floor after a huge jerk and now my right hand won't grip the mug",
    "After the jerk he woke and his words are coming out thick and slow",
    "depuis la crise il parle bizarrement et il a du mal à avaler",
    # bleeding through the towel
    "the cut on her chin is still soaking through the tea towel after twenty minutes",
    # fits one after another without coming round, told as "another one came"
    (
        "He had a fit, then another one came before he woke. This is the third one and he "
        "hasn't opened his eyes in between."
    ),
    # words that will not come; a sign told "since I started typing this"
    "Also he can't find the word for 'spoon', he keeps calling it the eating stick.",
    (
        "Sorry for the long ramble about holidays. Also my wife has been twitching on the sofa "
        "since I started typing this and she hasn't answered me once."
    ),
    # lips going violet in French, breathing barely heard in Spanish
    "elle ne pleure plus du tout, ses lèvres deviennent violettes",
    "ya no ronca, casi no la oigo respirar",
    # Tagalog-English: lips turning blue, a grandmother who cannot be woken and does not answer
    "wala pa yung ambulance, nagiging blue na yung labi ni lola",
    "si lola hindi na magising, hindi sumasagot kahit tinatawag namin",
    # the Tagalog marker "ni" is no Spanish "nor"; "kanina" (earlier today) is now, not history
    "sabi ni kuya parang humihinto yung hinga ni tatay",
    # a real knock and a real fall, beside the idioms
    "He knocked his head on the cot bars an hour ago and now he's been sick twice and so sleepy.",
    # "they think" with the seizure going on now
    "The paramedics on the phone think he's having a first seizure right now, he's not answering.",
    # the same words as a general question or a monitor's alarm, happening now
    "Not a general question: he's grey and I can't wake him",
    "The monitor went off and she's blue and not breathing, I'm doing CPR",
    # "signs" with a colon that nobody gave: the writer's own child now
    "He has all the signs: his lips are blue, he's floppy and I can't wake him.",
    # fits one after another, not coming round between them, after a partial recovery
    (
        "She had a fit at 2:10, came round a little, then another at 2:25 and now a third is "
        "starting and she hasn't woken properly in between."
    ),
    # never before, with the event told beside it
    "She has no history of seizures and right now she's stiff and shaking all over.",
    (
        "Si lolo (79) hindi magising mula kanina, nakahiga lang. Matagal na siyang may jerks sa "
        "gabi for years pero iba ito."
    ),
]

# Red flags that must at least show the banner (certain or doubtful).
BANNER = [
    # an injury in a jerk: a limb bent in the middle or at the wrong angle, blood through cloths
    (
        "The sitter just rang me at work, my girl fell off the top bunk in one of her jerks and "
        "her wrist is bent in the middle, she's screaming."
    ),
    "He came off the bed in a big jerk and his lip has bled through three flannels.",
    # fits on and off for an hour without coming round properly: a cluster, not bouts of jerks
    "been fitting on and off for an hour, comes half round then goes off again",
    # ==== issue 11: red flags in everyday words
    # fever in Fahrenheit or as a decimal, with a neck that hurts to move
    "Temp is 103 and she cries when I tip her head forward to put her top on",
    "He's at 39.4 and he whimpers every time his neck moves, what do I do",
    # spots that stay when pressed, with a fever
    "She has a fever and tiny dots on her arms that don't fade when I press them",
    # unusually drowsy with a fever
    "Our boy is burning up and so drowsy he won't stay with us for more than a minute",
    # a first seizure told with "first time ever" and no alarm word
    "First time ever, my daughter went stiff and her arms are jerking right now",
    "My son is having a seizure, first one ever, it's been four minutes",
    # a knock on the head told further along, then a new sign
    "She cracked the back of her head on the tap an hour ago and has been sick twice since",
    # ==== dev_em8: an injury is a weak red flag alone, the banner is enough
    # an injury told by what is seen
    "the jerk threw him off the bunk and his wrist is sticking out at a funny angle",
    "her leg is bent the wrong way after she fell out of bed in the fit",
]

# Posts that must give neither a certain nor a doubtful red flag.
NEAR_MISSES = [
    # ==== dev
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
    # ==== dev_em6
    # a limb dead or numb from lying on it
    "my arm goes numb if I sleep on it, pins and needles for a bit",
    "his hand was dead this morning because he'd been lying on it all night",
    # a colour from food, dye or the cold, said with its cause or as a habit
    "her lips went purple from a grape ice pop",
    "his fingers go a bit white when he's cold, the GP says Raynaud's",
    "her mouth gets a bit blue in the cold pool, it goes once she's warm",
    # hard to wake as a habit
    "he's impossible to wake on school days, every teenager is",
    "she's always hard to wake after a sleepover",
    # negated: "never stops breathing", "no trouble breathing"
    "his jerks are short and he never stops breathing during them",
    "she had no trouble breathing at all, just the usual twitches",
    # the past: "when he was three", "that was 2021", "when she was born", memories
    "my nephew went floppy in a fever fit when he was three, he's at university now",
    "brought back memories of when our girl went blue at the park; that was 2021",
    "he was grey and limp when he was born and needed oxygen, he's 5 now and thriving",
    # a past event over and explained, or in a doctor's hands
    "his speech was slurred last night after a few pints; totally normal this morning",
    "she was unresponsive for a few seconds during a staring spell on Tuesday, EEG is booked",
    "dad had his face droop once, it was a TIA, he's on blood thinners and doing well",
    "she had a stroke two years ago and her left hand is still weak, physio is helping",
    # dreams in Portuguese, hypothetical in Hindi-English
    "Sonhei que minha filha não respirava, acordei chorando",
    "agar kabhi baby neela pad jaye to kya karein? bas jaankari ke liye",
    # general questions and a doctor's rule of thumb
    "does a first seizure always mean epilepsy?",
    "is a long seizure always an emergency?",
    "our GP said a seizure over five minutes needs an ambulance",
    # a story in the paper
    "there was a piece in the paper about a boy who collapsed at football and couldn't speak",
    # limp after sport, not answering to a name as a habit
    "he's limp after football training, completely worn out",
    "he doesn't respond to his name sometimes, he's on the autism pathway",
    # a frequency report is not a cluster
    "she's had three episodes since Monday, all as she drops off",
    # a list of signs, told on from a sentence of guidance or as "a list of danger signs"
    "The leaflet has good warning signs. Basically: colour change, not waking properly.",
    "Our GP gave us a list of danger signs, like not waking or breathing pauses, to act on.",
    # a blood test is not bleeding
    "El pediatra pidió un análisis de sangre y salió todo normal.",
    # a long cluster in a story that faded out after an EEG
    (
        "He jerked every few seconds for half an hour in his sleep as a baby; the EEG was normal "
        "and it faded out by nine months."
    ),
    # a pet, not a person; a glass test whose spots faded; an old stroke
    "our dog went floppy after his long walk, the vet checked him",
    "I pressed a glass on her spots like the leaflet says and they faded straight away",
    "grandad had a stroke in 2019 and his mouth still droops a little",
    # a snoring chronic background stays chronic
    "he has snored for years and his jerks are worse some nights, GP appointment booked",
    # ==== dev_em8
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
    # ==== dev_em9
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
    # ==== dev_em11
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
    # ==== train_b12b
    # an old, resolved episode and the diagnosis that followed it
    (
        "Last year she went a bit grey after a jerk, we went to A&E and it was all fine. "
        "Diagnosed benign sleep myoclonus since."
    ),
    # "since this morning" about the writer's own worry, with nothing wrong with the child
    "I've been reading about myoclonus since this morning and I'm so relieved it's common",
    # ==== issue 11
    "He's so sleepy in the mornings since the clocks changed, is that the jerks?",
    "The bath water was really hot so we let it cool, then she went down fine",
    "Last year she had a fever of 39 and a rash, the GP checked her and she was fine",
    "I keep dreaming that his neck is stiff and he has a rash, it's my anxiety",
    # ==== dev_fh9: guidance replies, dreams and past scares
    # a list of when to ring, opened by where to go or closed by "everything else"
    (
        "999: lips going blue, floppy, not breathing right, or you can't rouse her. Anything "
        "else, phone the out of hours line."
    ),
    (
        "Good plan. Can't wake him, grey colour, a fit past five minutes. Everything else, "
        "call his dad."
    ),
    # the number alone, or "bring him to A&E", opens a reply with the reasons for going
    "112. Straight away. Tell them one fit after another and no waking in between.",
    "Bring her to A&E now or ring 999. A hand that won't grip after a bang needs looking at.",
    # words shouted in a dream or in sleep talk
    (
        "Funny now, but my wife shouted 'the baby's gone blue' at 3am and sat bolt upright. "
        "Baby was snoring away next door. She'd been dreaming again."
    ),
    # an old scare the ambulance crew checked
    (
        "Tonight's cluster looks like her usual, pink and stirring when I touch her. Last time "
        "she went floppy after one it turned out she was asleep, the ambos checked her over."
    ),
    # the call handler's question about an old event, a gap that is not in breathing, a
    # breathing machine's "and then nothing" in a dream, a cut that stopped
    "Last year the 999 operator was asking if she was breathing, but she was fine in the end",
    "there are gaps in the fence so the dog gets out and then nothing happens",
    "the plaster soaked through yesterday but it stopped and it's healing fine",
    # after care, seen and followed up (train_b14b classes, new wordings)
    (
        "Update: it was his first seizure. He's had bloods and a scan and we're seeing the "
        "paediatric neuro team next week."
    ),
    "first fit, MRI was clear, his arm came back to normal by the evening. thank you all",
    # the colour of a thing, a floppy hat
    "Grey day here. She napped in her purple sleepsuit and I drank cold tea",
    "He wore his floppy sunhat all afternoon and did his usual two jerks as he dozed off",
    # thrashing about is no floppiness
    "Three wines at my sister's and I was flopping round the bed all night, anyone else?",
    # jerks in sleep on and off, a child who wakes happy; jerks "since 2 weeks" (days, not now)
    (
        "It's 11pm and my 18 month old has been jerking in his sleep for an hour on and off, "
        "wakes happy though. GP's shut. Do I need to do something tonight?"
    ),
    "my son is having twitching in sleep since 2 weeks, mostly legs. kindly advise what it is",
    # the colour of a soft toy, the writer's own worry, a scare from months ago (EN, ES, FR)
    "Ha, ours is a blue teddy. Same here, nights without him are jerky.",
    "I went grey with worry when we forgot the bunny at Nana's.",
    "Last October our girl went blue round the lips in a big cluster of jerks, scariest night.",
    "Hace un año se puso azul en una crisis con fiebre; le vieron en urgencias y todo bien.",
    "Il y a un an il est devenu bleu pendant une crise fébrile, tout s'est bien terminé.",
    # a dream told in Tagalog-English
    "Napanaginipan ko na hindi na humihinga si baby. Pag gising ko, humihinga, pink ang lips.",
    # a post that says it is a general question; a monitor's false alarm
    (
        "General question, nothing happening right now. Sometimes after a big jerk I can't wake "
        "my wife for a few seconds. When would you ring 999?"
    ),
    (
        "Our breathing mat beeped at 2am saying he'd stopped breathing. Ran in: he was pink and "
        "breathing, sleeping like a log."
    ),
    # bursts with gaps in sleep, the benign pattern (EN, FR)
    (
        "Since Sunday when he's deep asleep he does jerks in bursts, every few seconds for "
        "maybe eight minutes, then nothing for an hour."
    ),
    "Quand il dort, des secousses par séries pendant cinq minutes, puis plus rien jusqu'au matin.",
    # idioms: a habit knocked on the head, nearly falling off a chair, a blood pressure check
    "He's knocked the energy drinks on the head since Monday and the jolts are fewer.",
    "Saw the reply notification and almost fell off my chair, thank you all so much.",
    "The GP checked his blood pressure and asked a lot about the headaches, all normal.",
    # a list told by someone, after a colon; the clinicians' word for what it was
    "The things that mean go now: she stops breathing, turns grey, or you can't wake her.",
    "On nous a dit : s'il devient gris ou s'il est tout mou, on appelle le 15.",
    "Back home. Doctor said first seizure, MRI next week, she's playing with her sister.",
    # a list of signs someone gave, after a colon (EN, FR)
    (
        "Our nurse gave us a leaflet I keep by the bed: lips going grey, a baby who is floppy, "
        "one you can't wake."
    ),
    "Ring 000 if: she stops breathing; her lips turn blue; she's floppy and won't wake.",
    "Le pédiatre nous a donné la liste des signes pour lesquels il faut appeler : lèvres bleues.",
    # "no history of seizures" about the writer, with no event beside it
    "Healthy 41 year old here, no history of seizures, and the jerks only come as I nod off.",
    # a habit in the plain present at sleep onset, with how long the jolts go on
    "Since the new tablets, when she finally drops off she has these jolts for ten minutes or so.",
    # what the seizure turned out to be, told after the hospital (EN, ES, FR)
    "Update from the ward: the registrar said it was a seizure, her first ever, EEG on Friday.",
    "Turns out that was his first fit. He's asleep on the ward now, I'm shattered.",
    "Ya en casa. Los médicos dicen que fue una primera convulsión, nos citan con neurología.",
    "Retour à la maison, c'était une première crise selon l'interne, on revoit le neuro lundi.",
    # a health visitor's advice about the jerks, passed on (one clinician list in context.py)
    "ok thanks. our HV said not to hold his arms down when it happens",
    # Indian English "since 2 days": jerks for some days, not a fit now (b22b)
    "Kindly advise, my daughter 5 years is having jerks in her sleep since 3 days, mostly hands.",
    # what the guidance is about, told in general (b22a)
    (
        "The official advice is for a fit that goes past five minutes, lips going blue, or a "
        "baby you can't wake. The little jerks as she drops off aren't that."
    ),
    # the same question about a habit of weeks, or in general
    "Is it normal that she's been jerking in her sleep for a few weeks now?",
    "Is it normal for a baby to jerk for ten minutes as he drops off?",
    # ==== unit cases: everyday posts with red-flag words
    "The jerks won't wake him, he sleeps right through them.",
    "He's not responding to the melatonin at all, so the paed is changing it.",
    "He has clusters of jerks every night, each lasting 5-10 minutes.",
    "The red flags are: not breathing, going blue, a fit over five minutes. That's 999.",
    "Call 911 now, don't wait for replies here.",
    # a sign that passed, or has an everyday reason
    (
        "Last night I woke and couldn't move or speak for a few seconds, then it passed. GP "
        "says sleep paralysis."
    ),
    (
        "Couldn't wake Grandad at breakfast, turned out his hearing aids were out on the side "
        "table. Grumpy but fine."
    ),
    # a reply: the signs are its reasons, "the 999 list", "a call to 999", "call now" later
    (
        "Don't wait for morning. Weakness on one side plus slurring is what the 999 list is "
        "for. Call now and write down the time."
    ),
    "Half an hour of not answering is a call to 999, pet. Now.",
    # an idiom and an insult
    "A spoon of tonic water at bedtime stops leg cramps dead, worked for my dad for years.",
    "Qué exagerada, seguro que es una floja y no aguanta nada.",
]

# Thread updates, (earlier posts, update): the update must be certain, read against the
# thread or on its own.
THREAD_UPDATES = [
    # the signs told before grow (b22a): "the pauses are getting longer"
    (
        [
            (
                "My nan is 80 and for the last ten minutes she keeps stopping breathing and then "
                "gasping, she's grey and not answering us."
            )
        ],
        "the pauses are getting longer",
    ),
    # a new deficit, in Spanish, told with "tampoco" (neither)
    (
        ["Mi abuela se despertó con la cara torcida y no puede hablar bien."],
        "tampoco puede mover la pierna izquierda",
    ),
    # "still the same" in French and Spanish
    (
        ["22h05 ses jambes tremblent depuis dix minutes et elle ne me répond pas"],
        "22h14 toujours pareil, mon mari appelle",
    ),
    (["lleva ocho minutos temblando y no me mira"], "sigue igual, ya llamamos"),
    # ==== dev_em8
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
    # ==== dev_em9
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
    # ==== dev_em11
    (
        ["my toddler is seizing on the floor and not answering"],
        "6 minutes in and it has not stopped",
    ),
    (
        ["the baby went grey after the jerks and is breathing funny"],
        "ambulance called, she's now very floppy",
    ),
    (["fever of 39 and his neck is stiff and he's jerking"], "he can't keep his eyes open"),
    # after a knock on the head, eyes that keep closing, in Spanish
    (
        ["Se golpeó la cabeza con la cuna y ha vomitado dos veces"],
        "ahora se le cierran los ojos todo el rato",
    ),
]

# In a thread of fits, the count alone with its start is an update (certain from the thread).
COUNT_UPDATES = [
    (["she's had two fits in twenty minutes and isn't waking up in between"], "third starting"),
    (["his second seizure this hour, he's still not answering me"], "4th just started now"),
]

# Updates that must give nothing: jerks told earlier as a habit, then a long cluster that
# still wakes or a count of nights; jerks that stopped again; a knock with signs ruled out.
QUIET_UPDATES = [
    # the update after care: home, kept in, the tests done (b21c's resolved updates)
    (
        [
            (
                "my 3 year old has been jerking down her right side for about eight minutes "
                "now and she's not answering when I say her name"
            ),
            "ambulance here fast, they gave her medicine and it stopped. she's asleep now",
        ],
        (
            "Update for anyone wondering: we're home. She was kept in for two nights, they did "
            "bloods and an EEG and she sees neuro next week. The crew said ringing was right, the "
            "fact she wasn't answering me was what mattered. She is currently eating toast like "
            "nothing happened."
        ),
    ),
    # a reply that tells the poster what to note for the crew
    (
        ["she's burning up and I can barely rouse her"],
        "Good call. Jot down her temperatures for the crew.",
    ),
    # the after-care update and a reply that only sends the writer for help (train_b14b)
    (
        ["he had a fit and went grey and now he's not waking properly"],
        "Back home now after a night on the ward. The EEG was normal and he's himself again.",
    ),
    (
        ["she's been jerking for eight minutes and isn't answering me"],
        "Hospital right now, don't wait for replies here.",
    ),
    (
        ["her lips went blue during the fit and she's still not with it"],
        "She's ok. They kept her in overnight and I'm still shaking thinking about it.",
    ),
    # ==== dev_em8
    (
        ["our 2 year old gets jerks most nights as she drops off, the GP says benign"],
        "tonight it's been 15 mins of them but she wakes and smiles when I go in",
    ),
    (["he has jerks as he falls asleep, filmed them for the neuro"], "and a third night in a row"),
    # ==== dev_em9
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

# Replies that send the reader to emergency help: their signs are their reasons.
REPLIES = [
    # the order after a dash, the number and "please" alone, someone sent to ring, Spanish "llama"
    "Twenty minutes and she won't rouse - dial 911 from the landline right now.",
    "000 now please. Tell them she's grey and you can't rouse her.",
    (
        "Tell the babysitter to ring 999 now and keep him on his side. A fit past ten minutes "
        "needs the ambulance."
    ),
    "Llama al 112 ya. Diles que no respira bien y que está muy pálido.",
    "That's her struggling to breathe. 995 now, not the polyclinic tomorrow.",
    "Please call 10177 now. A baby that's floppy and won't feed must go to hospital.",
    # a long reply whose writer says who they are, opening with the order
    (
        "Maria, please ring 999 right now and put them on speaker. A fit that has gone on for "
        "nine minutes with his lips going dusky and no answer when you say his name is exactly "
        "what they want to hear about. I'm a childminder in Leeds, not a nurse, and I can't say "
        "what it is. Keep him on his side and note the time. We'll be here."
    ),
    (
        "Please don't wait for the morning surgery. A temperature with a purple rash that stays "
        "when you press the glass on it, and a girl who is floppy and hard to wake, is a 000 "
        "call tonight. I'm in Perth and I've done a first aid course, that's all. Go now."
    ),
]

# The writer's own emergency, with an order or a question about calling in the first
# sentences: still the banner.
OWN_WITH_AN_ORDER = [
    "Call 999 or wait? I'm shaking, my son has been fitting for nine minutes and he's grey.",
    (
        "Please tell me whether to ring 000. I'm on my own and my husband won't wake up, he's "
        "snoring strangely and his lips look blue."
    ),
]
