"""Diagnosis: naming another person's condition as a verdict."""

from __future__ import annotations

import functools
import re

from forum.moderation.engine.text import (
    HOLD,
    Category,
    Prepared,
    Span,
    gated,
    gettext_noop,
    is_question,
    merge_spans,
    prepare,
    rx,
    wordset,
)
from forum.moderation.engine.words import DRUG, FIRST_PERSON_RE

# --------------------------------------------------------------------------- diagnosis

_CONDITION = r"""
    (?:epilep\w*|(?:absence\s+|focal\s+|febrile\s+)?seizures?(?:\s+disorder)?|plmd
    |periodic\s+limb\s+movement\w*|rls|restless\s+legs?(?:\s+syndrome)?
    |(?:sleep\s+|obstructive\s+)?ap(?:n|no)ea|infantile\s+spasms|west\s+syndrome|dravet
    |sandifer(?:\s+syndrome)?|tourette'?s?|tic\s+disorder|dystonia|anxiety|[a-z0-9]+\s+deficiency
    |deficient|autis(?:m|tic)|adhd|night\s+terrors|parkinson'?s|fibromyalgia|hypnic\s+jerks?
    |(?:benign\s+)?(?:neonatal\s+)?sleep\s+myoclonus|myoclonic\s+epilepsy|pandas|narcolepsy
    |reflux|sleep\s+starts?|multiple\s+sclerosis|cerebral\s+palsy|brain\s+tumou?r
    # Spanish and French anxiety
    |ansiedad(?:\s+de\s+separaci[oó]n)?|anxi[ée]t[ée](?:\s+de\s+s[ée]paration)?
    |rem\s+sleep\s+behaviou?r\s+disorder|rbd|pans|tetany|(?:peripheral\s+)?neuropathy|colic
    |tics|(?:[a-z]+\s+)?(?:protein\s+)?allergy|ear\s+infection|(?:moro|startle)\s+reflex
    |todd'?s\s+paralysis|learning\s+disabilit(?:y|ies)|night\s+terror|growth\s+spurt
    |parasomnia|low\s+(?:magnesium|iron|calcium|b12|vitamin\s+d)|psychological
    |epilepsi[ae]|[ée]pilepsie|refluxo|reflujo|convulsiones|convuls[oõ]es|(?<=des\s)convulsions
    |(?:a\s+)?(?:heart|cardiac)\s+(?:rhythm\s+)?(?:problem|issue|condition|thing)|arrhythmia|rickets
    |(?:a\s+)?thyroid(?:\s+(?:problem|issue|thing)|(?!\s+(?:tests?|levels?|function|checks?|bloods?)))
    |hypoglyc[a-z]*
    # teething alone is a parent's own guess as often as a verdict: only with "nothing else"
    |teething(?=\s+only|[^.!?]{0,40}\b(?:nothing\s+(?:else|more|serious|neurological)|that'?s\s+all))
    |(?:a\s+)?(?:blood\s+)?sugar\s+(?:problem|issue|drop|crash)|croissance(?:\s+rapide)?|crise\s+d'[eé]pilepsie
    |c[oó]licos?|crecimiento|growing\s+pains|(?:calcium|iron|magnesium|sugar|vitamin\s+d|b12)\s+(?:low
      |deficiency)
    # "it's REM sleep twitching", "it'll be worms", "post-viral", "she's low on iron"
    |(?:rem|active)\s+sleep\s+(?:twitch\w*|movements?)|(?:thread|pin)?worms|(?:post[\s-]?)?viral
    |low\s+(?:on\s+|in\s+)?(?:magnesium|iron|calcium|b12|vitamin\s+(?:d|b12))
    # Indian English "nerve weakness", "it is just weakness" (not "weakness on one side")
    |nerve\s+weakness|(?<=just\s)weakness|(?<=only\s)weakness
    |ana?emi[ac]|convulsions?|malaria|typhoid|weakness(?=\s+only\b)
    # "it is fits" (UK and West African English), not "it fits with...", "so that fits"
    |(?<!that\s)(?<!which\s)(?<!it\s)(?<!this\s)fits(?=\s*(?:[,.!;]|$|(?:and|or|o|mate|hun|not|only)\b))|fitting(?=\s*(?:[,.!;]|$))
    # a drug's own effect named as the verdict: "that's augmentation, classic with ropinirole"
    |augmentation
    # after a fit, in the old, in the tummy: "just postictal confusion", "always a UTI",
    # "subdural bleed, 100%", "only gas trouble"
    |post-?ictal(?:\s+(?:confusion|state|phase))?|uti|urinary\s+tract\s+infection|water\s+infection
    |(?:subdural|brain)\s+(?:bleed|haemorrhage|hemorrhage|ha?ematoma)|gas\s+(?:trouble|pains?)
    |trapped\s+wind
    # "that's a stroke, not jerks", "a mini-stroke, 100%"
    # (not "those are stroke signs": the reason to ring, not a verdict)
    |(?:mini[\s-]?)?strokes?(?!\s+(?:signs?|warning|symptoms?|risk))|tia
    # abbreviations and everyday names: "= JME", "still BNSM", "CMPA with the arching", "salaam
    # attacks", "newborn sleep jerks", "overtired legs", "the benign kind", "it's his nerves"
    |jme|juvenile\s+myoclonic\s+epilepsy|bnsm|smpj|cmpa|salaam\s+attacks?
    |(?:newborn|baby|infant|normal)\s+(?:sleep\s+)?(?:jerks|twitch(?:es|ing)|startles)
    |(?<!being\s)(?<!was\s)(?<!were\s)(?<!gets\s)(?<!get\s)(?<!got\s)overtired(?:ness)?|(?:the\s+)?benign\s+(?:kind|type|sort|version)
    # "benign" closing the verdict: "Benign 100%, skip the neuro", "yours is benign, full stop"
    |benign(?=\s*(?:100\s*%|,\s*(?:100\s*%|full\s+stop|definitely|no\s+doubt|trust\s+me)|\.?$))
    |piernas\s+inquietas|jambes\s+sans\s+repos|terrores\s+nocturnos|terreurs\s+nocturnes
    |(?<=just\s)(?:(?:him|her|them)\s+)?dreaming|(?<=his\s)nerves|(?<=her\s)nerves
    # "that's asterixis", "liver trouble"
    |asterixis|(?:liver|kidney)\s+(?:trouble|problems?|failure|disease)
    # Filipino folk names: "that's really pasma po", "usog yan"
    |pasma|usog
    # "it is sleep jerks only", "just sleep jerks"
    |(?<=just\s)sleep\s+jerks|sleep\s+jerks(?=\s+only))\b
    # "the standard RLS dose", "the epilepsy nurse" name a drug or service, not a verdict.
    (?!\s+(?:dose|doses|dosage|medication|meds|drugs?|article|thread|forum|group|page|nurse
        |specialist|clinic|charity|team|society))
"""
_CONDITION_KEYWORDS = wordset(
    """epilepsy epileptic epilepsies seizure seizures plmd periodic rls restless apnea apnoea
    spasms west dravet sandifer tourette tourettes tourette's tic dystonia anxiety
    deficiency deficient autism autistic adhd terrors parkinson parkinsons parkinson's
    fibromyalgia hypnic myoclonus myoclonic pandas narcolepsy reflux starts sclerosis palsy
    tumour tumor rem rbd pans tetany neuropathy colic tics allergy infection moro startle
    todd todd's learning terror spurt neurological neuro parasomnia low psychological
    epilepsia epilepsie refluxo reflujo convulsiones convulsões convulsions heart cardiac
    jerk start ansiedad anxiété anxiete
    arrhythmia rickets thyroid diabetes hypoglycaemia hypoglycemia teething wind sugar
    croissance crise colico colicos crecimiento rien nada nothing growing calcium iron
    magnesium vitamin b12 worms threadworms pinworms viral postviral post-viral weakness anaemia
    anemia anaemic anemic convulsion convulsions malaria typhoid augmentation fits fitting
    postictal post-ictal ictal uti urinary water subdural brain gas trapped stroke strokes
    mini-stroke ministroke tia jme juvenile bnsm smpj cmpa salaam newborn baby infant normal
    overtired overtiredness benign piernas jambes terrores terreurs dreaming nerves
    pilepsie pasma usog asterixis liver kidney"""
)
# (tokens split at accented letters: "l'épilepsie" gives "pilepsie")
_YOU_SUBJECT = r"(?:\byou\b|\bu\b|\b(?:your|ur|yr)\s+(?:little\s+one|\w+))"
_ADVERB = (
    r"(?:\s+(?:clearly|definitely|obviously|probably|certainly|just|really|actually|absolutely"
    r"|100%|def|defo|surely))*"
)
_HAS = r"""
    (?:'s\s+got|\s+has\s+got|\s+have\s+got|'ve\s+got|\s+got|\s+has(?!\s+(?:to|had|been)\b)
      |\s+have(?!\s+(?:to|had|been)\b)|\s+is\s+having|'s\s+having|\s+are\s+having
      |'re\s+having|\s+does(?:n't|\s+not)\s+have|\s+is|'s|\s+are|'re|\s+suffers?\s+from)
"""
_GAP = (
    r"(?:\s+(?!(?:my|our|about|what|why|how|when|where|if|for|to|an?\s+eeg)\b)[\w'\",-]+){0,5}?\s+"
)
_DIAG_YOU_RE = rx(rf"{_YOU_SUBJECT}{_ADVERB}{_HAS}{_ADVERB}{_GAP}(?P<cond>{_CONDITION})")
_THIRD = r"""(?:he|she|they|uncle|aunty|auntie|grandpa|grandma|granny|nana|baby|bub|bubs
    |the\s+(?:baby|bub|little\s+one|kid|child|boy|girl|lad|husband|hubby|wife|partner))"""
