"""Rule tests of each category file: pure functions, no database.

Each positive case names the words that must be highlighted, so a detector that fires
for the wrong reason (or highlights the wrong place) fails. The negatives are the
posts this community writes every day that must never be held.
"""

from __future__ import annotations

import dataclasses

import pytest

from forum.moderation.engine import Finding, findings_for
from forum.moderation.engine.categories import BY_CODE, CODES
from forum.moderation.engine.text import normalize, sentences

MESSAGES = {code: category.message for code, category in BY_CODE.items()}


def _detect(code: str, text: str) -> list[Finding]:
    """The category's rule hits as a finding (what the engine shows without a model)."""
    spans = BY_CODE[code].rules(text)
    return [BY_CODE[code].finding(spans)] if spans else []


def _highlighted(text: str, findings: list[Finding], category: str) -> list[str]:
    return [text[a:b] for f in findings if f.category == category for a, b in f.spans]


def _categories(text: str) -> set[str]:
    return {f.category for f in findings_for(text)}


# --------------------------------------------------------------------------- emergency


@pytest.mark.parametrize(
    ("text", "highlight"),
    [
        ("HELP he's not breathing properly and his lips are going blue", "not breathing"),
        ("My son collapses and can't move or speak after these jerks", "collapses"),
        ("can't wake her up. she won't wake up no matter what I do", "can't wake her up"),
        ("her seizure has lasted over 5 minutes, should I call 999?", "seizure"),
        ("my husband is unresponsive right now", "unresponsive"),
        ("Last night he stopped breathing twice. Should we have gone in?", "stopped breathing"),
        ("911 now, she's blue", "she's blue"),
    ],
)
def test_emergency_is_found(text: str, highlight: str) -> None:
    findings = _detect("emergency", text)
    assert [f.category for f in findings] == ["emergency"]
    assert any(highlight in h for h in _highlighted(text, findings, "emergency"))


@pytest.mark.parametrize(
    "text",
    [
        "What do I do if he stops breathing during one of these?",
        "She sleeps right through the jerks, doesn't wake up at all. Is that normal?",
        "Two years ago my son stopped breathing during a seizure. He's been seizure-free since.",
        "When she was a baby she once went blue; it turned out to be reflux, she's fine now.",
        "The neurologist said to call an ambulance if a seizure lasts more than five minutes.",
        "He has clusters each night, each lasting 5-10 minutes.",
        "He's not responding to the melatonin at all, so the paed will try something else.",
    ],
)
def test_hypotheticals_and_resolved_history_are_not_emergencies(text: str) -> None:
    assert _detect("emergency", text) == []


# --------------------------------------------------------------------------- helpers


def test_spans_point_into_the_original_text_with_curly_quotes_and_accents() -> None:
    text = "Caf\u00e9 mum here \u2014 you\u2019re clearly wrong: your son\u2019s got epilepsy."
    findings = _detect("diagnosis", text)
    assert len(normalize(text)) == len(text)
    assert findings
    assert "epilepsy" in _highlighted(text, findings, "diagnosis")[0]


def test_normalize_keeps_length_for_characters_that_expand() -> None:
    text = "\ufb01ne \u0130stanbul \u2018quoted\u2019"
    assert len(normalize(text)) == len(text)


def test_sentences_keep_decimals_and_domains_together() -> None:
    text = "Give him 0.5 mg. See nhs.uk for more! Really?"
    pieces = [text[a:b] for a, b in sentences(text)]
    assert pieces == ["Give him 0.5 mg.", "See nhs.uk for more!", "Really?"]


def test_finding_is_frozen_and_serialisable() -> None:
    finding = _detect("contact", "DM me")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.rule = "other"  # type: ignore[misc]
    assert finding.to_dict() == {
        "category": "contact",
        "rule": "contact.details",
        "message": MESSAGES["contact"],
        "spans": [[0, 5]],
        "certain": True,
        "probability": None,
    }


def test_every_category_has_a_message() -> None:
    assert set(MESSAGES) == set(CODES)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Our 6 week old jerks only when asleep and it stops when we pick her up.",
        "Caffeine can make it worse.",
    ],
)
def test_clean_text_has_no_findings(text: str) -> None:
    assert _categories(text) == set()
