"""A person's data on request (APPI): everything held about a worker or a client's contact person,
read in one transaction with the producer who answers the request, and its erasure — refused by the
store (PersonalDataRetained, saying until when) while records that name the person must be kept."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from . import Changed

if TYPE_CHECKING:
    from ..store.db import Store


@dataclass(frozen=True)
class PersonalData:
    """What is held about the person, and who holds it (the producer's name, else the organisation)."""

    data: dict[str, Any]
    holder: str


def gather(store: Store, read: Callable[[Any], dict[str, Any]]) -> PersonalData:
    """The person's data as `read(session)` finds it (store.privacy's worker_data or client_data
    with the person's id bound), with the producer, in one transaction."""
    from ..store import repo

    with store.session() as session:
        data = read(session)
        producer = repo.load_producer(session)
    return PersonalData(data, producer.name or producer.organisation)


def worker_data(store: Store, worker_id: int) -> PersonalData:
    """Everything held about the worker. Raises NotFound."""
    from ..store import privacy

    return gather(store, lambda session: privacy.worker_data(session, worker_id))


def client_data(store: Store, client_id: int) -> PersonalData:
    """What is held about the client and its contact person. Raises NotFound."""
    from ..store import privacy

    return gather(store, lambda session: privacy.client_data(session, client_id))


def erase_worker(store: Store, worker_id: int, today: date) -> Changed:
    """Anonymises the worker. Raises PersonalDataRetained while an order they touched must be kept."""
    from ..store import privacy

    with store.write() as session:
        privacy.erase_worker(session, worker_id, today)
    return Changed("workers", (worker_id,))


def erase_client_contact(store: Store, client_id: int, today: date) -> Changed:
    """Erases the contact person's name, phone and email and the consultations' attendees. Raises
    PersonalDataRetained while an order of the client must be kept."""
    from ..store import privacy

    with store.write() as session:
        privacy.erase_client_contact(session, client_id, today)
    return Changed("clients", (client_id,))
