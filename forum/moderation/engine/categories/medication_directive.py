"""Medication directives: start, stop, switch or avoid a medicine or regimen for someone else."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from forum.moderation.engine.categories import advice_context, dose_advice
from forum.moderation.engine.text import (
    HOLD,
    Category,
    Prepared,
    Span,
    gettext_noop,
    is_question,
    merge_spans,
    prepare,
    rx,
    wordset,
)
from forum.moderation.engine.words import (
    ADVISORY_FIRST_PERSON,
    CLAUSE_START,
    CLINICIAN,
    DOSE_QTY_RE,
    DRUG,
    DRUG_RE,
    FIRST_PERSON_FR_ES,
    FIRST_PERSON_RE,
    FIX_LEAD,
    LIST_MARKER,
    MASS_UNIT_RE,
    MODAL,
    NOT_A_DRUG_REQUEST,
    PERSON,
    REGIMEN_WORD_RE,
    SUGGESTION,
    clinician_did,
    list_items_as_clauses,
    names_drug,
    narrative_before,
    quoted,
    suggests,
)

# --------------------------------------------------------------------------- medication

_MED_VERB = rf"""
    (?:stop(?:ping)?(?:\s+(?:taking|giving|using))?|quit(?:ting)?|ditch(?:ing)?|drop(?:ping)?|bin(?:ning)?|throw
      |come\s+off|get(?:ting)?\s+(?:{PERSON}\s+)?(?:off|onto|on)|wean(?:ing)?\s+(?:{PERSON}\s+)?off
      # "knock the Phenergan on the head", "lay off the melatonin", "leave out the iron"
      |knock(?:ing)?|lay(?:ing)?\s+off|leav(?:e|ing)\s+out
      # "get some magnesium spray", "grab a bottle of valerian"
      |(?:get|buy|grab|pick\s+up|order)\s+(?:some|a\s+(?:bottle|tub|box|pack|tube|jar)\s+of)
      # bought for them: "buy ferrous sulphate", "get the iron from the chemist and start him"
      |(?:get|buy|pick\s+up)(?=\s+(?:\S+\s+){{1,3}}?(?:from|at|off|over)\s+(?:the\s+|a\s+|any\s+)?
        (?:chemist|pharmacy|shop|counter|supermarket|amazon|boots|walgreens|cvs|health\s+food))
      # their doctor made to prescribe: "get his doctor to put him on clonazepam asap"
      |(?:get|make|have|ask)\s+(?:your|ur|the|his|her|their)\s+(?:\w+\s+)?{CLINICIAN}s?\s+(?:to\s+)?
        (?:put\s+{PERSON}\s+on(?:to)?|start\s+(?:{PERSON}\s+)?on|prescribe|give(?:\s+{PERSON})?
        |switch(?:\s+{PERSON})?\s+to|try(?:\s+{PERSON}\s+on)?)
      # a remedy drunk: "just have a cup of chamomile before bed"
      |ha(?:ve|ving)\s+a\s+(?:cup|glass|mug|drop|spoon)\s+of
      |tak(?:e|ing)\s+{PERSON}\s+off|start(?:ing)?\s+(?:{PERSON}\s+)?on|start(?:ing)?
      |put(?:ting)?\s+{PERSON}\s+on|(?:pop|stick)\s+{PERSON}\s+on(?:to)?|switch(?:ing)?(?:\s+{PERSON})?(?:\s+(?:to|from))?
      |swap(?:ping)?|giv(?:e|ing)(?:\s+{PERSON})?|try(?:ing)?(?:\s+(?:taking|giving))?
      |tak(?:e|ing)|us(?:e|ing)|increas(?:e|ing)|rais(?:e|ing)|lower(?:ing)?|reduc(?:e|ing)
      |cut(?:ting)?|halve|doubl(?:e|ing)|up|rub(?:bing)?|apply(?:ing)?|gie|gi'e|repeat
      # "and alternate with Nurofen if it's not budging"
      |alternat(?:e|ing)\s+(?:it\s+|them\s+)?with
      |ask(?:ing)?\s+(?:your\s+\w+\s+|the\s+\w+\s+)?for|tell\s+(?:your|the)\s+\w+\s+you\s+want)
"""
# A review or a test of the medicines is no medicine: "ask for a medication review".
_NOT_A_REVIEW = (
    r"(?!\s+(?:review|reviews|check|checks|list|history|levels?|tests?|chart|side[\s-]effects?))"
)
_MED_OBJECT = rf"""
    \s+(?:all\s+)?(?:(?:the|his|her|their|your|some|any|that|those|these|this|a|an)\s+)?
    (?:[\w-]+\s+){{0,2}}?{DRUG}{_NOT_A_REVIEW}
"""
_MED_IMPERATIVE_RE = rx(
    CLAUSE_START + rf"(?:do\s+not\s+|don'?t\s+|never\s+)?(?P<verb>{_MED_VERB}){_MED_OBJECT}"
)
# Advice asked as a question: "have you thought about stopping her iron?", "why not try..."
_SUGGESTION_LEAD = r"""
    (?:\b(?:have|did)\s+(?:you|u|ya)\s+(?:ever\s+)?(?:thought\s+(?:about|of)|considered|tried
        |looked\s+into|asked\s+(?:(?:your|the|his|her)\s+\w+\s+)?about)\s+|\bwhy\s+not\s+|\bwhy\s+don'?t\s+(?:you|u)\s+|\b(?:what|how)\s+about\s+
      |\bcould(?:n'?t)?\s+(?:you|u)\s+(?:not|just)\s+|\bhave\s+(?:you|u)\s+not\s+(?:tried|thought\s+of|considered)\s+
      |\bdon'?t\s+(?:you|u)\s+think\s+(?:it'?s\s+time\s+(?:to\s+)?|(?:you|u|he|she)\s+should\s+)
      # the reproach: "why are you still giving her the Atarax?"
      |\bwhy\s+(?:on\s+earth\s+|the\s+hell\s+|tf\s+)?(?:are|r)\s+(?:you|u|ya)\s+(?:still|even)\s+
      |\b(?:are|r)\s+(?:you|u|ya)\s+(?:seriously\s+|really\s+|honestly\s+)?still\s+
      # Indian English: "you just stop all the english medicines", "you kindly give him..."
      |\b(?:you|u)\s+(?:just|simply|kindly|please)\s+)
    (?:just\s+|maybe\s+|simply\s+)?(?:not\s+)?