_DIAG_THIRD_RE = rx(rf"\b{_THIRD}(?:{_ADVERB}){_HAS}{_ADVERB}{_GAP}(?P<cond>{_CONDITION})")
_DIAG_COPULA_RE = rx(
    rf"""
    \b(?:that'?s|that\s+is|this\s+is|it'?s|it\s+is|(?:those|these)(?:\s+\S+)?\s+are
       |(?:that|it|this)\s+ain'?t\s+nothin'?g?\s+but|isso\s+[eé]|das\s+ist|eso\s+(?:es|son)|c'est
       |(?:^|[,;:]\s*)(?:son|es|ce\s+sont|sont|sind|ist|is)|(?:this|that)\s+one\s+(?:is|na)
       # Singapore and Malaysia "confirm is ..." / "sure got ..." (certainly is), at a clause start
       |(?:^|[,;:]\s*)(?:confirm(?:\s+plus\s+chop)?|sure)\s+(?:is|got|has|have|it'?s)
       |(?:^|[,;:]\s*)confirm(?:\s+plus\s+chop)?(?=\s)
       # West African and Caribbean "dat" / "dis" (that, this): "dat a restless leg, true true"
       |\b(?:dat|dis)(?:\s+(?:na|be|is|one))?
       # West African "na" (it is); not the Tagalog linker "na may" (who has)
       |\bna(?!\s+(?:may|mayroon|nang|rin|din|lang)\b)
       |what\s+(?:you|your\s+\w+(?:\s+one)?|he|she)\s+(?:has|have|'s\s+got)\s+is
       |(?:sounds|looks)(?:\s+\S+){{0,2}}?\s+(?:exactly\s+)?like)
    # not "for what it's worth, ...", "it's got me googling ..." (the writer's own worry)
    (?:\s+(?!(?:my|our|about|what|why|how|when|where|if|worse|better|worth|me|us|googling
      |reading|researching|worried|worrying|scared|terrified|thinking)\b)[\w'%,-]+){{0,4}}?
    \s+(?P<cond>{_CONDITION})
    """
)
_CONDITION_RE = rx(rf"\b{_CONDITION}")
# By comparison: "your boy has the exact same thing mine had, PLMD, no doubt".
_DIAG_SAME_RE = rx(
    rf"""{_YOU_SUBJECT}(?:'s\s+got|\s+has(?:\s+got)?|\s+have(?:\s+got)?|'s|\s+is\s+having)\s+(?:the\s+)?
    (?:exact\s+|very\s+|exactly\s+the\s+)?same\s+(?:thing|problem|issue|condition|as)\b[^.!?]{{0,40}}?
    \b(?P<cond>{_CONDITION})"""
)
# "Na rickets be that": the condition first, then "be that" (West African English).
_DIAG_FRONTED_RE = rx(rf"(?P<cond>{_CONDITION})\s+(?:be|dey\s+be)\s+(?:that|dat|this|dis|am)\b")
# What the fronted verdict ends with: the long condition list is tried only where it stands.
_FRONTED_TAIL_RE = rx(r"\sbe\s+(?:that|dat|this|dis|am)\b")
# The same in Tagalog: "epilepsy yan mommy" (that is epilepsy), "reflux lang yan" (just reflux).
_DIAG_FRONTED_TL_RE = rx(
    rf"(?P<cond>{_CONDITION})\s+(?:lang\s+|talaga\s+)?(?:yan|iyan|yun|iyon|ito)\b"
)
_FRONTED_TL_TAIL_RE = rx(r"\s(?:yan|iyan|yun|iyon|ito)\b")
# "reflux yun sabi ng pedia namin" (our pedia said): a report; "daw" (so they say), "ba" (asking).
_TL_REPORT_RE = rx(r"\b(?:sabi|daw|raw|namin|ko|ba)\b")
# The cause foretold or asserted: "same as ours, it'll be the iron", "definitely the Ritalin,
# no question", "it must be the melatonin" (a medicine or a lack named as the cause).
_DIAG_CAUSE_VERDICT_RE = rx(
    rf"""(?:\b(?:it'?ll|it\s+will|that'?ll|it\s+must|that\s+must|it'?s\s+gonna|it\s+has\s+to|gotta
        |(?:he|she|they)'?ll|(?:he|she|they)\s+will)\s+be
      |(?:^|[.!?,;:]\s*)(?:(?:honestly|tbh|mate|hun|oh|so|yeah|yep)\s+)?(?:definitely|defo|deffo|100%
        |clearly|obviously|surely|bet\s+(?:you|it'?s))(?:\s+just)?)
    \s+(?:the\s+|his\s+|her\s+|their\s+|your\s+)?(?:new\s+|other\s+|extra\s+|higher\s+|stronger\s+)?
    (?P<cond>{DRUG}|{_CONDITION})
    (?=\s*(?:[.!?,;:]|$|(?:tho|though|mate|hun|imo|no\s+question|for\s+sure|doing\s+it|causing\s+it
      |only|i\s+reckon|i\s+bet|100%|being\s+(?:too\s+)?low|with|and)\b))"""
)
# "the Phenergan is the problem", "that tablet is the reason": a medicine named as the culprit.
_DIAG_CULPRIT_RE = rx(
    rf"""\b(?:the|that|this|his|her|their|your|ur)\s+(?:[\w-]+\s+)?(?P<cond>{DRUG})(?:\s+is|'s|\s+are|'re)
    \s+(?:definitely\s+|clearly\s+|obviously\s+|100%\s+|probably\s+|just\s+)?(?:(?:the|your)\s+(?:problem
    |culprit|cause|reason|issue|trigger)\b
    # "the melatonin's causing it", "the Ritalin's doing it"
    |(?:causing|doing|behind)\s+(?:it|this|that|them|the\s+(?:jerks?|twitch\w*|jolts?|kicks?))\b)"""
)
_GENERIC_RE = rx(r"(?:dose|dosage|meds|medications?|medicines?|pills|tablets|supplements?|drops)$")
# The writer's certainty is no report of their own: "the melatonin's causing it, I'd bet money
# on it", "the Phenergan is the problem, I reckon".
_SURE_RE = rx(
    r"""\bi'?d\s+(?:bet|put)\s+(?:\w+\s+){0,3}?on\s+it\b|\bi\s+(?:bet|reckon|guarantee)\b
    |\bi'?m\s+(?:sure|certain|telling\s+you)\b"""
)
_CULPRIT_WORDS = (
    *("problem", "culprit", "cause", "reason", "issue", "trigger", "causing", "doing", "behind"),
)
# The leads of _DIAG_CAUSE_VERDICT_RE: the long medicine and condition lists are tried only
# after one of them.
_CAUSE_VERDICT_MARKS = rx(
    r"""\b(?:it'?ll|it\s+will|that'?ll|it\s+must|that\s+must|it'?s\s+gonna|it\s+has\s+to|gotta
      |(?:he|she|they)'?ll|(?:he|she|they)\s+will)\s+be\s
    |(?:^|[.!?,;:]\s*)(?:(?:honestly|tbh|mate|hun|oh|so|yeah|yep)\s+)?(?:definitely|defo|deffo|100%
      |clearly|obviously|surely|bet\s+(?:you|it'?s))\s"""
)
_CAUSE_VERDICT_WORDS = (
    *("ll be", "will be", "must be", "gonna be", "has to be", "gotta be", "definitely", "defo"),
    *("deffo", "100%", "clearly", "obviously", "surely", "bet "),
)
# A verdict told as a fragment: "classic night terrors mate.", "defo reflux tho".
_DIAG_FRAGMENT_RE = rx(
    rf"""(?:^|[.!?,;:]\s*)(?:(?:honestly|tbh|mate|hun|lol|omg|yeah|yep|oh|sounds|so)\s+)?
    (?P<cert>classic|textbook|defo|deffo|def|definitely|totally|typical|100%|clearly|obviously)\s+
    (?:(?:case\s+of|an?)\s+)?
    # one word of where or whom: "classic pregnancy RLS", "textbook toddler night terrors"
    (?:(?!(?:signs?|symptoms?|features?|examples?|case|cases|picture|presentation)\b)[\w-]+\s+)??
    (?P<cond>{_CONDITION})
    (?!\s+(?:symptoms?|signs?|features?|triggers?|presentation|picture|and|or)\b)"""
)
# The cause named as a verdict: "the jerks are from the sertraline", "his twitching is down
# to low iron" (not "our", not a question or a report: see rules()).
_CAUSE = r"""\b(?:the|those|these|them|his|her|their|your|ur|all\s+(?:the|those|these))
    \s+(?:\w+\s+)?(?:jerks|jerking|twitch(?:es|ing)|kicks|kicking|jolts|startles|movements|spasms|symptoms)
    \s+(?:are|is|'re|'s)\s+(?:just\s+|definitely\s+|clearly\s+|obviously\s+|100%\s+|only\s+|all\s+)?
    (?:from|caused\s+by|down\s+to|due\s+to|because\s+of|(?:a|the)\s+side[\s-]effects?\s+of
      |a\s+reaction\s+to)\s+(?:the\s+|his\s+|her\s+|their\s+|your\s+)?"""
