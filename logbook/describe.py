"""An anonymised text summary of a stretch of the log, for a community question.

Pure logic: it takes aggregate figures and returns text with no name, no date
of birth and no calendar date -- only an age band, a span in weeks, counts,
body parts and sleep states.
"""

from __future__ import annotations

from urllib.parse import urlencode

FORUM_ASK_PATH = "/forum/ask/"


def age_band(kind: str, age_months: int | None) -> str:
    if kind in {"partner", "self"} and age_months is None:
        return "an adult"
    if age_months is None:
        return "a person (age not given)"
    if age_months < 3:
        return "a baby under 3 months"
    if age_months < 6:
        return "a baby of 3 to 6 months"
    if age_months < 12:
        return "a baby of 6 to 12 months"
    if age_months < 24:
        return "a toddler of 1 to 2 years"
    if age_months < 60:
        return "a child of 2 to 5 years"
    if age_months < 144:
        return "a child of 5 to 12 years"
    if age_months < 216:
        return "a teenager"
    return "an adult"


def _top(counts: dict[str, int], labels: dict[str, str], n: int = 5) -> str:
    items = sorted(((c, k) for k, c in counts.items() if c), reverse=True)[:n]
    return ", ".join(f"{labels.get(k, k).lower()} ({c})" for c, k in items)


def summary_text(
    *,
    band: str,
    days: int,
    totals: dict[str, int],
    parts: dict[str, int],
    states: dict[str, int],
    part_labels: dict[str, str],
    state_labels: dict[str, str],
    median_seconds: int | None,
) -> str:
    weeks = max(1, round(days / 7))
    episodes = totals.get("episodes", 0)
    nights = totals.get("nights", 0)
    lines = [
        f"Logbook summary for {band}, over about {weeks} week{'s' if weeks != 1 else ''}:",
        (
            f"- {episodes} episode{'s' if episodes != 1 else ''} on {nights} "
            f"night{'s' if nights != 1 else ''} "
            f"(most on one night: {totals.get('max_per_night', 0)})."
        ),
    ]
    if parts:
        lines.append(f"- Body parts: {_top(parts, part_labels, 6)}.")
    if states:
        lines.append(f"- Sleep state: {_top(states, state_labels, 4)}.")
    if median_seconds is not None:
        lines.append(f"- Typical duration: about {median_seconds} seconds.")
    if totals.get("clusters"):
        lines.append(f"- Clusters of repeated jerks: {totals['clusters']}.")
    if totals.get("woken_yes") or totals.get("not_stopped"):
        lines.append(
            f"- Stopped when woken: {totals.get('woken_yes', 0)} times; "
            f"did not stop: {totals.get('not_stopped', 0)} times."
        )
    return "\n".join(lines)


def forum_ask_url(text: str) -> str:
    return f"{FORUM_ASK_PATH}?{urlencode({'body': text})}"
