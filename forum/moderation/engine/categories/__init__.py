"""The moderation categories, one file each; this tuple is the only list of them.

Adding a category is one file (its rules or concept, its message, nudge text and
action: see :class:`forum.moderation.engine.text.Category`) plus its line here and
its rows in the corpus; the learned model picks up every ``learned`` category.
"""

from __future__ import annotations

from . import (
    contact,
    diagnosis,
    dose_advice,
    duplicate,
    emergency,
    incivility,
    medication_directive,
    spam,
)

CATEGORIES = (
    emergency.CATEGORY,
    dose_advice.CATEGORY,
    medication_directive.CATEGORY,
    diagnosis.CATEGORY,
    contact.CATEGORY,
    incivility.CATEGORY,
    spam.CATEGORY,
    duplicate.CATEGORY,
)
BY_CODE = {category.code: category for category in CATEGORIES}
CODES: tuple[str, ...] = tuple(BY_CODE)
LEARNED: tuple[str, ...] = tuple(c.code for c in CATEGORIES if c.learned)
INDIVIDUAL_ADVICE: frozenset[str] = frozenset(c.code for c in CATEGORIES if c.advice)
