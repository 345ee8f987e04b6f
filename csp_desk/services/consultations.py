"""Consultations and the problems heard in them (the Consultations page's door). Adding and
removing a problem return what the window's undo needs to take the step back."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from . import Changed

if TYPE_CHECKING:
    from ..domain.breakdown import WorkItemDraft
    from ..domain.consultation import ConsultationDraft
    from ..store.db import Store
    from ..store.repo import RemovedProblem


def list_consultations(store: Store, client_id: int) -> list[Any]:
    from ..store import repo

    with store.session() as session:
        return repo.list_consultations(session, client_id)


def save_consultation(
    store: Store,
    client_id: int,
    draft: ConsultationDraft,
    consultation_id: int | None = None,
    *,
    opened: Any = None,
) -> Changed:
    """Validates, then creates or updates; raises InvalidInput with nothing written. With
    `opened` (the row the form showed, list_consultations), what someone else saved since is
    kept and a field both changed refuses the save (ChangedMeanwhile)."""
    from ..store import repo
    from ..store.versions import Opened

    since = Opened(opened.draft, opened.version) if opened is not None else None
    with store.write() as session:
        saved = repo.save_consultation(session, client_id, draft, consultation_id, opened=since)
    return Changed("consultations", (saved,))


def delete_consultation(store: Store, consultation_id: int) -> Changed:
    """Deletes the consultation with its problems and their work items."""
    from ..store import repo

    with store.write() as session:
        repo.delete_consultation(session, consultation_id)
    return Changed("consultations", (consultation_id,))


def list_problems(
    store: Store, *, client_id: int | None = None, consultation_id: int | None = None
) -> list[Any]:
    from ..store import repo

    with store.session() as session:
        return repo.list_problems(session, client_id=client_id, consultation_id=consultation_id)


def add_problem(
    store: Store,
    consultation_id: int,
    title: str,
    *,
    catalogue_id: str | None = None,
    items: Sequence[WorkItemDraft] = (),
    problem_id: int | None = None,
) -> int:
    """Records a problem heard in the consultation with its proposed work items (again under
    `problem_id` when an undone step is done again); returns its id."""
    from ..store import repo

    with store.write() as session:
        return repo.add_problem(session, consultation_id, title, catalogue_id=catalogue_id,
                                items=list(items), problem_id=problem_id)  # fmt: skip


def remove_problem(store: Store, problem_id: int) -> RemovedProblem:
    """Removes the problem with its work items; what is returned brings it back (restore_problem)."""
    from ..store import repo

    with store.write() as session:
        return repo.remove_problem(session, problem_id)


def restore_problem(store: Store, removed: RemovedProblem) -> None:
    from ..store import repo

    with store.write() as session:
        repo.restore_problem(session, removed)