_DIAG_CAUSE_RE = rx(rf"{_CAUSE}(?:[\w-]+\s+){{0,2}}?(?P<cond>{_CONDITION}|{DRUG})")
# With a certainty marker ("everyone knows that") the cause may be any word: "her jerks are from
# the metformin only".
_DIAG_CAUSE_ANY_RE = rx(rf"{_CAUSE}(?P<cond>[a-z][\w-]+)")
_CAUSE_LINKS = ("from", "caused", "down to", "due to", "because", "side", "reaction")
_FRAGMENT_MARKS = rx(r"classic|textbook|def|totally|typical|100%|clearly|obviously")
_CAUSE_WORDS = ("jerk", "twitch", "kick", "jolt", "startle", "movement", "spasm", "symptom")
# "...so there's your answer" beside a condition.
_ANSWER_RE = rx(
    r"""\b(?:there'?s|theres|there\s+is|that'?s|thats|that\s+is)\s+(?:your|ur)\s+(?:answer|culprit
    |diagnosis|problem|reason)\b"""
)
# "It's nothing, no need to see a doctor", "ce n'est rien, pas besoin de voir un médecin":
# waving a check away is a verdict on the child.
# (every form starts at a word boundary: the shared \b first skips the middles of words)
_NO_NEED_RE = rx(
    r"""\b(?:\bno\s+need\s+(?:to|for)\s+(?:\w+\s+){0,2}?(?:a\s+|an\s+|the\s+|any\s+)?(?:doctor|gp|dr|doc|eeg
      |neuro\w*|paed\w*|ped\w*|pediatrician|consultant|specialist|tests?|scans?|mri|a&e|er|hospital
      |appointment|referral|sleep\s+(?:study|lab|clinic|test))\b
    |\bpas\s+besoin\s+de\s+(?:voir|consulter|aller|faire)\b|\bno\s+hace\s+falta\s+(?:ir|llevar\w*|ver)
    |\bno\s+(?:hay\s+que|necesitas?)\s+(?:ir|llevar\w*)\s+al?\s+(?:m[eé]dico|pediatra|neur[oó]logo)
    |\bkein\s+(?:arzt|grund\s+zum\s+arzt)\b
    |\b(?:don'?t|dont|do\s+not|no\s+point)\s+(?:waste|wasting|bother|bothering)\s+(?:\w+\s+){0,3}?(?:at|with|on
      |going\s+to|seeing|waiting\s+for|for)\s+(?:the|a|your|ur)\s+(?:dr|doctor|doc|gp|paed\w*|ped\w*|neuro\w*|er
      |a&e)\b)"""
)
_NOTHING_RE = rx(
    r"""\b(?:it'?s|that'?s|it\s+is|that\s+is|c'?est|ce\s+n'?est|n'?est|eso\s+no\s+es|no\s+es)\s+(?:\w+\s+)?
    (?:nothing|rien|nada|normal|fine|harmless|just)\b"""
)
# "...nothing neurological", "not a neuro thing at all": ruling a cause out is a verdict too.
_RULED_OUT_RE = rx(
    r"""\b(?:rien\s+de\s+neurologique|nada\s+neurol[oó]gico)
    |\b(?:nothing|not|no|isn'?t|ain'?t)\s+(?:\w+\s+)?(?:neurological|neuro|a\s+neuro\s+thing
        |epilep\w*|a\s+seizure|seizures)(?!\s+(?:nurse|team|clinic|appointment|referral))\b"""
)
# Tags that close a verdict: "that's exactly what it is", "plain as day", "... i reckon.",
# "from everything you describe, ...".
_VERDICT_TAG = r"""
    that'?s\s+(?:exactly\s+|literally\s+|just\s+)?(?:all\s+)?what\s+it\s+is|that'?s\s+(?:literally\s+)?all\s+it\s+is
    |plain\s+as\s+day|hands\s+down|without\s+a\s+doubt|i\s+reckon(?=\s*(?:[,.!;]|x*$))
    |from\s+the\s+sound\s+of\s+(?:it|things)
    |(?:from|going\s+by)\s+(?:everything\s+|all\s+|what\s+)(?:that\s+)?(?:you'?ve|you|u)\s+(?:describe|described
      |said|say|written|wrote|posted)
"""
_VERDICT_TAG_RE = rx(rf"\b(?:{_VERDICT_TAG})")
_CERTAINTY_RE = rx(
    rf"""\b(?:{_VERDICT_TAG}|definitely|clearly|obviously|certainly|100%|100\s+percent|no\s+question|no\s+doubt
        |i'm\s+sure|i\s+am\s+sure|i\s+bet|i'd\s+bet|put\s+money|trust\s+(?:me|a)|classic
        |textbook|that'?s\s+what|for\s+sure|guaranteed
        # not "I've seen this before" (a parent's own history), only "seen enough ... to know"
        |i'?ve\s+seen\s+enough|i'?ve\s+seen\s+(?:this|it|these)\s+(?:a\s+hundred|hundreds\s+of|so\s+many)
          \s+times|take\s+it\s+from\s+me|mark\s+my\s+words
        # "neuropathy only, it is common", "sleep starts, nothing more", "everyone knows that"
        |only\s*(?:[,.!;]|$)|nothing\s+(?:more|else)|(?:every(?:one|body)|we\s+all)\s+knows?
        |(?:gps?|doctors|docs
        |paeds|peds|pediatricians|paediatricians)\s+(?:always\s+)?miss|se\s+equivoca|se\s+trompe)"""
)
# The condition first, the certainty after it: "sleep anxiety, definitely", "RLS, plain as day".
_DIAG_FRAGMENT_AFTER_RE = rx(
    rf"""(?:^|[.!?;:]\s*)(?:(?:it'?s|its|just|prob(?:ably)?|yeah|yep|oh|honestly|tbh|mate|hun)\s+)*
    (?:[\w'-]+,?\s+){{0,2}}?(?P<cond>{_CONDITION}),?\s+(?:(?:mate|hun|love|imo|tbh|only|just),?\s+)?
    (?:(?:it'?s\s+)?(?:definitely|defo|deffo|100%|for\s+sure|classic|textbook
      |no\s+doubt|no\s+question|obviously|clearly|guaranteed|seguro|sin\s+duda|s[uû]rement|true\s+true
      |sans\s+(?:aucun\s+)?doute)(?!\w)|{_VERDICT_TAG})"""
)
_FRAGMENT_AFTER_WORDS = (
    *("definitely", "defo", "deffo", "100%", "for sure", "no doubt", "no question", "obviously"),
    *("clearly", "guaranteed", "what it is", "all it is", "plain as", "hands down", "reckon"),
    *("without a doubt", "from everything", "from all", "from what you", "going by", "sound of"),
    *("seguro", "sin duda", "surement", "sûrement", "sans doute", "sans aucun doute", "true true"),
    *("classic", "textbook"),
)
# Under a closing tag any copula names the verdict: "acting out dreams is RBD, that's exactly
# what it is", "she's having seizures i reckon".
_DIAG_TAGGED_COPULA_RE = rx(
    rf"""(?:\bis|'s|\bare|'re|\b(?:he|she|it|that)s|'s\s+got|\s+has(?:\s+got)?)\s+(?:just\s+|definitely\s+|clearly\s+|probably\s+|obviously\s+)?(?:having\s+)?
    (?:got\s+)?(?:an?\s+)?(?:case\s+of\s+)?(?P<cond>{_CONDITION})"""
)
# "sounds post-viral to me", "looks like anxiety to me" without "like".
_DIAG_TO_ME_RE = rx(
    rf"\b(?:sounds?|seems?|looks?)\s+(?:[\w'-]+\s+){{0,3}}?(?P<cond>{_CONDITION})\s+to\s+me\b"
)
# The cause told as "it": "its the melatonin causing it", "it is due to low vitamin B12",
# "that's your lamotrigine" (a medicine or a lack named as what is behind it).
_DIAG_IT_CAUSE_RE = rx(
    rf"""\b(?:it'?s|its|it\s+is|that'?s|thats|this\s+is)\s+(?:all\s+|just\s+|definitely\s+|only\s+|100%\s+
      |obviously\s+|clearly\s+)?(?:(?:due\s+to|down\s+to|caused\s+by|because\s+of|from)\s+(?:the\s+|his\s+
      |her\s+|their\s+|your\s+)?(?:[\w-]+\s+)??(?P<cond>{_CONDITION}|{DRUG})
      |(?:the|his|her|their|your)\s+(?:[\w-]+\s+)??(?P<cond2>{DRUG})\s+(?:that'?s\s+|which\s+is\s+)?(?:causing
        |doing|behind)\s+(?:it|this|that|them|the\s+\w+)\b
      |(?:your|ur)\s+(?P<cond3>{DRUG})(?=\s*(?:[,.!;]|$))
      # the medicine alone closing the sentence: "not a coincidence. it's the phenergan."
      |(?:the|his|her|their)\s+(?:[\w-]+\s+)??(?P<cond5>{DRUG})(?=\s*(?:[.!]+|$|(?:mate|hun|love|lol|tbh)\b))
      # the medicine with the certainty after it: "that's the mirtazapine, 100%"
      |(?:the|his|her|their)\s+(?:[\w-]+\s+)??(?P<cond4>{DRUG}),?\s+(?:100%|definitely|defo|deffo|for\s+sure
        |no\s+doubt|no\s+question|i\s+reckon|i\s+bet|guaranteed|sure\s+as\s+eggs|plain\s+and\s+simple
        |only|nothing\s+else|simple\s+as\s+that|end\s+of|full\s+stop|period\b)(?!\w))"""
)
# The cause told with the habit that proves it: "that'll be your statins, they do that", "it's the
# Fansidar, it does that to the nerves" (any name with "to the nerves / to people": not "it's the
# cat, it does that"); read only beside "do that" / "does that".
_DIAG_DOES_THAT_RE = rx(
    rf"""\b(?:it'?s|its|it\s+is|that'?s|thats|that'?ll\s+be|it'?ll\s+be)\s+(?:just\s+|all\s+)?(?:the|his|her
    |their|your|ur)\s+(?:(?P<cond>(?:[\w-]+\s+)??(?:{DRUG}|{_CONDITION}))|(?P<any>[a-z][\w-]+))\s*[,;:.!-]+\s*
    (?:it|they|that|those|these)\s+(?:always\s+|can\s+|will\s+)?(?:does|do|did)\s+that\b
    (?(any)\s+to\s+(?:the\s+|your\s+|some\s+|a\s+lot\s+of\s+)?(?:nerves|brain|body|legs|muscles|people|kids
      |children|everyone|everybody|folks))"""
)
_IT_CAUSE_WORDS = (
    *("due to", "down to", "caused by", "because of", "from", "causing", "doing", "behind"),
    *("100%", "definitely", "defo", "deffo", "for sure", "no doubt", "no question", "reckon"),
    *("i bet", "guaranteed", "sure as", "plain and simple", "only", "nothing else", "simple as"),
    *("end of", "full stop", "period"),
)
_DOES_THAT_WORDS = ("do that", "does that", "did that")
_IT_CAUSE_LEAD_RE = rx(r"\b(?:it'?s|its|it\s+is|that'?s|thats|this\s+is)\s")
# By comparison: "ours had exactly this, it was PLMD, and yours is too".
_DIAG_YOURS_TOO_RE = rx(
    r"""\byours\s+(?:is|has|'s|will\s+be|'ll\s+be|sounds|does)\s+(?:\w+\s+)?(?:too|as\s+well|also
    |the\s+same|exactly\s+the\s+same)\b"""
)
# Verdicts told as a bet, as a description already given, as a ruling-out, after "=", or in
# Spanish and French: "I'd put money on PLMD", "my money's on CMPA", "you've basically described
# benign sleep myoclonus", "the fact it stops when you lift her rules out epilepsy", "dropping
# things = JME", "tu novio tiene piernas inquietas", "ce n'est certainement pas de l'épilepsie".
_DIAG_MORE_RE = rx(
    rf"""(?:\b(?:i'?d\s+(?:put|bet|lay)\s+(?:good\s+|serious\s+)?(?:money|my\s+(?:house|life|mortgage)
        |a\s+tenner|a\s+fiver|anything|the\s+(?:house|farm))|my\s+money(?:'s|\s+is)\s+on|bet\s+(?:you\s+)?(?:anything|money
        |good\s+money|a\s+tenner)|i'?d\s+lean(?:\s+towards?)?|(?:a\s+)?(?:tenner|fiver|quid)\s+says)
        \b[^.!?]{{0,60}}?
      |\byou'?ve\s+(?:basically\s+|just\s+|literally\s+|pretty\s+much\s+|perfectly\s+)?(?:described|listed)
        \s+(?:[\w-]+\s+){{0,3}}?
      |\brules\s+out\s+(?:any\s+|an?\s+)?
      |(?:^|\s)(?:=|->|→)\s*
      |\b(?:tu|su)\s+(?:\w+\s+)?(?:tiene|padece|sufre\s+de)\s+(?:\w+\s+){{0,2}}?
      |\b(?:ton|ta|votre)\s+(?:\w+\s+)?(?:a|fait|souffre\s+d[e'])\s+(?:\w+\s+){{0,2}}?
      |\b(?:ce\s+n'?est|c'?est|n'?est)\s+(?:\w+\s+)?pas\s+(?:de\s+l'|de\s+la\s+|d'|une?\s+|des\s+|du\s+)?
      |\bno\s+es\s+(?:una?\s+)?)
    (?P<cond>{_CONDITION})"""
)
# The bet after the verdict: "they'll find nocturnal seizures, I'd bet the house on it".
_DIAG_BET_AFTER_RE = rx(
    rf"""(?P<cond>{_CONDITION})[^.!?]{{0,40}}?\bi'?d\s+(?:bet|put)\s+(?:\w+\s+){{0,3}}?on\s+it\b"""
)
_MORE_WORDS = (
    *(
        "money",
        "bet",
        "put ",
        "lean",
        "says",
        "described",
        "listed",
        "rules out",
        "=",
        "->",
        "→",
        "tiene",
    ),
    *("padece", "sufre", "ton ", "ta ", "votre", "pas ", "no es"),
)
# Nothing wrong with the reader's child, said as a verdict: "nothing wrong with her at all."
_DIAG_NOTHING_WRONG_RE = rx(
    r"""\bnothing\s+(?:at\s+all\s+)?wrong\s+with\s+(?:him|her|them|(?:your|ur)\s+(?:little\s+one|\w+))
    (?:\s+at\s+all)?(?=\s*(?:[,.!;]|$))"""
)
# A question that answers itself: "what else would it be but BNSM?", "how is that not PLMD?";
# and, not asked, the elimination: "if that's not RLS I don't know what is", "si ce n'est pas
# un SMPJ, je ne sais pas ce que c'est", "if it's not reflux it's CMPA".
_DIAG_ASKED_ITSELF_RE = rx(
    rf"""(?:\bwhat\s+else\s+(?:would|could|can|is)\s+it\s+be\s+(?:but|than|if\s+not|apart\s+from|other\s+than)\s+
      |\bhow\s+(?:is|are)\s+(?:that|this|it|they|those)\s+not\s+)(?:\w+\s+)?(?P<cond>{_CONDITION})"""
)
_DIAG_IF_NOT_RE = rx(
    rf"""(?:\bif\s+(?:that|this|it)(?:'s|\s+is)\s*(?:n'?t|\s+not)\s+|\bsi\s+ce\s+n'?est\s+pas\s+)
    (?:\w+\s+)?(?P<cond>{_CONDITION})"""
)
_ASKED_ITSELF_WORDS = ("what else", "not", "n't")
# A condition and nothing else, opening a reply: "Teething. The dribble gives it away."
_DIAG_ALONE_RE = rx(
    rf"""\W*(?:(?:just|prob(?:ably)?|defo|deffo|honestly|simple|easy|classic|textbook)\s+)?
    (?P<cond>{_CONDITION})\W*"""
)
# What someone else (their own doctor) said, in French or Spanish: a report, not a verdict.
_REPORT_FR_ES_RE = rx(r"\b(?:dit|dijo|dicho|selon|seg[uú]n|pense|creo|crois|cree)\b")


