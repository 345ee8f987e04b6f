"""Plain rows the store hands to the window and the command line (no SQLAlchemy here)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ClientRow:
    id: int
    name: str
    kana: str
    industry: str
    prefecture: str
    contact_person: str
    phone: str
    archived: bool
