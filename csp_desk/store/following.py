"""Following orders after posting: workers, engagements and their life cycle, applications,
contracts, escrow, deliveries, revisions, changes, payments, ratings, contacts and troubles.

Every write that moves an engagement checks the step with `domain.lifecycle` first and records
the dated state change in the same transaction, so the data and the state never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, select
from sqlalchemy.orm import Session

from ..domain import followup
from ..domain.followup import TROUBLE_CATEGORIES
from ..domain.lifecycle import FINISHED, State, step
from ..domain.money import Settled, category_is_withheld, settle
from ..domain.order_types import OrderType
from ..domain.platforms import name_ja
from ..domain.progress import ProgressData
from ..domain.rules.contract import add_months, latest_lawful_payment_date
from ..domain.text import QT_TRANSLATE_NOOP, FieldError, InvalidInput, search_key
from ..domain.values import order_amount_errors
from ..domain.worker import RATING_POINTS, WorkerDraft, rating_errors
from .errors import NotFound
from .models import (
    Application,
    Client,
    Consultation,
    ContactEntry,
    ContractChange,
    Delivery,
    Engagement,
    IssuedNotice,
    Milestone,
    Problem,
    Rating,
    RevisionRequest,
    StateChange,
    Trouble,
    WorkContract,
    Worker,
    WorkItem,
    WorkPayment,
)

NOT_NOW = QT_TRANSLATE_NOOP("following", "This cannot be recorded while the order is “{state}”.")
NEGATIVE = QT_TRANSLATE_NOOP("validation", "An amount cannot be negative.")
ALREADY = QT_TRANSLATE_NOOP("following", "This work item is already being followed.")


# --- workers -------------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkerRow:
    id: int
    draft: WorkerDraft
    archived: bool


@dataclass(frozen=True)
class WorkerListRow:
    id: int
    name: str
    platform: str
    prefecture: str
    kind: str
    skills: str
    orders: int
    rating: float | None


def apply_worker(row: Worker, draft: WorkerDraft) -> None:
    for f in fields(WorkerDraft):
        setattr(row, f.name, getattr(draft, f.name))
    row.search_key = search_key(
        " ".join((draft.name, draft.kana, draft.skills, draft.platform, name_ja(draft.platform),
                  draft.prefecture))
    )
    row.kana_key = search_key(draft.kana or draft.name)


def create_worker(session: Session, draft: WorkerDraft) -> int:
    clean = draft.validated()
    row = Worker()
    apply_worker(row, clean)
    session.add(row)
    session.flush()
    return row.id


def add_workers(session: Session, drafts: Sequence[WorkerDraft]) -> None:
    """Adds many new workers at once (an imported list)."""
    from .repo import add_new

    add_new(session, Worker, apply_worker, drafts)


def update_worker(session: Session, worker_id: int, draft: WorkerDraft) -> None:
    clean = draft.validated()
    row = session.get(Worker, worker_id)
    if row is None:
        raise NotFound()
    apply_worker(row, clean)
    session.flush()


def get_worker(session: Session, worker_id: int) -> WorkerRow:
    row = session.get(Worker, worker_id)
    if row is None:
        raise NotFound()
    draft = WorkerDraft(**{f.name: getattr(row, f.name) for f in fields(WorkerDraft)})
    return WorkerRow(row.id, draft, row.archived)


def set_worker_archived(session: Session, worker_id: int, archived: bool) -> None:
    row = session.get(Worker, worker_id)
    if row is None:
        raise NotFound()
    row.archived = archived
    session.flush()


def _average_rating() -> ColumnElement[float]:
    points = sum((getattr(Rating, p) for p in RATING_POINTS), start=0)
    return func.avg(points * 1.0 / len(RATING_POINTS))


WORKER_SORTS = ("name", "platform", "prefecture", "orders", "rating")


def _worker_filter(query: Select[Any], search: str, include_archived: bool) -> Select[Any]:
    if not include_archived:
        query = query.where(Worker.archived.is_(False))
    for word in search_key(search).split():
        query = query.where(func.instr(Worker.search_key, word) > 0)
    return query


def count_workers(session: Session, search: str = "", include_archived: bool = False) -> int:
    query = _worker_filter(select(func.count(Worker.id)), search, include_archived)
    return int(session.scalar(query) or 0)


def list_workers(
    session: Session,
    search: str = "",
    *,
    offset: int = 0,
    limit: int = 200,
    sort: str = "name",
    descending: bool = False,
    include_archived: bool = False,
) -> list[WorkerListRow]:
    """One page of the worker register, sorted and filtered in SQL."""
    orders = (
        select(func.count(WorkContract.id))
        .where(WorkContract.worker_id == Worker.id)
        .correlate(Worker)
        .scalar_subquery()
    )
    rating = (
        select(_average_rating())
        .join(WorkContract, WorkContract.id == Rating.contract_id)
        .where(WorkContract.worker_id == Worker.id)
        .correlate(Worker)
        .scalar_subquery()
    )
    keys = {
        "name": Worker.kana_key,
        "platform": Worker.platform,
        "prefecture": Worker.prefecture,
        "orders": orders,
        "rating": rating,
    }
    key = keys.get(sort, Worker.kana_key)
    query = select(
        Worker.id,
        Worker.name,
        Worker.platform,
        Worker.prefecture,
        Worker.kind,
        func.substr(Worker.skills, 1, 80),
        orders,
        rating,
    )
    query = _worker_filter(query, search, include_archived)
    order = key.desc() if descending else key.asc()
    query = query.order_by(order, Worker.id).offset(offset).limit(limit)
    return [WorkerListRow(*r) for r in session.execute(query)]


@dataclass(frozen=True)
class HistoryRow:
    contract_id: int
    client: str
    work_item: str
    contracted_on: date
    amount: int
    state: str
    rating: float | None


def worker_history(session: Session, worker_id: int) -> list[HistoryRow]:
    """Every contract of the worker, newest first, with its order's state and the rating given."""
    rating = (
        select(_average_rating())
        .where(Rating.contract_id == WorkContract.id)
        .correlate(WorkContract)
        .scalar_subquery()
    )
    query = (
        select(
            WorkContract.id,
            Client.name,
            WorkItem.title,
            WorkContract.contracted_on,
            WorkContract.amount,
            Engagement.state,
            rating,
        )
        .join(Engagement, Engagement.id == WorkContract.engagement_id)
        .join(WorkItem, WorkItem.id == Engagement.work_item_id)
        .join(Client, Client.id == Engagement.client_id)
        .where(WorkContract.worker_id == worker_id)
        .order_by(WorkContract.contracted_on.desc(), WorkContract.id.desc())
    )
    return [HistoryRow(*r) for r in session.execute(query)]


