"""The red flags of the domain brief as concepts: many surface forms, own combining rules.

Each concept is a set of patterns over a sentence's canonical tokens (see
:mod:`.tokens`: lowercased, misspellings corrected, words joined by single spaces,
clause punctuation as its own token). English in its UK, US, Australian and Indian
voices, Spanish and French: the rules are the same in any language.

A concept hit carries a strength: ``STRONG`` hits are red flags on their own (not
breathing, blue lips, cannot be woken); ``WEAK`` ones need a second sign to be sure
(a long jerking episode with no sign that it is going on now). The context layer
(:mod:`.context`) then decides whether the person is in danger *now*.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass

from forum.moderation.engine import trie
from forum.moderation.engine.text import Memo

from .tokens import Sentence

STRONG = 1.0
WEAK = 0.5

# Numbers people write for minutes, in words (English, Spanish, French).
_WORD_NUMBERS = {
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "diez": 10,
    "quince": 15,
    "veinte": 20,
    "cinq": 5,
    "sept": 7,
    "huit": 8,
    "dix": 10,
    "quinze": 15,
    "vingt": 20,
    "several": 5,
    "many": 5,
}


def _p(*alternatives: str) -> re.Pattern[str]:
    return trie.compile(r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?![\w'])")


def _gate_of(forms: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]) -> re.Pattern[str]:
    """One literal search for every gate word of ``forms``: most sentences hold none."""
    return trie.compile("|".join(re.escape(word) for words, _pattern in forms for word in words))


_PRONOUN = r"(?:he|she|they|him|her|them|baby|bub|babe|son|daughter|dd|ds|child|kid|lo|it)"
_NOT = (
    r"(?:not|isn't|isnt|wasn't|wasnt|aren't|no|never|barely|hardly|hasn't|hasnt|hadn't|doesn't"
    r"|doesnt|didn't|didnt)"
)

BREATHING = _p(
    rf"{_NOT} (?!(?:stop|stops|stopped|stopping|paus\w*|trouble|problems?|issues?|struggl\w*"
    r"|difficult\w*|gasp\w*) )(?:\S+ )?(?:breathing|breathe|breath|breaths)(?! (?:weird\w*|funny"
    r"|strange\w*|odd\w*|differently|heav\w*|fast|loud\w*|any (?:different|differently|faster)"
    r"|(?:\S+ )?through|(?:\S+ )?with (?:his|her|their|its) mouth))",
    r"(?:stopped|stops|stop|stopping|quit|quits|pauses?|paused|pausing|holds?|held|holding)"
    r" (?:\S+ ){0,2}?(?:breathing|breathe|breath|breaths)",
    r"(?:can't|cant|cannot|can not|couldn't|unable to|struggling to|struggles to|fighting to"
    r"|trying to|working hard to|labouring to|laboring to) (?:\S+ )?breathe",
    # (not the gasp of a sleep start: "jerks awake with a gasp like she's falling")
    r"gasp(?:ing|s|ed)?(?! (?:\S+ ){0,3}?(?:like|as if) (?:\S+ )?(?:falling|fell|tripp\w*|missed"
    r"|missing|dropp\w*))",
    r"(?:breathing|breaths|breath) (?:\S+ ){0,3}?(?:stops|stopped|stopping|pauses|paused"
    r"|shallow|irregular|rattly|rattling|grunting|noisy and|(?:very|really) slow(?! and (?:deep"
    r"|steady|even|regular|peaceful|relaxed|calm))|weird and)"
    r"|(?:breathing|breath|breaths) (?:\S+ ){0,5}?rattl\w*",
    r"(?:gaps?|pauses?) (?:\S+ ){0,2}between (?:\S+ )?breaths",
    # "count his breaths and there are gaps, like he forgets", "a big snort and then nothing"
    r"(?:breaths|breathing) (?:\S+ ){0,4}?(?:there are|there's|theres|with|and) (?:\S+ )?(?:gaps"
    r"|pauses)|forgets? (?:to breathe|to take a breath)"
    r"|(?:breath|breathing|snort|gasp|gulp) (?:\S+ ){0,6}?(?:and )?then (?:just )?nothing",
    r"(?:ventre|c[ôo]tes|cou|poitrine|thorax) (?:\S+ ){0,2}?se creus\w*|(?:se le |se )?(?:hunden"
    r"|marcan) (?:\S+ )?(?:las )?costillas",
    r"respira (?:\S+ )?(?:muy )?(?:despacio|lento|lenta)(?:,)? (?:\S+ )?con ronquidos"
    r"|respira (?:\S+ )?con ronquidos",
    r"(?:breathing|breaths|breath) (?:\S+ ){0,8}?with (?:long )?pauses",
    r"(?:no|ne) respir\w*",
    r"(?:dej[oó]|deja|ha dejado) de respirar",
    r"(?:n'arrive|arrive) (?:plus |pas )?[àa] respirer",
    r"(?:arr[eê]t\w*|cess\w*) de respirer",
    r"(?:le cuesta|no puede|dificultad para) respirar",
    r"(?:du mal|difficult[ée]s?) [àa] respirer",
    r"(?:whistl\w*|crowing|squeak\w*|high pitched) (?:noise |sound )?(?:when |while )?breathing in",
    r"(?:sucking in|pulling in|drawing in|sinking in) (?:\S+ ){0,6}?(?:ribs|rib cage|ribcage|chest"
    r"|neck|throat)|crowing (?:sound|noise)|stridor",
    r"(?:chest|ribs|tummy|belly|neck) (?:\S+ ){0,4}?(?:caving|sucking|pulling|sinking) in"
    r"|(?:ribs|chest|tummy) (?:\S+ ){0,3}?(?:going|moving|sucking|pulling) in and out",
    r"grunt\w* (?:\S+ ){0,3}?(?:breath|breaths|breathing)",
    r"(?:breathing|breath|breaths) (?:\S+ ){0,2}?(?:fast|rapid|quick) (?:\S+ ){0,2}?(?:noise|noisy"
    r"|grunt\w*|wheez\w*|shallow|ribs)",
    r"(?:breathing|breath|breaths) (?:\S+ ){0,2}?keeps? (?:pausing|stopping)",
    # not the calm of deep sleep: "slow and deep", "slow and steady"
    r"(?:breathing|breath|breaths) (?:\S+ ){0,4}?(?:slow|very slow|so slow)(?! and (?:deep|steady"
    r"|even|regular|peaceful|relaxed|calm))",
    r"(?:gaps?|pauses?|stops?) in (?:his|her|their|the) breathing|pauses? respiratoires?"
    r"|(?:breathing|breath) (?:\S+ )?(?:is )?(?:stoping|stopping and starting|stops and starts)",
    r"can't catch (?:his|her|my|their) breath|chest (?:is |feels )?(?:tight|going in)",
    r"(?:gulp\w*|gasp\w*|fighting|struggling|grabbing|heaving) (?:for|at) (?:air|breath)",
    r"chest (?:\S+ )?(?:isn't|isnt|is not|not|has stopped|stopped|hasn't|hasnt) (?:\S+ )?(?:moving"
    r"|going up|rising)",
    r"(?:can't|cant|cannot|can not|couldn't|couldnt) (?:\S+ )?(?:hear|feel|see) (?:him|her|them|it"
    r"|any|the) (?:\S+ )?breath\w*",
    r"sin respirar|sans respirer|se ahoga|s'[ée]touffe",
    # "casi no la oigo respirar", "je ne l'entends plus respirer"
    r"no (?:la |lo |le )?(?:oigo|escucho|siento|veo|oímos|oimos) respirar"
    r"|ne (?:l'|l )?(?:entends|entend|sens|vois) (?:plus|pas|presque pas|quasiment pas) respirer",
    # Tagalog-English: "humihinto yung hinga niya" (her breathing keeps stopping)
    r"(?:humihinto|huminto|tumitigil|tumigil|nawawala) (?:\S+ ){0,3}?(?:hinga|paghinga)"
    r"|hindi (?:na )?(?:\S+ )?(?:humihinga|makahinga)",
    r"atmet (?:\S+ )?(?:nicht|kaum)|(?:hört|hoert|hat) (?:\S+ ){0,2}?(?:auf zu atmen|aufgehört zu"
    r" atmen)|atemaussetzer|(?:não|nao) (?:está )?respir\w*|parou de respirar",
    r"respira (?:\S+ )?(?:raro|rar[ií]simo|mal|extra[ñn]o)|respiration (?:\S+ ){0,2}?(?:bruit"
    r"|bizarre|irr[ée]guli[èe]re)",
)
# "Floppy" said of a thing: "her floppy sunhat", "floppy ears".
_FLOPPY = r"floppy(?! (?:sun)?hats?| ears?| toys?| bunny| fringe| hair)"
# The writer's own state, not the child's: "I'm still shaking".
_NOT_MINE = r"(?<!i'm )(?<!im )(?<!i am )"
_COLOUR = (
    r"(?:blue|bluish|blueish|bluey|grey|gray|greyish|grayish|mottled|purple|purplish|dusky|ashen|ashy"
    r"|azul|azulados?|azuladas?|morados?|moradas?|moraditos?|moraditas?|grises?|bleu|bleue|bleues|bleus|bleut[ée]e?s?"
    r"|gris|grise|grises|marbr[ée]e?s?|violets?|violettes?|violac[ée]e?s?"
    r"|grau|blau|bläulich|blaulich|blass und grau|cinza|cinzento|cinzenta|roxo|roxa|roxinho"
    r"|roxinha|arroxead[oa]|azulad[oa]|neel[aei]|nil[ae])"
)
COLOUR = _p(
    rf"(?:lips|lip|mouth|face|skin|fingers|fingertips|tongue|nails|he|she|baby|colour|color"
    rf"|labios|boca|cara|piel|l[èe]vres|bouche|visage|peau|teint|lippen|gesicht|haut|lábios"
    rf"|labios|rosto|pele|hoth|honth|hont|chehra|labi|mukha) (?:\S+ ){{0,4}}?{_COLOUR}",
    rf"{_COLOUR} (?:im|am|no|na|nos|nas) (?:gesicht|lippen|mund|rosto|lábios|boca)",
    rf"(?:turning|turned|turns|turn|going|gone|goes|went|looks|looking|is|was|all|she's|he's"
    rf"|shes|hes|still|very|really|bit|est|es|est[aá]) "
    rf"(?:\S+ )?{_COLOUR}",
    r"lips (?:\S+ ){0,3}?dark",
    # mottled in everyday words: "pale and blotchy", "blotchy and floppy"
    r"(?:pale|white|grey|gray|cold) and (?:blotchy|mottled|marbled)|(?:blotchy|marbled) and (?:pale"
    r"|floppy|limp|cold|not moving)",
    rf"{_COLOUR} (?:\S+ ){{0,3}}?(?:(?:around|round|on|in) (?:the|his|her|their) (?:mouth|lips"
    rf"|face)|lips|around the mouth|round the mouth|in the face|colour"
    rf"|color|and floppy|and limp|(?:yung |ang )?(?:labi|mukha))",
    rf"(?:se (?:est|a) (?:pu[eé]st[oa]|vuelto)|se puso|se ha puesto|est devenu|devient|devenu"
    rf"|devenue|deviennent|nagiging|naging) (?:\S+ ){{0,2}}?{_COLOUR}",
)
# Colour forms searched only when one of their rarer words is in the sentence: "a funny
# colour", "not the right colour", "the colour of a bruise", "gone navy", "mottly".
COLOUR_MORE = _p(
    r"(?:lips|lip|mouth|face|skin) (?:\S+ ){0,3}?(?:a |the )?(?:funny|weird|strange|odd|wrong"
    r"|horrible|awful|bad) colou?r|(?:lips|lip|mouth|face|skin) (?:\S+ ){0,2}?(?:not|aren't|arent"
    r"|isn't|isnt) the right colou?r|mottl(?:y|ey)",
    r"(?:lips|lip|mouth|face|tongue|fingers|nails) (?:\S+ ){0,3}?navy|(?:gone|turned|turning|going"
    r"|went) navy",
    r"(?:lips|lip|mouth|face|skin|he|she|he's|she's|hes|shes) (?:\S+ ){0,4}?(?:the )?colou?r of"
    r" (?:a |an |the )?(?:bruise|porridge|putty|ash|ashes|concrete|cement|slate|dishwater|a ghost"
    r"|death|a corpse|wet cement)",
)
_COLOUR_MORE_WORDS = ("colou", "color", "navy", "mottl")
LIMP = _p(
    r"limp",
    _FLOPPY,
    r"like a rag ?doll|like rag|like a (?:sack of (?:potatoes|spuds|flour)|wet noodle|noodle"
    r"|dishcloth|wet rag|rag|dead weight|cloth|wet cloth|towel|wet towel|beanbag|bean bag)",
    # not thrashing about: "flopping round the bed like a landed fish"
    r"(?:flopped|flops|flopping)(?! (?:a)?round| about| all over| fish| like a fish)"
    r"|(?:very|so|all|gone|is|goes|feels|went) loose",
    r"head (?:\S+ )?(?:falling|flopping|lolling)",
    r"(?:no|zero|lost all) (?:muscle )?tone",
    r"like (?:a )?jelly|(?:heavy|soft) and (?:loose|floppy|limp|heavy)|loose like"
    r"|(?:body|arms|legs|neck) (?:is |are |feels |went |gone )?(?:very |so |really |all )?"
    r"(?:soft and|loose|soft(?= ,| \.|$| like (?:that|jelly|a rag|rag|a cloth|cloth)))"
    r"|not holding (?:\S+ )?(?:neck|head)|no strength|(?:weak|soft) finish",
    r"(?:fl[aá]cid[oa]|(?<!una )(?<!un )(?<!qué )(?<!que )floj\w*|blandit[oa]|como un trapo"
    r"|sin fuerza)",
    r"(?:tout mou|toute molle|mou comme|molle comme|hypotonique|sans tonus)",
    r"schlapp|schlaff|wie ein nasser sack|molinh[oa]|(?:todo|toda|muito|está|ficou) mole"
    r"|mole como|sem for[çc]a|sem t[ôo]nus",
    # Hindi-English: "dheela pad gaya".
    r"(?:dheel|dhil)[aei] (?:pad|ho)\w*|bilkul (?:dheel|dhil)\w*",
)
UNRESPONSIVE = _p(
    r"(?:can't|cant|cannot|can not|couldn't|couldnt|won't|wont|will not|unable to|not able to"
    r"|barely|hardly|isn't|isnt|not|hard to|impossible to|struggling to|trouble) (?:\S+ ){0,2}?"
    r"(?:wake|waking|rouse|rousing|arouse)(?: (?:him|her|them|up|my \S+|the baby))*",
    r"(?:can't|cant|cannot|won't|wont) be (?:woken|roused|awoken)",
    r"unresponsive|unconscious|not conscious|passed out|blacked out",
    r"(?:not|isn't|isnt|wasn't|no longer|stopped|without) (?:\S+ )?(?:responding|responsive"
    r"|answering|reacting|focusing|aware|with us|tracking|looking at (?:me|us))",
    r"(?:hasn't|hasnt|has not|haven't|havent) (?:responded|reacted|answered) (?:to )?(?:me|us"
    r"|his name|her name|anything|once)",
    r"(?:doesn't|doesnt|won't|wont|didn't|hasn't|can't|cant) (?:respond|react|answer|look at"
    r"|focus on|track) (?:to |2 )?(?:me|us|his name|her name|anything|my voice|voice|touch)",
    r"keeps falling asleep while|no me mira|ne me regarde (?:pas|plus)",
    r"(?:doesn't|doesnt|does not|didn't|won't|wont|can't|cant) (?:\S+ )?(?:know|recogni[sz]e)"
    r" (?:me|us|who|where)|no me (?:reconoce|conoce)|ne me reconna\w* (?:pas|plus)"
    r"|(?:won't|wont|can't|cant|doesn't|doesnt) (?:say|said) (?:my|her|his) name"
    r"|(?:can't|cant|won't|wont|couldn't|couldnt|doesn't|doesnt) tell (?:me|us) (?:his|her|their)"
    r" (?:own )?name"
    r"|(?:not|isn't|isnt) looking at (?:anything|anyone|me|us)|(?:just |only )?(?:looking|staring"
    r"|stares|stared|looks) at nothing|(?:doesn't|doesnt|won't|wont"
    r"|didn't|does not) squeeze",
    r"(?:does not|doesn't|doesnt|did not|didn't|won't|wont|will not|is not|isn't|isnt)"
    r" (?:respond|react|answer)(?:ing)?(?= ,| \.| and| at all| when| to (?:me|us|anything"
    r"|his|her|touch|voice)|$)",
    r"(?:not|isn't) coming (?:back to (?:herself|himself|themselves)|round|to)"
    r"|staring and drooling|(?:doesn't|doesnt|does not|didn't) respond at all",
    r"(?:ne )?reprend pas connaissance|no recupera (?:la )?(?:consciencia|conciencia)",
    r"(?:he|she|they|he's|she's|hes|shes|they're|baby|son|daughter|husband|wife) (?:is |are"
    r" |was |seems |looks |seem )?(?:still |just |really )?(?:not|isn't|isnt|aren't|wasn't)"
    r" (?:really |quite |all )?(?:with it|there)(?= ,| and| at all| but| anymore| any more|$)",
    r"(?:stares|staring|stared|looks|looking|looked) (?:straight )?(?:through|past) (?:me|us)",
    r"(?:eyes|eye) (?:\S+ ){0,3}?(?:rolled|rolling|glazed|fixed|vacant)",
    r"no (?:response|reaction)",
    r"(?:not|isn't|isnt|aren't|arent|won't|wont|doesn't|doesnt|don't|dont) (?:\S+ )?follow(?:ing)?"
    r" (?:me|us|my finger|anything|my voice)",
    # "no answer when I say her name" (not "no answer from the clinic").
    # ... nor "sometimes no answer is the good answer"
    r"no (?:answer|reply)(?! (?:from|on|yet|back|is|was|means|to (?:my|our|the|your)"
    r" (?:email|message|call)))",
    # "not replying" to the poster, not to messages ("the clinic isn't replying to emails").
    r"(?:not|isn't|isnt|wasn't|no longer|stopped) (?:\S+ )?replying(?! to (?:my|our|the|your|any"
    r"|emails?|messages?|texts?|posts?|comments?|calls?))",
    # A baby who has stopped engaging: "not smiling or looking, just lying there".
    r"(?:not|isn't|isnt|stopped|no longer|won't|wont|doesn't|doesnt) (?:\S+ )?(?:smil\w*|look\w*"
    r"|focus\w*|cooing|coo|babbling|engag\w*) (?:or|and|nor|,) (?:\S+ )?(?:look\w*|smil\w*"
    r"|respond\w*|react\w*|focus\w*|engag\w*|cooing|babbling|mov\w*)",
    # A vacant look is only a red flag with no answer: drowsy babies look glazed.
    r"(?:(?:zoned|spaced|checked) out|(?:glassy|glazed)(?:[- ]eyed| eyes| look)) (?:\S+ ){0,3}?"
    r"(?:won't|wont|not|can't|cant|isn't|isnt|doesn't|doesnt) (?:\S+ )?(?:answer\w*|respond\w*"
    r"|react\w*)"
    r"|lights are on (?:but )?(?:nobody|no one|no-one)|nobody(?:'s| is) home"
    r"|away with the fairies and (?:won't|wont|not)",
    # German, Portuguese.
    r"reagiert (?:\S+ )?(?:nicht|kaum|gar nicht)|(?:nicht|kaum) (?:mehr )?(?:ansprechbar|wach zu"
    r" kriegen|aufzuwecken|wach zu bekommen)|wacht (?:\S+ )?(?:nicht|kaum) (?:mehr )?auf"
    r"|(?:não|nao) (?:\S+ )?(?:responde|reage|acorda)|(?:não|nao) consigo acord\w*",
    r"(?:no|ne) (?:me |le |nos |nous |se )?(?:responde|reacciona|despierta|contesta|r[ée]pond"
    r"|r[ée]agit|hace caso)\w*(?! con (?:los|las|el|la)| avec| aux?| por)",
    r"(?:no (?:consigo|puedo|podemos) despertar\w*|no hay manera de despertar\w*)",
    # "no la puedo despertar bien": the pronoun before the verb
    r"no (?:la|lo|le) (?:puedo|podemos|consigo|conseguimos) despertar",
    r"(?:impossible|n'arrive pas|n'arrivons pas|narrive pas) (?:de |[àa] )?(?:le |la )?"
    r"r[ée]veiller",
    r"ne se r[ée]veille (?:pas|plus|presque pas|[àa] peine|quasiment pas)",
    r"inconscient\w*|inconsciente|sin respuesta|perdi[oó] el conocimiento",
    # "sigue sin responder" (still not answering), "seguimos sin poder despertarla"
    r"(?:sigue|siguen|seguimos) sin (?:poder )?(?:respond\w*|reaccion\w*|contest\w*|despert\w*)"
    r"(?! (?:\S+ )?(?:mensajes|llamadas|correos|emails?|whatsapps?|textos))",
    # Hindi-English: "jawab nahi de raha", "uth nahi raha", "behosh".
    r"jawab nahi\w* (?:de|dete|deti) ?(?:raha|rahi|rahe)?|uth nahi (?:raha|rahi|rahe|pa\w*)"
    r"|hosh nahi|behosh\w*",
    # Tagalog-English: "hindi magising" (cannot be woken), "hindi sumasagot" (not answering).
    r"hindi (?:\S+ ){0,2}?(?:magising|nagigising|gumigising|sumasagot|nagre-?respond)",
)
SEIZURE = _p(
    r"seizure\w*|seizing|seized|fitting|fits?|convuls\w*|jerking|twitching|jerks"
    # not the writer's own fright: "I'm still shaking"
    r"|" + _NOT_MINE + r"(?<!i'm still )(?<!im still )(?<!i am still )shaking"
    r"|(?:arm|arms|leg|legs|hand|hands|foot|feet|fingers?|eyes?|eyelids?|head)(?:'s)?"
    r" (?:\S+ ){0,2}?flick\w*"
    r"|(?:gone|went|going) (?:rigid|stiff)|rigid|sacudi\w*|opening and closing"
    r"|turns?|jerky|episodes?|spells?"
    r"|twitches|twitch|twitchy|jerk|spasms?|stiffening|stiffened|stiff and|fitting|episode"
    r"|convulsi[oó]n\w*|convulsiona\w*|crisis|sacudidas?|temblando|crises?|convulse\w*"
    r"|tremble\w*|secousses?|spasmes?|jolt\w*|rhythmic\w*|jhatk\w*|kaa?np\w*|zuck\w*|krampf\w*"
    r"|(?:having|had|done|doing) (?:one|them|two|three|four|five|several|a few|\d) (?:after"
    r" (?:another|the other)|back to back|in a row)"
    # a limb "jumping non-stop", not a child jumping on the bed
    r"|jump(?:ing|s)(?= non ?stop| (?:\S+ )?(?:for|since|on its own|by itself|over and over))"
)
ONGOING = _p(
    r"still|won't stop|wont stop|will not stop|hasn't stopped|hasnt stopped|not stopping"
    r"|(?:has|have|had) not stopped|haven't stopped|havent stopped"
    r"|isn't stopping|non ?stop|keeps? going|keeps? happening|ongoing|going on"
    r"|(?:has|have|he's|she's|hes|shes|it's|its|been) (?:\S+ ){0,2}?been"
    r"|right now|now|currently|at the moment|at this moment|this minute|as we speak|rn|so far"
    r"|one after (?:the )?(?:another|other)|back to back|without (?:coming round|coming to"
    r"|waking|stopping|a break)|doesn't come round|not coming round|not coming back"
    r"|sigue|siguen|no para|sin parar|lleva|llevan|ahora|ahora mismo|desde hace|toujours"
    r"|crise sur crise|since \d+(?! (?:days?|weeks?|wks?|months?|years?|yrs?))|lasted|has lasted"
    r"|should i call|what do i do|que hago"
    r"|qu[ée] hago|n'arr[êe]te pas|maintenant"
    r"|en ce moment|depuis|l'une apr[èe]s l'autre|una tras otra"
)
# "Hasn't eased off", "not letting up": going on, told as what it has not done.
NOT_EASING = _p(
    r"(?:hasn't|hasnt|has not|haven't|havent|have not|not|isn't|isnt|won't|wont) (?:\S+ )?(?:eased"
    r"|easing|let up"
    r"|letting up|calmed|calming|settled|settling|slowed|slowing)"
)
_EASING_WORDS = ("eas", "let", "calm", "settl", "slow")
# A duration, not a time of night or a pattern ("every 20 minutes", "5-10 minutes").
_DURATION_CUE = (
    r"(?:for|over|more than|about|around|nearly|almost|since|lasted|lasting|last|past|already"
    r"|a good|been|hace|usual(?: ,)?|lleva|llevan|desde hace|durante|m[aá]s de|depuis|pendant"
    r"|plus de|de|going) "
    r"(?:about |around |over |almost |like |a good )?"
)
# "Half an hour before bed" is when a dose is given, not how long something lasted.
_TIMING = r" (?:before|after|later|earlier|beforehand|prior|ahead|antes|despu[ée]s|avant|apr[èe]s)"
_MINUTES = trie.compile(
    _DURATION_CUE + r"(\d+(?:[.,]\d+)?|" + "|".join(_WORD_NUMBERS) + r")(?: ?\+)? ?"
    r"(?:min|mins|minute|minutes|minutos|minuto)(?![\w'])(?!" + _TIMING + r")"
    r"|(?<![\w'-])(\d+|" + "|".join(_WORD_NUMBERS) + r") ?(?:min|mins|minute|minutes|minutos)"
    r" (?:now|already|straight|long|and counting|so far|se)(?![\w'])"
    r"|"
    + _DURATION_CUE
    + r"(?:a )?(?:quarter of an hour|quarter hour|half an hour|half hour|an hour|over an hour"
    r"|media hora"
    r"|un quart d'heure|une demi-heure|demi heure)(?![\w'])(?!" + _TIMING + r")"
)
FIRST_SEIZURE = _p(
    r"(?:first|1st|first ever|first time) (?:\S+ ){0,2}?(?:seizure|fit|convulsion)",
    r"never (?:had|seen) (?:\S+ ){0,3}?(?:seizure|fit|convulsion)\w* before",
    r"never had (?:one|a \S+|that|this) before",
    r"(?:first time|first ever|first one) (?:\S+ ){0,8}?(?:stiff\w*|seiz\w*|convuls\w*|shaking"
    r"|jerking|fitting|rigid)",
    r"(?:seizure|fit|convulsion) (?:\S+ ){0,5}?(?:first one|first ever|first time)",
    r"primera (?:convulsi[oó]n|crisis)|(?:convulsi[oó]n|convulsing|crisis|ataque) (?:\S+ ){0,2}?por"
    r" primera vez",
    r"premi[èe]re (?:crise|convulsion)",
)
# A seizure told as happening as the poster writes: "he's having a fit", "she is seizing",
# "convulsing right now". One seizure (singular, or with a now-word), not a habit ("he has
# seizures at night"); the context layer still takes out dreams, fears and the past.
_NOW_WORDS = (
    r"(?:right now|now|rn|atm|at the moment|at this moment|this minute|as we speak|as i type"
    r"|as i write|currently|ahora|ahora mismo|en este momento|en ce moment|maintenant)"
)
SEIZURE_NOW = _p(
    r"(?:he's|she's|hes|shes|he is|she is|is|they're|it's|baby's|son's|daughter's|husband's"
    r"|wife's|partner's|dad's|mum's|mom's|i think (?:he|she)'s|i think (?:he|she) is)"
    r" (?:\S+ )?(?:having|in|going into|gone into|doing) (?:a|an|another|one|some (?:sort|kind)"
    r" of|what (?:looks|seems) like an?|what i think is an?|like an?)"
    r" (?:\S+ ){0,2}?(?:seizure|fit|convulsion|crisis|grand mal)",
    r"(?:he's|she's|hes|shes|he is|she is|is|are|they're|it's|baby's|keeps|started|starting)"
    r" (?:\S+ )?(?:seizing|convulsing|convulsion|fitting(?! (?:in|into|well|together|for|the)))",
    rf"(?:seizure|seizures|fit|fits|fitting|convulsion|convulsions|convulsing|seizing)"
    rf" (?:\S+ ){{0,3}}?{_NOW_WORDS}",
    rf"{_NOW_WORDS} (?:\S+ ){{0,3}}?(?:seizing|fitting|convulsing|having an? (?:\S+ )?(?:seizure"
    rf"|fit|convulsion))",
    r"(?:est[aá]|sigue|se est[aá]) (?:\S+ )?(?:teniendo (?:una )?(?:convulsi[oó]n|crisis)"
    r"|convulsionando)",
    r"(?:fait|est en|a) (?:une |des )?(?:crise|crises|convulsion|convulsions)"
    r" (?:\S+ ){0,2}?(?:en ce moment|maintenant|l[àa])",
    r"(?:est|sont) en train de (?:convulser|faire une (?:crise|convulsion))",
)
_LIMB = (
    r"(?:arm|arms|leg|legs|hand|hands|side|left side|right side|one side|foot|half of his body"
    r"|half of her body|brazo|pierna|mano|lado|bras|jambe|main|c[ôo]t[ée])"
)
# Sleep talking is not lost speech: "talks nonsense in his sleep".
_NOT_ASLEEP = (
    r"(?! (?:\S+ ){0,2}?(?:in (?:his|her|their|my) sleep|while (?:asleep|sleeping)|when (?:asleep"
    r"|sleeping)))"
)
DEFICIT = _p(
    rf"(?:can't|cant|cannot|can not|couldn't|couldnt|won't|wont|unable to|not able to|not)"
    rf" (?:seem to )?(?:\S+ ){{0,1}}?(?:move|moving|lift|lifting|raise|raising|use|using|feel|grip"
    rf"|hold)"
    rf" (?:\S+ ){{0,5}}?{_LIMB}",
    rf"{_LIMB} (?:\S+ ){{0,3}}?(?:won't|wont|will not|doesn't|doesnt|isn't|isnt|is not) (?:\S+ )?"
    r"(?:move|moving|work|working|respond|grip|gripping|hold|holding)",
    rf"{_LIMB} (?:just |still )?(?:won't|wont|will not|doesn't|doesnt) do anything",
    # not the idiom "it stops leg cramps dead"
    rf"(?<!stops )(?<!stop )(?<!stopped )(?<!stopping )"
    rf"{_LIMB} (?:\S+ ){{0,2}}?(?:dead|limp|floppy|heavy|numb|weak and|hanging|clumsy|useless"
    r"|not working|gave way|giving way|gives way|give way|buckl\w*)",
    # (within one clause: not "filming with one eye open and just dropped the phone")
    r"(?:face|mouth|smile|eye|eyelid|cheek|lip)(?:'s)? (?:(?!and |then |but )\S+ ){0,4}?(?:droop\w*"
    r"|drooping|sagging"
    r"|uneven|sagged|dropped|lopsided|crooked|pulled down|hanging|slipped|slid|gone slack|slack"
    r"|slumped|pull(?:s|ing)? down|(?:pull\w*|going|gone|went|goes|twist\w*) (?:down )?"
    r"(?:to|towards) (?:one side|the (?:left|right)))",
    r"droop\w* (?:\S+ ){0,3}?(?:face|mouth|side|smile)",
    r"(?:can't|cant|cannot|can not|couldn't|couldnt|unable to|not able to|won't|wont|isn't"
    r"|stopped) (?:\S+ ){0,1}?(?:speak|speaking|talk|talking|get (?:his|her|the) words out"
    r"|say (?:a|any) words?|form words)(?!(?: \S+)? yet)",
    r"(?:speech|words|talking) (?:\S+ ){0,3}?(?:slurred|slurring|jumbled|garbled|coming out"
    r" wrong|not making sense|all wrong|(?:not|aren't|arent|isn't"
    r"|isnt) (?:correct|right))",
    # "my speech is coming out a bit thick now", "my words sound weird when I talk"
    r"(?:my|his|her|their) (?:speech|words|voice) (?:\S+ ){0,2}?(?:coming out|sounds?|sounding|is"
    r"|are|gone|went) (?:\S+ )?(?:thick|weird|funny|strange|wrong|odd|slow)"
    r"|(?:parle|habla) (?:\S+ )?(?:bizarrement|bizarre|raro|rar[ií]simo|mal|arrastrando)"
    r"|(?:du mal|n'arrive (?:plus|pas)) [àa] (?:parler|avaler)|(?:can't|cant|cannot) swallow"
    r"|no (?:puede|consigue) (?:hablar|tragar)|(?:le cuesta|dificultad para) (?:hablar|tragar)",
    r"slurr\w*|dragging (?:his|her|their|a|one) (?:leg|foot)",
    # words that will not come: "he can't find the word for 'car'"
    r"(?:can't|cant|cannot|couldn't|couldnt|unable to|not able to) (?:\S+ )?find (?:the|his|her"
    r"|their|any|simple) (?:\S+ )?words?",
    r"(?:dropping|drops|dropped|keeps dropping) (?:\S+ ){0,3}?(?:with|from|out of) (?:his|her|the)"
    r" (?:left|right)",
    r"(?:no puede|no consigue|no logra|tampoco puede|ya no puede) (?:mover|hablar|levantar)",
    r"ne trouve (?:plus|pas) ses mots|no encuentra las palabras|(?:can't|cant|cannot|couldn't"
    r"|can not) find (?:any |the |his |her |their )?words",
    r"(?:c[ôo]t[ée]|lado|side|arm|leg|bras|brazo|pierna|jambe) (?:\S+ ){0,3}?(?:faible|d[ée]bil"
    r"|weak)",
    r"(?:cara|boca) (?:\S+ ){0,2}?(?:ca[ií]d[oa]|torcid[oa])",
    r"(?:ne peut|n'arrive) (?:plus |pas )?(?:[àa] )?(?:bouger|parler|lever)",
    r"(?:visage|bouche) (?:\S+ ){0,2}?(?:tomb\w*|de travers|affaiss\w*)",
    r"collaps\w*|se desplom\w*|s'est effondr\w*",
    r"(?:mouth|face|smile|lip|cheek) (?:\S+ ){0,3}?(?:won't|wont|doesn't|doesnt|can't|cant"
    r"|isn't|isnt) (?:\S+ )?(?:smile|move|moving|go up|lift|work|working|close|shut)",
    # not the writer's "we can't say anything anymore"
    # nor the doctors': "the doctors won't say anything over the phone"
    r"(?<!we )(?<!i )(?<!you )(?<!doctors )(?<!docs )(?<!they )(?<!nobody )(?<!nurses )(?<!gps )"
    r"(?<!gp )(?<!paeds )"
    r"(?:can't|cant|cannot|couldn't|unable to|not able to|not be able to"
    r"|won't|wont) (?:\S+ )?(?:say (?:anything|a thing|a word|any words)|talk properly"
    r"|speak properly|say (?:his |her |their |the )?words? (?:properly|right|clearly))"
    # a late talker: "can't say any words yet"
    r"(?! yet)"
    r"|(?:just|only) (?:sounds|noises)(?! like)",
    r"(?:can|could) only (?:move|use|lift) (?:\S+ ){0,3}?(?:one|left|right) (?:side|arm|hand|leg)"
    # "can't move or say anything", "can't walk or talk", "can't get up or speak"
    r"|(?:can't|cant|cannot|can not|couldn't|couldnt|not able to|unable to) (?:get up|stand up"
    r"|stand|walk|move|talk|speak) (?:or|and|nor) (?:\S+ )?(?:speak|talk|move|say|answer)",
    r"lost (?:my|his|her|their|all|all my|all his|all her) (?:words|speech|voice)"
    r"|(?:no|without) words (?:are )?(?:coming|come|came)"
    r"|(?:only|just) (?:\S+ )?(?:making|make|makes) (?:\S+ )?(?:noises|sounds)",
    r"(?:lying|lies|laying|lay) (?:there |on the floor |on the ground )?(?:\S+ )?(?:not moving"
    r"|motionless|not answering|not talking)",
    # Speech that comes out wrong, in everyday words: "babbling, none of it makes sense",
    # "it comes out as gibberish", "talks like he's drunk", "words all mixed up".
    r"(?:babbl\w*|mumbl\w*|mutter\w*|talk\w*|speak\w*|say\w*|says|said|words?|speech|sentences?"
    r"|comes out|came out"
    r"|coming out) (?:\S+ ){0,4}?(?:gibberish|nonsense|jibberish|(?:none|nothing) of it (?:\S+ )?"
    r"(?:makes?|making) sense|(?:makes?|making) no sense|(?:doesn't|doesnt|don't|dont|isn't|isnt"
    r"|not) (?:\S+ )?(?:make|making) (?:any )?sense|(?:all )?(?:muddled|mixed up|jumbled|scrambled"
    r"|garbled))" + _NOT_ASLEEP,
    r"(?:gibberish|nonsense|jibberish|muddled|jumbled|scrambled|garbled) (?:\S+ )?(?:words|speech"
    r"|talk|sentences)" + _NOT_ASLEEP,
    r"(?:sounds?|sounding|talk\w*|speak\w*) (?:\S+ ){0,2}?(?:like (?:he's|she's|hes|shes|he|she"
    r"|they|they've|they're|he has|she has) (?:\S+ )?(?:had a (?:\S+ )?drink|drunk|been drinking"
    r"|pissed|wasted|tipsy)|drunk)",
    # Slumped to one side, drooling on one side, only a word or two, a leg that fails.
    r"slump\w* (?:over )?(?:to|on|onto) (?:one|his|her|their|the)"
    r" (?:(?:left |right )?side|left|right)"
    r"|(?:drool|dribbl)\w* (?:\S+ ){0,2}?(?:on|from|out of|out|down) (?:the |one |his |her )?"
    r"(?:one )?(?:left|right|side)"
    r"|(?:can|could) only say (?:yes and no|yes or no|one word|a word or two|(?:a )?(?:few|couple"
    r" of) words)",
    r"(?:can't|cant|cannot|unable to|not able to|won't|wont) (?:stand|put weight|walk) (?:up )?"
    r"on (?:his|her|their|the|one) (?:left |right )?(?:leg|foot|side)"
    r"|dragging (?:it|his (?:left|right) \S+|her (?:left|right) \S+)",
    # A limb that "just lies there" or "hangs" when asked to move it.
    rf"{_LIMB} (?:\S+ ){{0,2}}?(?:lies|lying|hangs|hanging|flops|sits|stays) (?:there|by (?:his|her"
    rf"|their) side|down|limp|in (?:his|her|their) lap)",
    # German, Portuguese: cannot move, cannot speak, face dropped.
    r"kann (?:\S+ ){0,3}?(?:nicht|kaum) (?:mehr )?(?:bewegen|sprechen|reden)|(?:arm|bein|seite)"
    r" (?:\S+ ){0,2}?(?:gelähmt|schlaff|bewegt sich nicht)|(?:gesicht|mund) (?:\S+ ){0,2}?"
    r"(?:hängt|schief)|(?:não|nao) (?:consegue|pode|está conseguindo) (?:\S+ )?(?:mexer|falar"
    r"|mover|levantar)|(?:boca|rosto) (?:\S+ ){0,2}?(?:torta|torto|caída|caido|caída)",
)
# Deficit forms searched only when one of their rarer words is in the sentence.
DEFICIT_MORE: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("sense",), _p(r"(?:he's|she's|hes|shes|is|they're) not making (?:any )?sense(?! of)")),
    (
        ("thick", "heavy"),
        _p(
            r"(?:speech|words|voice|tongue) (?:\S+ ){0,3}?(?:thick|heavy)(?! (?:accent|cold|cough))"
        ),
    ),
    (
        # German: "kann nicht mehr richtig sprechen", "hängende Gesichtshälfte"
        ("nicht", "kaum", "hängend", "gesichtsh", "mundwinkel"),
        _p(
            r"(?:nicht|kaum) (?:mehr )?(?:richtig |gut |deutlich )(?:bewegen|sprechen|reden)"
            r"|hängende\w* (?:gesichtshälfte|mundwinkel|seite|gesicht)|(?:gesichtshälfte"
            r"|mundwinkel) (?:\S+ ){0,2}?(?:hängt|schief)"
        ),
    ),
    (
        # a limb that feels like someone else's: "my hand feels like it belongs to someone else"
        ("else's", "belongs", "dead weight", "not mine", "own"),
        _p(
            rf"{_LIMB} (?:\S+ ){{0,2}}?feels? like (?:it's |its |it is )?(?:someone else's"
            r"|somebody else's|not (?:mine|his|hers|my own|his own|her own)|a dead weight"
            r"|it belongs to)"
        ),
    ),
    (
        ("only one side",),
        _p(
            r"only one side of (?:his|her|their|the) (?:mouth|face|smile|body)"
            r" (?:\S+ )?(?:moves|works|lifts|goes up|smiles|moving)"
        ),
    ),
    (
        ("close", "shut"),
        _p(
            r"(?:can't|cant|cannot|not able to|unable to|won't|wont) (?:\S+ )?(?:close|shut) (?:his"
            r" |her |their |the )?(?:left |right )?eye"
        ),
    ),
    (
        # a leg that will not hold him, legs that stopped working, sinking when stood up
        (
            "hold him",
            "hold her",
            "hold them",
            "weight",
            "stop working",
            "stopped working",
            "sinks",
            "crumples",
            "collapses",
            "folds",
            "flops",
        ),
        _p(
            rf"{_LIMB} (?:\S+ ){{0,2}}?(?:won't|wont|will not|doesn't|doesnt|can't|cant) (?:\S+ )?"
            r"(?:hold (?:him|her|them)|take (?:his|her|their) weight"
            r"|bear (?:his|her|their )?weight)"
            r"|(?:legs|arms) (?:have |has )?(?:stopped|stop) working"
            r"|(?:sinks|crumples|collapses|folds|flops) (?:\S+ )?when (?:i|we) (?:stand|put|sit)"
            r" (?:him|her|them) (?:up|down|on)"
        ),
    ),
    (
        # words that won't come, speech like mush, not a word out
        ("t come", "not come", "mush", "word out", "words out", "nothing c"),
        _p(
            r"(?:words|speech|voice) (?:\S+ ){0,2}?(?:won't|wont|will not|don't|dont|can't|cant)"
            r" come|(?:words|speech) (?:\S+ ){0,3}?(?:like mush|mushy)|(?:can't|cant|cannot"
            r"|couldn't) (?:\S+ )?get (?:a|any|her|his|the) words? out"
            # "trying to say something and it's just coming out as mush"
            r"|(?:say|says|saying|talk\w*|speak\w*|words?|speech) (?:\S+ ){0,6}?(?:coming|comes"
            r"|came) out (?:as |like )?(?:mush|mushy)"
            # "opened his mouth and nothing came out"
            r"|(?:open\w*|moves?|moving|moved) (?:his|her|their) (?:mouth|lips) (?:\S+ ){0,3}?"
            r"nothing (?:came|comes|coming|is coming) out|(?:tries|tried|trying|try) to (?:talk"
            r"|speak|say \S+) (?:\S+ ){0,3}?nothing (?:came|comes|coming|is coming) out"
        ),
    ),
    (
        ("face",),
        _p(
            r"(?:side of (?:his|her|their|the) face|face) (?:\S+ )?(?:is|has gone|went|gone|has)"
            r" (?:down|slumped)"
        ),
    ),
    (
        ("only moan", "only grunt", "only groan", "only mumble", "only make"),
        _p(r"(?:can|could) only (?:moan|grunt|groan|mumble|make (?:noises|sounds))"),
    ),
    (
        # "it's all the wrong words", "her leg just folds under her"
        ("wrong words", "under him", "under her", "under them", "beneath"),
        _p(
            r"(?:all|saying|says|said|comes out as|coming out as|using|uses) (?:the )?wrong words"
            rf"|{_LIMB} (?:\S+ ){{0,2}}?(?:folds|folded|crumples|crumpled|collapses|buckles|gives)"
            r" (?:way )?(?:under|beneath) (?:him|her|them)"
        ),
    ),
    (
        # a collapse told by what is seen: "dropped to the floor and isn't moving"
        ("not moving", "isn't moving", "isnt moving", "motionless", "won't move", "wont move"),
        _p(
            r"(?:dropped|collapsed|fell|went down|crumpled|keeled over) (?:\S+ ){0,4}?(?:not moving"
            r"|isn't moving|isnt moving|motionless|won't move|wont move)"
        ),
    ),
    (
        # Hindi-English: "chehra latak gaya", "bol nahi pa rahe", "haath nahi hil raha"
        ("chehr", "nahi"),
        _p(
            r"chehr[ae] (?:\S+ ){0,2}?(?:latak|tedh|tirch)\w*|bol (?:bhi )?nahi (?:pa|paa) (?:raha"
            r"|rahi|rahe)|(?:haath|hath|pair|baazu|bazu) (?:\S+ ){0,2}?nahi (?:hil|utha|chal)\w*"
            # "ek side kaam nahi kar raha", "mouth tedha ho gaya"
            r"|side (?:\S+ )?kaam nahi kar (?:raha|rahi|rahe)|(?:mouth|muh|munh) (?:\S+ ){0,2}?"
            r"(?:tedh|tirch)\w*"
        ),
    ),
)


_DEFICIT_MORE_GATE = _gate_of(DEFICIT_MORE)


def _deficit(sentence: Sentence, post: list[Sentence], index: int) -> list[Hit]:
    """One side, the face or speech that stops working (DEFICIT and its gated forms)."""
    text = sentence.text
    spans = _spans(DEFICIT, text)
    if _DEFICIT_MORE_GATE.search(text):
        for words, pattern in DEFICIT_MORE:
            if any(map(text.__contains__, words)):
                spans += _spans(pattern, text)
    return [Hit("deficit", a, b, STRONG) for a, b in spans]


# "Knocked the wine on the head" puts a stop to a habit: no knock to anyone's head.
_STOPPED_IDIOM = (
    r"(?! (?:it|that|this|those|these|the (?!baby|boy|girl|kid|child|toddler)\S+) on the head)"
)
HEAD_INJURY = _p(
    r"(?:banged|bumped|bonked|conked|clonked|clattered|thumped|walloped|hit|knocked|smacked"
    r"|cracked|whacked|bashed|hurt)" + _STOPPED_IDIOM + r" (?:\S+ ){0,4}?(?:head|heid|noggin|bonce"
    r"|skull)",
    r"gave (?:his|her|their) (?:head|heid) (?:a )?(?:\S+ )?(?:knock|bang|bump|whack|smack|crack"
    r"|belt)",
    r"caught (?:his|her|their|the back of (?:his|her|their)) (?:head|heid|forehead)"
    r" (?:on|off|against)",
    r"(?:head|heid) (?:\S+ )?(?:smacked|slammed|banged|cracked|bounced|bashed|whacked|thumped"
    r"|struck|hit|clattered)(?: off| on| against| into)? (?:the|a)"
    r"(?! (?:pillow|pillows|mattress|bed|cushion)(?![\w']))",
    r"head (?:is |was )?(?:bleeding|cut open|split)",
    r"(?:knock|bump|blow|bang|fall|hit) (?:on|to) (?:the|his|her|their) head",
    r"head (?:injury|injuries|knock|bump|trauma)",
    r"(?:ball|bat|stick|elbow|knee|boot|swing|door) (?:to|in|on) the head"
    r"|(?:clocked|hit|struck|smacked|whacked) in the head"
    r"|(?:took|got|had) a (?:\S+ )?(?:knock|hit|bang|blow|whack) (?:to|on|in) the head"
    r"|(?:took|got|had|copped|caught|cop) (?:a|an) (?:\S+ ){1,2}?(?:to|on|in|into) the (?:(?:side"
    r"|back|front|top) of (?:the|his|her|their) )?(?:head|face)|face ?plant\w*",
    # not the surprise of "I nearly fell off my chair"
    r"(?<!nearly )(?<!almost )(?:fell|fallen|falling(?! asleep)|fall(?! asleep)|rolled|jerked"
    r"|tumbled) (?:\S+ ){0,4}?"
    r"(?:head|stairs|bed|bunk"
    r"|swing|trampoline|cot|crib|chair|slide|bike|climbing frame|monkey bars|changing table"
    r"|sofa|couch|floor|steps|step|wall|table|high chair|pram|buggy)",
    r"(?:swelling|bump|lump|egg|bruise|cut|graze) (?:\S+ ){0,6}?(?:head|heid|forehead|temple)",
    r"knocked (?:out(?! (?:asleep|cold|early|by|for the night|after|like|with|from))|unconscious"
    r"|(?:himself|herself|themselves) out)|concuss\w*"
    r"|headbutt\w*|(?:since|after) (?:the|his|her|that|their) (?:\S+ )?(?:knock|bump|bang)"
    r"|(?:rugby|footy|football|soccer|cricket|hockey|netball) (?:knock|collision|bump)",
    r"se (?:dio|ha dado|golpe[oó]) (?:\S+ ){0,3}?(?:cabeza|frente)",
    r"(?:banged|bumped|bonked|conked|clonked|clattered|thumped|walloped|hit|knocked"
    r"|smacked|cracked|whacked|bashed|hurt|walked into|ran into)"
    r" (?:\S+ ){0,4}?(?:forehead|temple|back of (?:his|her|their|the) head)",
    r"(?:golpe|golpe[oó]|se golpe\w*|se peg[oó]|cay[oó]) (?:\S+ ){0,4}?cabeza",
    r"(?:coup|choc|cogn\w*|tomb\w*) (?:\S+ ){0,4}?t[êe]te",
    r"(?:bateu|bati|caiu|batido|pancada) (?:\S+ ){0,4}?cabe[çc]a",
    r"(?:kopf|köpfchen|hinterkopf) (?:\S+ ){0,4}?(?:gestoßen|gestossen|angeschlagen|aufgeschlagen"
    r"|geknallt|gefallen)|auf den kopf gefallen|(?:stieß|stiess|schlug|knallte) (?:sich )?"
    r"(?:\S+ ){0,3}?kopf",
    r"land\w* (?:\S+ ){0,2}?on (?:his|her|their|the back of (?:his|her|their)) (?:head|forehead)"
    r"|(?:took|did|had) a header|head ?first (?:into|onto|on|off)",
    r"(?:walked|ran|crashed|smashed|slammed|flew) (?:\S+ )?into (?:a |the )?(?:lamp ?post|post|pole"
    r"|wall|door|door ?frame|goal ?post|tree|window|corner)",
)
NEW_SIGN = _p(
    r"vomit\w*|been sick|being sick|threw up|throwing up|thrown up|dozy|sick (?:twice|again|two"
    r"|three)|puked?|puking|spew\w*|chunder\w*",
    r"drows\w*|sleepy|sleeping too much|so sleepy|really sleepy|unusually sleepy|won't stay awake"
    r"|can't stay awake|keeps falling asleep|(?<!grew )(?<!grow )(?<!grows )(?<!growing )"
    r"(?<!grown )(?<!myself )(?<!yourself )(?<!ourselves )out of it|dazed|confused|not himself"
    r"|not herself|vague|(?:can't|cant|doesn't|doesnt|didn't) remember|not making sense"
    r"|(?:ask\w*|say\w*|repeat\w*) (?:\S+ ){0,2}?same (?:thing|things|question|questions)"
    r"|repeating (?:himself|herself|themselves)|(?:is|was|got|gets|has been|keeps being|he's"
    r"|she's|hes|shes|they're) (?:been )?sick|doz\w* off|nodding off|keeps? nodding",
    r"twitch\w*|jerk\w*|dropping|drops things|not using|isn't using|isnt using|stopped using"
    r"|won't use|wont use|doesn't use|clumsy|wobbly|unsteady"
    r"|not (?:acting|being|seeming|seem) (?:like )?(?:himself|herself|themselves)"
    r"|(?:eyes|pupils) (?:\S+ ){0,2}?(?:different|uneven|unequal)"
    r"|(?:hard|difficult) to keep (?:him |her |them )?awake|(?:can't|cant) keep (?:him|her|them)"
    r" awake|(?:doesn't|doesnt|does not|didn't|didnt|don't|dont) know (?:what day|what time|where"
    r" (?:he|she|they|we) (?:is|are)|who (?:i|we) (?:am|are)|what's going on)"
    r"|(?:head|heads|head's) (?:\S+ )?(?:hurts|hurting|sore)|sore head"
    r"|stumbling|pupils?|headache|seizure|fit|double vision|seeing double|(?:sees|seeing|see)"
    r" (?:two of everything|two of things|double)|blurry",
    r"v[oó]mit\w*|somnolient\w*|muy dormid\w*|vomi\w*|somnolent\w*|endormi\w*|confus\w*",
    r"(?:se (?:me |le )?cierran|(?:me|le) cuesta mantener|no (?:puede|puedo) mantener)"
    r" (?:\S+ )?(?:los )?ojos|(?:du mal|n'arrive (?:plus|pas)) [àa] garder les yeux ouverts",
    r"sonolent\w*|tremendo|tremor|erbrich\w*|erbrochen|übergeben|uebergeben|schläfrig"
    r"|schlaefrig|benommen|zuck\w*|krampf\w*|verwirrt|müde|muede|übergibt",
)
FEVER = _p(
    r"fever\w*|fever's|temp's|temperature's|temperature|temp of|hot to (?:the )?touch"
    r"|burning (?:up|hot)|\d\d(?:[.,]\d)? ?c|(?:feels?|felt|feeling) (?:really |very |so )?hot"
    r"|febrile|high temp|(?:so|really|very|boiling|roasting) hot|roasting"
    r"|(?:temp|temperature|thermometer) (?:\S+ ){0,3}?(?:3[89]|4[0-2]|10[0-6])"
    r"|(?:3[89]|4[0-2]) (?:\d )?(?:c|degrees)|10[0-6] (?:\d )?(?:f|degrees)"
    r"|fiebre|calentura|fi[èe]vre|temp[ée]rature|febre|fieber|bukh[a]?ar"
    # "39.8 on the thermometer", "been hot all day"
    r"|(?:3[89]|4[0-2]) (?:\d )?on the (?:thermometer|thermo)"
    r"|hot all (?:day|night|evening|afternoon)"
)
FEVER_SIGN = _p(
    r"stiff neck|neck (?:\S+ ){0,3}?stiff|neck (?:\S+ ){0,3}?(?:hurt\w*|pain\w*|sore)"
    r"|neck stiffness|(?:can't|cant|not able to|unable to|won't|wont) (?:\S+ )?(?:touch|put|get"
    r"|bring) (?:his |her |their )?chin (?:to|on|onto|down to) (?:his |her |their )?chest"
    r"|won't let (?:me|us) touch (?:his|her|their) neck"
    r"|(?:light|lights) (?:\S+ ){0,3}?(?:hurts|hurting|bothers)|crying when (?:the )?light"
    r"|eyes (?:\S+ ){0,2}?barely open\w*|can't (?:bend|move)"
    r" (?:his|her|their) (?:neck|head)|won't (?:bend|move) (?:his|her) neck",
    r"rash (?:\S+ ){0,6}?(?:doesn't|doesnt|does not|didn't|won't|not) (?:\S+ ){0,2}?fad\w*",
    r"(?:non|not)[- ]?blanching|glass test|spots (?:\S+ ){0,4}?(?:don't|doesn't|not) (?:\S+ )?fade",
    r"(?:purple|purplish|purpley) (?:spots|rash|marks|blotches|dots)"
    r"|(?:spots|rash|blotches) (?:\S+ ){0,2}?purple",
    r"hard to wake|difficult to wake|barely wake|" + _FLOPPY,
    r"cuello (?:\S+ ){0,2}?(?:r[ií]gido|duro|tieso)|nuque (?:\S+ ){0,2}?(?:raide|bloqu[ée]e)"
    r"|pesco[çc]o (?:\S+ ){0,2}?(?:duro|r[ií]gido|travado)|(?:nacken|genick) (?:\S+ ){0,2}?steif"
    r"|steife[nr]? (?:nacken|genick)|gardan (?:\S+ ){0,2}?(?:akad|jakad|stiff)\w*"
    # a neck that hurts to move: "le duele el cuello cuando se lo muevo", "mal à la nuque"
    r"|(?:le )?duele (?:\S+ )?(?:el )?cuello|dolor (?:de|en el) cuello"
    r"|mal (?:au|[àa] la) (?:cou|nuque)",
    r"(?:manchas|taches|spots|rash|marks|flecken|ausschlag) (?:\S+ ){0,8}?(?:borran|desaparecen"
    r"|se van|s'effac\w*|dispar\w*|partent|verre|vaso|glass|fade|fading|press|somem|copo"
    r"|verschwind\w*|glas)",
    r"hard to keep awake|can't keep (?:him|her|them) awake",
    # "I keep waking her and she drops straight back off"
    r"(?:keep|keeps|kept) waking (?:him|her|them) (?:up )?(?:\S+ )?and (?:he|she|they) (?:\S+ )?"
    r"(?:drops?|goes?|falls?|drifts?|nods?) (?:straight |right |just )?(?:back )?(?:off|to sleep"
    r"|asleep)",
    r"neck(?:'s| is|s)? (?:\S+ )?rigid|rigid neck",
    r"(?:scream\w*|cr(?:y|ies|ying)|whimper\w*|winc\w*|hurts?) (?:\S+ ){0,7}?(?:(?:his|her|their)"
    r" neck|head forward|chin (?:to|on|down))|neck (?:\S+ ){0,4}?(?:scream\w*|whimper\w*|winc\w*)"
    r"|won't (?:look down|bend|put (?:his|her) chin)",
    r"(?:spots|dots|rash|marks|blotches|pinpricks) (?:\S+ ){0,8}?(?:don't|doesn't|dont|doesnt|not"
    r"|won't|wont|didn't) (?:\S+ ){0,3}?(?:go|fade|disappear|vanish|blanch)\w*",
    r"(?:purple|dark red|pinprick|tiny red) (?:\S+ ){0,2}?(?:dots|spots|marks|pinpricks)",
    r"difficile [àa] r[ée]veiller|dif[ií]cil de despertar",
)
INJURY = _p(
    r"(?:bleeding|blood(?! tests?| work| results?| sugar| draw| levels?| pressure| count| type"
    r"| group| thinners?)) (?:\S+ ){0,4}?(?:head"
    r"|mouth|won't stop|everywhere|a lot)",
    r"(?:split|cut|gashed) (?:his|her|their) (?:head|lip|chin|eyebrow) open",
    r"(?:dripping|soak\w*|bleed\w*|bled|seeping|coming) (?:\S+ ){0,2}?(?:through|thru)"
    r" (?:the |a |my |his |her )?(?:\S+ )?(?:\S+ )?(?:towel|cloth|tissue|plaster|bandage|dressing"
    r"|flannel)s?",
    r"(?:broke|broken|snapped) (?:his|her|their) (?:arm|leg|wrist|collarbone|tooth|nose)",
    r"(?:bit|bitten) (?:through )?(?:his|her|their) tongue",
    # blood, not a blood test ("análisis de sangre")
    r"(?<!an[aá]lisis de )(?<!an[aá]lises de )(?<!prueba de )(?<!pruebas de )(?<!exame de )"
    r"(?<!exames de )sangr\w*|saigne\w*|(?:bent|twisted) (?:funny|wrong|weird)|really swollen"
    r"|(?:bent|twisted|pointing|sticking out) (?:\S+ )?(?:the )?wrong way"
    r"|at (?:a|an) (?:funny|weird|wrong|odd|strange) angle|(?:the|a) wrong angle"
    r"|(?:arm|forearm|wrist|leg|shin|ankle|finger|elbow) (?:is |'s )?bent in the middle"
    r"|pale and clammy",
    r"(?:can't|cannot|won't|no puede) (?:stand up|stand ,|put weight|apoyar\w*)|pierna torcida",
    r"can't get up|not able to stand|(?:couldn't|couldnt|can't|cant) stand(?: up)?(?= ,| and|$)",
    r"(?:leg|foot|arm) (?:\S+ ){0,2}?turned (?:out|outside|wrong|funny)",
    _NOT_MINE + r"still (?:fitting|shaking|jerking|seizing|twitching)"
    r"(?! awake| at night| every| most| some| when| as| in (?:his|her|my|their) sleep)",
)
INGESTION = _p(
    r"(?:took|swallowed|ate|drank) (?:a bunch|a handful|some|loads|lots|several) of"
    r" (?:\S+ ){0,3}?\S+",
    r"(?:got into|swallowed|ate|drank|found (?:him|her) with) (?:\S+ ){0,3}?(?:pills|tablets"
    r"|meds|medicine|bottle|capsules|gummies)",
)
# A stimulus that does not wake the child is not a child who cannot be woken.
_STIMULUS_WORDS = (
    "jerks jerk startles startle it that they noise twitches movements this them kicks"
)
_STIMULUS = frozenset(_STIMULUS_WORDS.split())


@dataclass(frozen=True)
class Hit:
    """One concept found in one sentence (offsets in ``Sentence.text``)."""

    concept: str
    start: int
    end: int
    strength: float


# "8 mins", with no cue such as "for" before it, of five or more.
BARE_MINUTES = trie.compile(
    r"(?<!every )(?<![-\w])(?:[5-9]|[1-5]\d|" + "|".join(_WORD_NUMBERS) + r") ?(?:min|mins|minutes"
    r"|minutos)(?![\w'])"
)


# Every duration _MINUTES reads holds one of these; a substring test spares the pattern.
_DURATION_WORDS = ("min", "hour", "hora", "heure")


# A duration in minutes has a number before its unit: digits or a word of _WORD_NUMBERS.
_DIGITS = "0123456789"


# "Started at 2:14 and it's now 2:23": a duration told by the clock (tokens "2 : 14").
_CLOCK_SPAN = trie.compile(
    r"(?:since|at|from|started|began) (?:about |around |like )?(1?\d|2[0-3]) : ([0-5]\d)"
    r"(?: ?[ap] ?m)? (?:\S+ ){0,8}?(?:now|it's now|its now|it is now) (?:\S+ )?(1?\d|2[0-3]) :"
    r" ([0-5]\d)(?![\w'])"
)


def clock_minutes(text: str) -> int:
    """Minutes between a start time and "now" told by the clock (0 if none, or over 4 h)."""
    if " : " not in text:
        return 0
    m = _CLOCK_SPAN.search(text)
    if m is None:
        return 0
    h1, m1, h2, m2 = map(int, m.groups())
    elapsed = (h2 * 60 + m2 - h1 * 60 - m1) % 720
    return elapsed if elapsed <= 240 else 0


# The same told across sentences: "Jerks started 19:05 in her cot ... Now it's 19:17 and
# they haven't let up" (the start in one of the two sentences before the "now"); the time
# may be written with a dot ("since 3.05", "11.02pm": tokens "3 05", "11 02pm").
_CLOCK_TIME = r"(1?\d|2[0-3])(?: :)? ([0-5]\d)(?: ?[ap] ?m|[ap]m)?(?![\w'])"
_CLOCK_START = trie.compile(
    # not bedtime: "put her down at 7.30 ... now it's 8.15 and she's still twitching as she drifts"
    r"(?:since|(?<!bed )(?<!down )(?<!sleep )(?<!asleep )at|from|started|began|starting)"
    r" (?:about |around |like )?" + _CLOCK_TIME
)
_CLOCK_NOW = trie.compile(
    r"(?:now|it's now|its now|it is now|now it's|now its|it's|its|it is) (?:\S+ )?" + _CLOCK_TIME
)
# A clock time with a colon, or with a dot (two numbers in a row).
_CLOCK_HINT = trie.compile(r" : |(?<![\w'])(?:1?\d|2[0-3]) [0-5]\d")


@functools.lru_cache(maxsize=64)
def _clock_hint(text: str) -> bool:
    """Does a sentence hold a clock time? Cached: each sentence is in the windows of the
    hits of the sentences around it."""
    return _CLOCK_HINT.search(text) is not None


def clock_across(post: list[Sentence], index: int) -> tuple[int, str]:
    """Minutes from a start time in sentence ``index`` or the two before it to a "now" time in
    it or the two after it (0 if none, or over 4 h), with the text from sentence ``index`` to
    the one holding the "now" time (whether it still goes on is told there)."""
    window = post[max(0, index - 2) : index + 3]
    if not any(_clock_hint(s.text) for s in window):
        return 0, ""
    for later in range(index, min(len(post), index + 3)):
        now = _CLOCK_NOW.search(post[later].text)
        if now is None:
            continue
        before = " ".join(s.text for s in post[max(0, index - 2) : later])
        starts = list(_CLOCK_START.finditer(before + " " + post[later].text[: now.start()]))
        if not starts:
            return 0, ""
        h1, m1 = map(int, starts[-1].groups())
        h2, m2 = map(int, now.groups())
        elapsed = (h2 * 60 + m2 - h1 * 60 - m1) % 720
        told = " ".join(s.text for s in post[index : later + 1])
        return (elapsed, told) if elapsed <= 240 else (0, "")
    return 0, ""


def minutes_told(text: str) -> int:
    """The longest duration in minutes that ``text`` tells (0 if none)."""
    if not any(word in text for word in _DURATION_WORDS):
        return clock_minutes(text)
    # Without "hour" (hora, heure) only the minute forms can match, and each needs a
    # number; substring tests are a superset of the pattern's number and far cheaper.
    if (
        "hour" not in text
        and "hora" not in text
        and "heure" not in text
        and not any(map(text.__contains__, _DIGITS))
        and not any(map(text.__contains__, _WORD_NUMBERS))
    ):
        return 0
    best = clock_minutes(text)
    for m in _MINUTES.finditer(text):
        raw = m.group(1) or m.group(2)
        if raw is None:
            best = max(best, 15)
            continue
        # "5-10 minutes" of jerk clusters is the benign pattern when nothing else is said.
        value = _WORD_NUMBERS.get(raw) or int(float(raw.replace(",", ".")))
        best = max(best, value)
    return best


def with_bare_minutes(minutes: int, text: str) -> int:
    """``minutes``, or five if ``text`` says a bare "8 mins" (which the duration pattern
    does not read without a cue) and ``minutes`` is less."""
    return max(minutes, 5) if BARE_MINUTES.search(text) else minutes


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _around(post: list[Sentence], index: int, *, before: int, after: int) -> str:
    """The text of sentence ``index`` with ``before`` sentences before it and ``after``
    after it (as far as the post goes): the window a concept's companions are sought in."""
    return " ".join(s.text for s in post[max(0, index - before) : index + after + 1])


