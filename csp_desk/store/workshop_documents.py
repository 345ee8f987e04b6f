"""A workshop's documents from the store: the handouts' and the summary's data as plain values
(domain/workshop_documents.py), read in one short session.

A participant's work is that of its consultations held on the workshop's day (as in
workshops.participant_records): problems, their work items, and the posting drafted for the
first work item that has one, checked by the rules of REFERENCE §12.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.catalogue import Catalogue, CatalogueError
from ..domain.posting_text import posting_text
from ..domain.rules import Reference, check, load_reference
from ..domain.workshop import ParticipantRecord, Phase, summarise
from ..domain.workshop_documents import (
    CatalogueLine,
    CheckLine,
    DraftPosting,
    HandoutData,
    ItemLine,
    ParticipantSheet,
    SummaryData,
    WorkshopPlan,
)
from . import repo
from .models import Client, Consultation, Posting, Problem, WorkItem
from .workshops import _answers_by_participant, _workshop, list_participants, of_the_workshop


def _plan(session: Session, workshop_id: int) -> WorkshopPlan:
    row = _workshop(session, workshop_id)  # NotFound for an unknown id
    return WorkshopPlan(
        id=row.id,
        title=row.title,
        starts_at=row.starts_at,
        venue=row.venue,
        organiser=row.organiser,
        facilitator=row.facilitator,
        capacity=row.capacity,
        agenda=tuple(line for line in row.agenda.splitlines() if line.strip()),
    )


def _work_of_the_day(
    session: Session, client_ids: Iterable[int], workshop_id: int
) -> tuple[dict[int, list[str]], dict[int, list[tuple[int, ItemLine]]]]:
    """Per client: the titles of the problems chosen on the day, and their work items (ids too)."""
    ids = list(client_ids)
    problems: dict[int, list[str]] = {}
    problem_client: dict[int, tuple[int, str]] = {}
    query = (
        select(Consultation.client_id, Problem.id, Problem.title)
        .join(Problem, Problem.consultation_id == Consultation.id)
        .where(Consultation.client_id.in_(ids), of_the_workshop(session, _workshop(session, workshop_id)))
        .order_by(Consultation.id, Problem.position, Problem.id)
    )
    for client_id, problem_id, title in session.execute(query):
        problems.setdefault(client_id, []).append(title)
        problem_client[problem_id] = (client_id, title)
    items: dict[int, list[tuple[int, ItemLine]]] = {}
    if problem_client:
        rows = session.scalars(
            select(WorkItem)
            .where(WorkItem.problem_id.in_(list(problem_client)))
            .order_by(WorkItem.problem_id, WorkItem.position, WorkItem.id)
        )
        by_problem: dict[int, list[WorkItem]] = {}
        for row in rows:
            by_problem.setdefault(row.problem_id, []).append(row)
        for problem_id, (client_id, title) in problem_client.items():  # in the problems' order
            for row in by_problem.get(problem_id, []):
                items.setdefault(client_id, []).append((row.id, ItemLine(title, repo._draft_of(row))))
    return problems, items


def _posting(
    session: Session, item_ids: list[int], catalogue: Catalogue | None, reference: Reference | None,
    held_on: date,
) -> DraftPosting | None:  # fmt: skip
    """The posting drafted for the first of `item_ids` that has one, with its checklist."""
    if not item_ids:
        return None
    drafted = set(session.scalars(select(Posting.work_item_id).where(Posting.work_item_id.in_(item_ids))))
    chosen = next((i for i in item_ids if i in drafted), None)
    if chosen is None:
        return None
    order = repo.load_posting(session, chosen, catalogue)
    record = repo.load_record(session, chosen)
    findings = check(order, today=held_on, reference=reference, record=record)
    item = session.get(WorkItem, chosen)
    assert item is not None  # the posting's foreign key holds it
    return DraftPosting(
        work_item=item.title,
        title=order.title.strip() or item.title,
        body=posting_text(order),
        findings=tuple(
            CheckLine(f.rule, f.severity.value, f.message, f.basis, dict(f.params)) for f in findings
        ),
    )


def _sheets(
    session: Session,
    plan: WorkshopPlan,
    *,
    postings: bool,
    catalogue: Catalogue | None = None,
    reference: Reference | None = None,
) -> tuple[ParticipantSheet, ...]:
    participants = list_participants(session, plan.id)
    clients = {
        row.id: row
        for row in session.scalars(select(Client).where(Client.id.in_([p.client_id for p in participants])))
    }
    answers = _answers_by_participant(session, [p.id for p in participants])
    problems, items = _work_of_the_day(session, clients, plan.id)
    out = []
    for p in participants:
        client = clients[p.client_id]
        mine = items.get(p.client_id, [])
        posting = None
        if postings:
            posting = _posting(session, [i for i, _line in mine], catalogue, reference, plan.held_on)
        out.append(
            ParticipantSheet(
                participant_id=p.id,
                client_id=p.client_id,
                company=client.name,
                contact_person=client.contact_person,
                phone=client.phone,
                email=client.email,
                attendance=p.attendance,
                late_at=p.late_at,
                follow_up=p.follow_up,
                problems=tuple(problems.get(p.client_id, ())),
                items=tuple(line for _i, line in mine),
                posting=posting,
                before=answers[p.id][Phase.BEFORE],
                after=answers[p.id][Phase.AFTER],
            )
        )
    return tuple(out)


def handout_data(
    session: Session,
    workshop_id: int,
    catalogue: Catalogue | None,
    *,
    reference: Reference | None = None,
    today: date | None = None,
) -> HandoutData:
    """Everything the workshop's handouts show. Raises NotFound for an unknown workshop.

    The postings are checked as on the workshop's day, with the reference data (minimum wages,
    price floors) read from data/ unless `reference` is given; without a catalogue the worksheets
    have no problems to tick and category names are missing."""
    plan = _plan(session, workshop_id)
    if reference is None:
        from ..paths import DATA, added_wages_path

        try:
            reference = (
                load_reference(DATA, added_wages_path(), catalogue) if catalogue is not None else None
            )
        except (CatalogueError, OSError, ValueError):  # a broken data file: only its rules left out
            reference = None
    sheets = _sheets(session, plan, postings=True, catalogue=catalogue, reference=reference)
    lines = tuple(CatalogueLine(p.name_ja, p.description) for p in catalogue.problems) if catalogue else ()
    return HandoutData(
        plan=plan,
        producer=repo.load_producer(session),
        participants=sheets,
        catalogue=lines,
        issued_on=today or date.today(),
    )


def summary_data(session: Session, workshop_id: int, *, today: date | None = None) -> SummaryData:
    """Everything the organiser's summary workbook shows. Raises NotFound for an unknown workshop."""
    plan = _plan(session, workshop_id)
    sheets = _sheets(session, plan, postings=False)
    records = [
        ParticipantRecord(
            client_id=s.client_id, attendance=s.attendance, late_at=s.late_at, follow_up=s.follow_up,
            before=s.before, after=s.after, problems=s.problems,
        )
        for s in sheets
    ]  # fmt: skip
    return SummaryData(
        plan=plan,
        producer=repo.load_producer(session),
        participants=sheets,
        summary=summarise(plan.capacity, records),
        issued_on=today or date.today(),
    )

