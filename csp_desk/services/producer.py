"""The producer's own profile (name, office, certification, contact), shown on every document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import Changed

if TYPE_CHECKING:
    from ..domain.proposal import ProducerProfile
    from ..store.db import Store


def load_profile(store: Store) -> ProducerProfile:
    from ..store import repo

    with store.session() as session:
        return repo.load_producer(session)


def save_profile(store: Store, profile: ProducerProfile) -> Changed:
    from ..store import repo

    with store.write() as session:
        repo.save_producer(session, profile)
    return Changed("profile")