def _simple(name: str, pattern: re.Pattern[str], strength: float = STRONG) -> Callable:
    def find(sentence: Sentence, post: list[Sentence], index: int) -> list[Hit]:
        return [Hit(name, a, b, strength) for a, b in _spans(pattern, sentence.text)]

    find.__name__ = name
    return find


_TREATMENT = trie.compile(
    r"^ ?to (?:\S+ ){0,2}?(?:melatonin|meds|medication|medicine|treatment|therapy|drugs?|tablets"
    r"|iron|magnesium|dose|antibiotics|calpol|paracetamol)"
)


# Forms led by a common word ("not", "have"), searched only when their rarer word is there.
UNRESPONSIVE_MORE: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (
        # "hasn't come to", "not come round" after a fit (not "come round to see us"); each
        # word after it whole ("come round after the fit" is not "come round a ...")
        ("come", "came"),
        _p(
            r"(?:not|hasn't|hasnt|haven't|havent|hadn't|hadnt|never|didn't|didnt) (?:\S+ )?(?:come"
            r"|came) (?:to|round|around)(?! (?:the|it|terms|my|our|a|an|bed|see|visit|stay|us|me"
            r"|him|her|them|with|and)(?![\w']))"
            # "he won't come round" after a fit (not "she won't come round for tea")
            r"|(?:won't|wont|will not) (?:\S+ )?come (?:to|round|around)(?! (?:the|it|terms|my|our"
            r"|a|an|bed|see|visit|stay|us|me|him|her|them|with|and|to|for|here|today|tomorrow"
            r"|later|anymore|any more|much|often)(?![\w']))"
        ),
    ),
    (
        ("shout", "yell", "scream", "shake"),
        _p(
            r"(?:have|had|has) to (?:shout|yell|scream|shake (?:him|her|them)) (?:\S+ ){0,3}?to get"
            r" (?:him|her|them) to (?:open|wake|respond|look)"
        ),
    ),
    (
        ("hear",),
        _p(
            r"(?:doesn't|doesnt|does not|can't|cant|didn't|didnt|won't|wont) (?:seem to )?hear"
            r" (?:me|us|anything|a thing|a word)"
        ),
    ),
    (
        # "can't get him to open his eyes", "her eyes won't open", "harder to wake"
        ("get him", "get her", "get them", "t open", "not open", "harder", "more difficult"),
        _p(
            r"(?:can't|cant|cannot|couldn't|couldnt|can not) (?:\S+ )?get (?:him|her|them) to"
            r" (?:open (?:his|her|their) eyes|wake|respond|look at|answer)|(?:eyes|eye) (?:won't"
            r"|wont|will not) open|(?:harder|more difficult) to (?:wake|rouse|keep (?:him |her"
            r" |them )?awake)"
        ),
    ),
    (
        # "barely responds", "not look at me", "there's nobody there", "not blinking when I wave"
        ("barely", "not look", "nobody", "no one", "no-one", "blink", "flinch"),
        _p(
            r"barely (?:respond\w*|react\w*|answer\w*|looking at (?:me|us))|not look at (?:me|us)"
            r"|(?:there's|theres|there is) (?:nobody|no one|no-one) (?:there|home|in there)"
            r"|(?:not|doesn't|doesnt|isn't|isnt|won't|wont|didn't|didnt) (?:\S+ )?(?:blink\w*"
            r"|flinch\w*) (?:\S+ ){0,2}?when (?:i|we) (?:wave|clap|touch|click|poke)"
        ),
    ),
    (
        ("get any", "get a "),
        _p(r"(?:can't|cant|cannot|couldn't|not) get (?:any |a )?(?:response|reaction|answer)"),
    ),
)


