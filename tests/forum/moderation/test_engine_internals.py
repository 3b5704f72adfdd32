"""The engine's plumbing, pure and without a database: the corpus loader, the
character folding and sentences, the finding every category gives, and text no category
finds anything in. (Each category's own rules are tested in categories/.)"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from forum.moderation.engine import corpus, findings_for
from forum.moderation.engine.categories import CODES
from forum.moderation.engine.text import normalize, sentences

from .categories.rules import MESSAGES, detect, highlights


def _write(path: Path, *texts: str) -> None:
    rows = [
        {"id": f"{path.stem}-{i}", "thread": f"{path.stem}-{i}", "text": t, "labels": []}
        for i, t in enumerate(texts)
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")


def test_other_writers_rows_join_train_and_dev_but_never_test(tmp_path: Path) -> None:
    _write(tmp_path / "train.jsonl", "a train row")
    _write(tmp_path / "train_more.jsonl", "another writer's train row")
    _write(tmp_path / "dev.jsonl", "a dev row")
    _write(tmp_path / "dev_more.jsonl", "another writer's dev row", "and a second one")
    _write(tmp_path / "test.jsonl", "a frozen test row")
    _write(tmp_path / "test_more.jsonl", "must not leak into the frozen split")
    dev = [r["text"] for r in corpus.load("dev", tmp_path)]
    train = [r["text"] for r in corpus.load("train", tmp_path, legacy=False)]
    test = [r["text"] for r in corpus.load("test", tmp_path)]
    assert dev == ["a dev row", "another writer's dev row", "and a second one"]
    assert train == ["a train row", "another writer's train row"]
    assert test == ["a frozen test row"]


def test_folding_keeps_offsets_and_folds_non_ascii() -> None:
    text = "İl a 40° de FIÈVRE, Ｌèvres BLEUES \u2019now\u2019 \u2014 5\u00b5g ﬁne"
    folded = normalize(text)
    assert len(folded) == len(text)
    assert "fièvre" in folded
    assert "lèvres bleues" in folded
    assert "'now' - 5ug" in folded
    # Characters whose lower or compatibility form is longer than one stay as they are.
    assert folded[0] == "İ"
    assert folded.endswith("ﬁne")


def test_spans_point_into_the_original_text_with_curly_quotes_and_accents() -> None:
    text = "Caf\u00e9 mum here \u2014 you\u2019re clearly wrong: your son\u2019s got epilepsy."
    findings = detect("diagnosis", text)
    assert len(normalize(text)) == len(text)
    assert findings
    assert "epilepsy" in highlights(text, findings, "diagnosis")[0]


def test_normalize_keeps_length_for_characters_that_expand() -> None:
    text = "\ufb01ne \u0130stanbul \u2018quoted\u2019"
    assert len(normalize(text)) == len(text)


def test_sentences_keep_decimals_and_domains_together() -> None:
    text = "Give him 0.5 mg. See nhs.uk for more! Really?"
    pieces = [text[a:b] for a, b in sentences(text)]
    assert pieces == ["Give him 0.5 mg.", "See nhs.uk for more!", "Really?"]


def test_finding_is_frozen_and_serialisable() -> None:
    finding = detect("contact", "DM me")[0]
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


def _categories(text: str) -> set[str]:
    return {f.category for f in findings_for(text)}


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
