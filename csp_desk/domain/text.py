"""Text helpers: user-facing message markers and Japanese input normalisation."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

MAX_TEXT = 20_000
"""Longest free text we accept in one field (a notes box); longer pastes are refused."""
MAX_LINE = 500
"""Longest single-line field (a name, an address)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a message for translation without importing Qt; the GUI translates it when shown."""
    return text


QUOTE = QT_TRANSLATE_NOOP("rules", "“{words}” ({concept})")
"""How a finding quotes the words that triggered a concept: 「週4日」（勤務時間・日の固定）. A list
parameter of (words, concept label) pairs is written this way, the label translated."""


def _same(text: str) -> str:
    return text


def quoted(item: object, translate: Callable[[str], str] = _same) -> str | None:
    """A (words, label) pair as QUOTE, `translate` applied to the template and the label;
    None when `item` is not such a pair."""
    if isinstance(item, tuple | list) and len(item) == 2 and all(isinstance(x, str) for x in item):
        return str(translate(QUOTE).format(words=item[0], concept=translate(item[1])))
    return None


def normalise(text: str) -> str:
    """NFKC, trimmed: full-width digits and letters become half-width, half-width kana full."""
    return unicodedata.normalize("NFKC", text).strip()


def is_blank(text: str) -> bool:
    """Nothing but spaces (full-width ones too)."""
    return not normalise(text)


_HIRAGANA_TO_KATAKANA = {code: code + 0x60 for code in range(0x3041, 0x3097)}


def search_key(text: str) -> str:
    """What a search compares: NFKC, case-folded, hiragana as katakana, spaces removed."""
    return "".join(normalise(text).casefold().translate(_HIRAGANA_TO_KATAKANA).split())


_LEGAL_FORM_ABBREVIATIONS = (
    ("(株)", "株式会社"), ("(有)", "有限会社"), ("(同)", "合同会社"), ("(資)", "合資会社"),
    ("(名)", "合名会社"), ("(一社)", "一般社団法人"), ("(一財)", "一般財団法人"),
    ("(公社)", "公益社団法人"), ("(公財)", "公益財団法人"), ("(特非)", "特定非営利活動法人"),
)  # fmt: skip


def company_key(name: str) -> str:
    """What two company names compare by: `search_key`, with the abbreviated legal forms written
    out ((株) and ㈱ as 株式会社), so 「(株)あおば」 and 「株式会社あおば」 are one company."""
    text = normalise(name)  # ㈱ → (株), full-width brackets → ASCII
    for short, full in _LEGAL_FORM_ABBREVIATIONS:
        text = text.replace(short, full)
    return search_key(text)


@dataclass(frozen=True)
class FieldError:
    """One thing wrong with user input: the field it concerns and a message to translate."""

    field: str
    message: str
    params: dict[str, object] = dataclasses.field(default_factory=dict)
    context: str = "validation"

    def text(self) -> str:
        """The untranslated message with its parameters filled in."""
        return self.message.format(**self.params)


class InvalidInput(ValueError):
    """Raised with every error found, so a form can point at each field."""

    def __init__(self, errors: list[FieldError]):
        super().__init__("; ".join(p.text() for p in errors))
        self.errors = errors


class Refused(Exception):
    """Outside input refused as a whole (a file, its header); `message` is marked with
    QT_TRANSLATE_NOOP and translated with `params` where it is shown."""

    def __init__(self, message: str, **params: object):
        super().__init__(message.format(**params))
        self.message = message
        self.params = params