_UNRESPONSIVE_MORE_GATE = _gate_of(UNRESPONSIVE_MORE)


def unresponsive_spans(text: str) -> list[tuple[int, int]]:
    """Spans of UNRESPONSIVE and of its gated forms in ``text``."""
    spans = _spans(UNRESPONSIVE, text)
    if _UNRESPONSIVE_MORE_GATE.search(text):
        for words, pattern in UNRESPONSIVE_MORE:
            if any(map(text.__contains__, words)):
                spans += _spans(pattern, text)
    return spans


def unresponsive_in(text: str) -> bool:
    """Does ``text`` tell that someone does not answer or cannot be woken?"""
    return UNRESPONSIVE.search(text) is not None or (
        _UNRESPONSIVE_MORE_GATE.search(text) is not None
        and any(
            any(map(text.__contains__, words)) and pattern.search(text) is not None
            for words, pattern in UNRESPONSIVE_MORE
        )
    )


# "Not waking her to ask" is a choice the carer makes, not a child who cannot be woken.
_ON_PURPOSE = trie.compile(r" (?:to|for|just|unless|if|when|because|so|during)(?![\w'])")
# ... but "not waking when I pick him up" is a child who cannot be woken.
_TRIED = trie.compile(
    r" (?:when|even when|if) (?:i|we|you|his \S+|her \S+) (?:\S+ )?(?:pick|lift|shake|call|touch"
    r"|move|try|tried|shout|rub|tickle|say|blow|change|sit|stroke|pinch)"
)


