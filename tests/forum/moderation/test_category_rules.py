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
