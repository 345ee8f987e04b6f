"""The contact log of an order and its troubles."""


from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain import followup
from ...domain.followup import TROUBLE_CATEGORIES
from ...domain.text import QT_TRANSLATE_NOOP, FieldError, InvalidInput
from ..errors import NotFound
from ..models import (
    ContactEntry,
    Trouble,
    Worker,
)
from ._base import _engagement


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
