"""One client in and out of the database as a client file (csp-desk.client/1, see
csp_desk/domain/client_file.py): exported as recorded; imported in one transaction, all or
nothing, under new ids, and refused when the database already has the client."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import corporate_number
from ..domain.client_file import ClientFile, ConsultationEntry, ProblemEntry, WorkItemEntry
from ..domain.consultation import ConsultationDraft
from ..domain.orders import parse_order
from ..domain.posting_record import PostingRecord, parse_record
from ..domain.text import QT_TRANSLATE_NOOP, Refused, company_key, search_key
from . import repo
from .models import Client, Consultation, Posting

SAME_NAME = QT_TRANSLATE_NOOP(
    "store",
    "This database already has the client “{name}” (id {id}) under the same name; nothing was "
    "imported. Rename or remove one of them first if they are different companies.",
)
SAME_NUMBER = QT_TRANSLATE_NOOP(
    "store",
    "This database already has the client “{name}” (id {id}) with the corporate number {number}; "
    "nothing was imported.",
)


def export_client(session: Session, client_id: int, today: date) -> ClientFile:
    """Everything recorded about one client that the format carries; NotFound when there is none."""
    draft, _archived = repo.load_client(session, client_id)
    consultations = []
    held = session.scalars(
        select(Consultation).where(Consultation.client_id == client_id)
        .order_by(Consultation.held_on, Consultation.id)
    )  # fmt: skip
    for consultation in held:
        problems = []
        for problem in repo.list_problems(session, consultation_id=consultation.id):
            items = []
            for item in repo.list_work_items(session, problem.id):
                posting = session.scalar(select(Posting).where(Posting.work_item_id == item.id))
                order = record = None
                if posting is not None:
                    order = parse_order(json.loads(posting.order_json))
                    saved = parse_record(json.loads(posting.record_json or "{}"))
                    record = None if saved == PostingRecord() else saved
                items.append(WorkItemEntry(item.draft, order, record))
            problems.append(ProblemEntry(problem.title, problem.catalogue_id, tuple(items)))
        entry = ConsultationDraft(
            consultation.held_on, consultation.place, consultation.attendees, consultation.notes
        )
        consultations.append(ConsultationEntry(entry, tuple(problems)))
    return ClientFile(draft, tuple(consultations), exported_on=today, source_id=client_id)


def collision(session: Session, found: ClientFile) -> Refused | None:
    """Why the file's client cannot come in: a client with the same name (compared as the list
    importer compares them) or the same corporate number is already here."""
    name = company_key(found.client.name)
    number = corporate_number.clean(found.client.corporate_number)
    rows = session.execute(select(Client.id, Client.name, Client.corporate_number).order_by(Client.id))
    for client_id, other, other_number in rows:
        if company_key(other) == name:
            return Refused(SAME_NAME, name=other, id=client_id)
        if number and corporate_number.clean(other_number) == number:
            return Refused(SAME_NUMBER, name=other, id=client_id, number=number)
    return None


def import_client(session: Session, found: ClientFile) -> int:
    """Adds the client and everything with it under new ids; returns the new client's id. Raises
    Refused (a collision) or InvalidInput before writing; the caller's session is one transaction,
    so anything raised later leaves nothing behind either."""
    refused = collision(session, found)
    if refused is not None:
        raise refused
    client_id = repo.save_client(session, found.client)
    for consultation in found.consultations:
        consultation_id = repo.save_consultation(session, client_id, consultation.draft)
        for position, problem in enumerate(consultation.problems):
            problem_id = repo.add_problem(
                session, consultation_id, problem.title, catalogue_id=problem.catalogue_id,
                items=[entry.draft for entry in problem.work_items], position=position,
            )  # fmt: skip
            rows = repo.list_work_items(session, problem_id)
            for row, entry in zip(rows, problem.work_items, strict=True):
                if entry.posting is not None:
                    repo.save_posting(session, row.id, entry.posting)
                if entry.record is not None:
                    repo.save_record(session, row.id, entry.record)
    session.flush()
    return client_id


NOT_THIS_CLIENT = QT_TRANSLATE_NOOP(
    "store",
    "This file is about “{found}”, not “{chosen}”; nothing was brought in. Choose the participant the "
    "file belongs to, or import it as a new client (File ▸ Import a client file).",
)


@dataclass(frozen=True)
class Merged:
    """What a participant's file added to a client already here."""

    problems: int
    work_items: int
    postings: int
    skipped: int
    """Problems of the file that added nothing: recorded there already with all their work."""