@functools.lru_cache(maxsize=16)
def _more_verdicts(prep: Prepared) -> tuple[Span, ...]:
    """The verdicts in sure shapes (bets, eliminations, questions that answer themselves,
    "nothing wrong with her", a condition alone opening the post): both rule hits and, when
    the model does not confirm them, an uncertain finding (see unconfirmed)."""
    spans: list[Span] = []
    told = _TOLD_RE.search(prep.norm) or _OWN_REPORT_RE.search(prep.norm)
    opening = prep.sentences[0][0] if prep.sentences else -1
    for start, sentence in gated(prep, _CONDITION_KEYWORDS):
        if _OWN_REPORT_RE.search(sentence) or _REPORT_FR_ES_RE.search(sentence):
            continue
        found: list[re.Match[str]] = []
        asked = is_question(sentence)
        if any(map(sentence.__contains__, _ASKED_ITSELF_WORDS)):
            found += _DIAG_ASKED_ITSELF_RE.finditer(sentence)
            if not asked:
                found += _DIAG_IF_NOT_RE.finditer(sentence)
        if not asked and "wrong with" in sentence:
            found += _DIAG_NOTHING_WRONG_RE.finditer(sentence)
        if not asked and any(map(sentence.__contains__, _MORE_WORDS)):
            # (not "late phones = overtired in our house": the writer's own equation)
            own = _OWN_WORDS_RE.search(sentence)
            found += (m for m in _DIAG_MORE_RE.finditer(sentence) if not (own and "=" in m[0]))
            # (the bet closing the sentence is its own certainty: no hedge before it counts)
            if " on it" in sentence:
                spans.extend(
                    (start + m.start(), start + m.end())
                    for m in _DIAG_BET_AFTER_RE.finditer(sentence)
                )
        if not asked and start == opening and not told:
            found += filter(None, [_DIAG_ALONE_RE.fullmatch(sentence)])
        for m in found:
            if not _hedged_before(sentence, m.start()):
                spans.append((start + m.start(), start + m.end()))
    return tuple(spans)


