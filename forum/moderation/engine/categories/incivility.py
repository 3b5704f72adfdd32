"""Incivility: insults, contempt and country-against-country flaming aimed at people."""

from __future__ import annotations

import functools
import re

from forum.moderation.engine.text import (
    HOLD,
    Category,
    Span,
    gettext_noop,
    merge_spans,
    normalize,
    prepare,
    rx,
    wordset,
)
from forum.moderation.engine.words import CLINICIAN, english

# --------------------------------------------------------------------------- incivility

# Deliberately modest and non-graphic: the point is to hold a post for a human, not to
# catalogue abuse. "jerk" is absent on purpose: it is this forum's everyday word.
# (every form starts at a word boundary: the shared \b first skips the middles of words)
_INSULT_RE = rx(
    r"""\b(?:
    \b(?:idiots?|moronic|morons?|imbeciles?|cretins?|retard(?:ed|s)?|losers?|muppets?|fools?
      |quacks?|garbage|f(?:\*{2,}|u?ck|ck)(?:ing|in'?)?|shut\s+up|screw\s+you|get\s+a\s+grip
      |stop\s+whining|dumbest|pathetic\s+excuse|shut\s+(?:your\s+(?:mouth|face|trap)|it)
      |you\s+know\s+nothing)\b
    |\b(?:what\s+an?|such\s+an?|your|you|you're|are\s+you|so)\s+(?:\w+\s+)?(?:stupid|dumb|thick)\b
    |\bstupid\s+(?:question|advice|post|comment|people|doctor|husband|wife|mum|mom|idea)s?\b
    |\b(?:you|you're|absolute|complete|total|such\s+an?)\s+clowns?\b
    |\b(?:are|you're|you\s+are|you)\s+(?:all\s+|so\s+|completely\s+|absolutely\s+)?(?:clueless|hysterical)\b
    |\b(?:another|you|you're|a)\s+hysterical\s+(?:mum|mom|mother|parent|woman)s?\b
    |\bclueless,\s+absolutely\s+clueless\b
    # "these know-it-alls", "a lazy drongo", "you lot are insufferable", "she's clueless"
    |\bknow[\s-]it[\s-]alls?\b|\bdrongos?\b|\binsufferable\b|\bpearl[\s-]clutch\w*
    |\b(?:she|he|they)(?:'s|'re|\s+is|\s+are)\s+(?:so\s+|completely\s+|absolutely\s+|totally\s+)?clueless\b
    |\byou\s+lot\s+are\s+(?:so\s+|such\s+)?(?:touchy|a\s+joke|pathetic|ridiculous|useless|unbelievable)\b
    |\bgood\s+luck\s+with\s+dr\.?\s+(?:youtube|google|tiktok|facebook)\b
    |\bpeople\s+like\s+you\s+(?:shouldn't|should\s+not|are\s+the|make\s+me)
    |\bgo\s+back\s+to\s+your\s+(?:own\s+)?country\b
    |\b(?:useless|joke)\b(?=[^.!?]*\b(?:doctor|quack|moderator|nhs|site)s?\b)
    )"""
)
# One word of every _INSULT_RE alternative: most posts contain none, and then the
# pattern never runs.
_INSULT_KEYWORDS = wordset(
    """idiot idiots moronic moron morons imbecile imbeciles cretin cretins retard retarded
    retards loser losers muppet muppets fool fools quack quacks garbage f fuck fucking fuckin
    fck fcking shut screw grip whining dumbest pathetic nothing stupid dumb thick clown clowns
    clueless hysterical people country useless joke know drongo drongos insufferable pearl lot
    luck"""
)
_NATIONALITY = r"""(?:americans?|yanks?|brits?|british\s+people|english\s+people|indians
    |germans?|australians?|aussies?|canadians?|europeans?|french\s+people|the\s+french
    |irish\s+people|scots|scottish\s+people|welsh\s+people|poles|russians?|chinese\s+people
    |nigerians|pakistanis|mexicans|kiwis|new\s+zealanders|italians|spaniards|dutch\s+people
    |swedes|norwegians|danes|filipinos|asians|africans|arabs|europeans|southerners
    |northerners|londoners)"""
