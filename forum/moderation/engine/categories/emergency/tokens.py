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

import functools
import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from forum.moderation.engine.text import Span, normalize, sentences

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
_LEXICON_SET = frozenset(LEXICON)
FUZZY_MIN_LENGTH = 5
FUZZY_CUTOFF = 85.0

_TOKEN_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*|[,;:?!]", re.UNICODE)


@functools.lru_cache(maxsize=65536)
def canonical(token: str) -> str:
    """The lexicon word ``token`` misspells, or ``token`` itself."""
    if len(token) < FUZZY_MIN_LENGTH or token in _LEXICON_SET or not token.isalpha():
        return token
    best = process.extractOne(token, LEXICON, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    return best[0] if best else token


@dataclass(frozen=True)
class Sentence:
    """One sentence as canonical tokens joined by spaces, with the way back to offsets."""

    text: str  # canonical tokens joined by single spaces
    starts: tuple[int, ...]  # start of each token in ``text``
    spans: tuple[Span, ...]  # each token's span in the original post
    question: bool

    def token_at(self, offset: int) -> int:
        """Index of the token that starts at or covers ``offset`` of ``text``."""
        index = 0
        for i, start in enumerate(self.starts):
            if start > offset:
                break
            index = i
        return index

    def original(self, a: int, b: int) -> Span:
        """The original-text span of the canonical-text span (a, b)."""
        first, last = self.token_at(a), self.token_at(max(a, b - 1))
        return self.spans[first][0], self.spans[last][1]


def tokenize(text: str) -> list[Sentence]:
    """Sentences of ``text`` as canonical tokens (see the module docstring)."""
    norm = normalize(text)
    out: list[Sentence] = []
    for start, end in sentences(norm):
        parts: list[str] = []
        starts: list[int] = []
        spans: list[Span] = []
        offset = 0
        for m in _TOKEN_RE.finditer(norm, start, end):
            word = canonical(m.group(0))
            parts.append(word)
            starts.append(offset)
            spans.append(m.span())
            offset += len(word) + 1
        if parts:
            question = norm[start:end].rstrip(" \"')").endswith("?")
            out.append(Sentence(" ".join(parts), tuple(starts), tuple(spans), question))
    return out
