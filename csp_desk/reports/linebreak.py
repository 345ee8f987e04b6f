"""Japanese text broken into lines where a reader expects it, for cells an office suite wraps badly.

LibreOffice wraps the text of a spreadsheet cell (and of a narrow Word table cell) at any
character: 「バリエーシ／ョン」 was split over two lines and a lone 「）」 started one. Neither
Calc nor Writer is told the Japanese rules (禁則) by a file. So a text too long for its cell is given
its own line breaks here, at the places a Japanese reader breaks: after 、。）」 ・／ and spaces,
before an opening bracket, where a run of hiragana (a particle, an ending) meets the next word, and
between katakana and kanji words — never inside a word unless the word alone is longer than the
line, and even then never before 、。）ー or a small kana, nor after an opening bracket.
"""

from __future__ import annotations

import itertools
import unicodedata

NO_LINE_START = frozenset(
    "、。，．,.・）」』】〕〉》！？!?:：;；ー〜～ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ)]}"
)
"""Characters a line does not start with (行頭禁則)."""
NO_LINE_END = frozenset("（「『【〔〈《([{")
"""Characters a line does not end with (行末禁則): opening brackets stay with what they open."""
BREAK_AFTER = frozenset("、。，．）」』】〕〉》！？・／/ 　")
"""After these a line may end whatever follows."""

STRONG_AFTER = frozenset("、。，．）」』】〕〉》！？ 　")
"""The ends of phrases: a line ends here rather than at a later change of script when the line is
at least a third full (「商品カテゴリ設定、／決済設定」, not 「…、決済／設定」)."""

HIRAGANA, KATAKANA, KANJI, LATIN, OTHER = "h", "k", "c", "l", "o"
BREAK_BETWEEN = frozenset({
    (HIRAGANA, KATAKANA), (HIRAGANA, KANJI), (HIRAGANA, LATIN),
    (KATAKANA, KANJI), (KANJI, KATAKANA), (KATAKANA, LATIN), (KANJI, LATIN),
})  # fmt: skip
"""Changes of script between two words: a particle or an ending in hiragana ends its phrase
(「プレスリリースの／作成」), and a katakana word meets a kanji one (「会社案内／パンフレット」).
Not before hiragana (okurigana, particles: 「取り」「データの」) nor after Latin (「EC／サイト」,
「10〜20／枚」)."""


def _script(c: str) -> str:
    if "ぁ" <= c <= "ゖ" or c in "ゝゞ":
        return HIRAGANA
    if "ァ" <= c <= "ヺ" or c in "ーヽヾ" or "ｦ" <= c <= "ﾟ":
        return KATAKANA
    if "一" <= c <= "鿿" or c in "々〆ヶ" or "㐀" <= c <= "䶿":
        return KANJI
    if c.isalnum() and (c.isascii() or unicodedata.east_asian_width(c) not in "WF"):
        return LATIN
    return OTHER


def char_width(c: str, wide: float, narrow: float) -> float:
    return wide if unicodedata.east_asian_width(c) in "WF" else narrow


def may_break(before: str, after: str) -> bool:
    """Whether a line may end between `before` and `after` (two neighbouring characters)."""
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    if before in BREAK_AFTER or after in NO_LINE_END:
        return True
    return (_script(before), _script(after)) in BREAK_BETWEEN


def break_points(part: str) -> list[bool]:
    """Whether a line may end before each character of `part` (`may_break`), and also after a
    Latin word of three letters or more followed by kana or kanji (「PowerPoint／スライド」; never
    「EC／サイト」 nor 「20／枚」)."""
    points = [False] + [may_break(a, b) for a, b in itertools.pairwise(part)]
    run = 0
    for index, c in enumerate(part):
        if index and run >= 3 and _script(c) in (KATAKANA, KANJI, HIRAGANA) and c not in NO_LINE_START:
            points[index] = True
        run = run + 1 if c.isascii() and c.isalpha() else 0
    return points


