"""Figures for a model on a split: per category, grouped advice, verdicts, queue quality.

Every row is judged by the whole engine (:func:`forum.moderation.engine.evaluate`),
thread by thread in posting order so duplicates are found as in the site, and
a follow-up is read against the thread's earlier posts (:func:`.corpus.with_thread`). A category
counts as predicted when the verdict has a finding of it (an emergency: the banner).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from . import HOLD, PUBLISH, PUBLISH_URGENT, REFUSE, Model, Verdict, WatchedRule, evaluate
from .categories import CODES, INDIVIDUAL_ADVICE
from .corpus import Row, with_thread

ADVICE_ROW = "individual_advice"
ACTIONS = (PUBLISH, HOLD, PUBLISH_URGENT, REFUSE)
TARGETS: dict[str, float] = {
    "individual_advice_recall": 0.95,
    "emergency_recall": 1.0,
    "hold_precision": 0.90,
    "false_holds_on_allowed": 0.05,  # at most
    "urgent_banners_on_allowed": 0.03,  # at most
}
AT_MOST = frozenset({"false_holds_on_allowed", "urgent_banners_on_allowed"})


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, gold: bool, predicted: bool) -> None:
        if gold and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif gold:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {
            "support": self.tp + self.fn,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def expected_action(labels: Sequence[str]) -> str:
    """The verdict the labels call for (emergency: published with the banner)."""
    from . import HOLD_CATEGORIES, REFUSE_CATEGORIES

    found = set(labels)
    if found & REFUSE_CATEGORIES:
        return REFUSE
    if "emergency" in found:
        return PUBLISH_URGENT
    if found & HOLD_CATEGORIES:
        return HOLD
    return PUBLISH


def judged(
    rows: Iterable[Row], model: Model | None, watched: Sequence[WatchedRule] = ()
) -> Iterator[tuple[Row, Verdict]]:
    """Each row with its verdict, read in its thread as the site reads a post: the author's
    earlier posts (duplicates), their opening post if theirs and their last posts (updates)
    and the post it answers (endorsements), see :func:`.corpus.with_thread`."""
    for row, history, earlier, replied in with_thread(rows):
        yield (
            row,
            evaluate(
                row["text"],
                recent_texts=history,
                thread_texts=earlier,
                replied_text=replied,
                watched=watched,
                model=model,
            ),
        )


def score(rows: Sequence[Row], model: Model | None) -> dict:
    """Figures for ``rows`` (see the module docstring); ``errors`` lists the misses."""
    counts = {code: Counts() for code in CODES}
    advice = Counts()
    alerts = Counts()
    confusion = {gold: dict.fromkeys(ACTIONS, 0) for gold in ACTIONS}
    held = held_right = allowed = false_holds = banners = 0
    errors = []
    for row, verdict in judged(rows, model):
        gold = set(row["labels"])
        predicted = set(verdict.categories)
        for code, c in counts.items():
            c.add(code in gold, code in predicted)
        advice.add(bool(gold & INDIVIDUAL_ADVICE), bool(predicted & INDIVIDUAL_ADVICE))
        alerts.add("emergency" in gold, verdict.alert)
        confusion[expected_action(row["labels"])][verdict.action] += 1
        if verdict.action == HOLD:
            held += 1
            held_right += bool(gold - {"emergency"})
        if not gold:
            allowed += 1
            false_holds += verdict.action in (HOLD, REFUSE)
            banners += verdict.urgent
        if gold != predicted:
            errors.append(
                {
                    "id": row.get("id"),
                    "missed": sorted(gold - predicted),
                    "extra": sorted(predicted - gold),
                    "text": row["text"],
                }
            )
    summary = {
        "individual_advice_recall": advice.recall,
        "emergency_recall": counts["emergency"].recall,
        "hold_precision": held_right / held if held else 1.0,
        "false_holds_on_allowed": false_holds / allowed if allowed else 0.0,
        "urgent_banners_on_allowed": banners / allowed if allowed else 0.0,
    }
    failures = [
        name
        for name, target in TARGETS.items()
        if (summary[name] > target if name in AT_MOST else summary[name] < target)
    ]
    learned = [counts[c] for c in CODES if counts[c].tp + counts[c].fn]
    return {
        "posts": len(rows),
        "categories": {code: c.as_dict() for code, c in counts.items()},
        ADVICE_ROW: advice.as_dict(),
        "emergency_alerts": alerts.as_dict(),
        "confusion": confusion,
        "summary": {k: round(v, 4) for k, v in summary.items()},
        "macro_f1": round(sum(c.f1 for c in learned) / len(learned), 4) if learned else 0.0,
        "failures": failures,
        "errors": errors,
    }


def better_or_equal(candidate: dict, current: dict) -> bool:
    """May ``candidate`` replace ``current`` (both :func:`score` results on one split)?

    Never at the cost of emergency recall; otherwise by macro F1 over the categories.
    """
    if candidate["summary"]["emergency_recall"] < current["summary"]["emergency_recall"]:
        return False
    return candidate["macro_f1"] >= current["macro_f1"]


def format_report(result: dict, title: str) -> str:
    """A fixed-width table of :func:`score`'s result."""
    lines = [f"{title}: {result['posts']} posts", ""]
    head = (
        f"{'category':<22}{'support':>8}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>8}"
    )
    lines.append(head)
    rows = [*result["categories"].items(), (ADVICE_ROW, result[ADVICE_ROW])]
    rows.append(("emergency (alerted)", result["emergency_alerts"]))
    for name, c in rows:
        lines.append(
            f"{name:<22}{c['support']:>8}{c['tp']:>5}{c['fp']:>5}{c['fn']:>5}"
            f"{c['precision']:>11.3f}{c['recall']:>8.3f}"
        )
    lines += ["", "verdicts (rows: what the labels call for, columns: what the engine did)"]
    lines.append(f"{'':<16}" + "".join(f"{a:>16}" for a in ACTIONS))
    for gold, row in result["confusion"].items():
        lines.append(f"{gold:<16}" + "".join(f"{row[a]:>16}" for a in ACTIONS))
    lines.append("")
    for name, value in result["summary"].items():
        bound = "<=" if name in AT_MOST else ">="
        mark = "MISSED" if name in result["failures"] else "ok"
        lines.append(f"{name:<28}{value:>8.3f}   target {bound} {TARGETS[name]:.2f}  {mark}")
    lines.append(f"{'macro_f1':<28}{result['macro_f1']:>8.3f}")
    return "\n".join(lines)


