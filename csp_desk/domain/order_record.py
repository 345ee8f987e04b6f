"""What the 案件記録 (the record of one order) shows: plain rows read from the store, written by
reports/order_record.py without any query."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .progress import ProgressData


@dataclass(frozen=True)
class ContractTerms:
    id: int
    worker: str
    worker_kind: str
    invoice_number: str
    contracted_on: date
    amount: int
    taxable: bool
    withheld: bool
    delivery_due: date | None
    inspection_due: date | None
    payment_due: date | None
    period_end: date | None
    free_rounds: int | None
    notes: str
    notices: tuple[tuple[date | None, str], ...] = ()
    """The terms notices issued for this contract: (the day given, how)."""


@dataclass(frozen=True)
class Event:
    """One dated entry of the order: a delivery, a revision request, a change of terms."""

    on: date
    kind: str
    """delivery, revision or change."""
    worker: str
    text: str
    refused: bool = False
    worker_at_fault: bool = False
    in_scope: bool = True
    paid_extra: bool = False
    change_kind: str = ""
    worker_consented: bool = False
    amended_notice_on: date | None = None
    amount_delta: int = 0


@dataclass(frozen=True)
class StepLine:
    on: date
    from_state: str
    to_state: str
    note: str


@dataclass(frozen=True)
class ContactLine:
    at: datetime
    party: str
    direction: str
    channel: str
    summary: str
    worker: str


@dataclass(frozen=True)
class MilestoneLine:
    worker: str
    title: str
    amount: int
    due_on: date | None
    escrowed_on: date | None
    released_on: date | None


@dataclass(frozen=True)
class RatingLine:
    worker: str
    rated_on: date
    average: float
    comment: str


@dataclass(frozen=True)
class OrderRecord:
    """One order with everything recorded about it."""

    progress: ProgressData
    """The order's row, payments, troubles, escrow and audit log, as in the ledger."""
    budget_min: int | None
    keep_until: date | None
    prepaid_on: date | None
    prepaid_amount: int | None
    contracts: tuple[ContractTerms, ...] = ()
    steps: tuple[StepLine, ...] = ()
    events: tuple[Event, ...] = ()
    contacts: tuple[ContactLine, ...] = ()
    milestones: tuple[MilestoneLine, ...] = ()
    ratings: tuple[RatingLine, ...] = field(default=())