# --- engagements and their steps -----------------------------------------------------------


def _engagement(session: Session, engagement_id: int) -> Engagement:
    row = session.get(Engagement, engagement_id)
    if row is None:
        raise NotFound()
    return row


def _move(session: Session, row: Engagement, target: State, on: date, note: str = "") -> None:
    """Takes one step of the life cycle (raises StepRefused) and records it, dated."""
    current = State(row.state)
    step(OrderType(row.order_type), current, target, note)
    session.add(
        StateChange(
            engagement_id=row.id, from_state=current.value, to_state=target.value, on=on, note=note.strip()
        )
    )
    row.state, row.state_since = target.value, on
    if target is State.CANCELLED:
        row.cancel_reason = note.strip()
    if target in FINISHED:
        row.keep_until = add_months(on, 12 * RETENTION_YEARS)
    session.flush()


RETENTION_YEARS = 3
"""Records of an order are kept this long after it ends (telework guideline 文書保存; REC-01)."""


def start_engagement(session: Session, work_item_id: int, on: date) -> int:
    """Starts following a work item as an order, in the first state of its order type."""
    item = session.get(WorkItem, work_item_id)
    if item is None:
        raise NotFound()
    if session.scalar(select(Engagement.id).where(Engagement.work_item_id == work_item_id)) is not None:
        raise InvalidInput([FieldError("work_item", ALREADY, context="following")])
    client_id = session.scalar(
        select(Consultation.client_id)
        .join(Problem, Problem.consultation_id == Consultation.id)
        .where(Problem.id == item.problem_id)
    )
    assert client_id is not None
    row = Engagement(
        work_item_id=work_item_id,
        client_id=client_id,
        order_type=item.order_type,
        state=State.DRAFT.value,
        state_since=on,
    )
    session.add(row)
    session.flush()
    return row.id


def engagement_of(session: Session, work_item_id: int) -> int | None:
    return session.scalar(select(Engagement.id).where(Engagement.work_item_id == work_item_id))


def take_step(session: Session, engagement_id: int, target: State, on: date, note: str = "") -> None:
    """A step with no data of its own (post, close, cancel with its reason, start work …)."""
    _move(session, _engagement(session, engagement_id), target, on, note)


def _refuse(row: Engagement) -> InvalidInput:
    from ..domain.lifecycle import LABELS

    return InvalidInput(
        [FieldError("state", NOT_NOW, {"state": LABELS[State(row.state)]}, context="following")]
    )


def _not_negative(*amounts: int | None) -> None:
    if any(a is not None and a < 0 for a in amounts):
        raise InvalidInput([FieldError("amount", NEGATIVE)])


# --- applications --------------------------------------------------------------------------


@dataclass(frozen=True)
class ApplicationRow:
    id: int
    worker_id: int
    worker: str
    received_on: date
    amount: int | None
    delivery_on: date | None
    score: int | None
    notes: str
    status: str
    items_submitted: int
    items_approved: int
    items_rejected: int


_RECEIVING = {
    OrderType.PROJECT: (State.POSTED, State.PROPOSALS),
    OrderType.COMPETITION: (State.POSTED, State.ENTRIES),
    OrderType.TASK: (State.POSTED, State.APPROVAL),
}


class AlreadyApplied(Exception):
    """The worker already has an application on this order (one per worker and order): the
    producer decides whether the new one replaces it (`add_application(..., replace_earlier=True)`)."""

    def __init__(self, earlier: ApplicationRow):
        super().__init__(f"{earlier.worker} already applied on {earlier.received_on} (#{earlier.id})")
        self.earlier = earlier


def earlier_application(session: Session, engagement_id: int, worker_id: int) -> ApplicationRow | None:
    """The worker's application on this order, if they already sent one."""
    return next((a for a in list_applications(session, engagement_id) if a.worker_id == worker_id), None)


def add_application(
    session: Session,
    engagement_id: int,
    worker_id: int,
    received_on: date,
    *,
    amount: int | None = None,
    delivery_on: date | None = None,
    score: int | None = None,
    notes: str = "",
    items_submitted: int = 0,
    replace_earlier: bool = False,
) -> int:
    """Records a proposal, an entry or a task submission; the first one moves the order on.

    A worker applies once to an order: a second application raises AlreadyApplied, or, with
    `replace_earlier`, replaces the terms of the first (its id is returned). A quote above
    MAX_ORDER_YEN is refused as a slip of the keyboard."""
    row = _engagement(session, engagement_id)
    order_type = OrderType(row.order_type)
    if State(row.state) not in _RECEIVING[order_type]:
        raise _refuse(row)
    _not_negative(amount, items_submitted)
    errors = order_amount_errors("amount", amount)
    if errors:
        raise InvalidInput(errors)
    worker = session.get(Worker, worker_id)
    if worker is None:
        raise NotFound()
    found = earlier_application(session, engagement_id, worker_id)
    if found is not None:
        if not replace_earlier:
            raise AlreadyApplied(found)
        earlier = session.get(Application, found.id)
        assert earlier is not None
        earlier.received_on, earlier.amount, earlier.delivery_on = received_on, amount, delivery_on
        earlier.score, earlier.notes = score, notes.strip()
        earlier.items_submitted = max(earlier.items_submitted, items_submitted)
        session.flush()
        return earlier.id
    application = Application(
        engagement_id=engagement_id,
        worker_id=worker_id,
        received_on=received_on,
        amount=amount,
        delivery_on=delivery_on,
        score=score,
        notes=notes.strip(),
        items_submitted=items_submitted,
    )
    session.add(application)
    if row.state == State.POSTED.value and order_type is not OrderType.TASK:
        _move(
            session, row, State.PROPOSALS if order_type is OrderType.PROJECT else State.ENTRIES, received_on
        )
    session.flush()
    return application.id