"""
_MED_MODAL_RE = rx(
    # each lead starts at a word boundary: the shared \b first skips the middles of words
    rf"\b(?:{MODAL}|{ADVISORY_FIRST_PERSON}|{_SUGGESTION_LEAD})(?P<verb>{_MED_VERB}){_MED_OBJECT}"
)
# Floated without "you" ("maybe just stop the Benadryl?", "worth swapping to...": words.SUGGESTION),
# scanned only when the sentence holds one of its words.
_MED_FLOATED_RE = rx(
    rf"{SUGGESTION}(?:just\s+|maybe\s+|simply\s+)?(?P<verb>{_MED_VERB}){_MED_OBJECT}"
)
# "Why is she not on magnesium by now?", "why on earth is he still taking the Lyrica?": the
# reproach asks for the change (scanned only when the sentence holds "why").
_MED_WHY_ON_RE = rx(
    rf"""\bwhy\s+(?:on\s+earth\s+|the\s+hell\s+|tf\s+)?(?:is|isn'?t|are|aren'?t|'s)\s+(?:he|she|they
      |(?:your|ur)\s+(?:little\s+one|\w+))\s+(?:not\s+|still\s+|even\s+)*(?P<verb>on|taking|having|using
      |getting)\b{_MED_OBJECT}"""
)
# The medicine sent away: "honestly the zyrtec has to go", "that melatonin needs to go" (scanned
# only beside "go").
_MED_MUST_GO_RE = rx(
    rf"""\b(?:the|that|this|his|her|their|your|ur)\s+(?:[\w-]+\s+)?(?P<verb>{DRUG})\s+(?:really\s+|just\s+)?
    (?:has\s+to|needs\s+to|must|has\s+got\s+to|'s\s+got\s+to|gotta|should)\s+go\b(?!\s+(?:up|down|on|in|with))"""
)
# A medicine said to be needed: "she needs magnesium", "he'll need the clonazepam like ours
# did" (not the writer's own or a general word: "he needs his meds on time").
_MED_NEEDS_RE = rx(
    rf"""(?:\b(?:you|u|yours|(?:your|ur)\s+(?:little\s+one|\w+))(?:'ll|\s+will)?|\b(?:he|she|they)(?:'ll|\s+will))
      \s+(?:probably\s+|definitely\s+|just\s+|really\s+|obviously\s+)?needs?\s+(?:(?:the|some|a\s+bit\s+of
      |more|an?)\s+)?(?P<verb>{DRUG})(?!\s+to\b)"""
)
_GENERIC_DRUG_WORDS = rx(
    r"(?:meds|medications?|medicines?|pills|tablets|supplements?|drops|dose|dosage)$"
)
# The advice after its preamble: "what I'd say now, having been through it all, is get some
# magnesium", "the one thing I'd tell any mum is put her on..."
_MED_WHAT_ID_RE = rx(
    rf"""\b(?:what|the\s+(?:one\s+|only\s+|main\s+)?thing|all)\s+(?:i'?d|i\s+would)\s+(?:\w+\s+)?(?:say|tell
      |do|recommend|suggest|advise)\b[^.!?]{{0,80}}?\bis\s+(?:to\s+)?(?:just\s+)?(?P<verb>{_MED_VERB}){_MED_OBJECT}"""
)
# The change named as the answer: "the fix is cutting out the melatonin", "best thing is to get
# him off the Piriton" (not "the fix for us was...": a report in the past).
_MED_THE_FIX_RE = rx(
    rf"""\b{FIX_LEAD}\s+(?:to\s+)?(?:just\s+)?(?:simply\s+)?(?P<verb>{_MED_VERB}){_MED_OBJECT}"""
)
_FIX_WORDS = ("fix", "trick", "answer", "key", "cure", "solution", "secret", "thing")
# A regimen ordered as a noun phrase: "zero caffeine for him from now on", "no screens after 7",
# "no milk after 5" (not in a post of the writer's own: "what helped me: 1. no coffee after lunch").
_MED_NO_MORE_RE = rx(
    rf"""(?:^|[,;:(•]\s*|\s-+\s|\b(?:and|then|so|but|plus|honestly|just)\s+)(?P<verb>(?:zero|no\s+more|no)\s+
    (?:caffeine|coffee|tea|cola|coke|sugar|sweets|lollies|candy|screens?|screen\s+time|telly|tv|ipads?|tablets?
      |dairy|gluten|energy\s+drinks?|fizzy\s+drinks?|squash|chocolate|milk|feeds?|bottles?|naps?
      # any medicine, or two: "no Piriton or Benadryl for his colds any more"
      |{DRUG}(?:\s+(?:or|and|nor)\s+{DRUG})?)
    (?:,?\s+(?:full\s+stop|period|no\s+exceptions)\b
      |\s+(?:for\s+(?:him|her|them|the\s+(?:baby|kids?|child|boy|girl))|from\s+now\s+on|at\s+all|ever\s+again
      |any\s*more|for\s+(?:his|her|their|the)\s+(?!own\b)\w+
      |after\s+(?:\d|lunch|tea|dinner|school|noon|midday|six|seven|five|four))))
    # Spanish and French: "nada de pantallas después de las siete", "plus de café après midi
    # pour lui", "nada de tés a esa edad"
    |(?:^|[,;:(•.]\s*|\b(?:y|et|e)\s+)(?P<verb2>(?:nada\s+de|plus\s+de|pas\s+de|cero)\s+
      (?:caf[eé]s?|t[eé]s?|pantallas?|m[oó]vil|tablet|tele|[eé]crans?|az[uú]car|sucre|dulces|bonbons
        |chocolate?|refrescos?|cola|coca|leche|lait|siestas?|siestes?)
      \s+(?:despu[eé]s|antes|a\s+esa\s+edad|para\s+(?:[eé]l|ella)|por\s+la\s+noche|apr[eè]s|avant
        |pour\s+(?:lui|elle)|le\s+soir|à\s+cet\s+[aâ]ge))"""
)
# The writer's own regimen in French or Spanish: "chez nous, plus de café pour moi".
_OWN_FR_ES_RE = rx(rf"\b(?:{FIRST_PERSON_FR_ES}|en\s+casa)\b")
_NO_MORE_WORDS = ("no ", "zero ", "nada de", "plus de", "pas de", "cero ")
# A regimen floated as a question: "have u thought about a weighted blanket?", "what about an
# epsom salt bath every night?"
_MED_SUGGEST_REGIMEN_RE = rx(
    rf"""{_SUGGESTION_LEAD}(?:a\s+|an\s+|some\s+)?(?P<verb>weighted\s+(?:blanket|sleeping\s+bag|sleep\s+sack)
    |(?:epsom|magnesium)\s+(?:salts?\s+)?baths?|swaddl\w*|(?:gluten|dairy|sugar)[\s-]free\s+diet)"""
)
_SUGGEST_REGIMEN_WORDS = ("weighted", "bath", "swaddl", "free diet")
# "Is there a reason you haven't started her on iron yet?", "how come you didn't stop the
# Piriton?": the change reproached as not yet made.
_MED_NOT_YET_RE = rx(
    rf"""(?:\b(?:is\s+there\s+a\s+reason|how\s+come|why)\s+(?:you|u|ya)\s+(?:haven'?t|havent|didn'?t|didnt
      |aren'?t|arent)|\bwhy\s+(?:haven'?t|havent|didn'?t|didnt|aren'?t|arent)\s+(?:you|u|ya))
      \s+(?:already\s+|yet\s+|just\s+)?(?P<verb>(?:asked\s+for|ask\s+for|started|put|tried|given|giving|trying|starting
      |stopped|stopping|taken|switched|swapped|cut|dropped|start|put|try|give|stop|take|switch|swap|drop)(?:\s+(?:him|her|them))?(?:\s+(?:on|off|out))?)
      {_MED_OBJECT}"""
)
# "the Phenergan is the problem, bin it": an order aimed at the medicine named in the same
# sentence with "it" (the medicine itself must stand in the sentence: DRUG_RE gates it).
_MED_BIN_IT_RE = rx(
    CLAUSE_START
    + r"(?P<verb>bin|ditch|stop|quit|drop|chuck|scrap|lose)\s+(?:it|them|that)\b"
    + r"(?!\s+(?:out|up|off|in))"
)
# "if it were mine he'd be off it tonight", "if it was my missus she'd be off the pregabalin":
# the writer's choice for their own, offered as the reader's (scanned beside "were/was mine/my").
_MED_IF_MINE_RE = rx(
    rf"""\bif\s+(?:it|he|she|that|this)\s+(?:was|were)\s+(?:mine|my\s+\w+)\b[^.!?]{{0,25}}?
    \b(?:he|she|they|i)(?:'d|\s+would)\s+(?:be\s+)?(?P<verb>off|on(?:to)?|stopping|starting|coming\s+off)
    (?:\s+(?:it|them|that)\b|{_MED_OBJECT})"""
)
_IF_MINE_WORDS = ("were mine", "was mine", "were my", "was my")
# The writer's own change passed on: "Dry July mate. I did it and the jerks vanished, you
# should too" (scanned only beside "should").
_MED_YOU_TOO_RE = rx(
    r"""\b(?:i|we)\s+(?:\w+\s+){0,2}?(?:did|tried|cut|stopped|quit|dropped|gave\s+up|started|went)\b
    [^.!?]{0,80}?(?P<verb>(?:you|u)\s+should\s+(?:too|as\s+well|also|do\s+the\s+same|try\s+it))\b"""
)
# A sentence that is a medicine and nothing else ("Pregabalin." before "Bin it.").
_DRUG_ALONE_RE = rx(rf"\s*(?:the\s+)?{DRUG}\s*[.!]*\s*")
_BIN_WORDS = ("bin", "ditch", "stop", "quit", "drop", "chuck", "scrap", "lose")
_BIN_IT_HINT_RE = rx(r"\b(?:bin|ditch|stop|quit|drop|chuck|scrap|lose)\s+(?:it|them|that)\b")
# "Have you tried magnesium?" asks with the drug straight after the lead.
_MED_SUGGEST_BARE_RE = rx(
    rf"""\bhave\s+(?:you|u|ya)\s+(?:ever\s+)?(?P<verb>tried(?!\s+our\b)|considered|thought\s+(?:about|of)
      |asked\s+(?:(?:your|the|his|her)\s+\w+\s+)?about)
    (?:\s+(?:some|any|a\s+bit\s+of|a\s+little))?\s+(?:[\w-]+\s+){{0,1}}?{DRUG}"""
)
_STRONG_MODAL = r"""
    \b(?:you|u|ya|he|she|they|your\s+(?:little\s+one|\w+))\s+(?:really\s+|definitely\s+|just\s+)?
      (?:should|shud|needs?\s+to|must|ha(?:ve|s)\s+to|ought\s+to|gotta|'d\s+better|better)
      \s+(?:really\s+|definitely\s+|just\s+)?(?:be\s+)?
"""
# "the GP said he needs to come off it" reports the writer's own doctor.
_REPORTED_RE = rx(r"\b(?:said|says|told|tells|thinks|advised|wants|reckons|according)\b")
# "He needs to come off it, gabapentin twitches are common": the drug named elsewhere in the
# sentence, the change aimed at it with a pronoun.
_MED_PRONOUN_RE = rx(
    rf"""\b(?:{_STRONG_MODAL}|{ADVISORY_FIRST_PERSON})(?P<verb>come\s+off|get\s+off|stop|quit|ditch|drop|bin
      |be\s+taken\s+off|taken\s+off|weaned\s+off|take\s+(?:him|her|them)\s+off|wean\s+(?:him|her|them|off)(?:\s+off)?
      |stop\s+(?:taking|giving|using))\s+(?:of\s+)?(?:it|them|that|those|these)\b"""
)
# Substrings every _MED_PRONOUN_RE verb holds (and "have" every _MED_SUGGEST_BARE_RE match).
_PRONOUN_VERB_WORDS = ("off", "stop", "quit", "ditch", "drop", "bin", "wean")
# "she should be on the slow release one", "he needs to be on magnesium": the medicine the
# reader's person ought to be on.
_MED_SHOULD_BE_ON_RE = rx(rf"{_STRONG_MODAL}(?P<verb>on(?:to)?){_MED_OBJECT}")
# Their doctor asked, in a question, why not: "would his GP not just put him on ropinirole?",
# "couldn't the paed give her some iron?" (scanned only beside "not" or "n't").
# Their doctor asked, as a question, to do it: "would his GP not just ...", "surely the paed
# would ..." (the lead of _MED_DOCTOR_NOT_RE, and of _MED_IT_RE's "... put him on that?").
_DOCTOR_ASKED = rf"""(?:\b(?:would|could|can|will|wouldn'?t|couldn'?t|can'?t|won'?t)
    \s+(?:his|her|their|your|ur|the)\s+(?:\w+\s+)?{CLINICIAN}s?\s+(?:not\s+)?
    # "surely the paed would give her some iron"
    |\bsurely\s+(?:his|her|their|your|ur|the)\s+(?:\w+\s+)?{CLINICIAN}s?\s+(?:would|could|can|will|'d|should)
      (?:n'?t)?\s+)(?:just\s+)?"""
