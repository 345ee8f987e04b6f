"""A workshop (ワークショップ) for SMEs: its plan, attendance, the questionnaire before and after,
and the summary figures an organiser reports.

A workshop is planned with a title, a start, a venue, the organiser (the SME-support body), a
facilitator, a capacity and an agenda. Its participants are clients. More participants than the
capacity is allowed — a room often takes a few more chairs — and reported as a warning
(`capacity_warning`), never refused.

The questionnaire has three 5-point items (1 = not at all … 5 = very much) and one question,
"would you consider ordering?", answered yes / undecided / no. 「発注に不安がある」 is
reverse-scored: a lower score is the better outcome, so its `improvement` is the fall of its mean.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time
from enum import IntEnum, StrEnum

from .text import MAX_LINE, QT_TRANSLATE_NOOP, FieldError, InvalidInput, normalise
from .values import parse_date

MAX_CAPACITY = 10_000
MAX_AGENDA_LINES = 100

TITLE_REQUIRED = QT_TRANSLATE_NOOP("validation", "Enter the title of the workshop.")
START_REQUIRED = QT_TRANSLATE_NOOP("validation", "Enter the date and time the workshop starts.")
TOO_LONG = QT_TRANSLATE_NOOP("validation", "This text is too long (at most {limit:,} characters).")
CAPACITY_REQUIRED = QT_TRANSLATE_NOOP("validation", "Enter how many participants the room takes (1 or more).")
CAPACITY_RANGE = QT_TRANSLATE_NOOP(
    "validation", "The capacity must be between 1 and {limit:,}; {value} is not a number of seats."
)
TOO_MANY_AGENDA_LINES = QT_TRANSLATE_NOOP("validation", "The agenda has too many lines (at most {limit}).")
OVER_CAPACITY = QT_TRANSLATE_NOOP(
    "validation",
    "{count} participants are registered for {capacity} seats; check the room or raise the capacity.",
)
LATE_TIME_REQUIRED = QT_TRANSLATE_NOOP("validation", "Enter the time the participant arrived.")
LATE_TIME_ONLY_WHEN_LATE = QT_TRANSLATE_NOOP(
    "validation", "An arrival time is only kept for a participant who came late."
)
LATE_BEFORE_START = QT_TRANSLATE_NOOP(
    "validation", "The arrival time {arrived} is before the start ({start}); check the time."
)
SCORE_RANGE = QT_TRANSLATE_NOOP("validation", "Answer with a score from 1 to 5.")
UNKNOWN_ITEM = QT_TRANSLATE_NOOP("validation", "There is no questionnaire item «{item}».")


class Attendance(StrEnum):
    """Attendance on the day; `registered` until it is taken."""

    REGISTERED = "registered"
    PRESENT = "present"
    LATE = "late"
    ABSENT = "absent"


class Phase(StrEnum):
    BEFORE = "before"
    AFTER = "after"


class Intention(IntEnum):
    """The answer to 「発注を検討したい」, stored as a score of its own (not a 5-point item)."""

    NO = 1
    UNDECIDED = 2
    YES = 3


@dataclass(frozen=True)
class Item:
    """One 5-point item of the questionnaire."""

    id: str
    text_ja: str
    reverse: bool = False
    """True when agreeing is the worse outcome (anxiety): a falling mean is an improvement."""


ITEMS: tuple[Item, ...] = (
    Item("can_solve", "クラウドソーシングで自社の課題を解決できそうだ"),
    Item("knows_costs", "費用の目安が分かる"),
    Item("anxious", "発注に不安がある", reverse=True),
)
ITEM_IDS = tuple(item.id for item in ITEMS)
ORDERING = "consider_ordering"
"""The item id under which 「発注を検討したい」 is stored (scores are Intention values)."""
ORDERING_TEXT_JA = "発注を検討したい"


@dataclass(frozen=True)
class WorkshopDraft:
    """What a workshop form holds, already parsed from text; validated before it is stored."""

    title: str = ""
    starts_at: datetime | None = None
    venue: str = ""
    organiser: str = ""
    facilitator: str = ""
    capacity: int | None = None
    agenda: tuple[str, ...] = ()

    def errors(self) -> list[FieldError]:
        found = []
        if not self.title.strip():
            found.append(FieldError("title", TITLE_REQUIRED))
        for name in ("title", "venue", "organiser", "facilitator"):
            if len(getattr(self, name).strip()) > MAX_LINE:
                found.append(FieldError(name, TOO_LONG, {"limit": MAX_LINE}))
        if self.starts_at is None:
            found.append(FieldError("starts_at", START_REQUIRED))
        if self.capacity is None:
            found.append(FieldError("capacity", CAPACITY_REQUIRED))
        elif not 1 <= self.capacity <= MAX_CAPACITY:
            found.append(
                FieldError("capacity", CAPACITY_RANGE, {"limit": MAX_CAPACITY, "value": self.capacity})
            )
        lines = agenda_lines(self.agenda)
        if len(lines) > MAX_AGENDA_LINES:
            found.append(FieldError("agenda", TOO_MANY_AGENDA_LINES, {"limit": MAX_AGENDA_LINES}))
        if any(len(line) > MAX_LINE for line in lines):
            found.append(FieldError("agenda", TOO_LONG, {"limit": MAX_LINE}))
        return found

    def validated(self) -> WorkshopDraft:
        """The trimmed draft (blank agenda lines dropped), or InvalidInput listing every error."""
        found = self.errors()
        if found:
            raise InvalidInput(found)
        return WorkshopDraft(
            title=self.title.strip(),
            starts_at=self.starts_at,
            venue=self.venue.strip(),
            organiser=self.organiser.strip(),
            facilitator=self.facilitator.strip(),
            capacity=self.capacity,
            agenda=agenda_lines(self.agenda),
        )


def agenda_lines(lines: Iterable[str]) -> tuple[str, ...]:
    """The agenda in order, each line trimmed, blank ones (and line breaks inside one) split out."""
    return tuple(part.strip() for line in lines for part in line.splitlines() if part.strip())


def capacity_warning(capacity: int, participants: int) -> FieldError | None:
    """A warning when more participants are registered than the capacity; never a refusal."""
    if participants > capacity:
        return FieldError("capacity", OVER_CAPACITY, {"count": participants, "capacity": capacity})
    return None


def attendance_errors(
    attendance: Attendance, late_at: time | None, starts_at: datetime | None = None
) -> list[FieldError]:
    """A late arrival needs its time (not before the start); nobody else has one."""
    if attendance is Attendance.LATE:
        if late_at is None:
            return [FieldError("late_at", LATE_TIME_REQUIRED)]
        if starts_at is not None and late_at < starts_at.time():
            return [
                FieldError(
                    "late_at",
                    LATE_BEFORE_START,
                    {"arrived": late_at.strftime("%H:%M"), "start": starts_at.strftime("%H:%M")},
                )
            ]
    elif late_at is not None:
        return [FieldError("late_at", LATE_TIME_ONLY_WHEN_LATE)]
    return []


@dataclass(frozen=True)
class Answers:
    """One participant's questionnaire in one phase: scores by item id, and the ordering answer."""

    scores: Mapping[str, int] = field(default_factory=dict)
    ordering: Intention | None = None

    def errors(self) -> list[FieldError]:
        found = []
        for item, score in self.scores.items():
            if item not in ITEM_IDS:
                found.append(FieldError(item, UNKNOWN_ITEM, {"item": item}))
            elif isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5:
                found.append(FieldError(item, SCORE_RANGE))
        return found

    def validated(self) -> Answers:
        found = self.errors()
        if found:
            raise InvalidInput(found)
        return self

    def is_empty(self) -> bool:
        return not self.scores and self.ordering is None