_NATIONALITY_KEYWORDS = wordset(
    """american americans yank yanks brit brits british english indians german germans
    australian australians aussie aussies canadian canadians european europeans french irish
    scots scottish welsh poles russian russians chinese nigerians pakistanis mexicans kiwis
    zealanders italians spaniards dutch swedes norwegians danes filipinos asians africans
    arabs southerners northerners londoners"""
)
_COUNTRY_FLAME_RE = rx(
    rf"""
    \btypical\s+{_NATIONALITY}\b
    |\b{_NATIONALITY}\s+and\s+their\b
    |\b{_NATIONALITY}\b(?:\s+[\w']+){{0,5}}?\s+(?:are|is)\s+(?:\w+\s+)?(?:so\s+|all\s+|just\s+)?
      (?:arrogant|clueless|ignorant|stupid|useless|lazy|heartless|cold|rude|loud|idiots|thick
        |the\s+same|a\s+joke|pathetic|the\s+worst)\b
    """
)
# Contempt for a poster with no swear word in it: stock put-downs and dismissals ("spare us
# the sob story", "read the room", "first world problems much", "told you so"), sarcasm about
# their wits ("reading is hard", "why didn't the doctors think of that", "I'd explain it slower
# for you"), mocking labels ("oh here we go, another anxious mum", "you anti-vax lot",
# "typical boomer advice", "parents like her are the reason"), verdicts on their parenting or
# their worth ("are you even a real parent", "maybe try actually parenting him", "you sound
# exhausting", "you're a disaster"), telling them to leave ("go back to facebook", "this forum
# isn't for you") and passive-aggressive pity ("god help that poor child").
# AIMED marks the put-downs that can only be aimed at the reader or their family ("are you even
# a real parent", "stop the presses", "learn to spell"): a hit holds the post even when the model
# scores it low (see ``doubt``). The others ("first world problems", "whatever helps you sleep",
# "truth hurts") are also how writers talk about themselves, and are left to the model.
AIMED = "aimed"
_CONTEMPT_RULES: tuple[tuple[frozenset[str], re.Pattern[str], bool], ...] = tuple(
    (wordset(words), rx(pattern), bool(aimed))
    for words, pattern, *aimed in (
        # stock dismissals and put-downs
        (
            """spare sob river room world told victim medal fuss business thicker truth chat
            scroll queen king pope revolutionary degree forcing slower slowly reading words""",
            r"""\bspare\s+(?:us|me)\s+(?:the|your|ur)\b|\bsob\s+stor(?:y|ies)\b|\bcry\s+me\s+a\s+river\b
            |\bread\s+the\s+room\b|\bfirst\s+world\s+problems?\b|\btold\s+(?:you|ya|u)\s+so\b
            |\beveryone'?s\s+a\s+victim\b|\bgets\s+a\s+medal\b
            |\b(?:all\s+that|so\s+much|such\s+a)\s+fuss\s+(?:for|over|about)\s+nothing\b
            |\bmind\s+(?:your|ur|their)\s+own\s+(?:damn\s+)?business\b
            |(?<!\bwe\sall\sneed\s)(?<!\bwe\sneed\s)(?<!\bi\sneed\s)(?<!\bi\sneed\sa\s)\bthicker\s+skin\b
            |\btruth\s+hurts\b(?!,?\s+(?:i|we)\b)|\bif\s+the\s+truth\s+sounds\b|\bhas\s+entered\s+the\s+chat\b
            |\b(?:you|u)\s+can\s+(?:type|post|google|write)\b[^.!?]{0,40}\b(?:you|u)\s+can\s+scroll\b
            |\b(?:sure|yeah|right),?\s+and\s+i'?m\s+the\s+(?:queen|king|pope)\b
            |\breading\s+is\s+(?:hard|difficult)\b(?!\s+(?:when|with|at|on|after|if|because|for\s+(?:me|us|him|her|them|my|our|a))\b)|\brevolutionary,?\s+i\s+know\b
            |\b(?:your|ur)\s+medical\s+degree\b
            |\b(?:no\s*one|nobody)(?:'?s|\s+is)\s+forcing\s+(?:you|u)\b
            |\bexplain\s+it\s+(?:slower|slowly|more\s+slowly|again\s+slowly)\s+for\s+(?:you|u)\b
            |\bsmall(?:er)?\s+words\s+for\s+(?:you|u)\b""",
        ),
        (
            "asked said",
            r"""\b(?:nobody|no\s+one|noone)\s+asked(?=\s*(?:[.!?,]|$|\s+(?:you|u|lol|mate|tbh|though|tho)\b))
            |\bsaid\s+(?:nobody|no\s+one|noone)\s+(?:who|ever)\b""",
        ),
        (
            "much",
            r"""\b(?:seeking|dramatic|dynamics|paranoid|defensive|overreacting|entitled|judgy|projecting
            |bitter|salty|smug|hypocritical|problems|drama|deprived|triggered|obsessed|jealous|needy
            |anxious|extra|desperate)\s+much\s*(?:[?!.]|$)""",
        ),
        (
            "whatever",
            r"\bwhatever\s+helps\s+(?:you|u)\s+sleep(?:\s+at\s+night)?\b(?:,?\s+(?:love|hun|hon|sweetie|dear|mate|darling|babe|pet))?(?=\s*(?:[.!?]|$))",
        ),
        (
            "grow growing",
            r"""(?:(?<![\w']\s)(?<![\w'])|\b(?:just|by|u|you|please)\s+)grow(?:ing)?\s+up
            (?=\s*(?:[.!?,]|$|\s+(?:lol|mate|already|love|a\s+bit|and\s+(?:stop|get))\b))""",
        ),
        ("life over", r"\bget\s+(?:a\s+life|over\s+(?:it|yourself|urself))\b"),
        ("that's thats", r"\bthat'?s\s+on\s+(?:you|u)(?=\s*(?:[.!;]|$))"),
        (
            "real actual",
            r"""\b(?:some\s+of\s+us|people\s+who)\s+(?:\w+\s+){0,2}(?:real|actual)
            \s+(?:problems|issues|diagnos\w+|sick)""",
        ),
        ("think", r"\bwhy\s+didn'?t\s+(?!i\b|we\b)(?:\w+\s+){1,3}think\s+of\s+that\b"),
        # mocking labels for the poster or their group
        (
            "another",
            r"""\b(?:here\s+we\s+go|oh\s+(?:great|brilliant|wonderful|lovely|look)|you'?re|you\s+are|yet),?
            \s+another\s+(?:one\s+of\s+(?:the|those)\s+)?(?:\w+\s+){0,2}?
            (?:mums?|moms?|mothers?|parents?|dads?|experts?|neurologists?|doctors?|geniuses|genius
            |karens?|warriors?|posters?)\b""",
        ),
        (
            "lot",
            r"\b(?<!thank\s)(?<!love\s)(?<!miss\s)you\s+(?!a\b|so\b|quite\b|all\b|guys\b)[\w-]+\s+lot\b(?!\s+of)",
        ),
        (
            "people same",
            r"""\b(?<!thank\s)(?<!love\s)you\s+people\s+(?:are|always|never|just|make|really|and\s+your)\b
            |\b(?:you'?re|you\s+are|you\s+(?:lot|people)(?:\s+(?:on|in|round|around)\s+here)?\s+are)
            \s+all\s+the\s+same\b
            |(?<!we're\s)(?<!we\sare\s)(?<!we're\sall\s)(?<!we\sare\sall\s)\ball\s+the\s+same\s+(?:on|in|round|around)\s+here\b""",
        ),
        (
            "typical boomer",
            r"""\btypical\s+(?:\w+\s+)?(?:boomers?|millennials?|karens?|gen\s*z|snowflakes?)\b
            |\bboomer\s+(?:advice|logic|nonsense)\b
            |\btypical\s+(?:indian|american|british|english|australian|aussie|pakistani|german|french
              |irish|scottish|chinese|filipino|nigerian|mexican|canadian)\s+(?:family|families|mums?|moms?
              |parents?|attitude|behaviou?r|people|man|men|women|doctors?)\b""",
        ),
        (
            "clueless useless hopeless lazy entitled helicopter hysterical neurotic precious",
            r"""\b(?:clueless|useless|hopeless|lazy|entitled|helicopter|hysterical|neurotic|precious)
            \s+(?:parents|mums|moms|mothers|people)\b
            (?=\s+(?:who|like|on\s+here|here|these\s+days|nowadays|always|never)\b|\s*[.!?,]|$)""",
        ),
        (
            "parents mums moms mothers people families women men",
            r"""\b(?:parents|mums|moms|mothers|people|families|women|men)\s+like
            \s+(?:her|him|you|them|that|this|these|those)
            \s+(?:are\s+(?:the|why|what)|shouldn'?t|should\s+not|ruin|make\s+me|always|never)\b
            |\bsome\s+(?:people|parents|mums|moms|mothers|families)\s+(?:only\s+care|love\s+(?:drama|attention
              |a\s+drama)|need\s+(?:a\s+)?thicker|(?:just|only)\s+want\s+(?:attention|drama))
            |\bsome\s+(?:people|parents|mums|moms|mothers|families)\s+(?:shouldn'?t|should\s+not)\s+(?:have
              \s+(?:kids|children|a\s+child|a\s+baby)|be\s+(?:parents|mums|moms|allowed))\b""",
            AIMED,
        ),
        # "some people shouldn't have caffeine late" is information: left to the model
        (
            "people parents mums moms mothers families",
            r"""\bsome\s+(?:people|parents|mums|moms|mothers|families)\s+(?:shouldn'?t\s+(?:have(?!\s+to\b)|be)
              |should\s+not\s+(?:have(?!\s+to\b)|be))""",
        ),
        # verdicts on the poster's parenting, wits or worth
        (
            "even",
            r"""\b(?:are|do|did|can)\s+(?:you|u)\s+even\s+(?:a\s+real|real|reading|listening|serious|a\s+parent
            |a\s+mum|a\s+mom|know\s+what|read|understand)\b""",
            AIMED,
        ),
        (
            "tell",
            r"\b(?:you|u)\s+need(?:ed)?\s+(?:strangers|a\s+forum|the\s+internet|randoms|us)\s+to\s+tell\s+(?:you|u)\b",
        ),
        (
            "shouldn't should",
            r"""\b(?:you|u)\s+(?:shouldn'?t|should\s+not)\s+(?:have|be\s+allowed)
            \s+(?:kids|children|a\s+child|a\s+baby)\b""",
            AIMED,
        ),
        (
            "parenting motherhood parent",
            r"""\b(?:parenting|motherhood|being\s+a\s+(?:parent|mum|mom))\s+(?:is\s+not|isn'?t)
            \s+(?:your|ur|for\s+(?:you|u))\b
            |\b(?:try|trying|maybe)\s+(?:\w+\s+)?parenting\s+(?:him|her|them|your|ur|for\s+once)\b
            |\bparent\s+a\s+(?:bit|little)\b""",
        ),
        (
            "sound",
            r"""\b(?:you|u)\s+sound\s+(?:exhausting|unbearable|insufferable
            |like\s+(?:a\s+)?(?:nightmare|hard\s+work))\b""",
            AIMED,
        ),
        (
            """disaster nightmare embarrassment piece menace hypocrite drama know troll snowflake
            karen bully""",
            r"""\b(?:you'?re|you\s+are|ur|u\s+r)\s+(?:a|an|such\s+an?)\s+(?:\w+\s+){0,2}?
            (?:disaster|nightmare|embarrassment|piece\s+of\s+work|menace|hypocrite|drama\s+queen
            |know[\s-]?it[\s-]?all|troll|snowflake|karen|bully)\b""",
        ),
        (
            "clearly obviously",
            r"""\b(?:you|u)\s+(?:clearly|obviously)\s+(?:haven'?t|didn'?t|don'?t|can'?t|never)
            \s+(?:even\s+)?(?:read|bother|underst\w+|have\s+a\s+clue)""",
        ),
        (
            "before",
            r"""\b(?:maybe|try|just|please|could\s+(?:you|u)|learn\s+to)\s+(?:\w+\s+)?(?:google|googling
            |read|reading|search|searching)\b[^.!?]{0,30}\bbefore\s+(?:posting|asking|(?:you|u)\s+(?:post|ask))""",
        ),
        ("attention", r"\b(?:you'?re|you\s+are|u\s+r|ur)\s+(?:just\s+)?attention[\s-]seek"),
        (
            "nothing",
            r"\bknow(?<!\bi\sknow)(?<!\bwe\sknow)(?<!still\sknow)\s+nothing\b(?!\s+(?:about|of|yet|else|more))",
        ),
        # telling the poster to leave; why post at all
        (
            "bother anyway forum site group place page leave back",
            r"""\bwhy\s+(?:even\s+)?bother\s+(?:posting|asking)\b|\b(?:you|u)\s+will\s+anyway\b
            |\b(?:this|the)\s+(?:forum|site|group|place|page)\s+(?:isn'?t|is\s+not|might\s+not\s+be
              |may\s+not\s+be)\s+for\s+(?:you|u)\b
            |\bleave\s+(?:the|this)\s+(?:forum|site|group)\b
            |\bgo\s+back\s+to\s+(?:facebook|fb|mumsnet|reddit|tiktok|instagram|google|your\s+\w+\s+group)\b""",
        ),
        # sarcasm: praise that means the opposite, "rich coming from", "X alert"
        (
            """google googling alert groundbreaking earth shattering riveting rich thrilled
            delighted bar""",
            r"""\bgoogle\s+(?:is\s+(?:free|your\s+friend)|exists)\b
            |\b(?:quick|simple|two[\s-]second)\s+google\s+would\s+have\s+(?:answered|told\s+(?:you|u))
            |\b(?:attention[\s-]seeker|drama|karen|troll|hypochondriac|snowflake|whinge|boomer)\s+alert\b
            |\b(?:groundbreaking|earth[\s-]shattering|riveting)\b
            |\brich\s+coming\s+from\b
            |\b(?:thrilled|delighted)\s+to\s+(?:see|hear\s+from)\s+(?:you|u)\s+(?:every|again|each)
            |\bbar\s+is\s+(?:on\s+the\s+floor|so\s+low|in\s+hell|underground)""",
        ),
        (
            "surprised wonder",
            r"""\b(?:not|no)\s+(?:surprised|wonder)\s+(?:your|ur)\s+(?:husband|wife|partner|kids?|child|son
            |daughter|family|doctor|gp)\s+(?:sleeps\s+in\s+(?:the\s+)?(?:other|another|spare|separate)|left
            |avoids|ignores|moved\s+out|gave\s+up|hides)""",
        ),
        (
            "essay novel story lecture speech talk need",
            r"""\bthanks\s+for\s+the\s+(?:essay|novel|life\s+story|ted\s+talk|lecture|speech)\b
            |\b(?:essay|novel|life\s+story|ted\s+talk|lecture|rant|speech)\s+(?:that\s+)?(?:nobody|no\s+one)
              \s+(?:read|asked\s+for|wanted)\b
            |\bsome\s+of\s+(?:the\s+)?(?:mums|moms|parents|people|you)\s+(?:on\s+here\s+|here\s+)?need\s+to
              \s+(?:get\s+(?:off|a|over|real)|grow|learn|stop|calm|chill|toughen|look\s+after)""",
        ),
        # sarcastic idioms: "stop the presses", "someone ring the Lancet", "not exactly rocket
        # science, is it", "mystery of the century", "genius at work"
        (
            """presses press lancet media papers newspapers bbc minister president nobel rocket
            brain captain shock colour color mystery genius next carry""",
            r"""\bstop\s+the\s+press(?:es)?\b
            |\b(?:alert|call|ring|phone|tell|notify)\s+the\s+(?:media|papers|newspapers|lancet|bbc|prime\s+minister
              |president|nobel\s+committee)\b
            |\b(?:not\s+exactly|hardly|isn'?t\s+exactly)\s+(?:rocket\s+science|brain\s+surgery|a\s+genius)\b
            |\b(?:rocket\s+science|brain\s+surgery),?\s+(?:is|was)\s+it\b|\bgenius\s+(?:move|idea|plan),?\s+(?:that|was\s+it)\b
            |\bcaptain\s+obvious\b|\bshock,?\s+horror\b|\bcolou?r\s+me\s+(?:shocked|surprised|stunned)\b
            |\bmystery\s+of\s+the\s+century\b|\bgenius\s+at\s+work\b
            |\bcarry\s+on,?\s+(?:ladies|girls)\W*$""",
            AIMED,
        ),
        # mocking the poster's writing: "learn to write properly first", "if you can't proofread
        # a title...", "ever heard of a spellchecker?"
        (
            """learn spell proofread punctuate string spellcheck spellchecker spelling punctuation
            stops capital""",
            r"""\blearn\s+(?:to\s+(?:write|spell|punctuate|type)|to\s+read\s+(?:properly|first|before)
              |(?:some\s+|basic\s+|proper\s+)?(?:english|grammar|spelling|punctuation))\b
            |\bif\s+(?:you|u)\s+can'?t\s+(?:even\s+)?(?:spell|proofread|punctuate|string
              |(?:read|write)\s+(?:properly|english|a\s+simple|a\s+title|a\s+sentence))\b
            |\b(?:ever\s+heard\s+of|try\s+using|try|use)\s+(?:a\s+)?(?:spell[\s-]?check\w*|punctuation|full\s+stops
              |capital\s+letters)\b""",
            AIMED,
        ),
        # blaming the poster for the state of the services: "no wonder the clinic is so crowded"
        (
            "wonder clog clogs clogging",
            r"""\bno\s+wonder\s+(?:the\s+)?(?:clinics?|hospitals?|a&e|er|gps?|doctors?|nhs|waiting\s+rooms?
              |urgent\s+care|surgery|surgeries|wards?)\b[^.!?]{0,30}\b(?:crowded|overrun|packed|clogged|full\s+of
              |in\s+the\s+state|overwhelmed)
            |\b(?:you|u|people\s+like\s+(?:you|u|that))\s+(?:\w+\s+)?clog(?:s|ging)?\s+(?:it|them|up|the)\b""",
            AIMED,
        ),
        # verdicts on the poster's parenting or family: "stop babying him", "three kids and you
        # still haven't worked out bedtime", "someone should have noticed", "that says more
        # about the marriage than...", "the fact you... says it all", "must be so hard being you"
        (
            "babying mollycoddling coddling smothering",
            r"""\bstop\s+(?:babying|mollycoddling|coddling|smothering)\s+(?:him|her|them|the\s+\w+|your\s+\w+)\b""",
            AIMED,
        ),
        (
            "still",
            r"""\b(?:and|yet|but)\s+(?:you|u)\s+still\s+(?:haven'?t|can'?t|don'?t|didn'?t)\s+(?:worked?|figured?
              |manage\w*|sort\w*|learn\w*|know\s+how|got\s+the\s+hang)\b""",
            AIMED,
        ),
        (
            "noticed",
            r"""\b(?:someone|somebody|you|u)\s+(?:in\s+(?:the|your)\s+family\s+)?(?:should|could)(?:\s+have|'ve)
              \s+noticed\b""",
            AIMED,
        ),
        (
            "says",
            r"""\bsays\s+(?:a\s+lot\s+)?more\s+about\s+(?:you|your|the\s+\w+|him|her)\b[^.!?]{0,40}\bthan\b
            |\bthe\s+fact\s+(?:that\s+)?(?:you|u)\b[^.!?]{0,100}\bsays\s+(?:it\s+all|a\s+lot|everything)\b
              (?!\s+about\s+(?:how\s+)?(?:kind|good|lovely|caring|brave|strong|much|well|thoughtful))""",
            AIMED,
        ),
        (
            "being sound homework",
            r"""\bmust\s+be\s+(?:so\s+|really\s+)?(?:hard|tough|exhausting)\s+being\s+(?:you|u)\b
            |\blove\s+the\s+sound\s+of\s+(?:their|your|his|her)\s+own\b
            |\b(?:do|doing)\s+(?:your|ur)\s+homework\s+for\s+(?:you|u)\b""",
            AIMED,
        ),
        (
            "be",
            r"\bmust\s+be\s+(?:so\s+|really\s+)?(?:hard|tough|exhausting)\s+to\s+be\s+(?:you|u)\b",
            AIMED,
        ),
        (
            "that's thats this",
            r"""\b(?:that'?s|this\s+is)\s+(?:kind\s+of\s+|kinda\s+|all\s+)?on\s+(?:you|u)\b(?!\s+to\b)
              (?=\s*(?:[,.!;]|$|\s+(?:not|mate|love|hun|tbh|though|honestly)\b))""",
            AIMED,
        ),
        (
            "parenting",
            r"\b(?:isn'?t|not)\s+exactly\s+(?:\w+\s+)?parenting\b|\bparenting,?\s+(?:is|was)\s+it\b",
            AIMED,
        ),
        # passive-aggressive pity
        (
            "god heaven lord charge",
            r"""\b(?:god|heaven|lord)\s+help\s+(?:your|that|the|those)\s+(?:poor\s+)?(?:child|kid|kids
            |children|baby|son|daughter)\b
            |\bwith\s+(?:you|a\s+(?:mum|mom|mother|parent)\s+like\s+(?:you|that))\s+in\s+charge\b""",
            AIMED,
        ),
    )
)
# Each put-down word -> the put-downs it gates, so a post is matched against its own words once.
_CONTEMPT_INDEX: dict[str, tuple[int, ...]] = {}
for _i, (_words, _, _) in enumerate(_CONTEMPT_RULES):
    for _word in _words:
        _CONTEMPT_INDEX[_word] = (*_CONTEMPT_INDEX.get(_word, ()), _i)