def _unresponsive(sentence: Sentence, post: list[Sentence], index: int) -> list[Hit]:
    """Cannot be woken or does not respond (not "the jerks won't wake him")."""
    text = sentence.text
    hits = []
    for a, b in unresponsive_spans(text):
        before = text[:a].split()
        if before and before[-1] in _STIMULUS and re.match(r"won't|wont|don't|doesn't", text[a:]):
            continue
        if _TREATMENT.match(text[b:]) or re.match(r" to (?:them|it|the jerks)", text[b:]):
            continue
        if before and before[-1] in ("i'm", "im"):
            continue
        if (
            text[a:b].startswith("not waking")
            and _ON_PURPOSE.match(text[b:])
            and not _TRIED.match(text[b:])
        ):
            continue
        # advice not to wake: "our paed told us not to bother waking ours", "not to wake her"
        if re.match(r"not (?:to |bother |to bother )(?:\S+ )?wak", text[a:b]):
            continue
        hits.append(Hit("unresponsive", a, b, STRONG))
    return hits


# Jerks "as he drops off" for minutes: the benign pattern of sleep onset, not a long seizure.
SLEEP_ONSET = _p(
    r"(?:as|when|while|whilst|before) (?:\S+ ){0,2}?(?:drops?|drifts?|nods?|falls?|dropping"
    r"|drifting|nodding|falling|goes|going|gone|fell|dropped|drifted|nodded|went) (?:off|asleep"
    r"|to sleep)|falling asleep"
    r"|at sleep onset|settling (?:down|to sleep)"
)


