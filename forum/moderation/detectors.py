"""Pure detectors for user text: no Django, no database, stdlib only.

Every post, thread title and article comment passes these functions, so they must be
fast (all patterns compiled at import), deterministic and explainable: each hit is a
:class:`Finding` carrying a stable rule id, a kind user-facing message and the character
spans in the *original* text that a moderator or author can see highlighted.

The hard part is telling *individual advice to someone else* ("give him 0.5 mg") from
people describing their own history ("our neurologist started him on 5 mg"). The
detectors therefore look for grammatical cues within a sentence: imperative mood at
the start of a clause, second person ("you", "your son"), advisory conditionals
("if I were you", "I'd"), rather than for drug names or numbers alone.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

Span = tuple[int, int]


def gettext_noop(message: str) -> str:
    """Mark a message for translation without importing Django (same name xgettext knows)."""
    return message


DOSE_ADVICE = "dose_advice"
MEDICATION_DIRECTIVE = "medication_directive"
DIAGNOSIS = "diagnosis"
CONTACT = "contact"
INCIVILITY = "incivility"
SPAM = "spam"
EMERGENCY = "emergency"
DUPLICATE = "duplicate"

CATEGORIES: tuple[str, ...] = (
    DOSE_ADVICE,
    MEDICATION_DIRECTIVE,
    DIAGNOSIS,
    CONTACT,
    INCIVILITY,
    SPAM,
    EMERGENCY,
    DUPLICATE,
)
# The three kinds of advice only a clinician who has seen the person may give.
INDIVIDUAL_ADVICE: frozenset[str] = frozenset({DOSE_ADVICE, MEDICATION_DIRECTIVE, DIAGNOSIS})

# User-facing explanations, one per category. Kept as constants so the templates, the
# review queue and the tests all show the same words. Wrapped in gettext_noop so Django's
# makemessages collects them; the web layer translates them with gettext() when shown.
MESSAGES: dict[str, str] = {
    DOSE_ADVICE: gettext_noop(
        "This looks like a dose suggested for someone else. Doses depend on the person, "
        "their weight and their other medicines, so only their own doctor can set one. "
        "Sharing what your own doctor prescribed for you is welcome."
    ),
    MEDICATION_DIRECTIVE: gettext_noop(
        "This looks like telling someone else to start, stop or change a medicine or "
        "supplement. Changes like that are only safe with their own doctor, so a "
        "moderator will look at it first."
    ),
    DIAGNOSIS: gettext_noop(
        "This looks like naming a condition for someone else's child or partner. Nobody "
        "can diagnose from a description, so a moderator will look at it first. Telling "
        "your own story is always welcome."
    ),
    CONTACT: gettext_noop(
        "This seems to share contact details or ask people to get in touch privately. To "
        "keep everyone safe, please keep conversations on the forum."
    ),
    INCIVILITY: gettext_noop(
        "This reads as unkind to another person or group. Everyone here is worried about "
        "someone they love; please keep it gentle."
    ),
    SPAM: gettext_noop(
        "This looks like advertising or a link to a shop, which the forum does not allow."
    ),
    EMERGENCY: gettext_noop(
        "This sounds like it could be an emergency. If someone is not breathing, has blue "
        "or grey lips, cannot be woken, or has a seizure lasting more than five minutes, "
        "call your local emergency number now; please don't wait for replies here."
    ),
    DUPLICATE: gettext_noop(
        "This looks the same as something posted a moment ago, so it may be a repeat."
    ),
}


@dataclass(frozen=True)
class Finding:
    """One reason a piece of text needs attention, with where it is in the text."""

    category: str
    rule: str
    message: str
    spans: tuple[Span, ...]

    def to_dict(self) -> dict[str, object]:
        """JSON-friendly form for the review queue and the htmx preview."""
        return {
            "category": self.category,
            "rule": self.rule,
            "message": self.message,
            "spans": [list(s) for s in self.spans],
        }


def _finding(category: str, rule: str, spans: Iterable[Span]) -> Finding:
    return Finding(category, rule, MESSAGES[category], tuple(sorted(set(spans))))


# --------------------------------------------------------------------------- text helpers

_CHAR_MAP = {
    "\u2018": "'",
    "\u2019": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u00b5": "u",
}


_TRANSLATE = str.maketrans(_CHAR_MAP)


def normalize(text: str) -> str:
    """Return a same-length, lowercased copy with curly quotes, dashes and odd forms folded.

    Length is preserved character by character so every offset found in the normalised
    text is also an offset in the original, which is what highlighting needs. Lowercasing
    here lets every pattern run without IGNORECASE, which is markedly faster.
    """
    folded = text.translate(_TRANSLATE)
    if folded.isascii():
        return folded.lower()
    out = []
    for ch in folded:
        if not ch.isascii():
            nfkc = unicodedata.normalize("NFKC", ch)
            ch = nfkc if len(nfkc) == 1 else ch
            low = ch.lower()
            ch = low if len(low) == 1 else ch
        out.append(ch.lower() if ch.isascii() else ch)
    return "".join(out)


# Punctuation followed directly by a non-space ("0.5", "nhs.uk") stays inside the sentence.
_SENTENCE_RE = re.compile(r"(?:[^.!?\n]|[.!?]+(?=[^\s.!?\"')]))+[.!?]*|[.!?\n]+")


def sentences(text: str) -> list[Span]:
    """Split into sentence spans, keeping decimals ("0.5 mg") and domains intact."""
    spans = []
    for m in _SENTENCE_RE.finditer(text):
        start, end = m.span()
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped or not any(c.isalnum() for c in stripped):
            continue
        lead = len(chunk) - len(chunk.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))
    return spans


class Prepared(NamedTuple):
    """A post normalised once for all detectors."""

    norm: str
    sentences: tuple[Span, ...]
    # Words of each sentence: a C-speed set check decides whether a sentence can match
    # at all before the slower patterns run, which keeps 2,000-character posts fast.
    words: tuple[frozenset[str], ...]
    all_words: frozenset[str]


# Letters and digits split apart so "10mins" gives "mins" and "b6" gives "b".
_TOKEN_RE = re.compile(r"[a-z']+|[0-9]+")


@functools.lru_cache(maxsize=16)
def prepare(text: str) -> Prepared:
    """Normalise and split a post; shared by every detector that sees the same text.

    The cache is a per-process memo of a pure function (no shared state): the detectors
    that run on one submission normalise and split it once instead of seven times.
    """
    norm = normalize(text)
    sents = tuple(sentences(norm))
    words = tuple(frozenset(_TOKEN_RE.findall(norm, a, b)) for a, b in sents)
    return Prepared(norm, sents, words, frozenset().union(*words))


def _gated(prep: Prepared, keywords: frozenset[str]) -> Iterator[tuple[int, str]]:
    """Yield (start, sentence) for sentences that contain at least one keyword."""
    for (start, end), words in zip(prep.sentences, prep.words, strict=True):
        if words & keywords:
            yield start, prep.norm[start:end]


def _is_question(sentence: str) -> bool:
    return sentence.rstrip(" \"')").endswith("?")


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sort and join overlapping spans so highlights never nest."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _wordset(words: str) -> frozenset[str]:
    """A keyword set written as a wrapped block of words, easier to review than a list."""
    return frozenset(words.split())


def _rx(pattern: str) -> re.Pattern[str]:
    # Text is lowercased by normalize(), so no IGNORECASE (it slows every pattern down).
    return re.compile(pattern, re.VERBOSE)


# --------------------------------------------------------------------------- shared words

# Medicines and supplements people in this community name. A directive needs one of these
# as its object, which keeps "stop the car" or "give him a cuddle" out.
_DRUG = r"""
    (?:melatonin|clonazepam|klonopin|rivotril|diazepam|valium|lorazepam|midazolam|benzos?
    |gabapentin|pregabalin|lyrica|keppra|levetiracetam|valproate|epilim|topiramate
    |ropinirole|pramipexole|trazodone|amitriptyline|propranolol|sertraline|fluoxetine
    |citalopram|anti-?depressants?|anti-?histamines?|cetirizine|diphenhydramine|benadryl
    |piriton|calpol|paracetamol|tylenol|ibuprofen|nurofen|magnesium|iron|zinc|b6|b12
    |vitamin\s+[a-z]\d*|5-?htp|l-?theanine|valerian|cbd|gripe\s+water|chamomile|meds
    |medications?|medicines?|pills|tablets|supplements?|drops|stimulants?|ritalin
    |methylphenidate|steroids|opioids|tramadol|codeine|modafinil|ambien|zolpidem|xanax
    |dose|dosage)\b
