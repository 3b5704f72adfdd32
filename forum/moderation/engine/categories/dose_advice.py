"""Dose advice: an amount, strength, timing or taper of a medicine for someone else."""

from __future__ import annotations

import functools
import re

from forum.moderation.engine import trie
from forum.moderation.engine.categories import advice_context
from forum.moderation.engine.text import (
    HOLD,
    Category,
    Span,
    gettext_noop,
    prepare,
    rx,
)
from forum.moderation.engine.words import (
    ADVISORY_FIRST_PERSON,
    CLAUSE_START,
    CLINICIAN,
    DOSE_GATE_RE,
    DOSE_QTY_RE,
    DRUG,
    FIX_LEAD,
    MASS_UNIT_RE,
    MODAL,
    PERSON,
    SUGGESTION,
    TIMING_SWAP_RE,
    TIMING_SWAP_WORDS,
    clinician_did,
    first_imperative,
    list_items_as_clauses,
    names_drug,
    quoted,
    suggests,
)

_DOSE_IMPERATIVE_RE = rx(
    CLAUSE_START
    + r"""
    (?P<verb>give|take|try|start|put|use|get|go|do|up(?!\s+from)|double|whack|bump|add|crush|increase
      |stick|pop|rub|have|dose
      # not a question put to the doctor: "ask your GP if it would suit yours"
      |ask(?!\s+(?:\w+\s+){0,3}?(?:if|whether|what|how|when|about\s+whether)\b)|cut|drop|reduce|lower|taper|wean|halve|triple|raise|gie|gi'e|chuck
      |make(?=\s+(?:it|that|hers|his)\b)|repeat
      |come(?=\s+(?:down|off))
      # the same orders in the other languages members write in
      |dale|dele|denle|dadle|prueba|donnez|donne|essayez|gib|gebt|geben|d[eê]
      # the order as a wish: "qu'il prenne la moitié", "que tome 300 mg", "prenez", "dáselo"
      |qu'(?:il|elle)s?\s+prenne(?:nt)?|que\s+tomen?|prenez|d[aá]selo|d[aá]sela
      # "dile que baje la pregabalina a la mitad"
      |d[ií]le\s+que\s+(?:baje|suba|tome)
      |bigyan|painumin|ibigay)\b
    """
)
# Amounts without a unit that still name a dose: "0.25 of ropinirole", "two panadol",
# "a capful of Benadryl", "give him 2.5" (not an age: "she's 2.5"), and taper steps
# ("down by a quarter each week").
_AGE_OR_TIME = (
    r"(?:%|am|pm|h|hrs?|hours?|mins?|minutes?|days?|weeks?|months?|years?|yrs?|kg|lbs?"
    # a temperature: "38.6 temperature", "37.9 degrees"
    r"|°|degrees?|temp\w*|fever)"
)
_COUNTABLE = r"""(?:tab(?:let)?s?|cap(?:sule)?s?|capful|scoop|sachet|gumm(?:y|ies)|spoonful|teaspoon
    |dropperful|squirt|spray|pills?|puffs?|spoon|pump)"""
