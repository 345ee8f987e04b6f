"""The employment-likeness scanner (REFERENCE §9.3): phrases that make outsourcing look like a job.

Text is NFKC-normalised; each signal has a weight. A strong signal warns on its own; weaker
ones warn only together (score ≥ WARN_SCORE), and otherwise are mentioned as info. The reason
always names the words found, so the producer can judge (a weekly meeting slot is fine).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import normalise

STRONG, MEDIUM, WEAK = 3, 2, 1
WARN_SCORE = 3

# words followed by these are denials ("雇用契約ではありません"), not signals
_DENIAL = re.compile(r"^.{0,6}?(?:ではありません|ではない|ではなく|はありません|はしません|不要|なし)")

_SIGNALS: tuple[tuple[int, str, str], ...] = (
    # weight, criterion, pattern
    (STRONG, "time", r"勤務時間|就業時間|始業|終業|定時"),
    (STRONG, "time", r"\d{1,2}\s*(?:時|:\d{2})\s*(?:[〜~\-ー－]|から)\s*\d{1,2}\s*(?:時|:\d{2})"),
    (STRONG, "time", r"シフト|週\s*\d+\s*日(?:以上)?(?:の)?(?:勤務|稼働|出勤)|[月火水木金土日]曜日?は必ず"),
    (STRONG, "place", r"出勤|出社|通勤|常駐|弊社オフィスにて|事務所に来て"),
    (STRONG, "pay", r"日給|月給|給与|賃金|昇給|賞与|残業代"),
    (STRONG, "attendance", r"欠勤|遅刻|早退|有給|休憩時間"),
    (STRONG, "direction", r"指示に従って|指揮命令|上司の指示|言われた通りに|随時指示します"),
    (STRONG, "supervision", r"常時オンライン|即レス必須|常にチャットに待機|カメラon|画面監視|作業ログを監視"),
    (STRONG, "refusal", r"依頼は断れません|全件対応必須|指名された仕事は必ず受ける"),
    (STRONG, "employment", r"雇用|正社員|契約社員|アルバイト|パート(?!ナー)|派遣|社員登用|試用期間|研修期間"),
    (MEDIUM, "pay", r"時給"),
    (MEDIUM, "direction", r"日報|毎日の業務報告|朝礼|定例会議への毎日参加"),
    (MEDIUM, "exclusivity", r"掛け持ち不可|専属|兼業禁止|副業禁止"),
    (MEDIUM, "benefits", r"交通費支給|社会保険完備|福利厚生"),
    (WEAK, "equipment", r"pc貸与|会社支給の(?:アカウント|端末)"),
    (WEAK, "substitution", r"本人のみ作業|代理不可|再委託禁止"),
    (WEAK, "volume", r"長期|継続|月\s*\d+\s*時間(?:以上)?稼働"),
    (WEAK, "method", r"マニュアル通り厳守"),
)
_COMPILED = tuple((weight, criterion, re.compile(pattern)) for weight, criterion, pattern in _SIGNALS)


@dataclass(frozen=True)
class Scan:
    score: int
    strong: bool
    words: tuple[str, ...]
    criteria: tuple[str, ...]

    @property
    def warns(self) -> bool:
        return self.strong or self.score >= WARN_SCORE


def scan(*texts: str) -> Scan:
    """What in `texts` reads like employment; each distinct word counts once."""
    text = normalise("\n".join(texts)).casefold()
    found: dict[str, int] = {}
    criteria: list[str] = []
    for weight, criterion, pattern in _COMPILED:
        for match in pattern.finditer(text):
            if _DENIAL.match(text[match.end() :]):
                continue
            word = match.group(0)
            if word not in found:
                found[word] = weight
                if criterion not in criteria:
                    criteria.append(criterion)
    return Scan(
        score=sum(found.values()),
        strong=any(weight == STRONG for weight in found.values()),
        words=tuple(found),
        criteria=tuple(criteria),
    )