"""
_PERSON = r"""
    (?:him|her|them|me|us|the\s+(?:baby|kids?|child)|your\s+(?:little\s+one|\w+))
"""
# Words that may open a clause before an imperative verb ("honestly just give him ...").
_FILLER = (
    r"(?:(?:just|honestly|seriously|mate|please|maybe|definitely|simply|really|also|now|then"
    r"|first|instead|so|and|but|or|plus|oh|yeah|ok|okay)\W+)*"
)
_CLAUSE_START = r"(?:^|[,;:(]|\s-+\s|\b(?:and|then|so|but|or|also|plus)\b|&)\s*" + _FILLER
# Second or third person with a modal of obligation: "you should", "your son needs to".
_MODAL = r"""
    (?:\b(?:you|u|ya|he|she|they|your\s+(?:little\s+one|\w+))
       \s+(?:really\s+|definitely\s+|honestly\s+|just\s+)?
       (?:should|shud|need(?:s)?(?:\s+to)?|must|ha(?:ve|s)\s+to|ought\s+to|gotta|better
          |'d\s+better|'ll\s+want|want\s+to|could)
       \s+(?:really\s+|definitely\s+|just\s+|also\s+)?(?:be\s+|try\s+)?
     |\byou'd\s+|\byou\s+would\s+|\b(?:you|u)'ll\s+(?:want|need)(?:\s+to)?\s+)
