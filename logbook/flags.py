"""Reasons to see a doctor found in a log (DOMAIN.md), as information only.

One table, one row per red flag: its code, the database condition (`Q`) that counts
it in SQL, the predicate that tells it on one episode, the sentence the timeline and
the report show, and the short name used where the report says that nothing stood
out. The model property, the stats aggregates, the report's notable episodes and its
sentences all read this table, so a new flag is one row here.

No diagnosis, no advice beyond "talk to a doctor about it" and a link to the article
on when to see one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .choices import Sign, SleepState, WokenStop, YesNoUnsure

ARTICLE_SLUG = "when-to-see-a-doctor"


@dataclass(frozen=True)
class RedFlag:
    code: str
    q: Q
    applies: Callable[[Any], bool]  # takes an Episode (or anything with its fields)
    text: Any  # lazy translated sentence
    short: Any  # lazy translated name for lists


# Most pressing first.
RED_FLAGS: tuple[RedFlag, ...] = (
    RedFlag(
        "breathing_pause",
        Q(signs__contains=[Sign.BREATHING_PAUSE]),
        lambda e: Sign.BREATHING_PAUSE in e.signs,
        _("A breathing pause was noted. Breathing pauses are something to tell a doctor about."),
        _("breathing pause"),
    ),
    RedFlag(
        "not_responsive",
        Q(responsive=YesNoUnsure.NO),
        lambda e: e.responsive == YesNoUnsure.NO,
        _(
            "The person was noted as not responsive during an episode. "
            "Not responding during movements is something to tell a doctor about."
        ),
        _("unresponsive"),
    ),
    RedFlag(
        "not_stopped",
        Q(stopped_when_woken=WokenStop.NO),
        lambda e: e.stopped_when_woken == WokenStop.NO,
        _(
            "An episode did not stop when the person was woken. "
            "Movements that go on after waking are something to tell a doctor about."
        ),
        _("not stopping on waking"),
    ),
    RedFlag(
        "awake",
        Q(sleep_state=SleepState.AWAKE),
        lambda e: e.sleep_state == SleepState.AWAKE,
        _(
            "Episodes were noted while awake. "
            "Jerks while awake are something to tell a doctor about."
        ),
        _("awake"),
    ),
    RedFlag(
        "stiffening",
        Q(signs__contains=[Sign.STIFFENING]),
        lambda e: Sign.STIFFENING in e.signs,
        _(
            "Stiffening was noted. "
            "Stiffening with the movements is something to tell a doctor about."
        ),
        _("stiffening"),
    ),
)
BY_CODE: dict[str, RedFlag] = {flag.code: flag for flag in RED_FLAGS}

# Besides the red flags, the report lists these episodes as notable.
LONG_SECONDS = 300
STRONGEST = 5
NOTABLE_EXTRA: tuple[tuple[Q, Any], ...] = (
    (Q(duration_seconds__gte=LONG_SECONDS), _("over 5 minutes")),
    (Q(intensity=STRONGEST), _("the strongest intensity")),
)


def is_red_flag(episode) -> bool:
    return any(flag.applies(episode) for flag in RED_FLAGS)


def count_filters() -> dict[str, Q]:
    """Aggregate conditions, one per flag, keyed by code (for Count(filter=...))."""
    return {flag.code: flag.q for flag in RED_FLAGS}


def notable_q() -> Q:
    """Episodes the report lists: any red flag, or long, or the strongest."""
    condition = Q()
    for flag in RED_FLAGS:
        condition |= flag.q
    for extra, _label in NOTABLE_EXTRA:
        condition |= extra
    return condition


def nothing_stood_out() -> Any:
    """The report's sentence when no episode is notable, naming what would be."""
    names = [flag.short for flag in RED_FLAGS] + [label for _q, label in NOTABLE_EXTRA]
    return format_lazy(
        _("No episode stood out ({conditions})."),
        conditions=format_lazy("{}" + ", {}" * (len(names) - 1), *names),
    )


@dataclass(frozen=True)
class Flag:
    code: str
    count: int
    text: str


def red_flags(counts: dict[str, int]) -> list[Flag]:
    """The flags present in `counts` (flag code -> episode count), most pressing first."""
    return [
        Flag(flag.code, int(counts.get(flag.code) or 0), str(flag.text))
        for flag in RED_FLAGS
        if counts.get(flag.code)
    ]
