"""A client's proposal or budget from the store: one path for the window and the command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .domain.catalogue import Catalogue
from .reports.common import Progress, no_progress
from .reports.files import write_document
from .store import repo
from .store.db import Store


def write_client_document(
    store: Store,
    client_id: int,
    kind: str,
    out: Path,
    catalogue: Catalogue | None,
    today: date,
    progress: Progress = no_progress,
) -> Path:
    """Reads the client's breakdown in a short session of its own, then writes the file.

    Without a catalogue the documents still work; only category names are missing.
    """
    with store.session() as session:
        data = repo.proposal_data(session, client_id, catalogue, today)
    return write_document(kind, data, out, progress)
