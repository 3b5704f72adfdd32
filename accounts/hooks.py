"""The one registry through which upper apps plug into lower ones.

The arrows of docs/architecture.md run one way (articles -> forum -> accounts,
logbook -> accounts), so a lower app that must call into an upper one (accounts
deleting a user's logbooks, forum searching articles) asks this registry. Each app
fills it from its own `hooks.py`, imported by its AppConfig.ready(); reading that
file tells everything the app adds to the others.

Every hook point is named below with the shape of what it takes. Tests that need an
extra hook use `register_temporarily`, which removes it again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

# Hook points: name -> what is registered there.
USER_DELETING = "user_deleting"  # fn(user) -> None, inside the deletion's transaction
DATA_EXPORT = "data_export"  # fn(user) -> {filename: str | bytes}; key = folder in the zip
DEMO_SEED = "demo_seed"  # fn(log) -> None; key = name, order = when (accounts first)
TEXT_CHECK = "text_check"  # fn(text, *, author, kind) -> [reason, ...]
ACCOUNT_LINK = "account_link"  # AccountLink(label, url_name) on the account page
SEARCH_SOURCE = "search_source"  # forum.search.SearchSource; key = source name
RELATED_READING = "related_reading"  # fn(text, limit) -> [forum.related.RelatedLink]
DELETION_WARNING = "deletion_warning"  # fn(user) -> [sentence]: what deleting the account ends
LOGIN_LANDING = "login_landing"  # fn(user) -> URL or None: where a log-in lands (first wins)
# Sections an app adds to another's page: fn(...) -> Section or None.
REPORT_SECTION = "report_section"  # fn(subject, *, start, end): the doctor's report
EPISODE_SECTION = "episode_section"  # fn(subject, *, episode): an episode's page
HOOK_POINTS = frozenset(
    {
        USER_DELETING,
        DATA_EXPORT,
        DEMO_SEED,
        TEXT_CHECK,
        ACCOUNT_LINK,
        SEARCH_SOURCE,
        RELATED_READING,
        DELETION_WARNING,
        LOGIN_LANDING,
        REPORT_SECTION,
        EPISODE_SECTION,
    }
)


@dataclass(frozen=True)
class Hook:
    point: str
    value: Any
    key: str
    order: int


_hooks: dict[str, dict[str, Hook]] = {point: {} for point in HOOK_POINTS}


def _key(value: Any, key: str | None) -> str:
    if key is not None:
        return key
    name = getattr(value, "__qualname__", None) or repr(value)
    return f"{getattr(value, '__module__', '')}.{name}"


def register(point: str, value: Any, *, key: str | None = None, order: int = 50) -> Hook:
    """Add `value` at `point`; registering the same key again replaces it (idempotent)."""
    if point not in _hooks:
        raise KeyError(f"unknown hook point: {point}")
    hook = Hook(point, value, _key(value, key), order)
    _hooks[point][hook.key] = hook
    return hook


def unregister(hook: Hook) -> None:
    _hooks[hook.point].pop(hook.key, None)


def hooks(point: str) -> list[Hook]:
    """The hooks at `point`, by order, then in the order they were registered."""
    return sorted(_hooks[point].values(), key=lambda h: h.order)


def values(point: str) -> list[Any]:
    return [hook.value for hook in hooks(point)]


@dataclass(frozen=True)
class Section:
    """What a section hook gives: its template, rendered with ``section`` = ``context``."""

    template: str
    context: dict = field(default_factory=dict)


def sections(point: str, *args: Any, **kwargs: Any) -> list[Section]:
    """The sections the hooks at `point` give for these arguments (None: no section)."""
    found = (value(*args, **kwargs) for value in values(point))
    return [section for section in found if section is not None]


@contextlib.contextmanager
def register_temporarily(
    point: str, value: Any, *, key: str | None = None, order: int = 50
) -> Iterator[Hook]:
    """For tests: a hook that exists only inside the `with` block."""
    hook = register(point, value, key=key, order=order)
    try:
        yield hook
    finally:
        unregister(hook)
