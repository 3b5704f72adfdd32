"""Duplicate: the same author posting the same (or nearly the same) text again.

Compared with the author's recent texts (in the site) or with the earlier lines of the
same author in the same thread (``moderate --jsonl``, the evaluation).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz import fuzz

from forum.moderation.engine.text import HOLD, Category, Span, gettext_noop

# Thresholds (0-100) of rapidfuzz's normalised edit similarity on the folded texts, and
# of the same on sorted words (reposts reorder or drop a word); chosen on train/dev.
RATIO_THRESHOLD = 72.0
TOKEN_SORT_THRESHOLD = 74.0
MIN_LENGTH = 20
MIN_LENGTH_RATIO = 0.5
_DUP_STRIP_RE = re.compile(r"[^\w\s]+")
_DUP_SPACE_RE = re.compile(r"\s+")


def _dup_normal(text: str) -> str:
    """Lowercase, drop punctuation and apostrophes, collapse spaces: what a repost keeps."""
    folded = unicodedata.normalize("NFKC", text).lower()
    folded = _DUP_STRIP_RE.sub("", folded)
    return _DUP_SPACE_RE.sub(" ", folded).strip()


def similar(a: str, b: str) -> bool:
    """Are two texts (already folded) the same post, allowing for small edits?"""
    shorter, longer = sorted((len(a), len(b)))
    if not longer or shorter / longer < MIN_LENGTH_RATIO:
        return False
    return (
        fuzz.ratio(a, b, score_cutoff=RATIO_THRESHOLD) > 0
        or fuzz.token_sort_ratio(a, b, score_cutoff=TOKEN_SORT_THRESHOLD) > 0
    )


def near_copy(text: str, recent_texts: Sequence[str]) -> list[Span]:
    """The whole text when it repeats one of the author's recent texts, else nothing.

    Very short posts ("thank you!") are skipped: two people may well say the same thing.
    """
    mine = _dup_normal(text)
    if len(mine) < MIN_LENGTH:
        return []
    if any(similar(mine, _dup_normal(other)) for other in recent_texts):
        return [(0, len(text))]
    return []


def _no_rules(text: str) -> list[Span]:
    return []


CATEGORY = Category(
    code="duplicate",
    action=HOLD,
    message=gettext_noop(
        "This looks the same as something posted a moment ago, so it may be a repeat."
    ),
    rules=_no_rules,
    rule_id="duplicate.near_copy",
)