@dataclass(frozen=True)
class ParticipantRecord:
    """What the summary needs of one participant."""

    client_id: int
    attendance: Attendance = Attendance.REGISTERED
    late_at: time | None = None
    follow_up: bool = False
    before: Answers = Answers()
    after: Answers = Answers()
    problems: tuple[str, ...] = ()
    """The titles (or catalogue ids) of the problems the participant chose."""


# --- summary figures ---------------------------------------------------------------------------


def attendance_counts(participants: Iterable[ParticipantRecord]) -> dict[Attendance, int]:
    """How many participants are in each attendance state (every state listed, zeros included)."""
    counts = Counter(p.attendance for p in participants)
    return {state: counts.get(state, 0) for state in Attendance}


def attended(participants: Iterable[ParticipantRecord]) -> int:
    """Present or late: who was in the room."""
    return sum(p.attendance in (Attendance.PRESENT, Attendance.LATE) for p in participants)


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


@dataclass(frozen=True)
class ItemSummary:
    item: Item
    before: float | None
    after: float | None
    answered_before: int
    answered_after: int

    @property
    def change(self) -> float | None:
        """The mean after minus the mean before, as answered."""
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    @property
    def improvement(self) -> float | None:
        """The change in the good direction: the change, negated for a reverse-scored item."""
        change = self.change
        if change is None:
            return None
        return -change if self.item.reverse else change