# "His arm and leg are still going": the movement named only by the limb.
LIMB_GOING = _p(
    r"(?:arm|arms|leg|legs|hand|hands|side|body) (?:\S+ ){0,2}?(?:still|keeps?)"
    r" (?:going|moving)"
)


# "She wakes and settles when I pick her up": waking stops it, the key difference between
# benign sleep myoclonus and a seizure (a duration alone is then no red flag).
WAKES_EASILY = _p(
    r"(?:wakes?|woke|waking|settles?|settled|stops?|stopped) (?:\S+ ){0,4}?(?:when|as soon as|once"
    r"|if|the second|the minute|the moment) (?:i|we|you|dad|mum|mom) (?:\S+ )?(?:pick|wake|lift"
    r"|touch|hold|cuddle|pat|stroke)\w*",
    r"(?:he|she|they) (?:\S+ )?wakes? (?:up )?(?:easily|straight away|straight up|happy|happily"
    r"|smiling|and (?:cries|looks|smiles|settles))",
)


# "For ten minutes at a time": how long the usual bouts last, not this one.
_EACH_TIME = _p(r"at a time|each time|every time")
# "Jerking in his sleep for an hour on and off": bouts of jerks with breaks, not one long
# seizure (fits on and off are a cluster, and stay).
# Asleep, in the languages members write in ("sleep" also finds "asleep").
_SLEEP_WORDS = ("sleep", "dort", "dormi", "sommeil", "duerme", "dormid", "sueño", "tulog")
_ON_AND_OFF = _p(
    r"on and off|off and on|on off",
    # bursts with gaps: "in bursts, every few seconds for five or ten minutes, then nothing"
    r"in bursts|in runs|then nothing|then it stops|then stops|then (?:it )?starts (?:up )?again"
    r"|comes and goes|par s[ée]ries|par salves|puis plus rien|y luego nada|a ratos",
)