def score_application(session: Session, application_id: int, score: int | None, notes: str) -> None:
    row = session.get(Application, application_id)
    if row is None:
        raise NotFound()
    row.score, row.notes = score, notes.strip()
    session.flush()


def record_task_items(
    session: Session, application_id: int, approved: int, rejected: int, rejected_without_reason: int = 0
) -> None:
    """Approvals and rejections of one worker's task submissions."""
    row = session.get(Application, application_id)
    if row is None:
        raise NotFound()
    _not_negative(approved, rejected, rejected_without_reason)
    row.items_approved, row.items_rejected = approved, rejected
    row.items_rejected_without_reason = rejected_without_reason
    row.items_submitted = max(row.items_submitted, approved + rejected)
    session.flush()


def list_applications(session: Session, engagement_id: int) -> list[ApplicationRow]:
    """The applications side by side: cheapest first, then earliest delivery."""
    query = (
        select(
            Application.id,
            Application.worker_id,
            Worker.name,
            Application.received_on,
            Application.amount,
            Application.delivery_on,
            Application.score,
            Application.notes,
            Application.status,
            Application.items_submitted,
            Application.items_approved,
            Application.items_rejected,
        )
        .join(Worker, Worker.id == Application.worker_id)
        .where(Application.engagement_id == engagement_id)
        .order_by(Application.amount.is_(None), Application.amount, Application.delivery_on, Application.id)
    )
    return [ApplicationRow(*tuple(r)) for r in session.execute(query)]


@dataclass(frozen=True)
class Terms:
    """What is agreed with a chosen worker; pre-filled from the posting and the proposal."""

    contracted_on: date
    amount: int
    delivery_due: date | None = None
    inspection_due: date | None = None
    payment_due: date | None = None
    period_end: date | None = None
    free_rounds: int | None = None
    taxable: bool = True
    notes: str = ""


def proposed_terms(session: Session, application_id: int, on: date) -> Terms:
    """The terms to agree, pre-filled: price and delivery from the proposal, the rest (free
    revision rounds, payment date, tax) from the posting as it was drafted."""
    from .repo import load_posting

    application = session.get(Application, application_id)
    if application is None:
        raise NotFound()
    row = _engagement(session, application.engagement_id)
    order = load_posting(session, row.work_item_id)
    agreed = order.contract
    reward = order.reward
    amount = application.amount or (agreed.amount if agreed else None) or reward.amount or reward.max or 0
    delivery = application.delivery_on or (agreed.delivery_due if agreed else None) or order.due
    return Terms(
        contracted_on=on,
        amount=amount,
        delivery_due=delivery,
        payment_due=agreed.payment_due if agreed else None,
        free_rounds=order.revisions.free_rounds,
        taxable=reward.tax != "included",
    )


def select_application(session: Session, application_id: int, terms: Terms) -> int:
    """Chooses an application: its worker's contract is made and the order moves on (selection
    of a competition entry is the commissioning, so the terms notice is due then)."""
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound()
    _not_negative(terms.amount, terms.free_rounds)
    row = _engagement(session, application.engagement_id)
    order_type = OrderType(row.order_type)
    target = {OrderType.PROJECT: State.CONTRACTED, OrderType.COMPETITION: State.SELECTED}.get(order_type)
    if target is not None and row.state != target.value:
        _move(session, row, target, terms.contracted_on)
    elif target is None and State(row.state) not in (State.POSTED, State.APPROVAL):
        raise _refuse(row)
    item = session.get(WorkItem, row.work_item_id)
    worker = session.get(Worker, application.worker_id)
    assert item is not None and worker is not None
    withheld = worker.kind == "individual" and category_is_withheld(item.category_id)
    contract = WorkContract(
        engagement_id=row.id,
        worker_id=application.worker_id,
        application_id=application.id,
        withheld=withheld,
        **{f.name: getattr(terms, f.name) for f in fields(Terms)},
    )
    contract.notes = terms.notes.strip()
    application.status = "selected"
    session.add(contract)
    session.flush()
    session.add(
        Milestone(contract_id=contract.id, title=item.title, amount=terms.amount, due_on=terms.delivery_due)
    )
    session.flush()
    return contract.id


@dataclass(frozen=True)
class ContractRow:
    id: int
    worker_id: int
    worker: str
    contracted_on: date
    amount: int
    delivery_due: date | None
    payment_due: date | None
    free_rounds: int | None
    withheld: bool


def list_contracts(session: Session, engagement_id: int) -> list[ContractRow]:
    query = (
        select(
            WorkContract.id,
            WorkContract.worker_id,
            Worker.name,
            WorkContract.contracted_on,
            WorkContract.amount,
            WorkContract.delivery_due,
            WorkContract.payment_due,
            WorkContract.free_rounds,
            WorkContract.withheld,
        )
        .join(Worker, Worker.id == WorkContract.worker_id)
        .where(WorkContract.engagement_id == engagement_id)
        .order_by(WorkContract.id)
    )
    return [ContractRow(*r) for r in session.execute(query)]


def _contracts(session: Session, engagement_id: int) -> list[WorkContract]:
    return list(session.scalars(select(WorkContract).where(WorkContract.engagement_id == engagement_id)))


# --- escrow, work, delivery, revisions -----------------------------------------------------


def record_escrow(session: Session, engagement_id: int, on: date, amount: int | None = None) -> None:
    """The reward deposited with the platform (仮払い): before work for a project, before
    publication for a competition or a task."""
    row = _engagement(session, engagement_id)
    _not_negative(amount)
    if row.state == State.DRAFT.value and row.order_type != OrderType.PROJECT.value:
        _move(session, row, State.ESCROWED_BEFORE_POSTING, on)
        row.prepaid_on, row.prepaid_amount = on, amount
    else:
        _move(session, row, State.ESCROWED, on)
        for contract in _contracts(session, engagement_id):
            for milestone in session.scalars(
                select(Milestone).where(Milestone.contract_id == contract.id, Milestone.escrowed_on.is_(None))
            ):
                milestone.escrowed_on = on
    session.flush()


