"""Queries and writes over the store, returning plain rows (never ORM objects) to callers."""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from ..domain.breakdown import FIELD_LABELS as WORK_ITEM_LABELS
from ..domain.breakdown import Budget, WorkItemDraft, draft_order
from ..domain.catalogue import Catalogue
from ..domain.client import ClientDraft
from ..domain.consultation import FIELD_LABELS as CONSULTATION_LABELS
from ..domain.consultation import ConsultationDraft, check_problem_title
from ..domain.costs import FeeTerms
from ..domain.notice import RecordedContract, days_late
from ..domain.order_types import OrderType
from ..domain.orders import Contract as OrderContract
from ..domain.orders import Order, Orderer, order_to_json, parse_order
from ..domain.orders import Worker as OrderWorker
from ..domain.posting_record import PostingRecord, parse_record, record_to_json
from ..domain.posting_templates import with_templates
from ..domain.posting_text import posting_text, text_hash
from ..domain.proposal import (
    DEFAULT_VALID_DAYS,
    ClientSummary,
    Hearing,
    OrderedItem,
    ProblemBreakdown,
    ProducerProfile,
    ProposalData,
)
from ..domain.rules import Severity, override_problem
from ..domain.text import QT_TRANSLATE_NOOP, FieldError, InvalidInput, search_key
from . import sql
from .errors import KeptRecord, NotFound
from .models import (
    Client,
    Consultation,
    Engagement,
    FindingOverride,
    IssuedNotice,
    PostedVersion,
    Posting,
    Problem,
    Producer,
    StateChange,
    WorkContract,
    Worker,
    WorkItem,
)
from .rows import ClientRow
from .versions import Opened, merged

# --- producer -------------------------------------------------------------------------------


def load_producer(session: Session) -> ProducerProfile:
    row = session.get(Producer, 1)
    if row is None:
        return ProducerProfile()
    return ProducerProfile(**{f.name: getattr(row, f.name) for f in fields(ProducerProfile)})


def save_producer(session: Session, profile: ProducerProfile) -> None:
    row = session.get(Producer, 1) or Producer(id=1)
    for f in fields(ProducerProfile):
        setattr(row, f.name, getattr(profile, f.name).strip())
    session.add(row)


# --- clients --------------------------------------------------------------------------------


_CLIENT_ROW = (
    Client.id, Client.name, Client.kana, Client.industry, Client.prefecture,
    Client.contact_person, Client.phone, Client.archived,
)  # fmt: skip


def list_clients(
    session: Session, search: str = "", *, include_archived: bool = False, limit: int | None = None
) -> list[ClientRow]:
    """Clients in kana order; `search` matches name, kana, contact, industry and place."""
    query = select(*_CLIENT_ROW).order_by(Client.kana_key, Client.id)
    if not include_archived:
        query = query.where(Client.archived.is_(False))
    key = search_key(search)
    if key:
        # instr, not LIKE: no wildcard escaping, and two-character Japanese words match
        query = query.where(sql.position(Client.search_key, key) > 0)
    if limit is not None:
        query = query.limit(limit)
    return [ClientRow(*row) for row in session.execute(query)]


def _client(session: Session, client_id: int) -> Client:
    row = session.get(Client, client_id)
    if row is None:
        raise NotFound()
    return row


def load_client(session: Session, client_id: int) -> tuple[ClientDraft, bool]:
    row = _client(session, client_id)
    return _client_draft(row), row.archived


def _client_draft(row: Client) -> ClientDraft:
    return ClientDraft(**{f.name: getattr(row, f.name) for f in fields(ClientDraft)})


def fill_client(row: Client, clean: ClientDraft) -> None:
    for f in fields(ClientDraft):
        setattr(row, f.name, getattr(clean, f.name))
    row.kana_key = search_key(clean.kana or clean.name)
    row.search_key = search_key(
        " ".join(
            (clean.name, clean.kana, clean.contact_person, clean.industry, clean.prefecture, clean.address)
        )
    )


def client_version(session: Session, client_id: int) -> int:
    return _client(session, client_id).version


def save_client(
    session: Session,
    draft: ClientDraft,
    client_id: int | None = None,
    *,
    opened: Opened[ClientDraft] | None = None,
) -> int:
    """Validates, then creates or updates; raises InvalidInput without writing anything.

    `opened` is the client as the form showed it and its version then: what another desk saved
    since is kept, and a field both changed refuses the save (ChangedMeanwhile, store/versions)."""
    clean = draft.validated()
    row = Client() if client_id is None else _client(session, client_id)
    if client_id is not None:
        from ..domain.client import FIELD_LABELS

        clean = merged(_client_draft(row), row.version, opened, clean, FIELD_LABELS)
    fill_client(row, clean)
    if client_id is None:
        row.archived = False
        session.add(row)
    session.flush()
    return row.id