def _belongs_to(session: Session, client_id: int, found: ClientFile) -> Refused | None:
    draft, _archived = repo.load_client(session, client_id)
    number = corporate_number.clean(found.client.corporate_number)
    if company_key(draft.name) == company_key(found.client.name):
        return None
    if number and corporate_number.clean(draft.corporate_number) == number:
        return None
    return Refused(NOT_THIS_CLIENT, found=found.client.name.strip(), chosen=draft.name)


def _add_problem(session: Session, consultation_id: int, problem: ProblemEntry) -> tuple[int, int]:
    problem_id = repo.add_problem(
        session, consultation_id, problem.title, catalogue_id=problem.catalogue_id,
        items=[entry.draft for entry in problem.work_items],
    )  # fmt: skip
    postings = 0
    rows = repo.list_work_items(session, problem_id)
    for row, entry in zip(rows, problem.work_items, strict=True):
        if entry.posting is not None:
            repo.save_posting(session, row.id, entry.posting)
            postings += 1
        if entry.record is not None:
            repo.save_record(session, row.id, entry.record)
    return len(rows), postings


def _add_to_problem(session: Session, problem_id: int, problem: ProblemEntry) -> tuple[int, int]:
    """Into a problem recorded already: the file's work items whose titles are new, and a posting
    draft for an item that has none here. Returns (items added, postings added)."""
    rows = {search_key(row.draft.title): row for row in repo.list_work_items(session, problem_id)}
    drafted = set(session.scalars(
        select(Posting.work_item_id).where(Posting.work_item_id.in_([r.id for r in rows.values()]))
    ))  # fmt: skip
    items = postings = 0
    for entry in problem.work_items:
        row = rows.get(search_key(entry.draft.title))
        if row is None:
            item_id = repo.insert_work_item(session, problem_id, entry.draft)
            items += 1
        elif row.id in drafted or entry.posting is None:
            continue
        else:
            item_id = row.id
        if entry.posting is not None:
            repo.save_posting(session, item_id, entry.posting)
            postings += 1
        if entry.record is not None and row is None:
            repo.save_record(session, item_id, entry.record)
    return items, postings


def merge_into_client(
    session: Session, client_id: int, found: ClientFile, day_consultation: Callable[[date], int | None]
) -> Merged:
    """Brings the work of a file written on a participant's own laptop into the client it is about
    (the same name or corporate number, else Refused): each problem with its work items and posting
    draft goes into the client's consultation of the same day — `day_consultation(held_on)` finds
    or makes it (the workshop's consultation for the workshop's day), or a new one is made like the
    file's. A problem already recorded there under the same title (typed from the paper worksheet,
    say) gets the file's work items that are new to it and the posting drafts its items lack; so
    bringing the same file in twice adds nothing. One transaction: the caller's session."""
    refused = _belongs_to(session, client_id, found)
    if refused is not None:
        raise refused
    problems = items = postings = skipped = 0
    for consultation in found.consultations:
        draft = consultation.draft
        assert draft.held_on is not None  # the reader refuses a consultation without its date
        target = day_consultation(draft.held_on)
        if target is None:
            same_day = session.scalar(
                select(Consultation.id)
                .where(Consultation.client_id == client_id, Consultation.held_on == draft.held_on)
                .order_by(Consultation.id)
                .limit(1)
            )
            target = same_day or repo.save_consultation(session, client_id, draft)
        there = {search_key(p.title): p.id for p in repo.list_problems(session, consultation_id=target)}
        for problem in consultation.problems:
            known = there.get(search_key(problem.title))
            if known is None:
                added, posted = _add_problem(session, target, problem)
                there[search_key(problem.title)] = -1  # a title twice in the file: the first only
                problems, items, postings = problems + 1, items + added, postings + posted
                continue
            if known < 0:
                skipped += 1
                continue
            added, posted = _add_to_problem(session, known, problem)  # the facilitator typed its title
            items, postings = items + added, postings + posted
            if not added and not posted:
                skipped += 1
    session.flush()
    return Merged(problems, items, postings, skipped)
