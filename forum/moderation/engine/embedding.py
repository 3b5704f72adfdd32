"""Sentence embeddings from wordllama's static token vectors, with no download.

wordllama ships its token embedding matrix (Llama-2 vocabulary, 256 dimensions) and
tokenizer inside its wheel; a text's embedding is the mean of its tokens' vectors.
The package's own loader looks for the tokenizer in the wrong folder and then tries
the network, so the two files are read here directly (``tokenizers`` and
``safetensors``, both wordllama's own dependencies) without importing wordllama.

Speed: the fast tokenizer costs about 2 us per token, too much for a 2,000-character
post within the latency budget, so words are tokenized one at a time and cached (the
Llama tokenizer splits on spaces first, so a word's tokens do not depend on its
neighbours); a post then costs one dictionary look-up per word and one gather.
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
from pathlib import Path

import numpy as np

from .text import Memo

DIMENSIONS = 256


def _package_dir() -> Path:
    spec = importlib.util.find_spec("wordllama")
    if spec is None or spec.origin is None:
        raise RuntimeError("wordllama is not installed")
    return Path(spec.origin).parent


class Embedder:
    """Mean token embedding of a text; one instance per process (see :func:`embedder`)."""

    def __init__(self) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        folder = _package_dir()
        self.tokenizer = Tokenizer.from_file(
            str(folder / "tokenizers" / "l2_supercat_tokenizer_config.json")
        )
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        weights = load_file(str(folder / "weights" / f"l2_supercat_{DIMENSIONS}.safetensors"))
        self.matrix = np.ascontiguousarray(weights["embedding.weight"], dtype=np.float32)
        # Each word's token ids, read in C for every word seen before (see text.Memo).
        self._word_ids = Memo(self._ids, 200_000).__getitem__

    def _ids(self, word: str) -> tuple[int, ...]:
        return tuple(self.tokenizer.encode(word, add_special_tokens=False).ids)

    def token_ids(self, text: str) -> list[int]:
        # the words are the runs of non-space characters (str.split's whitespace is re's \s)
        return list(itertools.chain.from_iterable(map(self._word_ids, text.split())))

    def embed(self, text: str) -> np.ndarray:
        """The unit-length mean of the text's token vectors (zeros for an empty text)."""
        ids = self.token_ids(text)
        if not ids:
            return np.zeros(DIMENSIONS, dtype=np.float32)
        vector = self.matrix.take(ids, axis=0).mean(axis=0)
        norm = float(np.linalg.norm(vector))
        return vector / norm if norm else vector


@functools.cache
def embedder() -> Embedder:
    """The process's embedder, loaded on first use (about 50 MB)."""
    return Embedder()
