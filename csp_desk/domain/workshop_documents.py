"""What a workshop's documents show — handouts, result sheets and the organiser's summary — as
plain values, built by the store (store/workshop_documents.py) and written by reports/workshop*.py.

A participant's recorded work is what its consultation(s) held on the workshop's day hold: the
problems chosen, their work items (order type with the reason, budget band, effort) and the
posting drafted for one of them with the findings of the checklist (REFERENCE §12).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from .breakdown import WorkItemDraft
from .proposal import ProducerProfile
from .workshop import Answers, Attendance, Summary

BUDGET_BANDS: tuple[tuple[int | None, str], ...] = (
    (30_000, "3万円未満"),
    (100_000, "3万円〜10万円未満"),
    (300_000, "10万円〜30万円未満"),
    (None, "30万円以上"),
)
"""The bands the summary counts work items in, by the upper end of their budget (目安)."""
BAND_UNDECIDED = "未定"
BAND_LABELS = (*(label for _limit, label in BUDGET_BANDS), BAND_UNDECIDED)

ATTENDANCE_JA = {
    Attendance.REGISTERED: "未確認",
    Attendance.PRESENT: "出席",
    Attendance.LATE: "遅刻",
    Attendance.ABSENT: "欠席",
}
"""Attendance as the documents (always Japanese) write it."""


def budget_band(low: int | None, high: int | None) -> str:
    """The band of a budget of `low`–`high` yen, by its upper end (the lower one when only that
    is known); 未定 without either."""
    top = high if high is not None else low
    if top is None:
        return BAND_UNDECIDED
    for limit, label in BUDGET_BANDS:
        if limit is None or top < limit:
            return label
    return BUDGET_BANDS[-1][1]  # pragma: no cover - the last band has no limit


@dataclass(frozen=True)
class WorkshopPlan:
    id: int
    title: str
    starts_at: datetime
    venue: str = ""
    organiser: str = ""
    facilitator: str = ""
    capacity: int = 1
    agenda: tuple[str, ...] = ()

    @property
    def held_on(self) -> date:
        return self.starts_at.date()


@dataclass(frozen=True)
class CheckLine:
    """One finding of the posting's checklist, with its message and basis as English sources
    (the documents write them in Japanese, reports/japanese.py) and the message's parameters."""

    rule: str
    severity: str
    """error, warning or info."""
    message: str
    basis: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class DraftPosting:
    """The posting drafted at the workshop for one work item, as text, with its checklist."""

    work_item: str
    title: str
    body: str
    findings: tuple[CheckLine, ...] = ()

    def count(self, severity: str) -> int:
        return sum(f.severity == severity for f in self.findings)


@dataclass(frozen=True)
class ItemLine:
    """One work item of a participant, under the problem it was broken out of."""

    problem: str
    draft: WorkItemDraft

    @property
    def band(self) -> str:
        return budget_band(self.draft.budget_min, self.draft.budget_max)


@dataclass(frozen=True)
class ParticipantSheet:
    """One participant: who, attendance, the work recorded on the day and the questionnaire."""

    participant_id: int
    client_id: int
    company: str
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    attendance: Attendance = Attendance.REGISTERED
    late_at: time | None = None
    follow_up: bool = False
    problems: tuple[str, ...] = ()
    items: tuple[ItemLine, ...] = ()
    posting: DraftPosting | None = None
    before: Answers = field(default_factory=Answers)
    after: Answers = field(default_factory=Answers)

    @property
    def attended(self) -> bool:
        return self.attendance in (Attendance.PRESENT, Attendance.LATE)


@dataclass(frozen=True)
class CatalogueLine:
    """One problem of the catalogue as the worksheet lists it to tick."""

    title: str
    description: str = ""


@dataclass(frozen=True)
class HandoutData:
    """Everything the handouts of one workshop show: worksheets, the common handout, the
    attendance sheet and the result sheets."""

    plan: WorkshopPlan
    producer: ProducerProfile
    participants: tuple[ParticipantSheet, ...]
    catalogue: tuple[CatalogueLine, ...] = ()
    issued_on: date | None = None

    @property
    def attended(self) -> tuple[ParticipantSheet, ...]:
        return tuple(p for p in self.participants if p.attended)

    @property
    def with_results(self) -> tuple[ParticipantSheet, ...]:
        """Who gets a result sheet: who came, and who has work recorded although its attendance
        was never taken (a forgotten roll call must not leave the day's work out)."""
        return tuple(
            p for p in self.participants
            if p.attended or (p.attendance is Attendance.REGISTERED and (p.problems or p.items))
        )  # fmt: skip


@dataclass(frozen=True)
class SummaryData:
    """Everything the organiser's summary workbook shows."""

    plan: WorkshopPlan
    producer: ProducerProfile
    participants: tuple[ParticipantSheet, ...]
    summary: Summary
    """The figures (domain/workshop.py: summarise) the workbook's numbers must equal."""
    issued_on: date | None = None
