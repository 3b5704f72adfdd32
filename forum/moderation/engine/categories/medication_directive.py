"""Medication directives: start, stop, switch or avoid a medicine or regimen for someone else."""

from __future__ import annotations

import re

from forum.moderation.engine.categories import advice_context
from forum.moderation.engine.text import (
    HOLD,
    Category,
    Span,
    gated,
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
    DOSE_QTY_RE,
    DRUG,
    DRUG_RE,
    MASS_UNIT_RE,
    MODAL,
    PERSON,
    narrative_before,
    quoted,
)

# --------------------------------------------------------------------------- medication

_MED_VERB = rf"""
    (?:stop(?:ping)?(?:\s+(?:taking|giving|using))?|quit|ditch|drop|bin|throw
      |come\s+off|get(?:ting)?\s+(?:{PERSON}\s+)?(?:off|on)|wean(?:ing)?\s+(?:{PERSON}\s+)?off
      |take\s+{PERSON}\s+off|start(?:ing)?\s+(?:{PERSON}\s+)?on|start(?:ing)?
      |put(?:ting)?\s+{PERSON}\s+on|switch(?:ing)?(?:\s+{PERSON})?(?:\s+(?:to|from))?
      |swap(?:ping)?|giv(?:e|ing)(?:\s+{PERSON})?|try(?:ing)?(?:\s+(?:taking|giving))?
      |tak(?:e|ing)|us(?:e|ing)|increas(?:e|ing)|rais(?:e|ing)|lower(?:ing)?|reduc(?:e|ing)
      |cut(?:ting)?|halve|doubl(?:e|ing)|up
      |ask(?:ing)?\s+(?:your\s+\w+\s+|the\s+\w+\s+)?for|tell\s+(?:your|the)\s+\w+\s+you\s+want)
"""
_MED_OBJECT = rf"""
    \s+(?:(?:the|his|her|their|your|some|any|that|those|these|this|a|an)\s+)?
    (?:[\w-]+\s+){{0,2}}?{DRUG}
"""
_MED_IMPERATIVE_RE = rx(
    CLAUSE_START + rf"(?:do\s+not\s+|don'?t\s+|never\s+)?(?P<verb>{_MED_VERB}){_MED_OBJECT}"
)
_MED_MODAL_RE = rx(rf"(?:{MODAL}|{ADVISORY_FIRST_PERSON})(?P<verb>{_MED_VERB}){_MED_OBJECT}")
# First words of every DRUG alternative, plus the words of "cut the dose", "double it".
_MED_KEYWORDS = wordset(
    """melatonin clonazepam klonopin rivotril diazepam valium lorazepam midazolam benzo benzos
    gabapentin pregabalin lyrica keppra levetiracetam valproate epilim topiramate ropinirole
    pramipexole trazodone amitriptyline propranolol sertraline fluoxetine citalopram anti
    antidepressant antidepressants antihistamine antihistamines cetirizine diphenhydramine
    benadryl piriton calpol paracetamol tylenol ibuprofen nurofen magnesium iron zinc b
    vitamin htp theanine valerian cbd gripe chamomile meds medication
    medications medicine medicines pills tablets supplement supplements drops stimulant
    stimulants ritalin methylphenidate steroids opioids tramadol codeine modafinil ambien
    zolpidem xanax dose dosage double halve triple tummy stomach front side belly swaddle wrap
    unswaddle gluten dairy wheat sugar cow cow's food additives did same do ask request haced
    faites bring co-sleep cosleep"""
)
_I_WE_RE = rx(r"\b(?:i|we)\b")
# "cut the dose in half", "double it" have no drug word after them but still direct a change.
_MED_DOSE_CHANGE_RE = rx(
    CLAUSE_START
    + r"(?P<verb>cut|halve|double|lower|reduce|increase|up)\s+(?:the|his|her|your)\s+dose\b"
    + r"|\band\s+(?P<verb2>double|halve|triple)\s+it\b"
)


