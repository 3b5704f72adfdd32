"""Checks on member text kept in accounts (the profile's "about").

Every piece of member text passes the moderation engine, but accounts cannot
import forum (the arrows run forum -> accounts), so forum registers its
checker here at start-up. A checker returns the reasons a text can't be shown
(empty when it can).
"""

from __future__ import annotations

from collections.abc import Callable

TextChecker = Callable[..., list[str]]
_checkers: list[TextChecker] = []


def register_text_checker(checker: TextChecker) -> None:
    if checker not in _checkers:
        _checkers.append(checker)


def text_problems(text: str, *, author, kind: str) -> list[str]:
    problems: list[str] = []
    for checker in _checkers:
        problems.extend(checker(text, author=author, kind=kind))
    return problems