# The writer's own ("my", "our", "we"), without the "i" of "i reckon".
_OWN_WORDS_RE = rx(r"\b(?:my|our|ours|mine|we|we're|we've|us)\b")
# The writer's own fear about their own child: "I'm terrified it's more seizures", "I am very
# afraid it is epilepsy", "we worry it's RLS" (not "don't worry, it's RLS").
_OWN_FEAR = r"""(?:i'?m|im|i\s+am|we'?re|we\s+are|i\s+was|we\s+were)\s+(?:so\s+|very\s+|really\s+
    |a\s+bit\s+|quite\s+|absolutely\s+|just\s+|still\s+)?(?:terrified|afraid|scared|worried|frightened
    |petrified|paranoid|panicking|anxious)|(?:i|we)\s+(?:\w+\s+)?(?:fear|worry|dread|panic)"""
_OWN_FEAR_RE = rx(rf"\b(?:{_OWN_FEAR})\b")
# Words that make the sentence a report of what someone's own clinician said, a
# question, or a hypothesis rather than a verdict about someone else.
_DIAG_HEDGE_RE = rx(
    rf"""\b(?:said|says|told|thinks?|thought|confirmed|diagnosed|reckons?|according|explained
        |agreed|suspects?|wondering|wonder|whether|if|not\s+sure|no\s+idea|do|does|did|know
        |could|might|asked|ask|{_OWN_FEAR}|hope|hoping|pray|praying
        # another's belief reported: "my mother-in-law is convinced it's her nerves"
        |(?:is|are|was|were)\s+convinced)\b"""
)


