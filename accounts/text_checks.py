"""Checks on member text kept in accounts (the profile's "about").

Every piece of member text passes the moderation engine, but accounts cannot
import forum (the arrows run forum -> accounts), so forum adds its checker at the
TEXT_CHECK hook point. A checker returns the reasons a text can't be shown (empty
when it can).
"""

from __future__ import annotations

from . import hooks


def text_problems(text: str, *, author, kind: str) -> list[str]:
    problems: list[str] = []
    for checker in hooks.values(hooks.TEXT_CHECK):
        problems.extend(checker(text, author=author, kind=kind))
    return problems