# "The usual clusters": the poster knows the pattern and says this is it.
USUAL = _p(
    r"usual|as usual|as always|typical|normal for (?:him|her|them)|like every night",
    # a habit told in the plain present: "he has these jolts", "she still has jerks as she
    # drops off"
    r"(?:has|have|gets|get) (?:these|those|the|his|her|little|some|a few|a lot of)"
    r" ?(?:\S+ )?(?:jerks|jolts|twitches|starts|kicks|jumps|spasms)",
)


# Fits one after another without coming round: "hasn't woken properly in between", "not
# come round between them".
NOT_ROUND_BETWEEN = _p(
    r"(?:hasn't|hasnt|has not|haven't|not|never|without|didn't|didnt) (?:\S+ )?(?:woken|woke|waking"
    r"|come round|come to|came round|came to|coming round|come back|come around)(?: \S+)?"
    r" (?:in )?between(?: them| each| fits| seizures)?"
)


def _long_seizure(sentence: Sentence, post: list[Sentence], index: int) -> list[Hit]:
    """A seizure or jerking that goes on, or lasts five minutes or more.

    Strong when it is still going on (or one after another, or with the person not
    answering); weak with a duration alone (benign clusters also last minutes).
    """
    text = sentence.text
    # Long or going on first: most sentences about jerks are neither, and these two
    # questions are cheaper than finding the seizure words.
    window = _around(post, index, before=0, after=1)
    minutes = minutes_told(window)
    across = ""
    if minutes < 5:
        clocked, across = clock_across(post, index)
        minutes = max(minutes, clocked)
    # with a clock, whether it still goes on is told up to the "now" time
    told = across or text
    ongoing = bool(ONGOING.search(told)) or (
        any(map(told.__contains__, _EASING_WORDS)) and bool(NOT_EASING.search(told))
    )
    if ongoing:
        minutes = with_bare_minutes(minutes, text)
    if minutes < 5 and not ongoing:  # neither long nor going on: nothing to weigh
        return []
    seizures = _spans(SEIZURE, text) or (
        ("going" in text or "moving" in text) and _spans(LIMB_GOING, text)
    )
    if not seizures:
        return []
    unresponsive = (
        unresponsive_in(window)
        or bool(NO_ANSWER_NOW.search(window))
        or bool(NOT_ROUND_BETWEEN.search(window))
    )
    if (minutes >= 5 and (ongoing or unresponsive)) or (ongoing and unresponsive):
        strength = STRONG
    elif minutes >= 5 or (
        ongoing
        and re.search(
            r"won't stop|wont stop|one after"
            r"|back to back|without|no para|n'arr",
            text,
        )
    ):
        strength = WEAK
    else:
        return []
    if SLEEP_ONSET.search(window) and (
        strength == WEAK or (USUAL.search(window) and not unresponsive)
    ):
        return []
    if strength == WEAK and (WAKES_EASILY.search(window) or _EACH_TIME.search(window)):
        return []
    if (
        not unresponsive
        and _ON_AND_OFF.search(window)
        and not _SEIZURE_PROPER.search(text)
        and (
            SLEEP_ONSET.search(window)
            or WAKES_EASILY.search(window)
            or any(map(window.__contains__, _SLEEP_WORDS))
        )
    ):
        return []
    a, b = seizures[0]
    return [Hit("long_seizure", a, b, strength)]


