"""Imports from files someone sends the producer: a list of clients or of workers, as CSV or
Excel. Read and checked first; written all together in one transaction, or not at all."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.list_import import CLIENTS, WORKERS, ListKind, RowError, read_list
from ..domain.text import QT_TRANSLATE_NOOP, search_key
from ..store.db import Store
from ..tables import Progress, read_table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..store.workshops import Registered

BATCH = 500
"""Rows prepared between two progress reports (and chances to cancel)."""


def _no_progress(_done: int, _total: int) -> None:
    return None


@dataclass(frozen=True)
class ImportResult:
    added: int
    already_there: int
    """Rows naming someone the database already has: left out, the stored record unchanged."""
    repeated: int
    """Rows repeating the name of an earlier row of the same file: left out."""
    ignored_columns: tuple[str, ...]


class ImportRefused(Exception):
    """Rows that did not pass: nothing was imported."""

    message = QT_TRANSLATE_NOOP("import", "Nothing was imported: {count:,} problems in the list.")

    def __init__(self, errors: list[RowError]):
        super().__init__(f"{len(errors)} problems")
        self.errors = errors


def _import(
    store: Store,
    path: Path,
    kind: ListKind,
    names: Callable[[Session], Iterable[str]],
    model: type[Any],
    fill: Callable[[Any, Any], None],
    progress: Progress,
) -> ImportResult:
    """Reads and checks the whole list and prepares its rows with no transaction open, then adds
    the new names in one short write (the window's own saves never wait on a long import). Raises
    TableError (the file), ListRefused (its header) or ImportRefused (its rows) before anything
    is written; a cancel (progress raising) before the write leaves nothing."""
    from ..store.repo import insert_rows, new_rows

    found = read_list(read_table(path, progress), kind)
    if found.errors:
        raise ImportRefused(found.errors)
    total = len(found.drafts)
    keys = [search_key(draft.name) for _row, draft in found.drafts]
    prepared = []
    for start in range(0, total, BATCH):
        prepared += new_rows(fill, [draft for _row, draft in found.drafts[start : start + BATCH]])
        progress(min(start + BATCH, total) // 2, total)  # may raise to cancel: nothing is written yet
    added = already = repeated = 0
    with store.write() as session:
        existing = {search_key(name) for name in names(session)}  # read in the write: no one adds between
        seen: set[str] = set()
        new = []
        for key, row in zip(keys, prepared, strict=True):
            if key in existing:
                already += 1
            elif key in seen:
                repeated += 1
            else:
                seen.add(key)
                new.append(row)
        insert_rows(session, model, new)
        added = len(new)
    progress(total, total)
    return ImportResult(added, already, repeated, tuple(found.ignored_columns))


def import_clients(store: Store, path: Path, progress: Progress = _no_progress) -> ImportResult:
    """Adds the clients of a CSV or Excel list; those already there (same name) are left out."""
    from sqlalchemy import select

    from ..store.models import Client
    from ..store.repo import fill_client

    names = lambda s: s.scalars(select(Client.name))  # noqa: E731
    return _import(store, path, CLIENTS, names, Client, fill_client, progress)


def import_workers(store: Store, path: Path, progress: Progress = _no_progress) -> ImportResult:
    """Adds the workers of a CSV or Excel list; those already there (same name) are left out."""
    from sqlalchemy import select

    from ..store.following import apply_worker
    from ..store.models import Worker

    names = lambda s: s.scalars(select(Worker.name))  # noqa: E731
    return _import(store, path, WORKERS, names, Worker, apply_worker, progress)


def import_participants(
    store: Store, path: Path, workshop_id: int, progress: Progress = _no_progress
) -> tuple[Registered, tuple[str, ...]]:
    """Registers the SMEs of an organiser's registration list (CSV or Excel, read as a list of
    clients) for a workshop: a client of the same name or corporate number is reused, the others
    are created; all rows or none. Returns what was registered and the columns not read."""
    from ..store import workshops

    found = read_list(read_table(path, progress), CLIENTS)
    if found.errors:
        raise ImportRefused(found.errors)
    drafts = [draft for _row, draft in found.drafts]
    progress(0, len(drafts))
    with store.write() as session:
        result = workshops.register_participants(session, workshop_id, drafts)
        progress(len(drafts), len(drafts))  # may raise to cancel: the session rolls back
    return result, tuple(found.ignored_columns)
