"""Clients: the list, one client's record, saving and archiving (the Clients page's door)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from . import Changed

if TYPE_CHECKING:
    from ..domain.client import ClientDraft
    from ..store.db import Store


@dataclass(frozen=True)
class ClientList:
    rows: list[Any]
    any_client: bool
    """Whether the database has any client at all (archived ones count): an empty list then means
    the search found nothing, not an empty database."""


def list_clients(store: Store, search: str = "", *, include_archived: bool = False) -> ClientList:
    from ..store import repo

    with store.session() as session:
        rows = repo.list_clients(session, search, include_archived=include_archived)
        return ClientList(rows, bool(rows) or repo.count_clients(session) > 0)


def load_client(store: Store, client_id: int) -> tuple[ClientDraft, bool]:
    """The client's record and whether it is archived; raises NotFound."""
    from ..store import repo

    with store.session() as session:
        return repo.load_client(session, client_id)


@dataclass(frozen=True)
class OpenedClient:
    """A client as a form shows it: the record, whether it is archived, and its version then."""

    draft: ClientDraft
    archived: bool
    version: int
    taken: tuple[str, datetime] | None = None
    """On a team database: who took the client along offline (their name as the team knows it),
    and when (services/checkout)."""


def open_client(store: Store, client_id: int) -> OpenedClient:
    """The client for a form that will save it back (save_client's `opened`); raises NotFound."""
    from ..store import repo
    from ..store.models import ClientCheckout, TeamMember

    with store.session() as session:
        draft, archived = repo.load_client(session, client_id)
        mark = session.get(ClientCheckout, client_id) if store.on_server else None
        taken = None
        if mark is not None:
            member = session.get(TeamMember, mark.login)
            taken = ((member.display_name if member is not None else "") or mark.login, mark.taken_at)
        return OpenedClient(draft, archived, repo.client_version(session, client_id), taken)


def save_client(
    store: Store, draft: ClientDraft, client_id: int | None = None, *, opened: OpenedClient | None = None
) -> Changed:
    """Validates, then creates (`client_id` None) or updates; raises InvalidInput with nothing
    written. With `opened` (the client as the form showed it), a save after someone else changed
    the same fields is refused (ChangedMeanwhile) instead of overwriting theirs. Changed.ids
    holds the client's id."""
    from ..store import repo
    from ..store.versions import Opened

    with store.write() as session:
        saved = repo.save_client(
            session, draft, client_id, opened=Opened(opened.draft, opened.version) if opened else None
        )
    return Changed("clients", (saved,))


def set_archived(store: Store, client_id: int, archived: bool) -> Changed:
    """Hides the client from the daily list (kept in the database), or shows it again."""
    from ..store import repo

    with store.write() as session:
        repo.set_client_archived(session, client_id, archived)
    return Changed("clients", (client_id,))
