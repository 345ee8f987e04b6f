"""Workshops in the database: plans, participants (clients), attendance, questionnaire answers,
and the figures of a workshop's summary.

Workshops are not records the law asks to keep, so they are not in the audit log (audit.py).
A participant's chosen problems are those of its consultations held on the workshop's day (the
work recorded at the workshop is recorded as such a consultation)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from ..domain.client import ClientDraft
from ..domain.text import FieldError, InvalidInput, company_key
from ..domain.workshop import (
    ITEM_IDS,
    ORDERING,
    Answers,
    Attendance,
    Intention,
    ParticipantRecord,
    Phase,
    Summary,
    WorkshopDraft,
    attendance_errors,
    capacity_warning,
    summarise,
)
from .errors import AlreadyParticipant, ClientInWorkshop, NotFound
from .models import Client, Consultation, Problem, QuestionnaireAnswer, Workshop, WorkshopParticipant

if TYPE_CHECKING:
    from ..domain.client_file import ClientFile
    from .client_file import Merged


@dataclass(frozen=True)
class WorkshopRow:
    id: int
    title: str
    starts_at: datetime
    venue: str
    organiser: str
    capacity: int
    participants: int


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    client_id: int
    client_name: str
    attendance: Attendance
    late_at: time | None
    follow_up: bool


@dataclass(frozen=True)
class Added:
    """A participant added, with a warning when the workshop is now over its capacity."""

    participant_id: int
    warning: FieldError | None


def _workshop(session: Session, workshop_id: int) -> Workshop:
    row = session.get(Workshop, workshop_id)
    if row is None:
        raise NotFound()
    return row


def _participant(session: Session, participant_id: int) -> WorkshopParticipant:
    row = session.get(WorkshopParticipant, participant_id)
    if row is None:
        raise NotFound()
    return row


def _fill(row: Workshop, clean: WorkshopDraft) -> None:
    assert clean.starts_at is not None and clean.capacity is not None  # validated
    row.title = clean.title
    row.starts_at = clean.starts_at
    row.venue = clean.venue
    row.organiser = clean.organiser
    row.facilitator = clean.facilitator
    row.capacity = clean.capacity
    row.agenda = "\n".join(clean.agenda)


def create_workshop(session: Session, draft: WorkshopDraft) -> int:
    """Validates, then adds the workshop; raises InvalidInput without writing anything."""
    row = Workshop()
    _fill(row, draft.validated())
    session.add(row)
    session.flush()
    return row.id


def update_workshop(session: Session, workshop_id: int, draft: WorkshopDraft) -> None:
    """Saves the plan. When the date moves, the consultations where participants' work was recorded
    move with it (they are the workshop's), linking first those found by the old date."""
    clean = draft.validated()
    row = _workshop(session, workshop_id)
    assert clean.starts_at is not None  # validated
    if clean.starts_at.date() != row.starts_at.date():
        for participant in session.scalars(
            select(WorkshopParticipant).where(WorkshopParticipant.workshop_id == workshop_id)
        ):
            if participant.work_consultation_id is None:
                found = _day_consultation(session, participant.client_id, row.starts_at.date())
                participant.work_consultation_id = found
            if participant.work_consultation_id is not None:
                consultation = session.get(Consultation, participant.work_consultation_id)
                if consultation is not None:
                    consultation.held_on = clean.starts_at.date()
    _fill(row, clean)
    session.flush()


def get_workshop(session: Session, workshop_id: int) -> WorkshopDraft:
    row = _workshop(session, workshop_id)
    return WorkshopDraft(
        title=row.title,
        starts_at=row.starts_at,
        venue=row.venue,
        organiser=row.organiser,
        facilitator=row.facilitator,
        capacity=row.capacity,
        agenda=tuple(row.agenda.splitlines()),
    )


def list_workshops(session: Session) -> list[WorkshopRow]:
    """Every workshop, the latest first, with its number of participants."""
    count = (
        select(func.count(WorkshopParticipant.id))
        .where(WorkshopParticipant.workshop_id == Workshop.id)
        .scalar_subquery()
    )
    query = select(
        Workshop.id, Workshop.title, Workshop.starts_at, Workshop.venue, Workshop.organiser,
        Workshop.capacity, count,
    ).order_by(Workshop.starts_at.desc(), Workshop.id.desc())  # fmt: skip
    return [WorkshopRow(*row) for row in session.execute(query)]


def delete_workshop(session: Session, workshop_id: int) -> None:
    """Removes the workshop with its participants' attendance and answers (not the clients)."""
    session.delete(_workshop(session, workshop_id))
    session.flush()


# --- participants ------------------------------------------------------------------------------


def add_participant(session: Session, workshop_id: int, client_id: int) -> Added:
    """Registers a client; a client already registered is refused, more participants than the
    capacity only warned about."""
    workshop = _workshop(session, workshop_id)
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound()
    existing = select(WorkshopParticipant.id).where(
        WorkshopParticipant.workshop_id == workshop_id, WorkshopParticipant.client_id == client_id
    )
    if session.scalar(existing) is not None:
        raise AlreadyParticipant(client=client.name)
    row = WorkshopParticipant(
        workshop_id=workshop_id, client_id=client_id, attendance=Attendance.REGISTERED.value,
        follow_up=False,
    )  # fmt: skip
    session.add(row)
    session.flush()
    return Added(row.id, capacity_warning(workshop.capacity, count_participants(session, workshop_id)))


def count_participants(session: Session, workshop_id: int) -> int:
    query = select(func.count(WorkshopParticipant.id)).where(WorkshopParticipant.workshop_id == workshop_id)
    return session.scalar(query) or 0


def remove_participant(session: Session, participant_id: int) -> None:
    session.delete(_participant(session, participant_id))
    session.flush()


def list_participants(session: Session, workshop_id: int) -> list[ParticipantRow]:
    """The participants in kana order of their company."""
    query = (
        select(
            WorkshopParticipant.id, WorkshopParticipant.client_id, Client.name,
            WorkshopParticipant.attendance, WorkshopParticipant.late_at, WorkshopParticipant.follow_up,
        )
        .join(Client, Client.id == WorkshopParticipant.client_id)
        .where(WorkshopParticipant.workshop_id == workshop_id)
        .order_by(Client.kana_key, Client.id)
    )  # fmt: skip
    return [
        ParticipantRow(r[0], r[1], r[2], Attendance(r[3]), r[4], bool(r[5])) for r in session.execute(query)
    ]


def set_attendance(
    session: Session, participant_id: int, attendance: Attendance, late_at: time | None = None
) -> None:
    """Records attendance on the day; a late arrival needs its time, not before the start."""
    row = _participant(session, participant_id)
    found = attendance_errors(attendance, late_at, _workshop(session, row.workshop_id).starts_at)
    if found:
        raise InvalidInput(found)
    row.attendance = attendance.value
    row.late_at = late_at
    session.flush()


def set_follow_up(session: Session, participant_id: int, follow_up: bool) -> None:
    """Whether the participant asked for a follow-up consultation."""
    _participant(session, participant_id).follow_up = follow_up
    session.flush()


def record_answers(session: Session, participant_id: int, phase: Phase, answers: Answers) -> None:
    """Replaces the participant's answers of `phase`; scores outside 1–5 are refused."""
    clean = answers.validated()
    _participant(session, participant_id)
    session.execute(
        delete(QuestionnaireAnswer).where(
            QuestionnaireAnswer.participant_id == participant_id, QuestionnaireAnswer.phase == phase.value
        )
    )
    rows = [
        QuestionnaireAnswer(participant_id=participant_id, phase=phase.value, item=item, score=score)
        for item, score in clean.scores.items()
    ]
    if clean.ordering is not None:
        rows.append(
            QuestionnaireAnswer(
                participant_id=participant_id, phase=phase.value, item=ORDERING, score=clean.ordering.value
            )
        )
    session.add_all(rows)
    session.flush()


def _answers_by_participant(session: Session, participant_ids: list[int]) -> dict[int, dict[Phase, Answers]]:
    scores: dict[tuple[int, Phase], dict[str, int]] = {}
    ordering: dict[tuple[int, Phase], Intention] = {}
    query = select(
        QuestionnaireAnswer.participant_id, QuestionnaireAnswer.phase, QuestionnaireAnswer.item,
        QuestionnaireAnswer.score,
    ).where(QuestionnaireAnswer.participant_id.in_(participant_ids))  # fmt: skip
    for pid, phase, item, score in session.execute(query):
        key = (pid, Phase(phase))
        if item == ORDERING:
            ordering[key] = Intention(score)
        elif item in ITEM_IDS:
            scores.setdefault(key, {})[item] = score
    return {
        pid: {phase: Answers(scores.get((pid, phase), {}), ordering.get((pid, phase))) for phase in Phase}
        for pid in participant_ids
    }


def load_answers(session: Session, participant_id: int) -> dict[Phase, Answers]:
    """The participant's answers before and after (empty Answers where none were given)."""
    _participant(session, participant_id)
    return _answers_by_participant(session, [participant_id])[participant_id]


def not_a_follow_up() -> ColumnElement[bool]:
    """A condition on Consultation: not the follow-up consultation of a participant. A follow-up
    held on the workshop's own day is the producer's, not the work recorded at the workshop."""
    follow_ups = select(WorkshopParticipant.follow_up_consultation_id).where(
        WorkshopParticipant.follow_up_consultation_id.is_not(None)
    )
    return Consultation.id.not_in(follow_ups)


def of_the_workshop(session: Session, workshop: Workshop) -> ColumnElement[bool]:
    """A condition on Consultation: where a participant's work at `workshop` is recorded — the
    consultation linked to the participant, or, for one not linked yet (recorded before the link
    was kept), a consultation of the client held on the workshop's day that is no follow-up."""
    people = session.execute(
        select(WorkshopParticipant.client_id, WorkshopParticipant.work_consultation_id).where(
            WorkshopParticipant.workshop_id == workshop.id
        )
    ).all()
    linked = [consultation for _client, consultation in people if consultation is not None]
    unlinked = [client for client, consultation in people if consultation is None]
    return or_(
        Consultation.id.in_(linked),
        and_(
            Consultation.client_id.in_(unlinked),
            Consultation.held_on == workshop.starts_at.date(),
            not_a_follow_up(),
        ),
    )


def participant_records(session: Session, workshop_id: int) -> list[ParticipantRecord]:
    """Every participant as the summary needs it: attendance, follow-up, answers before and after,
    and the problems of its consultations held on the workshop's day."""
    workshop = _workshop(session, workshop_id)
    participants = list_participants(session, workshop_id)
    answers = _answers_by_participant(session, [p.id for p in participants])
    problems: dict[int, list[str]] = {}
    query_problems = (
        select(Consultation.client_id, Problem.title)
        .join(Problem, Problem.consultation_id == Consultation.id)
        .where(
            Consultation.client_id.in_([p.client_id for p in participants]),
            of_the_workshop(session, workshop),
        )
        .order_by(Consultation.id, Problem.position, Problem.id)
    )
    for client_id, title in session.execute(query_problems):
        problems.setdefault(client_id, []).append(title)
    return [
        ParticipantRecord(
            client_id=p.client_id,
            attendance=p.attendance,
            late_at=p.late_at,
            follow_up=p.follow_up,
            before=answers[p.id][Phase.BEFORE],
            after=answers[p.id][Phase.AFTER],
            problems=tuple(problems.get(p.client_id, ())),
        )
        for p in participants
    ]


def workshop_summary(session: Session, workshop_id: int) -> Summary:
    """The organiser's figures for one workshop (domain/workshop.py: summarise)."""
    capacity = _workshop(session, workshop_id).capacity
    return summarise(capacity, participant_records(session, workshop_id))


def check_client_removable(session: Session, client_id: int) -> None:
    """Raises ClientInWorkshop when the client takes part in a workshop: it cannot be deleted
    (the database refuses too: the participant's foreign key is RESTRICT)."""
    query = (
        select(Workshop.title)
        .join(WorkshopParticipant, WorkshopParticipant.workshop_id == Workshop.id)
        .where(WorkshopParticipant.client_id == client_id)
        .order_by(Workshop.starts_at)
        .limit(1)
    )
    title = session.scalar(query)
    if title is not None:
        raise ClientInWorkshop(workshop=title)


# --- the workshops page: the participants' table, registering, recorded work, follow-up ---------

WORKSHOP_NOTE = "ワークショップ「{title}」で記録。"
"""The note of a participant's consultation of the workshop's day (the window passes it translated)."""
FOLLOW_UP_NOTE = "ワークショップ「{title}」（{day}）からの個別相談。"
"""The note of the follow-up consultation; also how a second request finds the first one."""


@dataclass(frozen=True)
class ParticipantLine:
    """A participant as the workshops page lists it."""

    id: int
    client_id: int
    client_name: str
    contact_person: str
    attendance: Attendance
    late_at: time | None
    follow_up: bool
    answered_before: bool
    answered_after: bool


def participant_lines(session: Session, workshop_id: int) -> list[ParticipantLine]:
    """The participants in kana order, with their contact person and which questionnaires they answered."""
    _workshop(session, workshop_id)
    rows = list_participants(session, workshop_id)
    ids = [r.id for r in rows]
    query = select(Client.id, Client.contact_person).where(Client.id.in_([r.client_id for r in rows]))
    contacts = {client_id: contact for client_id, contact in session.execute(query)}
    query_answered = (
        select(QuestionnaireAnswer.participant_id, QuestionnaireAnswer.phase)
        .where(QuestionnaireAnswer.participant_id.in_(ids))
        .distinct()
    )
    answered = {(pid, phase) for pid, phase in session.execute(query_answered)}
    return [
        ParticipantLine(
            r.id,
            r.client_id,
            r.client_name,
            contacts.get(r.client_id, ""),
            r.attendance,
            r.late_at,
            r.follow_up,
            (r.id, Phase.BEFORE.value) in answered,
            (r.id, Phase.AFTER.value) in answered,
        )
        for r in rows
    ]


@dataclass(frozen=True)
class Registered:
    """What registering participants did: clients created and reused, participants added, and those
    left out (already registered, or a row repeating an earlier one)."""

    participant_ids: tuple[int, ...]
    new_clients: int
    reused_clients: tuple[str, ...]
    already: tuple[str, ...]
    repeated: int
    warning: FieldError | None


class _Clients:
    """The clients already in the database by name (as compared: NFKC, case, kana) and corporate number."""

    def __init__(self, session: Session):
        self.by_name: dict[str, int] = {}
        self.by_number: dict[str, int] = {}
        for client_id, name, number in session.execute(
            select(Client.id, Client.name, Client.corporate_number).order_by(Client.id)
        ):
            self.by_name.setdefault(company_key(name), client_id)
            if number:
                self.by_number.setdefault(number, client_id)

    def find(self, draft: ClientDraft) -> int | None:
        clean = draft.cleaned()
        if clean.corporate_number and clean.corporate_number in self.by_number:
            return self.by_number[clean.corporate_number]
        return self.by_name.get(company_key(clean.name))

    def add(self, client_id: int, draft: ClientDraft) -> None:
        clean = draft.cleaned()
        self.by_name.setdefault(company_key(clean.name), client_id)
        if clean.corporate_number:
            self.by_number.setdefault(clean.corporate_number, client_id)


def _registered_ids(session: Session, workshop_id: int) -> set[int]:
    query = select(WorkshopParticipant.client_id).where(WorkshopParticipant.workshop_id == workshop_id)
    return set(session.scalars(query))


def _add_row(session: Session, workshop_id: int, client_id: int) -> int:
    row = WorkshopParticipant(
        workshop_id=workshop_id, client_id=client_id, attendance=Attendance.REGISTERED.value, follow_up=False
    )
    session.add(row)
    session.flush()
    return row.id


def _names(session: Session, client_ids: list[int]) -> dict[int, str]:
    query = select(Client.id, Client.name).where(Client.id.in_(client_ids))
    return {client_id: name for client_id, name in session.execute(query)}


def add_participants(session: Session, workshop_id: int, client_ids: list[int]) -> Registered:
    """Registers the clients picked from the list; those already registered are left out (named),
    more participants than the capacity only warned about."""
    workshop = _workshop(session, workshop_id)
    names = _names(session, client_ids)
    if any(client_id not in names for client_id in client_ids):
        raise NotFound()
    registered = _registered_ids(session, workshop_id)
    added, already = [], []
    for client_id in dict.fromkeys(client_ids):
        if client_id in registered:
            already.append(names[client_id])
            continue
        added.append(_add_row(session, workshop_id, client_id))
        registered.add(client_id)
    warning = capacity_warning(workshop.capacity, count_participants(session, workshop_id))
    return Registered(tuple(added), 0, (), tuple(already), 0, warning)


def register_participants(session: Session, workshop_id: int, drafts: list[ClientDraft]) -> Registered:
    """Registers SMEs as typed or imported from the organiser's list: a client of the same name
    (as compared: full-width or half-width, case, kana) or the same corporate number is reused, any
    other is created. Every draft is validated before anything is written (InvalidInput)."""
    from . import repo

    workshop = _workshop(session, workshop_id)
    found = [error for draft in drafts for error in draft.errors()]
    if found:
        raise InvalidInput(found)
    clients = _Clients(session)
    registered = _registered_ids(session, workshop_id)
    seen: set[int] = set()
    added: list[int] = []
    reused: list[str] = []
    already: list[str] = []
    new = repeated = 0
    for draft in drafts:
        client_id = clients.find(draft)
        if client_id is None:
            client_id = repo.save_client(session, draft)
            clients.add(client_id, draft)
            new += 1
        elif client_id in seen:
            repeated += 1
            continue
        elif client_id not in registered:
            reused.append(_names(session, [client_id])[client_id])
        seen.add(client_id)
        if client_id in registered:
            already.append(_names(session, [client_id])[client_id])
            continue
        added.append(_add_row(session, workshop_id, client_id))
        registered.add(client_id)
    warning = capacity_warning(workshop.capacity, count_participants(session, workshop_id))
    return Registered(tuple(added), new, tuple(reused), tuple(already), repeated, warning)


def _day_consultation(session: Session, client_id: int, day: date) -> int | None:
    query = (
        select(Consultation.id)
        .where(Consultation.client_id == client_id, Consultation.held_on == day, not_a_follow_up())
        .order_by(Consultation.id)
        .limit(1)
    )
    return session.scalar(query)


def workshop_consultation(session: Session, participant_id: int, note: str = WORKSHOP_NOTE) -> int:
    """The participant's consultation of the workshop, where its chosen problems, work items and
    draft posting are recorded: the one linked to it; else its consultation of the workshop's day
    (work recorded before the link was kept), then linked; else a new one (on the day, at the venue,
    noted with the workshop's title), linked."""
    participant = _participant(session, participant_id)
    workshop = _workshop(session, participant.workshop_id)
    if participant.work_consultation_id is not None:
        return participant.work_consultation_id
    found = _day_consultation(session, participant.client_id, workshop.starts_at.date())
    if found is None:
        row = Consultation(
            client_id=participant.client_id, held_on=workshop.starts_at.date(), place=workshop.venue,
            attendees="", notes=note.format(title=workshop.title),
        )  # fmt: skip
        session.add(row)
        session.flush()
        found = row.id
    participant.work_consultation_id = found
    session.flush()
    return found


def start_follow_up(session: Session, participant_id: int, on: date, note: str = FOLLOW_UP_NOTE) -> int:
    """The participant's first consultation as a producer's client, held `on`, carrying the problems
    and work items recorded at the workshop (not their postings); marks the participant as
    asking for a follow-up. Asked again, it returns the consultation made the first time."""
    from . import repo

    participant = _participant(session, participant_id)
    workshop = _workshop(session, participant.workshop_id)
    day = workshop.starts_at.date()
    text = note.format(title=workshop.title, day=day.strftime("%Y/%m/%d"))
    participant.follow_up = True
    if participant.follow_up_consultation_id is not None:
        session.flush()
        return participant.follow_up_consultation_id
    row = Consultation(client_id=participant.client_id, held_on=on, place="", attendees="", notes=text)
    session.add(row)
    session.flush()
    participant.follow_up_consultation_id = row.id
    carried = session.scalars(
        select(Problem)
        .join(Consultation, Consultation.id == Problem.consultation_id)
        .where(
            Consultation.client_id == participant.client_id,
            Consultation.id != row.id,
            of_the_workshop(session, workshop),
        )
        .order_by(Consultation.id, Problem.position, Problem.id)
    ).all()
    for position, problem in enumerate(carried):
        items = [item.draft for item in repo.list_work_items(session, problem.id)]
        repo.add_problem(
            session, row.id, problem.title, catalogue_id=problem.catalogue_id, items=items, position=position
        )
    return row.id


def bring_in_participant_work(session: Session, participant_id: int, found: ClientFile) -> Merged:
    """A participant's own work from a client file written on its laptop: what it recorded for the
    workshop's day goes into its consultation of that day (store/client_file.py merge_into_client);
    refused when the file is about another company."""
    from .client_file import merge_into_client

    participant = _participant(session, participant_id)
    day = _workshop(session, participant.workshop_id).starts_at.date()

    def day_consultation(held_on: date) -> int | None:
        return workshop_consultation(session, participant_id) if held_on == day else None

    return merge_into_client(session, participant.client_id, found, day_consultation)