class _Values:
    """Collects what a fill function sets, as the values of a row to insert."""


def new_rows(fill: Callable[[Any, Any], None], drafts: Sequence[Any]) -> list[dict[str, Any]]:
    """The values of new rows for `drafts` (an imported list), each validated first (InvalidInput);
    made with no transaction open, so a long list keeps no one waiting."""
    rows = []
    for draft in drafts:
        values = _Values()
        fill(values, draft.validated())
        rows.append({"archived": False, **vars(values)})
    return rows


def insert_rows(session: Session, model: type[Any], rows: list[dict[str, Any]]) -> None:
    """Adds prepared rows (new_rows) in one statement: tens of thousands in a fraction of a second."""
    if rows:
        session.execute(insert(model), rows)


def add_new(
    session: Session, model: type[Any], fill: Callable[[Any, Any], None], drafts: Sequence[Any]
) -> None:
    """Adds many new rows at once (an imported list), each draft validated first."""
    insert_rows(session, model, new_rows(fill, drafts))


def add_clients(session: Session, drafts: Sequence[ClientDraft]) -> None:
    """Adds many new clients at once (an imported list)."""
    add_new(session, Client, fill_client, drafts)


def set_client_archived(session: Session, client_id: int, archived: bool) -> None:
    _client(session, client_id).archived = archived


# --- consultations --------------------------------------------------------------------------


@dataclass(frozen=True)
class ConsultationRow:
    id: int
    client_id: int
    held_on: date
    place: str
    attendees: str
    notes: str
    problem_count: int
    version: int = 0
    """As read: a form saves back with it (store/versions)."""

    @property
    def draft(self) -> ConsultationDraft:
        return ConsultationDraft(self.held_on, self.place, self.attendees, self.notes)


def list_consultations(session: Session, client_id: int) -> list[ConsultationRow]:
    count = select(func.count(Problem.id)).where(Problem.consultation_id == Consultation.id).scalar_subquery()
    query = (
        select(
            Consultation.id, Consultation.client_id, Consultation.held_on, Consultation.place,
            Consultation.attendees, Consultation.notes, count, Consultation.version,
        )
        .where(Consultation.client_id == client_id)
        .order_by(Consultation.held_on.desc(), Consultation.id.desc())
    )  # fmt: skip
    return [ConsultationRow(*row) for row in session.execute(query)]


def save_consultation(
    session: Session,
    client_id: int,
    draft: ConsultationDraft,
    consultation_id: int | None = None,
    *,
    opened: Opened[ConsultationDraft] | None = None,
) -> int:
    """Validates, then creates or updates; what someone else saved since `opened` is kept, a
    field both changed refuses the save (ChangedMeanwhile, store/versions)."""
    clean = draft.validated()
    _client(session, client_id)
    if consultation_id is None:
        row = Consultation(client_id=client_id)
        session.add(row)
    else:
        found = session.get(Consultation, consultation_id)
        if found is None:
            raise NotFound()
        row = found
        stored = ConsultationDraft(row.held_on, row.place, row.attendees, row.notes)
        clean = merged(stored, row.version, opened, clean, CONSULTATION_LABELS)
    row.held_on = clean.held_on  # type: ignore[assignment]  # validated: not None
    row.place, row.attendees, row.notes = clean.place.strip(), clean.attendees.strip(), clean.notes
    session.flush()
    return row.id


def delete_consultation(session: Session, consultation_id: int) -> None:
    row = session.get(Consultation, consultation_id)
    if row is not None:
        held = [
            item.id
            for problem in row.problems
            for item in problem.work_items
            if _holds_records(session, item.id)
        ]
        if held:
            raise _kept(session, held)
        session.delete(row)


# --- problems and work items ----------------------------------------------------------------


@dataclass(frozen=True)
class ProblemRow:
    id: int
    consultation_id: int
    held_on: date
    title: str
    catalogue_id: str | None
    position: int


def list_problems(
    session: Session, *, client_id: int | None = None, consultation_id: int | None = None
) -> list[ProblemRow]:
    query = select(
        Problem.id, Problem.consultation_id, Consultation.held_on, Problem.title,
        Problem.catalogue_id, Problem.position,
    ).join(Consultation)  # fmt: skip
    if client_id is not None:
        query = query.where(Consultation.client_id == client_id)
    if consultation_id is not None:
        query = query.where(Problem.consultation_id == consultation_id)
    query = query.order_by(Consultation.held_on, Consultation.id, Problem.position, Problem.id)
    return [ProblemRow(*row) for row in session.execute(query)]


