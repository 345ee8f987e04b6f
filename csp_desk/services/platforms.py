"""The producer's platform register through one door: the shipped register with the producer's own
entries laid over it, and each edit (facts confirmed, a fee from a date, a checklist tick with its
note, a platform the shipped list does not know) kept in its own transaction, audited by the store.
Refusals (InvalidInput for a note too long or a checklist item that does not exist) pass through."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from . import Changed

if TYPE_CHECKING:
    from ..domain.platform_register import Fee, Register
    from ..store.db import Store

TOPIC = "platforms"


def shipped_register() -> Register:
    """data/platforms.json as shipped: what is shown without a database, or when it cannot be read."""
    from ..store import platforms

    return platforms.shipped_register()


def register(store: Store) -> Register:
    """The register the producer works with: shipped, with their own entries laid over."""
    from ..store import platforms

    with store.session() as session:
        return platforms.register(session)


def set_facts(store: Store, platform: str, facts: dict[str, str], notes: str | None = None) -> Changed:
    """Records what the producer confirmed of a platform (order types, escrow, Association status),
    and its notes when given."""
    from ..store import platforms

    with store.write() as session:
        platforms.set_facts(session, platform, facts, notes=notes)
    return Changed(TOPIC)


def set_check(
    store: Store, platform: str, item: int, done: bool, note: str, on: date | None = None
) -> Changed:
    """Ticks (or unticks) one of the 24 checklist items with a note; the day it was checked is kept.
    Raises InvalidInput for an item that does not exist or a note too long."""
    from ..store import platforms

    with store.write() as session:
        platforms.set_check(session, platform, item, done, note, on)
    return Changed(TOPIC)


def record_fee(store: Store, platform: str, fee: Fee) -> Changed:
    """A fee from a date (checked by domain parse_fee); the same side and date corrects the one kept."""
    from ..store import platforms

    with store.write() as session:
        platforms.record_fee(session, platform, fee)
    return Changed(TOPIC)


def add_platform(store: Store, name: str) -> str:
    """Adds a platform the shipped list does not know, by its name as typed; returns its id."""
    from ..store import platforms

    with store.write() as session:
        return platforms.add_platform(session, name)