_MED_DOCTOR_NOT_RE = rx(
    rf"""{_DOCTOR_ASKED}(?P<verb>(?:have\s+)?(?:put|start(?:ed)?|try|tried)\s+(?:him|her|them)\s+on(?:to)?
      |(?:have\s+)?(?:give|given)\s+(?:him|her|them)|(?:have\s+)?prescribed?
      # "would his doctor not just switch him to bupropion?"
      |(?:switch|swap|move|change)\s+(?:him|her|them|you|u)\s+(?:over\s+)?(?:on)?to)(?=\s)
      # "... start her on something for now, like clonazepam drops?"
      (?:\s+(?:something|anything)\b[^.!?]{{0,40}}?\b(?:like|such\s+as|say|maybe|perhaps))?{_MED_OBJECT}"""
)
# An order aimed with "it" at the medicine named just before, in this sentence or the one
# before it: "melatonin helped my dad. ask about it", "I'd be going back and asking for it".
_MED_IT_RE = rx(
    rf"""(?:{CLAUSE_START}|{_STRONG_MODAL}|{ADVISORY_FIRST_PERSON}|{_DOCTOR_ASKED})
      (?:be\s+)?(?:going\s+back\s+(?:and|to)\s+
      |straight\s+back\s+(?:and|to)\s+)?(?P<verb>ask(?:ing)?\s+(?:(?:your|the|his|her|their|them|him)\s+
      (?:\w+\s+)?)?(?:about|for)|(?:start|put|get)(?:ting)?\s+(?:him|her|them)\s+on(?:to)?)\s+(?:it|them|that)\b"""
)
# "The test is simple, ask your doctor for it": a test named after the medicine is what "it" means.
_TEST_NOUN_RE = rx(
    r"\b(?:tests?|levels?|bloods?|blood\s+work|referral|scan|eeg|mri|check|study|video|appointment)\b"
)
_PRONOUN_AFTER_RE = rx(r"\s*(?:it|them|that|this)\b")


def _points_at_test(norm: str, index: int) -> bool:
    """True when a test is named after the last medicine before ``index``: the "it" of "ask your
    doctor for it" there is the test."""
    drugs = list(DRUG_RE.finditer(norm, max(0, index - 200), index))
    return bool(
        _TEST_NOUN_RE.search(norm, drugs[-1].end() if drugs else max(0, index - 200), index)
    )


_IT_WORDS = (
    *(" about it", " for it", " about them", " for them", " on it", " on them", " onto it"),
    " on that",
)
# The words that call an order settled: "..., job done", "that's the trick". A recipe ends on
# them (_RECIPE_TAG_RE); an insisted order carries them anywhere (_INSIST_MARK_RE).
_SETTLED = r"job\s+done|that'?s\s+the\s+(?:whole\s+)?(?:cure|fix|answer|trick|deal|secret)"
# A recipe closed by its promise: "no more Piriton, job done", "cut screens and a bath at 7.
# Sorted." (in the sentence, or a sentence of its own after it).
_RECIPE_TAG_RE = rx(
    rf"""(?:^|[,.;:!-]\s*|\band\s+)(?:{_SETTLED}|sorted|problem\s+solved|simple\s+as(?:\s+that)?
    |easy\s+as\s+that|done\s+and\s+dusted|that'?s\s+(?:it|all)
    # the promise: "tummy time before bed and a dream feed at 10, she'll sleep through it"
    |(?:he|she|they|you|u|ya)(?:'ll|\s+will)\s+(?:sleep|settle|drop\s+off|be\s+out|stop\s+(?:kicking|jerking
      |twitching|jumping))(?:\s+[\w']+){{0,4}}?)
    \s*[.!x]*$"""
)
_RECIPE_WORDS = (
    *("job done", "sorted", "solved", "simple as", "easy as", "dusted", "that's", "thats"),
    *("'ll sleep", "'ll settle", "'ll drop", "'ll be out", "'ll stop", "will sleep", "will settle"),
)
# "they want to start her on iron" tells the clinic's plan (a clinician named in the post).
_THEY_WANT_RE = rx(r"\bthey\s+want\s+to\b")
_CLINICIAN_RE = rx(rf"\b{CLINICIAN}s?\b")
# The same orders in the other languages members write in (Spanish, French, German,
# Tagalog): start, stop or give a medicine, or ask the doctor to prescribe one.
_MED_FOREIGN_RE = rx(
    rf"""(?P<verb>
      empie[zc]a(?:n|d)?\s+a\s+dar(?:le|les)?|d[ée]ja(?:le)?\s+de\s+dar(?:le|les)?|qu[ií]ta(?:le|les)
      |suspend(?:e|ed|an)
      # "dale" is also a name ("my husband Dale takes magnesium"): only before Spanish words
      |(?:dale|dele|denle|dadle)(?=\s+(?:el|la|los|las|un|una|unos|unas|su|sus|media|medio|algo|de|m[aá]s)\b|\s+{DRUG})
      # "que le pida al médico Rivotril", "demandez directement du Keppra" (not "demandez
      # à votre médecin si...": a question for their doctor)
      |(?:que\s+le\s+pida|p[ií]dele|pide)\s+al?\s+(?:m[eé]dico|pediatra|neur[oó]logo|doctor)(?!\s+si\b)
      |demandez(?!(?:\s+\S+){{0,4}}?\s+si\b)
      |prueba\s+(?:con|a\s+darle)|p[oó]n(?:le|la|lo)(?=\s)|d[ií]le\s+que\s+(?:deje|pare|quite|baje|suba)
      |p[ií]de(?:le)?\s+al
        \s+(?:m[eé]dico|pediatra|neur[oó]logo)\s+que\s+(?:le\s+)?(?:recete|d[eé]|ponga|mande)
      |demandez?\s+(?:au|[aà]\s+(?:votre|ton|son))\s+(?:m[eé]decin|p[eé]diatre|neurologue|docteur)
        \s+(?:de\s+(?:la|le|les|lui)?\s*(?:mettre|prescrire|donner|passer|essayer))
      |arr[eê]tez|arr[eê]te\s+(?:le|la|les)|donnez(?:-lui)?|donne(?:-lui)?|essayez|commencez
        |mettez(?:-la|-le)?\s+(?:sous|au)
      |nimm|nehmt|nehmen\s+sie|gib|gebt|geben\s+sie|setz(?:t|en\s+sie)?|probier(?:t|en\s+sie)?
      |bigyan|painumin|pahiran|ipahid|ibigay|subukan)
    \b,?(?:\s+\S+){{0,6}}?\s+(?:[ld]')?{DRUG}"""
)
# More orders of the other languages (Tagalog "itigil", Portuguese, first-person conditionals,
# "in your place"), scanned only when the sentence holds one of _FOREIGN_MORE_WORDS.
_MED_FOREIGN_MORE_RE = rx(
    rf"""\b(?P<verb>
      itigil|ihinto
      # Portuguese: "para de dar o antialérgico", "tira o xarope", "começa a dar magnésio"
      |par[ae]\s+de\s+dar|tir[ae]|come[cç][ae]\s+a\s+dar|experimente
      # "I'd give / I'd stop" in the first person conditional: "eu daria meio comprimido de
      # melatonina", "yo le bajaría la melatonina", "moi j'arrêterais l'Atarax"
      |(?:eu\s+)?(?:daria|tiraria|pararia|trocaria)|(?:yo\s+)?(?:le\s+)?(?:dar[ií]a|quitar[ií]a|bajar[ií]a
        |cambiar[ií]a)|(?<!ne\s)(?:je\s+)?(?:lui\s+)?(?<!ne\s)(?:donnerais|mettrais|changerais|baisserais)|j'arr[eê]terais
      # "in your place I'd...": à votre place, an deiner Stelle, yo que tú, no seu lugar
      |[àa]\s+(?:votre|ta)\s+place|an\s+(?:deiner|ihrer)\s+stelle|yo\s+que\s+(?:t[uú]|usted)
      |en\s+tu\s+lugar|(?:eu\s+)?no\s+seu\s+lugar|se\s+fosse\s+(?:voc[eê]|eu)|kung\s+ako\s+sa\s*'?(?:yo|iyo))
    \b,?(?:\s+\S+){{0,6}}?\s+(?:[ld]')?{DRUG}"""
)
_FOREIGN_MORE_WORDS = (
    *("itigil", "ihinto", "de dar", "a dar", "tir", "experimente", "ria", "ría", "rais", "j'arr"),
    *("place", "stelle", "yo que", "lugar", "fosse", "kung"),
)
# Hindi word order, the order after the medicine: "Benadryl syrup mat do" (don't give it),
# "yeh tablet band karo" (stop it), "melatonin de do" (give it); scanned only beside these words.
_HINGLISH_VERB = r"""mat\s+(?:do|dena|de|dijiye|khilao|pilao)|band\s+(?:karo|kar\s+do
      |kardo|kijiye|kar\s+dijiye)|de\s+do|dedo|de\s+dijiye|dijiye|khilao|khila\s+do|pilao|pila\s+do
      |chalu\s+karo|shuru\s+karo"""
