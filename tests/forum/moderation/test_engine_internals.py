"""The engine's plumbing, pure and without a database: the corpus loader, the
character folding, the concept gate and the duplicate forms that the fast paths use."""

from __future__ import annotations

import json
from pathlib import Path

from forum.moderation.engine import corpus
from forum.moderation.engine.text import normalize


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
