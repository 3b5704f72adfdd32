"""The engine's rule layers as the pure class tests call them (one place for all of them)."""

from __future__ import annotations

from forum.moderation.engine.categories import BY_CODE

DIRECTIVE = BY_CODE["medication_directive"].rules
DOSE = BY_CODE["dose_advice"].rules
DIAGNOSIS = BY_CODE["diagnosis"].rules
EMERGENCY = BY_CODE["emergency"].rules


def advice(text: str) -> bool:
    """Does any individual-advice rule (dose, directive, verdict) find ``text``?"""
    return bool(DIRECTIVE(text) or DOSE(text) or DIAGNOSIS(text))
