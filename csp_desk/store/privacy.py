"""Personal data of a worker: everything held about them, exported on request, and erased
(anonymised) once no retention period holds the orders they worked on."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..domain.text import QT_TRANSLATE_NOOP
from .errors import NotFound, StoreError
from .following import get_worker, worker_history
from .models import Application, ContactEntry, Engagement, Rating, WorkContract, Worker, WorkItem, WorkPayment

FORMAT = "csp-desk.personal-data/1"
ERASED_NAME = "（削除済み）"


class PersonalDataRetained(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "This worker's data is part of order records that must be kept until {until}; it can be "
        "erased after that. Nothing was changed.",
    )


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def worker_data(session: Session, worker_id: int) -> dict[str, Any]:
    """Everything held about a worker, as JSON-ready data."""
    worker = get_worker(session, worker_id)
    applications = session.execute(
        select(
            Application.received_on, Application.amount, Application.status, Application.notes, WorkItem.title
        )
        .join(Engagement, Engagement.id == Application.engagement_id)
        .join(WorkItem, WorkItem.id == Engagement.work_item_id)
        .where(Application.worker_id == worker_id)
    ).all()
    payments = session.execute(
        select(
            WorkPayment.due_on,
            WorkPayment.amount,
            WorkPayment.tax,
            WorkPayment.withholding,
            WorkPayment.paid_on,
        )
        .join(WorkContract, WorkContract.id == WorkPayment.contract_id)
        .where(WorkContract.worker_id == worker_id)
    ).all()
    ratings = session.execute(
        select(
            Rating.quality,
            Rating.schedule,
            Rating.communication,
            Rating.skill,
            Rating.partnership,
            Rating.comment,
            Rating.rated_on,
        )
        .join(WorkContract, WorkContract.id == Rating.contract_id)
        .where(WorkContract.worker_id == worker_id)
    ).all()
    contacts = session.execute(
        select(ContactEntry.at, ContactEntry.direction, ContactEntry.channel, ContactEntry.summary)
        .where(ContactEntry.worker_id == worker_id)
        .order_by(ContactEntry.at)
    ).all()

    def rows(result: Any, names: tuple[str, ...]) -> list[dict[str, Any]]:
        return [{name: _plain(value) for name, value in zip(names, row, strict=True)} for row in result]

    return {
        "format": FORMAT,
        "worker": {**{k: _plain(v) for k, v in asdict(worker.draft).items()}, "archived": worker.archived},
        "contracts": [
            {k: _plain(v) for k, v in asdict(h).items()} for h in worker_history(session, worker_id)
        ],
        "applications": rows(applications, ("received_on", "amount", "status", "notes", "work")),
        "payments": rows(payments, ("due_on", "amount", "tax", "withholding", "paid_on")),
        "ratings": rows(
            ratings, ("quality", "schedule", "communication", "skill", "partnership", "comment", "rated_on")
        ),
        "contacts": rows(contacts, ("at", "direction", "channel", "summary")),
    }


def erase_worker(session: Session, worker_id: int, today: date) -> None:
    """Anonymises the worker once every order they applied to or worked on may be let go."""
    row = session.get(Worker, worker_id)
    if row is None:
        raise NotFound()
    engaged = (
        select(Application.engagement_id)
        .where(Application.worker_id == worker_id)
        .union(select(WorkContract.engagement_id).where(WorkContract.worker_id == worker_id))
    )
    held = session.scalars(
        select(Engagement.keep_until).where(
            Engagement.id.in_(engaged), or_(Engagement.keep_until.is_(None), Engagement.keep_until > today)
        )
    ).all()
    if held:
        until = max((d for d in held if d is not None), default=None)
        if any(d is None for d in held) or until is None:
            raise PersonalDataRetained(until=QT_TRANSLATE_NOOP("store", "3 years after the order ends"))
        raise PersonalDataRetained(until=until.strftime("%Y/%m/%d"))
    row.name = f"{ERASED_NAME} #{row.id}"
    for field in (
        "kana",
        "kana_key",
        "search_key",
        "platform",
        "profile_url",
        "prefecture",
        "skills",
        "invoice_number",
        "notes",
    ):
        setattr(row, field, "")
    row.has_employees = None
    row.archived = True
    for entry in session.scalars(select(ContactEntry).where(ContactEntry.worker_id == worker_id)):
        entry.summary = ERASED_NAME
    session.flush()