"""
_ADVISORY_FIRST_PERSON = r"""
    (?:(?:\bif\s+i\s+were\s+you\b,?\s*|\bpersonally,?\s+)?\b(?:i'd|id|i\s+would)
       (?:\s+(?:recommend|suggest|say|definitely|honestly|just))*\s+
     |\bif\s+i\s+were\s+you\b,?\s*
     |\bmy\s+advice(?:\s+would\s+be|\s+is|\s*:|\s*-)\s*(?:to\s+)?
     |\b(?:your|ur|yr)\s+best\s+bet\s+is\s+(?:to\s+)?)
"""

# --------------------------------------------------------------------------- dose advice

_UNIT = r"""
    (?:mgs?|milligrams?|mcg|ug|micrograms?|g|grams?|ml|mls|millilit(?:re|er)s?|iu|units?
    |drops?|tabs?|tablets?|capsules?|caps|pills?|gummies|teaspoons?|tsp|spoonfuls?
    |sachets?|puffs?)\b
"""
_NUMBER = r"(?:\d+(?:[.,]\d+)?|\d+\s*/\s*\d+|one|two|three|four|five|six|ten|a|an)"
_DOSE_QTY_RE = _rx(
    rf"""
    (?:\b(?:half|a\s+half|a\s+quarter|quarter|\d\s*/\s*\d)\s+(?:of\s+)?an?\s+
        (?:{_UNIT}|{_DRUG})
      |(?<![\w.])\d+(?:[.,]\d+)?\s*(?:-|to|or)\s*\d+(?:[.,]\d+)?\s*{_UNIT}
      |(?<![\w.]){_NUMBER}\s*(?:x\s*\d+\s*)?{_UNIT}
    )
    """
)
_DOSE_GATE_RE = re.compile(r"\d|half|quarter|spoon|tsp")
# A bare count is not a dose ("a tablet", "one drop") unless a number or mass unit is there.
_MASS_UNIT_RE = _rx(r"\d|half|quarter|mg|ml|mcg|gram|iu\b|teaspoon|tsp|spoon")

_DOSE_IMPERATIVE_RE = _rx(
    _CLAUSE_START
    + r"""
    (?P<verb>give|take|try|start|put|use|get|go|do|up|double|whack|bump|add|crush|increase
      |stick|pop|rub|have|dose)\b
    """
)
_DOSE_STRONG_CUE_RE = _rx(
    rf"""
    {_MODAL}
    |{_ADVISORY_FIRST_PERSON}
    |\bfor\s+(?:you|u|your\s+\w+)\b
    |\b(?:that'?s|thats|is)\s+what\s+(?:you|u)\s+(?:want|need|should)
    |\b(?:the\s+trick|best\s+thing|the\s+answer|the\s+secret)\s+is\b
    |\b(?:your\s+(?:little\s+one|\w+)|he|she|they|you|u)\s+needs?\b
    |\bwould\s+(?:calm|settle|sort|stop|help|fix|work)\b
    |\btry\s+it\b
    """
)
# Cues that often land in the sentence *after* the dose ("0.25 mg at night. Trust me.").
_DOSE_TRAILING_CUE_RE = _rx(
    r"""\b(?:trust\s+me|you'll\s+thank\s+me|you\s+won't\s+regret|do\s+(?:it|that|this)
        |try\s+it)\b"""
)


_FIRST_PERSON_SUBJECT_RE = _rx(
    r"""\b(?:i|we)\s+(?:\w+ed|started|give|gave|take|took|use|used|tried|put|got|get|do|did
        |have|had|just|always|usually|now|then|still|also|were|was)\b"""
)


def _narrative_before(sentence: str, index: int) -> bool:
    """True when a first-person subject earlier in the clause owns the verb at ``index``.

    "We started at 1 mg and give it at 7pm" is a report; the "give" shares "we".
    """
    clause_start = max(sentence.rfind(ch, 0, index) for ch in ",;:(")
    return bool(_FIRST_PERSON_SUBJECT_RE.search(sentence[clause_start + 1 : index]))


def _first_imperative(rx: re.Pattern[str], sentence: str) -> re.Match[str] | None:
    for m in rx.finditer(sentence):
        if not _narrative_before(sentence, m.start("verb")):
            return m
    return None


def detect_dose_advice(text: str) -> list[Finding]:
    """Find doses recommended to someone else.

    A quantity with a unit ("0.5 mg", "half a tablet") counts only when the same sentence
    carries an advisory cue (imperative, "you should", "if I were you", "for your son"),
    or the next sentence says "trust me" / "do that". A first-person report such as
    "I take 0.5 mg, prescribed by my GP" has a quantity but no such cue.
    """
    prep = prepare(text)
    norm, sents = prep.norm, prep.sentences
    spans: list[Span] = []
    for index, (start, end) in enumerate(sents):
        if not _DOSE_GATE_RE.search(norm, start, end):
            continue
        sentence = norm[start:end]
        quantities = [
            m.span() for m in _DOSE_QTY_RE.finditer(sentence) if _MASS_UNIT_RE.search(m.group(0))
        ]
        if not quantities:
            continue
        cue = _first_imperative(_DOSE_IMPERATIVE_RE, sentence) or _DOSE_STRONG_CUE_RE.search(
            sentence
        )
        if cue is None:
            following = (
                norm[sents[index + 1][0] : sents[index + 1][1]] if index + 1 < len(sents) else ""
            )
            cue = _DOSE_TRAILING_CUE_RE.search(sentence) or _DOSE_TRAILING_CUE_RE.search(following)
        if cue is None:
            continue
        spans.extend((start + a, start + b) for a, b in quantities)
    return [_finding(DOSE_ADVICE, "dose.directed", spans)] if spans else []


# --------------------------------------------------------------------------- medication

_MED_VERB = rf"""
    (?:stop(?:ping)?(?:\s+(?:taking|giving|using))?|quit|ditch|drop|bin|throw
      |come\s+off|get(?:ting)?\s+(?:{_PERSON}\s+)?(?:off|on)|wean(?:ing)?\s+(?:{_PERSON}\s+)?off
      |take\s+{_PERSON}\s+off|start(?:ing)?\s+(?:{_PERSON}\s+)?on|start(?:ing)?
      |put(?:ting)?\s+{_PERSON}\s+on|switch(?:ing)?(?:\s+{_PERSON})?(?:\s+(?:to|from))?
      |swap(?:ping)?|giv(?:e|ing)(?:\s+{_PERSON})?|try(?:ing)?(?:\s+(?:taking|giving))?
      |tak(?:e|ing)|us(?:e|ing)|increas(?:e|ing)|rais(?:e|ing)|lower(?:ing)?|reduc(?:e|ing)
      |cut(?:ting)?|halve|doubl(?:e|ing)|up
      |ask(?:ing)?\s+(?:your\s+\w+\s+|the\s+\w+\s+)?for|tell\s+(?:your|the)\s+\w+\s+you\s+want)
"""
_MED_OBJECT = rf"""
    \s+(?:(?:the|his|her|their|your|some|any|that|those|these|this|a|an)\s+)?
    (?:[\w-]+\s+){{0,2}}?{_DRUG}
"""
_MED_IMPERATIVE_RE = _rx(
    _CLAUSE_START + rf"(?:do\s+not\s+|don'?t\s+|never\s+)?(?P<verb>{_MED_VERB}){_MED_OBJECT}"
)
_MED_MODAL_RE = _rx(rf"(?:{_MODAL}|{_ADVISORY_FIRST_PERSON})(?P<verb>{_MED_VERB}){_MED_OBJECT}")
# First words of every _DRUG alternative, plus the words of "cut the dose", "double it".
_MED_KEYWORDS = _wordset(
    """melatonin clonazepam klonopin rivotril diazepam valium lorazepam midazolam benzo benzos
    gabapentin pregabalin lyrica keppra levetiracetam valproate epilim topiramate ropinirole
    pramipexole trazodone amitriptyline propranolol sertraline fluoxetine citalopram anti
    antidepressant antidepressants antihistamine antihistamines cetirizine diphenhydramine
    benadryl piriton calpol paracetamol tylenol ibuprofen nurofen magnesium iron zinc b
    vitamin htp theanine valerian cbd gripe chamomile meds medication
    medications medicine medicines pills tablets supplement supplements drops stimulant
    stimulants ritalin methylphenidate steroids opioids tramadol codeine modafinil ambien
    zolpidem xanax dose dosage double halve triple"""
)
_I_WE_RE = _rx(r"\b(?:i|we)\b")
# "cut the dose in half", "double it" have no drug word after them but still direct a change.
_MED_DOSE_CHANGE_RE = _rx(
    _CLAUSE_START
    + r"(?P<verb>cut|halve|double|lower|reduce|increase|up)\s+(?:the|his|her|your)\s+dose\b"
    + r"|\band\s+(?P<verb2>double|halve|triple)\s+it\b"
)


def detect_medication_directive(text: str) -> list[Finding]:
    """Find instructions to start, stop or change someone else's medicine or supplement.

    Only imperative clauses ("stop the keppra"), modal advice ("you should get her off
    the keppra") and advisory conditionals ("I'd quit the antidepressants") count.
    Reported instructions from one's own doctor ("we were told to wean her off") are
    not imperative and do not match. A directive that carries a dose is left to the dose
    detector so one sentence is not counted twice.
    """
    spans: list[Span] = []
    for start, sentence in _gated(prepare(text), _MED_KEYWORDS):
        if _is_question(sentence) and _I_WE_RE.search(sentence):
            continue
        for rx in (_MED_IMPERATIVE_RE, _MED_MODAL_RE, _MED_DOSE_CHANGE_RE):
            for m in rx.finditer(sentence):
                group = "verb" if m.group("verb") else "verb2"
                a, b = m.start(group), m.end()
                if rx is not _MED_MODAL_RE and _narrative_before(sentence, a):
                    continue
                tail = sentence[a : min(len(sentence), b + 30)]
                if any(_MASS_UNIT_RE.search(q.group(0)) for q in _DOSE_QTY_RE.finditer(tail)):
                    continue
                spans.append((start + a, start + b))
    spans = merge_spans(spans)
    return [_finding(MEDICATION_DIRECTIVE, "medication.directive", spans)] if spans else []


# --------------------------------------------------------------------------- diagnosis

_CONDITION = r"""
    (?:epilep\w*|(?:absence\s+|focal\s+|febrile\s+)?seizures?(?:\s+disorder)?|plmd
    |periodic\s+limb\s+movement\w*|rls|restless\s+legs?(?:\s+syndrome)?
    |(?:sleep\s+|obstructive\s+)?ap(?:n|no)ea|infantile\s+spasms|west\s+syndrome|dravet
    |sandifer(?:\s+syndrome)?|tourette'?s?|tic\s+disorder|dystonia|anxiety|[a-z0-9]+\s+deficiency
    |deficient|autis(?:m|tic)|adhd|night\s+terrors|parkinson'?s|fibromyalgia|hypnic\s+jerks
    |(?:benign\s+)?(?:neonatal\s+)?sleep\s+myoclonus|myoclonic\s+epilepsy|pandas|narcolepsy
    |reflux|sleep\s+starts|multiple\s+sclerosis|cerebral\s+palsy|brain\s+tumou?r)\b
    # "the standard RLS dose", "the epilepsy nurse" name a drug or service, not a verdict.
    (?!\s+(?:dose|doses|dosage|medication|meds|drugs?|article|thread|forum|group|page|nurse
        |specialist|clinic|charity|team|society))
"""
_CONDITION_KEYWORDS = _wordset(
    """epilepsy epileptic epilepsies seizure seizures plmd periodic rls restless apnea apnoea
    spasms west dravet sandifer tourette tourettes tourette's tic dystonia anxiety deficiency
    deficient autism autistic adhd terrors parkinson parkinsons parkinson's fibromyalgia
    hypnic myoclonus myoclonic pandas narcolepsy reflux starts sclerosis palsy tumour
    tumor"""
)
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
_DIAG_YOU_RE = _rx(rf"{_YOU_SUBJECT}{_ADVERB}{_HAS}{_ADVERB}{_GAP}(?P<cond>{_CONDITION})")
_DIAG_THIRD_RE = _rx(rf"\b(?:he|she|they)(?:{_ADVERB}){_HAS}{_ADVERB}{_GAP}(?P<cond>{_CONDITION})")
_DIAG_COPULA_RE = _rx(
    rf"""
    \b(?:that'?s|that\s+is|this\s+is|it'?s|it\s+is|(?:those|these)(?:\s+\S+)?\s+are
       |what\s+(?:you|your\s+\w+(?:\s+one)?|he|she)\s+(?:has|have|'s\s+got)\s+is
       |(?:sounds|looks)(?:\s+\S+){{0,2}}?\s+(?:exactly\s+)?like)
    (?:\s+(?!(?:my|our|about|what|why|how|when|where|if|worse|better)\b)[\w'%,-]+){{0,4}}?
    \s+(?P<cond>{_CONDITION})
    """
)
_CERTAINTY_RE = _rx(
    r"""\b(?:definitely|clearly|obviously|certainly|100%|100\s+percent|no\s+question|no\s+doubt
        |i'm\s+sure|i\s+am\s+sure|i\s+bet|i'd\s+bet|put\s+money|trust\s+(?:me|a)|classic
        |textbook|that'?s\s+what|for\s+sure|guaranteed)"""
)
# Words that make the sentence a report of what someone's own clinician said, a
# question, or a hypothesis rather than a verdict about someone else.
_DIAG_HEDGE_RE = _rx(
    r"""\b(?:said|says|told|thinks?|thought|confirmed|diagnosed|reckons?|according|explained
        |agreed|suspects?|wondering|wonder|whether|if|not\s+sure|no\s+idea|do|does|did
        |could|might|asked|ask)\b"""
)


def _hedged_before(sentence: str, index: int) -> bool:
    """True when a hedge word sits in the same clause before the match."""
    clause_start = max(sentence.rfind(ch, 0, index) for ch in ",;:(")
    return bool(_DIAG_HEDGE_RE.search(sentence[clause_start + 1 : index]))


def detect_diagnosis(text: str) -> list[Finding]:
    """Find someone naming a condition for another person.

    Second-person subjects ("your son has epilepsy", "you've got RLS") and verdict-style
    copulas ("that's definitely a seizure", "sounds like PLMD") count. "He/she has X" is a
    parent's ordinary report about their own child, so it counts only with a certainty
    marker ("I'm sure of it", "definitely"). Questions, reported speech ("our HV said it's
    benign sleep myoclonus") and first-person history never count.
    """
    spans: list[Span] = []
    for start, sentence in _gated(prepare(text), _CONDITION_KEYWORDS):
        if _is_question(sentence):
            continue
        for m in _DIAG_YOU_RE.finditer(sentence):
            if not _hedged_before(sentence, m.start()):
                spans.append((start + m.start(), start + m.end()))
        for m in _DIAG_COPULA_RE.finditer(sentence):
            if not _hedged_before(sentence, m.start()):
                spans.append((start + m.start(), start + m.end()))
        if _CERTAINTY_RE.search(sentence):
            for m in _DIAG_THIRD_RE.finditer(sentence):
                if not _hedged_before(sentence, m.start()):
                    spans.append((start + m.start(), start + m.end()))
    spans = merge_spans(spans)
    return [_finding(DIAGNOSIS, "diagnosis.other_person", spans)] if spans else []


# --------------------------------------------------------------------------- contact

_EMAIL_RE = _rx(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMAIL_OBFUSCATED_RE = _rx(
    r"""(?<![\w.+-])[\w.+-]+(?:\s+dot\s+[\w-]+)*+\s*(?:\(at\)|\[at\]|\{at\}|\s+at\s+)\s*[\w-]+
        \s*(?:\(dot\)|\[dot\]|\{dot\}|\s+dot\s+)\s*(?:com|net|org|co|uk|de|fr|ie|au|ca|io)\b"""
)
# 9+ digits with phone-like separators; ids inside links are discarded afterwards.
_PHONE_RE = _rx(r"(?<![\w/.])(?:\+\s?)?\(?\d[\d\s().-]{7,18}\d(?![\w/])")
_HANDLE_RE = _rx(r"(?<![\w@.])@[a-z][\w.]{2,30}\b")
_PLATFORM = (
    r"(?:insta(?:gram)?|twitter|tiktok|snap(?:chat)?|telegram|facebook|fb|whats\s?app|signal"
    r"|discord|kik|messenger)"
)
_CONTACT_PHRASE_RE = _rx(
    rf"""
    \b(?:dm|pm|inbox|message|msg|text|ring|email|e-mail|mail|whats\s?app|contact|reach
        |write\s+to|drop)\s+me\b(?!\s+(?:crazy|paranoid|a\s+(?:doctor|nurse)))
    |\bcall\s+me\b(?!\s+(?:crazy|paranoid|old|silly|mad|overprotective|a\b))
    |\bdm\s+for\b
    |\b(?:add|find|follow)\s+me\s+on\b|\bhit\s+me\s+up\b
    |\bsend\s+me\s+(?:a|an|your)\s+(?:private\s+)?(?:message|dm|pm|email|friend\s+request|text)
    |\bmy\s+(?:mobile|number|phone|cell|email|e-mail|whatsapp)\s+(?:number\s+)?is\b
    |\breach\s+out\s+(?:to\s+me\s+)?(?:directly|privately)
    |\bmessage\s+me\s+privately|\bprivate\s+message\s+me
    |\b(?:me|him|her)\s+on\s+{_PLATFORM}\b
    |\b{_PLATFORM}\s*:\s*@?[\w.]{{3,}}
    |\bon\s+{_PLATFORM}\s+as\b
    """
)
_TLD_WORDS = _wordset("com net org info biz shop store ru de uk io top xyz online site blog ly")
_URL_RE = _rx(
    r"""(?:https?://|www\.)[^\s<>"']+
        |(?<![\w.-])(?:[a-z0-9-]+\.)++(?:com|net|org|info|biz|shop|store|ru|de|co\.uk|uk|io|top|xyz
        |online|site|blog|ly)(?:/[^\s<>"']*)?"""
)


_AT_WORDS = frozenset({"at"})


def detect_contact(text: str) -> list[Finding]:
    """Find emails, phone numbers, social handles and invitations to talk privately.

    Emergency and helpline numbers (999, 911, 112, 111) are too short to match, and
    times, dates and dose ranges have too few digits; digits inside links are ignored.
    """
    prep = prepare(text)
    norm = prep.norm
    spans: list[Span] = []
    if "@" in norm:
        spans.extend(m.span() for m in _EMAIL_RE.finditer(norm))
    if "dot" in prep.all_words and _AT_WORDS & prep.all_words:
        spans.extend(m.span() for m in _EMAIL_OBFUSCATED_RE.finditer(norm))
    phones = [
        m.span()
        for m in _PHONE_RE.finditer(norm)
        if 9 <= sum(c.isdigit() for c in m.group(0)) <= 15
    ]
    if phones:
        urls = [m.span() for m in _URL_RE.finditer(norm)]
        spans.extend(p for p in phones if not any(a <= p[0] < b for a, b in urls))
    if "@" in norm:
        # The look-behind in _HANDLE_RE skips the "@" inside an email address.
        spans.extend(m.span() for m in _HANDLE_RE.finditer(norm))
    for m in _CONTACT_PHRASE_RE.finditer(norm):
        spans.append(m.span())
    spans = merge_spans(spans)
    return [_finding(CONTACT, "contact.details", spans)] if spans else []


# --------------------------------------------------------------------------- incivility

# Deliberately modest and non-graphic: the point is to hold a post for a human, not to
# catalogue abuse. "jerk" is absent on purpose: it is this forum's everyday word.
_INSULT_RE = _rx(
    r"""
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
    |\bpeople\s+like\s+you\s+(?:shouldn't|should\s+not|are\s+the|make\s+me)
    |\bgo\s+back\s+to\s+your\s+(?:own\s+)?country\b
    |\b(?:useless|joke)\b(?=[^.!?]*\b(?:doctor|quack|moderator|nhs|site)s?\b)
    """
)
# One word of every _INSULT_RE alternative: most posts contain none, and then the
# pattern never runs.
_INSULT_KEYWORDS = _wordset(
    """idiot idiots moronic moron morons imbecile imbeciles cretin cretins retard retarded
    retards loser losers muppet muppets fool fools quack quacks garbage f fuck fucking fuckin
    fck fcking shut screw grip whining dumbest pathetic nothing stupid dumb thick clown clowns
    clueless hysterical people country useless joke"""
)
_NATIONALITY = r"""(?:americans?|yanks?|brits?|british\s+people|english\s+people|indians
    |germans?|australians?|aussies?|canadians?|europeans?|french\s+people|the\s+french
    |irish\s+people|scots|scottish\s+people|welsh\s+people|poles|russians?|chinese\s+people
    |nigerians|pakistanis|mexicans|kiwis|new\s+zealanders|italians|spaniards|dutch\s+people
    |swedes|norwegians|danes|filipinos|asians|africans|arabs|europeans|southerners
    |northerners|londoners)"""
_NATIONALITY_KEYWORDS = _wordset(
    """american americans yank yanks brit brits british english indians german germans
    australian australians aussie aussies canadian canadians european europeans french irish
    scots scottish welsh poles russian russians chinese nigerians pakistanis mexicans kiwis
    zealanders italians spaniards dutch swedes norwegians danes filipinos asians africans
    arabs southerners northerners londoners"""
)
_COUNTRY_FLAME_RE = _rx(
    rf"""
    \btypical\s+{_NATIONALITY}\b
    |\b{_NATIONALITY}\s+and\s+their\b
    |\b{_NATIONALITY}\b(?:\s+[\w']+){{0,5}}?\s+(?:are|is)\s+(?:\w+\s+)?(?:so\s+|all\s+|just\s+)?
      (?:arrogant|clueless|ignorant|stupid|useless|lazy|heartless|cold|rude|loud|idiots|thick
        |the\s+same|a\s+joke|pathetic)\b
    """
)
_FOLLOWED_BY_ME_RE = _rx(r"\s+me\b")
_SELF_DIRECTED_RE = _rx(
    r"""(?:\b(?:i|i'm|i\s+am|i\s+was|i\s+felt|i\s+feel|me|myself|sorry\s+if|this\s+may\s+be
        |this\s+might\s+be|probably)\b[^,.!?]{0,25})$"""
)


def detect_incivility(text: str) -> list[Finding]:
    """Find insults, slurs and country-against-country flaming aimed at other people.

    Self-directed words ("I felt so stupid", "idiot me forgot", "sorry if this is a dumb
    question") are left alone: they are how worried parents talk about themselves.
    """
    prep = prepare(text)
    norm = prep.norm
    spans: list[Span] = []
    for m in _INSULT_RE.finditer(norm) if prep.all_words & _INSULT_KEYWORDS else ():
        before = norm[max(0, m.start() - 30) : m.start()]
        after = norm[m.end() : m.end() + 4]
        if _SELF_DIRECTED_RE.search(before) or _FOLLOWED_BY_ME_RE.match(after):
            continue
        spans.append(m.span())
    if prep.all_words & _NATIONALITY_KEYWORDS:
        spans.extend(m.span() for m in _COUNTRY_FLAME_RE.finditer(norm))
    spans = merge_spans(spans)
    return [_finding(INCIVILITY, "incivility.insult", spans)] if spans else []


# --------------------------------------------------------------------------- spam

# Health bodies and journals are links the forum wants people to share.
_TRUSTED_DOMAIN_RE = _rx(
    r"""(?:^|\.)(?:nhs\.uk|nih\.gov|who\.int|cdc\.gov|mayoclinic\.org|nice\.org\.uk
        |epilepsy\.org\.uk|epilepsy\.com|aasm\.org|sleepfoundation\.org|nhsinform\.scot
        |[\w-]+\.gov(?:\.\w+)?|[\w-]+\.ac\.uk|[\w-]+\.edu|[\w-]+\.nhs\.uk|hypnic\.\w+)$"""
)
_SHOP_DOMAIN_RE = _rx(
    r"""(?:pharm|rx|pill|meds|shop|store|buy|cheap|cure|casino|bonus|deal|discount|trial|cash
        |bet|loan|crypto)|\.(?:shop|store|biz|ru|top|xyz|click)$|^(?:bit\.ly|tinyurl\.com
        |t\.co|goo\.gl|ow\.ly|is\.gd)$"""
)
_PROMO_RE = _rx(
    r"""
    \bbuy\s+(?:cheap|now|online|at)\b|\bcheap\s+(?:generic|meds|pills)\b|\border\s+(?:now|at)\b
    |\bno\s+prescription\s+(?:needed|required)\b|\bwithout\s+prescription\b|\b(?:discount|promo|coupon)\s+code\b
    |\buse\s+code\b|\bfree\s+(?:shipping|delivery|trial)\b|\blimited\s+offer\b
    |\bbulk\s+discount\b|\bwholesale\b|\b(?:worldwide|discreet)\s+(?:shipping|delivery)\b
    |\bcasino\b|\bclick\s+here\b|\bbuy\s+\d+\s+get\s+\d+
    |\bbest\s+prices?\b|\bcheaper\s+than\s+the\s+(?:pharmacy|chemist)\b|\bprice\s+list\b
    |\b(?:cured|healed)\s+by\s+(?:dr|doctor|dr\.)\s|\b(?:he|she)\s+(?:also\s+)?cures\b
    |\bget\s+yours\s+(?:at|now|today)\b|\bfast\s+delivery\b
    """
)
# Symbol- and number-led promotions ("30% off", "earn $500") are not gated on words.
_PROMO_SYMBOL_RE = _rx(r"\d+\s*%\s*off\b|\bearn\s+\$|\b2\s+for\s+1\b")
_PROMO_KEYWORDS = _wordset(
    """buy cheap order prescription discount promo coupon code free limited bulk wholesale
    worldwide discreet casino click best cheaper price cured healed cures yours fast"""
)
_WORD_RE = re.compile(r"[a-z0-9']+")
_URL_SCHEME_RE = re.compile(r"^(?:https?://)?(?:www\.)?")


def _repeated_run(text: str) -> bool:
    """True when a phrase of 1-6 words is repeated three or more times in a row (ad copy)."""
    words = _WORD_RE.findall(text)
    # A run starts with a word that occurs at least three times; Counter runs in C, so
    # ordinary posts with no such word cost almost nothing.
    frequent = {w for w, n in Counter(words).items() if n >= 3}
    if not frequent:
        return False
    total = len(words)
    for i, word in enumerate(words):
        if word not in frequent:
            continue
        for size in range(1, 7):
            if i + 3 * size > total:
                break
            if words[i + size] != word or words[i + 2 * size] != word:
                continue
            chunk = words[i : i + size]
            if (
                len("".join(chunk)) >= 6
                and chunk == words[i + size : i + 2 * size] == words[i + 2 * size : i + 3 * size]
            ):
                return True
    return False


def _domain(url: str) -> str:
    host = _URL_SCHEME_RE.sub("", url)
    return host.split("/", 1)[0].split("?", 1)[0].lower().rstrip(".,)")


def detect_spam(text: str) -> list[Finding]:
    """Find shop and pharmacy links, promotional phrases, link farms and repeated ad copy."""
    prep = prepare(text)
    norm = prep.norm
    spans: list[Span] = []
    rules: list[str] = []
    maybe_links = "http" in norm or "www." in norm or prep.all_words & _TLD_WORDS
    urls = list(_URL_RE.finditer(norm)) if maybe_links else []
    untrusted = [m for m in urls if not _TRUSTED_DOMAIN_RE.search(_domain(m.group(0)))]
    shop = [m for m in untrusted if _SHOP_DOMAIN_RE.search(_domain(m.group(0)))]
    if shop:
        rules.append("spam.shop_link")
        spans.extend(m.span() for m in shop)
    if len(untrusted) >= 3:
        rules.append("spam.many_links")
        spans.extend(m.span() for m in untrusted)
    promo = [
        (start + a, start + b)
        for start, sentence in _gated(prep, _PROMO_KEYWORDS)
        for a, b in (m.span() for m in _PROMO_RE.finditer(sentence))
    ]
    promo += [m.span() for m in _PROMO_SYMBOL_RE.finditer(norm)]
    if promo:
        rules.append("spam.promotion")
        spans.extend(promo)
    if _repeated_run(norm):
        rules.append("spam.repeated_text")
        spans.append((0, len(text)))
    if not rules:
        return []
    return [_finding(SPAM, rules[0], merge_spans(spans))]


# --------------------------------------------------------------------------- emergency

_WORD_NUMBERS = {
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
}
_EMERGENCY_KEYWORDS = _wordset(
    """breathing breathe breath blue purple grey gray dusky wake waking rouse rousing woken
    roused unresponsive responding responsive collapsed collapses collapsing move speak talk
    shallow min mins minute minutes"""
)
_EMERGENCY_SIGN_RE = _rx(
    r"""
    \b(?:not|isn't|isnt|is\s+not|wasn't|barely|hardly|stopped|stops|stopping|keeps\s+stopping
       |quit|stop)\s+breathing\b
    |\bcan'?t\s+breathe\b|\bwithout\s+(?:a|taking\s+a)\s+breath\b
    |\b(?:lips|mouth|face|skin)(?:\s+[\w']+){0,4}?\s+(?:blue|purple|grey|gray|dusky)\b
    |\b(?:turning|turned|turns|going|gone|goes|went)\s+(?:\w+\s+and\s+)?(?:blue|grey|gray|purple|dusky)\b
    |\b(?:he|she|baby|they)(?:'s|\s+is|\s+looks|'re|\s+are)\s+(?:all\s+|really\s+|very\s+|so\s+)?
       (?:blue|grey|gray|purple|dusky)\b
    |\b(?:can'?t|cannot|can\s+not|couldn't|could\s+not|won'?t|will\s+not|isn't|not)
       \s+(?:wake|waking|rouse|rousing)(?:\s+(?:him|her|them|up|my\s+\w+|the\s+baby))*
       (?:\s+up)?\b(?!\s+(?:during|from|with|because|when))
    |\bcannot\s+be\s+(?:woken|roused)|\bcan'?t\s+be\s+woken\b
    |\bunresponsive\b
    |\b(?:not|isn'?t)\s+respon(?:ding|sive)\b(?!\s+to\s+(?:the\s+|his\s+|her\s+|any\s+)?(?:\w+\s+)?
       (?:melatonin|meds|medication|medicine|treatment|therapy|drugs?|tablets|iron|magnesium)\b)
    |\bstruggling\s+to\s+breathe\b|\bgasping\s+for\s+(?:air|breath)\b
    |\bbreathing\s+(?:\w+\s+){0,3}?shallow\b
    |\bcollaps(?:ed|es|ing)\b
    # "can't move or speak", not "I can't speak for other countries".
    |\b(?:can'?t|cannot|couldn't|could\s+not)\s+(?:move|speak|talk)(?:\s+\w+){0,3}?\s+(?:or|and)
       \s+(?:move|speak|talk)\b
    |\b(?:can'?t|cannot|couldn't|could\s+not)\s+(?:move|speak|talk)\s+(?:at\s+all|properly)\b
    """
)
# A timed episode counts only for a seizure or something that will not stop: "clusters
# lasting 5 minutes" is the everyday pattern of benign sleep myoclonus.
_LONG_EPISODE_RE = _rx(
    r"""\b(?:seizure|seizing|fit\b|fitting|convuls\w*|won'?t\s+stop|non-?stop
        |been\s+(?:fitting|seizing|shaking|jerking|twitching)|still\s+(?:shaking|jerking|fitting))"""
)
_MINUTES_RE = _rx(
    r"\b(\d+|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)\s*(?:\+\s*)?(?:mins?|minutes?)\b"
)
_RANGE_BEFORE_RE = re.compile(r"\d\s*-\s*$")
_HYPOTHETICAL_RE = _rx(r"\b(?:if|in\s+case|what\s+if|unless|whether|ever)\b")
_URGENT_RE = _rx(
    r"""\b(?:right\s+now|just\s+now|tonight|help|emergency|please|asap|currently|still
        |what\s+do\s+i\s+do(?!\s+if)|should\s+(?:i|we)\s+(?:call|go)|on\s+the\s+way|today
        |(?<!\d\s)(?<!\bold\s)(?<!fine\s)(?<!\bok\s)now)\b"""
)
# How far either side of a sign to look for urgency or a hypothetical "if".
_URGENT_WINDOW = 60
_DISTANT_PAST_RE = _rx(
    r"""\b(?:(?:\d+|a|one|two|three|four|five|few|several|many)\s+(?:years?|months?)\s+ago
        |years\s+ago|last\s+(?:year|winter|summer|spring|autumn|fall|christmas)
        |when\s+(?:he|she|they|i|we)\s+(?:was|were)\s+(?:a\s+baby|little|small|younger|\d+)
        |as\s+a\s+(?:baby|newborn|toddler|child)|used\s+to|back\s+in\s+\d{4}|in\s+(?:19|20)\d\d)\b"""
)
_OUTCOME_RE = _rx(
    r"""\b(?:turned\s+out|fine\s+now|(?:is|he's|she's|was|been|all)\s+(?:totally\s+)?fine
        |recovered|all\s+clear|seizure-free|healthy|discharged|in\s+the\s+end)\b"""
)


_PAST_TENSE_RE = _rx(r"\b(?:stopped|collapsed|went|turned|was|were|had|couldn't|used\s+to)\b")


def _is_history(sentence: str, post_has_outcome: bool) -> bool:
    """A past-tense sign told as history: long ago, or with a resolution in the post."""
    if not _PAST_TENSE_RE.search(sentence):
        return False
    return bool(_DISTANT_PAST_RE.search(sentence)) or post_has_outcome


def _long_episode(sentence: str) -> list[Span]:
    if not _LONG_EPISODE_RE.search(sentence):
        return []
    found = []
    for m in _MINUTES_RE.finditer(sentence):
        raw = m.group(1).lower()
        minutes = int(raw) if raw.isdigit() else _WORD_NUMBERS.get(raw, 0)
        # "5-10 minutes" of jerk clusters is a described pattern, not a timed seizure.
        if minutes >= 5 and not _RANGE_BEFORE_RE.search(sentence[: m.start()]):
            found.append(m.span())
    return found


def detect_emergency(text: str) -> list[Finding]:
    """Find a person in danger now: not breathing, blue lips, cannot be woken, a long seizure.

    Policy: anything told in the present or recent past ("last night he stopped
    breathing") counts, because a banner costs little and a missed emergency costs a
    life. A past event is left alone only when it is clearly history: set in the distant
    past ("two years ago", "when she was a baby") or resolved ("turned out to be reflux,
    she's fine now") without any sign of urgency in the same sentence. Hypotheticals
    ("what do I do if he stops breathing?") are questions, not emergencies.
    """
    prep = prepare(text)
    if not prep.all_words & _EMERGENCY_KEYWORDS:
        return []
    has_outcome = bool(_OUTCOME_RE.search(prep.norm))
    spans: list[Span] = []
    for start, sentence in _gated(prep, _EMERGENCY_KEYWORDS):
        hits = [m.span() for m in _EMERGENCY_SIGN_RE.finditer(sentence)]
        # A general question ("is a 5 minute seizure dangerous?") is not a timed seizure now.
        if not _is_question(sentence) or _URGENT_RE.search(sentence):
            hits += _long_episode(sentence)
        if not hits:
            continue
        kept = []
        for a, b in hits:
            window = sentence[max(0, a - _URGENT_WINDOW) : b + _URGENT_WINDOW]
            urgent = bool(_URGENT_RE.search(window))
            clause = sentence[max(0, a - 45) : a]
            if _HYPOTHETICAL_RE.search(clause) and not urgent:
                continue
            if not urgent and _is_history(sentence, has_outcome):
                continue
            kept.append((a, b))
        if not kept:
            continue
        spans.extend((start + a, start + b) for a, b in kept)
    spans = merge_spans(spans)
    return [_finding(EMERGENCY, "emergency.red_flag", spans)] if spans else []


# --------------------------------------------------------------------------- duplicates

DUPLICATE_THRESHOLD = 0.85
_SHINGLE = 5
_DUP_STRIP_RE = re.compile(r"[^\w\s]+")
_DUP_SPACE_RE = re.compile(r"\s+")


def _dup_normal(text: str) -> str:
    """Lowercase, drop punctuation and apostrophes, collapse spaces: what a repost keeps."""
    folded = unicodedata.normalize("NFKC", text).lower()
    folded = _DUP_STRIP_RE.sub("", folded)
    return _DUP_SPACE_RE.sub(" ", folded).strip()


def _shingle_set(norm: str, size: int = _SHINGLE) -> frozenset[str]:
    if len(norm) <= size:
        return frozenset({norm}) if norm else frozenset()
    return frozenset(norm[i : i + size] for i in range(len(norm) - size + 1))


def shingles(text: str, size: int = _SHINGLE) -> frozenset[str]:
    """Character shingles of the normalised text (robust to small edits and typos)."""
    return _shingle_set(_dup_normal(text), size)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of shingles two texts have in common."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def detect_duplicate(
    text: str, recent_texts: Sequence[str], threshold: float = DUPLICATE_THRESHOLD
) -> list[Finding]:
    """Find a post that repeats a recent one, allowing for punctuation and small edits.

    Very short posts ("thank you!") are skipped: two people may well say the same thing.
    Two cheap checks (length ratio, then shared words) rule out most candidates before
    the character shingles, which dominate the cost on long posts, are built.
    """
    mine_norm = _dup_normal(text)
    if len(mine_norm) < 20:
        return []
    mine_words = frozenset(mine_norm.split())
    mine: frozenset[str] | None = None
    for other in recent_texts:
        other_norm = _dup_normal(other)
        shorter, longer = sorted((len(mine_norm), len(other_norm)))
        if not longer or shorter / longer < threshold - 0.2:
            continue
        if jaccard(mine_words, frozenset(other_norm.split())) < threshold - 0.35:
            continue
        if mine is None:
            mine = _shingle_set(mine_norm)
        if jaccard(mine, _shingle_set(other_norm)) >= threshold:
            return [_finding(DUPLICATE, "duplicate.near_copy", [(0, len(text))])]
    return []


# --------------------------------------------------------------------------- registry

DETECTORS: tuple[Callable[[str], list[Finding]], ...] = (
    detect_emergency,
    detect_dose_advice,
    detect_medication_directive,
    detect_diagnosis,
    detect_contact,
    detect_incivility,
    detect_spam,
)


def detect_all(text: str, recent_texts: Sequence[str] = ()) -> list[Finding]:
    """Run every detector; the engine turns the findings into a decision."""
    findings: list[Finding] = []
    for detector in DETECTORS:
        findings.extend(detector(text))
    if recent_texts:
        findings.extend(detect_duplicate(text, recent_texts))
    return findings
