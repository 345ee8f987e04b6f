"""The normaliser: text as the matcher reads it, each character mapped back to the original.

NFKC (full-width letters and digits half-width, half-width kana full-width), tildes and wave
dashes as 〜, kanji numerals before a unit as digits (九時 → 9時, 二十時間 → 20時間), and the
values a text states: times of day and ranges of them, hours a day, days or hours a week,
hours a month. Offsets always point into the original text, so a finding can be highlighted.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_TILDES = {
    "~": "〜",
    "～": "〜",
    "∼": "〜",
    "〰": "〜",
    "－": "-",
    "‐": "-",
    "–": "-",
    "—": "-",
    "―": "-",
    "−": "-",
}
_KANJI_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "壱": 1,
    "弐": 2,
    "参": 3,
}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
# a kanji numeral is read as a number only before a unit of time or count, or after 週/月/毎/午前…
_NUMERAL = re.compile(r"[〇零一二三四五六七八九十百千壱弐参]+")
_UNIT_AFTER = re.compile(r"(?:時間|時(?!的|点で|期|代)|日|週|ヶ月|か月|カ月|ケ月|箇月|回|曜|分|人|件|名|年)")
_CUE_BEFORE = ("週", "月", "毎", "午前", "午後", "朝", "夜", "夕方", "時", "〜", "から", "日")


@dataclass(frozen=True)
class Normalised:
    """`text` read from `original`: text[i] came from original[starts[i]:ends[i]]."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of text[start:end]."""
        if not self.text:
            return 0, 0
        start = min(max(start, 0), len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        return self.starts[start], self.ends[end - 1]

    def words(self, start: int, end: int) -> tuple[str, int, int]:
        a, b = self.span(start, end)
        return self.original[a:b], a, b


def kanji_number(text: str) -> int | None:
    """二十 → 20, 十八 → 18, 百二十 → 120, 二〇 → 20; None when it is not a number."""
    if all(ch in _KANJI_DIGITS for ch in text):
        return int("".join(str(_KANJI_DIGITS[ch]) for ch in text))
    total, digit = 0, None
    for ch in text:
        if ch in _KANJI_DIGITS:
            if digit is not None:
                return None
            digit = _KANJI_DIGITS[ch]
        elif ch in _KANJI_UNITS:
            total += (1 if digit is None else digit) * _KANJI_UNITS[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def normalise(original: str) -> Normalised:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(original):
        out = unicodedata.normalize("NFKC", ch)
        if out in ("\u3099", "\u309a", "\u309b", "\u309c", " \u3099", " \u309a") and chars:
            mark = "\u3099" if out.strip() in ("\u3099", "\u309b") else "\u309a"
            composed = unicodedata.normalize("NFC", chars[-1] + mark)
            if len(composed) == 1:
                chars[-1] = composed
                ends[-1] = i + 1
                continue
        for piece in out:
            chars.append(_TILDES.get(piece, piece))
            starts.append(i)
            ends.append(i + 1)
    text = "".join(chars)
    # kanji numerals → digits where a unit of time or count follows (or a time word precedes)
    pieces: list[tuple[str, int, int]] = []
    last = 0
    for m in _NUMERAL.finditer(text):
        before = text[max(0, m.start() - 2) : m.start()]
        if not (_UNIT_AFTER.match(text, m.end()) or before.endswith(_CUE_BEFORE)):
            continue
        if m.group(0) in ("一", "十") and text.startswith("分", m.end()) and not before.endswith("時"):
            continue  # 十分 (enough), 一分 (a bit) are not durations
        value = kanji_number(m.group(0))
        if value is None:
            continue
        pieces.append((text[last : m.start()], last, m.start()))
        pieces.append((str(value), m.start(), m.end()))
        last = m.end()
    if not pieces:
        return Normalised(original, text, tuple(starts), tuple(ends))
    pieces.append((text[last:], last, len(text)))
    new_chars: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    for piece, a, b in pieces:
        if b - a == len(piece) and text[a:b] == piece:
            new_chars.append(piece)
            new_starts.extend(starts[a:b])
            new_ends.extend(ends[a:b])
        else:  # a converted numeral: every digit maps to the whole kanji numeral
            new_chars.append(piece)
            new_starts.extend([starts[a]] * len(piece))
            new_ends.extend([ends[b - 1]] * len(piece))
    return Normalised(original, "".join(new_chars), tuple(new_starts), tuple(new_ends))


# ----------------------------------------------------------------------------------- values


@dataclass(frozen=True)
class Value:
    """A quantity the text states, at text[start:end] (normalised offsets).

    kind: "time_range" (minutes from midnight, start and end), "hours_per_day", "days_per_week",
    "hours_per_week", "hours_per_month", "days_per_month", "weekday_range" (days per week).
    """

    kind: str
    low: float
    high: float
    start: int
    end: int


_SEP = r"\s*(?:〜|-|ー|から|より)\s*(?:翌\s*)?"
_PERIOD = r"(?:午前|午後|朝|夜|夕方|昼|AM|PM|am|pm)"
_TIME = (
    rf"(?:(?P<{{p}}per>{_PERIOD})\s*)?(?P<{{p}}h>\d{{{{1,2}}}})"
    rf"(?:\s*時(?!間)\s*(?:(?P<{{p}}m>\d{{{{1,2}}}})\s*分|(?P<{{p}}half>半))?|:(?P<{{p}}mm>\d{{{{2}}}}))"
)
_T1 = _TIME.format(p="a")
_T2 = _TIME.format(p="b")
_BARE1 = r"(?P<abare>\d{1,2})"
_NOON = r"正午"
TIME_RANGE = re.compile(
    rf"(?<![\d.])(?<!\d[:/])(?:{_T1}|{_BARE1}|(?P<anoon>{_NOON})){_SEP}(?:{_T2}|(?P<bnoon>{_NOON}))(?!\d)"
    rf"|(?P<word1>朝|昼|日中|午前中?|午後|夕方|夜)(?:の\s*)?(?:から|〜)\s*(?P<word2>昼|夕方|夕|夜|晩|深夜|午後|閉店|終業)"
)
_PER_DAY = re.compile(
    r"(?<![\d月/])(?:1日|毎日|日に|1日の?うち)\s*(?:に|あたり|当たり|平均|最低)?[^\d。、\n]{0,8}?"
    r"(?P<low>\d+(?:\.\d+)?)(?:\s*[〜-]\s*(?P<high>\d+(?:\.\d+)?))?\s*(?:時間|[hH](?![a-zA-Z]))"
    r"|(?<![\d.])(?P<low2>\d+(?:\.\d+)?)\s*(?:時間|[hH])\s*/\s*日"
)
_PER_WEEK = re.compile(
    r"(?<![\d])(?:週|1週間|毎週)\s*(?:に|あたり|当たり|のうち|平均|最低|で)?[^\d。、\n回]{0,8}?(?P<low>\d+(?:\.\d+)?)"
    r"(?:\s*[〜-]\s*(?P<high>\d+(?:\.\d+)?))?\s*(?P<unit>日|時間|[hH](?![a-zA-Z])|(?=以上|勤務|出勤|稼働|出社|〜))"
    r"|(?<![\d.])(?P<low2>\d+(?:\.\d+)?)\s*(?P<unit2>日|時間|[hH])\s*/\s*週"
)
_PER_MONTH = re.compile(
    r"(?<![\d])(?:月|毎月|1[かヶカケ]月)\s*(?:に|あたり|当たり|間|平均|最低)?[^\d。、\n回〜-]{0,6}?(?P<low>\d+(?:\.\d+)?)"
    r"(?:\s*[〜-]\s*(?P<high>\d+(?:\.\d+)?))?\s*"
    r"(?P<unit>時間|[hH](?![a-zA-Z])|日(?=\s*(?:以上|程度|ほど|前後|くらい|ぐらい|稼働|勤務|出社|出勤|作業|対応|の稼働|の勤務|の出社|の作業)))"
)
_WEEKDAYS = "月火水木金土日"
_WEEKDAY_RANGE = re.compile(
    r"(?<![\d年])(?P<a>[月火水木金土日])(?:曜日?)?\s*(?:〜|-|から)\s*(?P<b>[月火水木金土日])(?:曜日?)?(?![\d])"
)


def _minutes(m: re.Match[str], p: str) -> int | None:
    if m.group(f"{p}noon") if f"{p}noon" in m.re.groupindex else False:
        return 12 * 60
    hour = m.group(f"{p}h") if f"{p}h" in m.re.groupindex else None
    if hour is None and p == "a":
        hour = m.group("abare")
    if hour is None:
        return None
    h = int(hour)
    minutes = 0
    if m.groupdict().get(f"{p}m"):
        minutes = int(m.group(f"{p}m"))
    elif m.groupdict().get(f"{p}mm"):
        minutes = int(m.group(f"{p}mm"))
    elif m.groupdict().get(f"{p}half"):
        minutes = 30
    period = m.groupdict().get(f"{p}per") or ""
    if period in ("午後", "夜", "夕方", "PM", "pm") and h < 12:
        h += 12
    if h > 30 or minutes >= 60:
        return None
    return h * 60 + minutes


_WORD_TIMES = {
    "朝": 8 * 60,
    "昼": 12 * 60,
    "日中": 9 * 60,
    "午前": 9 * 60,
    "午前中": 9 * 60,
    "午後": 13 * 60,
    "夕方": 17 * 60,
    "夕": 17 * 60,
    "夜": 20 * 60,
    "晩": 20 * 60,
    "深夜": 24 * 60,
    "閉店": 20 * 60,
    "終業": 18 * 60,
}


def values(text: str) -> list[Value]:
    """Every stated time range, duration and frequency in normalised `text`."""
    found: list[Value] = []
    for m in TIME_RANGE.finditer(text):
        if m.group("word1"):
            found.append(
                Value(
                    "time_range",
                    _WORD_TIMES[m.group("word1")],
                    _WORD_TIMES[m.group("word2")],
                    m.start(),
                    m.end(),
                )
            )
            continue
        a, b = _minutes(m, "a"), _minutes(m, "b")
        if a is None or b is None:
            continue
        if m.group("abare") and not m.group("bh"):
            continue
        if m.group("abare") and m.group("bper") and m.group("bper") in ("午後", "PM", "pm") and a < 12 * 60:
            pass
        if b <= a and b + 12 * 60 > a and not m.group("bper"):
            b += 12 * 60  # 9時〜6時 read as 9 to 18
        found.append(Value("time_range", a, b, m.start(), m.end()))
    for m in _PER_DAY.finditer(text):
        low = float(m.group("low") or m.group("low2"))
        high = float(m.group("high") or low)
        if 0 < low <= 24:
            found.append(Value("hours_per_day", low, high, m.start(), m.end()))
    for m in _PER_WEEK.finditer(text):
        low = float(m.group("low") or m.group("low2"))
        high = float(m.group("high") or low)
        unit = m.group("unit") if m.group("low") else m.group("unit2")
        if unit in ("時間", "h", "H"):
            if 0 < low <= 100:
                found.append(Value("hours_per_week", low, high, m.start(), m.end()))
        elif 0 < low <= 7:
            found.append(Value("days_per_week", low, high, m.start(), m.end()))
    for m in _PER_MONTH.finditer(text):
        low = float(m.group("low"))
        high = float(m.group("high") or low)
        kind = "days_per_month" if m.group("unit") == "日" else "hours_per_month"
        if 0 < low <= (400 if kind == "hours_per_month" else 31):
            found.append(Value(kind, low, high, m.start(), m.end()))
    for m in _WEEKDAY_RANGE.finditer(text):
        a, b = _WEEKDAYS.index(m.group("a")), _WEEKDAYS.index(m.group("b"))
        days = (b - a) % 7 + 1
        if days >= 2:
            found.append(Value("weekday_range", days, days, m.start(), m.end()))
    return found
