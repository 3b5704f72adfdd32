"""Text helpers shared by every category of the pure moderation engine (no Django).

Normalisation keeps offsets (so a highlight in the normalised text is a highlight in
the original), sentences keep decimals and domains whole, and :class:`Category` is the
shape of one category file in :mod:`forum.moderation.engine.categories`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from forum.moderation.engine import trie

Span = tuple[int, int]

# What a category asks of the verdict when it is found.
HOLD = "hold"
REFUSE = "refuse"
URGENT = "urgent"


def gettext_noop(message: str) -> str:
    """Mark a message for translation without importing Django (same name xgettext knows)."""
    return message


@dataclass(frozen=True)
class Finding:
    """One reason a piece of text needs attention, with where it is in the text."""

    category: str
    rule: str
    message: str
    spans: tuple[Span, ...]
    # False in the uncertain band: the model is not sure, so a moderator decides (a
    # held post), or an emergency banner is shown without alerting the moderators.
    certain: bool = True
    probability: float | None = None

    def to_dict(self) -> dict[str, object]:
        """JSON-friendly form for the review queue and the htmx preview."""
        return {
            "category": self.category,
            "rule": self.rule,
            "message": self.message,
            "spans": [list(s) for s in self.spans],
            "certain": self.certain,
            "probability": self.probability,
        }


@dataclass(frozen=True)
class Category:
    """Everything one moderation category is: adding a category is one such file.

    ``rules`` returns the spans its hand-written rules find (precise patterns, or the
    red-flag concepts); they are shown to moderators and are features of the learned
    model. ``learned`` categories are decided by the model's calibrated probability;
    for the others (and for ``rules_decide`` ones, such as contact details) a rule hit
    alone is a finding.
    """

    code: str
    action: str
    message: str
    rules: Callable[[str], list[Span]]
    rule_id: str
    nudge_rule: str = ""
    nudge_fix: str = ""
    learned: bool = False
    rules_decide: bool = True
    advice: bool = False
    # Rule hits too weak to decide alone (an emergency told with doubt): an uncertain
    # finding when the model does not confirm them.
    doubt: Callable[[str], list[Span]] | None = None
    # Findings that need the thread: (certain, doubtful) spans of a text read with the
    # thread's earlier posts (the opening post, the author's last few), oldest first.
    in_thread: Callable[[str, Sequence[str]], tuple[list[Span], list[Span]]] | None = None
    # Context that rules the category out when its rules found nothing (a parent's report
    # of their own doctor's plan is no advice): the model's finding is then dropped.
    clears: Callable[[str], bool] | None = None

    def finding(
        self,
        spans: Iterable[Span],
        *,
        rule: str | None = None,
        certain: bool = True,
        probability: float | None = None,
    ) -> Finding:
        return Finding(
            self.code,
            rule or self.rule_id,
            self.message,
            tuple(sorted(set(spans))),
            certain,
            None if probability is None else round(probability, 3),
        )


_CHAR_MAP = {
    "\u2018": "'",
    "\u2019": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u00b5": "u",
}


_TRANSLATE = str.maketrans(_CHAR_MAP)


class _Folding(dict):
    """``str.translate`` table for non-ASCII text, filled per character on first sight.

    Each character maps to one character (so offsets survive): the fixed folds above,
    else its NFKC form and lower case when those are single characters. After a few
    posts every character a community writes is in the table and folding runs in C.
    """

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch.isascii():
            out = ch.lower()
        else:
            nfkc = unicodedata.normalize("NFKC", ch)
            out = nfkc if len(nfkc) == 1 else ch
            low = out.lower()
            out = low if len(low) == 1 else out
            out = out.lower() if out.isascii() else out
        self[code] = out
        return out


_FOLDING = _Folding({code: value.lower() for code, value in _TRANSLATE.items()})


class Memo(dict):
    """A per-process memo of a pure one-argument function, read with ``memo[key]``.

    ``map(memo.__getitem__, words)`` runs in C for every key seen before (most words of
    a post), which is markedly cheaper than calling an ``lru_cache`` wrapper per word;
    the memo starts over when it holds ``limit`` keys, so its memory stays bounded.
    """

    def __init__(self, function: Callable[[str], object], limit: int) -> None:
        super().__init__()
        self.function = function
        self.limit = limit

    def __missing__(self, key: str) -> object:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.function(key)
        return value


_NON_ASCII_RE = trie.compile(r"[^\x00-\x7f]+")


@functools.lru_cache(maxsize=32)
def normalize(text: str) -> str:
    """Return a same-length, lowercased copy with curly quotes, dashes and odd forms folded.

    Length is preserved character by character so every offset found in the normalised
    text is also an offset in the original, which is what highlighting needs. Lowercasing
    here lets every pattern run without IGNORECASE, which is markedly faster. Cached: the
    categories of one submission all normalise the same text.
    """
    if text.isascii():
        return text.translate(_TRANSLATE).lower()
    # The ASCII stretches fold as an ASCII text does (the fast table path of translate);
    # only the runs of other characters go through the per-character table.
    parts: list[str] = []
    position = 0
    for m in _NON_ASCII_RE.finditer(text):
        start, end = m.span()
        parts.append(text[position:start].translate(_TRANSLATE).lower())
        parts.append(text[start:end].translate(_FOLDING))
        position = end
    parts.append(text[position:].translate(_TRANSLATE).lower())
    return "".join(parts)


# Punctuation followed directly by a non-space ("0.5", "nhs.uk") stays inside the sentence.
# (Runs of ordinary characters are taken whole, not one character per repetition.)
_SENTENCE_RE = trie.compile(r"(?:[^.!?\n]+|[.!?]+(?=[^\s.!?\"')]))+[.!?]*|[.!?\n]+")


def sentences(text: str) -> list[Span]:
    """Split into sentence spans, keeping decimals ("0.5 mg") and domains intact."""
    return list(_sentence_spans(text))


@functools.lru_cache(maxsize=32)
def _sentence_spans(text: str) -> tuple[Span, ...]:
    # Cached: the rules and the red-flag tokens split the same normalised post.
    spans = []
    for m in _SENTENCE_RE.finditer(text):
        start, end = m.span()
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped or not any(c.isalnum() for c in stripped):
            continue
        lead = len(chunk) - len(chunk.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))
    return tuple(spans)


class Prepared(NamedTuple):
    """A post normalised once for all detectors."""

    norm: str
    sentences: tuple[Span, ...]
    # Words of each sentence: a C-speed set check decides whether a sentence can match
    # at all before the slower patterns run, which keeps 2,000-character posts fast.
    words: tuple[frozenset[str], ...]
    all_words: frozenset[str]


# Letters and digits split apart so "10mins" gives "mins" and "b6" gives "b".
TOKEN_RE = trie.compile(r"[a-z']+|[0-9]+")


@functools.lru_cache(maxsize=16)
def prepare(text: str) -> Prepared:
    """Normalise and split a post; shared by every detector that sees the same text.

    The cache is a per-process memo of a pure function (no shared state): the detectors
    that run on one submission normalise and split it once instead of seven times.
    """
    norm = normalize(text)
    sents = tuple(sentences(norm))
    words = tuple(frozenset(TOKEN_RE.findall(norm, a, b)) for a, b in sents)
    return Prepared(norm, sents, words, frozenset().union(*words))


def gated(prep: Prepared, keywords: frozenset[str]) -> Iterator[tuple[int, str]]:
    """Yield (start, sentence) for sentences that contain at least one keyword."""
    for (start, end), words in zip(prep.sentences, prep.words, strict=True):
        if words & keywords:
            yield start, prep.norm[start:end]


def is_question(sentence: str) -> bool:
    return sentence.rstrip(" \"')").endswith("?")


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sort and join overlapping spans so highlights never nest."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def wordset(words: str) -> frozenset[str]:
    """A keyword set written as a wrapped block of words, easier to review than a list."""
    return frozenset(words.split())


def rx(pattern: str) -> re.Pattern[str]:
    # Text is lowercased by normalize(), so no IGNORECASE (it slows every pattern down).
    return trie.compile(pattern, re.VERBOSE)


TLD_WORDS = wordset("com net org info biz shop store ru de uk io top xyz online site blog ly")
URL_RE = rx(
    r"""(?:https?://|www\.)[^\s<>"']+
        |(?<![\w.-])(?:[a-z0-9-]+\.)++(?:com|net|org|info|biz|shop|store|ru|de|co\.uk|uk|io|top|xyz
        |online|site|blog|ly)(?:/[^\s<>"']*)?"""
)
# Every URL_RE match holds "http", "www." or a dot right before one of its domain endings.
_URL_MARKS = ("http", "www.", *(f".{tld}" for tld in TLD_WORDS))


@functools.lru_cache(maxsize=16)
def link_matches(norm: str) -> tuple[re.Match[str], ...]:
    """URL_RE's matches in a normalised text, found once for the categories that ask.

    Substring tests for the marks every match holds spare the pattern's scan of the
    many texts that have no link at all.
    """
    if not any(map(norm.__contains__, _URL_MARKS)):
        return ()
    return tuple(URL_RE.finditer(norm))
