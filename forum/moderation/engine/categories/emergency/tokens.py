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


class Sentence:
    """One sentence as canonical tokens joined by spaces, with the way back to offsets.

    The offsets are worked out only when a concept matches (rare), so a long post
    costs one regex scan and one cached look-up per token.
    """

    __slots__ = ("_matches", "_starts", "question", "text")

    def __init__(self, words: list[str], matches: list[re.Match[str]], question: bool) -> None:
        self.text = " ".join(words)  # canonical tokens joined by single spaces
        self.question = question
        self._matches = matches
        self._starts: list[int] | None = None

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
        return [m.span() for m in self._matches]

    def token_at(self, offset: int) -> int:
        """Index of the token that starts at or covers ``offset`` of ``text``."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def original(self, a: int, b: int) -> Span:
        """The original-text span of the canonical-text span (a, b)."""
        first, last = self.token_at(a), self.token_at(max(a, b - 1))
        return self._matches[first].start(), self._matches[last].end()


def tokenize(text: str) -> list[Sentence]:
    """Sentences of ``text`` as canonical tokens (see the module docstring)."""
    norm = normalize(text)
    out: list[Sentence] = []
    for start, end in sentences(norm):
        matches = list(_TOKEN_RE.finditer(norm, start, end))
        if matches:
            question = norm[start:end].rstrip(" \"')").endswith("?")
            spelled = list(map(canonical, map(re.Match.group, matches)))
            out.append(Sentence(spelled, matches, question))
    return out