_CONTEMPT_WORDS = frozenset(_CONTEMPT_INDEX)
_FOLLOWED_BY_ME_RE = rx(r"\s+me\b")
# An insult named, not thrown: "calling someone a moron doesn't help", "he called me an idiot".
_NAMED_INSULT_RE = rx(
    r"""\b(?:call(?:s|ed|ing)?|name[sd]?|labell?(?:ed|ing)?)\s+(?:someone|somebody|people|others
        |anyone|anybody|each\s+other|me|us|my\s+\w+|our\s+\w+)\s+(?:an?\s+)?["']?$"""
)
# A put-down reported or quoted in order to complain about it: "someone told OP to 'go back to
# facebook'", "she said 'spare us the sob story' to me".
_REPORTED_RE = rx(
    r"""(?:["']\s*|\b(?:told|tells?|telling|said|says|saying|wrote|writes|replied)\s+(?:to\s+)?(?:me|us|op
        |her|him|them|someone|somebody|people|others|anyone|anybody|members|my\s+\w+|our\s+\w+)\s+(?:to\s+)?["']?)$"""
)
# ... or with the speaker named after it: "told you so, says my mother", "spare me the lecture,
# I told myself".
_SAID_AFTER_RE = rx(
    r"""[^.!?,]{0,25}?[,;:]?\s*(?:says|said|i\s+(?:told|said\s+to)\s+myself|(?:she|he|they|my\s+\w+|mum|mam|dad|nan)
    \s+(?:says|said|told\s+me))\b"""
)
# An insult denied ("not an idiot", "you're not stupid"): reassurance, not abuse.
_NEGATED_RE = rx(r"\b(?:not|never|no)\s+(?:an?\s+|so\s+|being\s+)?$")
# The writer calling themselves names inside a longer sentence about themselves: "i just sit by
# the cot til 2am like an idiot", "I felt like a complete fool".
_SELF_SENTENCE_RE = rx(
    r"(?:^|[.!?]\s)\s*(?:tbh\s+|honestly\s+|lol\s+)?(?:i|i'm|im|i've|me)\b(?:(?!\byou|\bu\b|\bur\b)[^.!?])*\blike\s+(?:an?\s+)?(?:\w+\s+)?$"
)
_SELF_DIRECTED_RE = rx(
    r"""(?:\b(?:i|i'm|i\s+am|i\s+was|i\s+felt|i\s+feel|me|myself|sorry\s+if|this\s+may\s+be
        |this\s+might\s+be|probably)\b[^,.!?]{0,25})$"""
)


