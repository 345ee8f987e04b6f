"""Japanese national holidays (国民の祝日に関する法律) as rules, for business-day counts and
tax deadlines. Valid from 2022 (after the 2020/2021 Olympic moves); the equinox days use the
usual astronomical approximation, exact for 1980–2099."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

FIRST_YEAR = 2022

_FIXED = ((1, 1), (2, 11), (2, 23), (4, 29), (5, 3), (5, 4), (5, 5), (8, 11), (11, 3), (11, 23))
_HAPPY_MONDAYS = ((1, 2), (7, 3), (9, 3), (10, 2))
"""(month, n): the n-th Monday — 成人の日, 海の日, 敬老の日, スポーツの日."""


def _nth_monday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(7 - first.weekday()) % 7 + 7 * (n - 1))


def _equinoxes(year: int) -> tuple[date, date]:
    shift = 0.242194 * (year - 1980) - (year - 1980) // 4
    return date(year, 3, int(20.8431 + shift)), date(year, 9, int(23.2488 + shift))


@cache
def holidays(year: int) -> frozenset[date]:
    """Every national holiday of `year`, substitute holidays and 国民の休日 included."""
    if year < FIRST_YEAR:
        raise ValueError(f"holidays before {FIRST_YEAR} are not known here")
    days = {date(year, m, d) for m, d in _FIXED}
    days |= {_nth_monday(year, m, n) for m, n in _HAPPY_MONDAYS}
    days |= set(_equinoxes(year))
    # 国民の休日: a day between two holidays
    for day in sorted(days):
        between = day + timedelta(days=1)
        if between not in days and between + timedelta(days=1) in days and between.weekday() != 6:
            days.add(between)
    # 振替休日: a holiday on a Sunday moves to the next day that is not a holiday
    for day in sorted(days):
        if day.weekday() == 6:
            substitute = day + timedelta(days=1)
            while substitute in days:
                substitute += timedelta(days=1)
            days.add(substitute)
    return frozenset(days)


def is_holiday(day: date) -> bool:
    return day.year >= FIRST_YEAR and day in holidays(day.year)


def is_business_day(day: date) -> bool:
    """A weekday that is not a national holiday nor in the year-end closing (29 Dec – 3 Jan)."""
    year_end = (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)
    return day.weekday() < 5 and not year_end and not is_holiday(day)


def next_business_day(day: date) -> date:
    """`day` itself when it is a business day, else the next one (tax deadlines move so)."""
    while not is_business_day(day):
        day += timedelta(days=1)
    return day