def _draft_of(row: WorkItem) -> WorkItemDraft:
    return WorkItemDraft(
        title=row.title,
        order_type=OrderType(row.order_type),
        type_reason=row.type_reason,
        category_id=row.category_id,
        deliverables=row.deliverables,
        skills=row.skills,
        hours=row.hours,
        minutes_per_item=row.minutes_per_item,
        quantity=row.quantity,
        budget_min=row.budget_min,
        budget_max=row.budget_max,
        start_date=row.start_date,
        due_date=row.due_date,
    )


def _apply(row: WorkItem, draft: WorkItemDraft) -> None:
    for f in fields(WorkItemDraft):
        value = getattr(draft, f.name)
        setattr(row, f.name, value.value if isinstance(value, OrderType) else value)


@dataclass(frozen=True)
class WorkItemRow:
    id: int
    problem_id: int
    position: int
    draft: WorkItemDraft


def list_work_items(session: Session, problem_id: int) -> list[WorkItemRow]:
    rows = session.scalars(
        select(WorkItem).where(WorkItem.problem_id == problem_id).order_by(WorkItem.position)
    )
    return [WorkItemRow(r.id, r.problem_id, r.position, _draft_of(r)) for r in rows]


def _renumber(session: Session, problem_id: int, order: list[int]) -> None:
    for position, item_id in enumerate(order):
        session.execute(update(WorkItem).where(WorkItem.id == item_id).values(position=position))


def _order(session: Session, problem_id: int) -> list[int]:
    return list(
        session.scalars(
            select(WorkItem.id)
            .where(WorkItem.problem_id == problem_id)
            .order_by(WorkItem.position, WorkItem.id)
        )
    )


def insert_work_item(
    session: Session,
    problem_id: int,
    draft: WorkItemDraft,
    position: int | None = None,
    item_id: int | None = None,
) -> int:
    """Adds a validated work item at `position` (at the end when None).

    `item_id` puts back a removed item under its old id (undo).
    """
    clean = draft.validated()
    if session.get(Problem, problem_id) is None:
        raise NotFound()
    order = _order(session, problem_id)
    row = WorkItem(problem_id=problem_id, position=len(order))
    if item_id is not None:
        row.id = item_id
    _apply(row, clean)
    session.add(row)
    session.flush()
    if position is not None and 0 <= position < len(order):
        order.insert(position, row.id)
        _renumber(session, problem_id, order)
    return row.id


def update_work_item(
    session: Session, item_id: int, draft: WorkItemDraft, *, opened: Opened[WorkItemDraft] | None = None
) -> None:
    """Validates and saves; what someone else saved since `opened` is kept, a field both changed
    refuses the save (ChangedMeanwhile, store/versions)."""
    clean = draft.validated()
    row = session.get(WorkItem, item_id)
    if row is None:
        raise NotFound()
    clean = merged(_draft_of(row), row.version, opened, clean, WORK_ITEM_LABELS)
    _apply(row, clean)
    session.flush()


def _holds_records(session: Session, item_id: int) -> bool:
    from .models import Engagement

    posted = (
        select(PostedVersion.id)
        .join(Posting, Posting.id == PostedVersion.posting_id)
        .where(Posting.work_item_id == item_id)
    )
    issued = (
        select(IssuedNotice.id)
        .join(Posting, Posting.id == IssuedNotice.posting_id)
        .where(Posting.work_item_id == item_id)
    )
    followed = select(Engagement.id).where(Engagement.work_item_id == item_id)
    return any(session.scalar(query.limit(1)) is not None for query in (posted, issued, followed))


KEPT_AFTER_END = QT_TRANSLATE_NOOP("store", "3 years after the order ends")


def _kept(session: Session, item_ids: list[int]) -> KeptRecord:
    """The refusal, saying until when: the latest retention date, or 3 years after an open order ends."""
    from .models import Engagement

    dates = list(
        session.execute(select(Engagement.keep_until).where(Engagement.work_item_id.in_(item_ids))).scalars()
    )
    return KeptRecord(until=kept_until(dates))


def kept_until(dates: Sequence[date | None]) -> str:
    """Until when records are kept: the latest retention date, or (an order still open, None)
    3 years after it ends — a phrase translated where it is shown."""
    if dates and all(d is not None for d in dates):
        return max(d for d in dates if d is not None).strftime("%Y/%m/%d")
    return KEPT_AFTER_END


def delete_work_item(session: Session, item_id: int) -> WorkItemRow:
    """Removes the item and returns it as it was, so it can be put back (undo)."""
    row = session.get(WorkItem, item_id)
    if row is None:
        raise NotFound()
    if _holds_records(session, item_id):
        raise _kept(session, [item_id])
    kept = WorkItemRow(row.id, row.problem_id, row.position, _draft_of(row))
    session.delete(row)
    session.flush()
    _renumber(session, kept.problem_id, _order(session, kept.problem_id))
    return kept


