"""Parsing what producers type: yen amounts, counts and dates, full-width or half-width."""

from __future__ import annotations

import re
from datetime import date

from .text import QT_TRANSLATE_NOOP, FieldError, normalise

MAX_YEN = 10_000_000_000
"""Ten billion yen: far above any SME budget, low enough to catch a stray paste."""

NOT_A_NUMBER = QT_TRANSLATE_NOOP("validation", "Enter a whole number, for example 12,000.")
NEGATIVE = QT_TRANSLATE_NOOP("validation", "Enter zero or more; this cannot be negative.")
TOO_LARGE = QT_TRANSLATE_NOOP("validation", "The number is too large.")
BAD_DATE = QT_TRANSLATE_NOOP(
    "validation", "Enter a real date such as 2026/12/01 (year/month/day)."
)

_YEN_NOISE = re.compile(r"[,，、\s円¥￥]")
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_count(
    field: str, raw: str, *, limit: int = MAX_YEN
) -> tuple[int | None, list[FieldError]]:
    """A non-negative whole number, or None when blank; yen signs and separators allowed."""
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
    return value, []


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