# A remark quoted after a verb of saying is the writer's complaint, not the writer's words:
# 'my husband said "you're being dramatic"', 'someone told me 'some people shouldn't have kids'',
# 'another mum said, loud enough for everyone, "some people shouldn't be parents"'.
# The quotation mark first, then what must not come before it: the scan jumps from quote to quote.
_QUOTE_RE = rx(r"""(['"])(?<![\w]['"])(.{3,400}?)\1(?![\w])""")
_SAID_BEFORE_RE = rx(
    r"""\b(?:said|says|told|tells|asked|wrote|writes|posted|commented|replied|called|calls|yelled
    |shouted|snapped|muttered|announced|informed|lectured|went|goes|comments?|remarks?|messaged
    |texted|saying|say|quoting|quoted|quote|reporting|reported|flagging|flagged|screenshotted)\b
    [^".!?]{0,80}$"""
)
# ... or a word quoted to name it: "'Hysterical' is what people call mothers who ask questions".
_NAMED_AFTER_RE = rx(
    r"""\s*[,.]?\s*(?:is|are|was|were)\s+(?:what|how)\s+(?:\w+\s+){0,2}?(?:call|calls|called|say|says
    |label|labels|describe|describes)\b"""
)


def _reported_quotes(norm: str) -> list[Span]:
    """The quoted remarks of ``norm`` that follow a verb of saying (their text)."""
    if '"' not in norm and "'" not in norm:
        return []
    return [
        m.span(2)
        for m in _QUOTE_RE.finditer(norm)
        if _SAID_BEFORE_RE.search(norm, max(0, m.start() - 120), m.start())
        or _NAMED_AFTER_RE.match(norm, m.end())
    ]