def move_work_item(session: Session, item_id: int, position: int) -> None:
    row = session.get(WorkItem, item_id)
    if row is None:
        raise NotFound()
    order = _order(session, row.problem_id)
    order.remove(item_id)
    order.insert(max(0, min(position, len(order))), item_id)
    _renumber(session, row.problem_id, order)


def add_problem(
    session: Session,
    consultation_id: int,
    title: str,
    *,
    catalogue_id: str | None = None,
    items: list[WorkItemDraft] | tuple[WorkItemDraft, ...] = (),
    problem_id: int | None = None,
    position: int | None = None,
) -> int:
    """Records a problem heard in a consultation, with its proposed work items."""
    title = check_problem_title(title)
    clean_items = [item.validated() for item in items]
    if session.get(Consultation, consultation_id) is None:
        raise NotFound()
    if position is None:
        position = session.scalar(
            select(func.count(Problem.id)).where(Problem.consultation_id == consultation_id)
        )
    row = Problem(consultation_id=consultation_id, title=title, catalogue_id=catalogue_id,
                  position=position or 0)  # fmt: skip
    if problem_id is not None:
        row.id = problem_id
    session.add(row)
    session.flush()
    for index, item in enumerate(clean_items):
        work = WorkItem(problem_id=row.id, position=index)
        _apply(work, item)
        session.add(work)
    session.flush()
    return row.id


@dataclass(frozen=True)
class RemovedProblem:
    row: ProblemRow
    items: tuple[WorkItemRow, ...]


def remove_problem(session: Session, problem_id: int) -> RemovedProblem:
    """Removes a problem and its work items; returns them so they can be put back."""
    row = session.get(Problem, problem_id)
    if row is None:
        raise NotFound()
    kept = RemovedProblem(
        ProblemRow(row.id, row.consultation_id, row.consultation.held_on, row.title,
                   row.catalogue_id, row.position),
        tuple(list_work_items(session, problem_id)),
    )  # fmt: skip
    held = [item.id for item in kept.items if _holds_records(session, item.id)]
    if held:
        raise _kept(session, held)
    session.delete(row)
    session.flush()
    return kept


def restore_problem(session: Session, removed: RemovedProblem) -> None:
    r = removed.row
    add_problem(session, r.consultation_id, r.title, catalogue_id=r.catalogue_id,
                problem_id=r.id, position=r.position)  # fmt: skip
    for item in removed.items:
        insert_work_item(session, r.id, item.draft, item_id=item.id)


# --- totals and documents -------------------------------------------------------------------


def budget_by_problem(session: Session, client_id: int) -> dict[int, Budget]:
    query = (
        select(
            Problem.id,
            func.coalesce(func.sum(WorkItem.budget_min), 0),
            func.coalesce(func.sum(WorkItem.budget_max), 0),
        )
        .join(Consultation, Problem.consultation_id == Consultation.id)
        .outerjoin(WorkItem, WorkItem.problem_id == Problem.id)
        .where(Consultation.client_id == client_id)
        .group_by(Problem.id)
    )
    return {pid: Budget(int(low or 0), int(high or 0)) for pid, low, high in session.execute(query)}


def client_budget(session: Session, client_id: int) -> Budget:
    out = Budget()
    for budget in budget_by_problem(session, client_id).values():
        out = out + budget
    return out


def count_clients(session: Session) -> int:
    return session.scalar(select(func.count(Client.id))) or 0


def proposal_data(
    session: Session,
    client_id: int,
    catalogue: Catalogue | None,
    issued_on: date,
    *,
    producer_rate: Decimal | None = None,
    valid_days: int = DEFAULT_VALID_DAYS,
) -> ProposalData:
    """Everything the proposal and the budget show for one client, as plain data: each problem
    with the consultation it was heard in (the client's words) and each item's platform fee terms
    (fee_terms_for: the platform named on its posting, its orderer's fee from the platform register
    in force on the day the proposal is issued)."""
    client = _client(session, client_id)
    problems = []
    hearings: dict[int, Hearing] = {}
    for problem in list_problems(session, client_id=client_id):
        rows = list_work_items(session, problem.id)
        orders = ordered_items(session, [row.id for row in rows])
        ordered = tuple(orders[row.id] for row in rows if row.id in orders)
        rows = [row for row in rows if row.id not in orders]
        items = tuple(row.draft for row in rows)
        caution = description = ""
        if catalogue and problem.catalogue_id:
            entry = catalogue.problem(problem.catalogue_id)
            caution = entry.caution if entry else ""
            description = entry.description if entry else ""
        if problem.consultation_id not in hearings:
            held = session.get(Consultation, problem.consultation_id)
            hearings[problem.consultation_id] = Hearing(
                problem.consultation_id, problem.held_on, held.place if held else "",
                held.attendees if held else "", held.notes if held else "",
            )  # fmt: skip
        terms = fee_terms_for(session, [row.id for row in rows], issued_on)
        problems.append(ProblemBreakdown(problem.title, problem.held_on, items, caution, description,
                                         hearings[problem.consultation_id], terms, ordered))  # fmt: skip
    names = {c.id: c.name_ja for c in catalogue.categories} if catalogue else {}
    return ProposalData(
        client=ClientSummary(
            id=client.id,
            name=client.name,
            industry=client.industry,
            prefecture=client.prefecture,
            address=client.address,
            contact_person=client.contact_person,
            employees=client.employees,
        ),
        producer=load_producer(session),
        issued_on=issued_on,
        problems=tuple(problems),
        category_names=names,
        producer_rate=producer_rate,
        valid_days=valid_days,
    )


