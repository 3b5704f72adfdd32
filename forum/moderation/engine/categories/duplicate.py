"""Duplicate: the same author posting the same (or nearly the same) text again.

Compared with the author's recent texts (in the site) or with the earlier lines of the
same author in the same thread (``moderate --jsonl``, the evaluation).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

from rapidfuzz import fuzz

from forum.moderation.engine import trie
from forum.moderation.engine.text import HOLD, Category, Span, gettext_noop

# Thresholds (0-100) of rapidfuzz's normalised edit similarity on the folded texts, and
# of the same on sorted words (reposts reorder or drop a word); chosen on train/dev.
RATIO_THRESHOLD = 72.0
TOKEN_SORT_THRESHOLD = 74.0
MIN_LENGTH = 20
MIN_LENGTH_RATIO = 0.5
MIN_SHARED_WORDS = 0.5
_DUP_STRIP_RE = trie.compile(r"[^\w\s]+")


class Forms(NamedTuple):
    """What a repost keeps of a text, in the forms compared."""

    folded: str  # lowercased, no punctuation or apostrophes, single spaces
    sorted_words: str  # the same words in sorted order
    words: frozenset[str]


@functools.lru_cache(maxsize=256)
def _dup_forms(text: str) -> Forms:
    """The text's :class:`Forms`. Cached: an author's recent posts are compared with
    each of their new posts and previews."""
    folded = unicodedata.normalize("NFKC", text).lower()
    # runs of whitespace as one space, none at the ends (str.split's whitespace is re's \s)
    folded = " ".join(_DUP_STRIP_RE.sub("", folded).split())
    words = folded.split()
    return Forms(folded, " ".join(sorted(words)), frozenset(words))


def _similar_forms(a: Forms, b: Forms) -> bool:
    """Are two posts the same, allowing for small edits?

    token_sort_ratio is the plain ratio of the sorted words, so the sorted forms are
    compared directly. Posts that share under ``MIN_SHARED_WORDS`` of the shorter one's
    distinct words are different posts whatever their letters, which spares the edit
    distance of two long posts on nearly every comparison.
    """
    shorter, longer = sorted((len(a.folded), len(b.folded)))
    if not longer or shorter / longer < MIN_LENGTH_RATIO:
        return False
    if len(a.words & b.words) < MIN_SHARED_WORDS * min(len(a.words), len(b.words)):
        return False
    return (
        fuzz.ratio(a.folded, b.folded, score_cutoff=RATIO_THRESHOLD) > 0
        or fuzz.ratio(a.sorted_words, b.sorted_words, score_cutoff=TOKEN_SORT_THRESHOLD) > 0
    )


def near_copy(text: str, recent_texts: Sequence[str]) -> list[Span]:
    """The whole text when it repeats one of the author's recent texts, else nothing.

    Very short posts ("thank you!") are skipped: two people may well say the same thing.
    """
    mine = _dup_forms(text)
    if len(mine.folded) < MIN_LENGTH:
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