_SEIZURE_PROPER = _p(
    r"seizure\w*|seizing|fit|fits|fitting|convuls\w*|rigid|stiff|shaking|crise"
    r"|crisis|convulsi\w*|stiffening|jolting|shuddering|thrashing|temblando|sacudi\w*"
    r"|(?:jerk\w*|shak\w*|twitch\w*|jolt\w*) (?:in |of |through )?(?:the |his |her |their )?"
    r"(?:whole|entire|full) body"
)
# Seizure-like movement told as going on ("he's going stiff and jerky", "her arms keep
# jolting"), and a sign that goes with a seizure rather than a sleep start (not answering,
# eyes rolled up, froth, a gurgle, a colour change): together, a fit happening now.
_MOVING_NOW = _p(
    r"(?:is|he's|she's|hes|shes|are|they're|keeps?|been|started|starting|going|goes|went|gone|now"
    r"|est[aá]) (?:\S+ ){0,2}?(?:jerk\w*|twitch\w*|shak\w*|jolt\w*|jump\w*|shudder\w*"
    r"|stiff\w*|rigid|convuls\w*|fitting|seizing|thrash\w*|trembl\w*|temblando|sacudi\w*"
    r"|spasm\w*)",
    r"(?:jerk\w*|twitch\w*|shak\w*|jolt\w*|stiff\w*|convuls\w*|seizing|fitting|trembl\w*)"
    r" (?:\S+ ){0,3}?(?:now|right now|rn|at the moment)",
    r"on the (?:floor|ground|bed) (?:\S+ )?(?:jerk\w*|twitch\w*|shak\w*|jolt\w*|stiff\w*"
    r"|convuls\w*|seizing|fitting|thrash\w*)",
)
FIT_SIGN = _p(
    r"froth\w*|foam\w*|gurgl\w*|snoring (?:noise|sound)|eyes (?:\S+ ){0,3}?(?:rolled|rolling"
    r"|roll|rolls|stuck|locked|turned|pulled|deviat\w*"
    r"|gone up|went up|going up|fixed|glazed|flicking|up)|not blinking|ojos en blanco"
    r"|yeux (?:r[ée]vuls[ée]s|en l'air)|jaw (?:\S+ )?(?:clenched|locked)|went blank|gone blank"
    r"|blank (?:stare|look)|dribbl\w*|drool\w*|bit (?:his|her) tongue|wet (?:himself|herself)"
    r"|(?:eyelids?|eyes) (?:\S+ )?flicker\w*|aankh\w* (?:\S+ ){0,2}?(?:upar|ulat)\w*"
    r"|(?:eyes|eye) (?:\S+ ){0,3}?drift\w* (?:off )?to (?:one|the) (?:side|left|right)"
    r"|(?:is|he's|she's|hes|shes|and|just) staring(?! at (?:the )?(?:tv|telly|screen|phone|ipad"
    r"|tablet|fan|lights?|mobile))|far ?away look|miles away"
)
# Beside a fit going on, signs that the person is not with us though not named as such:
# "not talking", "can't seem to understand anything I say".
NO_ANSWER_NOW = _p(
    r"(?:not|isn't|isnt|stopped) (?:talking|speaking)(?! (?:yet|much|until|till|properly yet|in"
    r" sentences))",
    r"(?:can't|cant|cannot|doesn't|doesnt|not) (?:seem to )?understand(?:ing)? (?:anything|what|me"
    r"|us|a word)",
    r"(?:hasn't|hasnt|not|hadn't|hadnt|hasn't) said (?:anything|a word|a thing)",
    r"bol (?:bhi )?nahi (?:raha|rahi|rahe)",
)


# "She has never had a seizure" beside a fit going on now: a first one.
_NEVER_HAD = _p(
    r"never (?:had|had a|had an|had any|been diagnosed with) (?:\S+ )?(?:seizures?|fits?"
    r"|convulsions?|epilepsy)"
)


def _fit_now(sentence: Sentence, post: list[Sentence], index: int) -> list[Hit]:
    """Seizure-like movement going on now with a sign of a seizure or a never-before."""
    moving = _spans(_MOVING_NOW, sentence.text)
    if not moving:
        return []
    window = _around(post, index, before=1, after=1)
    if not (
        FIT_SIGN.search(window)
        or unresponsive_in(window)
        or NO_ANSWER_NOW.search(window)
        or _NEVER_BEFORE.search(window)
        or _NEVER_HAD.search(window)
        or FIRST_SEIZURE.search(window)
        or COLOUR.search(window)
        or (any(map(window.__contains__, _COLOUR_MORE_WORDS)) and COLOUR_MORE.search(window))
    ):
        return []
    return [Hit("fit_now", moving[0][0], moving[0][1], STRONG)]


_NEVER_BEFORE = _p(
    r"(?:never|nunca|jamais) (?:\S+ ){0,2}?(?:done|had|happened|did|fait|hecho) (?:this|that|it"
    r"|eso|[çc]a)(?: before)?",
    r"(?:has|have|had|hasn't|hasnt|haven't|hadn't) (?:not |never )?(?:\S+ )?happened"
    r" (?:\S+ )?before"
    r"|never happened (?:\S+ ){0,2}?before|nothing like (?:this|it) (?:\S+ ){0,2}?(?:before|ever)",
    r"(?:it's|its|it has|this has|that's|thats) never happened(?: before)?|never before"
    r"|never seen (?:it|this|that|anything like (?:it|this|that))"
    r"|never (?:had|done|seen|been through) anything like (?:it|this|that)",
    r"no history of (?:anything like (?:this|that|it)|(?:\S+ )?(?:seizures?|fits|epilepsy))"
    r"|(?:this is|it's|its|it is) (?:the |his |her |their )?(?:very )?first (?:time|one)(?: ever)?"
    r"|never (?:been|seen (?:him|her|them)) like this|this is (?:new|a first)|nothing like (?:this"
    r"|it) ever|never had (?:a|any) (?:\S+ )?(?:seizure|fit|convulsion)s? in (?:his|her|their)"
    r" life|(?:nunca|jamais) (?:le|lui) (?:hab[ií]a|ha|est|[ée]tait) (?:\S+ )?(?:pasado|arriv[ée])",
)


def _never_before(sentence: Sentence, post: list[Sentence], index: int) -> list[Hit]:
    """ "He's never done this" about a seizure-like event in the same or previous sentence."""
    found = _spans(_NEVER_BEFORE, sentence.text)
    if not found:
        return []
    # the event is told beside the words, not by them ("I have no history of seizures")
    text = sentence.text
    for a, b in found:
        text = text[:a] + " " * (b - a) + text[b:]
    before = post[index - 1].text if index else ""
    if not (_SEIZURE_PROPER.search(text) or _SEIZURE_PROPER.search(before)):
        return []
    return [Hit("first_seizure", found[0][0], found[0][1], STRONG)]


# "No vomiting", "not sleepy": a sign named only to say it is absent.
_NEGATED_SIGN = trie.compile(
    r"(?:^| )(?:no|not|without|nor|never|isn't|isnt|wasn't|hasn't|hasnt|any|sin|sans|pas de|ni)"
    r" (?:\S+ )?$"
)


# Fits one after another: "third one in a row", "goes straight into another".
CLUSTER = _p(
    r"(?:one|another|next|second|third|fourth|two|three|four|\d) (?:\S+ ){0,4}?(?:in a row"
    r"|back to back|straight after|one after (?:the )?(?:other|another)|after another)",
    r"(?:goes|went|going|gone) (?:straight )?into another|one finishes and (?:the )?next"
    r"|another (?:one )?(?:started|starting|began|came|come|comes|coming)"
    r"|(?:this is|that's|thats|now) the (?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:one|fit"
    r"|seizure)",
    r"(?:fits?|seizures?|episodes?|spells?|convulsions?) (?:\S+ ){0,2}?(?:\d|two|three|four"
    r"|five|several) times (?:since|tonight|today|in|this)",
)
_COUNTED_WORDS = ("seizures", "fits", "convulsions", "episodes")
# "Four seizures in the last hour": a count, a cluster only without coming round between
# ("three episodes since Monday" is a frequency report).
COUNTED = _p(
    r"(?:two|three|four|five|six|several|\d+) (?:\S+ )?(?:seizures|fits|convulsions|episodes)"
    r" (?:\S+ ){0,2}?(?:in the (?:last|past)|since|within|tonight|today|this (?:morning|evening))",
)
# ... without coming round in between.
NOT_BACK = _p(
    r"(?:hasn't|hasnt|hadn't|hadnt|not|without|doesn't|doesnt|didn't|didnt|isn't|isnt|never"
    r"|before) (?:\S+ ){0,3}?(?:woken|waking|wake|woke|come round|coming round|came round|come to"
    r"|come back|opening (?:his|her|their) eyes|opened|talking|said a word|say a word|normal"
    r"|became normal)|in between|between (?:them|each|any|fits)"
)


def _cluster(sentence: Sentence, post: list[Sentence], index: int) -> list[Hit]:
    """Fits one after another: strong without coming round between them, weak otherwise."""
    found = _spans(CLUSTER, sentence.text)
    counted = (
        not found
        and any(map(sentence.text.__contains__, _COUNTED_WORDS))
        and _spans(COUNTED, sentence.text)
    )
    if not found and not counted:
        return []
    window = _around(post, index, before=1, after=1)
    if not _SEIZURE_PROPER.search(window) and not SEIZURE.search(window):
        return []
    back = NOT_BACK.search(window) or unresponsive_in(window)
    # "3 or 4 in a row right as he falls asleep", coming round between: the sleep-onset pattern
    if not back and SLEEP_ONSET.search(window):
        return []
    if counted:
        return [Hit("cluster", counted[0][0], counted[0][1], STRONG)] if back else []
    return [Hit("cluster", found[0][0], found[0][1], STRONG if back else WEAK)]


# "His usual bedtime jerks": the movements the child always had, not a sign of the knock.
_HABITUAL_SIGN = trie.compile(
    r"(?:usual|normal|bedtime|night|nighttime|sleep|same|old) (?:\S+ )?$"
    r"|(?:during|from|mid) (?:a |one |his |her |the )?(?:\S+ )?$|in (?:a|one) (?:\S+ )?$"
)

_HABITUAL_AFTER = trie.compile(
    r" (?:\S+ ){0,3}?(?:at night|at bedtime|every night|in (?:his|her|their) sleep"
    r"|(?:were|was) there|long before|as usual|always)(?![\w'])"
)


def _head_injury(sentence: Sentence, post: list[Sentence], index: int) -> list[Hit]:
    """A knock on the head with a new sign anywhere after it in the post."""
    heads = _spans(HEAD_INJURY, sentence.text)
    if not heads:
        return []
    later = " ".join(s.text for s in post[index:])
    after_head = later[heads[0][1] :]
    signs = NEW_SIGN.finditer(after_head)
    if all(
        _NEGATED_SIGN.search(after_head[: m.start()])
        or _HABITUAL_SIGN.search(after_head[: m.start()])
        or _HABITUAL_AFTER.match(after_head, m.end())
        for m in signs
    ):
        return []
    return [Hit("head_injury_new_sign", heads[0][0], heads[0][1], STRONG)]


# A rash that stays under a pressed glass is a red flag with or without a fever.
NON_BLANCHING = _p(
    r"(?:non|not)[- ]?blanching",
    r"(?:spots|dots|rash|marks|blotches|pinpricks) (?:\S+ ){0,8}?(?:stay|stays|stayed|staying"
    r"|still there"
    r"|(?:don't|doesn't|dont|doesnt|didn't|won't|wont|not) (?:\S+ ){0,2}?(?:go|fade|disappear"
    r"|vanish|blanch)\w*) (?:\S+ ){0,6}?(?:press\w*|glass|tumbler|cup)",
    r"(?:(?:still|can) see|still showing) (?:the )?(?:spots|dots|rash|marks) (?:\S+ ){0,2}?"
    r"(?:through|under) (?:the |a )?(?:glass|tumbler|cup)",
    r"(?:glass|tumbler|cup) (?:\S+ ){0,10}?(?:still (?:see|there|showing)|(?:don't|doesn't|dont"
    r"|doesnt|didn't|won't|wont|not) (?:\S+ ){0,2}?(?:go|fade|disappear|vanish|blanch)\w*)",
)