def break_lines(text: str, room: float, *, wide: float, narrow: float,
                word_room: float | None = None) -> list[str]:  # fmt: skip
    """`text` as lines at most `room` wide (a full-width character `wide`, any other `narrow`),
    broken at the places `may_break` allows; a line of the text's own (「\\n」) stays a line. A
    word longer than `room` but not than `word_room` (the room as another office suite measures
    it) is kept whole on a line of its own rather than broken inside."""
    lines: list[str] = []
    for part in text.split("\n"):
        lines.extend(_break_part(part, room, wide, narrow, max(word_room or room, room)))
    return lines


def _break_part(part: str, room: float, wide: float, narrow: float, word_room: float) -> list[str]:
    widths = [char_width(c, wide, narrow) for c in part]
    points = break_points(part)
    if sum(widths) <= room + 1e-9:
        return [part]
    lines: list[str] = []
    start = 0
    while start < len(part):
        used, end, last_break, last_strong = 0.0, start, None, None
        while end < len(part) and (used + widths[end] <= room + 1e-9 or end == start):
            used += widths[end]
            end += 1
            if end < len(part) and points[end]:
                last_break = end
                if (part[end - 1] in STRONG_AFTER or part[end] in NO_LINE_END) and used >= room / 3:
                    last_strong = end
        if end >= len(part):
            lines.append(part[start:].rstrip(" "))
            break
        if last_strong is not None:
            last_break = last_strong
        reach = end
        if last_break is None:  # one word longer than the line
            while reach < len(part) and used + widths[reach] <= word_room + 1e-9:
                used += widths[reach]
                reach += 1
                if reach == len(part) or points[reach]:
                    last_break = reach
                    break
        if last_break is not None and last_break >= len(part):
            lines.append(part[start:].rstrip(" "))
            break
        if last_break is None:  # longer than a line as either suite measures it: broken inside, 禁則 kept
            last_break = end
            # a kana or kanji word ending as far as the word may reach (one LibreOffice shows whole:
            # 「プラットフォーム／のメッセージ」, not 「プラット／フォームの」), or where the script changes
            words = (KATAKANA, HIRAGANA, KANJI)

            def shared(i: int) -> bool:  # what the line broken there starts with has the next word along
                ends = [*(j for j in range(i + 1, len(part)) if points[j]), len(part), len(part)]
                return sum(widths[i : ends[1]]) <= room + 1e-9

            change = next((i for i in range(reach, end, -1)
                           if _script(part[i - 1]) in words and _script(part[i]) in words
                           and _script(part[i - 1]) != _script(part[i]) and part[i] not in NO_LINE_START
                           and (_script(part[i - 1]), _script(part[i])) != (KANJI, HIRAGANA)  # okurigana
                           and shared(i)), None)  # fmt: skip
            if change is None:
                change = next((i for i in range(end, start + 1, -1)
                               if _script(part[i - 1]) != _script(part[i]) and part[i] not in NO_LINE_START
                               and part[i - 1] not in NO_LINE_END), None)  # fmt: skip
            word_end = next((i for i in range(end, len(part)) if points[i]), len(part))
            if change is not None:  # where the script changes at least (「プレスリリース／の作成」)
                last_break = change
            elif word_end - end < 3 and end - start > 3:  # never a word's last character or two alone
                last_break = max(start + 1, word_end - 3)
            while last_break - 1 > start and (part[last_break] in NO_LINE_START
                                              or part[last_break - 1] in NO_LINE_END):  # fmt: skip
                last_break -= 1
            if part[last_break] in NO_LINE_START or part[last_break - 1] in NO_LINE_END:
                last_break = end  # nowhere allowed (a run of 「ー」): broken where the line is full
        lines.append(part[start:last_break].rstrip(" 　"))
        start = last_break
        while start < len(part) and part[start] in " 　":
            start += 1
    return lines
