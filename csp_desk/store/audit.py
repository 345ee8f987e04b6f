"""The audit log: every change to the records the law asks to keep — postings and their
versions, contracts, changes, deliveries, payments, ratings and the order itself — with its old
and new values, written in the same transaction as the change."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, func, insert, inspect, literal, select
from sqlalchemy.orm import Session, sessionmaker

from ..domain.history import HistoryLine
from .models import (
    AuditEntry,
    ContractChange,
    Delivery,
    Engagement,
    IssuedNotice,
    Milestone,
    PlatformCheck,
    PlatformEntry,
    PlatformFee,
    PostedVersion,
    Posting,
    Rating,
    RevisionRequest,
    TeamMember,
    WorkContract,
    Worker,
    WorkPayment,
)

AUDITED = (
    Posting,
    PostedVersion,
    IssuedNotice,
    Engagement,
    WorkContract,
    Milestone,
    Delivery,
    RevisionRequest,
    ContractChange,
    WorkPayment,
    Rating,
    PlatformEntry,
    PlatformFee,
    PlatformCheck,
)
SKIPPED = {"content", "updated_at", "recorded_at", "created_at", "version"}
"""Columns not copied into the log (a document's bytes; timestamps the log has itself; the
count of saves, store/versions)."""


def json_value(value: Any) -> Any:
    """A column's value as JSON holds it: dates and times in ISO form, bytes by their size."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def _json_diff(old: str | None, new: str | None) -> dict[str, list[Any]]:
    """Field-level differences between two JSON documents (postings are kept as JSON)."""
    try:
        before, after = json.loads(old or "{}"), json.loads(new or "{}")
    except ValueError:
        return {"": [old, new]}
    if not isinstance(before, dict) or not isinstance(after, dict):
        return {"": [before, after]}
    return {
        key: [before.get(key), after.get(key)]
        for key in sorted(set(before) | set(after))
        if before.get(key) != after.get(key)
    }


def _changes(obj: Any, action: str) -> dict[str, Any]:
    state = inspect(obj)
    out: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        name = attr.key
        if name in SKIPPED:
            continue
        history = state.attrs[name].history
        if action == "update" and not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else (None if action == "insert" else getattr(obj, name))
        new = None if action == "delete" else getattr(obj, name)
        if action == "update" and old == new:
            continue
        if name.endswith("_json") and action == "update":
            for key, pair in _json_diff(old, new).items():
                out[f"{name}.{key}" if key else name] = pair
            continue
        if name.endswith("_json"):
            out[name] = [None, "…"] if action == "insert" else ["…", None]
            continue
        out[name] = [json_value(old), json_value(new)]
    return out


def _after_flush(session: Session, _context: Any) -> None:
    rows = []
    now = datetime.now()
    actor = session.info.get("actor", "")  # a team server puts its own word here (migration 0012)
    for action, objects in (("insert", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objects:
            if not isinstance(obj, AUDITED):
                continue
            changes = _changes(obj, action)
            if action == "update" and not changes:
                continue
            rows.append(
                {
                    "at": now,
                    "table_name": obj.__tablename__,
                    "record_id": obj.id,
                    "action": action,
                    "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
                    "actor": actor,
                }
            )
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def watch(sessions: sessionmaker[Session]) -> None:
    """Logs the audited changes of every session the store opens."""
    event.listen(sessions, "after_flush", _after_flush)


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    table_name: str
    record_id: int
    action: str
    changes: dict[str, list[Any]]


def history_of(session: Session, table_name: str, record_id: int) -> list[AuditRow]:
    """The changes of one record, oldest first."""
    query = (
        select(
            AuditEntry.at, AuditEntry.table_name, AuditEntry.record_id, AuditEntry.action, AuditEntry.changes
        )
        .where(AuditEntry.table_name == table_name, AuditEntry.record_id == record_id)
        .order_by(AuditEntry.id)
    )
    return [AuditRow(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in session.execute(query)]


def history_lines(
    session: Session, *, client_id: int | None = None, engagement_id: int | None = None
) -> list[HistoryLine]:
    """The logged changes of orders (one, a client's, or all) and of everything that belongs to
    them — contracts and their milestones, deliveries, revisions, changes, payments and ratings,
    and the posting of the work item with its posted versions and notices — oldest first.

    Records are found through the rows they belong to, so the entries of a row deleted since
    (only possible once its order is gone) are left out."""
    from .models import WorkItem

    def via_contract(model: Any) -> list[tuple[Any, Any]]:
        return [
            (model, model.id == AuditEntry.record_id),
            (WorkContract, WorkContract.id == model.contract_id),
            (Engagement, Engagement.id == WorkContract.engagement_id),
        ]

    def via_posting(model: Any) -> list[tuple[Any, Any]]:
        return [
            (model, model.id == AuditEntry.record_id),
            (Posting, Posting.id == model.posting_id),
            (Engagement, Engagement.work_item_id == Posting.work_item_id),
        ]

    paths: dict[str, list[tuple[Any, Any]]] = {
        "engagement": [(Engagement, Engagement.id == AuditEntry.record_id)],
        "work_contract": [
            (WorkContract, WorkContract.id == AuditEntry.record_id),
            (Engagement, Engagement.id == WorkContract.engagement_id),
        ],
        "posting": [
            (Posting, Posting.id == AuditEntry.record_id),
            (Engagement, Engagement.work_item_id == Posting.work_item_id),
        ],
        "posted_version": via_posting(PostedVersion),
        "issued_notice": via_posting(IssuedNotice),
    }
    for model in (Milestone, Delivery, RevisionRequest, ContractChange, WorkPayment, Rating):
        paths[model.__tablename__] = via_contract(model)
    found: list[tuple[int, HistoryLine]] = []
    for table, joins in paths.items():
        by_contract = any(model is WorkContract for model, _on in joins)  # the worker's name with it
        query = select(
            AuditEntry.id,
            AuditEntry.at,
            Engagement.id,
            WorkItem.title,
            AuditEntry.action,
            AuditEntry.changes,
            Worker.name if by_contract else literal(""),
            func.coalesce(func.nullif(TeamMember.display_name, ""), TeamMember.login, ""),
        ).select_from(AuditEntry)
        for model, on in joins:
            query = query.join(model, on)
        if by_contract:
            query = query.outerjoin(Worker, Worker.id == WorkContract.worker_id)
        query = query.outerjoin(TeamMember, TeamMember.login == AuditEntry.actor)  # a team's member
        query = query.join(WorkItem, WorkItem.id == Engagement.work_item_id).where(
            AuditEntry.table_name == table
        )
        if engagement_id is not None:
            query = query.where(Engagement.id == engagement_id)
        if client_id is not None:
            query = query.where(Engagement.client_id == client_id)
        found += [
            (r[0], HistoryLine(r[1], r[2], r[3], table, r[4], json.loads(r[5]), r[6] or "", r[7] or ""))
            for r in session.execute(query)
        ]
    found.sort(key=lambda pair: (pair[1].at, pair[0]))
    return [line for _id, line in found]


def history_of_engagement(session: Session, engagement_id: int) -> list[HistoryLine]:
    """One order's logged changes and those of everything that belongs to it, oldest first."""
    return history_lines(session, engagement_id=engagement_id)
