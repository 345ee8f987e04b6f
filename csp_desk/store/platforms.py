"""The producer's platform register in the database, laid over the shipped data/platforms.json.

Each edit is one short transaction and is written to the audit log (store/audit.py), like the
other records a team will share: facts confirmed, fees from a date, checklist ticks with notes,
platforms the shipped list does not know.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.platform_register import (
    BAD_ITEM,
    CHECKLIST_SIZE,
    FACTS,
    ORDER_TYPES,
    CheckMark,
    Fee,
    OwnPlatform,
    Register,
    check_note,
    load_register,
    new_platform_id,
)
from ..domain.text import FieldError, InvalidInput, normalise
from .models import PlatformCheck, PlatformEntry, PlatformFee

FACT_FIELDS = (*ORDER_TYPES, "escrow", "association_certified", "association_member")


@lru_cache(maxsize=1)
def shipped_register() -> Register:
    """data/platforms.json as shipped (read once)."""
    from ..paths import DATA

    return load_register(DATA / "platforms.json")


def _bp(value: Decimal | None) -> int | None:
    return None if value is None else int(value * 100)


def _percent(bp: int | None) -> Decimal | None:
    return None if bp is None else Decimal(bp) / 100


def own_entries(session: Session) -> list[OwnPlatform]:
    """What the producer recorded, one entry per platform."""
    fees: dict[int, list[Fee]] = {}
    for f in session.scalars(select(PlatformFee).order_by(PlatformFee.as_of, PlatformFee.id)):
        fees.setdefault(f.platform_id, []).append(Fee(
            f.side, _percent(f.rate_low_bp), _percent(f.rate_high_bp), f.minimum_yen, f.as_of,
            f.source, f.charged_when, f.note, own=True,
        ))  # fmt: skip
    checks: dict[int, list[CheckMark]] = {}
    for c in session.scalars(select(PlatformCheck).order_by(PlatformCheck.item)):
        checks.setdefault(c.platform_id, []).append(CheckMark(c.item, c.done, c.note, c.checked_on))
    return [
        OwnPlatform(
            id=row.key, name_ja=row.name_ja, name_en=row.name_en, custom=row.custom,
            facts={name: value for name in FACT_FIELDS if (value := getattr(row, name)) is not None},
            fees=tuple(fees.get(row.id, ())), checks=tuple(checks.get(row.id, ())), notes=row.notes,
        )
        for row in session.scalars(select(PlatformEntry).order_by(PlatformEntry.id))
    ]


def register(session: Session) -> Register:
    """The register the producer works with: shipped, with their own entries laid over."""
    return shipped_register().with_own(own_entries(session))


def _row(session: Session, platform: str) -> PlatformEntry:
    row = session.scalar(select(PlatformEntry).where(PlatformEntry.key == platform))
    if row is None:
        if platform not in register(session):
            raise KeyError(platform)
        # every fact set (to None: as shipped) so the audit log sees its first value as a change
        row = PlatformEntry(key=platform, name_ja="", name_en="", custom=False, notes="",
                            **dict.fromkeys(FACT_FIELDS))  # fmt: skip
        session.add(row)
        session.flush()
    return row


def add_platform(session: Session, name_ja: str, name_en: str = "") -> str:
    """Adds a platform the shipped list does not know; returns its id (its name as typed)."""
    pid = new_platform_id(name_ja, register(session))
    session.add(PlatformEntry(key=pid, name_ja=normalise(name_ja), name_en=normalise(name_en),
                              custom=True, notes="", **dict.fromkeys(FACT_FIELDS)))  # fmt: skip
    session.flush()
    return pid


def set_facts(session: Session, platform: str, facts: dict[str, str], notes: str | None = None) -> None:
    """Records what the producer confirmed: order types, escrow, Association status (FACTS)."""
    for name, value in facts.items():
        if name not in FACT_FIELDS or value not in FACTS:
            raise ValueError(f"{name}={value!r}")
    if notes is not None:
        check_note(notes)
    row = _row(session, platform)
    for name, value in facts.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
    if notes is not None and row.notes != notes.strip():
        row.notes = notes.strip()
    session.flush()


def record_fee(session: Session, platform: str, fee: Fee) -> None:
    """A fee from a date (domain parse_fee checked it); the same side and date corrects the row."""
    if fee.as_of is None:
        raise ValueError("a recorded fee needs its date")
    row = _row(session, platform)
    found = session.scalar(select(PlatformFee).where(
        PlatformFee.platform_id == row.id, PlatformFee.side == fee.side, PlatformFee.as_of == fee.as_of
    ))  # fmt: skip
    target = found or PlatformFee(platform_id=row.id, side=fee.side, as_of=fee.as_of)
    target.rate_low_bp, target.rate_high_bp = _bp(fee.rate_low), _bp(fee.rate_high)
    target.minimum_yen = fee.minimum_yen
    target.source, target.charged_when, target.note = fee.source, fee.charged_when, fee.note
    if found is None:
        session.add(target)
    session.flush()


def set_check(session: Session, platform: str, item: int, done: bool, note: str,
              on: date | None = None) -> None:  # fmt: skip
    """Ticks (or unticks) one of the 24 items with a note; the day it was checked is kept."""
    if not 1 <= item <= CHECKLIST_SIZE:
        raise InvalidInput([FieldError("item", BAD_ITEM, context="platforms")])
    check_note(note)
    row = _row(session, platform)
    found = session.scalar(select(PlatformCheck).where(
        PlatformCheck.platform_id == row.id, PlatformCheck.item == item
    ))  # fmt: skip
    if found is None:
        found = PlatformCheck(platform_id=row.id, item=item, done=False, note="", checked_on=None)
        session.add(found)
    changed = found.done != done or found.note != note.strip()
    found.done, found.note = done, note.strip()
    if changed or found.checked_on is None:
        found.checked_on = on or date.today()
    session.flush()
