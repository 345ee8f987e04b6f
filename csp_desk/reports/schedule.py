"""The schedule of a proposal's work items as periods (weeks, or months for a long plan) and bars,
shared by the Word chart and the Excel sheet; items planned to start before the document's date
are marked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..domain.proposal import ProposalData

EARLY_MARK = "※"
MOST_WEEKS = 20
"""A plan longer than this is drawn by months."""
MOST_MONTHS = 36


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    top: str
    """The month (weeks) or year (months) over this period when it is the first of it, else ""."""
    label: str
    holds_today: bool


@dataclass(frozen=True)
class Row:
    title: str
    problem: str
    start: date | None
    due: date | None
    early: bool

    def covers(self, period: Period) -> bool:
        first = self.start or self.due
        last = self.due or self.start
        return first is not None and last is not None and first <= period.end and last >= period.start


@dataclass(frozen=True)
class Timeline:
    rows: tuple[Row, ...]
    periods: tuple[Period, ...]
    weekly: bool
    today: date
    first_start: date | None
    last_due: date | None

    @property
    def early(self) -> list[Row]:
        return [row for row in self.rows if row.early]

    @property
    def undated(self) -> list[str]:
        return [row.title for row in self.rows if row.start is None and row.due is None]


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


def timeline(data: ProposalData) -> Timeline:
    today = data.issued_on
    rows = [
        Row(item.title, problem.title, item.start_date, item.due_date,
            item.start_date is not None and item.start_date < today)
        for problem in data.problems for item in problem.items
    ]  # fmt: skip
    rows.sort(key=lambda r: (r.start is None and r.due is None, r.start or r.due or date.max))
    starts = [r.start or r.due for r in rows if r.start or r.due]
    ends = [r.due or r.start for r in rows if r.start or r.due]
    first = min(starts) if starts else None
    last = max(ends) if ends else None  # type: ignore[type-var]
    periods: list[Period] = []
    weekly = True
    if first is not None and last is not None:
        low, high = min(first, today), max(last, today)
        monday = low - timedelta(days=low.weekday())
        weeks = (high - monday).days // 7 + 1
        weekly = weeks <= MOST_WEEKS
        if weekly:
            seen_month = None
            for n in range(weeks):
                start = monday + timedelta(days=7 * n)
                end = start + timedelta(days=6)
                shown = start if n else low
                top = f"{shown.month}月" if (shown.year, shown.month) != seen_month else ""
                seen_month = (shown.year, shown.month) if top else seen_month
                periods.append(Period(start, end, top, str(start.day), start <= today <= end))
        else:
            month = _month_start(low)
            seen_year = None
            while month <= high and len(periods) < MOST_MONTHS:
                end = _next_month(month) - timedelta(days=1)
                top = f"{month.year}年" if month.year != seen_year else ""
                seen_year = month.year
                periods.append(Period(month, end, top, f"{month.month}月", month <= today <= end))
                month = _next_month(month)
    return Timeline(tuple(rows), tuple(periods), weekly, today, min((r.start for r in rows if r.start),
                    default=None), last)  # fmt: skip
