"""One order as a whole (its row, history and the follow-up rules' facts) and the list of orders."""


from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ...domain import followup
from ...domain.lifecycle import FINISHED, State
from ...domain.order_types import OrderType
from ...domain.text import search_key
from .. import sql
from ..errors import NotFound
from ..models import (
    Application,
    Client,
    ContactEntry,
    ContractChange,
    Delivery,
    Engagement,
    IssuedNotice,
    RevisionRequest,
    StateChange,
    WorkContract,
    Worker,
    WorkItem,
    WorkPayment,
)
from ._base import _act_applies, _contracts, _engagement


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
        query = query.where(sql.position(func.lower(WorkItem.title), word) > 0)
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
        select(sql.joined(Worker.name, "、"))
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
            Engagement.id.label("id"),
            Client.name.label("client"),
            WorkItem.title.label("title"),
            Engagement.order_type.label("order_type"),
            Engagement.state.label("state"),
            Engagement.state_since.label("state_since"),
            workers.label("workers"),
            amount.label("amount"),
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
        EngagementListRow(r.id, r.client, r.title, OrderType(r.order_type), State(r.state), r.state_since,
                          r.workers or "", r.amount)
        for r in session.execute(query)
    ]