# (every form starts at a word boundary: the shared \b first skips the middles of words)
_BARE_DOSE_RE = rx(
    rf"""\b(?:
    (?<![\w.])(?:\d+(?:[.,]\d+)?|half|a\s+half|a\s+quarter|one|two|three|a\s+couple|couple)\s+
        (?:of\s+(?:the\s+|his\s+|her\s+|your\s+)?)?
        # "two squirts of Calpol" (not "two weeks of melatonin")
        (?:(?!(?:days?|weeks?|months?|years?|nights?|hours?|mins?|times)\b)[a-z]+\s+(?:of\s+(?:the\s+)?)?)?{DRUG}
    |\b(?:a|one|half\s+a)\s+(?:wee\s+|little\s+|small\s+|tiny\s+|good\s+)?
        (?:capful|scoop|spoonful|spoon|cap|teaspoon|dropperful|squirt|splash)\s+(?:of|o'?)\s
    |(?<![\w.:])(?<!'s\s)(?<!\bis\s)(?<!\bage\s)(?<!\baged\s)
        (?:0[.,]\d+|\d+[.,]\d)(?![\w:\d]|[.,]\d)(?!\s*{_AGE_OR_TIME}\b)
    |\bgive\s+{PERSON}\s+\d+(?![\w.,:\d])(?!\s*{_AGE_OR_TIME}\b)

    |\b(?:up|down)?\s*by\s+(?:a\s+quarter|a\s+half|half|a\s+third|\d+(?:[.,]\d+)?\s*(?:mg|ml|mcg)?)
        \s+(?:a|each|every|per)\s+(?:\w+\s+)?(?:weeks?|days?|nights?|fortnight)\b
    )"""
)
# Every form starts at a word boundary: the \b shared before them lets the scan pass the middles
# of words at once instead of trying each form there (the same matches, faster).
_DOSE_STRONG_CUE_RE = rx(
    rf"""\b(?:
    {MODAL}
    |{ADVISORY_FIRST_PERSON}
    |\bfor\s+(?:you|u|yours|your\s+\w+)\b
    |\b(?:that'?s|thats|is)\s+what\s+(?:you|u)\s+(?:want|need|should)
    |\b{FIX_LEAD}\b
    # "what he wants is a couple of Nytol" (UK: what he needs)
    |\bwhat\s+(?:you|u|he|she|they|(?:your|ur)\s+\w+)\s+(?:wants?|needs?)\s+is\b
    |\b(?:your\s+(?:little\s+one|\w+)|he|she|they|you|u)\s+needs?\b
    |\bwould\s+(?:calm|settle|sort|stop|help|fix|work)\b
    # the promise to the reader: "a couple of Nytol will help you switch off"
    |\b(?:will|'ll)\s+(?:help|calm|settle|sort|knock)\s+(?:you|u|him|her|them)\b
    # the writer's experience carried over: "it'll work for her too", "that'll do the trick"
    |\b(?:it|that|this|they)(?:'ll|\s+will|ll)\s+(?:work|help|do\s+the\s+(?:trick|same)|sort\s+it)\s+(?:for|with)
      \s+(?:her|him|them|yours|you|u|your\s+\w+)\b
    |\btry\s+it\b
    # the promise after a recipe: "two Panadol at 9 and you'll sleep through"
    |\b(?:and|an|n)\s+(?:you|u|ya|he|she|they|your\s+\w+)(?:'ll|\s+will|ll)\s+(?:sleep|settle
        |calm|drop\s+off|be\s+(?:out|right|fine|sweet|grand|ok|okay|good)
        |stop\s+(?:kicking|jerking|twitching|jumping)|(?:see|notice)\s+(?:the|a)\s+difference)\b
    # advice asked as a question: "why not bump it to 1 mg?", "could you not double it?"
    |\bwhy\s+not\b|\bwhy\s+don'?t\s+(?:you|u)\b|\bcould(?:n'?t)?\s+(?:you|u)\s+not\b
    )"""
)
# Floated without "you": "worth dropping him to 1mg?", "maybe just give half" (scanned only
# when the sentence holds one of SUGGESTION's words: see words.suggests).
_DOSE_SUGGEST_RE = rx(
    rf"""{SUGGESTION}(?=(?:giv|try|drop|cut|up|bump|halv|doubl|lower|reduc|rais|start|go|split|mov
      |swap|switch|spac|wean|taper|stick|pop|add)[a-z]*\b)"""
)
# A count with its frequency, beside a medicine: "one a night", "one tablet daily", "a capful
# morning and night".
_COUNT_FREQ_RE = rx(
    rf"""\b(?:(?:one|two|three|half\s+a|\d+)\s+(?:{_COUNTABLE}\s+)?|an?\s+(?:[a-z]+\s+)?{_COUNTABLE}\s+)(?:a|per|each
        |every)\s+(?:other\s+)?(?:night|day|morning|evening)\b
    |\b(?:one|two|three|an?|half\s+a|\d+)\s+{_COUNTABLE}\s+(?:daily|nightly|twice\s+(?:a|per)\s+day
        |(?:every\s+)?morning\s+and\s+(?:night|evening)|at\s+(?:night|bedtime)|before\s+bed)\b
    |\b(?:one|two|three|half\s+a|\d+)\s+(?:daily|nightly|twice\s+(?:a|per)\s+day)\b
    |\b(?:one|two|half\s+a)\s+(?:{_COUNTABLE}\s+)?at\s+(?:\d{{1,2}}(?:[.:]\d\d)?\s*(?:am|pm)?\b|bedtime|tea\s*time
      |night)"""
)
# A remedy the lists do not know, given to the reader's person: "give him Calm Aid, two at night".
_GIVE_PERSON_RE = rx(rf"\b(?:give|gie|take)\s+{PERSON}\s+[a-z]")
# A change of amount with no number: "halve it", "double his ropinirole" (scanned only when
# the sentence holds one of _CHANGE_WORDS; "cut the dose in half" stays a directive).
_CHANGE_AMOUNT_RE = rx(
    rf"""\b(?:double|halve|triple)\s+(?:it|that|them|(?:the|his|her|their|your|ur)\s+(?:[\w-]+\s+){{0,2}}?
        (?:dose|{DRUG})
      # "double whatever they prescribe": the doctor's amount overruled
      |whatever\s+(?:they|the\s+\w+|he|she|(?:your|ur)\s+\w+)\s+(?:\w+\s+)?(?:prescribes?|gives?|recommends?
        |suggests?|says?|started))(?![\w-])
    # "make it 3 from today": a new amount for the dose named before
    |\bmake\s+(?:it|that|hers|his)\s+(?:\d+(?:[.,]\d+)?|half|double)\b(?!\s*{_AGE_OR_TIME}\b)"""
)
_CHANGE_WORDS = ("double", "halve", "triple", "make it", "make that", "make his", "make hers")
_TIMING_MARK_RE = trie.compile(r"\b(?:hours?|hrs?|mins?|minutes?)\b|\b" + TIMING_SWAP_RE.pattern)
_FREQUENCY_MARKS = ("night", "day", "daily", "twice", "morning", "evening", "bed", "tea", "at ")
# A timing moved for a medicine named just before it: "give the melatonin an hour earlier",
# "the evening one 30 mins before bed" (not "screens off an hour before bed"). The timing is
# found first, then the few words before it are read for the medicine.
_TIMING_RE = rx(
    r"""\b(?:an?|half\s+an?|\d+|one|two)\s+(?:hours?|hrs?|minutes?|mins?)\s+(?:earlier|later
      |before\s+(?:bed|sleep|bedtime|lights\s+out)|after\s+(?:dinner|tea|food|meals?))\b
    # the time of day swapped: "taking it in the morning not at night"
    |\b(?:in\s+the\s+(?:morning|evening)|at\s+(?:night|bedtime))\s+(?:not|instead|rather)\b"""
)
_TIMED_OBJECT_RE = rx(rf"(?:{DRUG}|\b(?:it|one|dose))\s+(?:[\w-]+\s+){{0,2}}?$")
# What every _BARE_DOSE_RE form holds besides a drug (DRUG_RE): a capful, scoop or
# spoonful, a decimal, "give", or "by " (a taper step); without any, it never scans.
_BARE_DOSE_HINT_RE = rx(r"cap|scoop|spoon|dropper|squirt|splash|\d[.,]\d|give|by\s")
# Cues that often land in the sentence *after* the dose ("0.25 mg at night. Trust me.").
_DOSE_TRAILING_CUE_RE = rx(
    r"""\b(?:trust\s+me|you'll\s+thank\s+me|you\s+won't\s+regret|do\s+(?:it|that|this)
        |try\s+it)\b"""
)
# "Please don't do that without the neuro", "not telling anyone else to do it": a trailing
# cue under a negation turns the amount before it down.
_NEGATION_BEFORE_RE = rx(
    r"""(?:\b(?:not|never|no|nobody|noone|nor|dont|didnt|doesnt|wont|wouldnt|shouldnt|cant)\b
        |n't)[^.!?,;]{0,30}$"""
)