def _hedged_before(sentence: str, index: int) -> bool:
    """True when a hedge word sits in the same clause before the match."""
    clause_start = max(sentence.rfind(ch, 0, index) for ch in ",;:(")
    return bool(_DIAG_HEDGE_RE.search(sentence[clause_start + 1 : index]))


def rules(text: str) -> list[Span]:
    return list(_rules(text))


@functools.lru_cache(maxsize=16)
def _rules(text: str) -> tuple[Span, ...]:
    """Find someone naming a condition for another person.

    Second-person subjects ("your son has epilepsy", "you've got RLS") and verdict-style
    copulas ("that's definitely a seizure", "sounds like PLMD") count. "He/she has X" is a
    parent's ordinary report about their own child, so it counts only with a certainty
    marker ("I'm sure of it", "definitely"). Ruling a cause out ("it's reflux, nothing
    neurological") counts beside a verdict or a certainty marker. Questions, reported
    speech ("our HV said it's benign sleep myoclonus") and first-person history never count.
    """
    spans: list[Span] = []
    prep = prepare(text)
    for start, sentence in gated(prep, _CONDITION_KEYWORDS):
        if is_question(sentence):
            continue
        for m in _DIAG_YOU_RE.finditer(sentence):
            if not _hedged_before(sentence, m.start()):
                spans.append((start + m.start(), start + m.end()))
        copulas = list(_DIAG_COPULA_RE.finditer(sentence))
        for m in copulas:
            if not _hedged_before(sentence, m.start()):
                spans.append((start + m.start(), start + m.end()))
        for m in _DIAG_SAME_RE.finditer(sentence) if "same" in sentence else ():
            if not _hedged_before(sentence, m.start()):
                spans.append((start + m.start(), start + m.end()))
        certain = _CERTAINTY_RE.search(sentence) is not None
        if copulas or certain:
            for m in _RULED_OUT_RE.finditer(sentence):
                if not _DIAG_HEDGE_RE.search(sentence, 0, m.start()):
                    spans.append((start + m.start(), start + m.end()))
        for m in _DIAG_FRONTED_RE.finditer(sentence) if _FRONTED_TAIL_RE.search(sentence) else ():
            spans.append((start + m.start(), start + m.end()))
        for m in (
            _DIAG_FRONTED_TL_RE.finditer(sentence) if _FRONTED_TL_TAIL_RE.search(sentence) else ()
        ):
            if not _TL_REPORT_RE.search(sentence):
                spans.append((start + m.start(), start + m.end()))
        for m in _DIAG_FRAGMENT_RE.finditer(sentence) if _FRAGMENT_MARKS.search(sentence) else ():
            if not _hedged_before(sentence, m.start("cert")):
                spans.append((start + m.start("cert"), start + m.end()))
        if _ANSWER_RE.search(sentence):
            spans.extend(
                (start + m.start(), start + m.end()) for m in _CONDITION_RE.finditer(sentence)
            )
        if certain:
            for m in _DIAG_THIRD_RE.finditer(sentence):
                if not _hedged_before(sentence, m.start()):
                    spans.append((start + m.start(), start + m.end()))
        if "yours" in sentence and _CONDITION_RE.search(sentence):
            for m in _DIAG_YOURS_TOO_RE.finditer(sentence):
                if not _hedged_before(sentence, m.start()):
                    spans.append((start + m.start(), start + m.end()))
        after = any(map(sentence.__contains__, _FRAGMENT_AFTER_WORDS))
        to_me = "to me" in sentence
        if not (after or to_me) or _OWN_REPORT_RE.search(sentence):
            continue
        # the writer's own before the verdict makes it their story ("my son has it, definitely")
        found = []
        if after:
            for m in _DIAG_FRAGMENT_AFTER_RE.finditer(sentence):
                # (the closing "i reckon" is the verdict's tag, not a hedge)
                if not _DIAG_HEDGE_RE.search(sentence, 0, m.start("cond")):
                    found.append((m.start("cond"), m.end()))
            if _VERDICT_TAG_RE.search(sentence):
                found += (m.span() for m in _DIAG_TAGGED_COPULA_RE.finditer(sentence))
        if to_me:
            found += (m.span() for m in _DIAG_TO_ME_RE.finditer(sentence))
        for a, b in found:
            if not _OWN_WORDS_RE.search(sentence, 0, b) and not _hedged_before(sentence, a):
                spans.append((start + a, start + b))
    for a, b in prep.sentences:
        sentence = prep.norm[a:b]
        if is_question(sentence) or not any(map(sentence.__contains__, _CAUSE_WORDS)):
            continue
        if not any(map(sentence.__contains__, _CAUSE_LINKS)):
            continue
        if FIRST_PERSON_RE.search(sentence) or _OWN_REPORT_RE.search(sentence):
            continue
        cause = _DIAG_CAUSE_ANY_RE if _CERTAINTY_RE.search(sentence) else _DIAG_CAUSE_RE
        for m in cause.finditer(sentence):
            if not _hedged_before(sentence, m.start()):
                spans.append((a + m.start(), a + m.end()))
    culprit = any(map(prep.norm.__contains__, _CULPRIT_WORDS))
    for a, b in prep.sentences if culprit else ():
        sentence = prep.norm[a:b]
        if is_question(sentence) or not any(map(sentence.__contains__, _CULPRIT_WORDS)):
            continue
        if FIRST_PERSON_RE.search(_SURE_RE.sub(" ", sentence)) or _OWN_REPORT_RE.search(sentence):
            continue
        for m in _DIAG_CULPRIT_RE.finditer(sentence):
            if not _hedged_before(sentence, m.start()) and not _GENERIC_RE.match(m.group("cond")):
                spans.append((a + m.start(), a + m.end()))
    marked = any(map(prep.norm.__contains__, _CAUSE_VERDICT_WORDS))
    for a, b in prep.sentences if marked else ():
        sentence = prep.norm[a:b]
        if is_question(sentence) or not any(map(sentence.__contains__, _CAUSE_VERDICT_WORDS)):
            continue
        for mark in _CAUSE_VERDICT_MARKS.finditer(sentence):
            m = _DIAG_CAUSE_VERDICT_RE.match(sentence, mark.start())
            if (
                m
                and not _hedged_before(sentence, m.start())
                and not _OWN_REPORT_RE.search(sentence)
            ):
                spans.append((a + m.start(), a + m.end()))
    for a, b in prep.sentences:
        sentence = prep.norm[a:b]
        # (a short sentence may be the medicine alone: "it's the phenergan.")
        if (
            not any(map(sentence.__contains__, _IT_CAUSE_WORDS))
            and "your " not in sentence
            and len(sentence) > 40
        ):
            continue
        if is_question(sentence) or not _IT_CAUSE_LEAD_RE.search(sentence):
            continue
        if _OWN_REPORT_RE.search(sentence):
            continue
        for lead in _IT_CAUSE_LEAD_RE.finditer(sentence):
            m = _DIAG_IT_CAUSE_RE.match(sentence, lead.start())
            cond = m and next(
                filter(None, m.group("cond", "cond2", "cond3", "cond4", "cond5")), None
            )
            if (
                cond
                and not _GENERIC_RE.match(cond)
                and not _OWN_WORDS_RE.search(
                    sentence, 0, len(sentence) if m.group("cond4") else m.end()
                )
                and not _hedged_before(sentence, m.start())
            ):
                spans.append((a + m.start(), a + m.end()))
    for a, b in prep.sentences if any(map(prep.norm.__contains__, _DOES_THAT_WORDS)) else ():
        sentence = prep.norm[a:b]
        if is_question(sentence) or _OWN_REPORT_RE.search(sentence):
            continue
        for m in _DIAG_DOES_THAT_RE.finditer(sentence):
            if not _OWN_WORDS_RE.search(sentence, 0, m.end()) and not _hedged_before(
                sentence, m.start()
            ):
                spans.append((a + m.start(), a + m.end()))
    for a, b in prep.sentences:
        sentence = prep.norm[a:b]
        if is_question(sentence) or not _NO_NEED_RE.search(sentence):
            continue
        # "it's fine, no need to see the neuro again, our paed said": a report, not a verdict
        if _DIAG_HEDGE_RE.search(sentence) or _OWN_REPORT_RE.search(sentence):
            continue
        verdict = (
            _NOTHING_RE.search(sentence)
            or _DIAG_COPULA_RE.search(sentence)
            or _RULED_OUT_RE.search(sentence)
        )
        for m in _NO_NEED_RE.finditer(sentence):
            if verdict and not _hedged_before(sentence, m.start()):
                spans.append((a + m.start(), a + m.end()))
    spans += _more_verdicts(prep)
    return tuple(merge_spans(spans))


