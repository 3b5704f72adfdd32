"""What the composer tells an author while they type: which rule, and why.

Built from the pure engine and the watched rules (a cache read); no database
writes, no author history (a nudge is about the text, not the person).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext

from forum.moderation.engine.categories import CATEGORIES

# The rule each category stands for, in the words of the community guidelines, and how
# to put it right: both live in the category's own file.
NUDGE_CATEGORIES = tuple(c.code for c in CATEGORIES if c.nudge_rule)
_BY_CODE = {c.code: c for c in CATEGORIES if c.nudge_rule}


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
    from .learning import judge

    if not text.strip():
        return Nudge(rules=[], urgent=False)
    verdict = judge(text)
    by_category: dict[str, NudgeRule] = {}
    for finding in verdict.findings:
        category = _BY_CODE.get(finding.category)
        if category is None:
            continue
        entry = by_category.setdefault(
            finding.category,
            NudgeRule(
                category=finding.category,
                rule=gettext(category.nudge_rule),
                why=gettext(finding.message),
                fix=gettext(category.nudge_fix),
            ),
        )
        for start, end in finding.spans:
            quote = text[start:end].strip()
            if quote and quote not in entry.quotes:
                entry.quotes.append(quote[:120])
    ordered = [by_category[c] for c in NUDGE_CATEGORIES if c in by_category]
    return Nudge(rules=ordered, urgent=verdict.urgent)