# A dose told as a fragment, the amount in its first words and aimed at the reader's person:
# "one Kalms tablet crushed in her yogurt", "Floradix instead, a capful morning and night".
# Not a report ("Melatonin 3mg since March for her", "Keppra twice a day here too, 8ml").
_TARGET_RE = rx(r"\b(?:him|her|his|them|their|your|yours|ur|u|you|instead)\b")
_NOT_FRAGMENT_RE = rx(
    rf"""\b(?:i|i'm|i've|we|we're|we've|my|our|us|me|ours|mine|here|since|been|still|prescribed
    |was|were|has|had|have|gave|took|did|does|slept|last|yesterday|ago|whether|if
    # someone else's words, reported: "somebody above wrote give 5 ml instead"
    |said|says|told|wrote|writes|posted|suggested|suggests|recommended|someone|somebody|quote)\b
    |{CLINICIAN}|\?"""
)


def _fragment_cue(sentence: str, quantity: Span) -> bool:
    head = sentence[: quantity[0]]
    return (
        len(head.split()) <= 4
        and not _NOT_FRAGMENT_RE.search(sentence)
        and bool(_TARGET_RE.search(sentence))
    )


def _trailing_cue(text: str) -> re.Match[str] | None:
    """A trailing cue ("trust me", "do it") that is not under a negation."""
    for m in _DOSE_TRAILING_CUE_RE.finditer(text):
        if not _NEGATION_BEFORE_RE.search(text, 0, m.start()):
            return m
    return None


