"""The dashboard's figures, each one SQL query: what is late, what waits on whom, what is unpaid
and due soon, escrow held, budget against actual per client, and three series for charts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from sqlalchemy import Select, func, literal, literal_column, select
from sqlalchemy.orm import Session

from ..domain.followup import ACCEPTANCE_DAYS
from ..domain.lifecycle import WAITING_ON, WORK_UNDER_WAY, Party, State
from . import sql
from .db import Store
from .models import (
    Client,
    Engagement,
    Milestone,
    RevisionRequest,
    WorkContract,
    Worker,
    WorkItem,
    WorkPayment,
)

T = TypeVar("T")
LIST_LIMIT = 50
DUE_SOON_DAYS = 14
_FINISHED = (State.PAID.value, State.RATED.value, State.CLOSED.value, State.CANCELLED.value)
_WORKING = tuple(state.value for state in WORK_UNDER_WAY)


@dataclass(frozen=True)
class Alert:
    engagement_id: int
    client: str
    title: str
    kind: str
    """delivery / acceptance / payment"""
    due: date
    who: str


@dataclass(frozen=True)
class Dashboard:
    by_state: dict[str, int]
    waiting: dict[Party, int]
    late: list[Alert]
    due_soon: list[Alert]
    escrow_held: int
    unpaid: int
    budget_vs_actual: list[tuple[str, int, int]]
    spend_by_month: list[tuple[str, int]]
    revisions_by_category: list[tuple[str, float]]


def _scoped(query: Select, client_id: int | None) -> Select:  # type: ignore[type-arg]
    return query if client_id is None else query.where(Engagement.client_id == client_id)


def _payments_scoped(query: Select, client_id: int | None) -> Select:  # type: ignore[type-arg]
    """Payments of one client reach it through their contract; for all clients no join is needed."""
    if client_id is None:
        return query
    return (
        query.join(WorkContract, WorkContract.id == WorkPayment.contract_id)
        .join(Engagement, Engagement.id == WorkContract.engagement_id)
        .where(Engagement.client_id == client_id)
    )


Alerts = tuple[dict[str, int], dict[Party, int], list[Alert], list[Alert]]
Money = tuple[int, int, list[tuple[str, int, int]], list[tuple[str, int]]]


def _alerts(session: Session, today: date, client_id: int | None) -> Alerts:
    """Orders by state, who they wait on, what is late and what is due soon."""
    by_state = dict(
        session.execute(
            _scoped(select(Engagement.state, func.count()).group_by(Engagement.state), client_id)
        ).all()
    )
    waiting: dict[Party, int] = {}
    for state, count in by_state.items():
        party = WAITING_ON[State(state)]
        if party is not Party.NOBODY:
            waiting[party] = waiting.get(party, 0) + count

    head = (Engagement.id, Client.name, WorkItem.title)
    delivery = (
        select(*head, literal("delivery"), func.min(WorkContract.delivery_due), func.min(Worker.name))
        .join(WorkContract, WorkContract.engagement_id == Engagement.id)
        .join(Worker, Worker.id == WorkContract.worker_id)
        .where(Engagement.state.in_(_WORKING), WorkContract.delivery_due < today)
        .group_by(Engagement.id)
    )
    acceptance = select(
        *head,
        literal("acceptance"),
        sql.days_after(Engagement.state_since, ACCEPTANCE_DAYS),
        literal(""),
    ).where(
        Engagement.state == State.DELIVERED.value, Engagement.state_since < today - timedelta(ACCEPTANCE_DAYS)
    )
    payment = (
        select(*head, literal("payment"), WorkPayment.due_on, Worker.name)
        .join(WorkContract, WorkContract.engagement_id == Engagement.id)
        .join(WorkPayment, WorkPayment.contract_id == WorkContract.id)
        .join(Worker, Worker.id == WorkContract.worker_id)
        .where(WorkPayment.paid_on.is_(None), WorkPayment.due_on < today)
    )
    late = []
    for part in (payment, delivery, acceptance):
        query = (
            _scoped(part, client_id)
            .join(Client, Client.id == Engagement.client_id)
            .join(WorkItem, WorkItem.id == Engagement.work_item_id)
        )
        if part is delivery:  # grouped by order: its client and item go with it (PostgreSQL asks)
            query = query.group_by(Client.id, WorkItem.id)
        late += [
            Alert(r[0], r[1], r[2], r[3], _day(r[4]), r[5] or "")
            for r in session.execute(query.order_by(literal_column("5")).limit(LIST_LIMIT))  # the due day
        ]
    late.sort(key=lambda a: a.due)

    soon = (
        select(*head, literal("payment"), WorkPayment.due_on, Worker.name)
        .join(WorkContract, WorkContract.engagement_id == Engagement.id)
        .join(WorkPayment, WorkPayment.contract_id == WorkContract.id)
        .join(Worker, Worker.id == WorkContract.worker_id)
        .join(Client, Client.id == Engagement.client_id)
        .join(WorkItem, WorkItem.id == Engagement.work_item_id)
        .where(
            WorkPayment.paid_on.is_(None),
            WorkPayment.due_on >= today,
            WorkPayment.due_on <= today + timedelta(DUE_SOON_DAYS),
        )
        .order_by(WorkPayment.due_on)
        .limit(LIST_LIMIT)
    )
    due_soon = [Alert(r[0], r[1], r[2], r[3], r[4], r[5]) for r in session.execute(_scoped(soon, client_id))]
    return by_state, waiting, late[: LIST_LIMIT * 2], due_soon


def _money(session: Session, today: date, client_id: int | None) -> Money:
    """Escrow held, unpaid, budget against contracted per client, paid per month."""
    held_milestones = _scoped(
        select(func.coalesce(func.sum(Milestone.amount), 0))
        .join(WorkContract, WorkContract.id == Milestone.contract_id)
        .join(Engagement, Engagement.id == WorkContract.engagement_id)
        .where(Milestone.escrowed_on.is_not(None), Milestone.released_on.is_(None)),
        client_id,
    )
    held_prepaid = _scoped(
        select(func.coalesce(func.sum(Engagement.prepaid_amount), 0)).where(
            Engagement.prepaid_on.is_not(None), Engagement.state.not_in(_FINISHED)
        ),
        client_id,
    )
    escrow_held = int(session.scalar(held_milestones) or 0) + int(session.scalar(held_prepaid) or 0)
    unpaid = int(
        session.scalar(
            _payments_scoped(
                select(
                    func.coalesce(func.sum(WorkPayment.amount + WorkPayment.tax - WorkPayment.withholding), 0)
                ).where(WorkPayment.paid_on.is_(None)),
                client_id,
            )
        )
        or 0
    )

    # the ten clients with the most contracted, then the budget of just those ten
    actual = _scoped(
        select(Engagement.client_id, func.sum(WorkContract.amount))
        .join(WorkContract, WorkContract.engagement_id == Engagement.id)
        .where(Engagement.state != State.CANCELLED.value)
        .group_by(Engagement.client_id)
        .order_by(func.sum(WorkContract.amount).desc())
        .limit(10),
        client_id,
    )
    top = session.execute(actual).all()
    budgets = dict(
        session.execute(
            select(Engagement.client_id, func.sum(WorkItem.budget_max))
            .join(WorkItem, WorkItem.id == Engagement.work_item_id)
            .where(Engagement.client_id.in_([r[0] for r in top]), Engagement.state != State.CANCELLED.value)
            .group_by(Engagement.client_id)
        ).all()
    )
    names = dict(
        session.execute(select(Client.id, Client.name).where(Client.id.in_([r[0] for r in top]))).all()
    )
    budget_vs_actual = [(names[r[0]], int(budgets.get(r[0]) or 0), int(r[1] or 0)) for r in top]

    first_month = date(today.year - 1, today.month, 1) if today.month < 12 else date(today.year, 1, 1)
    month = sql.year_month(WorkPayment.paid_on)
    spend = _payments_scoped(
        select(month, func.sum(WorkPayment.amount + WorkPayment.tax))
        .where(WorkPayment.paid_on >= first_month)
        .group_by(month)
        .order_by(month),
        client_id,
    )
    spend_by_month = [(r[0], int(r[1])) for r in session.execute(spend)]
    return escrow_held, unpaid, budget_vs_actual, spend_by_month


def _revisions(session: Session, today: date, client_id: int | None) -> list[tuple[str, float]]:
    # average in-scope revision rounds per finished contract, by work category
    finished = (State.ACCEPTED.value, State.PAID.value, State.RATED.value, State.CLOSED.value)
    contracts = _scoped(
        select(WorkItem.category_id, func.count(WorkContract.id))
        .join(Engagement, Engagement.id == WorkContract.engagement_id)
        .join(WorkItem, WorkItem.id == Engagement.work_item_id)
        .where(Engagement.state.in_(finished))
        .group_by(WorkItem.category_id),
        client_id,
    )
    requests = _scoped(
        select(WorkItem.category_id, func.count(RevisionRequest.id))
        .join(WorkContract, WorkContract.id == RevisionRequest.contract_id)
        .join(Engagement, Engagement.id == WorkContract.engagement_id)
        .join(WorkItem, WorkItem.id == Engagement.work_item_id)
        .where(Engagement.state.in_(finished), RevisionRequest.in_scope.is_(True))
        .group_by(WorkItem.category_id),
        client_id,
    )
    counted = dict(session.execute(requests).all())
    averages = [
        (category or "-", counted.get(category, 0) / count) for category, count in session.execute(contracts)
    ]
    revisions_by_category = sorted(averages, key=lambda pair: -pair[1])[:12]
    return revisions_by_category


def load_dashboard(session: Session, today: date, client_id: int | None = None) -> Dashboard:
    """Every figure, one query after another in `session`."""
    return Dashboard(*_alerts(session, today, client_id), *_money(session, today, client_id),
                     _revisions(session, today, client_id))  # fmt: skip


def load_dashboard_parallel(store: Store, today: date, client_id: int | None = None) -> Dashboard:
    """The same figures, the three groups of queries read at once on their own connections
    (SQLite lets readers run side by side; the window calls this from its worker)."""
    from concurrent.futures import ThreadPoolExecutor

    def read(part: Callable[[Session, date, int | None], T]) -> T:
        with store.session() as session:
            return part(session, today, client_id)

    with ThreadPoolExecutor(max_workers=3) as pool:
        alerts, money, revisions = (
            pool.submit(read, _alerts),
            pool.submit(read, _money),
            pool.submit(read, _revisions),
        )
        return Dashboard(*alerts.result(), *money.result(), revisions.result())


def _day(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))