_MED_HINGLISH_RE = rx(rf"{DRUG}(?:\s+\S+){{0,3}}?\s+(?P<verb>{_HINGLISH_VERB})\b")
_HINGLISH_WORDS = ("mat ", "band ", "de do", "dedo", "dijiye", "khila", "pila", "chalu", "shuru")
# The order itself, searched first: the pattern starts at any letter (with its medicine), so a
# sentence with "husband " but no such order skips that slower scan.
_HINGLISH_VERB_RE = rx(rf"(?:{_HINGLISH_VERB})\b")
# Words of the orders that name no medicine (regimens, "cut the dose", "double it") and the
# first words of DRUG forms that are not whole words ("anti", "sleeping"): a sentence that
# names a medicine is found by names_drug(), so no medicine name is listed twice.
_MED_KEYWORDS = wordset(
    """anti b vitamin htp theanine gripe double halve triple tummy stomach front side belly swaddle
    wrap unswaddle gluten dairy wheat sugar cow cow's food additives did same do ask request
    haced faites bring co-sleep cosleep latonine magn sleeping dicaments dicament comprim milk
    formula diet copy follow too tight head pillow omega fish epsom lavender wake passion rescue
    kali hyland antial antihistam deworming release feeds bottle bottles caffeine coffee coke
    cola drinks sweets lollies candy chocolate screens almonds ghee honey banana bananas coconut
    turmeric haldi weighted bath baths swaddling telly tv ipad squash naps bag sack grobag gro-bag
    nap ventre couchez couchez-la couchez-le mettez-la mettez-le abajo tea tell feed eat
    drink beer beers booze alcohol wine nightcap nightcaps drinking lado costado arriba
    caf cafe pantallas pantalla crans cran az sucre siestas siesta bedtime"""
)
_I_WE_RE = rx(r"\b(?:i|we)\b")
# "give more motrin and wait?" with no "you" in it is the writer asking about their own child.
_YOU_RE = rx(r"\b(?:you|u|ya|your|ur|y'all|vous|usted|t[uú]|du|ihr)\b")
# An amount without a unit ("1 Restavit", "media cucharadita", "half the dose"): the dose
# detector has the sentence, so it is not counted twice.
_AMOUNT_TAIL_RE = rx(
    rf"""(?:\b\d+(?:[.,]\d+)?|\bhalf|\ba\s+quarter|\bmedi[ao]|\bdemi|\bhalbe[nr]?|\bone|\btwo)\s+
      (?:(?:a|an|the|of|de|du)\s+)?(?:\w+\s+)?(?:{DRUG}|dose|cucharaditas?|teel[oö]ffel|cuill[eè]res?)
    |\bcucharadita|\bteel[oö]ffel|\bcuill[eè]re"""
)
# "cut the dose in half", "double it" have no drug word after them but still direct a change.
_MED_DOSE_CHANGE_RE = rx(
    CLAUSE_START
    + r"(?P<verb>cut|halve|double|lower|reduce|increase|up)\s+(?:the|his|her|your)\s+dose\b"
    + r"|\band\s+(?P<verb2>double|halve|triple)\s+it\b"
)


# What is cut for someone else's child or partner: feeds, drinks, sweets, screens (a partner's
# drink too: "get him to cut out the beers", "ditch the nightcap").
_CUT_THINGS = r"""(?:feeds|bottles?|caffeine|coffee|energy\s+drinks?|fizzy\s+drinks?|coke|cola
    |sweets|beers?|booze|alcohol|wine|nightcaps?|red\s+bulls?|drinking|tea|lollies|candy|chocolate|screens)"""


