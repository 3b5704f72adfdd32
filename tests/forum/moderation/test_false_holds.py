"""Posts that must go up as they are, and their advice counterparts that must stay held.

Pure: no database. The classes come from the false holds on the dev split (helplines,
reports of one's own doctor's plan, replies sending the reader to their own doctor or
to emergency help, a named insult); every text here is written for this file.
"""

from __future__ import annotations

import pytest

from forum.moderation.engine import Model, evaluate
from forum.moderation.engine.categories import BY_CODE

# --------------------------------------------------------------------------- advice context


def test_a_cleared_post_keeps_a_rule_hit() -> None:
    """Clearing drops what only the model found: a dose the rules see is still held."""
    text = "Our GP put him on it. Give him 0.5 mg before bed, trust me."
    assert BY_CODE["dose_advice"].rules(text)
    verdict = evaluate(text, model=None)
    assert "dose_advice" in verdict.categories


def test_the_shipped_model_holds_a_plain_dose_but_not_a_report() -> None:
    from forum.moderation.engine.artefact import default_model

    model: Model | None = default_model()
    if model is None:
        pytest.skip("no shipped model")
    report = "Our neurologist prescribed 1 mg of melatonin for our daughter, she sleeps better."
    assert evaluate(report, model=model).action == "publish"
    advice = "Give your daughter 1 mg of melatonin at bedtime, it works."
    assert evaluate(advice, model=model).action == "hold"
