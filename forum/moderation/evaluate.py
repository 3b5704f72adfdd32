"""``make moderation-eval``: the frozen test split per category, and 5-fold CV on train.

    python -m forum.moderation.evaluate [--corpus DIR] [--model FILE] [--split dev] [--no-cv] [-v]

The model is the committed default artefact (``make moderation-model`` rebuilds it
from the corpus) unless ``--model`` names another ``.npz`` artefact. Cross-validation
retrains on four fifths of train (folds grouped by thread), calibrates and sets
thresholds on dev as training does, and scores the fifth left out. Pure: no Django,
no database. Exits 1 when a target is missed on the test split. ``--split dev`` scores
the dev split instead, the one to tune on; the targets are reported but never decide
the exit status there.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from forum.moderation.engine import corpus, evaluation
from forum.moderation.engine.artefact import DEFAULT_ARTEFACT, load_file

FOLDS = 5


def cross_validate(directory: str | Path | None, folds: int = FOLDS) -> dict:
    """5-fold cross-validation on train, grouped by thread."""
    from sklearn.model_selection import GroupKFold

    from forum.moderation.engine import training

    train = corpus.load("train", directory)
    dev = corpus.load("dev", directory)
    groups = [str(row.get("thread") or row.get("id")) for row in train]
    results = []
    for number, (fit_idx, held_idx) in enumerate(
        GroupKFold(n_splits=folds).split(train, groups=groups), start=1
    ):
        model = training.train([train[i] for i in fit_idx], dev, version=f"cv-{number}")
        results.append(evaluation.score([train[i] for i in held_idx], model))
    return evaluation.merge(results)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", help="corpus folder (default: forum/moderation/corpus)")
    parser.add_argument("--model", help="model artefact (.npz); default: the committed one")
    parser.add_argument(
        "--split", default="test", choices=("test", "dev"), help="split to score (default: test)"
    )
    parser.add_argument("--no-cv", action="store_true", help="skip cross-validation")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    model = load_file(Path(args.model) if args.model else DEFAULT_ARTEFACT)
    print(f"model {model.version} (thresholds {model.meta.get('thresholds')})\n")
    figures: dict[str, dict] = {}
    status = 0
    if corpus.has_split(args.split, args.corpus):
        test = evaluation.score(corpus.load(args.split, args.corpus), model)
        figures[args.split] = test
        title = "Frozen test split" if args.split == "test" else "Dev split (tuning)"
        print(evaluation.format_report(test, title))
        status = 1 if test["failures"] and args.split == "test" else 0
        if args.verbose:
            for e in test["errors"]:
                print(f"{e['id']} missed={e['missed']} extra={e['extra']}: {e['text']}")
    else:
        print(f"No {args.split} split in {corpus.corpus_dir(args.corpus)}: nothing to report.")
    if not args.no_cv:
        cv = cross_validate(args.corpus)
        figures["cv"] = cv
        print()
        print(evaluation.format_report(cv, f"{FOLDS}-fold cross-validation on train"))
    if args.json:
        for result in figures.values():
            result.pop("errors", None)
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())
