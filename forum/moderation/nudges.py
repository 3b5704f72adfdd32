"""What the composer tells an author while they type: which rule, and why.

Built from the pure engine and the watched rules (a cache read); no database
writes, no author history (a nudge is about the text, not the person).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from forum.moderation import detectors, engine

# The rule each category stands for, in the words of the community guidelines.
RULES = {
    detectors.DOSE_ADVICE: _("No doses for someone else"),
    detectors.MEDICATION_DIRECTIVE: _("No starting, stopping or changing someone else's medicine"),
    detectors.DIAGNOSIS: _("No diagnosing another person"),
    detectors.CONTACT: _("No contact details"),
    detectors.INCIVILITY: _("Be kind"),
}
HOW_TO_FIX = {
    detectors.DOSE_ADVICE: _(
        "Try: “Our neurologist prescribed … for our son — ask your own doctor what is "
        "right for yours.”"
    ),
    detectors.MEDICATION_DIRECTIVE: _(
        "Try telling what happened to you, and suggest they ask their own doctor."
    ),
    detectors.DIAGNOSIS: _(
        "Try: “Ours turned out to be … — a video for the doctor helped us find out.”"
    ),
    detectors.CONTACT: _("Keep the conversation here; remove the email, number or handle."),
    detectors.INCIVILITY: _("Say what you disagree with, not what you think of the person."),
}
NUDGE_CATEGORIES = tuple(RULES)


@dataclass
class NudgeRule:
    category: str
    rule: str
    why: str
    fix: str
    quotes: list[str] = field(default_factory=list)


@dataclass
class Nudge:
    rules: list[NudgeRule]
    urgent: bool

    @property
    def empty(self) -> bool:
        return not self.rules and not self.urgent


def nudge_for(text: str) -> Nudge:
    """The rules this text seems to break (with the words that triggered them)."""
    from .services import watched_rules_active

    if not text.strip():
        return Nudge(rules=[], urgent=False)
    verdict = engine.evaluate(text, watched=watched_rules_active())
    by_category: dict[str, NudgeRule] = {}
    for finding in verdict.findings:
        if finding.category not in RULES:
            continue
        entry = by_category.setdefault(
            finding.category,
            NudgeRule(
                category=finding.category,
                rule=str(RULES[finding.category]),
                why=gettext(finding.message),
                fix=str(HOW_TO_FIX[finding.category]),
            ),
        )
        for start, end in finding.spans:
            quote = text[start:end].strip()
            if quote and quote not in entry.quotes:
                entry.quotes.append(quote[:120])
    ordered = [by_category[c] for c in NUDGE_CATEGORIES if c in by_category]
    return Nudge(rules=ordered, urgent=verdict.urgent)