@functools.lru_cache(maxsize=256)
def _contempt(text: str) -> tuple[tuple[Span, bool], ...]:
    """Spans of the stock put-downs of ``_CONTEMPT_RULES`` in ``text`` (not quoted or reported),
    each with whether its put-down is AIMED.

    Each put-down runs only on the sentences that hold one of its words. Memoised: the
    rules and the doubt layer both ask for the same text.
    """
    prep = prepare(text)
    norm = prep.norm
    quotes = _reported_quotes(norm)
    spans: list[tuple[Span, bool]] = []
    # Only the put-downs one of whose words is in the post (most posts hold none).
    found = {i for word in prep.all_words & _CONTEMPT_WORDS for i in _CONTEMPT_INDEX[word]}
    for keywords, pattern, aimed in (_CONTEMPT_RULES[i] for i in sorted(found)):
        for (start, end), words in zip(prep.sentences, prep.words, strict=True):
            if not words & keywords:
                continue
            for m in pattern.finditer(norm, start, end):
                before = norm[max(0, m.start() - 30) : m.start()]
                if not (
                    _REPORTED_RE.search(before)
                    or _NAMED_INSULT_RE.search(before)
                    or _SAID_AFTER_RE.match(norm, m.end())
                    or any(a <= m.start() < b for a, b in quotes)
                ):
                    spans.append((m.span(), aimed))
    return tuple(spans)