# Regimens for someone else's child or partner that name no medicine: a sleep position,
# swaddling, a diet, an endorsement of another member's plan, a drug asked for on their behalf.
_REGIMEN_RE = rx(
    CLAUSE_START
    + rf"""(?:do\s+not\s+|don'?t\s+|never\s+)?(?P<verb>
      (?:put|lay|lie|have|let|keep|make|get)\s+(?:{PERSON}|baby|bub)\s+(?:down\s+)?(?:to\s+)?
        (?:(?:sleep\s+)?on\s+(?:his|her|their|its|the|a)\s+(?:tummy|stomach|front|belly)
        |sleep\s+on\s+(?:his|her|their|its|the|a)\s+side)
      |swaddle|wrap\s+(?:him|her|them|the\s+baby)|unswaddle
      |(?:cut\s+out|keep\s+{PERSON}\s+off|take\s+{PERSON}\s+off|go|try)\s+(?:all\s+|the\s+)?
        (?:gluten|dairy|wheat|sugar|cow'?s\s+milk|food\s+colou?rings?|additives)(?:[\s-]+free)?
      |(?:do|try)\s+(?:exactly\s+)?what\s+(?:we|i|she|he|they)\s+did|do\s+exactly\s+(?:this|that)
      |do\s+the\s+same|just\s+do\s+it|haced\s+lo\s+mismo|faites\s+(?:comme|pareil|la\s+m[eê]me)
      |bring\s+{PERSON}\s+into\s+(?:your|the)\s+bed|co-?sleep
      |(?:ask|request)\s+(?:your|his|her|their|the)\s+(?:gp|doctor|doc|dr|paed|ped|pediatrician
        |paediatrician|neuro|neurologist|consultant)\s+(?:for|to\s+(?:prescribe|start|put|give
        |swap|switch|double|increase|up|add))\s+
        (?!(?:a\s+|an\s+|the\s+)?(?:referral|eeg|sleep\s+study|video|second|blood|tests?|scan|mri
          |check|appointment|advice|help|review|plan|leaflet|explanation|chat|written|letter
          |copy|word|proper|look))
    )\b"""
)
# Words each pattern needs (as substrings), so the patterns a sentence cannot match never
# scan it: the dose changes name "dose" or double/halve/triple, and every regimen one of
# these (the medicine patterns need a drug: DRUG_RE).
_DOSE_CHANGE_WORDS = ("dose", "double", "halve", "triple")
_REGIMEN_WORDS = (
    *("tummy", "stomach", "front", "belly", "side", "swaddle", "wrap"),
    *("gluten", "dairy", "wheat", "sugar", "cow", "food", "additives"),
    *("did", "exactly", "same", "just", "haced", "faites", "bring", "sleep", "ask", "request"),
)


def _patterns_for(sentence: str) -> list[re.Pattern[str]]:
    """The directive patterns that can match ``sentence`` (the others cannot: see above)."""
    patterns = [_MED_IMPERATIVE_RE, _MED_MODAL_RE] if DRUG_RE.search(sentence) else []
    if any(map(sentence.__contains__, _DOSE_CHANGE_WORDS)):
        patterns.append(_MED_DOSE_CHANGE_RE)
    if any(map(sentence.__contains__, _REGIMEN_WORDS)):
        patterns.append(_REGIMEN_RE)
    return patterns


# "Please don't stop her medicine without her doctor" keeps someone to their own doctor:
# a negated directive in a post that points back to the doctor is a caution, not advice.
_NEGATED_RE = rx(r"\b(?:do\s+not|don'?t|never|please\s+no)\b")
_DEFER_RE = rx(
    r"""\bwithout\b|\bon\s+(?:forum|a\s+stranger)|\bbased\s+on\b|\bsuddenly\b|\byourself\b
    |\bon\s+your\s+own\b|\b(?:ask|talk\s+to|call|consult|check\s+with)\s+(?:your|his|her|their|the)\b"""
)


def _not_a_directive(pattern: re.Pattern[str], sentence: str, verb: str, index: int) -> bool:
    """A verb that is not an order: a report ("we stopped...") or the subject of the
    sentence ("Stopping it suddenly is risky")."""
    if pattern is _MED_MODAL_RE:
        return False
    first = verb.split()[0]
    return narrative_before(sentence, index) or (first.endswith("ing") and first != "bring")


def rules(text: str) -> list[Span]:
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
    prep = prepare(text)
    defers = bool(_DEFER_RE.search(prep.norm))
    for start, sentence in gated(prep, _MED_KEYWORDS):
        if is_question(sentence) and _I_WE_RE.search(sentence):
            continue
        if defers and _NEGATED_RE.search(sentence):
            continue
        for pattern in _patterns_for(sentence):
            for m in pattern.finditer(sentence):
                group = "verb" if m.group("verb") else "verb2"
                a, b = m.start(group), m.end()
                if quoted(sentence, a) or _not_a_directive(pattern, sentence, m.group(group), a):
                    continue
                tail = sentence[a : min(len(sentence), b + 30)]
                if any(MASS_UNIT_RE.search(q.group(0)) for q in DOSE_QTY_RE.finditer(tail)):
                    continue
                spans.append((start + a, start + b))
    return merge_spans(spans)


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
)