NOT_ORDERED = ("draft", "cancelled")
"""An order in these states is not (or no longer) ordered: its work item is still planned."""


def ordered_items(session: Session, item_ids: list[int]) -> dict[int, OrderedItem]:
    """The work items among `item_ids` already ordered — posted on a platform, or paid into escrow
    before posting, and not cancelled — with their order's state, the day it left the draft and the
    day it reached its state."""
    if not item_ids:
        return {}
    rows = session.execute(
        select(Engagement.id, Engagement.work_item_id, Engagement.state, Engagement.state_since)
        .where(Engagement.work_item_id.in_(item_ids), Engagement.state.not_in(NOT_ORDERED))
    ).all()
    if not rows:
        return {}
    left_draft = dict(session.execute(
        select(StateChange.engagement_id, func.min(StateChange.on))
        .where(StateChange.engagement_id.in_([r.id for r in rows]), StateChange.from_state == "draft")
        .group_by(StateChange.engagement_id)
    ).all())  # fmt: skip
    drafts = {w.id: _draft_of(w) for w in session.scalars(
        select(WorkItem).where(WorkItem.id.in_([r.work_item_id for r in rows])))}  # fmt: skip
    found = {}
    for r in rows:
        found[r.work_item_id] = OrderedItem(drafts[r.work_item_id], r.state,
                                            left_draft.get(r.id) or r.state_since, r.state_since)  # fmt: skip
    return found


def fee_terms_for(session: Session, item_ids: list[int], on: date | None = None) -> tuple[FeeTerms, ...]:
    """The platform fee terms of each work item, in order: the platform named on its posting (or
    where it was last posted), with the orderer's fee the platform register holds in force on `on`
    (today when not given). A range of rates is costed at its top (the client's budget is not
    understated); a rate nobody recorded stays unknown (未確認)."""
    from decimal import Decimal

    from .platforms import register

    if not item_ids:
        return ()
    named: dict[int, str] = {}
    for item_id, order_json in session.execute(
        select(Posting.work_item_id, Posting.order_json).where(Posting.work_item_id.in_(item_ids))
    ):
        try:
            platform = json.loads(order_json).get("platform") or ""
        except (ValueError, AttributeError):
            platform = ""
        if platform:
            named[item_id] = platform
    posted = select(Posting.work_item_id, PostedVersion.platform).join(
        PostedVersion, PostedVersion.posting_id == Posting.id
    ).where(Posting.work_item_id.in_(item_ids)).order_by(PostedVersion.posted_on, PostedVersion.id)
    for item_id, platform in session.execute(posted):
        if platform and item_id not in named:
            named[item_id] = platform
    known = register(session)
    day = on or date.today()

    def terms(item_id: int) -> FeeTerms:
        if item_id not in named:
            return FeeTerms("")
        platform = known.get(named[item_id])
        fee = known.fee_terms(platform.id, day).orderer
        rate = None
        if fee is not None and fee.rate_low is not None:
            rate = (fee.rate_high if fee.rate_high is not None else fee.rate_low) / Decimal(100)
        return FeeTerms(platform.name("ja"), rate, fee.minimum_yen if fee is not None else None,
                        fee.as_of if fee is not None else None)  # fmt: skip

    return tuple(terms(i) for i in item_ids)


def order_for_work_item(session: Session, item_id: int) -> Order:
    """A work item, its problem's client as orderer, as an order (csp-desk.order/1).

    The posting text itself is written later in the posting editor, so `description` is empty
    here and the checker says so.
    """
    row = session.get(WorkItem, item_id)
    if row is None:
        raise NotFound()
    client = row.problem.consultation.client
    orderer = Orderer(
        name=client.name,
        address=client.address,
        contact=client.email or client.phone,
        prefecture=client.prefecture,
        has_employees=None if client.employees is None else client.employees > 0,
        employee_count=client.employees,
        capital_yen=client.capital,
        corporate_number=client.corporate_number,
    )
    return draft_order(_draft_of(row), orderer)


