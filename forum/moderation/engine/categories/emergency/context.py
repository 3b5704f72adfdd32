"""Is the red flag happening to someone now? A ConText-style context layer.

ConText (Harkema et al.) decides for each concept whether it is negated, historical,
hypothetical or experienced by someone else, from trigger words whose scope runs
through the sentence until a terminator ("but", "however"). medspaCy implements it on
spaCy; its lexicon is English only and loading spaCy alone costs more memory per web
process than this whole engine may use, so the same algorithm is applied here to the
concept layer's canonical tokens, with triggers in English, Spanish and French.

The answer for one hit is one of :data:`CONTEXTS`; ``None`` means "now, and to the
person the poster is with": an emergency.
"""

from __future__ import annotations

import functools
import re

from forum.moderation.engine import trie
from forum.moderation.engine.words import FIRST_PERSON_FR_ES

from .concepts import Hit
from .tokens import Sentence

NEGATED = "negated"
HYPOTHETICAL = "hypothetical"
DREAM = "dream"
GENERAL = "general_question"
HISTORICAL = "historical_resolved"
OTHER = "other_experiencer"
BENIGN = "benign_cause"
CONTEXTS = (NEGATED, HYPOTHETICAL, DREAM, GENERAL, HISTORICAL, OTHER, BENIGN)