_SECOND_PERSON_RE = rx(r"\b(?:you|your|yours|u|ur|y'all|ya)\b")
_OWN_REPORT_RE = rx(
    r"""\b(?:my|our)\s+(?:\w+\s+)?(?:doctor|doc|gp|paed\w*|ped\w*|neuro\w*|consultant|specialist
        |nurse|hv|health\s+visitor|team)\b[^.!?]{0,40}\b(?:said|says|told|thinks|thought|confirmed|mentioned
        |diagnosed|suspects|reckons|explained|agreed|ruled|wants\s+to\s+(?:rule|check))\b
        |\b(?:was|were|got|been)\s+diagnosed\b"""
)


# A verdict that needs no condition word: "sounds like it to me", "get your son seen".
_VERDICT_ANYWHERE_RE = rx(
    r"""\b(?:sounds|looks|seems)\s+(?:\w+\s+)?(?:like|to\s+be)\b|\b(?:your|ur|yr)\s+(?:little\s+one|\w+)\b
        |\b(?:you|u)\s+(?:have|need|should|must|'ve\s+got)\b"""
)


# A question that carries its own answer: "isn't it obvious that's what she has?"
_RHETORICAL_RE = rx(
    r"""\b(?:isn'?t\s+(?:it|that|this)|is\s+(?:it|that|this)\s+not|don'?t\s+you\s+(?:think|see|know)
        |surely|obvious(?:ly)?|clearly|what\s+else\s+could|anything\s+(?:other|else)\s+than|bet)\b"""
)


