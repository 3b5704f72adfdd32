"""The labelled corpus: train / dev / test splits by thread, in posting order.

Files live in ``forum/moderation/corpus/{train,dev,test}.jsonl`` (format in the label
guide: id, thread, author, reply_to, text, labels, lang, voice, kind). Another folder
can be given with the ``HYPNIC_MODERATION_CORPUS`` environment variable or each
command's ``--corpus`` option. The older hand-written ``corpus.jsonl`` (no threads)
is folded into train. The test split is frozen: it is read only to report figures
and to refuse a worse model, never to choose anything.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .text import Span

PACKAGE = Path(__file__).resolve().parent.parent
DEFAULT_DIR = PACKAGE / "corpus"
LEGACY = PACKAGE / "corpus.jsonl"
ENV = "HYPNIC_MODERATION_CORPUS"
SPLITS = ("train", "dev", "test")
# Splits that other writers may add rows to, each in its own <split>_<name>.jsonl file.
ADDITIVE = ("train", "dev")

Row = dict


def corpus_dir(directory: str | Path | None = None) -> Path:
    """The corpus folder: the argument, else the environment variable, else the default."""
    return Path(directory or os.environ.get(ENV) or DEFAULT_DIR)


def read_jsonl(path: str | Path) -> list[Row]:
    rows = []
    with Path(path).open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            if not isinstance(row.get("text"), str) or not isinstance(row.get("labels"), list):
                raise ValueError(f"{path}:{number}: a row needs a text and a list of labels")
            rows.append(row)
    return rows


def load(split: str, directory: str | Path | None = None, *, legacy: bool = True) -> list[Row]:
    """Rows of one split ([] when the file is absent); train also gets the legacy rows.

    More rows by other writers join their split from ``train_<name>.jsonl`` and
    ``dev_<name>.jsonl``; the frozen test split takes no such additions.
    """
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}")
    path = corpus_dir(directory) / f"{split}.jsonl"
    rows = read_jsonl(path) if path.exists() else []
    if split in ADDITIVE:
        for extra in sorted(corpus_dir(directory).glob(f"{split}_*.jsonl")):
            rows += read_jsonl(extra)
    if split == "train" and legacy and LEGACY.exists():
        rows += [{**row, "thread": "legacy-" + row["id"]} for row in read_jsonl(LEGACY)]
    return rows


def has_split(split: str, directory: str | Path | None = None) -> bool:
    return (corpus_dir(directory) / f"{split}.jsonl").exists()


# Earlier posts of the same author a follow-up is read against (besides the opening
# post), here and in the site (forum.selectors.thread_context_texts).
THREAD_AUTHOR_POSTS = 3


def with_thread(
    rows: Iterable[Row],
) -> Iterator[tuple[Row, list[str], list[str], str | None]]:
    """Each row with its duplicate history (see :func:`with_history`), its thread context
    and the text of the post it answers.

    The context is what the site passes as ``thread_texts`` for a reply: the author's own
    earlier posts in the thread, oldest first: the opening post if they wrote it (unless the
    row is it) and their last few. Someone else's emergency is not read into a reply ("half
    a gummy before the jerks get going" under a fit is advice, not an update of the fit).
    The answered post is the row's ``reply_to`` when that is an earlier row of the thread,
    else the thread's row just before it (the site's post above,
    :func:`forum.selectors.replied_text`). Rows without a thread have neither.
    """
    opener: dict[str, object] = {}
    own: dict[tuple[str, str], list[str]] = {}
    texts: dict[str, str] = {}
    last: dict[str, str] = {}
    for row, history in with_history(rows):
        thread, author = row.get("thread"), row.get("author")
        if thread is None or "recent" in row:
            yield row, history, [], None
            continue
        key = str(thread)
        mine = own.setdefault((key, str(author)), []) if author is not None else []
        # the opener's own first text is the thread's opening post
        earlier = mine[:1] if mine and opener.get(key) == author else []
        earlier += [t for t in mine[-THREAD_AUTHOR_POSTS:] if t not in earlier]
        replied = texts.get(str(row.get("reply_to")), last.get(key))
        yield row, history, earlier, replied
        opener.setdefault(key, author)
        if author is not None:
            mine.append(row["text"])
        if row.get("id") is not None:
            texts[str(row["id"])] = row["text"]
        last[key] = row["text"]


def with_history(rows: Iterable[Row]) -> Iterator[tuple[Row, list[str]]]:
    """Each row with the earlier texts of the same author in the same thread.

    Rows of one thread are judged in order, as in the site, so a second copy of a post
    is compared with the first. Rows without a thread or author have no history; a
    row's own ``recent`` list (the legacy corpus) is used as given.
    """
    seen: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        thread, author = row.get("thread"), row.get("author")
        if "recent" in row:
            yield row, list(row["recent"])
            continue
        if thread is None or author is None:
            yield row, []
            continue
        key = (str(thread), str(author))
        history = seen.setdefault(key, [])
        yield row, list(reversed(history[-5:]))
        history.append(row["text"])


__all__ = [
    "Row",
    "Span",
    "corpus_dir",
    "has_split",
    "load",
    "read_jsonl",
    "with_history",
    "with_thread",
]
