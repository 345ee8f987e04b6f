"""The morphological analyser (SudachiPy, small dictionary), loaded on first use, thread-safe.

Nothing here runs at import: `tokens()` loads the dictionary the first time it is called (about
40–100 ms), and `warm()` lets the window do that in a worker after its first paint. A Sudachi
tokenizer is not safe to share between threads, so each thread gets its own over one dictionary.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

_lock = threading.Lock()
_dictionary: Any = None
_local = threading.local()


@dataclass(frozen=True)
class Token:
    surface: str
    lemma: str
    """dictionary_form(): 断れ → 断る."""
    norm: str
    """normalized_form(): 出来る, 下さる, 9 — spelling variants made one."""
    pos: tuple[str, ...]
    start: int
    end: int
    """Offsets into the normalised text."""

    def forms(self) -> tuple[str, str, str]:
        return self.surface, self.lemma, self.norm


def _tokenizer() -> Any:
    tokenizer = getattr(_local, "tokenizer", None)
    if tokenizer is not None:
        return tokenizer
    global _dictionary
    from sudachipy import Dictionary, SplitMode  # type: ignore[import-untyped]

    with _lock:
        if _dictionary is None:
            _dictionary = Dictionary(dict="small")
    tokenizer = _dictionary.tokenizer(mode=SplitMode.A)
    _local.tokenizer = tokenizer
    return tokenizer


def loaded() -> bool:
    return _dictionary is not None


def warm() -> None:
    """Loads the dictionary now (the window calls this in a worker after its first paint)."""
    tokens("週4日")


_CHUNK = 4000
"""Sudachi refuses very long input; text is analysed in pieces cut at line or sentence ends."""


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    while start < len(text):
        end = min(len(text), start + _CHUNK)
        if end < len(text):
            cut = max(text.rfind("\n", start, end), text.rfind("。", start, end))
            if cut > start:
                end = cut + 1
        yield start, text[start:end]
        start = end


def tokens(text: str) -> list[Token]:
    """The tokens of normalised `text` (short units, SplitMode.A), offsets into `text`."""
    tokenizer = _tokenizer()
    out: list[Token] = []
    for offset, chunk in _chunks(text):
        for m in tokenizer.tokenize(chunk):
            pos = tuple(m.part_of_speech()[:4])
            out.append(Token(m.surface(), m.dictionary_form(), m.normalized_form(), pos,
                             offset + m.begin(), offset + m.end()))  # fmt: skip
    return out
