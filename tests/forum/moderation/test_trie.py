"""The rewritten patterns of engine.trie match exactly what re.compile's do. No database."""

from __future__ import annotations

import re

import pytest

from forum.moderation.engine import trie
from forum.moderation.engine.categories.emergency import concepts, context
from forum.moderation.engine.categories.emergency.tokens import tokenize
from forum.moderation.engine.text import normalize

TEXTS = [
    "He's not breathing and his lips are going blue, what do I do",
    "can't wake him, he isn't responding to me at all",
    "she won't wake up, I can not rouse her; no response when I call her name",
    "not waking her to ask, just letting her sleep",
    "no me mira y no reconoce a nadie",
    "he's fine now, breathing normally",
    "cant cannot couldn't can not won't wont",
    "a b c abc a1 _a 'a a' ab-cd",
    "no need, no  way! an x a y -a- b-b 12 x1",
    "xAB xac xB abacad nono notno",
    "",
]
PATTERNS = [
    r"(?<![\w'])(?:not|no|never) (?:\S+ )?(?:breathing|responding)(?![\w'])",
    r"(?<![\w'])(?:(?:can't|cant|cannot|can not) (?:\S+ ){0,2}?wake|no (?:response|reply))",
    r"(?<![\w'])(?:ab|ac|a|b[cd]|[ab]c|(?:x|y)?c)",
    r"(?:just |only )?(?:look|stare)s? at nothing|(?:a|ab)(?:c|)",
    r"(\w+) (?:not|no) (\w+)|(?:not|no)",
    r"(?<!a)(?:b|c)d|(?<=[ '])(?:no|not)\b",
    r"(?:x|y)(?:\d+)|x|y|\d",
    r"(?i)not|no",
    r"x(?i:ab|b|Ac)|(a)(?:b|c)|a(?:c|(d))|(?P<n>no)t?(?P=n)?|(?(1)b|n)",
    r"\b(?:\bno\s+(?:need|way)|\b(?:a|an)\s+(?:x|y)|-(?:a|b)|\d+)\b",
    r"\b(?:ab|-c|ac)|\b_a|(?<=\s)(?:a|'a)",
    r"\b(?:\b(?:no|an?)\s+(?:need|x)|\bb)(?<!a)(?:\s|$)",
]


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.lastindex) for m in pattern.finditer(text)]


@pytest.mark.parametrize("source", PATTERNS)
def test_same_matches_as_re(source: str) -> None:
    plain, rewritten = re.compile(source), trie.compile(source)
    assert rewritten.pattern == source
    assert rewritten.groups == plain.groups
    for text in TEXTS:
        assert _matches(rewritten, text) == _matches(plain, text)
        for start in range(len(text) + 1):
            a, b = plain.match(text, start), rewritten.match(text, start)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_red_flag_patterns_unchanged_on_posts() -> None:
    sentences = [s.text for text in TEXTS for s in tokenize(text)]
    sentences += [normalize(text) for text in TEXTS]
    for module in (concepts, context):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                plain = re.compile(value.pattern, value.flags)
                for text in sentences:
                    assert _matches(value, text) == _matches(plain, text), name