def with_client_size(order: Order, employees: int | None, capital: int | None) -> Order:
    """The posting's orderer with the client record's 従業員数 and 資本金 where the posting has none
    (a posting drafted before they were recorded, or saved with them empty); values the producer
    typed into the posting are kept."""
    o = order.orderer
    if o.employee_count is None and employees is not None:
        has_employees = True if o.has_employees is True else employees > 0
        o = replace(o, employee_count=employees, has_employees=has_employees)
    if o.capital_yen is None and capital is not None:
        o = replace(o, capital_yen=capital)
    return order if o is order.orderer else replace(order, orderer=o)


# --- postings ------------------------------------------------------------------------------


def _posting(session: Session, work_item_id: int) -> Posting | None:
    return session.scalar(select(Posting).where(Posting.work_item_id == work_item_id))


def has_posting(session: Session, work_item_id: int) -> bool:
    """Whether a posting was drafted and saved for the work item (else one is made up from it)."""
    return _posting(session, work_item_id) is not None


def _order_json(order: Order) -> str:
    return json.dumps(order_to_json(order), ensure_ascii=False, sort_keys=True)


def load_posting(
    session: Session, work_item_id: int, catalogue: Catalogue | None = None, *, agreed: bool = True
) -> Order:
    """The posting drafted for a work item, or a first draft made from the work item (with its
    category's usual specification when the catalogue is given). `agreed`: the terms recorded on
    the Orders page fill what the posting's contract leaves empty (as the editor shows it); without,
    the posting exactly as the producer wrote it (what a terms notice is checked against)."""
    row = _posting(session, work_item_id)
    if row is None:
        order = order_for_work_item(session, work_item_id)
        category = catalogue.category(order.category) if catalogue is not None else None
        order = with_templates(order, category)
    else:
        item = session.get(WorkItem, work_item_id)
        assert item is not None  # the posting's foreign key holds it
        client = item.problem.consultation.client
        order = with_client_size(parse_order(json.loads(row.order_json)), client.employees, client.capital)
    return with_agreed_terms(order, _agreed(session, work_item_id)) if agreed else order


def recorded_contracts(session: Session, work_item_id: int) -> list[RecordedContract]:
    """The contracts recorded on the Orders page for a work item (several for a task), oldest
    first, with their workers, as plain values a terms notice is built from. The amount is the
    one in force: the contract's plus the price changes recorded since (an amended notice states
    it, as the payment set up at acceptance does)."""
    from .models import ContractChange

    changed = (
        select(func.coalesce(func.sum(ContractChange.amount_delta), 0))
        .where(ContractChange.contract_id == WorkContract.id)
        .scalar_subquery()
    )
    last_change = (
        select(func.max(ContractChange.changed_on))
        .where(ContractChange.contract_id == WorkContract.id)
        .scalar_subquery()
    )
    rows = session.execute(
        select(WorkContract, Worker, changed, last_change)
        .join(Engagement, Engagement.id == WorkContract.engagement_id)
        .join(Worker, Worker.id == WorkContract.worker_id)
        .where(Engagement.work_item_id == work_item_id)
        .order_by(WorkContract.id)
    )
    out = []
    for contract, worker, delta, last in rows:
        kind = worker.kind if worker.kind in ("individual", "corporation") else None
        out.append(RecordedContract(
            id=contract.id,
            worker=OrderWorker(worker.name, kind, worker.has_employees, worker.prefecture,
                               worker.invoice_number),
            contracted_on=contract.contracted_on, amount=max(0, contract.amount + int(delta or 0)),
            taxable=contract.taxable,
            withheld=contract.withheld, free_rounds=contract.free_rounds,
            delivery_due=contract.delivery_due, inspection_due=contract.inspection_due,
            payment_due=contract.payment_due, period_end=contract.period_end,
            changed_on=last,  # max() of a Date column comes back a date
        ))  # fmt: skip
    return out


def contact_person(session: Session, work_item_id: int) -> str:
    """The client's person in charge (担当者) for the issuer block of a document."""
    item = session.get(WorkItem, work_item_id)
    if item is None:
        raise NotFound()
    return item.problem.consultation.client.contact_person.strip()


def _agreed(session: Session, work_item_id: int) -> RecordedContract | None:
    """The contract recorded on the Orders page for the work item, if it has one, with the amount
    in force (price changes included). A task's several workers each have their own terms: none of
    them is the posting's (each notice is built from the contract chosen when it is issued)."""
    contracts = recorded_contracts(session, work_item_id)
    return contracts[0] if len(contracts) == 1 else None


