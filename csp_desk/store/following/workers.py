"""Workers (freelancers): the register, its search and sorting, and each worker's history."""


from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from ...domain.platforms import name_ja
from ...domain.text import search_key
from ...domain.worker import FIELD_LABELS, RATING_POINTS, WorkerDraft
from .. import sql
from ..errors import NotFound
from ..models import (
    Client,
    Engagement,
    Rating,
    WorkContract,
    Worker,
    WorkItem,
)
from ..versions import Opened, merged


@dataclass(frozen=True)
class WorkerRow:
    id: int
    draft: WorkerDraft
    archived: bool
    version: int = 0
    """The record's version as read: a form saves back with it (store/versions)."""


@dataclass(frozen=True)
class WorkerListRow:
    id: int
    name: str
    platform: str
    prefecture: str
    kind: str
    skills: str
    orders: int
    rating: float | None


def apply_worker(row: Worker, draft: WorkerDraft) -> None:
    for f in fields(WorkerDraft):
        setattr(row, f.name, getattr(draft, f.name))
    row.search_key = search_key(
        " ".join((draft.name, draft.kana, draft.skills, draft.platform, name_ja(draft.platform),
                  draft.prefecture))
    )
    row.kana_key = search_key(draft.kana or draft.name)


def create_worker(session: Session, draft: WorkerDraft) -> int:
    clean = draft.validated()
    row = Worker()
    apply_worker(row, clean)
    session.add(row)
    session.flush()
    return row.id


def add_workers(session: Session, drafts: Sequence[WorkerDraft]) -> None:
    """Adds many new workers at once (an imported list)."""
    from ..repo import add_new

    add_new(session, Worker, apply_worker, drafts)


def update_worker(
    session: Session, worker_id: int, draft: WorkerDraft, *, opened: Opened[WorkerDraft] | None = None
) -> None:
    """Saves the form's record over the worker's; what someone else saved since `opened` is kept,
    a field both changed refuses the save (ChangedMeanwhile)."""
    clean = draft.validated()
    row = session.get(Worker, worker_id)
    if row is None:
        raise NotFound()
    clean = merged(_draft(row), row.version, opened, clean, FIELD_LABELS)
    apply_worker(row, clean)
    session.flush()


def _draft(row: Worker) -> WorkerDraft:
    return WorkerDraft(**{f.name: getattr(row, f.name) for f in fields(WorkerDraft)})


def get_worker(session: Session, worker_id: int) -> WorkerRow:
    row = session.get(Worker, worker_id)
    if row is None:
        raise NotFound()
    return WorkerRow(row.id, _draft(row), row.archived, row.version)


def set_worker_archived(session: Session, worker_id: int, archived: bool) -> None:
    row = session.get(Worker, worker_id)
    if row is None:
        raise NotFound()
    row.archived = archived
    session.flush()


def _average_rating() -> ColumnElement[float]:
    points = sum((getattr(Rating, p) for p in RATING_POINTS), start=0)
    return func.avg(points * 1.0 / len(RATING_POINTS))


WORKER_SORTS = ("name", "platform", "prefecture", "orders", "rating")


def _worker_filter(query: Select[Any], search: str, include_archived: bool) -> Select[Any]:
    if not include_archived:
        query = query.where(Worker.archived.is_(False))
    for word in search_key(search).split():
        query = query.where(sql.position(Worker.search_key, word) > 0)
    return query


def count_workers(session: Session, search: str = "", include_archived: bool = False) -> int:
    query = _worker_filter(select(func.count(Worker.id)), search, include_archived)
    return int(session.scalar(query) or 0)


def list_workers(
    session: Session,
    search: str = "",
    *,
    offset: int = 0,
    limit: int = 200,
    sort: str = "name",
    descending: bool = False,
    include_archived: bool = False,
) -> list[WorkerListRow]:
    """One page of the worker register, sorted and filtered in SQL."""
    orders = (
        select(func.count(WorkContract.id))
        .where(WorkContract.worker_id == Worker.id)
        .correlate(Worker)
        .scalar_subquery()
    )
    ratings = None
    if sort == "rating":
        # sorted by it: each worker's average aggregated once and joined. Asked per worker (the
        # correlated subquery below), sorting 20,000 workers took PostgreSQL 200 ms, SQLite 22
        ratings = (
            select(WorkContract.worker_id.label("worker_id"), _average_rating().label("rating"))
            .join(Rating, Rating.contract_id == WorkContract.id)
            .group_by(WorkContract.worker_id)
            .subquery()
        )
        rating: Any = ratings.c.rating
    else:  # shown for one page of workers only
        rating = (
            select(_average_rating())
            .join(WorkContract, WorkContract.id == Rating.contract_id)
            .where(WorkContract.worker_id == Worker.id)
            .correlate(Worker)
            .scalar_subquery()
        )
    keys = {
        "name": Worker.kana_key,
        "platform": Worker.platform,
        "prefecture": Worker.prefecture,
        "orders": orders,
        "rating": rating,
    }
    key = keys.get(sort, Worker.kana_key)
    query = select(
        Worker.id,
        Worker.name,
        Worker.platform,
        Worker.prefecture,
        Worker.kind,
        func.substr(Worker.skills, 1, 80),
        orders,
        rating,
    )
    if ratings is not None:
        query = query.outerjoin(ratings, ratings.c.worker_id == Worker.id)
    query = _worker_filter(query, search, include_archived)
    order = key.desc() if descending else key.asc()
    query = query.order_by(order, Worker.id).offset(offset).limit(limit)
    return [WorkerListRow(*r) for r in session.execute(query)]


@dataclass(frozen=True)
class HistoryRow:
    contract_id: int
    client: str
    work_item: str
    contracted_on: date
    amount: int
    state: str
    rating: float | None


def worker_history(session: Session, worker_id: int) -> list[HistoryRow]:
    """Every contract of the worker, newest first, with its order's state and the rating given."""
    rating = (
        select(_average_rating())
        .where(Rating.contract_id == WorkContract.id)
        .correlate(WorkContract)
        .scalar_subquery()
    )
    query = (
        select(
            WorkContract.id,
            Client.name,
            WorkItem.title,
            WorkContract.contracted_on,
            WorkContract.amount,
            Engagement.state,
            rating,
        )
        .join(Engagement, Engagement.id == WorkContract.engagement_id)
        .join(WorkItem, WorkItem.id == Engagement.work_item_id)
        .join(Client, Client.id == Engagement.client_id)
        .where(WorkContract.worker_id == worker_id)
        .order_by(WorkContract.contracted_on.desc(), WorkContract.id.desc())
    )
    return [HistoryRow(*r) for r in session.execute(query)]
