"""Dose advice: an amount, strength, timing or taper of a medicine for someone else."""

from __future__ import annotations

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
    DOSE_GATE_RE,
    DOSE_QTY_RE,
    MASS_UNIT_RE,
    MODAL,
    first_imperative,
)

_DOSE_IMPERATIVE_RE = rx(
    CLAUSE_START
    + r"""
    (?P<verb>give|take|try|start|put|use|get|go|do|up|double|whack|bump|add|crush|increase
      |stick|pop|rub|have|dose)\b
    """
)
_DOSE_STRONG_CUE_RE = rx(
    rf"""
    {MODAL}
    |{ADVISORY_FIRST_PERSON}
    |\bfor\s+(?:you|u|your\s+\w+)\b
    |\b(?:that'?s|thats|is)\s+what\s+(?:you|u)\s+(?:want|need|should)
    |\b(?:the\s+trick|best\s+thing|the\s+answer|the\s+secret)\s+is\b
    |\b(?:your\s+(?:little\s+one|\w+)|he|she|they|you|u)\s+needs?\b
    |\bwould\s+(?:calm|settle|sort|stop|help|fix|work)\b
    |\btry\s+it\b
    """
)
# Cues that often land in the sentence *after* the dose ("0.25 mg at night. Trust me.").
_DOSE_TRAILING_CUE_RE = rx(
    r"""\b(?:trust\s+me|you'll\s+thank\s+me|you\s+won't\s+regret|do\s+(?:it|that|this)
        |try\s+it)\b"""
)


def rules(text: str) -> list[Span]:
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
        if not DOSE_GATE_RE.search(norm, start, end):
            continue
        sentence = norm[start:end]
        quantities = [
            m.span() for m in DOSE_QTY_RE.finditer(sentence) if MASS_UNIT_RE.search(m.group(0))
        ]
        if not quantities:
            continue
        cue = first_imperative(_DOSE_IMPERATIVE_RE, sentence) or _DOSE_STRONG_CUE_RE.search(
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
    return spans


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
)
