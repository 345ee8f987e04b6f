"""A client's breakdown: problems and their work items, edited, added, removed and moved (the
Breakdown page's door). Each write is one transaction; what is returned lets the window's undo
take the step back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..domain.breakdown import WorkItemDraft
    from ..store.db import Store


@dataclass(frozen=True)
class ProblemItems:
    problem: Any
    """The problem's row (id, consultation, held_on, title, catalogue_id)."""
    items: list[Any]
    """Its work items' rows (id, problem_id, position, draft), in order."""


def breakdown(store: Store, client_id: int) -> list[ProblemItems]:
    """Every problem of the client with its work items, read in one session."""
    from ..store import repo

    with store.session() as session:
        return [ProblemItems(problem, repo.list_work_items(session, problem.id))
                for problem in repo.list_problems(session, client_id=client_id)]  # fmt: skip


def work_item(store: Store, problem_id: int, item_id: int) -> Any | None:
    """One work item's row, or None when it is gone (another page or an undo removed it)."""
    from ..store import repo

    with store.session() as session:
        return next((r for r in repo.list_work_items(session, problem_id) if r.id == item_id), None)


def update_work_item(
    store: Store, item_id: int, draft: WorkItemDraft, *, base: WorkItemDraft | None = None
) -> None:
    """Validates and keeps the item; raises InvalidInput with nothing written. With `base` (the
    item as the form or the undo step knew it), what someone else saved since is kept and a field
    both changed refuses the save (ChangedMeanwhile)."""
    from ..store import repo
    from ..store.versions import Opened

    with store.write() as session:
        since = Opened(base, None) if base is not None else None
        repo.update_work_item(session, item_id, draft, opened=since)


def insert_work_item(
    store: Store,
    problem_id: int,
    draft: WorkItemDraft,
    position: int | None = None,
    item_id: int | None = None,
) -> int:
    """Adds the item under the problem (at `position`, with `item_id` when an undone removal is
    put back); returns its id."""
    from ..store import repo

    with store.write() as session:
        return repo.insert_work_item(session, problem_id, draft, position, item_id)


def delete_work_item(store: Store, item_id: int) -> Any:
    """Removes the item; returns its row as it was, for insert_work_item to put it back."""
    from ..store import repo

    with store.write() as session:
        return repo.delete_work_item(session, item_id)


def move_work_item(store: Store, item_id: int, position: int) -> None:
    from ..store import repo

    with store.write() as session:
        repo.move_work_item(session, item_id, position)