def _p(*alternatives: str) -> re.Pattern[str]:
    return trie.compile(r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?![\w'])")


# Emergency numbers by country: UK/IE 999 and 112, US/CA 911, AU 000, IN 108, SG 995, ZA 10177,
# NG (Lagos) 767.
_NUMBERS = r"999|911|000|112|108|995|10177|767"
# The people who see a child in hospital or clinic, as the tokens spell them ("a e" is A&E).
# One list for every trigger below that names them; each adds its own places and words.
# (The space is escaped so that the verbose patterns can take it too.)
_CLINICIAN = (
    r"doctors?|docs?|drs?|gps?|paed\w*|ped\w*|neuro\w*|nurses?|consultant|registrar"
    r"|health\ visitor|hv"
)
# Tagalog puts "si" / "ni" before a person ("si lola", "ni ate"); Spanish reads them as
# "if" / "nor".
_TAGALOG_KIN = r"(?:lola|lolo|baby|bebe|mama|mommy|papa|daddy|ate|kuya|tita|tito|nanay|tatay|bunso)"
# Scope ends at these (a trigger before "but" does not reach a hit after it).
TERMINATOR = _p(r"but|however|although|though|except|pero|sin embargo|mais|cependant|;|now")
# What the seizure turned out to be, told after the event: "they said it was a seizure, his
# first one", "it was his first seizure", "fue una primera crisis", "c'était une crise".
_PAST_VERDICT = re.compile(
    r"(?:(?<![\w'])(?:it|this|that) (?:was|turned out to be)|(?<![\w'])fue|c'[ée]tait"
    r"|(?<![\w'])(?:said|confirmed|diagnosed) (?:it as|as)"
    # the clinicians' word for it: "doctor said first seizure", "they think a first seizure"
    r"|(?<![\w'])(?:" + _CLINICIAN + r"|they|hospital|er|ed|a e|paramedics)"
    r" (?:said|say|says|think|thinks|reckon|reckons|believe|confirmed)"
    r"(?: it was| it's| its)?)"
    r" (?:(?:a|an|his|her|their|my|our|una|un|une|sa|son|su) )?(?:\S+ )?$"
)
# Negation right before the hit (at most three tokens before it, same clause).
NEGATION = _p(
    r"no|not|never|without|wasn't|wasnt|isn't|isnt|didn't|didnt|doesn't|doesnt|don't|dont|hasn't"
    r"|hasnt"
    r"|no sign of|no signs of|nothing like|denies|sin|nunca|pas|jamais|aucun\w*|sans"
    # Spanish "ni" (nor), not the Tagalog marker before a person: "sabi ni ate ..."
    r"|ni(?! " + _TAGALOG_KIN + r"(?![\w']))"
    r"|nicht|kein\w*|não|nao|nem"
)
# Wording of a hit that already contains its negation ("not breathing").
_SELF_NEGATED = trie.compile(
    r"^(?:not|no|never|isn't|isnt|wasn't|wasnt|can't|cant|cannot|couldn't|couldnt|won't|wont"
    r"|doesn't|doesnt|didn't|didnt|ne|n')(?![\w'])"
)
HYPOTHETICAL_TRIGGER = _p(
    r"if|what if|in case|incase|should (?:he|she|they|it) ever"
    # "nothing like this has ever happened" tells a first time, not a what-if
    r"|(?<!has )(?<!have )(?<!had )(?<!first )(?<!never )ever|would|might|may|could"
    r" (?:he|she|it|this|that)|one day|what happens when|what to do when|supposing|suppose"
    r"|worried (?:that|about|he|she|it)|scared (?:that|he|she|it)|afraid (?:that|he|she|it)"
    # a fear of what may come: "scared she'll stop breathing one night"
    r"|(?:worried|scared|afraid|terrified|frightened) (?:that )?(?:he|she|they|it|baby)"
    r"(?:'ll|'d| will| would| might)|one night|some night|for the future|in (?:the )?future"
    r"|just so i know"
    r"|terrified (?:that|he|she|it)|fear|fears|paranoid|in the event|imagine|convinced"
    r"|thought (?:he|she|they|it) (?:had|was|were)|thinking (?:he's|she's|they're|he|she|they)"
    # Spanish "si" (if), not Tagalog "si" before a person: "si lola hindi magising"
    r"|si(?! " + _TAGALOG_KIN + r"(?![\w']))|por si|en caso de|y si|et si|au cas o[uù]"
    r"|dans le cas|j'ai peur|tengo miedo"
    r"|miedo de"
    r"|peur qu\w*|qu'il|qu'elle|agar|kabhi|yadi"
)
# "Not feeding and hard to rouse": a negation before "and" belongs to its own sign.
_AND = trie.compile(r"(?:^| )and(?: |$)")
# A cause everyone knows, told with the sign: a dead arm from lying on it, purple lips from
# a blackcurrant lolly, a bluish mouth in a cold bath that goes once warm, a teenager
# impossible to wake for school.
_SPORT = (
    r"(?:swimming|swim|football|footy|rugby|training|gymnastics|dance|ballet|sports?|pe|the gym"
    r"|a long walk|a long day out|the party|sports day)"
)
_WORN_OUT = r"(?:worn out|shattered|knackered|wiped out|tired out)"
# Each benign cause with the words one of its matches must hold (a substring test spares the
# pattern on the many sentences that hold none of them).
BENIGN_CAUSES: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (
        ("needles", "dead arm", " on it", " on them", " on that", " on his", " on her"),
        _p(
            r"pins and needles|dead arm|(?:slept|sleep|sleeping|sleeps|lie|lying|lay|lies|lain"
            r"|laid|lean|leaning|leant) (?:\S+ ){0,2}?on (?:it|them|that arm|his arm|her arm"
            r"|his hand|her hand)(?! (?:and|but) (?:now|still))"
        ),
    ),
    (
        # food and dye, never something choked on or swallowed
        (
            "lolli",
            "lolly",
            "pop",
            "slush",
            "juice",
            "ribena",
            "currant",
            "berr",
            "beetroot",
            "crayon",
            "marker",
            "felt",
            "paint",
            "dye",
            "colou",
            "color",
            "sweet",
            "candy",
            " ink",
        ),
        _p(
            r"(?:from|after|because of|with) (?!(?:\S+ )?(?:chok|swallow|inhal)\w*)(?:a |an |the "
            r"|some |his |her |their |that )?(?:\S+ ){0,2}?(?:lolly|lollies|lollipops?|ice pops?"
            r"|popsicles?|slush\w*|juice|ribena|blackcurrant|blueberr\w*|berries|beetroot"
            r"|crayons?|markers?|felt ?tips?|paint|dye|food colou?ring|sweets?|candy|ink)"
        ),
    ),
    (
        ("warm", "dressed"),
        _p(
            r"(?:goes|went|fades?|faded|gone|disappears?) (?:away )?(?:once|when|as soon as)"
            r" (?:he's|she's|he is|she is|they're|he|she|they) (?:\S+ )?(?:warm|dressed|warmed)"
        ),
    ),
    (
        ("morning", "school", "teen", "raynaud", "carpal"),
        _p(
            r"(?:in|on) the mornings|(?:every|most) mornings?|for school|school days|carpal tunnel"
            r"|(?:typical|normal|every) teen\w*|raynaud\w*"
        ),
    ),
    (
        # limp with tiredness after a sport, not after a fit (nor blue after swimming)
        ("worn out", "shattered", "knackered", "wiped out", "tired out"),
        _p(
            rf"{_WORN_OUT} (?:\S+ ){{0,3}}?after (?:\S+ )?{_SPORT}"
            rf"|(?:limp|floppy) after (?:\S+ )?{_SPORT} (?:\S+ ){{0,5}}?{_WORN_OUT}"
        ),
    ),
    (
        # a colour change with its everyday trigger, said as a habit: "goes a bit blue when"
        ("go ", "goes ", "get ", "gets ", "turn ", "turns "),
        _p(
            r"(?:go|goes|get|gets|turn|turns) (?:a bit |slightly |quite )?(?:blue|bluish|purple"
            r"|purplish|mottled|blotchy|pale|white) (?:\S+ ){0,3}?(?:when|whenever|if|in the"
            r"|after)"
        ),
    ),
    (
        ("name", "autism"),
        _p(
            r"respond\w* to (?:his|her|their) name (?:sometimes|at times)"
            r"|autism (?:assessment|pathway)|(?:assessed|assessment|referred) for autism"
        ),
    ),
    (
        # a pet, not a person: "my cat went floppy in the sun"
        ("cat", "dog", "pupp", "kitten", "rabbit", "hamster", "pet"),
        _p(
            r"(?:cat|dog|puppy|kitten|rabbit|hamster|guinea pig|pet) (?:\S+ ){0,2}?(?:went|is|was"
            r"|has|had|collapsed|gone|seems|looks|keeps)"
        ),
    ),
    (
        # the glass test done, and the spots faded
        ("faded", "fades", "blanch", "went white", "disappeared", "vanished"),
        _p(
            r"(?:they|it|spots|rash|marks|dots) (?:all |both |just )?(?:faded|fades|blanched"
            r"|went white|disappeared|vanished)"
        ),
    ),
    (
        # a colour change that goes once warm: "blue after the pool, went pink in two minutes"
        ("pink",),
        _p(
            r"(?:went|goes|turned|turns|was|were) (?:\S+ )?pink (?:again )?(?:in|within|once"
            r"|as soon as)|pinked up (?:again )?(?:in|within|once|as soon as|straight away"
            r"|right away)"
        ),
    ),
    (
        # a habit when tired: "his face droops a bit when he's tired"
        ("tired",),
        _p(
            r"(?:when|whenever|if) (?:he's|she's|hes|shes|he is|she is|they're|they are|i'm|i am)"
            r" (?:really |very |so |a bit )?(?:tired|overtired|exhausted)"
        ),
    ),
    (
        # floppy in deep sleep, told as a habit: "his arms flop like a rag doll when he's in a
        # deep sleep"
        ("deep sleep", "fast asleep", "sound asleep", "dead asleep", "deeply asleep"),
        _p(
            r"(?:when|while|whenever|once) (?:he's|she's|hes|shes|he is|she is|they're|they are)"
            r" (?:in (?:a |his |her |their )?)?(?:deep sleep|fast asleep|sound asleep|dead asleep"
            r"|deeply asleep)"
        ),
    ),
    (
        ("always", "late night"),
        _p(
            r"always (?:\S+ )?(?:hard|difficult|impossible|a nightmare) to (?:wake|get up)"
            r"|(?:after|from) a late night|late nights"
        ),
    ),
)
# A benign cause does not explain a sign told as happening now.
_BENIGN_BLOCK = _p(
    r"(?<!fine )(?<!ok )(?<!okay )(?<!normal )now|tonight|at the moment|currently|suddenly"
    r"|all of a sudden|this time|still"
)


@functools.lru_cache(maxsize=1024)
def _benign(text: str) -> bool:
    """Does the sentence give an everyday cause for its sign (see BENIGN_CAUSES)?"""
    return any(
        any(map(text.__contains__, words)) and pattern.search(text) is not None
        for words, pattern in BENIGN_CAUSES
    )


# A sign that explains itself once it is over: wine, a late night, the jabs, a tantrum.
SELF_EXPLAINED = _p(
    r"(?:had|drunk|drank) (?:\S+ ){0,2}?(?:glasses|glass|pints?|bottles?|drinks|beers?|wine)"
    r"|(?:a few|too many|several|two|three|four) (?:pints|drinks|glasses|beers|bottles)"
    r"|exhausted|jabs|vaccinations?|immuni[sz]ations?|tantrum|breath[ -]?holding"
    r"|crying (?:so )?hard"
    # a baby monitor's alarm: "the sock monitor went off saying she'd stopped breathing"
    r"|(?:monitor|sock|owlet|alarm|sensor|mat) (?:\S+ )?(?:went off|goes off|alarmed|beeped|beeping"
    r"|came off|fell off|slipped off)"
    # not waking for a reason: "his hearing aids were out", "earplugs in"
    r"|hearing aids?|ear ?plugs?|headphones|earphones|audífonos|bouchons d'oreilles"
    r"|(?:caught|got) (?:his|her|their) breath"
)
# "Unresponsive for 20 seconds during a staring spell yesterday, the appointment is booked":
# over, short, and in a doctor's hands.
_RECENT_PAST = _p(
    r"yesterday|last (?:night|week)|the other (?:day|night)|on (?:mon|tues|wednes"
    r"|thurs|fri|satur|sun)day"
)
_BOOKED = _p(
    r"(?:appointment|referral|eeg|scan|mri|follow[- ]up|review) (?:\S+ ){0,2}?(?:booked|made"
    r"|scheduled|arranged|on|for|next)|(?:booked|referred) (?:\S+ ){0,3}?(?:in|for|to|with)"
)
_PRESENT_STATE = _p(
    r"he's|she's|hes|shes|they're|keeps?|can't|cant|won't|wont|isn't|isnt|doesn't|doesnt"
    r"|(?:is|are) (?!booked|scheduled|arranged|on |for |next)\S+"
)
_NOW_CUE = _p(
    r"now|still|right now|just now|currently|tonight|again|help|please|what do i do"
    r"|what should i do|since"
)

# "I don't know if he's breathing" is not hypothetical.
# ... nor is a question put to the person: "I asked her if she was ok and she can't answer".
_REAL_IF = trie.compile(
    r"(?:know|sure|see|check|tell|checking|unsure|wondering) (?:if|whether)"
    # ... nor the call handler's question: "they're asking if she's breathing ok"
    # (now, on the phone: "asking", not a doctor who once "asked whether he'd ever...")
    r"|(?<!i'm )(?<!im )(?<!i am )(?<!we're )(?<!to )asking (?:me |us )?(?:if|whether)"
    r"|ask(?:ed|ing) (?:him|her|them) (?:if|whether) (?:he|she|they|he's|she's|they're)"
    r" (?:was|were|is|are|ok|okay|alright|could|can|felt|feels)"
)
DREAM_TRIGGER = _p(
    r"dream\w*|dreamt|nightmares?|sleep paralysis"
    r"|(?:mine's|mines|mine is|ours is) (?:always|usually|often|normally) (?:that|about|where)"
    # (French "rêve, rêvé, rêvait", not "je reviens vers vous", "revoir", "revenu")
    r"|sue[ñn]o|so[ñn][ée]|pesadillas?|r[êe]v(?:e[sr]?|é|ée?s?|ai[st]|aient|ant|ons|ez|ent)(?!\w)"
    r"|cauchemar\w*|sonhei|sonho|sonhou|pesadelos?|träum\w*|traeum\w*|traum(?!a)\w*|albtraum\w*|sapn[ae]"
    r"|\w*panaginip\w*"
)
_SPOKEN = _p(r"yell\w*|shout\w*|scream\w*|mumbl\w*|mutter\w*|said|says|saying|cried out|called out")
_SLEEP_TALK = _p(
    r"dream\w*|dreamt|nightmares?|night terrors?|talks? in (?:his|her|their|my) sleep"
    r"|sleep ?talk\w*|sleep ?walk\w*|still asleep|fast asleep when"
)
# Guidance, lists of red flags, and replies telling the poster to ring: not an event.
GUIDANCE = _p(
    r"first aid|from what (?:i|we|our \S+|my \S+) (?:was |were )?(?:told|taught|said|gave us"
    r"|gave me|gives us|told us|tells us|says)"
    # "the things doctors say to watch for are ...", "signs the doctors give"
    r"|(?:things|signs|what) (?:\S+ ){0,3}?to (?:watch|look) (?:out )?for"
    r"|signs (?:the |our |your )?(?:" + _CLINICIAN + r")"
    r" (?:give|gave|list|listed|use|mention\w*)"
    r"|we were (?:told|taught)|were taught|the rule is|rule of thumb|red flags?|the list"
    # "the emergency advice is about ...", "the guidance is for ..."
    r"|(?:emergency |official |nhs |the )(?:advice|guidance|guidelines|rules) (?:is|are)"
    r" (?:about|for)"
    r"|(?:you|u) (?:ring|call|phone|dial)|is not something to|mention|book in|refer\w*"
    r"|worth (?:raising|mentioning|flagging|bringing up|asking about)"
    r"|when to (?:call|ring|phone|go)(?: back| in| them| someone)? :"
    r"|(?:is|that's|thats|it's|its|=) (?:\S+ )?(?:" + _NUMBERS + "|an emergency|an ambulance)"
    r"|article|leaflet"
    r"|explains|according to|(?:is|are) worth a|worth a (?:call|visit|gp)|signs to act"
    r"|are the signs|things like|such as|call always|always call"
    r"|reasons? to (?:call|ring|phone|go|dial)|a reason to|explained (?:that|to us)|always tell"
    r"|tell (?:parents|people|families)|general information|as a general rule"
    # "gasping on waking is one of the things a doctor would want to hear about", "seizures
    # more often have rhythmic jerking that keeps going"
    r"|(?:is|are) one of the (?:\S+ )?(?:things|signs)|(?:would|will) want to (?:hear|know) about"
    r"|(?:seizures|fits|convulsions) (?:\S+ )?(?:usually|typically|often|tend to|more often)"
    # "... are the ones to act on straight away"
    r"|(?:are|is) the (?:ones?|signs?|things?) to (?:act on|watch|worry about|call for|look for"
    r"|ring for)"
    r"|(?:call|ring|phone|dial|go to) (?:\S+ ){0,2}?(?:"
    + _NUMBERS
    + "|an ambulance|ambulance|a e|er"
    r"|the er|hospital) (?:for|if|when) :"
)
# The poster says so, anywhere in the post: "General question, nothing happening right now."
_NOTHING_NOW = _p(
    r"(?<!not a )(?<!no )general question|nothing (?:is )?happening (?:right )?now"
    r"|not happening (?:right )?now"
    r"|(?:just |asking )?for future reference"
)
# "If you're worried about breathing or someone not waking, call 999": an instruction with
# its condition, in one sentence.
_IF_READER = _p(
    r"if (?:you|you're|youre|u|ur|your|there's|there is|anyone|someone|a child|a baby|ever)"
    r"|si (?:vous|tu|usted)"
)
# Nobody in a sentence ("Mostly: jerks while awake, colour change, not waking properly"):
# after a guidance sentence it is the list that sentence announced.
_SOMEONE = _p(
    r"i|i'm|im|we|we're|my|our|me|us|he|she|he's|she's|hes|shes|him|her|his|they|them|their"
    r"|baby|son|daughter|boy|girl|husband|wife|partner|mum|mom|dad|child|kid|toddler|it's|its"
    r"|mi|mon|ma|il|elle|je"
)
# A reply listing when to ring, closed by "everything else" ("Ambulance: blue or grey, gone
# limp, can't wake him. Everything else, ring his mum."; its lead is _LIST_LEAD).
_ELSE_CLOSE = _p(
    r"(?:everything|anything) else ,? (?:ring|call|phone|text|ask|see|go|book|message|film|video"
    r"|record|write|note|wait|watch|mention)"
    # closed by "any of those": "Any of those, call straight away", "if any of that shows up"
    r"|(?:if )?any of (?:those|these|that|them|the above|this)(?: \S+){0,2}? ,? (?:call|ring"
    r"|phone|dial|get|go|take|straight|er|ed|a e|hospital|ambulance|" + _NUMBERS + r")"
    r"|if any of (?:those|these|that|them|the above|this) (?:\S+ ){0,2}?(?:shows? up|happens?"
    r"|appears?|starts?)"
)
# "A list of danger signs, like not waking": guidance when nothing is told in the present
# ("the warning signs are all there, his lips are blue" is not).
LIST_OF_SIGNS = _p(
    r"(?:a )?list of (?:\S+ )?(?:signs|flags|symptoms|things)"
    # "exactly what the 911 list is for", "is on the urgent list"
    r"|(?:the|their|our) (?:" + _NUMBERS + r"|urgent|emergency|red flag|danger|ambulance) list"
    r"|(?:danger|warning|alarm|emergency|red flag) signs?|signs (?:like|such as|to watch|to look)"
)
_RULE_WORDS = ("said", "says", "told", "tells", "advis", "explain")
# A doctor's rule of thumb: "our paed says a seizure over 5 minutes needs an ambulance".
RULE_OF_THUMB = _p(
    r"(?:says|said|told us|tells us|told me|advised|advises) (?:that )?(?:a|an|any) (?:\S+ ){0,3}?"
    r"(?:seizure|fit|rash|fever|temperature|bump|knock|head injury)",
    # "she said 911 every time for floppy or blue", "the instructor said kids can go pale"
    r"(?:says|said|told us|tells us|told me|advised|advises) (?:that )?(?:to )?"
    r"(?:call |ring |dial )?(?:"
    + _NUMBERS
    + r"|an ambulance|ambulance|a e|er|hospital) (?:\S+ ){0,2}?(?:for|if|when)",
    r"(?:says|said|told us|tells us|told me|explained) (?:that )?(?:kids|children|babies|toddlers"
    r"|little ones|some kids|some babies|a child|a baby) (?:can|may|might|often|sometimes|will)",
)
CALL_NOW = trie.compile(
    r"^(?:please )?(?:ring|call|phone|dial|get (?:him|her|them|your \S+) to) (?:\S+ ){0,3}?"
    r"(?:" + _NUMBERS + "|15|061|ambulance|emergency|a&e|er|casualty|hospital)"
)
# The number alone opens the reply and an order to the reader follows: "911. Now. Tell them
# back to back seizures" (not a parent's "911 now, she's blue" nor "911 now. she's blue").
# The place alone is the same reply: "Hospital now.", "A&E straight away!"
_NUMBER_ALONE = trie.compile(
    r"^(?:no ,? |yes ,? |ok ,? )?(?:" + _NUMBERS + r")(?: now| right now| straight away| asap)?"
    r"(?: please)?$"
    r"|^(?:now|right now|straight away|asap|immediately)(?: !)?$"
    r"|^(?:the )?(?:hospital|a e|er|ed|ambulance|casualty) (?:now|right now|straight away|asap"
    r"|immediately)(?: !)?$"
)
# "000 now, not the GP tomorrow": the number put before the reader's own plan, a reply.
_NUMBER_NOT_PLAN = trie.compile(
    r"^(?:" + _NUMBERS + r") (?:now|right now|straight away|asap|tonight) ,? not (?:the |a |your"
    r" |his |her )?(?:\S+ )?(?:" + _CLINICIAN + r"|clinic|polyclinic|surgery|111|morning|tomorrow"
    r"|urgent care|walk in)"
)
_ORDER_TO_READER = trie.compile(
    r"^(?:now |then |and )?(?:tell (?:them|the)|say|keep (?:him|her|them)|put (?:him|her|them)"
    r"|roll (?:him|her|them)|lay (?:him|her|them)|stay (?:on|with)|unlock|bring (?:him|her|them)"
    r"|take (?:him|her|them))(?![\w'])"
)


def _number_then_order(post: list[Sentence]) -> bool:
    return bool(
        post
        and _NUMBER_ALONE.match(post[0].text)
        and any(_ORDER_TO_READER.match(s.text) for s in post[1:])
    )


# A reply that sends the poster to help ("No, ring 999 now. Face drooping..."), anywhere in
# it: with no first person, its red flags are the reasons it gives, not an event.
SEND_FOR_HELP = trie.compile(
    r"(?:^|[,;:!?] |(?<![\w'])(?:no|please|so|then|just|now|and|or|wait|morning|up) "
    # someone with the person sent to ring: "tell the housemate to ring 000 now"
    r"|(?<![\w'])(?:tell|ask|get) (?:the |your |his |her )?\S+ to )"
    r"(?:please |just |now )?(?:ring|call|phone|dial|hang up and call|go to|go straight to"
    r"|(?:take|bring) (?:him|her|them|the baby|your \S+) (?:to|straight to|into)"
    r"|get (?:him|her|them) to"
    r"|llame|llama|llamad|llamen|ll[ée]vel[oa]|appelez|appelle|allez) (?:\S+ ){0,3}?(?:"
    + _NUMBERS
    + r"|15|061|111|ambulance|emergency|a e|er|ed|casualty|hospital|urgencias|urgences|samu)"
    r"(?![\w'])"
    # the number and "now" after a dash the tokens drop: "he's not waking - phone 112 right now"
    r"|(?<![\w'])(?:ring|call|phone|dial) (?:\S+ ){0,3}?(?:" + _NUMBERS + r") (?:\S+ ){0,4}?"
    r"(?:now|right now|straight away|immediately|asap)(?![\w'])"
    # help left to the hospital
    r"|let (?:the )?(?:er|ed|a e|hospital|paramedics|ambulance crew|crew|doctors) (?:handle|deal"
    r" with|sort)"
)
# "Fever with a stiff neck needs hospital tonight": the reasons a reply gives for going.
NEEDS_HELP = _p(
    r"(?:needs?|need to|must be|must go to|has to go to|means) (?:\S+ ){0,2}?(?:"
    + _NUMBERS
    + "|15|an? ambulance"
    r"|ambulance|hospital|the er|the ed|er|ed|a e|casualty|emergency|to be seen|seeing|checking"
    r"|a doctor)|needs? (?:looking at|to be looked at)|necesitan? (?:\S+ )?(?:ambulancia|urgencias)"
    r"|(?:is|means) a call to (?:" + _NUMBERS + r"|an ambulance|the ambulance)"
    # "is a 000 call tonight", "tonight is a 999 night"
    r"|(?:is|'s) an? (?:" + _NUMBERS + r") (?:call|job|night|situation)"
    # the same, told the other way round: "999 is who she needs right now"
    r"|(?:" + _NUMBERS + r"|an? ambulance|hospital|the er|a e) is (?:who|what) (?:\S+ )?needs?"
    r"|es urgente|c'est urgent"
    r"|il faut y aller"
)


@functools.lru_cache(maxsize=256)
def _sends_for_help(sentences: tuple[str, ...]) -> bool:
    """Does some sentence send the reader to help, or name what needs it?"""
    return any(SEND_FOR_HELP.search(t) or NEEDS_HELP.search(t) for t in sentences)


# "Is it normal that ...? Happened an hour ago": a question about something happening now.
RECENT = _p(
    r"(?:minutes?|mins?|hours?|hrs?) ago|it's been|its been|since (?:the )?(?:last )?\d+"
    r"|for the (?:last|past) \d+"
    r"|since (?:about|around|maybe|this|tonight|last night)|right now|just now|at the moment"
    r"|been like (?:that|this) (?:for|since)"
    # still going, with how long: "he's been shaking like this for 12 minutes"
    r"|(?:he's|she's|hes|shes|they've|he has|she has|they have) been (?:\S+ ){1,4}?for"
    r" (?:about |over |nearly |almost )?(?:\d+|five|six|seven|eight|nine|ten|fifteen|twenty|a few"
    r"|several)"
    r" (?:minutes?|mins?)"
    r"|happened (?:about|around|maybe|just)|hace (?:\S+ )?(?:minutos|horas)|il y a (?:\S+ )?"
    r"(?:minutes|heures)"
    # "she's done it 3 times tonight": a question about something happening now
    r"|(?:done it|happened|had it|had one|doing it) (?:\S+ ){0,3}?(?:tonight|today"
    r"|this (?:morning|evening|afternoon))"
)
# Told while it happens: "since I started typing this", "as I write".
_AS_I_WRITE = (
    r"since i (?:started|began) (?:typing|writing)|as i (?:type|write|am typing|am writing|'m"
    r" typing|'m writing)|while i (?:type|write|'m typing|am typing|'m writing|am writing)"
)
URGENT_NOW = _p(
    r"right now|just now|currently|help|won't wake|can't wake|ahora|maintenant|ayuda"
    # Tagalog-English "now", "earlier today", "help": "hindi magising since kaninang umaga"
    r"|ngayon|kanina|kaninang|tulong"
    r"|"
    + _AS_I_WRITE
    + r"|still(?! (?:a bit |slightly |quite |a little )?(?:weak|weaker|affected|numb|recovering"
    r"|healing|droops?|drooping|in (?:a )?(?:cast|plaster|physio)))"
    r"|aidez|what do i do"
)
_ACUTE = _p(
    r"turned blue|gone blue|went blue|limp|floppy|can't wake|won't wake"
    r"|(?:gone|turned|turning|going) (?:a |an )?(?:bit )?(?:blue|bluish|grey|gray|greyish|dusky"
    r"|purple|mottled)"
)
FIRST_PERSON = trie.compile(r"\b(?:i|i'm|im|my|we|our|me|" + FIRST_PERSON_FR_ES + r")\b")
CHRONIC = _p(
    r"every night|each night|most nights|for (?:weeks|months|years)|every week|cada noche"
    # Indian English "since 2 days", "since one week": for some days now
    r"|since (?:\d+|two|three|four|five|six|seven|few|many|one|last) (?:days|nights|weeks?)"
    # a teen who cannot be got up "every single school morning"
    r"|(?:every|each) (?:single )?(?:school )?morning|school mornings"
    r"|toutes les nuits|chaque nuit|every time|whenever|(?<!last )at night"
    # not the snoring of someone who will not wake: "lying there snoring heavily", "just snoring"
    r"|(?<!like )(?<!there )(?<!just )(?<!only )(?<!still )snor\w*(?! (?:noise|sound|heav\w*"
    r"|loud\w*|and (?:i |we )?(?:can't|cant|cannot|won't|wont)))|apn(?:o)?ea|some nights|whole life"
    r"|since birth|from birth|all (?:his|her|their) life|since (?:he|she|they) (?:was|were) born"
)
CHRONIC_ROUTINE = _p(
    r"who should (?:\S+ )?see|which doctor|book|referral|appointment|well otherwise|visit"
    r"|won't go|study",
    _CLINICIAN,
)
GENERAL_TRIGGER = _p(
    r"when (?:should|do|would|is it|to)|do you|should you|in general|at what point"
    r"|how (?:long|do you|would|can you|will i)"
    r"|is it (?:normal|dangerous|serious)|always means?|usually means?|does (?:a|an)"
    r"|always (?:an? )?(?:emergency|serious|dangerous)"
    r"|what (?:counts|are the signs|signs)|how can you tell"
    r"|does anyone know when|a child|a baby|babies|children|kids|someone|anyone's|people"
    r"|anyone else(?:'s)?|(?:has|had|have) anyone"
    r"|cu[aá]ndo|c[oó]mo saber|quand (?:faut|doit|appeler)|comment savoir|un enfant|un b[ée]b[ée]"
)
PRESENT = _p(
    r"now|right now|just now|currently|at the moment|still|tonight|this morning|this evening"
    r"|this afternoon|today|help|please|what do i do|what should i do|asap|urgent|ahora"
    r"|ayuda|maintenant|en ce moment|ce soir|aidez|aide|au secours|toujours|sigue|hoy"
    r"|aujourd'hui|been \S+ing|has been|is|isn't|isnt|he's|she's|hes|shes|keeps|won't|wont"
    r"|can't|cant|est|no puedo|ne peut"
)
DISTANT_PAST = _p(
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several"
    r"|many|couple of) (?:\S+ )?"
    r"(?:years?|months?|weeks?) ago|years ago|last (?:year|winter|summer|spring|autumn|fall"
    r"|christmas|month)|when (?:he|she|they|i|we) (?:was|were) (?:a baby|little|small|younger"
    r"|\d+|tiny|a newborn|a toddler|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|(?:\S+ )?(?:months?|weeks?|years?) old)|as a (?:baby|newborn|toddler|child)|used to"
    # "back in 2019", "back in the day"; not "back in bed" or "back in his cot"
    r"|back in (?:the day|the days|those days|(?:19|20)\d\d|january|february|march|april|may"
    r"|june|july|august|september|october|november|december|the (?:spring|summer|autumn|fall"
    r"|winter))"
    r"|when (?:my|our|his|her) \S+ (?:was|were) (?:a baby|little|small|younger|\d+|tiny"
    r"|a newborn|a toddler)"
    r"|when (?:he|she|they|my \S+|our \S+) (?:was|were) born|memories of|remind\w* (?:me|us) of"
    r" when|(?<=was )(?:in |back in )?(?:19|20)\d\d"
    r"|back then|at the time|in (?:19|20)\d\d|hace (?:\S+ )?(?:a[ñn]os?|mes|meses)|il y a (?:\S+ )?"
    r"(?:an|ans|mois)|last (?:january|february|march|april|june|july|august|september|october"
    r"|november|december)|l'ann[ée]e derni[èe]re|el a[ñn]o pasado|de (?:beb[ée]|petit|petite)"
)
# The after-care update: "home now", "back home", "we're out the other side", "we're home",
# "he was kept in two nights", "she's stable", "thank you all for telling me to ring".
AFTER_CARE = (
    r"(?:back |we're |were |we are |got )?home now|back home|out the other side"
    r"|(?:we're|we are|were) home|kept (?:him|her|them|us) in|(?:was|were) kept in"
    r"|(?:is|are|he's|she's|hes|shes|they're) (?:\S+ )?stable"
    r"|thank(?:s| you)(?: \S+){0,2}? for (?:telling|making|pushing|getting) (?:me|us)(?: to)?"
    r" (?:ring|call|phone|go)"
)
RESOLVED = _p(
    r"turned out|fine now|all fine|was fine|is fine|he's fine|she's fine|hes fine|shes fine"
    r"|totally fine|been fine|doing (?:well|great|fine)|recovered|discharged|all clear"
    r"|nothing (?:wrong|serious|found)|sent us home|sent home|ruled out|diagnosed|outgrew"
    r"|grew out of|grow out of (?:it|them)|never happened again|hasn't happened since"
    r"|no problems since"
    r"|false alarms?|(?:she|he|they|baby) (?:was|were|is|are) (?:\S+ )?pink(?: and| ,)"
    r" (?:\S+ )?breathing"
    # "then it passed", Spanish and French "está bien", "il va bien" (not "harmless": a
    # doctor says that of the jerks, not of what happens tonight)
    r"|(?:then |and )?(?:it|that|the feeling) (?:passed|wore off)"
    r"|est[aá] bien|todo (?:sali[oó] )?bien|(?:il|elle) va bien"
    r"|faded (?:out|away)|(?:had )?completely stopped|stopped completely|checked (?:him"
    r"|her|them) over|(?:all )?checked (?:out |over )?and (?:fine|ok|okay|clear|normal|cleared)"
    r"|(?:back )?home and (?:fine|well|ok|okay|doing well|back to normal)"
    # not "the second one started before he came round"
    r"|(?<!before he )(?<!before she )(?<!before they )(?<!without )(?<!never )(?:came round"
    r"|came to)|started breathing again|breathing again|pinked up"
    r"|okay now|ok now|back to normal|(?:normal|fine|ok|okay) (?:ever )?since"
    r"|(?:his|her|their) (?:normal|usual) (?:\S+ )?self|(?:completely|totally|perfectly) (?:normal"
    r"|fine)|back to (?:himself|herself|themselves|(?:his|her|their) (?:old )?self)"
    r"|est[aá] bien|ya pas[oó]|va bien|tout va bien"
    r"|tout est rentr[ée]|r[ée]tabli\w*|thriving"
    # the after-care update: "home now", "we're out the other side", "CT fine", seen and
    # followed up ("being seen by the neurology team next week")
    rf"|{AFTER_CARE}"
    # the care given, told after: "they gave him oxygen", "the ambulance took us in", "on the ward"
    r"|(?:they|paramedics|ambos|the ambulance|the crew|the doctors?) (?:gave (?:him|her|them)"
    r" (?:oxygen|a drip|fluids|medicine|antibiotics|something)|took (?:us|him|her|them) (?:to|in"
    r"|straight))|on the ward|reached (?:the )?\S+ and they"
    r"|(?:she's|he's|shes|hes|she is|he is|they're|they are) (?:ok|okay|alright|all right)"
    r"(?! (?:now )?but)"
    r"|(?:ct|scan|mri|eeg|bloods?|tests?|x-?ray|ecg) (?:was |were |came back |all |is |are )?"
    r"(?:fine|clear|normal|ok|okay)"
    r"|(?:seeing|see|being seen by|appointment with|referred to) (?:\S+ ){0,3}?(?:neuro\w*|team"
    r"|paed\w*|specialist|consultant|clinic) (?:\S+ ){0,2}?next (?:week|month)"
)
ASSESSED = _p(
    r"ambulance|ambos?|paramedics?|medics|a&e|a and e|er|emergency room|hospital|ed|casualty"
    r"|a e|111|999|911|000|112|eeg|urgencias|m[ée]dico|m[ée]decin|urgences|samu|pompiers"
    r"|poison control|poisons|special care|nicu|scbu|mini stroke|tia|blood thinners|physio\w*|rehab"
    r"|cpap|sleep (?:study|clinic)|mri|ct|ct scan|scans?|x-?rays?|bloods",
    _CLINICIAN,
)
# A story read, heard or watched somewhere is never happening to the poster's child now.
STORY = _p(
    r"(?:read|heard|saw|seen|watched|watching|reading) (?:\S+ ){0,3}?(?:story|stories|article"
    r"|post|posts|video|videos|online|news|documentary|facebook|tiktok|youtube|thread)",
    r"(?:story|stories|article|report|piece|documentary|programme|program) (?:\S+ ){0,2}?(?:in|on"
    r"|from) (?:the |a )?(?:paper|papers|newspaper|news|telly|tv|radio|internet)"
    r"|(?<=in the )(?:news)?papers?",
)
# Every STORY match holds one of these.
_STORY_WORDS = (
    "read",
    "heard",
    "saw",
    "seen",
    "watch",
    "stor",
    "article",
    "report",
    "piece",
    "document",
    "program",
    "paper",
)
OTHER_TRIGGER = _p(
    r"(?:my|a|our) (?:friend|friend's|neighbour|neighbor|neighbour's|neighbor's|cousin|cousin's"
    r"|colleague|colleague's|sister's|brother's|friends)|friend of (?:mine|ours)|someone (?:in|on"
    r"|at)|a (?:mum|mom|dad|parent|lady|woman|man) (?:in|on|at|from)"
    # not what the poster heard or saw happen at home: "I heard a thud and went in"
    r"|i (?:read|heard|saw)(?! (?:(?:a|an|the|this|that|some) (?:\S+ )?(?:thud|thump|bang|crash"
    r"|noise|sound|scream|cry|gasp|gurgle|shout|yell|wail|moan|groan|cough|whimper)|him|them"
    r"|something)(?![\w']))(?: about)?|a story|in the news"
    r"|on (?:tv|the news|facebook|tiktok)"
    r"|(?:mi|una) amiga|(?:mon|ma|une) (?:ami\w*|voisin\w*|coll[èe]gue)"
)


@functools.lru_cache(maxsize=2048)
def _in_post(pattern: re.Pattern[str], post_text: str) -> bool:
    """Does ``pattern`` occur in the post (or the sentence)? Asked once per text, not per hit.

    Several hits of one sentence (a long run-on post has many) ask the same questions of
    the same sentence and post; the answers are a pure function of the two, kept here.
    """
    return pattern.search(post_text) is not None


# "Jerks for years, all benign ... tonight was different, now his arm won't move": the
# background is chronic, the sign in its own sentence is new. Said in the hit's sentence
# ("now he's lying here"), or the post says tonight is different.
_NOW_IN_SENTENCE = _p(
    r"now|tonight|this (?:morning|evening|afternoon)|just now|suddenly|all of a sudden"
    r"|out of nowhere|it's been|its been|jetzt|agora|hoje|heute"
    r"|(?:i |i've |ive )?just (?:looked|checked|glanced|peeked|popped in|went in|gone in)|while"
    r" (?:i was |i'm |im )?typing|as i (?:type|write)"
    # a state that began with tonight's event: "every time he stands since the jerk"
    r"|since (?:the|that|his|her|this) (?:last |big |latest )?(?:jerk|fit|seizure|episode|nap"
    r"|fall|knock|bump)"
)
_CHANGE_IN_POST = _p(
    r"(?:tonight|today|this (?:time|morning|evening)) (?:was|is|it's|its) (?:\S+ )?different"
    r"|something(?:'s| is)? (?:\S+ )?(?:different|wrong|not right)|not (?:his|her|their) usual"
    r"|never (?:done|seen|had) (?:this|that|it)|this is new|(?:isn't|isnt|not) like (?:him|her)"
)


# A sign told as new this very moment ("just now I couldn't wake him"), not a plain "now"
# ("her jerks now are only at sleep onset").
_SUDDENLY_NOW = _p(
    r"just now|right now|suddenly|all of a sudden|out of nowhere|tonight|this (?:morning|evening"
    r"|afternoon)"
)


def _changed_now(text: str, post_text: str) -> bool:
    """Is the hit's sentence about now, apart from a chronic background told elsewhere?"""
    if _in_post(CHRONIC, text):
        return _now_after_chronic(text)
    return _in_post(_NOW_IN_SENTENCE, text) or _in_post(_CHANGE_IN_POST, post_text)


@functools.lru_cache(maxsize=64)
def _now_after_chronic(sentence: str) -> bool:
    """A run-on sentence that turns to now after its background: "jerks for years, tonight
    his left side went heavy". Kept like :func:`_in_post`: each hit of the sentence asks."""
    ends = [m.end() for m in CHRONIC.finditer(sentence)]
    return bool(ends) and _NOW_IN_SENTENCE.search(sentence, ends[-1]) is not None


# A long story's turn from its background to now: "tonight", "just now", "20 minutes ago",
# "an hour ago", "at 3am", "she went to bed at 7".
_TURN_TO_NOW = _p(
    r"just now|right now|suddenly|all of a sudden|out of nowhere|tonight|today|this (?:morning"
    r"|evening|afternoon|arvo)|(?:\d+|a few|few|couple of|ten|five|twenty) (?:min|mins|minutes)"
    r" ago|(?:an|a|one|two|half an|a couple of|couple of|a few|\d+) (?:\S+ )?(?:hour|hours) ago"
    r"|a (?:little |short )?(?:while|bit) ago|(?:it's|its|it has) (?:now )?been (?:\S+ ){0,2}?"
    r"(?:min|mins|minutes)|\d{1,2} ?(?:am|pm)|\d{1,2} : \d\d|(?:to bed|down|to sleep|asleep|up)"
    r" at (?:about |around )?\d{1,2}"
)


_MEMORY = _p(
    r"remember\w*|recall\w*|used to|back then|that (?:night|day|evening|morning)|at the time"
    r"|memories|will never forget|never forget"
)


def _moved_to_now(post: list[Sentence], index: int) -> bool:
    """A story of years of jerks, a diagnosis or an old scare that turns to now ("tonight I
    put him down ... just now I checked on him") and then tells the sign in the present
    ("he's breathing fast and shallow"): the background is over, the sign is not. The turn
    is in the hit's sentence or in one of the three before it, with no background told
    between the turn and the sign."""
    if not _in_post(_PRESENT_STATE, post[index].text):
        return False
    for j in range(index, max(-1, index - 4), -1):
        text = post[j].text
        if _in_post(_TURN_TO_NOW, text):
            # "I remember standing in the kitchen at 2am": a memory, not a turn to now
            return not _in_post(_MEMORY, text)
        if j < index and (
            _in_post(CHRONIC, text) or _in_post(DISTANT_PAST, text) or _in_post(RESOLVED, text)
        ):
            return False
    return False


# "The nurse said this needs 999 and he's still fitting": an event told without "I" or "my".
_STILL_GOING = _p(r"(?:he's|she's|hes|shes|he is|she is|they're|they are) still")
_MINE = trie.compile(r"\b(?:my|our|mine|mi|mon|ma)\b")
_STILL_NOW = trie.compile(
    r"\b(?:right now|still|currently|again tonight|help|ahora|maintenant|toujours|"
    + _AS_I_WRITE
    # a state that has lasted all day ("not drinking milk since morning") is not the old
    # problem a doctor once diagnosed
    + r"|since (?:this )?(?:morning|afternoon|lunch(?:time)?|breakfast|last night|yesterday)"
    r"|all day|(?:tell|advise) (?:me |us )?what to do"
    # fits one after another: "hasn't woken properly in between"
    r"|(?:hasn't|hasnt|has not|not) (?:\w+ )?(?:woken|come round|come to)(?: \w+)?"
    r" (?:in )?between)\b"
)


# The order alone after the reply's reasons: "A droop plus muddled words is what the list is
# for. Call now and note the time." (not as the post's first words, where a parent might
# write it).
_CALL_NOW_LATER = trie.compile(
    r"^(?:please |so |just )?(?:call|ring|phone) (?:them )?(?:now|right now|straight away"
    r"|immediately)(?: and| ,| \.|$)"
)


# A long reply's writer speaks of themselves ("I'm in the UK, not a doctor", "I'm a mum of
# three in Townsville") but not of their own family in danger: "my son", "our baby".
_OWN_PERSON = trie.compile(
    r"\b(?:my|our|mi|mon|ma) (?:\S+ )?(?:son|daughter|baby|boy|girl|husband|wife|partner|kid|child"
    r"|toddler|mum|mom|dad|father|mother|grandson|granddaughter|lo|bub|little one|hubby|dh)\b"
)
_DONT_WAIT = trie.compile(r"^(?:\S+ (?:\S+ )?, )?please (?:don't|dont|do not) wait")


def _opens_with_order(post: list[Sentence]) -> bool:
    """The reply's first or second sentence is an order to go for help now ("Jess, please call
    911 right now", "Please don't wait until seven. Ring 000 now"), not a question."""
    return any(
        not s.question
        and bool(CALL_NOW.match(s.text) or SEND_FOR_HELP.search(s.text) or _DONT_WAIT.match(s.text))
        for s in post[:2]
    )


def sends_reader_for_help(post: list[Sentence], post_text: str) -> bool:
    """A reply, with nothing still going on, that sends the reader to emergency help ("Please
    call 999 now and say her right hand is weak"): its signs are its reasons. Told with no
    "I", or opening with the order and with no family of the writer's own in it (a long reply
    whose writer says who they are)."""
    return (
        (
            not _in_post(FIRST_PERSON, post_text)
            or (_opens_with_order(post) and not _OWN_PERSON.search(post_text))
        )
        and not _in_post(_STILL_GOING, post_text)
        and bool(
            CALL_NOW.match(post_text)
            or _number_then_order(post)
            or any(_NUMBER_NOT_PLAN.match(s.text) for s in post)
            or any(_CALL_NOW_LATER.match(s.text) for s in post[1:])
            or _sends_for_help(tuple(s.text for s in post))
        )
    )


# Lists of signs. One opened by where to go: "Ambulance: blue or grey, gone limp", "999 if,".
_LIST_LEAD = trie.compile(
    r"^(?:call |ring |dial )?(?:an )?(?:ambulance|" + _NUMBERS + "|a e|er|hospital|emergency)"
    r" (?:for |if |when )?[:,]"
)
# A list of signs someone gave, after a colon: "the GP gave us a sheet ... ring 999 straight
# away if: breathing stops; lips go blue; ...", "la liste des signes pour lesquels il faut
# appeler le 15 : ...". The lead names a list and who gave it or what to do, or ends on
# "call ... if"; "he has all the signs: blue lips, floppy" is no such lead.
_LIST_NOUN = trie.compile(
    r"\b(?:signs?|signes|se[ñn]ales|signos|s[ií]ntomas|sympt[ôo]mes|symptoms|red flags?|list|liste"
    r"|lista|sheet|leaflet|feuille|hoja)\b"
)
_LIST_GIVEN = trie.compile(
    r"\b(?:gave|give|given|gives|donn[ée]e?s?|dio|dieron|told|tells|to (?:call|ring|watch|look|act)"
    r"|appeler|consulter|reconsulter|llamar|for which|pour lesquels|pour lesquelles|demandent"
    r"|piden|que hay que|qu'il faut|il faut)\b"
)
# The lead says who told the list: "on nous a dit :", "what our neurologist listed:", "the
# things that mean go now:".
_TOLD_LEAD = trie.compile(
    r"(?:we were told|on nous a dit|nos dijeron|(?:our|the|my|his|her) \S+ (?:said|says|told us"
    r"|listed|lists)|what (?:our|the|my|his|her) \S+ (?:said|listed|told us)|(?:the )?things that"
    r" mean (?:\S+ )?(?:go|call|ring)(?: now)?|from memory)$"
)
_CALL_IF_LEAD = trie.compile(
    r"\b(?:ring|call|phone|dial|appelez|appeler|llame|llamar|llamad) (?:\S+ ){0,4}?(?:if|when|si"
    r"|quand|cuando)$"
)


def _given_list(text: str, start: int) -> bool:
    """Is the hit at ``start`` an item of a list of signs: one opened by where to go, told
    with no "I" (see _LIST_LEAD), or one someone gave, after a colon (see _LIST_NOUN)?"""
    if _LIST_LEAD.match(text) and not _in_post(FIRST_PERSON, text):
        return True
    colon = text.rfind(" : ", 0, start)
    if colon < 0 or _in_post(_STILL_NOW, text):
        return False
    lead = text[:colon]
    return bool(
        _CALL_IF_LEAD.search(lead)
        or _TOLD_LEAD.search(lead)
        or (_LIST_NOUN.search(lead) and _LIST_GIVEN.search(lead))
    )


def _lists_guidance(sentence: Sentence, post: list[Sentence]) -> bool:
    """A list of signs that goes on from a sentence of guidance ("A good red-flag list.
    Mostly: colour change, not waking"), told with no "I" (the caller checks that nothing
    in it is told in the present)."""
    if _in_post(FIRST_PERSON, sentence.text):
        return False
    for index, other in enumerate(post):
        if other is sentence:
            return index > 0 and _in_post(GUIDANCE, post[index - 1].text)
    return False


def _clause_before(text: str, start: int) -> str:
    """The part of the sentence before ``start`` that is in scope (after a terminator)."""
    before = text[:start]
    last = 0
    for m in TERMINATOR.finditer(before):
        last = m.end()
    return before[last:]


def classify(hit: Hit, sentence: Sentence, post: list[Sentence], post_text: str) -> str | None:
    """The context that takes ``hit`` out of "an emergency now", or None."""
    text = sentence.text
    clause = _clause_before(text, hit.start)
    near = " ".join(clause.split()[-3:])
    if " and " in f" {near} ":
        near = _AND.split(near)[-1]
    if NEGATION.search(near) and not _SELF_NEGATED.match(text[hit.start : hit.end]):
        return NEGATED
    if (
        hit.concept in ("colour", "limp")
        and NEGATION.search(text[hit.start : hit.end])
        and not _SELF_NEGATED.match(text[hit.start : hit.end])
    ):
        return NEGATED
    if _in_post(DREAM_TRIGGER, text):
        return DREAM
    # words shouted or said in a dream or in sleep talk: "he sat up and yelled 'he's not
    # breathing' ... he'd been dreaming"
    if _in_post(_SPOKEN, clause) and _in_post(_SLEEP_TALK, post_text):
        return DREAM
    trigger = HYPOTHETICAL_TRIGGER.search(clause)
    if trigger and not _REAL_IF.search(clause):
        return HYPOTHETICAL
    if _in_post(SEND_FOR_HELP, text) and _IF_READER.search(text, 0, hit.start):
        return GENERAL
    index = next((i for i, s in enumerate(post) if s is sentence), 0)
    if index and _in_post(GUIDANCE, post[index - 1].text) and not _in_post(_SOMEONE, text):
        return GENERAL
    if _benign(text) and not _in_post(URGENT_NOW, post_text) and not _in_post(_BENIGN_BLOCK, text):
        return BENIGN
    if _given_list(text, hit.start):
        return GENERAL
    present = _in_post(PRESENT, text)
    if _in_post(GUIDANCE, text) or sends_reader_for_help(post, post_text):
        return GENERAL
    if _in_post(_NOTHING_NOW, post_text) and not _in_post(_STILL_NOW, text):
        return GENERAL
    if (
        not _in_post(FIRST_PERSON, text)
        and ("else" in post_text or "any of" in post_text)
        and _in_post(_ELSE_CLOSE, post_text)
    ):
        return GENERAL
    if not present and (
        _lists_guidance(sentence, post) or ("sign" in text and _in_post(LIST_OF_SIGNS, text))
    ):
        return GENERAL
    if (
        any(map(text.__contains__, _RULE_WORDS))
        and _in_post(RULE_OF_THUMB, text)
        and not _in_post(URGENT_NOW, text)
        and not _in_post(_BENIGN_BLOCK, text)
    ):
        return GENERAL
    if (
        sentence.question
        and _in_post(GENERAL_TRIGGER, text)
        and not _in_post(_MINE, text)
        and not _in_post(RECENT, post_text)
    ):
        return GENERAL
    if (
        _PAST_VERDICT.search(clause)
        and not _in_post(_STILL_NOW, text)
        and not _in_post(URGENT_NOW, text)
    ):
        return HISTORICAL
    past = _in_post(DISTANT_PAST, text) or (
        _in_post(DISTANT_PAST, post_text)
        and not _changed_now(text, post_text)
        and not _moved_to_now(post, index)
    )
    if past and not _in_post(URGENT_NOW, text):
        return HISTORICAL
    if (
        any(map(text.__contains__, _STORY_WORDS))
        and _in_post(STORY, text)
        and not _in_post(URGENT_NOW, text)
    ):
        return HISTORICAL
    if (
        _in_post(CHRONIC, post_text)
        and not (_in_post(URGENT_NOW, post_text) or _in_post(_ACUTE, post_text))
        and not _changed_now(text, post_text)
        and not _moved_to_now(post, index)
    ):
        return HISTORICAL if _in_post(CHRONIC_ROUTINE, post_text) else OTHER
    if (
        # sentence by sentence: "Seemed fine. Now she's drowsy" is not "fine now"
        _in_post(RESOLVED, "\n".join(s.text for s in post))
        and (
            _in_post(ASSESSED, post_text)
            or (_in_post(SELF_EXPLAINED, post_text) and not _in_post(_BENIGN_BLOCK, text))
        )
        and not _in_post(_STILL_NOW, text)
        # "most nights are fine now ... just now I couldn't wake him": an all-clear told
        # before a sign that is new now does not clear it
        and not (
            (_in_post(_SUDDENLY_NOW, text) or _moved_to_now(post, index))
            and not any(_in_post(RESOLVED, s.text) for s in post[index:])
        )
    ):
        return HISTORICAL
    if (
        _in_post(_RECENT_PAST, text)
        and _in_post(_BOOKED, post_text)
        and not _in_post(_NOW_CUE, post_text)
        and not _in_post(_PRESENT_STATE, post_text)
    ):
        return HISTORICAL
    if _in_post(OTHER_TRIGGER, text) or _in_post(OTHER_TRIGGER, post_text[:200]):
        return OTHER if present else HISTORICAL
    return None


# ------------------------------------------------- a reassured post (clears the model's doubt)

# The signs a parent rules out, and the state they report, when all is well: "no fever, no
# stiff neck, no rash", "he doesn't go stiff or change colour", "both hands working",
# "she's bouncing around and eating well", "he's absolutely fine", "the EEG was normal".
_REASSURANCE = trie.compile(
    r"""\b(?:no|not|never|doesn'?t|didn'?t|isn'?t|wasn'?t|without|nothing\s+like|ni|sin|pas\s+de)
        \s+(?:\w+\s+){0,2}?(?:fever|temperature|temp|stiff\w*|rash|colou?r|blue|grey|gray|floppy|limp
        |vomit\w*|sick|drowsy|fiebre|fi[eè]vre)\w*
    |\b(?:he|she|they|baby|bub|it|he'?s|she'?s|they'?re|i'?m|we'?re|(?:he|she)\s+is)
        \s+(?:\w+\s+)?(?:absolutely\s+|totally\s+|completely\s+|perfectly\s+|doing\s+)?(?:fine|ok|okay
        |well|great|normal|(?:her|him)self)\b
    |\bboth\s+(?:hands|arms|legs|sides)\s+(?:\w+\s+)?(?:working|fine|moving|normal)
    |\b(?:talking|eating|feeding|playing|walking|breathing)\s+(?:\w+\s+)?(?:normally|well|fine|ok|okay
        |happily)|\bbouncing\s+around|\bstays?\s+asleep|\bsleeps?\s+(?:right\s+)?through
    |\b(?:eeg|bloods?|tests?|scans?|mri)\s+(?:was|were|came\s+back|all)\s+(?:\w+\s+)?(?:normal|clear
        |fine)|\b(?:"""
    + _CLINICIAN
    + r""")\s+(?:has|have|had)\s+seen
    |\btodo\s+sali[oó]\s+bien|\btout\s+va\s+bien|\best[aá]\s+bien|\b(?:il|elle)\s+va\s+(?:tr[eè]s\s+)?bien""",
    re.VERBOSE,
)
# What keeps the model's doubt, reassurance or not: a call for help, now, a red flag word.
_ALARM = trie.compile(
    r"""\b(?:help|now|right\s+now|still|tonight|what\s+(?:do|should)\s+i\s+do|can'?t\s+wake|won'?t\s+wake
        |not\s+(?:waking|responding|answering|breathing|moving)|blue|grey|gray|floppy|limp|breath\w*
        |gasp\w*|since\s+\d|ago|minutes?|mins?|drowsy|sleepy|head|fell(?!\s+asleep)|fall(?!\s+asleep)|banged|vomit\w*|sick
        |can'?t\s+(?:move|speak|talk|lift|feel)|won'?t\s+(?:move|stop)|droop\w*|seizure|fit|fitting
        |convuls\w*|stiff\w*|rash|neck|fever|temp\w*|ayuda|ahora|aidez|maintenant|fits|since|hanging
        |side|mouth|face|arm|leg|hand|eye|weak\w*|numb\w*|slurr?\w*|confus\w*|lopsided|says?|saying
        |said|insists?|claims?|injur\w*|blood|bleed\w*|cut)\b""",
    re.VERBOSE,
)


def reassured(norm: str, unexplained: str | None = None) -> bool:
    """True when a post (normalised text) tells that all is well and has no alarm left
    once its reassurances ("no fever, no stiff neck", "he's fine") are set aside.

    ``unexplained`` is the part of the post to look for alarms in (default: all of it):
    the caller leaves out the sentences whose red flags the context layer has already
    found to be a dream, negated, hypothetical, general or past.
    """
    if not _REASSURANCE.search(norm):
        return False
    rest = norm if unexplained is None else unexplained
    if _NO_FEVER.search(norm):
        rest = _NECK_ONLY.sub(" ", rest)
    return not _ALARM.search(_REASSURANCE.sub(" ", rest))


# Help is under way, told by the poster: "in the car now, husband driving", "ambulance is here
# now, going in with her", "her dad is calling now". The emergency is being handled; the
# banner's "call now" has been done. Only with nothing else alarming left in the post.
_UNDERWAY = trie.compile(
    r"""\b(?:on\s+(?:the|our|their|my)\s+way(?:\s+(?:in|to\s+\w+))?|in\s+the\s+(?:car|taxi|cab|ambulance)
        |(?:husband|wife|partner|dad|mum|mom|he|she|my\s+\w+)\s+(?:is\s+)?driving(?:\s+us)?
        |(?:ambulance|ambos?|paramedics?|medics|they|the\s+crew)\s+(?:is|are|'s|'re)\s+here
        |(?:is|are|'s|'re)\s+here\s+now|(?:is|are|'s)\s+calling|calling\s+(?:them\s+)?now
        |on\s+the\s+phone\s+(?:to|with)\s+(?:them|the\s+ambulance|emergency|"""
    + _NUMBERS
    + r""")
        |going\s+(?:in|now)|(?:grab|grabbing|getting|got)\s+(?:a\s+)?(?:taxi|cab|grab|uber)
        |heading\s+(?:in|to\s+\w+)|en\s+route|en\s+camino|(?:ya\s+)?vamos\s+(?:al|para)
        |ya\s+(?:viene|vienen|llegaron|lleg[oó])|papunta\s+na|ils\s+arrivent|ils\s+sont\s+l[àa]
        |(?:le\s+samu|les\s+pompiers|l'ambulance|les\s+secours)\s+(?:est|sont)\s+(?:l[àa]|arriv[ée]s?))
        \b""",
    re.VERBOSE,
)
_UNDERWAY_FILLER = trie.compile(r"\b(?:now|ok|okay|thanks|thank\s+you|ty|thx|ahora|maintenant)\b")


def help_underway(norm: str) -> bool:
    """A short update that help is on its way or here, and hardly anything else (the model
    may have read a sign in any other words): the banner would tell the poster to do what
    they are doing."""
    if len(norm) > 120 or not _UNDERWAY.search(norm):
        return False
    rest = _UNDERWAY_FILLER.sub(" ", _UNDERWAY.sub(" ", norm))
    return len(re.findall(r"\w+", rest)) <= 4 and not _ALARM.search(rest)


# A stiff neck with no fever ("woke with a stiff neck, can't turn his head, no temperature"):
# slept on wrong, no red flag; its words are then no alarm.
_NO_FEVER = trie.compile(
    r"\b(?:no|not|without|never)\s+(?:\w+\s+)?(?:fever|temperature|temp|high\s+temp)\b"
)
_NECK_ONLY = trie.compile(
    r"\bstiff\w*\s+neck|\bneck\s+(?:is\s+|was\s+|feels\s+)?(?:a\s+bit\s+)?stiff\w*"
    r"|\b(?:turn|turning|move|moving|twist|twisting)\s+(?:his|her|their|my)\s+(?:head|neck)\b"
)