def _quantities(sentence: str) -> list[Span]:
    """Amounts in a sentence: with a unit, or a bare number that can only be a dose.

    An amount inside quotation marks is someone else's advice being quoted, so it is
    left out.
    """
    spans = [m.span() for m in DOSE_QTY_RE.finditer(sentence) if MASS_UNIT_RE.search(m.group(0))]
    # A bare number inside an amount with a unit ("0.5" of "0.5 mg") is the same amount.
    if _BARE_DOSE_HINT_RE.search(sentence) or names_drug(sentence):
        spans += [
            (a, b)
            for a, b in (m.span() for m in _BARE_DOSE_RE.finditer(sentence))
            if not any(a < end and start < b for start, end in spans)
        ]
    found: list[Span] = []
    if _TIMING_MARK_RE.search(sentence):
        found += (
            m.span()
            for m in _TIMING_RE.finditer(sentence)
            if _TIMED_OBJECT_RE.search(sentence, max(0, m.start() - 50), m.start())
        )
    if any(map(sentence.__contains__, _FREQUENCY_MARKS)) and (
        names_drug(sentence) or _GIVE_PERSON_RE.search(sentence)
    ):
        found += (m.span() for m in _COUNT_FREQ_RE.finditer(sentence))
    if any(map(sentence.__contains__, _CHANGE_WORDS)):
        found += (m.span() for m in _CHANGE_AMOUNT_RE.finditer(sentence))
    for a, b in found:
        if not any(a < end and start < b for start, end in spans):
            spans.append((a, b))
    return sorted((a, b) for a, b in spans if not quoted(sentence, a))


def rules(text: str) -> list[Span]:
    return list(_rules(text))


@functools.lru_cache(maxsize=16)
def _rules(text: str) -> tuple[Span, ...]:
    """Find doses recommended to someone else.

    A quantity with a unit ("0.5 mg", "half a tablet") or a bare amount that can only be
    a dose ("0.25 of ropinirole", "give him 2.5", "by a quarter each week") counts only when
    the same sentence
    carries an advisory cue (imperative, "you should", "if I were you", "for your son"),
    or the next sentence says "trust me" / "do that". A first-person report such as
    "I take 0.5 mg, prescribed by my GP" has a quantity but no such cue.
    """
    prep = list_items_as_clauses(prepare(text))
    norm, sents = prep.norm, prep.sentences
    spans: list[Span] = []
    for index, (start, end) in enumerate(sents):
        sentence = norm[start:end]
        if not DOSE_GATE_RE.search(sentence) and not (
            any(map(sentence.__contains__, TIMING_SWAP_WORDS)) and TIMING_SWAP_RE.search(sentence)
        ):
            continue
        quantities = _quantities(sentence)
        if not quantities:
            continue
        cue = first_imperative(_DOSE_IMPERATIVE_RE, sentence)
        if cue is not None and clinician_did(sentence, cue.start("verb")):
            cue = None
        cue = cue or _DOSE_STRONG_CUE_RE.search(sentence)
        if cue is None and suggests(sentence):
            cue = _DOSE_SUGGEST_RE.search(sentence)
        if cue is None and _fragment_cue(sentence, quantities[0]):
            spans.extend((start + a, start + b) for a, b in quantities)
            continue
        if cue is None:
            following = (
                norm[sents[index + 1][0] : sents[index + 1][1]] if index + 1 < len(sents) else ""
            )
            cue = _trailing_cue(sentence) or _trailing_cue(following)
        if cue is None:
            continue
        spans.extend((start + a, start + b) for a, b in quantities)
    return tuple(spans)


CATEGORY = Category(
    code="dose_advice",
    action=HOLD,
    message=gettext_noop(
        "This looks like a dose suggested for someone else. Doses depend on the person, "
        "their weight and their other medicines, so only their own doctor can set one. "
        "Sharing what your own doctor prescribed for you is welcome."
    ),
    rules=rules,
    rule_id="dose.directed",
    nudge_rule=gettext_noop("No doses for someone else"),
    nudge_fix=gettext_noop(
        "Try: “Our neurologist prescribed … for our son — ask your own doctor what is "
        "right for yours.”"
    ),
    learned=True,
    rules_decide=False,
    advice=True,
    clears=advice_context.clears,
)