# Regimens for someone else's child or partner that name no medicine: a sleep position,
# swaddling, a diet, an endorsement of another member's plan, a drug asked for on their behalf.
_REGIMEN_BODY = rf"""(?:do\s+not\s+|don'?t\s+|never\s+)?(?P<verb>
      (?:put|lay|lie|have|let|keep|make|get)\s+(?:{PERSON}|baby|bub)\s+(?:down\s+)?(?:to\s+)?
        (?:(?:sleep\s+)?on\s+(?:his|her|their|its|the|a)\s+(?:tummy|stomach|front|belly)
        |sleep\s+on\s+(?:his|her|their|its|the|a)\s+side)
      # (not "roll her onto her side": that is first aid while waiting for help)
      |(?:put|pop|lay|lie|have|let|keep|make|get)\s+(?:{PERSON}|baby|bub)\s+(?:down\s+)?(?:to\s+sleep\s+)?
        on\s+(?:(?:his|her|their|its|the)\s+)?(?:left|right)\s+side\s+(?:to|for|when|at|during|in)
        \s+(?:sleep|naps?|night|bed)
      # scheduled waking: "wake her 15 min before it usually starts"
      |wake\s+(?:{PERSON}|baby|bub)\s+(?:up\s+)?(?:\d+|a\s+few|half\s+an?|an?)\s*(?:-\s*\d+\s*)?
        (?:min(?:ute)?s?|hours?|hrs?)\s+(?:before|earlier)
      # side sleeping propped with a towel (not "put him on his side", first aid in a fit)
      |(?:put|pop|lay|lie|prop|sleep)\s+(?:{PERSON}|baby|bub)\s+(?:down\s+)?(?:on|onto)\s+(?:his|her|their|its)
        \s+side\s+(?:\S+\s+){{0,3}}?(?:rolled|towel|wedge|pillow|blanket)
      |(?:acu[ée]sta(?:la|lo|le)|p[oó]n(?:la|lo|le)|(?:yo\s+)?(?:la|lo|le)\s+(?:acostar|pondr)[ií]a)
        \s+de\s+(?:lado|costado)\s+
        (?:\S+\s+){{0,3}}?(?:toall\w*|enrollad\w*|coj[ií]n|almohad\w*|manta)
      |(?:pop|sit|prop|roll|turn)\s+(?:{PERSON}|baby|bub)\s+(?:up\s+)?(?:onto|on)\s+(?:his|her|their
        |its|the|a)\s+(?:tummy|stomach|front|belly|pillow|wedge)
      |swaddle|wrap\s+(?:him|her|them|the\s+baby)|unswaddle
      # a sleeping bag, fewer naps: "pop him in a sleeping bag", "cut her down to one nap"
      |(?:put|pop|zip)\s+(?:{PERSON}|baby|bub)\s+in(?:to)?\s+(?:a\s+)?(?:sleeping\s+bag|sleep\s+sack|gro-?bag)
      |(?:try\s+)?cut(?:ting)?\s+(?:{PERSON}|baby|bub)\s+down\s+to\s+(?:one|1|two|2)\s+(?:day\s+)?naps?
      # "make his bedtime earlier", "move her bedtime back half an hour"
      |(?:make|move|bring|push)\s+(?:his|her|their|the|your)\s+bedtime\s+(?:\S+\s+){{0,3}}?(?:earlier|later
        |forward|back)
      # French and Spanish sleep positions: "couchez-la sur le ventre", "acuéstalo boca abajo"
      |(?:couchez|couche|mettez|mets)-(?:la|le|les)\s+sur\s+le\s+(?:ventre|c[ôo]t[ée])
      |(?:acu[ée]sta(?:la|lo|le)|pon(?:la|lo|le))\s+(?:a\s+dormir\s+)?boca\s+(?:abajo|arriba)
      |(?:cut\s+out|keep\s+{PERSON}\s+off|take\s+{PERSON}\s+off|go|try|stop|ditch|drop)
        \s+(?:all\s+|the\s+|any\s+|an?\s+|anything\s+with\s+)?(?:added\s+)?
        (?:gluten|dairy|wheat|sugar|cow'?s\s+milk|food\s+colou?rings?|additives)(?:[\s-]+free)?
      # feeds, drinks and screens cut for someone else's child or partner: "drop the night feeds"
      |(?:cut\s+out|cut\s+(?:back|down)\s+on|(?:keep|take|get)\s+{PERSON}\s+off|stop|ditch|drop|ban
        |limit)\s+(?:all\s+|the\s+|any\s+|his\s+|her\s+|their\s+)?(?:night\s+|late\s+|evening\s+|bedtime\s+
        |dream\s+|milk\s+)?(?:(?:glass|cup|mug|can|pint)\s+of\s+)?{_CUT_THINGS}
      # feeds scheduled for someone else's baby: "feed him every 2 hours through the night"
      |feed\s+(?:{PERSON}|baby|bub)\s+(?:every|more\s+often|less\s+often|through\s+the\s+night|before\s+(?:bed|sleep))
      # a diet for the reader: "drink plenty of pap", "eat more red meat", "eat ugu every day"
      |(?:eat|drink)\s+(?:plenty\s+of|lots\s+of|loads\s+of|more)\s+(?!(?:and|or|to|if|than|often|yourself
        |when|while|for|at|in|the)\b)[\w-]+
      |(?:eat|drink)\s+(?!(?:and|or|to|if|it|something|anything|well|properly|the)\b)[\w-]+\s+(?:every\s+(?:day|night|morning)|daily|twice\s+a\s+day)
      # a food given as a remedy: "give her almonds soaked overnight", "give him milk with haldi"
      |give\s+{PERSON}\s+(?:some\s+|more\s+|a\s+(?:glass|cup|bowl|handful)\s+of\s+)?(?:soaked\s+|warm\s+)?
        (?:almonds|ghee|honey|bananas?|coconut\s+water|turmeric|haldi|milk\s+with)
      |(?:move|switch|swap|change|put|get)\s+{PERSON}\s+(?:on|over\s+)?(?:to|onto)\s+
        (?:a\s+)?(?:oat|soy|soya|almond|rice|goat'?s?|lactose[\s-]free|dairy[\s-]free|hypoallergenic
          |gluten[\s-]free|sugar[\s-]free|special|comfort|anti-?reflux|ar)\s+(?:milk|formula|diet)
      |(?:do|try|copy|follow)\s+(?:exactly\s+)?what\s+(?:we|i|she|he|they)\s+did
      # the recipe told, then "do that for a couple of weeks", "do that and you'll see"
      |do\s+(?:that|this|it)\s+(?:for\s+(?:a|an|one|two|three|\d+)\s+(?:couple\s+of\s+|few\s+)?(?:days|nights
        |weeks?|months?|fortnight)|every\s+(?:night|day|evening)|and\s+(?:you|u|he|she|they)(?:'ll|\s+will))
      |do\s+(?:it\s+)?(?:exactly\s+)?as\s+(?:we|i)\s+did|do\s+exactly\s+(?:this|that)
      # not the update asked for: "please do the same when you know more"
      |do\s+the\s+same(?!\s+(?:when|once|if|as\s+soon\s+as)\s+(?:you|u)\s+(?:know|hear|find|get|can|have))
      |just\s+do\s+it|haced\s+lo\s+mismo|faites\s+(?:comme|pareil|la\s+m[eê]me)
      |bring\s+{PERSON}\s+into\s+(?:your|the)\s+bed|co-?sleep
      |(?:ask|request|tell)\s+(?:(?:your|his|her|their|the)\s+)?{CLINICIAN}\s+(?:for|to\s+(?:prescribe
        |start|put|give|swap|switch|double|increase|up|add|change|move|lower|reduce|raise|wean
        |taper))\s+{NOT_A_DRUG_REQUEST}
    )\b"""
_REGIMEN_RE = rx(CLAUSE_START + _REGIMEN_BODY)
# Floated: "might be worth cutting out the evening glass of wine", "maybe swaddle him?"
# (the body in its -ing form after "worth": see words.SUGGESTION).
_REGIMEN_GERUND = rf"""
    (?:cutting\s+out|cutting\s+(?:back|down)\s+on|stopping|ditching|dropping|limiting|banning|skipping)
    \s+(?:all\s+|the\s+|any\s+|his\s+|her\s+|their\s+)?(?:night\s+|late\s+|evening\s+|bedtime\s+)?
    (?:(?:glass|cup|mug|can|pint)\s+of\s+)?(?:{_CUT_THINGS}|dairy|gluten|sugar)\b
    |swaddling\s+(?:him|her|them)\b"""
_REGIMEN_FLOATED_RE = rx(rf"{SUGGESTION}(?:{_REGIMEN_BODY}|(?P<verb2>{_REGIMEN_GERUND}))")
# The same after "you should", "she needs to", "I'd": "you should try a gluten free diet".
_REGIMEN_ADVISED_RE = rx(rf"\b(?:{MODAL}|{ADVISORY_FIRST_PERSON})" + _REGIMEN_BODY)
# Words each pattern needs (as substrings), so the patterns a sentence cannot match never
# scan it: the dose changes name "dose" or double/halve/triple, and every regimen one of
# these (the medicine patterns need a drug: DRUG_RE).
_DOSE_CHANGE_WORDS = ("dose", "double", "halve", "triple")
_REGIMEN_WORDS = (
    *("tummy", "stomach", "front", "belly", "side", "swaddle", "wrap", "wake"),
    *(
        "sleeping bag",
        "bedtime",
        "sleep sack",
        "grobag",
        "gro-bag",
        "nap",
        "ventre",
        "abajo",
        "arriba",
        "lado",
        "costado",
    ),
    *("gluten", "dairy", "wheat", "sugar", "cow", "food", "additives"),
    *(
        "did",
        "exactly",
        "same",
        "just",
        "haced",
        "faites",
        "bring",
        "sleep",
        "ask",
        "request",
        "tell",
    ),
    *("pillow", "wedge", "milk", "formula", "diet", "feeds", "bottle", "caffeine", "coffee"),
    *("drinks", "coke", "cola", "sweets", "lollies", "candy", "chocolate", "screens", "almonds"),
    *("ghee", "honey", "banana", "coconut", "turmeric", "haldi"),
    *("beer", "booze", "alcohol", "wine", "nightcap", "red bull", "drinking", "tea"),
    *("feed", "eat", "drink"),
    *("do that ", "do this ", "do it "),
)
# Words one of MODAL or ADVISORY_FIRST_PERSON needs (as substrings).
_ADVISED_WORDS = (
    *("should", "shud", "need", "must", "have to", "has to", "ought", "gotta", "better"),
    *("'d", "would", "want", "could", "advice", "best bet", "were you", "id "),
    *("were mine", "was mine", "were my", "was my", "shoes"),
)


# A named medicine put to their doctor on their behalf: "mention clonazepam to the neuro",
# "push for a pregabalin script", "could you ask her neuro about switching to X / about X
# instead?" (not "ask your GP about iron tests", nor the writer's own "our neuro").
_BEHALF_LEAD = rf"""(?:{CLAUSE_START}|{MODAL}|{ADVISORY_FIRST_PERSON}|{_SUGGESTION_LEAD}
    |{SUGGESTION}|\bcould\s+(?:you|u|ya)\s+(?:maybe\s+|just\s+|not\s+)?)"""
