"""Duplicate: the same author posting the same (or nearly the same) text again.

Compared with the author's recent texts (in the site) or with the earlier lines of the
same author in the same thread (``moderate --jsonl``, the evaluation).
"""

from __future__ import annotations

import functools
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


@functools.lru_cache(maxsize=256)
def _dup_forms(text: str) -> tuple[str, str]:
    """(folded text, its words sorted): what a repost keeps, in the two orders compared.

    Lowercase, drop punctuation and apostrophes, collapse spaces. Cached: an author's
    recent posts are compared with each of their new posts and previews.
    """
    folded = unicodedata.normalize("NFKC", text).lower()
    folded = _DUP_SPACE_RE.sub(" ", _DUP_STRIP_RE.sub("", folded)).strip()
    return folded, " ".join(sorted(folded.split()))


def _similar_forms(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Are two posts (their folded forms) the same, allowing for small edits?"""
    # token_sort_ratio is the plain ratio of the sorted words, so the sorted forms are
    # compared directly (each text is sorted once, not once per comparison).
    shorter, longer = sorted((len(a[0]), len(b[0])))
    if not longer or shorter / longer < MIN_LENGTH_RATIO:
        return False
    return (
        fuzz.ratio(a[0], b[0], score_cutoff=RATIO_THRESHOLD) > 0
        or fuzz.ratio(a[1], b[1], score_cutoff=TOKEN_SORT_THRESHOLD) > 0
    )


def near_copy(text: str, recent_texts: Sequence[str]) -> list[Span]:
    """The whole text when it repeats one of the author's recent texts, else nothing.

    Very short posts ("thank you!") are skipped: two people may well say the same thing.
    """
    mine = _dup_forms(text)
    if len(mine[0]) < MIN_LENGTH:
        return []
    if any(_similar_forms(mine, _dup_forms(other)) for other in recent_texts):
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
