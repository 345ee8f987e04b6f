"""Parsing what producers type: yen amounts, counts and dates, full-width or half-width."""

from __future__ import annotations

import re
from datetime import date

from .text import QT_TRANSLATE_NOOP, FieldError, normalise

MAX_YEN = 10_000_000_000
"""Ten billion yen: far above any SME budget, low enough to catch a stray paste."""

MAX_ORDER_YEN = 100_000_000
"""The most one order (a quote, a reward) may come to: ¥100 million. The catalogue's largest
budget is ¥500,000 and an SME's crowdsourced job runs to a few million at most, so a real quote
never meets it, while a slip of extra digits (¥9,999,999,999) or a pasted account number does.
It sits well below MAX_YEN, which only keeps numbers storable."""

NOT_A_NUMBER = QT_TRANSLATE_NOOP("validation", "Enter a whole number, for example 12,000.")
NEGATIVE = QT_TRANSLATE_NOOP("validation", "Enter zero or more; this cannot be negative.")
TOO_LARGE = QT_TRANSLATE_NOOP("validation", "The number is too large.")
AT_LEAST = QT_TRANSLATE_NOOP("validation", "Enter {minimum} or more; {value} is not a count of anything.")
ABOVE_ORDER_LIMIT = QT_TRANSLATE_NOOP(
    "validation",
    "¥{amount:,} is more than one order can come to (at most ¥{limit:,}); check the digits.",
)
BAD_DATE = QT_TRANSLATE_NOOP(
    "validation", "Enter a real date such as 2026/12/01 (year/month/day)."
)

_YEN_NOISE = re.compile(r"[,，、\s円¥￥]")
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_count(
    field: str, raw: str, *, limit: int = MAX_YEN, minimum: int = 0
) -> tuple[int | None, list[FieldError]]:
    """A whole number from `minimum` (0 or more; 1 where it counts things) up to `limit`, or None
    when blank; yen signs and separators allowed."""
    text = _YEN_NOISE.sub("", normalise(raw))
    if not text:
        return None, []
    if re.fullmatch(r"[-−]\d+", text):
        return None, [FieldError(field, NEGATIVE)]
    if not text.isascii() or not text.isdigit():
        return None, [FieldError(field, NOT_A_NUMBER)]
    value = int(text)
    if value > limit:
        return None, [FieldError(field, TOO_LARGE)]
    if value < minimum:
        return None, [FieldError(field, AT_LEAST, {"minimum": minimum, "value": value})]
    return value, []


def order_amount_errors(field: str, amount: int | None) -> list[FieldError]:
    """What is wrong with `amount` as the yen of one order (a quote, a reward): above the ceiling."""
    if amount is not None and amount > MAX_ORDER_YEN:
        return [FieldError(field, ABOVE_ORDER_LIMIT, {"amount": amount, "limit": MAX_ORDER_YEN})]
    return []


def parse_order_amount(field: str, raw: str) -> tuple[int | None, list[FieldError]]:
    """The yen of one order as typed: a whole number up to MAX_ORDER_YEN, or None when blank."""
    value, errors = parse_count(field, raw)
    if errors:
        return None, errors
    errors = order_amount_errors(field, value)
    return (None, errors) if errors else (value, [])


def parse_hours(field: str, raw: str) -> tuple[float | None, list[FieldError]]:
    text = normalise(raw).replace(",", "")
    if not text:
        return None, []
    try:
        value = float(text)
    except ValueError:
        return None, [FieldError(field, NOT_A_NUMBER)]
    if value != value or value in (float("inf"), float("-inf")):
        return None, [FieldError(field, NOT_A_NUMBER)]
    if value < 0:
        return None, [FieldError(field, NEGATIVE)]
    if value > 100_000:
        return None, [FieldError(field, TOO_LARGE)]
    return value, []


def parse_date(field: str, raw: str) -> tuple[date | None, list[FieldError]]:
    """2026-12-01, 2026/12/1, 2026年12月1日 (full-width digits too), or blank."""
    text = normalise(raw)
    if not text:
        return None, []
    match = _DATE.match(text)
    if not match:
        return None, [FieldError(field, BAD_DATE)]
    try:
        return date(int(match[1]), int(match[2]), int(match[3])), []
    except ValueError:
        return None, [FieldError(field, BAD_DATE)]


def format_yen(amount: int | None) -> str:
    return "" if amount is None else f"{amount:,}"


def format_date(value: date | None) -> str:
    return "" if value is None else value.strftime("%Y/%m/%d")
