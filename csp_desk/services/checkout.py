"""Taking clients along offline from a team database, and bringing them back (store/checkout.py):
the window's and the command line's door."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.text import QT_TRANSLATE_NOOP, Refused

if TYPE_CHECKING:
    from ..store.checkout import BroughtBack, Conflict
    from ..store.db import Store

NOT_ON_SERVER = QT_TRANSLATE_NOOP(
    "store", "Clients are taken along from a team database; this is a file on this computer."
)
FILE_EXISTS = QT_TRANSLATE_NOOP(
    "store", "{path} already exists; clients are taken along into a new file. Choose another name."
)
NO_CLIENTS = QT_TRANSLATE_NOOP("store", "Choose the clients to take along.")


def _login(store: Store) -> str:
    if store.member is not None:
        return store.member.login
    return store.url.username or "" if store.url is not None else ""


@dataclass(frozen=True)
class TakenAlong:
    path: Path
    clients: int
    records: int


def take_along(store: Store, client_ids: list[int], out: Path, progress=None) -> TakenAlong:  # type: ignore[no-untyped-def]
    """Copies the clients with their consultations, problems, work items and posting drafts into
    the new file `out`, and marks them on the server as taken by whoever is signed in. Refused
    (nothing written, nothing marked) when another member has one of them, or `out` exists."""
    from ..store import checkout
    from ..store.db import open_store, shown

    if not store.on_server or store.url is None:
        raise Refused(NOT_ON_SERVER)
    if not client_ids:
        raise Refused(NO_CLIENTS)
    if out.exists():
        raise Refused(FILE_EXISTS, path=str(out))
    login, now, records = _login(store), datetime.now().replace(microsecond=0), 0
    local = open_store(out)
    try:
        with store.write() as server:
            checkout.refuse_taken(server, client_ids, login)
            with local.write() as taken:
                checkout.keep_deletions(taken)
                checkout.copy_team_tables(server, taken)
                for done, client_id in enumerate(client_ids):
                    if progress is not None:
                        progress(done, len(client_ids))
                    records += checkout.copy_client(server, taken, client_id)
                    checkout.keep_baseline(taken, client_id, shown(store.url), login, now,
                                           checkout.snapshot(server, client_id))  # fmt: skip
            checkout.mark_taken(server, client_ids, login, now)
    except BaseException:
        local.close()
        for leftover in (out, out.with_name(out.name + "-wal"), out.with_name(out.name + "-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    local.close()
    return TakenAlong(out, len(client_ids), records)


@dataclass(frozen=True)
class TakenFile:
    """What a file taken from a team database says of itself."""

    server: str
    """The team database's address (without a password)."""
    place: str
    """The same, short: host/database."""
    login: str
    taken_at: datetime
    clients: list[str]
    brought_back_at: datetime | None


def taken_file(store: Store) -> TakenFile | None:
    """The open file's clients taken from a team database; None for any other database."""
    from sqlalchemy import select

    from ..store.db import server_url
    from ..store.errors import StoreError
    from ..store.models import Checkout, Client

    if store.on_server:
        return None
    with store.session() as session:
        rows = session.execute(
            select(Checkout, Client.name).join(Client, Client.id == Checkout.client_id).order_by(Client.id)
        ).all()
    if not rows:
        return None
    first = rows[0][0]
    try:
        url = server_url(first.server)
        place = f"{url.host or 'localhost'}/{url.database}"
    except StoreError:
        place = first.server
    return TakenFile(first.server, place, first.login, first.taken_at, [name for _row, name in rows],
                     first.brought_back_at)  # fmt: skip


class Conflicts(Exception):
    """Nothing was brought back: every conflict of every client, in order."""

    def __init__(self, conflicts: list[Conflict]):
        self.conflicts = conflicts
        super().__init__(f"{len(conflicts)} conflicts")


def bring_back(local: Store, server_address: str | None = None, progress=None) -> BroughtBack:  # type: ignore[no-untyped-def]
    """Brings the file's clients back to the team database they were taken from (its address
    from the file, the password from the keyring or libpq), all of them or none: Conflicts lists
    what cannot be settled alone."""
    from sqlalchemy import select

    from ..store import checkout
    from ..store.db import open_store
    from ..store.models import Checkout
    from .team import shown_address, with_kept_password

    taken = taken_file(local)
    if taken is None:
        raise Refused(checkout.NOT_A_CHECKOUT)
    if taken.brought_back_at is not None:
        raise Refused(checkout.BROUGHT_BACK, day=f"{taken.brought_back_at:%Y/%m/%d %H:%M}")
    if server_address is not None and shown_address(server_address) != taken.server:
        raise Refused(checkout.OTHER_SERVER, server=taken.server)
    server = open_store(with_kept_password(server_address or taken.server))
    total = checkout.BroughtBack()
    now = datetime.now().replace(microsecond=0)
    try:
        found: list[Conflict] = []
        with local.write() as here, server.write() as remote:  # the server commits first
            rows = list(here.scalars(select(Checkout).order_by(Checkout.client_id)))
            for client_id, name in checkout.orders_started(here):  # a new client's: not carried
                if client_id not in {row.client_id for row in rows}:
                    said = {"what": checkout.WHAT_NEW_CLIENT, "name": name}
                    total.left.append(checkout.Conflict(checkout.CONFLICT_NEW_ORDERS, said))
            for row in rows:
                if progress is not None:
                    progress(0, 1)
                try:
                    done = checkout.check_in(remote, here, row, _login(server), now)
                except checkout.Conflicts as refused:
                    found += refused.conflicts
                    continue
                total.changed, total.added = total.changed + done.changed, total.added + done.added
                total.deleted += done.deleted
                total.left += done.left
                row.brought_back_at = now
            total.added += _new_clients(here, remote, {row.client_id for row in rows}, found)
            if found:
                raise Conflicts(found)  # both transactions rolled back: nothing written anywhere
    finally:
        server.close()
    return total


def _new_clients(here, remote, taken: set[int], found: list[Conflict]) -> int:  # type: ignore[no-untyped-def]
    """Clients made in the file (not taken along) come to the team database as new clients, the
    signed-in member's, with their consultations, problems, work items and posting drafts."""
    from sqlalchemy import select

    from ..store import checkout, client_file
    from ..store.models import Client

    added = 0
    for client_id, name in here.execute(select(Client.id, Client.name).order_by(Client.id)).all():
        if client_id in taken:
            continue
        try:
            made = client_file.export_client(here, client_id, datetime.now().date())
            client_file.import_client(remote, made)
        except Refused:
            said = {"what": checkout.WHAT_CLIENT, "name": name}
            found.append(checkout.Conflict(checkout.CONFLICT_NEW_CLIENT, said))
            continue
        added += 1
    return added


def conflict_text(conflict: Conflict) -> str:
    """One conflict as the producer reads it, in the interface language."""
    from .. import i18n

    params = dict(conflict.params)
    what = params.pop("what", "")
    params["what"] = i18n.message("store", what, **params) if what else ""
    if "field" in params:
        params["field"] = i18n.message("store", params["field"])
    return i18n.message("store", conflict.message, **params)
