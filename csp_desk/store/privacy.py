"""Personal data of a worker: everything held about them, exported on request, and erased
(anonymised) once no retention period holds the orders they worked on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..domain.text import QT_TRANSLATE_NOOP
from .audit import json_value
from .errors import NotFound, StoreError
from .following import get_worker, worker_history
from .models import Application, ContactEntry, Engagement, Rating, WorkContract, Worker, WorkItem, WorkPayment
from .repo import kept_until

FORMAT = "csp-desk.personal-data/1"
ERASED_NAME = "（削除済み）"


class PersonalDataRetained(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "This worker's data is part of order records that must be kept until {until}; it can be "
        "erased after that. Nothing was changed.",
    )


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
            WorkItem.title,
        )
        .join(WorkContract, WorkContract.id == WorkPayment.contract_id)
        .join(Engagement, Engagement.id == WorkContract.engagement_id)
        .join(WorkItem, WorkItem.id == Engagement.work_item_id)
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
            WorkItem.title,
        )
        .join(WorkContract, WorkContract.id == Rating.contract_id)
        .join(Engagement, Engagement.id == WorkContract.engagement_id)
        .join(WorkItem, WorkItem.id == Engagement.work_item_id)
        .where(WorkContract.worker_id == worker_id)
    ).all()
    contacts = session.execute(
        select(ContactEntry.at, ContactEntry.direction, ContactEntry.channel, ContactEntry.summary)
        .where(ContactEntry.worker_id == worker_id)
        .order_by(ContactEntry.at)
    ).all()

    def rows(result: Any, names: tuple[str, ...]) -> list[dict[str, Any]]:
        return [{name: json_value(value) for name, value in zip(names, row, strict=True)} for row in result]

    return {
        "format": FORMAT,
        "worker": {
            **{k: json_value(v) for k, v in asdict(worker.draft).items()},
            "archived": worker.archived,
        },
        "contracts": [
            {k: json_value(v) for k, v in asdict(h).items()} for h in worker_history(session, worker_id)
        ],
        "applications": rows(applications, ("received_on", "amount", "status", "notes", "work")),
        # each payment and rating with the work it is for (the readable document names it)
        "payments": rows(payments, ("due_on", "amount", "tax", "withholding", "paid_on", "work")),
        "ratings": rows(
            ratings,
            ("quality", "schedule", "communication", "skill", "partnership", "comment", "rated_on", "work"),
        ),
        "contacts": rows(contacts, ("at", "direction", "channel", "summary")),
    }


def _refuse_while_kept(held: Sequence[date | None]) -> None:
    """Raises with the last retention date of the orders still kept (None: an order still open)."""
    if held:
        raise PersonalDataRetained(until=kept_until(held))


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
    _refuse_while_kept(held)
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


def client_data(session: Session, client_id: int) -> dict[str, Any]:
    """What is held about a client and its contact person, as JSON-ready data."""
    from .models import Client, Consultation

    client = session.get(Client, client_id)
    if client is None:
        raise NotFound()
    fields = (
        "name",
        "kana",
        "industry",
        "employees",
        "capital",
        "prefecture",
        "address",
        "contact_person",
        "phone",
        "email",
        "corporate_number",
        "notes",
        "archived",
    )
    consultations = session.execute(
        select(Consultation.held_on, Consultation.place, Consultation.attendees, Consultation.notes)
        .where(Consultation.client_id == client_id)
        .order_by(Consultation.held_on)
    ).all()
    orders = session.execute(
        select(WorkItem.title, Engagement.state, Engagement.state_since)
        .join(WorkItem, WorkItem.id == Engagement.work_item_id)
        .where(Engagement.client_id == client_id)
    ).all()
    return {
        "format": FORMAT,
        "client": {name: json_value(getattr(client, name)) for name in fields},
        "consultations": [
            dict(zip(("held_on", "place", "attendees", "notes"), map(json_value, row), strict=True))
            for row in consultations
        ],
        "orders": [
            dict(zip(("work", "state", "since"), map(json_value, row), strict=True)) for row in orders
        ],
    }


def erase_client_contact(session: Session, client_id: int, today: date) -> None:
    """Erases the contact person's name, phone and email and the consultations' attendees once
    no order of the client must still be kept."""
    from .models import Client, Consultation

    client = session.get(Client, client_id)
    if client is None:
        raise NotFound()
    held = session.scalars(
        select(Engagement.keep_until).where(
            Engagement.client_id == client_id,
            or_(Engagement.keep_until.is_(None), Engagement.keep_until > today),
        )
    ).all()
    _refuse_while_kept(held)
    client.contact_person, client.phone, client.email = "", "", ""
    for consultation in session.scalars(select(Consultation).where(Consultation.client_id == client_id)):
        consultation.attendees = ERASED_NAME
    session.flush()
