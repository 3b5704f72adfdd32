"""Measure the moderation engine against the labelled corpus.

Run ``python -m forum.moderation.evaluate`` (or ``make moderation-eval``). It prints
precision, recall and support per category, the micro average, and an
"individual_advice" row (dose advice, medication directives and diagnoses taken
together, since all three mean "a stranger advising on one person"). It exits 1 when a
safety target is missed, so CI fails on a regression:

* individual_advice: recall >= 0.95 and precision >= 0.90;
* emergency: recall == 1.0 and precision >= 0.90.

Pure: reads a JSONL file and calls :func:`forum.moderation.engine.evaluate`.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from forum.moderation import detectors, engine

CORPUS_PATH = Path(__file__).with_name("corpus.jsonl")
INDIVIDUAL_ADVICE = "individual_advice"
MICRO = "micro"

# (row, metric) -> minimum value. Missed emergencies and missed advice are the harms
# this engine exists to prevent, so those rows carry the hard targets.
TARGETS: dict[tuple[str, str], float] = {
    (INDIVIDUAL_ADVICE, "recall"): 0.95,
    (INDIVIDUAL_ADVICE, "precision"): 0.90,
    (detectors.EMERGENCY, "recall"): 1.0,
    (detectors.EMERGENCY, "precision"): 0.90,
}


@dataclass
class Counts:
    """True positives, false positives and false negatives for one row."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: bool, predicted: bool) -> None:
        if gold and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif gold:
            self.fn += 1

    @property
    def precision(self) -> float:
        # No predictions and nothing to predict is perfect, not zero.
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


def load_corpus(path: str | Path = CORPUS_PATH) -> list[dict]:
    """Read the JSONL corpus, one labelled post per line."""
    rows = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def evaluate_corpus(path: str | Path = CORPUS_PATH) -> dict:
    """Score the engine on every corpus post.

    Returns ``{"rows": {name: {"precision", "recall", "support", "tp", "fp", "fn"}},
    "errors": [...], "targets_met": bool, "failures": [...], "posts": n}`` where
    ``errors`` lists each misclassified post for debugging.
    """
    rows = load_corpus(path)
    counts = {category: Counts() for category in detectors.CATEGORIES}
    advice = Counts()
    errors = []
    for row in rows:
        gold = set(row["labels"])
        verdict = engine.evaluate(row["text"], recent_texts=row.get("recent", ()))
        predicted = set(verdict.categories)
        for category, c in counts.items():
            c.add(category in gold, category in predicted)
        advice.add(
            bool(gold & detectors.INDIVIDUAL_ADVICE),
            bool(predicted & detectors.INDIVIDUAL_ADVICE),
        )
        if gold != predicted:
            errors.append(
                {
                    "id": row["id"],
                    "missed": sorted(gold - predicted),
                    "extra": sorted(predicted - gold),
                    "text": row["text"],
                }
            )
    micro = Counts(
        tp=sum(c.tp for c in counts.values()),
        fp=sum(c.fp for c in counts.values()),
        fn=sum(c.fn for c in counts.values()),
    )
    table = {**counts, INDIVIDUAL_ADVICE: advice, MICRO: micro}
    result_rows = {
        name: {
            "precision": c.precision,
            "recall": c.recall,
            "support": c.support,
            "tp": c.tp,
            "fp": c.fp,
            "fn": c.fn,
        }
        for name, c in table.items()
    }
    failures = [
        f"{name} {metric} {result_rows[name][metric]:.3f} < {minimum:.2f}"
        for (name, metric), minimum in TARGETS.items()
        if result_rows[name][metric] < minimum
    ]
    return {
        "posts": len(rows),
        "rows": result_rows,
        "errors": errors,
        "failures": failures,
        "targets_met": not failures,
    }


def format_table(result: dict) -> str:
    """Render the per-category table as fixed-width text."""
    lines = [f"{'category':<22}{'precision':>10}{'recall':>9}{'support':>9}{'fp':>5}{'fn':>5}"]
    for name, row in result["rows"].items():
        if name in (INDIVIDUAL_ADVICE, MICRO):
            lines.append("-" * 60)
        lines.append(
            f"{name:<22}{row['precision']:>10.3f}{row['recall']:>9.3f}"
            f"{row['support']:>9}{row['fp']:>5}{row['fn']:>5}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the table (and, with ``-v``, every misclassified post); 1 if targets missed."""
    args = sys.argv[1:] if argv is None else argv
    verbose = "-v" in args
    paths = [a for a in args if not a.startswith("-")]
    result = evaluate_corpus(paths[0] if paths else CORPUS_PATH)
    print(f"Moderation corpus: {result['posts']} posts")
    print(format_table(result))
    if verbose:
        for error in result["errors"]:
            print(f"{error['id']} missed={error['missed']} extra={error['extra']}: {error['text']}")
    if result["failures"]:
        print("TARGETS MISSED: " + "; ".join(result["failures"]))
        return 1
    print("All targets met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
