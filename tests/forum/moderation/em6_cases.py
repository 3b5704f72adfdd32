"""Emergency classes missed on posts told in voices the concepts were not fitted to (dev_em6).

Cases for test_emergency_classes.py: each emergency must be certain (banner and alert) from
the rules alone; each near-miss must give neither a certain nor a doubtful red flag. Every
text here is written for this file (none is a dev row).
"""

from __future__ import annotations

EMERGENCIES = [
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
]

NEAR_MISSES = [
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
]
