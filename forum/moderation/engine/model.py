"""The learned layer at run time: features, a linear model, calibrated probabilities.

Pure numpy (no scikit-learn at run time, so a web process stays small; training is
:mod:`forum.moderation.engine.training`). An artefact is a NumPy ``.npz`` archive read
with ``allow_pickle=False`` (arrays and one JSON string, never code), so a model
stored in the database or on shared storage cannot run anything when it is loaded.

Features of a text, the same in training and here:

* its wordllama embedding (:mod:`.embedding`);
* binary n-grams (words, word pairs and the character 4-grams of each word) from the
  training vocabulary, scaled to unit length;
* the hits of every category's rules (the red-flag concepts, the contact patterns...).

Each learned category has a logistic model over these, Platt-calibrated on held-out
scores, and two thresholds chosen on the dev split: ``low`` (the uncertain band
starts: hold for a moderator, or show the emergency banner) and ``high`` (sure).
"""

from __future__ import annotations

import io
import itertools
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from forum.moderation.engine import trie

from .categories import CATEGORIES
from .embedding import DIMENSIONS, embedder
from .text import Memo, Span, merge_spans, normalize, sentences

FORMAT = 1
RULE_CATEGORIES: tuple[str, ...] = tuple(c.code for c in CATEGORIES if c.code != "duplicate")
RULE_FEATURES: tuple[str, ...] = (*RULE_CATEGORIES, "emergency.doubt")
_PAIR = "b:{} {}"  # the feature name of a word pair
# Words and numbers: digits are in [^\W_] (a "|\d+" branch could never be reached).
_WORD_RE = trie.compile(r"[^\W_]+(?:'[^\W_]+)?")


def words(text: str) -> list[str]:
    return _WORD_RE.findall(normalize(text))


def token_grams(token: str) -> tuple[str, ...]:
    """A word's own features: the word and the character 4-grams of " word "."""
    padded = f" {token} "
    return ("w:" + token, *("c:" + padded[i : i + 4] for i in range(len(padded) - 3)))


def ngrams(text: str) -> set[str]:
    """The binary n-gram features of a text (see the module docstring)."""
    tokens = words(text)
    grams = {"b:" + a + " " + b for a, b in zip(tokens, tokens[1:], strict=False)}
    for token in set(tokens):
        grams.update(token_grams(token))
    return grams


def rule_flags(text: str, hits: dict[str, list[Span]] | None = None) -> np.ndarray:
    """One 0/1 feature per category's rules (and one for doubtful red flags).

    ``hits`` are the rule spans by category when the caller has them already.
    """
    if hits is None:
        hits = rule_hits(text)
    return np.asarray([1.0 if hits.get(code) else 0.0 for code in RULE_FEATURES], np.float32)


def rule_hits(text: str, thread_texts: Sequence[str] = ()) -> dict[str, list[Span]]:
    """Every category's rule spans, plus the doubtful red flags as "emergency.doubt".

    ``thread_texts`` are the author's own earlier posts of the thread (the opening one if
    theirs, and their last few): a category that reads the thread (an emergency told as an
    update) adds what it finds in their light to its own spans.
    """
    hits: dict[str, list[Span]] = {}
    for category in CATEGORIES:
        if category.code in RULE_CATEGORIES:
            hits[category.code] = category.rules(text)
        if category.doubt is not None:
            hits[category.code + ".doubt"] = category.doubt(text)
        if thread_texts and category.in_thread is not None:
            certain, doubtful = category.in_thread(text, thread_texts)
            if certain:
                hits[category.code] = merge_spans([*hits.get(category.code, []), *certain])
            if doubtful:
                key = category.code + ".doubt"
                hits[key] = merge_spans([*hits.get(key, []), *doubtful])
    return hits