def with_agreed_terms(order: Order, contract: RecordedContract | None) -> Order:
    """The terms notice starts from what was agreed and recorded on the Orders page: the chosen
    worker and the contract's date, amount (in force), delivery and payment dates fill what the
    posting's contract leaves empty; what the producer typed into the posting is kept."""
    if contract is None:
        return order
    worker = contract.worker
    mine = order.contract or OrderContract()
    agreed = replace(
        mine,
        contracted_on=mine.contracted_on or contract.contracted_on,
        amount=mine.amount if mine.amount is not None else contract.amount,
        delivery_due=mine.delivery_due or contract.delivery_due,
        inspection_due=mine.inspection_due or contract.inspection_due,
        payment_due=mine.payment_due or contract.payment_due,
    )
    named = order.worker if order.worker is not None and order.worker.name else worker
    return replace(order, contract=agreed, worker=named)


def save_posting(session: Session, work_item_id: int, order: Order) -> int:
    if session.get(WorkItem, work_item_id) is None:
        raise NotFound()
    row = _posting(session, work_item_id) or Posting(work_item_id=work_item_id)
    row.order_json = _order_json(order)
    session.add(row)
    session.flush()
    return row.id


def save_posting_since(
    session: Session,
    work_item_id: int,
    order: Order,
    record: PostingRecord,
    base: tuple[Order, PostingRecord],
) -> tuple[Order, PostingRecord]:
    """Saves the draft and its record as the editor has them, `base` being what it showed (as
    load_posting and load_record read it): what someone else saved since is kept, a field both
    changed refuses the save (ChangedMeanwhile, store/versions). Returns what was saved."""
    from ..domain.orders import ORDER_LABELS
    from ..domain.posting_record import RECORD_LABELS

    if _posting(session, work_item_id) is not None:
        stored = load_posting(session, work_item_id), load_record(session, work_item_id)
        order = merged(stored[0], None, Opened(base[0], None), order, ORDER_LABELS)
        record = merged(stored[1], None, Opened(base[1], None), record, RECORD_LABELS)
    save_posting(session, work_item_id, order)
    save_record(session, work_item_id, record)
    return order, record


def load_record(session: Session, work_item_id: int) -> PostingRecord:
    """The posting's circumstances, with what other records say filled in for the checker:
    the client's and the producer's names and the day a posted version changed the terms."""
    item = session.get(WorkItem, work_item_id)
    if item is None:
        raise NotFound()
    row = _posting(session, work_item_id)
    record = parse_record(json.loads(row.record_json)) if row is not None else PostingRecord()
    producer = load_producer(session)
    changed_on = None
    if row is not None:
        versions = session.execute(
            select(PostedVersion.sha256, PostedVersion.posted_on)
            .where(PostedVersion.posting_id == row.id).order_by(PostedVersion.id)
        ).all()  # fmt: skip
        for before, after in itertools.pairwise(versions):
            if before.sha256 != after.sha256:
                changed_on = after.posted_on
    return replace(record, client_name=item.problem.consultation.client.name,
                   producer_name=producer.organisation.strip() or producer.name.strip(),
                   terms_changed_on=changed_on)  # fmt: skip


def save_record(session: Session, work_item_id: int, record: PostingRecord) -> None:
    """Saves the circumstances with the posting (creating its draft from the work item if needed)."""
    row = _posting(session, work_item_id)
    if row is None:
        row = session.get(Posting, save_posting(session, work_item_id, load_posting(session, work_item_id)))
        assert row is not None
    row.record_json = json.dumps(record_to_json(record), ensure_ascii=False, sort_keys=True)
    session.flush()


@dataclass(frozen=True)
class PostedVersionRow:
    id: int
    text: str
    sha256: str
    platform: str
    url: str
    posted_on: date


def record_posted_version(
    session: Session, work_item_id: int, order: Order, *, platform: str, url: str, posted_on: date
) -> int:
    """Keeps the posting text as it went out; later edits make a new version, never change this."""
    posting_id = save_posting(session, work_item_id, order)
    text = posting_text(order)
    row = PostedVersion(posting_id=posting_id, text=text, sha256=text_hash(text),
                        order_json=_order_json(order), platform=platform.strip(),
                        url=url.strip(), posted_on=posted_on)  # fmt: skip
    session.add(row)
    session.flush()
    return row.id


def list_posted_versions(session: Session, work_item_id: int) -> list[PostedVersionRow]:
    row = _posting(session, work_item_id)
    if row is None:
        return []
    query = (
        select(PostedVersion.id, PostedVersion.text, PostedVersion.sha256, PostedVersion.platform,
               PostedVersion.url, PostedVersion.posted_on)
        .where(PostedVersion.posting_id == row.id)
        .order_by(PostedVersion.id)
    )  # fmt: skip
    return [PostedVersionRow(*r) for r in session.execute(query)]