def record_delivery(session: Session, contract_id: int, on: date, note: str = "") -> int:
    contract = session.get(WorkContract, contract_id)
    if contract is None:
        raise NotFound()
    row = _engagement(session, contract.engagement_id)
    if row.state != State.DELIVERED.value:
        _move(session, row, State.DELIVERED, on)
    delivery = Delivery(contract_id=contract_id, delivered_on=on, note=note.strip())
    session.add(delivery)
    session.flush()
    return delivery.id


def request_revision(
    session: Session,
    contract_id: int,
    on: date,
    asked: str,
    *,
    in_scope: bool = True,
    paid_extra: bool = False,
) -> int:
    contract = session.get(WorkContract, contract_id)
    if contract is None:
        raise NotFound()
    row = _engagement(session, contract.engagement_id)
    _move(session, row, State.REVISING, on)
    request = RevisionRequest(
        contract_id=contract_id,
        requested_on=on,
        asked=asked.strip(),
        in_scope=in_scope,
        paid_extra=paid_extra,
    )
    session.add(request)
    session.flush()
    return request.id


def revision_rounds(session: Session, contract_id: int) -> int:
    return int(
        session.scalar(
            select(func.count(RevisionRequest.id)).where(
                RevisionRequest.contract_id == contract_id, RevisionRequest.in_scope.is_(True)
            )
        )
        or 0
    )


def record_change(
    session: Session,
    contract_id: int,
    on: date,
    kind: followup.ChangeKind,
    description: str,
    *,
    worker_consented: bool,
    amended_notice_on: date | None,
    amount_delta: int = 0,
) -> int:
    """A change of scope, price or dates; RUN-01 asks for consent and an amended notice."""
    if session.get(WorkContract, contract_id) is None:
        raise NotFound()
    change = ContractChange(
        contract_id=contract_id,
        changed_on=on,
        kind=kind.value,
        description=description.strip(),
        worker_consented=worker_consented,
        amended_notice_on=amended_notice_on,
        amount_delta=amount_delta,
    )
    session.add(change)
    session.flush()
    return change.id


# --- acceptance, payment, rating -----------------------------------------------------------


def accept(session: Session, engagement_id: int, on: date) -> list[int]:
    """検収: the order is accepted and each contract's payment is set up, due by the agreed date
    or else by the latest lawful one (60 days from the first delivery, day 1 included)."""
    row = _engagement(session, engagement_id)
    _move(session, row, State.ACCEPTED, on)
    ids = []
    for contract in _contracts(session, engagement_id):
        delta = (
            session.scalar(
                select(func.coalesce(func.sum(ContractChange.amount_delta), 0)).where(
                    ContractChange.contract_id == contract.id
                )
            )
            or 0
        )
        first = session.scalar(
            select(func.min(Delivery.delivered_on)).where(Delivery.contract_id == contract.id)
        )
        due = contract.payment_due or latest_lawful_payment_date(first or on)
        money = settle(
            max(0, contract.amount + int(delta)), taxable=contract.taxable, withheld=contract.withheld
        )
        payment = WorkPayment(
            contract_id=contract.id,
            due_on=due,
            amount=money.amount,
            tax=money.tax,
            withholding=money.withholding,
        )
        session.add(payment)
        session.flush()
        ids.append(payment.id)
    return ids


def record_payment(session: Session, payment_id: int, paid_on: date) -> None:
    """A payment made; when nothing of the order is left unpaid, the order is paid."""
    payment = session.get(WorkPayment, payment_id)
    if payment is None:
        raise NotFound()
    contract = session.get(WorkContract, payment.contract_id)
    assert contract is not None
    row = _engagement(session, contract.engagement_id)
    if row.state != State.ACCEPTED.value:
        raise _refuse(row)
    payment.paid_on = paid_on
    for milestone in session.scalars(select(Milestone).where(Milestone.contract_id == contract.id)):
        milestone.released_on = milestone.released_on or paid_on
    session.flush()
    unpaid = session.scalar(
        select(func.count(WorkPayment.id))
        .join(WorkContract, WorkContract.id == WorkPayment.contract_id)
        .where(WorkContract.engagement_id == row.id, WorkPayment.paid_on.is_(None))
    )
    if not unpaid:
        _move(session, row, State.PAID, paid_on)


def record_remittance(session: Session, payment_id: int, on: date) -> None:
    payment = session.get(WorkPayment, payment_id)
    if payment is None:
        raise NotFound()
    payment.remitted_on = on
    session.flush()


def rate(session: Session, contract_id: int, scores: dict[str, int], comment: str, on: date) -> None:
    """The five-point rating of a worker; when every contract is rated, the order is rated."""
    errors = rating_errors(scores)
    if errors:
        raise InvalidInput(errors)
    contract = session.get(WorkContract, contract_id)
    if contract is None:
        raise NotFound()
    row = _engagement(session, contract.engagement_id)
    if row.state not in (State.PAID.value, State.RATED.value):
        raise _refuse(row)
    rating = session.scalar(select(Rating).where(Rating.contract_id == contract_id)) or Rating(
        contract_id=contract_id
    )
    for point in RATING_POINTS:
        setattr(rating, point, scores[point])
    rating.comment, rating.rated_on = comment.strip(), on
    session.add(rating)
    session.flush()
    unrated = session.scalar(
        select(func.count(WorkContract.id))
        .outerjoin(Rating, Rating.contract_id == WorkContract.id)
        .where(WorkContract.engagement_id == row.id, Rating.id.is_(None))
    )
    if not unrated and row.state == State.PAID.value:
        _move(session, row, State.RATED, on)


@dataclass(frozen=True)
class PaymentRow(Settled):
    id: int
    worker: str
    due_on: date | None
    amount: int
    tax: int
    withholding: int
    paid_on: date | None
    remitted_on: date | None


def list_payments(session: Session, engagement_id: int) -> list[PaymentRow]:
    query = (
        select(
            WorkPayment.id,
            Worker.name,
            WorkPayment.due_on,
            WorkPayment.amount,
            WorkPayment.tax,
            WorkPayment.withholding,
            WorkPayment.paid_on,
            WorkPayment.remitted_on,
        )
        .join(WorkContract, WorkContract.id == WorkPayment.contract_id)
        .join(Worker, Worker.id == WorkContract.worker_id)
        .where(WorkContract.engagement_id == engagement_id)
        .order_by(WorkPayment.id)
    )
    return [PaymentRow(*r) for r in session.execute(query)]


