"""Is an article comment really a personal medical question? Pure: no Django.

Such comments deserve the forum's "Ask a question" form (with its red-flag
checks and a whole thread of answers), not a line under an article.
"""

from __future__ import annotations

import re

_MY_CHILD = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:child|children|son|sons|daughter|daughters|baby|babies|"
    r"newborn|infant|toddler|kid|kids|boy|girl|little\s+one)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|me|my|we|our|us)\b", re.IGNORECASE)


def looks_like_personal_question(text: str, *, categories: frozenset[str] = frozenset()) -> bool:
    """First person + "my child/son/daughter/baby..." + a question mark.

    `categories` are the moderation verdict's detector categories: a future
    "diagnosis_request" category counts on its own.
    """
    if "diagnosis_request" in categories:
        return True
    return bool(_FIRST_PERSON.search(text) and _MY_CHILD.search(text) and "?" in text)