_THEIR_CLINICIAN = rf"(?:your|ur|the|his|her|their)\s+(?:\w+\s+)?{CLINICIAN}s?\b"
# A medicine mentioned to the doctor so they know it is being taken, no change asked: "I'd
# mention the Phenergan to the paed too so they've got the whole picture".
_INFORM_TAIL_RE = rx(
    r"""\s*(?:\w+\s+){0,2}?(?:so\s+(?:that\s+)?(?:they|he|she|the\s+\w+)(?:'ve|'s|\s+(?:know|knows|have|has|can\s+see
    |are\s+aware|is\s+aware|see)\b)|(?:for|in|of)\s+the\s+(?:whole|full|bigger|complete)\s+picture\b
    |for\s+(?:the\s+|their\s+)?(?:record|records|notes|file)\b|(?:as|so)\s+(?:they|he|she)\s+(?:know|knows)\b)"""
)
# What is asked of their doctor (the verb and its object). Found on its own first: its
# literal words let a sentence without it skip the slower scan of the leads before it.
_BEHALF_VERB = rf"""
      (?:mention|suggest|raise|float|bring\s+up|put\s+forward)\s+(?:[\w-]+\s+){{0,2}}?{DRUG}
        \s+(?:to|with)\s+{_THEIR_CLINICIAN}
      |push\s+(?:hard\s+|them\s+|him\s+|her\s+)?for\s+(?:a\s+|an\s+|some\s+)?(?:[\w-]+\s+)?{DRUG}{_NOT_A_REVIEW}
      # "see if the paed will trial her on gabapentin", "see if the GP'll write him up for iron"
      |see\s+if\s+{_THEIR_CLINICIAN}(?:'ll|\s+(?:will|would|can|could|might))\s+(?:trial|try|start|put|give
        |prescribe|write)\s+(?:(?:him|her|them)\s+)?(?:up\s+)?(?:on(?:to)?\s+|for\s+)?(?:a\s+|the\s+|some\s+)?
        (?:[\w-]+\s+)?{DRUG}
      # (their doctor may go unnamed: "ask about moving to the rotigotine patch", "ask them about
      # adding B6")
      |ask\s+(?:{_THEIR_CLINICIAN}\s+|them\s+|him\s+|her\s+)?about\s+(?:(?:trying|switching\s+to|swapping\s+to
        |changing\s+to|adding
        |moving\s+(?:\w+\s+)?(?:on)?to|starting(?:\s+\w+\s+on)?|putting\s+\w+\s+on|going\s+on(?:to)?
        |a\s+(?:trial|script|prescription)\s+(?:of|for))\s+(?:the\s+|some\s+)?(?:[\w-]+\s+)?{DRUG}
        |(?:[\w-]+\s+)?{DRUG}\s+(?:instead|with|alongside|on\s+top|as\s+well))
      # "ask to switch to Wellbutrin", "ask them if they can move her over to Keppra"
      |ask\s+(?:{_THEIR_CLINICIAN}\s+|them\s+|him\s+|her\s+)?(?:to|if\s+(?:they|he|she)\s+(?:can|could|will))
        \s+(?:switch|swap|change|move|trial|start|try|add)\s+(?:(?:him|her|them|you|u)\s+)?(?:over\s+)?
        (?:on)?(?:to\s+)?(?:the\s+|some\s+)?(?:[\w-]+\s+)?{DRUG}"""
_BEHALF_VERB_RE = rx(_BEHALF_VERB)
_BEHALF_DRUG_RE = rx(rf"{_BEHALF_LEAD}(?P<verb>{_BEHALF_VERB})")
# Another member's medicine endorsed: "yep this, especially the melatonin", "the magnesium
# really is the key" (not "for us the melatonin was the key": see _FOR_US_RE).
# Its forms' own words, each in one of them: "especially", "+1", "is the key", "defo the".
_ENDORSE_ESPECIALLY = r"(?:especially|esp\.?|particularly|mainly)\s+"
_ENDORSE_PLUS = r"\+\d+\s+"
_ENDORSE_CLAIM = r"""(?:is|'s|are)\s+(?:the\s+|a\s+|an\s+)?(?:key|answer|trick|way\s+to\s+go
        |game[\s-]?changer|life[\s-]?saver|must|winner|best\s+bet|one\s+to\s+(?:try|go\s+for))\b"""
_ENDORSE_DEFO = r"(?:defo|deffo|def)\s+the\s+"
_ENDORSE_DRUG_RE = rx(
    rf"""(?:(?:^|[.!?,;:]\s*)(?:(?:yep|yes|yeah|yup|totally|definitely|defo|this|\^+|ditto|seconded
        |exactly|100%|agreed?)[\s,.!]*)+{_ENDORSE_ESPECIALLY}(?:the\s+)?
        (?P<verb>(?:[\w-]+\s+)?{DRUG})
      # "+1 to the magnesium", "+100 to the melatonin comment above"
      |(?:^|\s){_ENDORSE_PLUS}(?:to\s+)?(?:the\s+|this\s+|that\s+|all\s+the\s+)?(?P<verb3>(?:[\w-]+\s+)?{DRUG})
      |(?P<verb2>(?:the\s+)?{DRUG})\s+(?:really\s+|honestly\s+|definitely\s+|truly\s+|totally\s+)?
        {_ENDORSE_CLAIM}
      # the whole answer to "which one?": "defo the magnesium lol" (not "definitely calcium")
      # ("100% the Benadryl." answers "could it be related?": a verdict; a laugh or kiss closes it)
      |(?:^|[.!?,;:]\s*){_ENDORSE_DEFO}(?P<verb4>{DRUG})
        (?=\s*(?:lol|lmao|haha\w*|x+|tbh)\s*[.!]*\s*$))"""
)
# Every _ENDORSE_DRUG_RE match holds one of its forms' own words: a sentence without them
# skips the slower scan (its third form may start at any letter).
_ENDORSE_MARK_RE = rx("|".join((_ENDORSE_ESPECIALLY, _ENDORSE_PLUS, _ENDORSE_CLAIM, _ENDORSE_DEFO)))
_VERB_GROUPS = ("verb", "verb2", "verb3", "verb4")
# The medicine as the whole answer, with the tag that vouches for it, in the same sentence or the
# next: "melatonin. trust.", "iron, no contest", "Magnesium. Ye'll thank me" (not "magnesium every
# time for us": see _pointed_back).
_ENDORSE_TAG_RE = rx(
    rf"""(?:^|[.!?,;:]\s*)(?:the\s+)?(?P<verb>{DRUG})[\s,.!:;-]+(?:trust(?:\s+me)?|no\s+contest
    |hands\s+down|every\s+(?:time|day\s+of\s+the\s+week)|all\s+the\s+way
    |(?:you|ye|ya|u)(?:'ll|\s+will|ll)\s+thank\s+me)\b
    (?!\s*(?:for|with)\s+(?:us|me|mine|ours|my|our)\b)"""
)
_ENDORSE_TAG_WORDS = (
    *("trust", "contest", "hands down", "every time", "every day", "all the way", "thank me"),
)
# "Why is he still on melatonin? That's what I'm asking our neuro": the writer's own child.
_OWN_ASKING_RE = rx(
    rf"""\b(?:our|my)\s+(?:\w+\s+)?{CLINICIAN}s?\b|\b(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:going\s+to\s+)?ask"""
)
_AMOUNT_CHANGE_VERBS = ("doubl", "halv", "tripl")
# "alternate with nurofen every 3 hours": a schedule, the dose detector's (see _rules).
_EVERY_HOURS_RE = rx(r"\bevery\s+\S+\s+(?:hours?|hrs?|h)\b")
# Substrings each of the two patterns above needs.
_BEHALF_WORDS = (
    *("mention", "suggest", "raise", "float", "bring", "push", "ask", "forward", "see if"),
)
_ENDORSE_WORDS = (
    *("especially", "esp", "particularly", "mainly", "+", "key", "answer", "trick", "way to go"),
    *("changer", "saver", "must", "winner", "best bet", "one to", "def", "100%"),
)
_FOR_US_RE = rx(r"\b(?:for|with)\s+(?:us|me|mine|ours|my\s+\w+|our\s+\w+)\b|\b(?:was|were)\b")


def _patterns_for(sentence: str) -> list[re.Pattern[str]]:
    """The directive patterns that can match ``sentence`` (the others cannot: see above)."""
    patterns = []
    if names_drug(sentence):
        patterns += (_MED_IMPERATIVE_RE, _MED_MODAL_RE)
        if "have" in sentence:
            patterns.append(_MED_SUGGEST_BARE_RE)
        if any(map(sentence.__contains__, _PRONOUN_VERB_WORDS)):
            patterns.append(_MED_PRONOUN_RE)
        patterns.append(_MED_FOREIGN_RE)
        if any(map(sentence.__contains__, _FOREIGN_MORE_WORDS)):
            patterns.append(_MED_FOREIGN_MORE_RE)
        if suggests(sentence):
            patterns.append(_MED_FLOATED_RE)
        if any(map(sentence.__contains__, _BEHALF_WORDS)) and _BEHALF_VERB_RE.search(sentence):
            patterns.append(_BEHALF_DRUG_RE)
        if any(map(sentence.__contains__, _ENDORSE_WORDS)) and _ENDORSE_MARK_RE.search(sentence):
            patterns.append(_ENDORSE_DRUG_RE)
        if "why" in sentence:
            patterns.append(_MED_WHY_ON_RE)
        if any(map(sentence.__contains__, ("reason", "how come", "why"))):
            patterns.append(_MED_NOT_YET_RE)
        if _BIN_IT_HINT_RE.search(sentence):
            patterns.append(_MED_BIN_IT_RE)
        if "need" in sentence:
            patterns.append(_MED_NEEDS_RE)
        if " go" in sentence:
            patterns.append(_MED_MUST_GO_RE)
        if any(map(sentence.__contains__, _FIX_WORDS)):
            patterns.append(_MED_THE_FIX_RE)
        if "be on" in sentence:
            patterns.append(_MED_SHOULD_BE_ON_RE)
        asks_why_not = " not " in sentence or "n't" in sentence or "surely" in sentence
        if asks_why_not and _CLINICIAN_RE.search(sentence):
            patterns.append(_MED_DOCTOR_NOT_RE)
        if " is " in sentence and ("i'd" in sentence or "i would" in sentence or "id " in sentence):
            patterns.append(_MED_WHAT_ID_RE)
        if any(map(sentence.__contains__, _HINGLISH_WORDS)) and _HINGLISH_VERB_RE.search(sentence):
            patterns.append(_MED_HINGLISH_RE)
    if any(map(sentence.__contains__, _NO_MORE_WORDS)):
        patterns.append(_MED_NO_MORE_RE)
    if any(map(sentence.__contains__, _SUGGEST_REGIMEN_WORDS)):
        patterns.append(_MED_SUGGEST_REGIMEN_RE)
    if any(map(sentence.__contains__, _DOSE_CHANGE_WORDS)):
        patterns.append(_MED_DOSE_CHANGE_RE)
    if any(map(sentence.__contains__, _IF_MINE_WORDS)):
        patterns.append(_MED_IF_MINE_RE)
    if "should" in sentence:
        patterns.append(_MED_YOU_TOO_RE)
    if any(map(sentence.__contains__, _REGIMEN_WORDS)):
        patterns.append(_REGIMEN_RE)
        if suggests(sentence):
            patterns.append(_REGIMEN_FLOATED_RE)
        if any(map(sentence.__contains__, _ADVISED_WORDS)):
            patterns.append(_REGIMEN_ADVISED_RE)
    return patterns


