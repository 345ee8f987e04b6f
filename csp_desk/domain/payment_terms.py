"""Payment dates written as words (REFERENCE §3.4, §12.2 CONT-05/06/07/08), and timeframes (POST-02).

`read_payment_rule("月末締め翌々月末払い")` reads a payment rule as written in a contract into
something that yields a date for a day of receipt: a fixed date, an offset from receipt or
acceptance (N日, N営業日, Nか月), or a closing-and-payment cycle (締め/払い, 翌月末…). Where the
words allow more than one reading, the LATEST date is taken, so the check errs on the worker's
side. Days are counted as the Freelance Act counts them: the day of receipt is day 1.

What cannot be read into a date (速やかに, 別途協議, 追って連絡, 未定, or words this reader does not
know) is said so: `kind` is "open" or "unknown", never a guessed date. Qt-free.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .holidays import FIRST_YEAR as FIRST_HOLIDAY_YEAR
from .holidays import is_business_day

LIMIT_DAYS = 60
"""FL Art 4(1): within 60 days of receipt, the day of receipt counted as day 1."""
WINDOW_DAYS = 366
"""A cycle is evaluated over a year of possible receipt days (every month length, and a leap day)."""
MONTH_END = 31

# --- normalising ---------------------------------------------------------------------------

_KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                 "九": 9}  # fmt: skip
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
_KANJI_RUN = re.compile(r"[〇零一二三四五六七八九十百千]+")


def _kanji_value(run: str) -> int:
    if not any(ch in _KANJI_UNITS for ch in run):
        return int("".join(str(_KANJI_DIGITS[ch]) for ch in run))  # 二〇二六 → 2026
    total = current = 0
    for ch in run:
        if ch in _KANJI_UNITS:
            total += (current or 1) * _KANJI_UNITS[ch]
            current = 0
        else:
            current = current * 10 + _KANJI_DIGITS[ch]
    return total + current


def _western_year(match: re.Match[str]) -> str:
    number = 1 if match.group(2) == "元" else int(match.group(2))
    return f"{_ERA_START[match.group(1)] + number}年"


def _plain(text: str) -> str:
    """NFKC (full-width digits become ASCII), kanji numerals as digits, no spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = _KANJI_RUN.sub(lambda m: str(_kanji_value(m.group())), text)
    text = _ERA.sub(_western_year, text)
    return re.sub(r"\s+", "", text)


# --- calendar helpers ----------------------------------------------------------------------


