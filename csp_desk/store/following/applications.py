"""Applications to an order, the terms proposed and agreed, and the contracts they make."""


from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.lifecycle import State
from ...domain.money import category_is_withheld
from ...domain.order_types import OrderType
from ...domain.text import InvalidInput
from ...domain.values import order_amount_errors
from ..errors import NotFound
from ..models import (
    Application,
    Milestone,
    WorkContract,
    Worker,
    WorkItem,
)
from ._base import _engagement, _move, _not_negative, _refuse


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
    from ..repo import load_posting

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
