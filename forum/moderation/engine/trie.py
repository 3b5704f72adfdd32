"""Compile a pattern so that Python's regex engine tries fewer alternatives, same matches.

The rules are long alternations of phrases behind a word-boundary look-behind
(``(?<![\\w'])(?:not breathing|can't wake|...)``). The engine tries each alternative in
turn at every position, and a look-behind in front keeps it from skipping positions
that cannot start a match. :func:`compile` rewrites the parsed pattern before it is
compiled, with rewrites that keep every match (the same spans, the same groups, in the
same order):

* an alternative that starts with a non-capturing alternation or a small character set
  is spread into one alternative per branch (``(?:can't|won't) wake`` becomes
  ``can't wake|won't wake``): backtracking tries them in the same order;
* alternatives that start with the same literal character share it
  (``not x|no y`` becomes ``no(?:t x| y)``), recursively, like a trie. Alternatives
  that start with different characters cannot both match at one position, so moving
  one past another changes nothing; an alternative that does not start with a literal
  is never moved past;
* a look-behind in front of an alternation whose branches all start with a literal is
  moved behind each branch's first character (``(?<![\\w'])(?:ab|cd)`` becomes
  ``a(?<![\\w']a)b|c(?<![\\w']c)d``): the look-behind then sees the same characters,
  and the engine can skip, in C, every position whose character starts no branch.

A capturing group may be moved or copied: its number is written in the parsed pattern
and a match takes the same path through it. A branch holding a back-reference or a
conditional is left as it is, and so is a group with its own flags and any pattern
with IGNORECASE. The compiled pattern keeps
the source text as its ``pattern``, so patterns built from others' sources still work.
Uses the standard library's own parser and code generator (``re._parser``,
``re._compiler``: the project runs on CPython 3.11, see ``requires-python``); should
they ever change, :func:`compile` falls back to ``re.compile``.
"""

from __future__ import annotations

import re
from typing import Any

try:
    import _sre
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]

    _LITERAL = _constants.LITERAL
    _IN = _constants.IN
    _BRANCH = _constants.BRANCH
    _SUBPATTERN = _constants.SUBPATTERN
    _ASSERT = _constants.ASSERT
    _ASSERT_NOT = _constants.ASSERT_NOT
    _AT = _constants.AT
    _AT_BOUNDARY = _constants.AT_BOUNDARY
    _CATEGORY = _constants.CATEGORY
    _CATEGORY_WORD = _constants.CATEGORY_WORD
    _MAX_REPEAT = _constants.MAX_REPEAT
    _MIN_REPEAT = _constants.MIN_REPEAT
    # the items that hold other items (rewritten inside); any other is a leaf
    _NESTED = frozenset(
        {
            _BRANCH,
            _SUBPATTERN,
            _ASSERT,
            _ASSERT_NOT,
            _constants.MAX_REPEAT,
            _constants.MIN_REPEAT,
            _constants.POSSESSIVE_REPEAT,
            _constants.ATOMIC_GROUP,
            _constants.GROUPREF_EXISTS,
        }
    )
    _PIN_OPS = frozenset({_constants.GROUPREF, _constants.GROUPREF_EXISTS})
except (ImportError, AttributeError):  # pragma: no cover - another Python
    _parser = None

