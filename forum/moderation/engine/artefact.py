"""The default model shipped with the code, and the command that rebuilds it.

    python -m forum.moderation.engine.artefact [--corpus DIR] [--out FILE]

(``make moderation-model``) trains on train, calibrates and sets thresholds on dev,
scores the frozen test split when there is one (the figures travel in the artefact,
for the dashboard) and writes ``default_model.npz`` beside this file. A fresh install
uses it until moderators train their own (``manage.py moderation_train``).
``--rescore`` (``make moderation-model MODEL_ARGS=--rescore``) keeps the model and
only refreshes those figures after the rules changed.

Like ``moderation_train``, it refuses to replace the default with a model that scores
worse on the frozen test split than the default does with the same rules
(``evaluation.better_or_equal``); ``--force`` overrides, and ``--out`` elsewhere writes
whatever it trained.
"""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path

from . import evaluation
from .model import Model

DEFAULT_ARTEFACT = Path(__file__).with_name("default_model.npz")


def load_file(path: Path) -> Model:
    return Model.from_bytes(path.read_bytes())


@functools.cache
def default_model() -> Model | None:
    """The committed model, once per process (None if it was never built)."""
    return load_file(DEFAULT_ARTEFACT) if DEFAULT_ARTEFACT.exists() else None


def build(directory: str | Path | None = None, *, version: str | None = None) -> Model:
    """Train the default model from the corpus in ``directory``."""
    from . import corpus, training

    model = training.train(
        corpus.load("train", directory), corpus.load("dev", directory), version=version
    )
    return scored(model, directory)


def scored(model: Model, directory: str | Path | None = None) -> Model:
    """`model` with the frozen test split's figures in its meta, scored by this code
    (the rules and the model together), when the corpus has a test split."""
    from . import corpus, evaluation

    if corpus.has_split("test", directory):
        result = evaluation.score(corpus.load("test", directory), model)
        model.meta["test"] = {
            "summary": result["summary"],
            "macro_f1": result["macro_f1"],
            "posts": result["posts"],
        }
    return model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rebuild the default moderation model.")
    parser.add_argument("--corpus", help="corpus folder (default: forum/moderation/corpus)")
    parser.add_argument("--out", default=str(DEFAULT_ARTEFACT), help="where to write it")
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace the default model even if it scores worse on the test split",
    )
    parser.add_argument(
        "--rescore",
        action="store_true",
        help="keep the shipped model; only score it again on the test split, after a rule "
        "change, so the figures the dashboard shows are this code's",
    )
    args = parser.parse_args(argv)
    if args.rescore:
        model = scored(load_file(DEFAULT_ARTEFACT), args.corpus)
    else:
        model = build(args.corpus, version="default-" + _today())
        replacing = Path(args.out).resolve() == DEFAULT_ARTEFACT.resolve()
        if replacing and DEFAULT_ARTEFACT.exists() and "test" in model.meta and not args.force:
            current = scored(load_file(DEFAULT_ARTEFACT), args.corpus).meta["test"]
            if not evaluation.better_or_equal(model.meta["test"], current):
                print(
                    f"refused: {model.version} scores {model.meta['test']['summary']} (macro F1 "
                    f"{model.meta['test']['macro_f1']}) on the test split, worse than the default "
                    f"{current['summary']} (macro F1 {current['macro_f1']}); --force to replace"
                )
                return 1
    Path(args.out).write_bytes(model.to_bytes())
    print(f"wrote {args.out}: model {model.version}, thresholds {model.meta['thresholds']}")
    if "test" in model.meta:
        print(f"test split: {model.meta['test']}")
    return 0


def _today() -> str:
    import datetime as dt

    return dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M")


if __name__ == "__main__":
    sys.exit(main())