# --- contacts and troubles -----------------------------------------------------------------


@dataclass(frozen=True)
class ContactRow:
    id: int
    at: datetime
    party: str
    direction: str
    channel: str
    summary: str
    worker: str | None


def add_contact(
    session: Session,
    engagement_id: int,
    at: datetime,
    party: followup.Party,
    direction: followup.Direction,
    channel: str,
    summary: str,
    worker_id: int | None = None,
) -> int:
    row = _engagement(session, engagement_id)
    entry = ContactEntry(
        client_id=row.client_id,
        engagement_id=engagement_id,
        worker_id=worker_id,
        at=at,
        party=party.value,
        direction=direction.value,
        channel=channel.strip(),
        summary=summary.strip(),
    )
    session.add(entry)
    session.flush()
    return entry.id


def count_contacts(session: Session, engagement_id: int) -> int:
    return int(
        session.scalar(select(func.count(ContactEntry.id)).where(ContactEntry.engagement_id == engagement_id))
        or 0
    )


def list_contacts(
    session: Session, engagement_id: int, *, offset: int = 0, limit: int = 200
) -> list[ContactRow]:
    """Newest first, one page at a time (an order may have thousands)."""
    query = (
        select(
            ContactEntry.id,
            ContactEntry.at,
            ContactEntry.party,
            ContactEntry.direction,
            ContactEntry.channel,
            ContactEntry.summary,
            Worker.name,
        )
        .outerjoin(Worker, Worker.id == ContactEntry.worker_id)
        .where(ContactEntry.engagement_id == engagement_id)
        .order_by(ContactEntry.at.desc(), ContactEntry.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return [ContactRow(*r) for r in session.execute(query)]


@dataclass(frozen=True)
class TroubleRow:
    id: int
    category: str
    opened_on: date
    description: str
    actions: str
    resolved_on: date | None


def open_trouble(
    session: Session, engagement_id: int, category: str, opened_on: date, description: str
) -> int:
    _engagement(session, engagement_id)
    if category not in TROUBLE_CATEGORIES:
        raise InvalidInput(
            [
                FieldError(
                    "category",
                    QT_TRANSLATE_NOOP("following", "Choose a kind of trouble."),
                    context="following",
                )
            ]
        )
    trouble = Trouble(
        engagement_id=engagement_id, category=category, opened_on=opened_on, description=description.strip()
    )
    session.add(trouble)
    session.flush()
    return trouble.id


def update_trouble(session: Session, trouble_id: int, actions: str, resolved_on: date | None) -> None:
    trouble = session.get(Trouble, trouble_id)
    if trouble is None:
        raise NotFound()
    trouble.actions, trouble.resolved_on = actions.strip(), resolved_on
    session.flush()


def list_troubles(session: Session, engagement_id: int) -> list[TroubleRow]:
    query = (
        select(
            Trouble.id,
            Trouble.category,
            Trouble.opened_on,
            Trouble.description,
            Trouble.actions,
            Trouble.resolved_on,
        )
        .where(Trouble.engagement_id == engagement_id)
        .order_by(Trouble.id)
    )
    return [TroubleRow(*r) for r in session.execute(query)]


# --- one engagement as a whole -------------------------------------------------------------


@dataclass(frozen=True)
class EngagementRow:
    id: int
    work_item_id: int
    client_id: int
    client: str
    title: str
    category: str
    order_type: OrderType
    state: State
    state_since: date
    cancel_reason: str
    prepaid_on: date | None


def get_engagement(session: Session, engagement_id: int) -> EngagementRow:
    query = (
        select(
            Engagement.id,
            Engagement.work_item_id,
            Engagement.client_id,
            Client.name,
            WorkItem.title,
            WorkItem.category_id,
            Engagement.order_type,
            Engagement.state,
            Engagement.state_since,
            Engagement.cancel_reason,
            Engagement.prepaid_on,
        )
        .join(Client, Client.id == Engagement.client_id)
        .join(WorkItem, WorkItem.id == Engagement.work_item_id)
        .where(Engagement.id == engagement_id)
    )
    found = session.execute(query).first()
    if found is None:
        raise NotFound()
    values = list(found)
    values[6], values[7] = OrderType(values[6]), State(values[7])
    return EngagementRow(*values)


def history(session: Session, engagement_id: int) -> list[tuple[date, str, str, str]]:
    """(date, from, to, note) of every step, oldest first."""
    query = (
        select(StateChange.on, StateChange.from_state, StateChange.to_state, StateChange.note)
        .where(StateChange.engagement_id == engagement_id)
        .order_by(StateChange.id)
    )
    return [tuple(r) for r in session.execute(query)]  # type: ignore[misc]


def facts(
    session: Session,
    engagement_id: int,
    *,
    specified_orderer: bool = False,
    silence_days: int = followup.DEFAULT_SILENCE_DAYS,
) -> followup.Facts:
    """What the follow-up rules need about one engagement, read in a few small queries."""
    row = _engagement(session, engagement_id)
    contracts = _contracts(session, engagement_id)
    ids = [c.id for c in contracts]
    deliveries = tuple(
        followup.Delivery(d.delivered_on, d.refused, d.worker_at_fault)
        for d in session.scalars(select(Delivery).where(Delivery.contract_id.in_(ids)))
    )
    revisions = tuple(
        followup.Revision(r.requested_on, r.in_scope, r.paid_extra, r.worker_at_fault)
        for r in session.scalars(select(RevisionRequest).where(RevisionRequest.contract_id.in_(ids)))
    )
    changes = tuple(
        followup.Change(
            c.changed_on,
            followup.ChangeKind(c.kind),
            c.worker_consented,
            c.amended_notice_on,
            c.amount_delta,
            c.worker_at_fault,
        )
        for c in session.scalars(select(ContractChange).where(ContractChange.contract_id.in_(ids)))
    )
    payments = tuple(
        followup.Payment(p.due_on, p.paid_on, p.withholding, p.remitted_on)
        for p in session.scalars(select(WorkPayment).where(WorkPayment.contract_id.in_(ids)))
    )
    # the latest contact with each party is all RUN-06 needs: never load an order's whole log
    contacts = []
    for party in followup.Party:
        last = session.execute(
            select(ContactEntry.at, ContactEntry.direction)
            .where(ContactEntry.engagement_id == engagement_id, ContactEntry.party == party.value)
            .order_by(ContactEntry.at.desc(), ContactEntry.id.desc())
            .limit(1)
        ).first()
        if last is not None:
            contacts.append(followup.Contact(last.at.date(), party, followup.Direction(last.direction)))
    accepted_on = session.scalar(
        select(func.max(StateChange.on)).where(
            StateChange.engagement_id == engagement_id, StateChange.to_state == State.ACCEPTED.value
        )
    )
    tasks = session.execute(
        select(
            func.coalesce(func.sum(Application.items_approved + Application.items_rejected), 0),
            func.coalesce(func.sum(Application.items_rejected), 0),
            func.coalesce(func.sum(Application.items_rejected_without_reason), 0),
        ).where(Application.engagement_id == engagement_id)
    ).one()
    # a notice given after a change of the contract answers that change (the amended notice): it is
    # late counted from the change's day, not the contract's
    answered = (
        select(func.max(ContractChange.changed_on))
        .where(ContractChange.contract_id == WorkContract.id)
        .where(ContractChange.changed_on <= IssuedNotice.given_on)
        .scalar_subquery()
    )
    notices = tuple(
        followup.NoticeGiven(
            max(contracted_on, changed or contracted_on), given_on, worker, _act_applies(order_json)
        )
        for given_on, contracted_on, changed, worker, order_json in session.execute(  # given_on IS NOT NULL
            select(
                IssuedNotice.given_on,
                WorkContract.contracted_on,
                answered,
                Worker.name,
                IssuedNotice.order_json,
            )
            .join(WorkContract, WorkContract.id == IssuedNotice.work_contract_id)
            .join(Worker, Worker.id == WorkContract.worker_id)
            .where(WorkContract.id.in_(ids), IssuedNotice.given_on.is_not(None))
            .order_by(IssuedNotice.id)
        )
        if given_on is not None
    )
    first = contracts[0] if contracts else None
    return followup.Facts(
        order_type=OrderType(row.order_type),
        state=State(row.state),
        contracted_on=first.contracted_on if first else None,
        period_end=(first.period_end or first.delivery_due) if first else None,
        specified_orderer=specified_orderer,
        free_rounds=first.free_rounds if first else None,
        inspection_due=first.inspection_due if first else None,
        deliveries=deliveries,
        revisions=revisions,
        changes=changes,
        payments=payments,
        contacts=tuple(contacts),
        accepted_on=accepted_on,
        task_completed=int(tasks[0]),
        task_rejected=int(tasks[1]),
        task_rejected_without_reason=int(tasks[2]),
        silence_days=silence_days,
        notices=notices,
    )


def is_open(state: State) -> bool:
    return state not in FINISHED


# --- the list of orders --------------------------------------------------------------------


@dataclass(frozen=True)
class EngagementListRow:
    id: int
    client: str
    title: str
    order_type: OrderType
    state: State
    state_since: date
    workers: str
    amount: int | None


ENGAGEMENT_SORTS = ("client", "title", "state", "state_since", "amount")


def _engagement_filter(
    query: Select[Any], client_id: int | None, states: tuple[State, ...], search: str, *, paging: bool = False
) -> Select[Any]:
    if client_id is not None:
        query = query.where(Engagement.client_id == client_id)
    if states:
        # a page walks the date index and stops after one page; filtering by state through its
        # own index would sort every open order first (SQLite: wrapping a column disables its index)
        state = func.coalesce(Engagement.state, "") if paging else Engagement.state
        query = query.where(state.in_([s.value for s in states]))
    for word in search_key(search).split():
        query = query.where(func.instr(func.lower(WorkItem.title), word) > 0)
    return query


def count_engagements(
    session: Session, client_id: int | None = None, states: tuple[State, ...] = (), search: str = ""
) -> int:
    query = select(func.count(Engagement.id))
    if search.strip():
        query = query.join(WorkItem, WorkItem.id == Engagement.work_item_id)
    return int(session.scalar(_engagement_filter(query, client_id, states, search)) or 0)


def _over_contracts(expression: Any, child: Any = None, *conditions: Any) -> Any:
    """A value over an order's contracts — or over a table hanging off them (payments,
    deliveries, revisions) — as a subquery correlated to Engagement."""
    query = select(expression)
    if child is not None:
        query = query.join(WorkContract, WorkContract.id == child.contract_id)
    query = query.where(WorkContract.engagement_id == Engagement.id, *conditions)
    return query.correlate(Engagement).scalar_subquery()


def _worker_names() -> Any:
    """The names of an order's contracted workers, joined with 、 (a correlated subquery)."""
    return (
        select(func.group_concat(Worker.name, "、"))
        .join(WorkContract, WorkContract.worker_id == Worker.id)
        .where(WorkContract.engagement_id == Engagement.id)
        .correlate(Engagement)
        .scalar_subquery()
    )


def list_engagements(
    session: Session,
    client_id: int | None = None,
    states: tuple[State, ...] = (),
    search: str = "",
    *,
    offset: int = 0,
    limit: int = 200,
    sort: str = "state_since",
    descending: bool = True,
) -> list[EngagementListRow]:
    """One page of orders, sorted and filtered in SQL; workers and amounts only for that page."""
    workers = _worker_names()
    amount = _over_contracts(func.sum(WorkContract.amount))
    keys = {
        "client": Client.name,
        "title": WorkItem.title,
        "state": Engagement.state,
        "state_since": Engagement.state_since,
        "amount": amount,
    }
    key = keys.get(sort, Engagement.state_since)
    query = (
        select(
            Engagement.id,
            Client.name,
            WorkItem.title,
            Engagement.order_type,
            Engagement.state,
            Engagement.state_since,
            workers,
            amount,
        )
        .join(WorkItem, WorkItem.id == Engagement.work_item_id)
        .join(Client, Client.id == Engagement.client_id)
    )
    query = _engagement_filter(query, client_id, states, search, paging=sort == "state_since")
    query = (
        query.order_by(key.desc() if descending else key.asc(), Engagement.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return [
        EngagementListRow(r[0], r[1], r[2], OrderType(r[3]), State(r[4]), r[5], r[6] or "", r[7])
        for r in session.execute(query)
    ]


# --- reports -------------------------------------------------------------------------------


def progress_data(
    session: Session,
    client_id: int | None,
    today: date,
    engagement_id: int | None = None,
    *,
    with_history: bool = False,
) -> ProgressData:
    """Every order (of one client, of all, or just one) with its dates and money, the payments,
    the troubles and, when asked, the audit log: what the progress report and the ledger are
    written from."""
    from ..domain.history import HistoryLine
    from ..domain.progress import OrderLine, PaymentLine, TroubleLine, days_late, late_reason
    from .audit import history_lines
    from .repo import load_producer

    workers = _worker_names()
    delivered = _over_contracts(func.max(Delivery.delivered_on), Delivery)
    accepted = (
        select(func.max(StateChange.on))
        .where(StateChange.engagement_id == Engagement.id, StateChange.to_state == State.ACCEPTED.value)
        .correlate(Engagement)
        .scalar_subquery()
    )
    payment_due = _over_contracts(func.min(WorkPayment.due_on), WorkPayment)
    unpaid = _over_contracts(func.count(WorkPayment.id), WorkPayment, WorkPayment.paid_on.is_(None))
    paid = _over_contracts(func.max(WorkPayment.paid_on), WorkPayment)
    revisions = _over_contracts(func.count(RevisionRequest.id), RevisionRequest)
    troubles = (
        select(func.count(Trouble.id))
        .where(Trouble.engagement_id == Engagement.id)
        .correlate(Engagement)
        .scalar_subquery()
    )
    query = (
        select(
            Engagement.id,
            Client.name,
            WorkItem.title,
            WorkItem.category_id,
            Engagement.order_type,
            Engagement.state,
            Engagement.state_since,
            workers,
            WorkItem.budget_max,
            _over_contracts(func.sum(WorkContract.amount)),
            _over_contracts(func.min(WorkContract.delivery_due)),
            delivered,
            accepted,
            payment_due,
            unpaid,
            paid,
            revisions,
            troubles,
            _over_contracts(func.min(WorkContract.payment_due)),
            Engagement.cancel_reason,
        )
        .join(Client, Client.id == Engagement.client_id)
        .join(WorkItem, WorkItem.id == Engagement.work_item_id)
        .order_by(Client.kana_key, Client.id, Engagement.state_since, Engagement.id)
    )
    if client_id is not None:
        query = query.where(Engagement.client_id == client_id)
    if engagement_id is not None:
        query = query.where(Engagement.id == engagement_id)
    orders = []
    rows = list(session.execute(query))
    late_ids = []
    for r in rows:
        paid_on = r[15] if r[14] == 0 and r[15] is not None else None
        if late_reason(State(r[5]), today, r[10], r[11], r[13], paid_on):
            late_ids.append(r[0])
    last_contacts = _last_contacts(session, late_ids)
    for r in rows:
        state = State(r[5])
        paid_on = r[15] if r[14] == 0 and r[15] is not None else None
        late = late_reason(state, today, r[10], r[11], r[13], paid_on)
        orders.append(
            OrderLine(
                engagement_id=r[0],
                client=r[1],
                title=r[2],
                category=r[3],
                order_type=OrderType(r[4]),
                state=state,
                state_since=r[6],
                workers=r[7] or "",
                budget_max=r[8],
                contracted=int(r[9] or 0),
                delivery_due=r[10],
                delivered_on=r[11],
                accepted_on=r[12],
                payment_due=r[13],
                paid_on=paid_on,
                revisions=int(r[16]),
                troubles=int(r[17]),
                late=late,
                contract_payment_due=r[18],
                cancel_reason=r[19] or "",
                days_late=days_late(late, today, r[10], r[11], r[13]),
                last_contact=last_contacts.get(r[0], "") if late else "",
            )
        )
    payments_query = (
        select(
            Worker.name,
            Worker.invoice_number,
            Worker.kind,
            Client.name,
            WorkItem.title,
            WorkPayment.due_on,
            WorkPayment.amount,
            WorkPayment.tax,
            WorkPayment.withholding,
            WorkPayment.paid_on,
            WorkPayment.remitted_on,
        )
        .join(WorkContract, WorkContract.id == WorkPayment.contract_id)
        .join(Worker, Worker.id == WorkContract.worker_id)
        .join(Engagement, Engagement.id == WorkContract.engagement_id)
        .join(Client, Client.id == Engagement.client_id)
        .join(WorkItem, WorkItem.id == Engagement.work_item_id)
        .order_by(WorkPayment.due_on, WorkPayment.id)
    )
    troubles_query = (
        select(
            WorkItem.title,
            Trouble.category,
            Trouble.opened_on,
            Trouble.description,
            Trouble.actions,
            Trouble.resolved_on,
            Trouble.engagement_id,
        )
        .join(Engagement, Engagement.id == Trouble.engagement_id)
        .join(WorkItem, WorkItem.id == Engagement.work_item_id)
        .order_by(Trouble.opened_on, Trouble.id)
    )
    name = ""
    if client_id is not None:
        payments_query = payments_query.where(Engagement.client_id == client_id)
        troubles_query = troubles_query.where(Engagement.client_id == client_id)
        name = session.scalar(select(Client.name).where(Client.id == client_id)) or ""
        if not name:
            raise NotFound()
    if engagement_id is not None:
        payments_query = payments_query.where(Engagement.id == engagement_id)
        troubles_query = troubles_query.where(Engagement.id == engagement_id)
        if not orders:
            raise NotFound()
        name = name or orders[0].client
    payments = tuple(PaymentLine(*tuple(r)) for r in session.execute(payments_query))
    trouble_lines = tuple(TroubleLine(*r) for r in session.execute(troubles_query))
    history: tuple[HistoryLine, ...] = ()
    if with_history:
        history = tuple(history_lines(session, client_id=client_id, engagement_id=engagement_id))
    return ProgressData(
        client=name,
        issued_on=today,
        producer=load_producer(session),
        orders=tuple(orders),
        payments=payments,
        troubles=trouble_lines,
        history=history,
        escrows=tuple(_escrows(session, orders)),
    )


PARTY_JA = {"worker": "ワーカー", "client": "顧客"}
DIRECTION_JA = {"in": "から連絡", "out": "へ連絡"}


def contact_words(at: datetime, party: str, direction: str, channel: str, summary: str) -> str:
    """One recorded contact in words: 「2026/10/29 ワーカーへ連絡（電話）：納品物の確認依頼」."""
    how = f"（{channel}）" if channel else ""
    who = f"{PARTY_JA.get(party, party)}{DIRECTION_JA.get(direction, '')}"
    return f"{at:%Y/%m/%d} {who}{how}" + (f"：{summary}" if summary else "")


def _last_contacts(session: Session, engagement_ids: Sequence[int]) -> dict[int, str]:
    """The latest recorded contact of each of these orders, in words."""
    found: dict[int, str] = {}
    for start in range(0, len(engagement_ids), 500):
        chunk = list(engagement_ids[start : start + 500])
        latest = (
            select(ContactEntry.engagement_id, func.max(ContactEntry.at).label("at"))
            .where(ContactEntry.engagement_id.in_(chunk))
            .group_by(ContactEntry.engagement_id)
            .subquery()
        )
        query = (
            select(ContactEntry.engagement_id, ContactEntry.at, ContactEntry.party, ContactEntry.direction,
                   ContactEntry.channel, ContactEntry.summary)
            .join(latest, (latest.c.engagement_id == ContactEntry.engagement_id)
                  & (latest.c.at == ContactEntry.at))
            .order_by(ContactEntry.id)
        )  # fmt: skip
        for eid, at, party, direction, channel, summary in session.execute(query):
            if eid is not None:  # always: the query asks for these orders' contacts
                found[eid] = contact_words(at, party, direction, channel, summary)
    return found


def _escrows(session: Session, orders: Sequence[Any]) -> list[Any]:
    """The escrow (仮払い) of these orders: a competition's or a task's deposit made before it
    was published (held until it is paid), a project's milestones deposited and not yet released."""
    from ..domain.progress import DONE, EscrowLine

    by_id = {o.engagement_id: o for o in orders}
    out = []
    ids = list(by_id)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        prepaid = session.execute(
            select(Engagement.id, Engagement.prepaid_on, Engagement.prepaid_amount)
            .where(Engagement.id.in_(chunk), Engagement.prepaid_on.is_not(None))
        )
        seen = set()
        for eid, on, amount in prepaid:
            if on is None:  # never: the query asks for prepaid orders
                continue
            o = by_id[eid]
            seen.add(eid)
            released = o.paid_on if o.state in DONE else None
            held = 0 if o.state in DONE else int(amount or 0)
            out.append(EscrowLine(eid, o.client, o.title, o.order_type, o.state, o.workers, on,
                                  int(amount or 0), released, held))  # fmt: skip
        milestones = session.execute(
            select(
                WorkContract.engagement_id,
                func.min(Milestone.escrowed_on),
                func.sum(Milestone.amount),
                func.max(Milestone.released_on),
                func.sum(case((Milestone.released_on.is_(None), Milestone.amount), else_=0)),
            )
            .join(WorkContract, WorkContract.id == Milestone.contract_id)
            .where(WorkContract.engagement_id.in_(chunk), Milestone.escrowed_on.is_not(None))
            .group_by(WorkContract.engagement_id)
        )
        for eid, on, amount, released, held in milestones:
            if eid in seen:
                continue
            o = by_id[eid]
            released = None if held else released
            out.append(EscrowLine(eid, o.client, o.title, o.order_type, o.state, o.workers, on,
                                  int(amount or 0), released, int(held or 0)))  # fmt: skip
    out.sort(key=lambda e: (e.client, e.escrowed_on, e.engagement_id))
    return out


# --- milestones ----------------------------------------------------------------------------

MILESTONES_EXCEED = QT_TRANSLATE_NOOP(
    "following", "The milestones would come to more than the contract amount ({amount} yen)."
)


@dataclass(frozen=True)
class MilestoneRow:
    id: int
    contract_id: int
    worker: str
    title: str
    amount: int
    due_on: date | None
    escrowed_on: date | None
    released_on: date | None


def add_milestone(session: Session, contract_id: int, title: str, amount: int, due_on: date | None) -> int:
    """A part of the contract with its own amount and date (Lancers' 計画). It is split off the
    part still unescrowed, so the milestones always add up to the contract."""
    contract = session.get(WorkContract, contract_id)
    if contract is None:
        raise NotFound()
    _not_negative(amount)
    milestones = list(
        session.scalars(select(Milestone).where(Milestone.contract_id == contract_id).order_by(Milestone.id))
    )
    # the first milestone holds what is not yet split off (made with the contract)
    rest = milestones[0] if milestones and milestones[0].escrowed_on is None else None
    if rest is not None and rest.amount < amount:
        rest = None
    if rest is not None:
        rest.amount -= amount
    elif sum(m.amount for m in milestones) + amount > contract.amount:
        raise InvalidInput(
            [FieldError("amount", MILESTONES_EXCEED, {"amount": f"{contract.amount:,}"}, context="following")]
        )
    milestone = Milestone(contract_id=contract_id, title=title.strip() or "—", amount=amount, due_on=due_on)
    session.add(milestone)
    session.flush()
    return milestone.id


def list_milestones(session: Session, engagement_id: int) -> list[MilestoneRow]:
    query = (
        select(
            Milestone.id,
            Milestone.contract_id,
            Worker.name,
            Milestone.title,
            Milestone.amount,
            Milestone.due_on,
            Milestone.escrowed_on,
            Milestone.released_on,
        )
        .join(WorkContract, WorkContract.id == Milestone.contract_id)
        .join(Worker, Worker.id == WorkContract.worker_id)
        .where(WorkContract.engagement_id == engagement_id, Milestone.amount > 0)
        .order_by(Milestone.contract_id, Milestone.id)
    )
    return [MilestoneRow(*r) for r in session.execute(query)]


def _act_applies(order_json: str) -> bool:
    """Whether the Freelance Act applies to the order a notice was issued from (its stored order);
    an order that cannot be read any more counts as one it applies to (the stricter reading)."""
    import json

    from ..domain.orders import parse_order
    from ..domain.rules.applicability import fl_applies

    try:
        return fl_applies(parse_order(json.loads(order_json)))
    except (ValueError, TypeError, KeyError):
        return True