def clears(text: str) -> bool:
    """True when the writer asks about, or reports the verdict of their own doctor on,
    their own child: every sentence naming a condition is such a question ("Could it be
    infantile spasms if she only does it on waking?") or report, none speaks to the
    reader or with certainty, and the post is in the first person; or when every sentence
    naming a condition is general information told to nobody ("is one of the things that
    can be linked with...")."""
    prep = prepare(text)
    own = FIRST_PERSON_RE.search(prep.norm)
    if not own and not any(map(prep.norm.__contains__, _GENERAL_INFO_WORDS)):
        return False
    named = list(gated(prep, _CONDITION_KEYWORDS))
    if not named:
        return False
    for a, b in prep.sentences:
        sentence = prep.norm[a:b]
        if _RHETORICAL_RE.search(sentence):
            return False
        if is_question(sentence):
            continue
        if _CERTAINTY_RE.search(sentence) or _VERDICT_ANYWHERE_RE.search(sentence):
            return False
    # general information: every sentence naming a condition tells what it can be linked with,
    # to nobody ("Low iron is one of the things that can be linked with leg movements at night")
    if all(
        _GENERAL_INFO_RE.search(sentence) and not _SECOND_PERSON_RE.search(sentence)
        for _start, sentence in named
    ):
        return True
    if not own:
        return False
    for _start, sentence in named:
        if (
            _SECOND_PERSON_RE.search(sentence)
            or _CERTAINTY_RE.search(sentence)
            or _RHETORICAL_RE.search(sentence)
        ):
            return False
        if not (
            is_question(sentence)
            or _OWN_REPORT_RE.search(sentence)
            or _OWN_FEAR_RE.search(sentence)
            or (FIRST_PERSON_RE.search(sentence) and _TOLD_RE.search(sentence))
            or _OWN_CONDITION_RE.search(sentence)
        ):
            return False
    return True


# A condition told as general information: what it is one of, what it can be linked with or cause.
_GENERAL_INFO_RE = rx(
    r"""\b(?:is|are)\s+(?:one|some|among)\s+(?:of\s+)?the\s+(?:\w+\s+)?(?:things|causes|conditions|reasons
      |triggers|tests|drugs|medicines|antidepressants)\b
    |\bcan\s+(?:sometimes\s+|also\s+|occasionally\s+)?(?:be\s+(?:linked|caused|associated|related|connected)
      |cause|make|bring\s+(?:on|out)|trigger|worsen)\b
    |\b(?:is|are)\s+(?:known|listed)\s+(?:to|as)\b|\bon\s+(?:the|some|a)\s+(?:\w+\s+)?lists?\b
    |\b(?:is|are)\s+(?:very\s+|really\s+|quite\s+|pretty\s+|fairly\s+)?common\s+(?:in|with|during|among)\b"""
)
_GENERAL_INFO_WORDS = ("one of", "some of", "among", "can ", "known", "listed", "list", "common")
# The writer's own condition: "I've had hypnic jerks for 20 years", "I suffer from RLS myself".
_OWN_CONDITION_RE = rx(
    r"\b(?:i've|ive|i\s+have|we've)\s+(?:always\s+|also\s+|still\s+)?(?:had|got|suffered|lived\s+with)\b"
    r"|\bi\s+(?:also\s+|still\s+)?(?:suffer\s+from|live\s+with)\b"
)
# What the writer's own family was told: "(ambulance, A&E, all fine, they said it was the fever)".
_TOLD_RE = rx(r"\b(?:they|he|she|doctors?|docs?)\s+(?:said|told\s+(?:us|me)|thought|diagnosed)\b")


def unconfirmed(text: str) -> list[Span]:
    """The verdicts the model may not confirm: still an uncertain finding, held for a
    moderator, unless the post only asks about or reports on the writer's own (clears)."""
    prep = prepare(text)
    spans = list(_more_verdicts(prep))
    sure = [
        m.span()
        for r in (_DIAG_FRAGMENT_RE, _DIAG_FRAGMENT_AFTER_RE)
        for m in r.finditer(prep.norm)
    ]
    spans += [(a, b) for a, b in _rules(text) if any(x < b and a < y for x, y in sure)]
    return [] if not spans or clears(text) else spans


CATEGORY = Category(
    code="diagnosis",
    action=HOLD,
    message=gettext_noop(
        "This looks like naming a condition for someone else's child or partner. Nobody "
        "can diagnose from a description, so a moderator will look at it first. Telling "
        "your own story is always welcome."
    ),
    rules=rules,
    rule_id="diagnosis.other_person",
    nudge_rule=gettext_noop("No diagnosing another person"),
    nudge_fix=gettext_noop(
        "Try: “Ours turned out to be … — a video for the doctor helped us find out.”"
    ),
    learned=True,
    rules_decide=False,
    advice=True,
    clears=clears,
    doubt=unconfirmed,
)
