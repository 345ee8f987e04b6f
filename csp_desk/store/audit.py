"""The audit log: every change to the records the law asks to keep — postings and their
versions, contracts, changes, deliveries, payments, ratings and the order itself — with its old
and new values, written in the same transaction as the change."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from .models import (
    AuditEntry,
    ContractChange,
    Delivery,
    Engagement,
    IssuedNotice,
    Milestone,
    PostedVersion,
    Posting,
    Rating,
    RevisionRequest,
    WorkContract,
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
)
SKIPPED = {"content", "updated_at", "recorded_at", "created_at"}
"""Columns not copied into the log (a document's bytes; timestamps the log has itself)."""


def _plain(value: Any) -> Any:
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
        out[name] = [_plain(old), _plain(new)]
    return out


def _after_flush(session: Session, _context: Any) -> None:
    rows = []
    now = datetime.now()
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


def history_of_engagement(session: Session, engagement_id: int) -> list[AuditRow]:
    """The order's own changes and those of its contracts and their payments, deliveries,
    revisions, changes, milestones and ratings, oldest first."""
    contracts = list(
        session.scalars(select(WorkContract.id).where(WorkContract.engagement_id == engagement_id))
    )
    wanted = [("engagement", [engagement_id]), ("work_contract", contracts)]
    for model in (WorkPayment, Delivery, RevisionRequest, ContractChange, Milestone, Rating):
        ids = list(session.scalars(select(model.id).where(model.contract_id.in_(contracts))))
        wanted.append((model.__tablename__, ids))
    out: list[AuditRow] = []
    for table, ids in wanted:
        if not ids:
            continue
        query = (
            select(
                AuditEntry.at,
                AuditEntry.table_name,
                AuditEntry.record_id,
                AuditEntry.action,
                AuditEntry.changes,
                AuditEntry.id,
            )
            .where(AuditEntry.table_name == table, AuditEntry.record_id.in_(ids))
            .order_by(AuditEntry.id)
        )
        out += [AuditRow(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in session.execute(query)]
    return sorted(out, key=lambda row: row.at)
