"""What the progress report (進捗報告書), the progress sheet (進捗管理表) and the payment ledger
(支払台帳) show: plain rows read from the store, written by reports/ without any query."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .followup import ACCEPTANCE_DAYS
from .history import HistoryLine
from .lifecycle import PHASES, WORK_UNDER_WAY, State
from .money import Settled
from .order_types import OrderType
from .proposal import ProducerProfile


@dataclass(frozen=True)
class OrderLine:
    engagement_id: int
    client: str
    title: str
    category: str
    order_type: OrderType
    state: State
    state_since: date
    workers: str
    budget_max: int | None
    contracted: int
    delivery_due: date | None
    delivered_on: date | None
    accepted_on: date | None
    payment_due: date | None
    paid_on: date | None
    revisions: int
    troubles: int
    late: str = ""
    """What is late today: '' or 納品 / 検収 / 支払."""


@dataclass(frozen=True)
class PaymentLine(Settled):
    payee: str
    invoice_number: str
    kind: str
    client: str
    title: str
    due_on: date | None
    amount: int
    tax: int
    withholding: int
    paid_on: date | None
    remitted_on: date | None


@dataclass(frozen=True)
class TroubleLine:
    title: str
    category: str
    opened_on: date
    description: str
    actions: str
    resolved_on: date | None


@dataclass(frozen=True)
class ProgressData:
    client: str
    """The client's name, or '' for all clients (the ledger)."""
    issued_on: date
    producer: ProducerProfile
    orders: tuple[OrderLine, ...]
    payments: tuple[PaymentLine, ...]
    troubles: tuple[TroubleLine, ...] = field(default=())
    history: tuple[HistoryLine, ...] = field(default=())
    """The audit log of these orders, exported with them."""

    @property
    def contracted(self) -> int:
        return sum(o.contracted for o in self.orders if o.state is not State.CANCELLED)

    @property
    def paid(self) -> int:
        return sum(p.gross for p in self.payments if p.paid_on is not None)

    @property
    def unpaid(self) -> int:
        return sum(p.gross for p in self.payments if p.paid_on is None)

    @property
    def committed(self) -> int:
        """Contracted but not yet set up for payment (work still running)."""
        set_up = sum(p.amount for p in self.payments)
        return max(0, self.contracted - set_up)

    def stages(self) -> list[tuple[str, int]]:
        """(stage label to translate, open orders in it), in the order of the flow."""
        return [(phase, sum(1 for o in self.orders if o.state in states)) for phase, states in PHASES.items()]

    @property
    def late(self) -> list[OrderLine]:
        return [o for o in self.orders if o.late]


def late_reason(
    line_state: State,
    today: date,
    delivery_due: date | None,
    delivered_on: date | None,
    payment_due: date | None,
    paid_on: date | None,
    acceptance_days: int = ACCEPTANCE_DAYS,
) -> str:
    """'納品', '検収' or '支払' when that step is overdue today, else ''."""
    if payment_due is not None and paid_on is None and payment_due < today and line_state is State.ACCEPTED:
        return "支払"
    if (
        line_state is State.DELIVERED
        and delivered_on is not None
        and (today - delivered_on).days > acceptance_days
    ):
        return "検収"
    if line_state in WORK_UNDER_WAY and delivery_due is not None and delivery_due < today:
        return "納品"
    return ""