def _last_day(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def _day_in(year: int, month: int, day: int) -> date:
    """`day` of that month; a day beyond its end (31, 月末) is its last day."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return date(year, month, min(day, _last_day(year, month)))


def add_months(day: date, months: int) -> date:
    return _day_in(day.year, day.month + months, day.day)


def lawful_limit(received: date, monthly: bool) -> date:
    """The latest payment date Art 4 allows for a receipt: the 60th day (receipt = day 1), or for
    a monthly cycle the end of 2 calendar months where that is later (REFERENCE §3.4, CONT-06:
    receipt 07-01 → by 08-31)."""
    sixtieth = received + timedelta(days=LIMIT_DAYS - 1)
    if not monthly:
        return sixtieth
    return max(sixtieth, add_months(received, 2) - timedelta(days=1))


def day_count(received: date, paid: date) -> int:
    """Which day after receipt `paid` is, the day of receipt being day 1."""
    return (paid - received).days + 1


def _add_business_days(start: date, count: int) -> date | None:
    """The `count`-th business day after `start` (None before the holidays are known)."""
    if start.year < FIRST_HOLIDAY_YEAR:
        return None
    day = start
    while count > 0:
        day += timedelta(days=1)
        if is_business_day(day):
            count -= 1
    return day


# --- the reading ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PaymentRule:
    """A payment rule as read. kind: "date" (a fixed date), "offset" (N days, business days or
    months after receipt or acceptance), "cycle" (closing-and-payment, 翌月末 …), "open" (says the
    date is not decided: 速やかに, 別途協議 …) or "unknown" (not readable into a date)."""

    text: str
    kind: str
    concrete: bool = True
    """False for a period rather than a date (N日以内, N日を超えない日までに) and for open wording."""
    fixed: date | None = None
    days: int = 0
    business_days: int = 0
    months: int = 0
    from_acceptance: bool = False
    closing_day: int = MONTH_END
    pay_months_after: int = 1
    pay_day: int = MONTH_END
    words: str = ""
    """The words that made the rule open or not concrete (for the message)."""

    @property
    def readable(self) -> bool:
        return self.kind in ("date", "offset", "cycle")

    @property
    def monthly(self) -> bool:
        return self.kind == "cycle"

    def due_for(self, received: date, accepted: date | None = None) -> date | None:
        """The latest payment date this rule yields for a receipt on `received` (and acceptance
        on `accepted`, when the rule counts from acceptance and it is known)."""
        if self.kind == "date":
            return self.fixed
        base = received
        if self.from_acceptance and accepted is not None and accepted > received:
            base = accepted
        try:
            if self.kind == "offset":
                if self.business_days:
                    return _add_business_days(base, self.business_days)
                if self.months:
                    return add_months(base, self.months)
                return base + timedelta(days=self.days)
            if self.kind == "cycle":
                closing = _day_in(base.year, base.month, self.closing_day)
                if base > closing:
                    closing = _day_in(base.year, base.month + 1, self.closing_day)
                pay = _day_in(closing.year, closing.month + self.pay_months_after, self.pay_day)
                return pay if pay >= closing else _day_in(pay.year, pay.month + 1, self.pay_day)
        except (OverflowError, ValueError):
            return None
        return None

    def worst(self, first_receipt: date, acceptance_lag: int = 0) -> Worst | None:
        """The receipt day, among a year of them from `first_receipt`, whose payment lies furthest
        past (or least inside) the lawful limit: the latest date the rule can yield."""
        return _worst(self, first_receipt, acceptance_lag)

    def _search(self, first_receipt: date, acceptance_lag: int) -> Worst | None:
        if not self.readable:
            return None
        if self.kind == "date":
            return None  # a fixed date does not move with the receipt: compare it with the receipt
        worst: Worst | None = None
        # a long business-day count is slow to walk and far past 60 days anyway: a week suffices
        window = WINDOW_DAYS if self.business_days <= LIMIT_DAYS else 7
        for offset in range(window):
            received = first_receipt + timedelta(days=offset)
            accepted = received + timedelta(days=acceptance_lag)
            paid = self.due_for(received, accepted)
            if paid is None:
                return None
            over = (paid - lawful_limit(received, self.monthly)).days
            days = day_count(received, paid)
            if worst is None or (over, days) > (worst.over, worst.days):
                worst = Worst(received, paid, days, over)
        return worst


@lru_cache(maxsize=256)
def _worst(rule: PaymentRule, first_receipt: date, acceptance_lag: int) -> Worst | None:
    return rule._search(first_receipt, acceptance_lag)


@dataclass(frozen=True)
class Worst:
    received: date
    paid: date
    days: int
    """The day of payment counted from receipt as day 1."""
    over: int
    """Days past the lawful limit (negative or 0 when within it)."""


_OPEN = re.compile(
    r"速やか|すみやか|遅滞なく|直ちに|ただちに|別途|協議|相談|追って|追て|おって|後日|未定|決定次第|確定次第"
    r"|都度|随時|適宜|以降|早急|なるべく早|できるだけ早|可能な限り早|調整|TBD|ASAP",
    re.IGNORECASE,
)
_PERIOD = re.compile(r"以内|を?超えない|を?越えない|までの間|を限度|以下")
_ISO = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")
_CLOSING = re.compile(r"(月末日?|末日|末|(\d{1,2})日)(?:締め?切?り?|〆|しめ)")
_PAYMONTH = re.compile(
    r"(当月|同月|翌々月|翌翌月|再来月|翌月|来月|翌(?=\d|末)|(\d{1,2})(?:か|ヶ|カ|ケ|ヵ|箇|ケ)?月後の?)"
    r"の?(末日?|(\d{1,2})日)"
)
_OFFSET = re.compile(r"(?<![月\d])(\d{1,4})(営業日|日間?|週間?|(?:か|ヶ|カ|ケ|ヵ|箇)?月(?:間)?)")
_ANCHOR = re.compile(r"後|から|より|経過|以内|超えない|越えない|起算|目")
"""An offset counts from something (納品後, 受領日から …); a bare 25日 is a day of a month, not an offset."""
_NEXT_BUSINESS_DAY = re.compile(r"翌営業日")
_SAME_DAY = re.compile(r"即日|当日")
_NEXT_DAY = re.compile(r"翌日")
_ERA = re.compile(r"(令和|平成)(\d{1,2}|元)年")
_ERA_START = {"令和": 2018, "平成": 1988}
_ACCEPTANCE = re.compile(r"検収|検査|承認|確認")
_COUNTS_DAY_ONE = re.compile(r"(?<!翌日から)起算|日を含")


def _month_number(token: str, digits: str | None) -> int:
    if digits:
        return int(digits)
    if token in ("当月", "同月"):
        return 0
    if token in ("翌々月", "翌翌月", "再来月"):
        return 2
    return 1


@lru_cache(maxsize=512)
def read_payment_rule(text: str) -> PaymentRule:
    """Reads a payment rule written in words (see the module's description)."""
    plain = _plain(text)
    if not plain:
        return PaymentRule(text, "unknown", concrete=False)
    period = _PERIOD.search(plain)
    fixed = _fixed_date(plain)
    if fixed is not None:
        return PaymentRule(text, "date", concrete=period is None, fixed=fixed,
                           words=period.group() if period else "")  # fmt: skip
    acceptance = bool(_ACCEPTANCE.search(plain))
    pay = _PAYMONTH.search(plain)
    if pay is not None:
        closing = _CLOSING.search(plain, 0, pay.start())
        closing_day = MONTH_END
        if closing is not None and closing.group(2):
            closing_day = int(closing.group(2))
        pay_day = MONTH_END if pay.group(3).startswith("末") else int(pay.group(4))
        if 1 <= closing_day <= MONTH_END and 1 <= pay_day <= MONTH_END:
            return PaymentRule(
                text, "cycle", concrete=period is None, from_acceptance=acceptance, closing_day=closing_day,
                pay_months_after=_month_number(pay.group(1), pay.group(2)),
                pay_day=pay_day, words=period.group() if period else "",
            )  # fmt: skip
    offset = _OFFSET.search(plain) if _ANCHOR.search(plain) else None
    if offset is not None:
        count, unit = int(offset.group(1)), offset.group(2)
        rule = PaymentRule(text, "offset", concrete=period is None, from_acceptance=acceptance,
                           words=period.group() if period else "")  # fmt: skip
        if unit == "営業日":
            return _with(rule, business_days=max(count, 1))
        if unit.startswith("週"):
            return _with(rule, days=7 * count)
        if "月" in unit:
            return _with(rule, months=count)
        nth = plain[offset.end():].startswith("目") and "後" not in plain and "経過" not in plain
        day_one = nth or bool(_COUNTS_DAY_ONE.search(plain))
        # "起算して60日", "受領日から60日目" count the base day as day 1; otherwise the later
        # reading (初日不算入: "納品後30日以内" ends on the 31st day)
        return _with(rule, days=max(count - 1, 0) if day_one else count)
    for words, days, business_days in ((_NEXT_BUSINESS_DAY, 0, 1), (_SAME_DAY, 0, 0), (_NEXT_DAY, 1, 0)):
        if words.search(plain):
            rule = PaymentRule(text, "offset", concrete=period is None, from_acceptance=acceptance,
                               words=period.group() if period else "")  # fmt: skip
            return _with(rule, days=days, business_days=business_days)
    found = _OPEN.search(plain)
    if found is not None:
        return PaymentRule(text, "open", concrete=False, words=found.group())
    return PaymentRule(text, "unknown", concrete=False)


def _with(rule: PaymentRule, days: int = 0, business_days: int = 0, months: int = 0) -> PaymentRule:
    from dataclasses import replace

    return replace(rule, days=days, business_days=business_days, months=months)


def _fixed_date(plain: str) -> date | None:
    latest = None
    for match in _ISO.finditer(plain):
        try:
            day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            continue
        latest = day if latest is None or day > latest else latest
    return latest


# --- timeframes (POST-02) ------------------------------------------------------------------

_WHEN = re.compile(
    r"\d|月末|月初|年内|年末|年度末|今月|来月|翌月|再来月|今週|来週|翌週|再来週|週末|上旬|中旬|下旬|即日|当日"
    r"|本日|今日|明日|明後日|翌日|翌営業日|春|夏|秋|冬|盆|正月|連休|GW|ゴールデンウィーク|末まで",
    re.IGNORECASE,
)


def names_date_or_duration(text: str) -> bool:
    """Whether a timeframe names a date or a duration (契約から2週間, 来月末, 十日以内 …); 未定,
    相談のうえ決定 and 別途 do not (REFERENCE §12.1 POST-02)."""
    return bool(_WHEN.search(_plain(text)))
