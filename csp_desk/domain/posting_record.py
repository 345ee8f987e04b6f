"""What happened to a posting after it was drafted: its status, applications, undetermined
terms, the legal orderer and the escrow (the data of POST-18, CONT-04, CONT-18 and CONT-19).

An order file (csp-desk.order/1) describes terms; this record describes circumstances, kept
with the posting in the store. It is read strictly, like an order: unknown fields, wrong
types and impossible dates are errors with their path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from .orders import (
    WRONG_TYPE,
    OrderFileError,
    Reader,
    _boolean,
    _choice,
    _date,
    _object,
    _plain,
    _string,
    _where,
)
from .text import QT_TRANSLATE_NOOP


class PostingStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    FILLED = "filled"
    CLOSED = "closed"


STATUS_LABELS = {
    PostingStatus.DRAFT: QT_TRANSLATE_NOOP("posting_status", "Draft"),
    PostingStatus.OPEN: QT_TRANSLATE_NOOP("posting_status", "Open for applications"),
    PostingStatus.FILLED: QT_TRANSLATE_NOOP("posting_status", "Filled (worker chosen)"),
    PostingStatus.CLOSED: QT_TRANSLATE_NOOP("posting_status", "Closed"),
}


class LegalOrderer(StrEnum):
    CLIENT = "client"
    """The SME itself orders on the platform; the producer advises."""
    PRODUCER = "producer"
    """The producer (CSP) orders in their own name on the client's behalf."""


@dataclass(frozen=True)
class Undetermined:
    """A term that could not be fixed at commissioning (FL Art 3(1) proviso)."""

    item: str = ""
    reason: str = ""
    planned_on: date | None = None
    fixed_on: date | None = None
    supplement_sent_on: date | None = None



RECORD_LABELS = {
    "status": QT_TRANSLATE_NOOP("store", "Posting status"),
    "deadline": QT_TRANSLATE_NOOP("store", "Applications close on"),
    "first_application_on": QT_TRANSLATE_NOOP("store", "First application on"),
    "applicants_notified": QT_TRANSLATE_NOOP("store", "Applicants were told of later changes"),
    "legal_orderer": QT_TRANSLATE_NOOP("store", "Who legally orders"),
    "platform_party": QT_TRANSLATE_NOOP("store", "Orderer on the platform contract"),
    "escrowed_on": QT_TRANSLATE_NOOP("store", "Payment put in escrow on"),
    "started_on": QT_TRANSLATE_NOOP("store", "Work started on"),
    "undetermined": QT_TRANSLATE_NOOP("store", "Terms not yet determined"),
}
"""What each circumstance of a posting is called where the producer reads it."""


@dataclass(frozen=True)
class PostingRecord:
    status: PostingStatus = PostingStatus.DRAFT
    deadline: date | None = None
    """Last day applications are taken."""
    first_application_on: date | None = None
    applicants_notified: bool = False
    """Applicants were told of changes made after they applied."""
    legal_orderer: LegalOrderer | None = None
    platform_party: str = ""
    """The orderer's name on the platform contract, as the platform shows it."""
    escrowed_on: date | None = None
    started_on: date | None = None
    undetermined: tuple[Undetermined, ...] = ()
    # filled in by the store when checking, never saved: they come from other records
    terms_changed_on: date | None = field(default=None, compare=False)
    """The date a posted version changed the terms of an earlier one, if it did."""
    client_name: str = field(default="", compare=False)
    producer_name: str = field(default="", compare=False)

    @property
    def expected_party(self) -> str:
        """Who should be the orderer on the platform contract, by the legal orderer recorded."""
        if self.legal_orderer is LegalOrderer.CLIENT:
            return self.client_name
        if self.legal_orderer is LegalOrderer.PRODUCER:
            return self.producer_name
        return ""


def _tuple_of(item: Reader) -> Reader:
    def read(value: Any, path: str) -> tuple[Any, ...]:
        if not isinstance(value, list):
            expected = QT_TRANSLATE_NOOP("orders", "a list")
            raise OrderFileError(WRONG_TYPE, where=_where(path), expected=expected)
        return tuple(item(entry, f"{path}[{index}]") for index, entry in enumerate(value))

    return read


_UNDETERMINED = _object(Undetermined, {
    "item": _string, "reason": _string, "planned_on": _date, "fixed_on": _date,
    "supplement_sent_on": _date,
})  # fmt: skip


def _build(**values: Any) -> PostingRecord:
    if "status" in values:
        values["status"] = PostingStatus(values["status"])
    if "legal_orderer" in values:
        values["legal_orderer"] = LegalOrderer(values["legal_orderer"])
    return PostingRecord(**values)


_RECORD = _object(_build, {
    "status": _choice(*PostingStatus), "deadline": _date, "first_application_on": _date,
    "applicants_notified": _boolean, "legal_orderer": _choice(*LegalOrderer),
    "platform_party": _string, "escrowed_on": _date, "started_on": _date,
    "undetermined": _tuple_of(_UNDETERMINED),
})  # fmt: skip


def parse_record(data: Any) -> PostingRecord:
    """A PostingRecord from decoded JSON; OrderFileError names what is wrong and where."""
    record: PostingRecord = _RECORD(data, "")
    return record


def record_to_json(record: PostingRecord) -> dict[str, Any]:
    """The saved part of the record; reading it back gives an equal record."""
    out: dict[str, Any] = _plain(record)
    for derived in ("terms_changed_on", "client_name", "producer_name"):
        out.pop(derived, None)
    if "undetermined" in out:
        out["undetermined"] = [_plain(u) for u in record.undetermined]
    return out