# "Please don't stop her medicine without her doctor" keeps someone to their own doctor:
# a negated directive in a post that points back to the doctor is a caution, not advice.
# (not "don't you think it's time to...": a suggestion asked as a question)
_NEGATED_RE = rx(
    r"\b(?:do\s+not|don'?t|never|please\s+no)\b(?!\s+(?:you|u)\s+(?:think|reckon|agree)\b)"
)
_DEFER_RE = rx(
    rf"""\bwithout\b|\bon\s+(?:forum|a\s+stranger)|\bbased\s+on\b|\bsuddenly\b|\byourself\b
    |\bon\s+your\s+own\b|\b(?:ask|talk\s+to|call|consult|check\s+with)\s+(?:your|his|her|their|the)\b
    |\b(?:your|his|her|their)\s+own\s+{CLINICIAN}
    # who decides: "his doctor has to decide that", "it's up to her neuro"
    |\bdecides?\b|\b(?:up\s+to|only)\s+(?:his|her|their|your|the)\s+(?:own\s+)?{CLINICIAN}"""
)


# "Take all her medicines to her doctor": the medicines brought along, not taken.
_BRINGING_RE = rx(
    rf"""\s*(?:[\w-]+\s+){{0,3}}?(?:to|with|along\s+to)\s+(?:the|her|his|your|their|our|an?)\s+(?:\w+\s+)?
    (?:{CLINICIAN}s?|appointment|review|a&e|er|hospital)\b"""
)
_NOT_NARRATIVE = (
    *(_MED_MODAL_RE, _MED_FLOATED_RE, _MED_SUGGEST_BARE_RE, _MED_PRONOUN_RE, _ENDORSE_DRUG_RE),
    *(_MED_WHY_ON_RE, _MED_HINGLISH_RE, _MED_NEEDS_RE, _MED_WHAT_ID_RE, _MED_NOT_YET_RE),
    *(_MED_IF_MINE_RE, _MED_SHOULD_BE_ON_RE, _MED_DOCTOR_NOT_RE, _MED_THE_FIX_RE, _MED_MUST_GO_RE),
    *(_MED_SUGGEST_REGIMEN_RE, _REGIMEN_FLOATED_RE, _MED_YOU_TOO_RE),
)


def _not_a_directive(pattern: re.Pattern[str], sentence: str, verb: str, index: int) -> bool:
    """A verb that is not an order: a report ("we stopped...") or the subject of the
    sentence ("Stopping it suddenly is risky")."""
    if pattern in _NOT_NARRATIVE:
        return False
    first = verb.split()[0]
    return narrative_before(sentence, index) or (first.endswith("ing") and first != "bring")


# The hedge that makes advice a question: "I wonder if it might be worth leaving out the
# Piriton?" is not the writer's own question ("I wonder if I should stop it?" still is).
# So is the disclaimer before it: "I'm not medical at all but I wonder if...".
_WONDER_RE = rx(
    r"""\bi(?:'m|\s+am|\s+was)?\s+(?:just\s+)?wonder(?:ing)?\s+(?:if|whether)\b
    |\bi'?m\s+(?:not|no)\s+(?:\w+\s+){0,2}?(?:medical|a\s+doctor|a\s+nurse|an?\s+expert|expert|doctor
      |nurse|qualified)\b"""
)


def _med_sentences(prep: Prepared) -> Iterator[tuple[int, str]]:
    """The sentences holding a keyword or a medicine (DRUG), the French elided forms included
    ("l'Atarax", "d'iron" are one token each), and "if it were mine..." (see _MED_IF_MINE_RE)."""
    for (start, end), words in zip(prep.sentences, prep.words, strict=True):
        sentence = prep.norm[start:end]
        if (
            words & _MED_KEYWORDS
            # every medicine DRUG names, not only the ones the keywords list
            or names_drug(sentence)
            or ("'" in sentence and any(_elided_keyword(w) for w in words if "'" in w))
            or ("mine" in words or "my" in words)
            and any(map(sentence.__contains__, _IF_MINE_WORDS))
        ):
            yield start, sentence


_ELISIONS = frozenset(("l'", "d'", "j'", "m'", "s'"))


def _elided_keyword(word: str) -> bool:
    return word[:2] in _ELISIONS and word[2:] in _MED_KEYWORDS


def rules(text: str) -> list[Span]:
    return list(_rules(text))


@functools.lru_cache(maxsize=16)
def _rules(text: str) -> tuple[Span, ...]:
    """Find instructions to start, stop or change someone else's medicine or supplement.

    Only imperative clauses ("stop the keppra"), modal advice ("you should get her off
    the keppra") and advisory conditionals ("I'd quit the antidepressants") count.
    Reported instructions from one's own doctor ("we were told to wean her off") are
    not imperative and do not match. Regimens without a medicine (a sleep position,
    swaddling, a diet, "do what we did", a drug asked of their doctor on their behalf)
    count the same way. A negated change in a post that points back to the doctor ("please
    don't stop it without her neuro") and words in quotation marks are cautions, not advice.
    A directive that carries a dose is left to the dose detector so one sentence is not
    counted twice.
    """
    spans: list[Span] = []
    prep = list_items_as_clauses(prepare(text))
    defers = bool(_DEFER_RE.search(prep.norm))
    for start, sentence in _med_sentences(prep):
        if is_question(sentence) and _I_WE_RE.search(_WONDER_RE.sub(" ", sentence)):
            continue
        if defers and _NEGATED_RE.search(sentence):
            continue
        own_question = is_question(sentence) and not _YOU_RE.search(sentence)
        for pattern in _patterns_for(sentence):
            if own_question and pattern is _MED_IMPERATIVE_RE:
                continue
            for m in pattern.finditer(sentence):
                group = next(g for g in _VERB_GROUPS if g in m.re.groupindex and m.group(g))
                a, b = m.start(group), m.end()
                if quoted(sentence, a) or _not_a_directive(pattern, sentence, m.group(group), a):
                    continue
                if pattern is _MED_IMPERATIVE_RE and clinician_did(sentence, a):
                    continue
                if pattern in (_MED_PRONOUN_RE, _MED_SHOULD_BE_ON_RE) and _REPORTED_RE.search(
                    sentence, 0, a
                ):
                    continue
                if (
                    pattern is _MED_MODAL_RE
                    and _THEY_WANT_RE.search(sentence, m.start(), a)
                    and _CLINICIAN_RE.search(prep.norm)
                ):
                    continue
                if pattern is _ENDORSE_DRUG_RE and _FOR_US_RE.search(sentence):
                    continue
                if pattern is _BEHALF_DRUG_RE and _INFORM_TAIL_RE.match(sentence, b):
                    continue
                if (
                    pattern in (_REGIMEN_RE, _REGIMEN_ADVISED_RE)
                    and _PRONOUN_AFTER_RE.match(sentence, m.end())
                    and _points_at_test(prep.norm, start + a)
                ):
                    continue
                if pattern is _MED_NO_MORE_RE and (
                    FIRST_PERSON_RE.search(prep.norm) or _OWN_FR_ES_RE.search(sentence)
                ):
                    continue
                if pattern is _MED_NEEDS_RE and (
                    _GENERIC_DRUG_WORDS.match(m.group(group)) or _REPORTED_RE.search(sentence, 0, a)
                ):
                    continue
                # "bin it" points back to a medicine named before it
                if pattern is _MED_BIN_IT_RE and not DRUG_RE.search(sentence, 0, a):
                    continue
                # "why is she still on it when the paed said...": a report, asked about
                if pattern is _MED_WHY_ON_RE and (
                    _REPORTED_RE.search(sentence) or _OWN_ASKING_RE.search(prep.norm)
                ):
                    continue
                if m.group(group).startswith(("tak", "bring")) and _BRINGING_RE.match(sentence, b):
                    continue
                # "double his ropinirole", "halve it": a change of amount the dose detector has
                if m.group(group).startswith(_AMOUNT_CHANGE_VERBS) and any(
                    start <= x < start + len(sentence) for x, _ in dose_advice.rules(text)
                ):
                    continue
                tail = sentence[a : min(len(sentence), b + 30)]
                if any(MASS_UNIT_RE.search(q.group(0)) for q in DOSE_QTY_RE.finditer(tail)):
                    continue
                if _AMOUNT_TAIL_RE.search(tail):
                    continue
                if m.group(group).startswith("alternat") and _EVERY_HOURS_RE.search(tail):
                    continue
                spans.append((start + a, start + b))
    spans += _pointed_back(prep)
    spans += _insisted(prep)
    return tuple(merge_spans(spans))


