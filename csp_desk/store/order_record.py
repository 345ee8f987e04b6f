"""Reads one order with everything recorded about it, for its 案件記録."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.order_record import (
    ContactLine,
    ContractTerms,
    Event,
    MilestoneLine,
    OrderRecord,
    RatingLine,
    StepLine,
)
from ..domain.worker import RATING_POINTS
from .errors import NotFound
from .following import progress_data
from .models import (
    ContactEntry,
    ContractChange,
    Delivery,
    Engagement,
    IssuedNotice,
    Milestone,
    Rating,
    RevisionRequest,
    StateChange,
    WorkContract,
    Worker,
    WorkItem,
)


def order_record_data(session: Session, engagement_id: int, today: date) -> OrderRecord:
    """The order, its contracts and notices, escrow, steps, deliveries, revisions and changes,
    contacts, troubles, payments, ratings and audit log; raises NotFound for an unknown order."""
    row = session.get(Engagement, engagement_id)
    if row is None:
        raise NotFound()
    data = progress_data(session, None, today, engagement_id, with_history=True)
    item = session.get(WorkItem, row.work_item_id)
    assert item is not None
    contracts = []
    names: dict[int, str] = {}
    for c, worker in session.execute(
        select(WorkContract, Worker)
        .join(Worker, Worker.id == WorkContract.worker_id)
        .where(WorkContract.engagement_id == engagement_id)
        .order_by(WorkContract.id)
    ):
        names[c.id] = worker.name
        notices = tuple(
            (given_on, channel)
            for given_on, channel in session.execute(
                select(IssuedNotice.given_on, IssuedNotice.channel)
                .where(IssuedNotice.work_contract_id == c.id)
                .order_by(IssuedNotice.id)
            )
        )
        contracts.append(
            ContractTerms(c.id, worker.name, worker.kind, worker.invoice_number, c.contracted_on, c.amount,
                          c.taxable, c.withheld, c.delivery_due, c.inspection_due, c.payment_due,
                          c.period_end, c.free_rounds, c.notes, notices)
        )
    ids = list(names)
    events: list[Event] = []
    for d in session.scalars(select(Delivery).where(Delivery.contract_id.in_(ids))):
        events.append(Event(d.delivered_on, "delivery", names[d.contract_id], d.note, refused=d.refused,
                            worker_at_fault=d.worker_at_fault))  # fmt: skip
    for r in session.scalars(select(RevisionRequest).where(RevisionRequest.contract_id.in_(ids))):
        events.append(Event(r.requested_on, "revision", names[r.contract_id], r.asked, in_scope=r.in_scope,
                            paid_extra=r.paid_extra, worker_at_fault=r.worker_at_fault))  # fmt: skip
    for ch in session.scalars(select(ContractChange).where(ContractChange.contract_id.in_(ids))):
        events.append(Event(ch.changed_on, "change", names[ch.contract_id], ch.description,
                            change_kind=ch.kind, worker_consented=ch.worker_consented,
                            amended_notice_on=ch.amended_notice_on, amount_delta=ch.amount_delta,
                            worker_at_fault=ch.worker_at_fault))  # fmt: skip
    order = {"delivery": 0, "revision": 1, "change": 2}
    events.sort(key=lambda e: (e.on, order[e.kind]))
    steps = tuple(
        StepLine(on, from_state, to_state, note)
        for on, from_state, to_state, note in session.execute(
            select(StateChange.on, StateChange.from_state, StateChange.to_state, StateChange.note)
            .where(StateChange.engagement_id == engagement_id)
            .order_by(StateChange.on, StateChange.id)
        )
    )
    contacts = tuple(
        ContactLine(at, party, direction, channel, summary, worker or "")
        for at, party, direction, channel, summary, worker in session.execute(
            select(ContactEntry.at, ContactEntry.party, ContactEntry.direction, ContactEntry.channel,
                   ContactEntry.summary, Worker.name)
            .outerjoin(Worker, Worker.id == ContactEntry.worker_id)
            .where(ContactEntry.engagement_id == engagement_id)
            .order_by(ContactEntry.at, ContactEntry.id)
        )
    )
    milestones = tuple(
        MilestoneLine(names[m.contract_id], m.title, m.amount, m.due_on, m.escrowed_on, m.released_on)
        for m in session.scalars(
            select(Milestone)
            .where(Milestone.contract_id.in_(ids), Milestone.amount > 0)
            .order_by(Milestone.id)
        )
    )
    ratings = tuple(
        RatingLine(names[r.contract_id], r.rated_on,
                   sum(getattr(r, p) for p in RATING_POINTS) / len(RATING_POINTS), r.comment)
        for r in session.scalars(select(Rating).where(Rating.contract_id.in_(ids)).order_by(Rating.id))
    )
    return OrderRecord(
        progress=data,
        budget_min=item.budget_min,
        keep_until=row.keep_until,
        prepaid_on=row.prepaid_on,
        prepaid_amount=row.prepaid_amount,
        contracts=tuple(contracts),
        steps=steps,
        events=tuple(events),
        contacts=contacts,
        milestones=milestones,
        ratings=ratings,
    )
