"""An order's course: following a work item, its steps, escrow, delivery, revisions and changes,
acceptance, payment, rating and milestones. Every step is checked with domain.lifecycle first."""


from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain import followup
from ...domain.lifecycle import State
from ...domain.money import Settled, settle
from ...domain.order_types import OrderType
from ...domain.rules.contract import latest_lawful_payment_date
from ...domain.text import QT_TRANSLATE_NOOP, FieldError, InvalidInput
from ...domain.worker import RATING_POINTS, rating_errors
from ..errors import NotFound
from ..models import (
    Consultation,
    ContractChange,
    Delivery,
    Engagement,
    Milestone,
    Problem,
    Rating,
    RevisionRequest,
    WorkContract,
    Worker,
    WorkItem,
    WorkPayment,
)
from ._base import (
    ALREADY,
    ALREADY_PAID,
    ALREADY_REMITTED,
    _contracts,
    _engagement,
    _move,
    _not_negative,
    _refuse,
)


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
    if payment.paid_on is not None:  # another desk recorded it since this one showed it unpaid
        raise _recorded(ALREADY_PAID, payment.paid_on)
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
    if payment.remitted_on is not None:
        raise _recorded(ALREADY_REMITTED, payment.remitted_on)
    payment.remitted_on = on
    session.flush()


def _recorded(message: str, day: date) -> InvalidInput:
    from ...domain.values import format_date

    return InvalidInput([FieldError("state", message, {"day": format_date(day)}, context="following")])


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