# Spreading an alternation copies what follows it once per branch; beyond this many
# items in all the pattern is left as it is (compiling stays quick, code stays small).
_MAX_SPREAD = 3000
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
# What a parser or code generator of another shape would raise: then plain re.compile.
_PARSER_CHANGED = (re.error, AttributeError, IndexError, TypeError, ValueError, RecursionError)
# A character set is spread into literals only when it is this small.
_MAX_SET = 4


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with fewer alternatives tried (see module doc)."""
    if _parser is None or flags & re.IGNORECASE:
        return re.compile(pattern, flags)
    try:
        tree = _parser.parse(pattern, flags)
        if tree.state.flags & re.IGNORECASE:
            return re.compile(pattern, flags)
        # Spreading copies the same items into many branches: each is rewritten once (its
        # rewrite is shared, as the compiler only reads it); the memo keeps the original
        # alive so that its id stays its own. Kept on this parse's own state object.
        tree.state.trie_memo = {}
        tree.state.trie_pins = {}
        tree = _parser.SubPattern(tree.state, _sequence(list(tree.data), tree.state))
        code = _compiler._code(tree, flags)
        groupindex = tree.state.groupdict
        indexgroup: list[Any] = [None] * tree.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return _sre.compile(
            pattern,
            flags | tree.state.flags,
            code,
            tree.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
    except _PARSER_CHANGED:  # pragma: no cover
        return re.compile(pattern, flags)


def _pinned(items: Any, state: Any) -> bool:
    """Does this item list hold a back-reference or a conditional (at any depth)? Then it
    is neither spread nor regrouped (see the module doc)."""
    if state.groups == 1:  # the pattern has none at all (group 0 is the whole match)
        return False
    return any(_item_pinned(item, state) for item in items)


def _item_pinned(item: Any, state: Any) -> bool:
    if item[0] not in _NESTED and item[0] not in _PIN_OPS:
        return False
    memo = state.trie_pins
    done = memo.get(id(item))
    if done is None:
        done = memo[id(item)] = (item, _item_pinned_uncached(item, state))
    return bool(done[1])


def _item_pinned_uncached(item: Any, state: Any) -> bool:
    op, av = item
    if op in _PIN_OPS:
        return True
    if op is _SUBPATTERN:
        return _pinned(av[3].data, state)
    if op is _BRANCH:
        return any(_pinned(alt.data, state) for alt in av[1])
    if isinstance(av, _parser.SubPattern):
        return _pinned(av.data, state)
    if isinstance(av, tuple):
        return any(
            isinstance(part, _parser.SubPattern) and _pinned(part.data, state) for part in av
        )
    return False


def _size(items: Any) -> int:
    """Items in an item list, counted at every depth (what a copy of it costs)."""
    total = 0
    for _op, av in items:
        total += 1
        if isinstance(av, _parser.SubPattern):
            total += _size(av.data)
        elif isinstance(av, tuple):
            for part in av:
                if isinstance(part, _parser.SubPattern):
                    total += _size(part.data)
                elif isinstance(part, list) and part and isinstance(part[0], _parser.SubPattern):
                    total += sum(_size(alt.data) for alt in part)
    return total


def _sequence(items: list[Any], state: Any) -> list[Any]:
    """Rewrite an item list (recursing into every sub-pattern)."""
    out: list[Any] = []
    memo = state.trie_memo
    for item in items:
        if item[0] not in _NESTED:  # a literal, a set, an anchor: kept as it is
            out.append(item)
            continue
        done = memo.get(id(item))
        if done is None:
            done = memo[id(item)] = (item, _item(item, state))
        out.extend(done[1])
    return _lift_lookbehind(out, state)


def _item(item: Any, state: Any) -> list[Any]:
    """One item rewritten: as a list, since a branch left with one alternative is spliced."""
    op, av = item
    if op is _BRANCH:
        alts = _branch([alt.data for alt in av[1]], state)
        if len(alts) == 1:  # one branch left: a non-capturing group, spliced in
            return list(alts[0].data)
        return [(_BRANCH, (None, alts))]
    if op is _SUBPATTERN:
        group, add, delete, body = av
        if add or delete:  # its own flags (IGNORECASE would match "a" and "A" alike)
            return [item]
        return [(op, (group, add, delete, _parser.SubPattern(state, _sequence(body.data, state))))]
    if op in (_ASSERT, _ASSERT_NOT):
        direction, body = av
        return [(op, (direction, _parser.SubPattern(state, _sequence(body.data, state))))]
    if isinstance(av, tuple) and any(isinstance(p, _parser.SubPattern) for p in av):
        parts = tuple(
            _parser.SubPattern(state, _sequence(p.data, state))
            if isinstance(p, _parser.SubPattern)
            else p
            for p in av
        )
        return [(op, parts)]
    return [item]


def _spread(alt: list[Any], state: Any) -> list[list[Any]]:
    """The alternative as one or more alternatives, each led by a literal if it can be."""
    if not alt:
        return [alt]
    op, av = alt[0]
    rest = alt[1:]
    if _liftable(op, av) and rest and rest[0][0] is _LITERAL:
        return [_lift_lookbehind(alt, state)]
    if _liftable(op, av) and rest:
        # a look-behind (or \b) before an alternation: spread what follows, then lift it
        # into each literal-led alternative (the assertion is tried at the same place)
        tails = _spread(rest, state)
        if _size(alt) * len(tails) > _MAX_SPREAD:
            return [alt]
        out = []
        for tail in tails:
            lifted = _lift_lookbehind([alt[0], *tail], state)
            out.append(lifted if lifted[0][0] is _LITERAL else [alt[0], *tail])
        return out
    if op is _BRANCH:
        heads = [a.data for a in av[1]]
    elif op in (_MAX_REPEAT, _MIN_REPEAT) and av[0] == 0 and av[1] == 1 and av[2].getwidth()[0] > 0:
        # x?r is xr|r (greedy) and x??r is r|xr (lazy); x never matches empty here
        heads = [av[2].data, []]
        if op is _MIN_REPEAT:
            heads.reverse()
    elif (
        op is _IN
        and len(av) <= _MAX_SET
        and all(o is _LITERAL for o, _v in av)
        and len({v for _o, v in av}) == len(av)
    ):
        heads = [[(_LITERAL, v)] for _o, v in av]
    else:
        return [alt]
    if _pinned(rest, state) or _size(rest) * len(heads) > _MAX_SPREAD:
        return [alt]
    out: list[list[Any]] = []
    for head in heads:
        out.extend(_spread(head + rest, state))
    return out


def _branch(alts: list[list[Any]], state: Any) -> list[Any]:
    """The alternatives of a branch, sharing their leading characters (see module doc)."""
    if any(_pinned(alt, state) for alt in alts):
        return [_parser.SubPattern(state, _sequence(alt, state)) for alt in alts]
    spread: list[list[Any]] = []
    for alt in alts:
        spread.extend(_spread(alt, state))
    # Literal-led alternatives grouped by first character, each group where its first
    # member was. A later one joins its group only if every alternative it moves past
    # cannot start with its character; otherwise it starts a group of its own.
    groups: list[Any] = []  # (char, [rests]) or [alt, its first characters or None]
    for alt in spread:
        if not (alt and alt[0][0] is _LITERAL):
            groups.append([alt, _first(alt)])
            continue
        char = alt[0][1]
        for group in reversed(groups):
            if isinstance(group, tuple):
                if group[0] == char:
                    group[1].append(alt[1:])
                    break
            elif group[1] is None or char in group[1]:
                groups.append((char, [alt[1:]]))
                break
        else:
            groups.append((char, [alt[1:]]))
    out: list[Any] = []
    for group in groups:
        if isinstance(group, list):
            out.append(_parser.SubPattern(state, _sequence(group[0], state)))
            continue
        char, rests = group
        if len(rests) == 1:
            body = [(_LITERAL, char), *rests[0]]
        else:
            alts = [_parser.SubPattern(state, rest) for rest in rests]
            body = [(_LITERAL, char), (_BRANCH, (None, alts))]
        out.append(_parser.SubPattern(state, _sequence(body, state)))
    return out


def _first(items: list[Any]) -> frozenset[int] | None:
    """The characters a match of ``items`` can start with, or None when not known."""
    if not items:
        return None
    op, av = items[0]
    if op is _LITERAL:
        return frozenset((av,))
    if op is _IN and all(o is _LITERAL for o, _v in av):
        return frozenset(v for _o, v in av)
    if op is _BRANCH:
        firsts = [_first(alt.data) for alt in av[1]]
        if any(f is None for f in firsts):
            return None
        return frozenset().union(*firsts)  # type: ignore[arg-type]
    if op in (_MAX_REPEAT, _MIN_REPEAT) and av[0] >= 1:
        return _first(av[2].data)
    return None


def _lift_lookbehind(items: list[Any], state: Any) -> list[Any]:
    """``(?<!B)(?:a..|b..)`` -> ``(?:a(?<!Ba)..|b(?<!Bb)..)`` when every branch starts with
    a literal, and ``(?<!B)a`` -> ``a(?<!Ba)`` (see the module doc). A leading ``\\b`` is
    a look-behind too once the next character is known: before a word character it says
    the one before is none (``(?<!\\w)``), before any other that it is one (``(?<=\\w)``).
    """
    if len(items) < 2:
        return items
    if len(items) > 2 and _liftable(*items[0]) and _liftable(*items[1]):
        items = [items[0], *_lift_lookbehind(items[1:], state)]  # a chain: the inner first
    (op, av), (next_op, next_av) = items[0], items[1]
    if op is _AT and av is _AT_BOUNDARY and not state.flags & re.LOCALE:

        def behind(char: int) -> tuple[Any, Any] | None:
            if char >= 128:  # the word characters of other scripts: not worth the doubt
                return None
            kind = _ASSERT_NOT if chr(char) in _ASCII_WORD else _ASSERT
            look = _parser.SubPattern(
                state, [(_IN, [(_CATEGORY, _CATEGORY_WORD)]), (_LITERAL, char)]
            )
            return (kind, (-1, look))

    elif op in (_ASSERT, _ASSERT_NOT) and av[0] == -1 and _fixed(av[1]):

        def behind(char: int) -> tuple[Any, Any] | None:
            look = _parser.SubPattern(state, [*av[1].data, (_LITERAL, char)])
            return (op, (-1, look))

    else:
        return items
    if next_op is _LITERAL:
        lifted = behind(next_av)
        return items if lifted is None else [items[1], lifted, *items[2:]]
    if next_op is _BRANCH and all(alt.data and alt.data[0][0] is _LITERAL for alt in next_av[1]):
        looks = [behind(alt.data[0][1]) for alt in next_av[1]]
        if any(look is None for look in looks):
            return items
        alts = [
            _parser.SubPattern(state, [alt.data[0], look, *alt.data[1:]])
            for alt, look in zip(next_av[1], looks, strict=True)
        ]
        return [(_BRANCH, (None, alts)), *items[2:]]
    return items


def _liftable(op: Any, av: Any) -> bool:
    """Is this item a \\b or a fixed-width look-behind (see _lift_lookbehind)?"""
    if op is _AT:
        return av is _AT_BOUNDARY
    return op in (_ASSERT, _ASSERT_NOT) and av[0] == -1 and _fixed(av[1])


def _fixed(body: Any) -> bool:
    lo, hi = body.getwidth()
    return bool(lo == hi)
