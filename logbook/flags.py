"""Reasons to see a doctor found in a log (DOMAIN.md), as information only.

Pure logic over aggregate counts: no diagnosis, no advice beyond "talk to a
doctor about it" and a link to the article on when to see one.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

ARTICLE_SLUG = "when-to-see-a-doctor"

# (count key, plain-language text). Order: most pressing first.
FLAG_TEXTS = {
    "breathing_pause": _(
        "A breathing pause was noted. Breathing pauses are something to tell a doctor about."
    ),
    "not_responsive": _(
        "The person was noted as not responsive during an episode. "
        "Not responding during movements is something to tell a doctor about."
    ),
    "not_stopped": _(
        "An episode did not stop when the person was woken. "
        "Movements that go on after waking are something to tell a doctor about."
    ),
    "awake": _(
        "Episodes were noted while awake. Jerks while awake are something to tell a doctor about."
    ),
    "stiffening": _(
        "Stiffening was noted. Stiffening with the movements is something to tell a doctor about."
    ),
}


@dataclass(frozen=True)
class Flag:
    code: str
    count: int
    text: str


def red_flags(counts: dict[str, int]) -> list[Flag]:
    """The flags present in `counts` (keys of FLAG_TEXTS -> episode counts)."""
    return [
        Flag(code, int(counts.get(code) or 0), str(text))
        for code, text in FLAG_TEXTS.items()
        if counts.get(code)
    ]