def doubt(text: str) -> list[Span]:
    """The AIMED put-downs, with no swear word in them ("stop the presses", "are you even a real
    parent", "learn to write properly first"): the model, fitted on swearing, often scores them
    low, so a hit holds the post as an uncertain finding for a moderator to read. Swear words,
    insults (``_INSULT_RE``) and the put-downs writers also aim at themselves are left to the
    model: they come in warm replies too."""
    return [span for span, aimed in _contempt(text) if aimed]


def rules(text: str) -> list[Span]:
    """Find insults, slurs and country-against-country flaming aimed at other people.

    Self-directed words ("I felt so stupid", "idiot me forgot", "sorry if this is a dumb
    question") are left alone: they are how worried parents talk about themselves.
    """
    prep = prepare(text)
    norm = prep.norm
    spans: list[Span] = []
    quotes = _reported_quotes(norm)
    for m in _INSULT_RE.finditer(norm) if prep.all_words & _INSULT_KEYWORDS else ():
        before = norm[max(0, m.start() - 30) : m.start()]
        after = norm[m.end() : m.end() + 4]
        if (
            _SELF_DIRECTED_RE.search(before)
            or _NEGATED_RE.search(before)
            or _SELF_SENTENCE_RE.search(norm, max(0, m.start() - 120), m.start())
            or _FOLLOWED_BY_ME_RE.match(after)
            or _NAMED_INSULT_RE.search(before)
            or any(a <= m.start() < b for a, b in quotes)
        ):
            continue
        spans.append(m.span())
    spans.extend(span for span, _ in _contempt(text))
    if prep.all_words & _NATIONALITY_KEYWORDS:
        spans.extend(m.span() for m in _COUNTRY_FLAME_RE.finditer(norm))
    return merge_spans(spans)


# ------------------------------------------------------------- civil context (clears)

