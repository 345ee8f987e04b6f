"""Workers (freelancers): the list in pages, one worker with their history, saving and archiving
(the Workers page's door)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import Changed

if TYPE_CHECKING:
    from ..domain.worker import WorkerDraft
    from ..store.db import Store


def count_workers(store: Store, search: str = "", include_archived: bool = False) -> int:
    from ..store import following

    with store.session() as session:
        return following.count_workers(session, search, include_archived)


def list_workers(
    store: Store,
    search: str = "",
    *,
    offset: int = 0,
    limit: int = 200,
    sort: str = "name",
    descending: bool = False,
    include_archived: bool = False,
) -> list[Any]:
    """One page of the list, sorted on the server (a worker list runs to tens of thousands)."""
    from ..store import following

    with store.session() as session:
        return following.list_workers(session, search, offset=offset, limit=limit, sort=sort,
                                      descending=descending, include_archived=include_archived)  # fmt: skip


@dataclass(frozen=True)
class WorkerView:
    row: Any
    history: list[Any]
    """The orders they applied to or worked on, newest first."""


def load_worker(store: Store, worker_id: int) -> WorkerView:
    """The worker's record and history; raises NotFound."""
    from ..store import following

    with store.session() as session:
        row = following.get_worker(session, worker_id)
        return WorkerView(row, following.worker_history(session, worker_id))


def save_worker(
    store: Store, draft: WorkerDraft, worker_id: int | None = None, *, opened: Any = None
) -> Changed:
    """Validates, then creates (`worker_id` None) or updates; raises InvalidInput with nothing
    written. With `opened` (the WorkerRow the form showed), what someone else saved since is
    kept and a field both changed refuses the save (ChangedMeanwhile). Changed.ids holds the
    worker's id."""
    from ..store import following
    from ..store.versions import Opened

    with store.write() as session:
        if worker_id is None:
            worker_id = following.create_worker(session, draft)
        else:
            since = Opened(opened.draft, opened.version) if opened is not None else None
            following.update_worker(session, worker_id, draft, opened=since)
    return Changed("workers", (worker_id,))


def set_archived(store: Store, worker_id: int, archived: bool) -> Changed:
    from ..store import following

    with store.write() as session:
        following.set_worker_archived(session, worker_id, archived)
    return Changed("workers", (worker_id,))