def item_summaries(participants: Sequence[ParticipantRecord]) -> list[ItemSummary]:
    """Each 5-point item's mean before and after, over those who answered it in that phase."""
    out = []
    for item in ITEMS:
        before = [p.before.scores[item.id] for p in participants if item.id in p.before.scores]
        after = [p.after.scores[item.id] for p in participants if item.id in p.after.scores]
        out.append(ItemSummary(item, _mean(before), _mean(after), len(before), len(after)))
    return out


def ordering_share(participants: Iterable[ParticipantRecord], phase: Phase) -> float | None:
    """The share (0–1) answering yes to 「発注を検討したい」 among those who answered in `phase`."""
    answers = [
        (p.before if phase is Phase.BEFORE else p.after).ordering for p in participants
    ]
    given = [a for a in answers if a is not None]
    if not given:
        return None
    return sum(a is Intention.YES for a in given) / len(given)


def problems_by_frequency(chosen: Iterable[Iterable[str]]) -> list[tuple[str, int]]:
    """Each problem with the number of participants who chose it, most frequent first (ties in the
    order first met); a participant choosing one problem twice counts once."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for problems in chosen:
        for problem in dict.fromkeys(problems):
            first.setdefault(problem, len(first))
            counts[problem] += 1
    return sorted(counts.items(), key=lambda pair: (-pair[1], first[pair[0]]))


def follow_up_count(participants: Iterable[ParticipantRecord]) -> int:
    return sum(p.follow_up for p in participants)


@dataclass(frozen=True)
class Summary:
    participants: int
    capacity: int
    attendance: dict[Attendance, int]
    attended: int
    items: list[ItemSummary]
    ordering_before: float | None
    ordering_after: float | None
    problems: list[tuple[str, int]]
    follow_ups: int
    warning: FieldError | None


def summarise(capacity: int, participants: Sequence[ParticipantRecord]) -> Summary:
    """Every figure of the organiser's summary for one workshop."""
    return Summary(
        participants=len(participants),
        capacity=capacity,
        attendance=attendance_counts(participants),
        attended=attended(participants),
        items=item_summaries(participants),
        ordering_before=ordering_share(participants, Phase.BEFORE),
        ordering_after=ordering_share(participants, Phase.AFTER),
        problems=problems_by_frequency(p.problems for p in participants),
        follow_ups=follow_up_count(participants),
        warning=capacity_warning(capacity, len(participants)),
    )


# --- what a facilitator types: the start and an arrival time --------------------------------------

BAD_TIME = QT_TRANSLATE_NOOP("validation", "Enter a time such as 13:30 (hours:minutes).")
_TIME = re.compile(r"^(\d{1,2})\s*(?:[:.時]\s*(?:(\d{1,2})\s*分?)?)?$")


def parse_time(field: str, raw: str) -> tuple[time | None, list[FieldError]]:
    """13:30, 13時30分, 9:05 or 13 (full-width digits too), or None when blank."""
    text = normalise(raw)
    if not text:
        return None, []
    match = _TIME.match(text)
    if match is None or int(match[1]) > 23 or int(match[2] or 0) > 59:
        return None, [FieldError(field, BAD_TIME)]
    return time(int(match[1]), int(match[2] or 0)), []


def parse_start(date_text: str, time_text: str) -> tuple[datetime | None, list[FieldError]]:
    """The start typed as a date (field "starts_at") and a time (field "start_time"); a blank time
    is refused too, since the agenda and late arrivals are counted from it."""
    day, errors = parse_date("starts_at", date_text)
    at, time_errors = parse_time("start_time", time_text)
    errors += time_errors
    if day is not None and at is None and not time_errors:
        errors.append(FieldError("start_time", START_REQUIRED))
    if day is None or at is None or errors:
        return None, errors
    return datetime.combine(day, at), []