# A reply's own kindness, reassurance or civil disagreement: "thinking of you", "you're not
# alone", "it passes", "good point, I didn't know that", "let's not trash the country",
# "I don't agree, our neuro said otherwise", "let a GP sort it".
_CIVIL_RE = rx(
    rf"""\b(?:thanks|thank\s+(?:you|u)|hope\s+(?:you|u|he|she|they|it|things|the|your)|hoping|glad
      |so\s+sorry|sorry\s+(?:to\s+hear|you)|thinking\s+of\s+(?:you|u)|hugs|sending\s+(?:love|hugs
      |strength|you)|take\s+care|stay\s+safe|good\s+luck(?!\s+with)|be\s+(?:kind|gentle)\s+to|welcome|congrat\w*
      |so\s+happy|great\s+(?:news|tip|point)|good\s+(?:point|news)|fair\s+(?:enough|point)
      |i\s+hear\s+(?:you|u)|(?:you|u)'?re\s+(?:doing\s+(?:great|well|brilliantly|amazing|everything|a\s+great
      |an\s+amazing|so\s+well)|(?:absolutely\s+|definitely\s+|really\s+|honestly\s+|so\s+|certainly\s+)?not\s+(?:alone|irrational|silly|overreacting|crazy|a\s+bad|the\s+only|imagining
      |(?:an?\s+)?(?:idiot|fool|stupid|dumb|useless|failure|numpty|muppet)))
      |(?:you|u)\s+(?:got|have)\s+this|not\s+alone|no\s+judge?ment|lovely\s+(?:news|to\s+hear|nan|idea)
      |(?:it|this)\s+(?:passes|fades|gets\s+easier|will\s+pass)|very\s+common|so\s+common
      |appreciate\s+(?:you|it|this|that|the|all)|sorry\s+(?:all|everyone|guys|folks|for\s+(?:the|asking))
      |my\s+(?:bad|mistake)|didn'?t\s+mean\s+(?:it|to)|came\s+across\s+(?:harsh|wrong|badly|rude)|apologi[sz]e
      |made\s+my\s+(?:day|night|morning|week)|bless\s+(?:you|u|ya)|no\s+need\s+for\s+(?:that|the|this)
      |(?:cut|give)\s+(?:her|him|them|op|people|everyone|the\s+\w+)\s+(?:some\s+slack|a\s+break)
      |totally\s+normal|i\s+(?:don'?t|do\s+not|didn'?t)\s+(?:agree|think|know)|let'?s\s+not
      |(?:let|ask|see|check\s+with|talk\s+to|speak\s+to)\s+(?:a|the|your|his|her|their)\s+(?:own\s+)?{CLINICIAN}
      # rudeness called out, a fair question, a useful post, a warm word to the reader
      |(?:a|such\s+a)\s+(?:nasty|horrible|rude|unkind|mean|cruel|hurtful)\s+thing\s+to\s+(?:say|write|post)
      |(?:fair|good|great|reasonable|valid|sensible)\s+question|(?:useful|helpful)\s+(?:post|thread|info\w*|tip|link)
      |(?:is|isn'?t|not)\s+(?:drama|dramatic)|please\s+be\s+(?:kind|gentle)
      |(?:you|u)(?:'?re|\s+are)\s+(?:a|an|such\s+a)\s+(?:great|good|lovely|brilliant|wonderful|amazing|fab|fantastic)\s+\w+
      |(?:you|u)(?:'?re|\s+are)\s+(?:a|an|such\s+an?)\s+(?:star|legend|hero|saint|gem|angel|diamond|rock)
      |ignore\s+(?:the|them|those|that|these)\s+(?:\w+\s+)?(?:rude|nasty|unkind|mean|horrible)
      |not\s+having\s+a\s+go
      |not\s+trying\s+to\s+(?:be\s+rude|start|argue|upset|critici[sz]e|pick)
      |(?:needed|need)\s+(?:to|a)\s+vent|just\s+venting|rant\s+over|sorry\s+for\s+(?:the|my)\s+(?:rant|vent)
      |would\s+be\s+(?:great|lovely|brilliant|helpful|really\s+helpful)\s+if\s+(?:you|u)
      |(?:the\s+)?(?:one|ones|person|people)\s+to\s+ask
      # spam or rudeness reported to the moderators: "Reported. This is a parenting forum."
      |reported(?=\s*[.!]|\s+(?:it|this|that|to\s+(?:the\s+)?mod)))\b"""
)
# Contempt that needs no swear word, and sarcasm: any of these keeps the model's finding.
_CONTEMPT_RE = rx(
    r"""^\W*(?:sure|right|cheers|ok|okay|riiight|yeah\s+right)\b
    |\b(?:people\s+like\s+(?:you|that)(?!\s+(?:make|keep)\s+(?:this|the|it)\s+(?:(?:forum|site|group|place)\s+)?
        (?:what\s+it\s+is|worth|great|better|special|lovely|going|a\s+(?:better|kinder|lovely)|so\s+(?:special|lovely|kind)))|you\s+(?:people|lot|lots)
      (?!\s+(?:have\s+been|are|were)\s+(?:so\s+)?(?:amazing|brilliant|great|kind|wonderful|the\s+best|lovely|fab|stars
        |the\s+reason\s+(?:i|we)|a\s+lifesaver|lifesavers))
      # not the "some people" of general information: "sets off twitching in some people"
      |(?<!\bin\s)(?<!\bfor\s)(?<!\bwith\s)some\s+(?:of\s+(?:you|us)|people
      |parents|mums|moms|families)|(?:nobody|no\s+one|noone)\s+(?:asked|wants|takes|cares|likes)|karen
      |know[\s-]?it[\s-]?all|dr\.?\s+google|doctor\s+google|armchair|lecture|superior|precious
      |toughen\s+up|grow\s+(?:a|up)|waste\s+of|useless|trash|rubbish|nonsense|ridiculous|pathetic
      |embarrass\w*|shame\s+on|ashamed|deserve\w*|dense|clueless|ignoran\w+|foolish|silly\s+(?:question
      |post|woman|man)|stupid|dumb|illiterate|imagine|typical|convicts?|can'?t\s+(?:even\s+)?(?:read
      |write|spell|handle)|learn\s+(?:some|to|english)|read\s+the\s+(?:article|sticky|post|thread)
      |smart|not\s+hard|shouldn'?t\s+be|should\s+not\s+be|not\s+be\s+(?:parents|allowed)|must\s+be
      |ok\s+buddy|classic|(?<!not\s)(?<!n't\s)(?:drama|dramatic)|meltdown|hysteric\w*|evil
      |(?<!ignore\sthe\s)(?<!ignore\sthose\s)(?<!ignore\sall\sthe\s)nasty(?!\s+thing\s+to)|incompetent|irresponsible
      |lazy|selfish|entitled|weak|snowflake|whin\w+|moan\w*|troll\w*|liar|lying|clown\w*|joke
      |(?<!not\san\s)idiot\w*|moron\w*|your\s+(?:kid|child|son|daughter)\s+is\s+a|(?:you'?re|you\s+are)\s+(?:a|an
      |so|such|the|just|really|clearly)(?!\s+(?:great|good|lovely|brilliant|wonderful|amazing|fab|fantastic|star|legend|hero|saint|gem|angel
        |(?:(?:worried|tired|exhausted|loving|caring|new|first[\s-]time|normal|devoted|good|great)\s+)?
        (?:parent|mum|mom|dad|human))\b)
      |another(?!\s+(?:group|forum|thread|site|page|post|night|day|week|appointment|test|doctor|gp|paed\w*
        |opinion|referral|option|one\s+of\s+those\s+nights))
      |oh\s+(?:great|brilliant|wonderful|lovely|please|sure)
      |ah\s+yes|well\s+done|very\s+impressive|wow|righto|coming\s+from|just\s+a\s+thought
      |real\s+problems|get\s+(?:a\s+life|over)|bother|mess|brain|thick|slow|simple|bless(?!\s+(?:you|u|ya|him|her|them|ur|your\s+(?:little|baby|son|daughter|boy|girl))|\s+your\s+heart\s+for\b)
      |luck\s+with\s+that|captain|obvious|drivel|sob\s+story|spare\s+us|like\s+an\s+adult|good\s+grief
      |(?:is|isn'?t|wasn'?t|not)\s+for\s+(?:you|u)|helicopter|i'?m\s+sure\s+(?:your|you)
      |sounds\s+like\s+(?:you|your)|problem|(?<!\bi\s)don'?t\s+know\s+how|modern\s+(?:mothers|mums|moms|parents)
      |common\s+sense|first\s+thing|do\s+(?:you|ya)\s*[.?!]*$|bigger|blame|fault|spoil\w*|coddl\w*)\b"""
)