def set_override(session: Session, work_item_id: int, rule_id: str, severity: Severity, reason: str) -> None:
    """Records why a warning or info does not apply; refuses errors and empty reasons."""
    problem = override_problem(severity, rule_id, reason)
    if problem is not None:
        raise InvalidInput([FieldError("reason", problem, {"rule": rule_id}, context="rules")])
    posting_id = save_posting(session, work_item_id, load_posting(session, work_item_id))
    row = session.scalar(
        select(FindingOverride).where(FindingOverride.posting_id == posting_id,
                                      FindingOverride.rule == rule_id)
    ) or FindingOverride(posting_id=posting_id, rule=rule_id)  # fmt: skip
    row.reason = reason.strip()
    session.add(row)


def overrides(session: Session, work_item_id: int) -> dict[str, str]:
    row = _posting(session, work_item_id)
    if row is None:
        return {}
    query = select(FindingOverride.rule, FindingOverride.reason).where(FindingOverride.posting_id == row.id)
    return {rule_id: reason for rule_id, reason in session.execute(query)}


def record_issued_notice(
    session: Session,
    work_item_id: int,
    order: Order,
    content: bytes,
    file_name: str,
    issued_on: date,
    *,
    given_on: date | None = None,
    channel: str = "",
    work_contract_id: int | None = None,
) -> int:
    """Keeps a notice as issued: written on `issued_on`, given to the worker on `given_on` (the
    same day when not said) by `channel`, built from the recorded contract `work_contract_id`.
    The posting itself is not changed: the notice states one contract (one of a task's workers),
    the posting stays what was posted."""
    posting = _posting(session, work_item_id)
    posting_id = posting.id if posting is not None else save_posting(session, work_item_id, order)
    row = IssuedNotice(posting_id=posting_id, issued_on=issued_on, file_name=file_name,
                       content=content, sha256=hashlib.sha256(content).hexdigest(),
                       order_json=_order_json(order), given_on=given_on or issued_on,
                       channel=channel, work_contract_id=work_contract_id)  # fmt: skip
    session.add(row)
    session.flush()
    return row.id


def issued_notice_intact(session: Session, notice_id: int) -> bool:
    """True while the stored document still matches the hash taken when it was issued."""
    row = session.get(IssuedNotice, notice_id)
    if row is None:
        raise NotFound()
    return hashlib.sha256(row.content).hexdigest() == row.sha256


NOTICE_ALTERED = QT_TRANSLATE_NOOP(
    "store", "The stored terms notice no longer matches the hash taken when it was issued; it was altered."
)


@dataclass(frozen=True)
class IssuedNoticeRow:
    id: int
    work_item_id: int
    issued_on: date
    file_name: str
    sha256: str
    given_on: date | None = None
    channel: str = ""
    work_contract_id: int | None = None
    contracted_on: date | None = None
    worker: str = ""

    @property
    def days_late(self) -> int:
        """Days after the commissioning it was given (0: in time; CONT-03 asks for the same day)."""
        return days_late(self.contracted_on, self.given_on)


def list_issued_notices(session: Session, work_item_id: int | None = None) -> list[IssuedNoticeRow]:
    query = (
        select(
            IssuedNotice.id,
            Posting.work_item_id,
            IssuedNotice.issued_on,
            IssuedNotice.file_name,
            IssuedNotice.sha256,
            IssuedNotice.given_on,
            IssuedNotice.channel,
            IssuedNotice.work_contract_id,
            WorkContract.contracted_on,
            func.coalesce(Worker.name, ""),
        )
        .join(Posting, Posting.id == IssuedNotice.posting_id)
        .outerjoin(WorkContract, WorkContract.id == IssuedNotice.work_contract_id)
        .outerjoin(Worker, Worker.id == WorkContract.worker_id)
        .order_by(IssuedNotice.id)
    )
    if work_item_id is not None:
        query = query.where(Posting.work_item_id == work_item_id)
    return [
        IssuedNoticeRow(id=r[0], work_item_id=r[1], issued_on=r[2], file_name=r[3], sha256=r[4],
                        given_on=r[5], channel=r[6], work_contract_id=r[7], contracted_on=r[8], worker=r[9])
        for r in session.execute(query)
    ]  # fmt: skip


def issued_notice_content(session: Session, notice_id: int) -> bytes:
    """The document exactly as it was issued; refused (InvalidInput) when it was altered."""
    row = session.get(IssuedNotice, notice_id)
    if row is None:
        raise NotFound()
    if hashlib.sha256(row.content).hexdigest() != row.sha256:
        raise InvalidInput([FieldError("notice", NOTICE_ALTERED, context="store")])
    return row.content