@dataclass
class Model:
    """A trained model: weights per category, calibration and thresholds."""

    version: str
    categories: list[str]
    vocabulary: dict[str, int]
    w_embedding: np.ndarray  # (DIMENSIONS, C)
    w_ngrams: np.ndarray  # (V, C)
    w_rules: np.ndarray  # (len(RULE_FEATURES), C)
    bias: np.ndarray  # (C,)
    platt: np.ndarray  # (2, C): calibrated p = sigmoid(a * score + b)
    thresholds: np.ndarray  # (2, C): low, high
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        vocabulary = self.vocabulary

        def token_index(token: str) -> tuple[int, ...]:
            return tuple(vocabulary[g] for g in token_grams(token) if g in vocabulary)

        # Read in C for every word seen before (see text.Memo).
        self._token_index = Memo(token_index, 100_000).__getitem__
        # Word pairs as integer codes: each word of a pair feature gets an id, a pair of ids
        # one code (first * words + second), and the codes are kept sorted, so a post's
        # pairs are looked up at once with ``searchsorted``. Words hold no space, so
        # "b:a b" names the pair ("a", "b").
        word_id: dict[str, int] = {}  # any one-to-one numbering of the pairs' words will do
        firsts: list[int] = []
        seconds: list[int] = []
        features: list[int] = []
        for gram, i in vocabulary.items():
            if gram[:2] == "b:" and len(pair := gram[2:].split(" ")) == 2:
                firsts.append(word_id.setdefault(pair[0], len(word_id)))
                seconds.append(word_id.setdefault(pair[1], len(word_id)))
                features.append(i)
        self._pair_word_id = word_id
        codes = np.asarray(firsts, np.int64) * len(word_id) + np.asarray(seconds, np.int64)
        order = np.argsort(codes)
        # A sentinel above every code ends the sorted codes: searchsorted stays in range.
        self._pair_codes = np.append(codes[order], np.iinfo(np.int64).max)
        self._pair_features = np.append(np.asarray(features, np.intp)[order], -1)

    # ------------------------------------------------------------------ scoring

    def scores(self, text: str, flags: np.ndarray | None = None) -> np.ndarray:
        """Raw linear scores (one per category) of ``text``; ``flags`` = its rule_flags."""
        score = self.bias.copy()
        score += embedder().embed(text) @ self.w_embedding
        index = self.feature_index(text)
        if index.size:
            score += self.w_ngrams[index].sum(axis=0) / np.sqrt(len(index))
        score += (rule_flags(text) if flags is None else flags) @ self.w_rules
        return score

    def feature_index(self, text: str) -> np.ndarray:
        """Vocabulary indices of the text's n-grams, sorted (same set as ``ngrams``, faster).

        A word's own features are looked up once per process (cached by word), so a
        long post costs one look-up per distinct word, in C-level ``map`` calls; its
        word pairs are found together with numpy (see ``__post_init__``).
        """
        tokens = words(text)
        own = np.fromiter(
            itertools.chain.from_iterable(map(self._token_index, set(tokens))), np.intp
        )
        ids = np.fromiter(map(self._pair_word_id.get, tokens, itertools.repeat(-1)), np.int64)
        first, second = ids[:-1], ids[1:]
        codes = (first * len(self._pair_word_id) + second)[(first >= 0) & (second >= 0)]
        at = np.searchsorted(self._pair_codes, codes)  # the end sentinel is never matched
        found = np.zeros(len(self.vocabulary), bool)  # a mask sorts and dedupes the indices
        found[own] = True
        found[self._pair_features[at[self._pair_codes[at] == codes]]] = True
        return np.flatnonzero(found)

    def probabilities(self, text: str, flags: np.ndarray | None = None) -> dict[str, float]:
        """Calibrated probability of each category for ``text``."""
        raw = self.scores(text, flags)
        z = np.clip(self.platt[0] * raw + self.platt[1], -60.0, 60.0)  # no overflow in exp
        calibrated = 1.0 / (1.0 + np.exp(-z))
        return {c: float(p) for c, p in zip(self.categories, calibrated, strict=True)}

    def probabilities_where(
        self, text: str, spans: Sequence[Span], flags: np.ndarray
    ) -> dict[str, float] | None:
        """The probabilities for the sentences of ``text`` that hold ``spans``, or None when
        those sentences are the whole post (see LONG_POST). ``flags`` are the post's rule
        flags: the rules have read the post already, and their hits are in those sentences."""
        norm = normalize(text)
        every = sentences(norm)
        held = [(a, b) for a, b in every if any(s < b and a < max(e, s + 1) for s, e in spans)]
        if not held or len(held) == len(every):
            return None
        return self.probabilities(" ".join(text[a:b] for a, b in held), flags)

    def band(self, category: str) -> tuple[float, float]:
        i = self.categories.index(category)
        return float(self.thresholds[0, i]), float(self.thresholds[1, i])

    def heaviest_sentence(self, text: str, category: str) -> list[Span]:
        """The sentence whose words and word pairs weigh most towards ``category``
        (for the queue)."""
        weights = self.w_ngrams[:, self.categories.index(category)]
        vocabulary = self.vocabulary
        norm = normalize(text)
        best: tuple[float, Span] | None = None
        for start, end in sentences(norm):
            tokens = _WORD_RE.findall(norm, start, end)
            found = set(map(vocabulary.get, map("w:".__add__, tokens)))
            found.update(map(vocabulary.get, map(_PAIR.format, tokens, tokens[1:])))
            found.discard(None)
            weight = float(weights[list(found)].sum()) if found else 0.0
            if best is None or weight > best[0]:
                best = (weight, (start, end))
        return [best[1]] if best else []

    # ------------------------------------------------------------------ storage

    def to_bytes(self) -> bytes:
        header = {
            "format": FORMAT,
            "version": self.version,
            "categories": self.categories,
            "vocabulary": sorted(self.vocabulary, key=self.vocabulary.__getitem__),
            "rule_features": list(RULE_FEATURES),
            "dimensions": DIMENSIONS,
            "meta": self.meta,
        }
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            header=np.frombuffer(json.dumps(header).encode(), dtype=np.uint8),
            w_embedding=self.w_embedding.astype(np.float32),
            w_ngrams=self.w_ngrams.astype(np.float32),
            w_rules=self.w_rules.astype(np.float32),
            bias=self.bias.astype(np.float32),
            platt=self.platt.astype(np.float32),
            thresholds=self.thresholds.astype(np.float32),
        )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> Model:
        """Load an artefact; arrays only (``allow_pickle=False``), refused if it does not fit."""
        with np.load(io.BytesIO(data), allow_pickle=False) as archive:
            header = json.loads(archive["header"].tobytes().decode())
            arrays = {k: archive[k] for k in archive.files if k != "header"}
        if header.get("format") != FORMAT or header.get("rule_features") != list(RULE_FEATURES):
            raise ValueError("model artefact does not fit this version of the engine")
        return cls(
            version=header["version"],
            categories=list(header["categories"]),
            vocabulary={g: i for i, g in enumerate(header["vocabulary"])},
            meta=header.get("meta", {}),
            **arrays,
        )