# A bulging or tense soft spot (not a sunken one) is a red flag with or without a fever.
FONTANELLE = _p(
    r"(?:fontanel\w*|soft (?:spot|bit|part|patch)|mollera|fontanela) (?:\S+ ){0,8}?(?:bulg\w*"
    r"|raised|tense|tight|swollen|puff\w*|domed|sticking (?:up|out)|pushing (?:up|out)|poking"
    r"|abultad\w*|hinchad\w*|levantad\w*"
    r" (?:up|out)|abombad\w*|bomb[ée]e?|tendu\w*|gewölbt|vorgewölbt)",
    r"(?:bulg\w*|tense|raised|swollen) (?:\S+ ){0,2}?(?:fontanel\w*|soft (?:spot|bit|part))",
    r"top of (?:his|her|the|their) head (?:\S+ ){0,3}?(?:bulg\w*|swollen|raised|tense|tight|firm"
    r"|puffy|domed)",
)


_FONTANELLE_WORDS = ("fontanel", "soft", "mollera", "top of")


def _fever(sentence: Sentence, post: list[Sentence], index: int) -> list[Hit]:
    """Fever with a stiff neck, a rash that does not fade, or a child hard to wake."""
    text = sentence.text
    bulging = any(map(text.__contains__, _FONTANELLE_WORDS)) and _spans(FONTANELLE, text)
    if bulging:
        return [Hit("fever_sign", bulging[0][0], bulging[0][1], STRONG)]
    signs = _spans(FEVER_SIGN, sentence.text) or _spans(NON_BLANCHING, sentence.text)
    if not signs:
        return []
    near = _around(post, index, before=2, after=2)
    if NON_BLANCHING.search(sentence.text):
        return [Hit("fever_sign", signs[0][0], signs[0][1], STRONG)]
    fevers = [m.start() for m in FEVER.finditer(near)]
    # "a stiff neck from sleeping funny, no temperature": the fever is ruled out (a sign
    # that is itself negated, "no fever, no stiff neck", is left to the context layer)
    if (
        fevers
        and all(_NEGATED_SIGN.search(near[:start]) for start in fevers)
        and not _NEGATED_SIGN.search(text[: signs[0][0]])
    ):
        return []
    strength = STRONG if fevers else WEAK
    return [Hit("fever_sign", signs[0][0], signs[0][1], strength)]


FEVER_DROWSY = _p(
    r"(?:super|very|really|so|unusually|extremely|too|extra) (?:sleepy|drowsy|floppy|lethargic)"
    r"|hard to get (?:him|her|them) to (?:wake|open)"
    r"|lethargic|barely (?:awake|conscious)|keeps? (?:drifting|nodding) off|hard to rouse"
    r"|(?:struggling|struggle|trouble|can barely|barely) (?:to )?(?:\S+ ){0,2}?(?:wake|rouse"
    r"|get (?:him|her|them) to open)|drifts? (?:straight )?(?:back )?off again"
    r"|barely (?:opening|opens|open|opened) (?:his|her|their) eyes|le cuesta (?:\S+ )?despertar\w*"
    r"|adormilad[oa]|muy dormid[oa]"
    r"|(?:eyes|they) (?:\S+ ){0,2}?(?:close|closing|shut) again|(?:shout|yell|shake|pinch|tickle)"
    r" (?:\S+ ){0,4}?to get (?:him|her|them) to (?:open|wake|respond|look)"
)


def _fever_drowsy(sentence: Sentence, post: list[Sentence], index: int) -> list[Hit]:
    """A child unusually sleepy with a fever in the same or a neighbouring sentence."""
    signs = _spans(FEVER_DROWSY, sentence.text)
    if not signs:
        return []
    near = _around(post, index, before=1, after=1)
    if not FEVER.search(near):
        return []
    return [Hit("fever_sign", signs[0][0], signs[0][1], STRONG)]


# The colour of a thing, not of the child: "his blue onesie", "grey skies", "a purple crayon".
_THING_AFTER = trie.compile(
    r" (?:onesies?|tops?|jumpers?|hoodies?|hats?|sunhats?|shirts?|t-shirts?|dress|pyjamas|pjs"
    r"|sleepsuits?|babygros?|rompers?|blankets?|sheets?|cot|bottles?|dumm(?:y|ies)|toys?|crayons?"
    r"|paint|skies|sky|mood|days?|eyes|car|walls?|room|light|lights|cups?|bowls?|socks?|shoes"
    r"|bags?|sleeping bag|clouds?|weather|everything|elephants?|bunny|bunnies|rabbits?|teddy"
    r"|teddies|bears?|dinosaurs?|dinos?|monkeys?|lambs?|duvets?|quilts?|pillows?|curtains?|doors?"
    r"|mugs?|jackets?|coats?|cardigans?|beanies?|scarf|scarves|carpets?|sofas?|couch"
    # "she screamed blue murder"
    r"|murder)(?![\w'])"
    # said of the writer's feelings: "I went grey with worry"
    r"| with (?:worry|fear|fright|shock|exhaustion|tiredness|stress|nerves)(?![\w'])"
)


def _colour(sentence: Sentence, post: list[Sentence], index: int) -> list[Hit]:
    """Blue, grey or mottled (COLOUR, and COLOUR_MORE when its rarer words are there)."""
    text = sentence.text
    spans = _spans(COLOUR, text)
    if any(map(text.__contains__, _COLOUR_MORE_WORDS)):
        spans += _spans(COLOUR_MORE, text)
    return [Hit("colour", a, b, STRONG) for a, b in spans if not _THING_AFTER.match(text, b)]


def _anchor(stems: str) -> re.Pattern[str]:
    return trie.compile(stems)


# Each finder runs only on sentences holding one of its anchor stems (a cheap literal
# search), so a long post costs little more than its few relevant sentences.
_SEIZURE_STEMS = (
    r"seiz|fit|convuls|jerk|twitch|shak|spasm|stiff|rigid|sacud|opening|turn|episod|spell"
    r"|crisis|crise|trembl|secous|jolt|rhythm|jhatk|kaanp|kanp|zuck|krampf|jump|flick"
    r"|^(?:arms?|legs?)$"
)
FINDERS: tuple[
    tuple[re.Pattern[str], Callable[[Sentence, list[Sentence], int], list[Hit]]], ...
] = (
    (
        _anchor(
            r"breath|gasp|respir|ahoga|touff|chest|ribs|tummy|belly|atme|atem|crow|stridor|throat"
            r"|gulp|^air$|snort|forget|ventre|c[ôo]tes|costillas|creus|hinga"
        ),
        _simple("breathing", BREATHING),
    ),
    (
        _anchor(
            r"blu|grey|gray|mottl|purpl|dusk|ashen|azul|morad|gris|bleu|marbr|violet|violac|dark"
            r"|grau|blau|bläu|cinz|roxo|roxa|roxinh|arroxe|pale|white|cold|blotch|marbled|neel|nila|nile"
            r"|navy|colou?r"
        ),
        _colour,
    ),
    (
        _anchor(
            r"limp|flop|loose|rag|tone|cid|floj|blandit|trapo|fuerza|mou|molle|hypoton|tonus|head"
            r"|sack|noodle|dishcloth|dead weight|cloth|towel|bean|soft|weak finish"
            r"|schlapp|schlaff|sack|mole|molinh|for[çc]a|t[ôo]nus|dheel|dhil"
        ),
        _simple("limp", LIMP),
    ),
    (
        _anchor(
            r"wak|rous|woken|respon|conscious|passed out|blacked|answer|react|focus|aware|track"
            r"|look|star|eye|despiert|contest|pond|agit|caso|veill|respuesta|conocimiento"
            r"|connaissance|drool|coming|asleep|mira|regarde|there|with us|despert|know|recogni"
            r"|reconoc|reconna|squeeze|name|smil|coo|babbl|engag|zoned|spaced|checked|lights"
            r"|home|glass|glaz|fairies|reagiert|ansprechbar|aufzuwecken|wacht|reage|acord|kriegen"
            r"|bekommen|repl|come to|came to|come round|come around|shout|yell|scream|shake"
            r"|jawab|uth nahi|hosh|reacc|follow|blink|flinch|gising|sagot"
        ),
        _unresponsive,
    ),
    (_anchor(r"took|swallow|ate|drank|got into|found"), _simple("ingestion", INGESTION)),
    (_anchor(r"first|1st|never|primer|premi"), _simple("first_seizure", FIRST_SEIZURE)),
    (_anchor(r"seiz|fit|convuls|crisis|crise|grand"), _simple("seizure_now", SEIZURE_NOW)),
    (
        _anchor(
            r"row|back|after|another|next|times|seizures|fits|convulsions|episodes|second|third"
            r"|fourth|fifth|2nd|3rd|4th|5th"
        ),
        _cluster,
    ),
    (
        _anchor(
            r"jerk|twitch|shak|jolt|jump|shudder|stiff|rigid|convuls|fitting|seiz|thrash"
            r"|trembl|sacudi|spasm"
        ),
        _fit_now,
    ),
    (_anchor(r"never|nunca|jamais|history|first|nothing"), _never_before),
    (
        _anchor(
            r"mov|lift|use|using|feel|grip|hold|droop|sag|lopsid|crooked|speak|talk|word|say"
            r"|slurr|drag|drop|hablar|levantar|mots|palabras|faible|bil|weak|ca[ií]d|torcid"
            r"|bouger|parler|visage|bouche|boca|cara|tomb|travers|affaiss|collaps|desplom"
            r"|effondr|face|mouth|smile|lip|cheek|eye|lev|sourire|sonre|babbl|gibberish|jibberish"
            r"|nonsense|sense|muddl|jumbl|scrambl|garbl|sentence|speech|sound|drunk|came|comes"
            r"|coming|said|arm|leg|hand|side|kann|bein|seite|gesicht|mund|consegue|pode|conseguindo"
            r"|rosto|slump|drool|only|stand|walk|weight|dragging|nicht|kaum|hängend|gesichtsh"
            r"|mundwinkel|chehr|bol nahi|haath|hath|pair nahi|baazu|bazu|tongue|voice|motionless"
            r"|parl|avaler|habla|tragar|swallow"
        ),
        _deficit,
    ),
    (
        _anchor(
            r"bleed|bled|blood|split|cut|gash|broke|snap|bit|sangr|saign|bent|twist|swollen|clammy"
            r"|stand|apoy|pierna|still|get up|turned|angle|pointing|sticking|drip|soak|seep"
        ),
        _simple("injury", INJURY, WEAK),
    ),
    (_anchor(_SEIZURE_STEMS), _long_seizure),
    (
        _anchor(
            r"head|heid|cabeza|t[êe]te|fell|fall|roll|tumbl|jerked|bump|lump|swell|bruis|cabe[çc]a|kopf"
            r"|noggin|bonce|skull|face|plant"
            r"|bateu|bati|caiu|pancada|stieß|stiess|schlug|knallte|knocked|concuss|landed|landing|header"
            r"|walked|ran into|crashed|smashed|slammed|flew into"
        ),
        _head_injury,
    ),
    (
        _anchor(
            r"neck|light|rash|spot|blanch|glass|cuello|nuque|manchas|taches|marks|wake|awake"
            r"|flopp|eyes|dif[ií]cil|difficile|press|fade|verre|vaso|dot|pinprick|chin|forward"
            r"|look|bend|cup|tumbler|stay|see|fontanel|soft spot|soft bit|soft part|soft patch"
            r"|mollera|pesco|top of"
            r"|nacken|genick|steif|gardan|flecken|ausschlag|somem|copo"
        ),
        _fever,
    ),
    (
        _anchor(
            r"sleepy|drows|flopp|letharg|awake|conscious|drift|nodd|rous|barely|struggl|trouble"
            r"|adormil|dormid|despert|close|closing|shut|shout|yell|shake|pinch|tickle|hard to get"
        ),
        _fever_drowsy,
    ),
)


@functools.lru_cache(maxsize=65536)
def _word_gate(word: str) -> int:
    """Bit ``i`` is set when ``word`` may start finder ``i``'s anchor (cached per word).

    An anchor stem of several words ("passed out") is opened by its first word, so the
    gate of a sentence (the OR of its words) lets through every sentence the anchor
    search would, and a post costs one cached look-up per word instead of one search
    per finder and sentence.
    """
    gate = 0
    for i, (anchor, _finder) in enumerate(FINDERS):
        if anchor.search(word) or word in _ANCHOR_HEADS[i]:
            gate |= 1 << i
    return gate


_ANCHOR_HEADS: tuple[frozenset[str], ...] = tuple(
    frozenset(stem.split()[0] for stem in anchor.pattern.split("|") if " " in stem)
    for anchor, _finder in FINDERS
)


_GATES = Memo(_word_gate, 65536)


def find_hits(post: list[Sentence], index: int) -> list[Hit]:
    """Every concept hit in sentence ``index`` of ``post``."""
    sentence = post[index]
    gate = sentence.gate
    if gate is None:
        gate = sentence.gate = functools.reduce(
            operator.or_, map(_GATES.__getitem__, set(sentence.text.split(" "))), 0
        )
    if not gate:
        return []
    return [
        hit
        for i, (_anchor, finder) in enumerate(FINDERS)
        if gate >> i & 1
        for hit in finder(sentence, post, index)
    ]