# The writer's own names for themselves: "I was so clueless as a first time mum", "I felt
# like a complete idiot". A sentence of them with no "you" in it is no contempt for anyone.
_SELF_DEPRECATION_RE = rx(
    r"""\b(?:i\s+(?:was|am|felt|feel|looked|look)|i'm|im)\s+(?:so\s+|such\s+an?\s+|a\s+bit\s+|completely\s+
    |totally\s+|really\s+|an?\s+|like\s+an?\s+|just\s+)?(?:\w+\s+)?(?:clueless|silly|stupid|dumb|useless|hopeless
    |naive|paranoid|dramatic|idiot|fool|mess|wreck|disaster|muppet|numpty|hysterical|eejit)\b
    |\bi'?m\s+(?:the|a)\s+(?:queen|king|master|champion)\s+of\s+(?:over\w+|\w+ing)\b
    |\bi\s+(?:clearly|obviously)\s+(?:didn'?t|haven'?t|can'?t|don'?t|never)\b"""
)

# Scorn for a system rather than a person ("waiting lists are a joke", "let's not trash the
# country") does not undo a reply's kindness, unless the sentence turns on the reader too.
_INSTITUTION_WORDS = wordset(
    """system systems nhs waiting lists list appointments appointment service services process
    country government council insurance hospital hospitals referral referrals bureaucracy
    paperwork condition illness disorder myoclonus jerks twitches twitching tiredness
    exhaustion hse"""
)
# Strong words aimed at the condition, the tiredness or the system, with no person as their
# target ("this stupid condition has robbed us of sleep", "the waiting lists in this country
# are a joke"): venting, which the model reads like the barbs it learned.
_VENT_RE = rx(
    rf"""\b(?:this|the|that|these)\s+(?:(?:bloody|stupid|damn|damned|flipping|blasted|rotten|wretched|cursed
    |horrible|awful|evil|miserable|godforsaken|ridiculous)\s+)?(?:condition|illness|disorder|myoclonus|jerks
    |twitch(?:es|ing)|tiredness|exhaustion|waiting\s+lists?|wait(?:ing)?\s+times?|system|nhs|hse)\b
    |\b(?:our|my|the)\s+(?:\w+\s+)?(?:{CLINICIAN}|receptionist|surgery|practice|hospital)\b"""
)
_YOU_WORDS = wordset("you your you're yours yourself u ur")
_GROUP_WORDS = (
    wordset(
        """people parents mums moms mothers dads fathers families women men folk some them they
        parent mum mom mother kid kids child op poster idiot idiots moron morons"""
    )
    | _NATIONALITY_KEYWORDS
)


def clears(text: str) -> bool:
    """True when ``text`` is an English reply with its own kindness, reassurance or civil
    disagreement in it and no contempt or sarcasm (see ``_CONTEMPT_RE``): the model reads
    short warm replies ("thinking of you, hope he's ok") like the short barbs it learned."""
    norm = normalize(text)
    if not english(norm):
        return False
    # A rude remark reported as said to the writer ("my husband said 'you're being dramatic'",
    # "someone told me 'some people shouldn't have kids' and I cried") is the writer's
    # complaint: its words are not the writer's own contempt.
    reported = _reported_quotes(norm)
    own = _SELF_DEPRECATION_RE.search(norm)
    prep = prepare(text)
    # Venting alone (no kind word) clears only with no "you" in the post, and only if every
    # scornful word sits beside the condition or the system and names no group of people.
    venting = False
    if not (reported or own or _CIVIL_RE.search(norm)):
        if prep.all_words & _YOU_WORDS or not _VENT_RE.search(norm):
            return False
        venting = True
    for (start, end), words in zip(prep.sentences, prep.words, strict=True):
        if not words & _YOU_WORDS and _SELF_DEPRECATION_RE.search(norm, start, end):
            continue
        found = [
            m
            for m in _CONTEMPT_RE.finditer(norm, start, end)
            if not any(a <= m.start() < b for a, b in reported)
        ]
        if not found:
            continue
        if venting:
            if not _VENT_RE.search(norm, start, end) or words & _GROUP_WORDS:
                return False
        elif not words & _INSTITUTION_WORDS or words & _YOU_WORDS:
            return False
    return True


CATEGORY = Category(
    code="incivility",
    action=HOLD,
    message=gettext_noop(
        "This reads as unkind to another person or group. Everyone here is worried about "
        "someone they love; please keep it gentle."
    ),
    rules=rules,
    rule_id="incivility.insult",
    nudge_rule=gettext_noop("Be kind"),
    nudge_fix=gettext_noop("Say what you disagree with, not what you think of the person."),
    learned=True,
    rules_decide=False,
    doubt=doubt,
    clears=clears,
)
