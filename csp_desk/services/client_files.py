"""The window's File menu moves one client between desks as a client file (csp-desk.client/1):
written as the command line writes it, read and checked whole before one transaction adds it.

Run in a worker (gui/jobs.py): plain arguments in, plain results out, no Qt."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain.client_file import UNREADABLE as UNREADABLE
from ..domain.client_file import ClientFileRefused as ClientFileRefused
from ..domain.client_file import client_file_to_json, read_client_bytes
from ..store.client_file import Merged, export_client, import_client
from ..store.db import Store


@dataclass(frozen=True)
class Imported:
    client_id: int
    name: str
    consultations: int
    work_items: int


def write_client_file(store: Store, client_id: int, out: Path, today: date, progress=None) -> Path:  # type: ignore[no-untyped-def]
    """Writes the client with everything recorded about it (NotFound when there is none); the
    file is written whole beside the target first, so a failure leaves no half file."""
    with store.session() as session:
        found = export_client(session, client_id, today)
    text = json.dumps(client_file_to_json(found), ensure_ascii=False, indent=2) + "\n"
    partial = out.with_name(out.name + ".part")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    return out


def import_client_file(store: Store, path: Path, progress=None) -> Imported:  # type: ignore[no-untyped-def]
    """Reads and checks the whole file (ClientFileRefused), then adds the client in one
    transaction (Refused, with nothing written, when the database has it already)."""
    from ..domain.orders import OrderFileError

    try:
        found = read_client_bytes(path.read_bytes())
    except (OSError, OrderFileError) as exc:
        raise ClientFileRefused(path, exc) from exc
    with store.write() as session:
        client_id = import_client(session, found)
    items = sum(len(p.work_items) for c in found.consultations for p in c.problems)
    return Imported(client_id, found.client.name.strip(), len(found.consultations), items)


def bring_in_participant_file(store: Store, participant_id: int, path: Path, progress=None) -> Merged:  # type: ignore[no-untyped-def]
    """Reads and checks the whole file (ClientFileRefused), then adds the participant's work to its
    consultation of the workshop's day in one transaction (Refused when the file is about another
    company; store/workshops.py bring_in_participant_work)."""
    from ..domain.orders import OrderFileError
    from ..store.workshops import bring_in_participant_work

    try:
        found = read_client_bytes(path.read_bytes())
    except (OSError, OrderFileError) as exc:
        raise ClientFileRefused(path, exc) from exc
    with store.write() as session:
        return bring_in_participant_work(session, participant_id, found)
