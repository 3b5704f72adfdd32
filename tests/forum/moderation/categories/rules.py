"""The engine's rule layers as the pure category tests call them (one place for all of them)."""

from __future__ import annotations

from forum.moderation.engine import Finding
from forum.moderation.engine.categories import BY_CODE

DIRECTIVE = BY_CODE["medication_directive"].rules
DOSE = BY_CODE["dose_advice"].rules
DIAGNOSIS = BY_CODE["diagnosis"].rules
EMERGENCY = BY_CODE["emergency"].rules

MESSAGES = {code: category.message for code, category in BY_CODE.items()}


def advice(text: str) -> bool:
    """Does any individual-advice rule (dose, directive, verdict) find ``text``?"""
    return bool(DIRECTIVE(text) or DOSE(text) or DIAGNOSIS(text))


def detect(code: str, text: str) -> list[Finding]:
    """The category's rule hits as a finding (what the engine shows without a model)."""
    spans = BY_CODE[code].rules(text)
    return [BY_CODE[code].finding(spans)] if spans else []


def highlights(text: str, findings: list[Finding], category: str) -> list[str]:
    """The words the findings of ``category`` highlight in ``text``."""
    return [text[a:b] for f in findings if f.category == category for a, b in f.spans]