# A regimen insisted on: an order about someone's night, closed by "no matter what", "full
# stop", "no exceptions", "non-negotiable", "that's the trick": "move bedtime to 6:30 on
# daycare days, no matter what", "get the phone out of his room at night, full stop".
_INSIST_MARK_RE = rx(
    rf"""\b(?:no\s+matter\s+what|full\s+stop|no\s+exceptions?|non[- ]?negotiable|{_SETTLED}
    |sin\s+excepci[oó]n|sans\s+exception|point\s+final|punto\s+final)\b"""
)
_INSIST_ORDER_RE = rx(
    rf"""(?:^|[,;:.!]\s+|\b(?:just|so|and|also|then|honestly)\s+)
    (?P<verb>get|move|make|keep|put|cut|switch|swap|ban|set|turn|take|bring|no\s+more|lights\s+out
      |bed(?:time)?\s+(?:at|by)|white\s+noise|pon(?:le|la|les)?|quita(?:le|la)?|mettez|mets)\b
    (?=(?:\W+\w+){{0,6}}?\W+(?:{PERSON}|his|her|their|the\s+(?:phone|tablet|screens?|bedtime|room
      |lights?|noise)|bedtime|phones?|screens?|lights?|\d))"""
)


# A monitor or a camera is no treatment: "get an Owlet and put it on her every night".
_DEVICE_RE = rx(r"\b(?:owlet|monitors?|camera|cam|sock|app|sensor|mat)\b")


def _insisted(prep: Prepared) -> list[Span]:
    if not _INSIST_MARK_RE.search(prep.norm):
        return []
    spans: list[Span] = []
    for start, end in prep.sentences:
        sentence = prep.norm[start:end]
        if (
            FIRST_PERSON_RE.search(sentence)
            or not _INSIST_MARK_RE.search(sentence)
            or _DEVICE_RE.search(sentence)
        ):
            continue
        m = _INSIST_ORDER_RE.search(sentence)
        if m and not quoted(sentence, m.start("verb")):
            spans.append((start + m.start("verb"), start + m.end("verb")))
    return spans


# The promise form of the recipe tag, and the amounts that leave a recipe to the dose detector.
_PROMISE_RE = rx(r"\W*(?:and\s+)?(?:he|she|they|you|u|ya)(?:'ll|\s+will)\s")
_RECIPE_AMOUNT_RE = rx(
    r"""\b(?:half|quarter|droppers?|dropperfuls?|squirts?|capfuls?|cupfuls?|handfuls?|scoops?|sachets?
    |spoons?|spoonfuls?|teaspoons?|tablespoons?|tbsp|drops)\b"""
)


def _holds_amount(recipe: str) -> bool:
    return bool(
        _RECIPE_AMOUNT_RE.search(recipe)
        or _AMOUNT_TAIL_RE.search(recipe)
        or any(MASS_UNIT_RE.search(q.group(0)) for q in DOSE_QTY_RE.finditer(recipe))
    )


def _pointed_back(prep: Prepared) -> list[Span]:
    """Orders aimed with "it" at a medicine named before them, and recipes closed by their
    promise ("..., job done"): see _MED_IT_RE and _RECIPE_TAG_RE. A recipe that holds a dose is
    left to the dose detector (its promise, "she'll settle", is the dose's cue there)."""
    spans: list[Span] = []
    norm, sents = prep.norm, prep.sentences
    if any(map(norm.__contains__, _ENDORSE_TAG_WORDS)):
        for m in _ENDORSE_TAG_RE.finditer(norm):
            a = m.start("verb")
            start, end = next((x, y) for x, y in sents if x <= a < y)
            sentence = norm[start:end]
            if not (quoted(norm, a) or FIRST_PERSON_RE.search(sentence) or is_question(sentence)):
                spans.append((a, m.end()))
    for index, (start, end) in enumerate(sents):
        sentence = norm[start:end]
        before = sents[index - 1][0] if index else start
        if (
            index
            and any(map(sentence.__contains__, _BIN_WORDS))
            and _BIN_IT_HINT_RE.search(sentence)
        ):
            m = _MED_BIN_IT_RE.match(sentence)
            if m and _DRUG_ALONE_RE.fullmatch(norm, sents[index - 1][0], sents[index - 1][1]):
                spans.append((start + m.start("verb"), start + m.end()))
        if any(map(sentence.__contains__, _IT_WORDS)) and ("ask" in sentence or " on" in sentence):
            for m in _MED_IT_RE.finditer(sentence):
                a = m.start("verb")
                named = list(DRUG_RE.finditer(norm, before, start + a))
                if (
                    any(not _GENERIC_DRUG_WORDS.match(d.group(0)) for d in named)
                    and not _points_at_test(norm, start + a)
                    and not quoted(sentence, a)
                    and not narrative_before(sentence, a)
                    and not _REPORTED_RE.search(sentence, 0, a)
                    and not (is_question(sentence) and _I_WE_RE.search(sentence))
                ):
                    spans.append((start + a, start + m.end()))
        tail = sentence[-36:]
        tag = (
            _RECIPE_TAG_RE.search(sentence, len(sentence) - len(tail))
            if any(map(tail.__contains__, _RECIPE_WORDS))
            else None
        )
        if tag:
            # the tag alone ("Sorted.") closes the sentence before it
            a, b = (start, end) if tag.start() > 0 or not index else sents[index - 1]
            recipe = norm[a:b] if (a, b) != (start, end) else sentence[: tag.start()]
            if (
                recipe.strip()
                and (DRUG_RE.search(recipe) or REGIMEN_WORD_RE.search(recipe))
                and not FIRST_PERSON_RE.search(recipe)
                and not is_question(recipe)
                and not (_PROMISE_RE.match(tag.group(0)) and _holds_amount(recipe))
            ):
                spans.append((a, b if (a, b) != (start, end) else start + tag.start()))
    return spans


_LIST_ITEM_RE = rx(rf"{LIST_MARKER}|•|(?:^|\n)\s*[-*]\s")


def unconfirmed(text: str) -> list[Span]:
    """The directives the model may not confirm: still an uncertain finding, held for a
    moderator (the rule weighs less in the model than a dose or a verdict does, so a short
    directive in unusual words, "Could you ask her neuro about pregabalin instead?", can
    score below the band). A post where the dose detector finds a dose is left to it (not
    merely one naming a number beside a medicine word: "she should be on the slow release
    one" is a directive)."""
    spans = _rules(text)
    if not spans:
        return []
    if not _LIST_ITEM_RE.search(text):
        return [] if dose_advice.rules(text) else list(spans)
    # In a list ("1) cut screens 2) give her magnesium 200mg 3) ask for clonazepam") each item
    # is read on its own: the dose of one item leaves the directive of another uncertain.
    markers = list(_LIST_ITEM_RE.finditer(text))
    items = [(0, markers[0].start())]
    items += [(m.end(), n.start()) for m, n in zip(markers, markers[1:], strict=False)]
    items.append((markers[-1].end(), len(text)))
    return [
        (a, b)
        for a, b in spans
        if not any(x <= a < y and dose_advice.rules(text[x:y]) for x, y in items)
    ]


CATEGORY = Category(
    code="medication_directive",
    action=HOLD,
    message=gettext_noop(
        "This looks like telling someone else to start, stop or change a medicine, "
        "supplement or routine. Changes like that are only safe with their own doctor, so a "
        "moderator will look at it first."
    ),
    rules=rules,
    rule_id="medication.directive",
    nudge_rule=gettext_noop("No starting, stopping or changing someone else's medicine"),
    nudge_fix=gettext_noop(
        "Try telling what happened to you, and suggest they ask their own doctor."
    ),
    learned=True,
    rules_decide=False,
    advice=True,
    clears=advice_context.clears,
    doubt=unconfirmed,
)
