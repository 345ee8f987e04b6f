"""What the progress report, the ledger and the order record read: orders with their money,
delays, escrow, contacts, notices and the audit log."""


from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ...domain.lifecycle import State
from ...domain.order_types import OrderType
from ...domain.progress import ProgressData
from ..errors import NotFound
from ..models import (
    Client,
    Consultation,
    ContactEntry,
    Delivery,
    Engagement,
    IssuedNotice,
    Milestone,
    Problem,
    RevisionRequest,
    StateChange,
    Trouble,
    WorkContract,
    Worker,
    WorkItem,
    WorkPayment,
)
from ._base import _act_applies
from .orders import _over_contracts, _worker_names


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
    from ...domain.history import HistoryLine
    from ...domain.progress import OrderLine, PaymentLine, TroubleLine, days_late, late_reason
    from ..audit import history_lines
    from ..repo import load_producer

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
            Engagement.id.label("engagement_id"),
            Client.name.label("client"),
            WorkItem.title.label("title"),
            WorkItem.category_id.label("category"),
            Engagement.order_type.label("order_type"),
            Engagement.state.label("state"),
            Engagement.state_since.label("state_since"),
            workers.label("workers"),
            WorkItem.budget_max.label("budget_max"),
            _over_contracts(func.sum(WorkContract.amount)).label("contracted"),
            _over_contracts(func.min(WorkContract.delivery_due)).label("delivery_due"),
            delivered.label("delivered_on"),
            accepted.label("accepted_on"),
            payment_due.label("payment_due"),
            unpaid.label("unpaid"),
            paid.label("last_paid_on"),
            revisions.label("revisions"),
            troubles.label("troubles"),
            _over_contracts(func.min(WorkContract.payment_due)).label("contract_payment_due"),
            Engagement.cancel_reason.label("cancel_reason"),
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

    def paid_on(r: Any) -> date | None:
        """The day the order was paid in full: the last payment, once none is left unpaid."""
        return r.last_paid_on if r.unpaid == 0 and r.last_paid_on is not None else None

    for r in rows:
        if late_reason(State(r.state), today, r.delivery_due, r.delivered_on, r.payment_due, paid_on(r)):
            late_ids.append(r.engagement_id)
    last_contacts = _last_contacts(session, late_ids)
    for r in rows:
        state = State(r.state)
        late = late_reason(state, today, r.delivery_due, r.delivered_on, r.payment_due, paid_on(r))
        orders.append(
            OrderLine(
                engagement_id=r.engagement_id,
                client=r.client,
                title=r.title,
                category=r.category,
                order_type=OrderType(r.order_type),
                state=state,
                state_since=r.state_since,
                workers=r.workers or "",
                budget_max=r.budget_max,
                contracted=int(r.contracted or 0),
                delivery_due=r.delivery_due,
                delivered_on=r.delivered_on,
                accepted_on=r.accepted_on,
                payment_due=r.payment_due,
                paid_on=paid_on(r),
                revisions=int(r.revisions),
                troubles=int(r.troubles),
                late=late,
                contract_payment_due=r.contract_payment_due,
                cancel_reason=r.cancel_reason or "",
                days_late=days_late(late, today, r.delivery_due, r.delivered_on, r.payment_due),
                last_contact=last_contacts.get(r.engagement_id, "") if late else "",
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
    unordered: tuple[str, ...] = ()
    if client_id is not None and engagement_id is None:
        unordered = tuple(session.scalars(
            select(WorkItem.title)
            .join(Problem, Problem.id == WorkItem.problem_id)
            .join(Consultation, Consultation.id == Problem.consultation_id)
            .where(Consultation.client_id == client_id,
                   ~select(Engagement.id).where(Engagement.work_item_id == WorkItem.id).exists())
            .order_by(Consultation.held_on, Consultation.id, Problem.position, Problem.id, WorkItem.position,
                      WorkItem.id)
        ))  # fmt: skip
    return ProgressData(
        client=name,
        issued_on=today,
        producer=load_producer(session),
        orders=tuple(orders),
        payments=payments,
        troubles=trouble_lines,
        history=history,
        escrows=tuple(_escrows(session, orders)),
        notices=tuple(_notice_lines(session, orders)),
        unordered=unordered,
    )


def _notice_lines(session: Session, orders: Sequence[Any]) -> list[Any]:
    """The first terms notice given for each contract of these orders (or none recorded)."""
    from ...domain.progress import NoticeLine

    titles = {o.engagement_id: o.title for o in orders}
    ids = list(titles)
    out = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        contracts = session.execute(
            select(WorkContract.id, WorkContract.engagement_id, Worker.name, WorkContract.contracted_on)
            .join(Worker, Worker.id == WorkContract.worker_id)
            .where(WorkContract.engagement_id.in_(chunk))
            .order_by(WorkContract.engagement_id, WorkContract.id)
        ).all()
        first: dict[int, tuple[Any, str, str]] = {}
        for contract_id, given_on, channel, order_json in session.execute(
            select(IssuedNotice.work_contract_id, IssuedNotice.given_on, IssuedNotice.channel,
                   IssuedNotice.order_json)
            .where(IssuedNotice.work_contract_id.in_([c[0] for c in contracts]),
                   IssuedNotice.given_on.is_not(None))
            .order_by(IssuedNotice.given_on, IssuedNotice.id)
        ):  # fmt: skip
            if contract_id is not None:
                first.setdefault(contract_id, (given_on, channel, order_json))
        for contract_id, eid, worker, contracted_on in contracts:
            given = first.get(contract_id)
            if given is None:
                out.append(NoticeLine(eid, titles[eid], worker, contracted_on, contract_id=contract_id))
            else:
                out.append(NoticeLine(eid, titles[eid], worker, contracted_on, given[0], given[1] or "",
                                      _act_applies(given[2]), contract_id))  # fmt: skip
    return out


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
    from ...domain.progress import DONE, EscrowLine

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
