"""What the projector view of a workshop may show: the slides in order, and the privacy rule.

SMEs in one room may be competitors. Unless the facilitator turns on 「参加者名・金額を表示」,
a text on the projector never carries a participant's company name, contacts or money: the
volunteer's own names become an anonymous label (参加企業A), other participants' names a
general one, amounts of yen, e-mail addresses and telephone numbers a placeholder. The volunteer's
problems, work breakdown and posting stay: they are what the room learns from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from .text import QT_TRANSLATE_NOOP

PARTICIPANT_LABEL = QT_TRANSLATE_NOOP("projector", "Participant {letter}")
OTHER_PARTICIPANT = QT_TRANSLATE_NOOP("projector", "another participant")
HIDDEN_MONEY = QT_TRANSLATE_NOOP("projector", "(amount hidden)")
HIDDEN_CONTACT = QT_TRANSLATE_NOOP("projector", "(contact hidden)")

_LEGAL_FORMS = (
    "株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "一般社団法人", "一般財団法人",
    "公益社団法人", "公益財団法人", "特定非営利活動法人", "NPO法人", "医療法人", "社会福祉法人",
    "(株)", "(有)", "(同)", "㈱", "㈲",
)  # fmt: skip

_AMOUNT = r"(?<![\d,.億万千百])\d[\d,.]*(?:[億万千百]\d[\d,.]*)*[億万千百]?"  # 30,000 / 1万5千
"""An amount starts where a number starts, never inside one: a long run of digits is read once."""
_KANJI_DIGITS = "〇一二三四五六七八九十百千万億"
_KANJI_AMOUNT = rf"(?<![{_KANJI_DIGITS}])[{_KANJI_DIGITS}]*[一二三四五六七八九十百千][{_KANJI_DIGITS}]*"
"""五万 / 二十万 / 三千五百: an amount in kanji numerals."""
_ANY_AMOUNT = rf"(?:{_AMOUNT}|{_KANJI_AMOUNT})"
_RANGE = r"\s*[〜~\-–―ー]\s*"
_COUNTED = (
    r"(?:件|人|名|字|文字|個|回|部|枚|本|時間|分|ページ|頁|社|点|冊|通|行|語|秒|日|週|か月|ヶ月|カ月|年)"
)
"""What follows a count, not an amount (1万件, 三千字)."""
_MONEY = re.compile(
    rf"[¥￥]\s*{_AMOUNT}(?:{_RANGE}[¥￥]?\s*{_AMOUNT})?"  # ¥30,000 / ¥30,000〜¥50,000
    rf"|(?:{_ANY_AMOUNT}{_RANGE})?{_ANY_AMOUNT}\s*円"  # 30,000〜50,000円 / 3万円 / 五万円
    rf"|(?:{_ANY_AMOUNT}{_RANGE})?(?:(?<![\d,.])\d[\d,.]*|{_KANJI_AMOUNT})[万億](?!{_COUNTED})"  # 30万
    rf"|(?P<context>(?:報酬|予算|単価|金額|謝礼)[はがもの:\s]*(?:約|総額|目安)?\s*)"  # 報酬 50,000
    rf"{_AMOUNT}(?:{_RANGE}{_AMOUNT})?(?!\s*{_COUNTED})(?:\s*円)?"
    rf"|{_AMOUNT}(?=\s*\((?:税込|税抜|税別)\))"  # 50,000(税込)
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(
    r"(?<![\d,.])\(?(?:\+81[\s-]?\(?0?\)?|0)\d{1,4}\)?[\s\-(]?\d{1,4}[\s\-)]?\d{3,4}(?!\d)"
)
"""03-1234-5678, 0312345678, 03 1234 5678, 03(1234)5678, (03)1234-5678, +81-3-1234-5678."""


class SlideKind(StrEnum):
    TITLE = "title"
    AGENDA = "agenda"
    PROBLEMS = "problems"
    BREAKDOWN = "breakdown"
    POSTING = "posting"
    CHECKLIST = "checklist"


@dataclass(frozen=True)
class SlideKey:
    """One slide of the show: its kind; for an agenda slide which item (0-based); for a breakdown
    slide which problem and which of its work items (-1: the problem's overview)."""

    kind: SlideKind
    index: int = 0
    item: int = -1


def slide_keys(agenda_items: int, volunteer_items: Sequence[int] | None = None) -> list[SlideKey]:
    """The title page, each agenda item in turn, then — when a volunteer is chosen, with the
    number of work items of each of its problems — its problems, each problem's breakdown (an
    overview, then one slide per work item: large type fits one item's type, reason and budget),
    its posting draft and the posting's checklist."""
    keys = [SlideKey(SlideKind.TITLE)]
    keys += [SlideKey(SlideKind.AGENDA, i) for i in range(agenda_items)]
    if volunteer_items is None:
        return keys
    keys.append(SlideKey(SlideKind.PROBLEMS))
    for problem, items in enumerate(volunteer_items or [0]):
        keys.append(SlideKey(SlideKind.BREAKDOWN, problem))
        keys += [SlideKey(SlideKind.BREAKDOWN, problem, item) for item in range(items)]
    keys += [SlideKey(SlideKind.POSTING), SlideKey(SlideKind.CHECKLIST)]
    return keys


def letter(number: int) -> str:
    """A, B, … Z, AA, AB, … for the 1st, 2nd, … volunteer shown (1-based)."""
    number = max(1, number)
    out = ""
    while number:
        number, rest = divmod(number - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


def name_variants(name: str) -> list[str]:
    """A company's name as it may appear in a text: whole, and without its legal form
    (株式会社山田製作所 → 山田製作所), compared after NFKC (full-width letters and digits)."""
    whole = unicodedata.normalize("NFKC", name).strip()
    if not whole:
        return []
    core = whole
    for form in _LEGAL_FORMS:
        core = core.replace(unicodedata.normalize("NFKC", form), "")
    core = core.strip(" 　")
    return [v for v in dict.fromkeys((whole, core)) if len(v) >= 2]


@dataclass(frozen=True)
class Disclosure:
    """What the projector may show of the participants: everything when `reveal` is on."""

    reveal: bool = False
    own: tuple[str, ...] = ()
    """The volunteer's company name, contact person, address, phone, e-mail, corporate number."""
    others: tuple[str, ...] = ()
    """Every other participant's company name."""
    people: tuple[str, ...] = ()
    """The participants' contact persons: hidden whole, without spaces, and by surname or given name."""
    label: str = "参加企業A"
    """What the volunteer is called while names are hidden."""
    other_label: str = "他の参加企業"
    hidden_money: str = "（金額非表示）"
    hidden_contact: str = "（連絡先非表示）"


def _replace_all(text: str, secrets: Iterable[str], by: str) -> str:
    variants = {v for s in secrets for v in name_variants(s)}
    for secret in sorted(variants, key=len, reverse=True):  # the longest first: 株式会社X before X
        text = text.replace(secret, by)
    return text


def projected(text: str, disclosure: Disclosure) -> str:
    """`text` as the projector may show it: unchanged when names and money are revealed; else
    the volunteer's identifying words become its label, other participants' names a general word,
    e-mail addresses and telephone numbers a placeholder, and every amount of yen another."""
    if disclosure.reveal or not text:
        return text
    out = unicodedata.normalize("NFKC", text)
    out = _EMAIL.sub(disclosure.hidden_contact, out)
    out = _PHONE.sub(disclosure.hidden_contact, out)
    out = _replace_all(out, disclosure.own, disclosure.label)
    out = _replace_all(out, disclosure.others, disclosure.other_label)
    out = _replace_people(out, disclosure.people, disclosure.hidden_contact)
    hidden = disclosure.hidden_money
    return _MONEY.sub(lambda m: (m.group("context") or "") + hidden, out)


def _replace_people(text: str, people: Iterable[str], by: str) -> str:
    """A person's name as written anywhere: 山田 太郎, 山田太郎, or 山田 or 太郎 alone (a part of
    two characters or more; one character is too common a piece of other words)."""
    variants: set[str] = set()
    for person in people:
        whole = unicodedata.normalize("NFKC", person).strip()
        parts = whole.split()
        variants.update(v for v in (whole, "".join(parts), *parts) if len(v) >= 2)
    for secret in sorted(variants, key=len, reverse=True):
        text = text.replace(secret, by)
    return text


def budget_band(low: int | None, high: int | None, disclosure: Disclosure) -> str:
    """A budget band as shown: 30,000〜50,000円 when money is revealed, else the placeholder
    ('' when no band is set)."""
    if low is None and high is None:
        return ""
    if not disclosure.reveal:
        return disclosure.hidden_money
    if low is not None and high is not None and low != high:
        return f"{low:,}〜{high:,}円"
    return f"{(high if low is None else low):,}円"
