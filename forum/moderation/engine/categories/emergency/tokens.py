"""Tokens with offsets, spelled right: the input of the red-flag concepts.

A post is cut into sentences, each sentence into word tokens (clause punctuation kept
as its own token). Each token is mapped to its canonical spelling when it is a close
misspelling of a word the concepts use ("breating", "unresponsve", "seizur"), with
rapidfuzz's normalised Levenshtein ratio; the result is cached per distinct token, so
the fuzzy look-up costs nothing on the words a community writes again and again.
Concepts then run as patterns over the space-joined canonical tokens, and every match
is mapped back to character offsets in the original text for highlighting.
"""

from __future__ import annotations

import bisect
import functools
import re

from rapidfuzz import fuzz, process

from forum.moderation.engine import trie
from forum.moderation.engine.text import Memo, Span, normalize, sentences

# Words the concepts depend on whose misspellings are common; only tokens of five
# letters or more are corrected, and only to a word of this list.
_LEXICON_WORDS = """breathing breathe breath breaths gasping gasps unresponsive responding
    responsive answering respond reacting seizure seizures seizing convulsing convulsion
    convulsions convulsed fitting twitching jerking shaking stiffening floppy mottled drooping
    droopy dropping vomiting vomited drowsy sleepy minutes collapsed collapse purple unconscious
    conscious ambulance emergency stiff fever temperature blotchy slurring slurred banged
    bumped respira respirar convulsiona convulsionando respire respirer convulse vomissements
    somnolent inconscient"""
LEXICON: tuple[str, ...] = tuple(_LEXICON_WORDS.split())
# Real words a letter or two from a lexicon word, which must stay themselves ("sleep" is
# not "sleepy", "sitting" is not "fitting", "drooling" is not "drooping").
_REAL_WORDS = """sleep sleeps sharing sitting hitting eating treating acting racing reaching
    reaction reactions switching drooling response responses conscient responde minuto
    minutos reactine droop breathes breathed fewer shaken seized"""
_LEXICON_SET = frozenset(LEXICON) | frozenset(_REAL_WORDS.split())
FUZZY_MIN_LENGTH = 5
FUZZY_CUTOFF = 85.0

_TOKEN_RE = trie.compile(r"[^\W_]+(?:'[^\W_]+)*|[,;:?!]", re.UNICODE)


@functools.lru_cache(maxsize=65536)
def canonical(token: str) -> str:
    """The lexicon word ``token`` misspells, or ``token`` itself."""
    if len(token) < FUZZY_MIN_LENGTH or token in _LEXICON_SET or not token.isalpha():
        return token
    best = process.extractOne(token, LEXICON, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    return best[0] if best else token


# canonical() read through a memo in tokenize (one C-level look-up per known token).
_CANONICAL = Memo(canonical, 65536)


class Sentence:
    """One sentence as canonical tokens joined by spaces, with the way back to offsets.

    The offsets are worked out only when a concept matches (rare), so a long post
    costs one regex scan and one cached look-up per token; the words' bit-set of the
    concept finders that may match (:func:`.concepts.find_hits`) is kept here too.
    """

    __slots__ = ("_bounds", "_spans", "_starts", "gate", "question", "text")

    def __init__(self, words: list[str], bounds: tuple[str, int, int], question: bool) -> None:
        self.text = " ".join(words)  # canonical tokens joined by single spaces
        self.question = question
        self._bounds = bounds  # (normalised post, start, end) of the sentence
        self._spans: list[Span] | None = None
        self._starts: list[int] | None = None
        self.gate: int | None = None

    @property
    def starts(self) -> list[int]:
        """Start of each token in ``text``."""
        if self._starts is None:
            starts, offset = [], 0
            for word in self.text.split(" "):
                starts.append(offset)
                offset += len(word) + 1
            self._starts = starts
        return self._starts

    @property
    def spans(self) -> list[Span]:
        """Each token's span in the original post."""
        if self._spans is None:
            norm, start, end = self._bounds
            self._spans = [m.span() for m in _TOKEN_RE.finditer(norm, start, end)]
        return self._spans

    def token_at(self, offset: int) -> int:
        """Index of the token that starts at or covers ``offset`` of ``text``."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def original(self, a: int, b: int) -> Span:
        """The original-text span of the canonical-text span (a, b)."""
        first, last = self.token_at(a), self.token_at(max(a, b - 1))
        spans = self.spans
        return spans[first][0], spans[last][1]


def tokenize(text: str) -> list[Sentence]:
    """Sentences of ``text`` as canonical tokens (see the module docstring)."""
    norm = normalize(text)
    out: list[Sentence] = []
    for start, end in sentences(norm):
        words = _TOKEN_RE.findall(norm, start, end)
        if words:
            question = norm[start:end].rstrip(" \"')").endswith("?")
            spelled = list(map(_CANONICAL.__getitem__, words))
            out.append(Sentence(spelled, (norm, start, end), question))
    return out