def merge(results: Sequence[dict]) -> dict:
    """One result from several (the folds of a cross-validation): counts are summed."""

    def total(rows: Sequence[dict]) -> dict:
        c = Counts(*(sum(r[k] for r in rows) for k in ("tp", "fp", "fn", "tn")))
        return c.as_dict()

    codes = results[0]["categories"]
    confusion = {
        gold: {a: sum(r["confusion"][gold][a] for r in results) for a in ACTIONS}
        for gold in ACTIONS
    }
    held = sum(confusion[g][HOLD] for g in ACTIONS)
    allowed = sum(sum(row.values()) for row in [confusion[PUBLISH]])
    merged = {
        "posts": sum(r["posts"] for r in results),
        "categories": {c: total([r["categories"][c] for r in results]) for c in codes},
        ADVICE_ROW: total([r[ADVICE_ROW] for r in results]),
        "emergency_alerts": total([r["emergency_alerts"] for r in results]),
        "confusion": confusion,
        "errors": [e for r in results for e in r["errors"]],
    }
    weights = [r["posts"] for r in results]
    summary = {
        name: sum(r["summary"][name] * w for r, w in zip(results, weights, strict=True))
        / max(1, sum(weights))
        for name in TARGETS
    }
    summary["individual_advice_recall"] = merged[ADVICE_ROW]["recall"]
    summary["emergency_recall"] = merged["categories"]["emergency"]["recall"]
    merged["summary"] = {k: round(v, 4) for k, v in summary.items()}
    merged["failures"] = [
        name
        for name, target in TARGETS.items()
        if (summary[name] > target if name in AT_MOST else summary[name] < target)
    ]
    learned = [c for c in merged["categories"].values() if c["support"]]
    merged["macro_f1"] = round(sum(c["f1"] for c in learned) / max(1, len(learned)), 4)
    del held, allowed
    return merged
