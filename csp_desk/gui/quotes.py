"""The words a language check read as a concept, highlighted where they stand in the posting, so the
producer sees why a finding was made (POST-13, POST-14, POST-15, POST-19, CONT-17)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from ..domain.rules import Finding

QUOTING_RULES = frozenset({"POST-13", "POST-14", "POST-15", "POST-19", "CONT-17"})
MAX_WORDS = 50
"""Highlighted at most: a pasted novel with hundreds of hits stays fast to type in."""


def quoted_words(findings: Iterable[Finding]) -> tuple[str, ...]:
    """The words the language checks quote, in the order found, each once."""
    words: dict[str, None] = {}
    for finding in findings:
        if finding.rule not in QUOTING_RULES:
            continue
        value = finding.params.get("words")
        if isinstance(value, list | tuple):
            for entry in value:  # a word, or a (words, concept label) pair (domain/text.py QUOTE)
                word = entry[0] if isinstance(entry, tuple | list) and entry else entry
                if isinstance(word, str) and word.strip():
                    words[word] = None
    return tuple(words)[:MAX_WORDS]


class QuotedWords(QSyntaxHighlighter):
    """Marks every place the quoted words stand in one text field (a wavy underline on a pale
    background, readable in the light and the dark palette)."""

    def __init__(self, document: QTextDocument):
        super().__init__(document)
        self._words: tuple[str, ...] = ()
        self._format = QTextCharFormat()
        self._format.setBackground(QColor(255, 196, 0, 90))
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(QColor(214, 90, 0))

    @property
    def words(self) -> tuple[str, ...]:
        return self._words

    def set_words(self, words: tuple[str, ...]) -> None:
        if words != self._words:
            self._words = words
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for word in self._words:
            start = text.find(word)
            while start >= 0:
                self.setFormat(start, len(word), self._format)
                start = text.find(word, start + len(word))
