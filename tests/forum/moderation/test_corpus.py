"""The labelled corpus must stay well-formed and the engine must keep meeting its targets.

A change to a detector that loses an emergency or lets individual advice through fails
the build here, with the misclassified posts in the failure message.
"""

from __future__ import annotations

from collections import Counter

import pytest

from forum.moderation import detectors
from forum.moderation.evaluate import (
    INDIVIDUAL_ADVICE,
    TARGETS,
    evaluate_corpus,
    format_table,
    load_corpus,
    main,
)

# Minimum number of posts per label: the corpus must stay big enough to mean something.
MIN_SUPPORT = {
    detectors.DOSE_ADVICE: 50,
    detectors.MEDICATION_DIRECTIVE: 30,
    detectors.DIAGNOSIS: 35,
    detectors.CONTACT: 30,
    detectors.INCIVILITY: 25,
    detectors.SPAM: 20,
    detectors.EMERGENCY: 30,
    detectors.DUPLICATE: 15,
}


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return load_corpus()


@pytest.fixture(scope="module")
def result() -> dict:
    return evaluate_corpus()


def test_corpus_is_well_formed(corpus: list[dict]) -> None:
    assert len(corpus) >= 320
    ids = [row["id"] for row in corpus]
    assert len(set(ids)) == len(ids)
    texts = [row["text"] for row in corpus]
    assert len(set(texts)) == len(texts)
    for row in corpus:
        assert row["text"].strip()
        assert set(row["labels"]) <= set(detectors.CATEGORIES), row["id"]
        if detectors.DUPLICATE in row["labels"]:
            assert row.get("recent"), row["id"]


def test_corpus_has_enough_of_each_label(corpus: list[dict]) -> None:
    counts = Counter(label for row in corpus for label in row["labels"])
    for label, minimum in MIN_SUPPORT.items():
        assert counts[label] >= minimum, (label, counts[label])
    clean = sum(1 for row in corpus if not row["labels"])
    assert clean >= 90
    mixed = sum(1 for row in corpus if len(row["labels"]) > 1)
    assert mixed >= 15


@pytest.mark.parametrize(("row", "metric"), sorted(TARGETS))
def test_targets_are_met(result: dict, row: str, metric: str) -> None:
    value = result["rows"][row][metric]
    errors = "\n".join(
        f"{e['id']} missed={e['missed']} extra={e['extra']}: {e['text']}" for e in result["errors"]
    )
    assert value >= TARGETS[(row, metric)], f"{row} {metric}={value:.3f}\n{errors}"


def test_every_category_has_high_precision_and_recall(result: dict) -> None:
    # Looser than the safety targets, but catches a category quietly breaking.
    for category in detectors.CATEGORIES:
        assert result["rows"][category]["precision"] >= 0.85, category
        assert result["rows"][category]["recall"] >= 0.85, category


def test_table_lists_every_row(result: dict) -> None:
    table = format_table(result)
    for name in (*detectors.CATEGORIES, INDIVIDUAL_ADVICE, "micro"):
        assert name in table


def test_main_exits_zero_when_targets_are_met(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    assert "All targets met." in capsys.readouterr().out


def test_main_exits_one_when_a_target_is_missed(
    tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    missed = tmp_path / "corpus.jsonl"
    missed.write_text('{"id": "x1", "text": "Lovely weather today.", "labels": ["emergency"]}\n')
    assert main([str(missed)]) == 1
    assert "TARGETS MISSED" in capsys.readouterr().out
