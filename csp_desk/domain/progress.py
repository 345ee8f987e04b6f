"""What the progress report (進捗報告書), the progress sheet (進捗管理表) and the payment ledger
(支払台帳) show: plain rows read from the store, written by reports/ without any query."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .followup import ACCEPTANCE_DAYS
from .history import HistoryLine
from .lifecycle import PHASES, WORK_UNDER_WAY, State
from .money import Settled, remittance_due
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
    """What is late today: '' or 納品 / 検収 / 支払 / 仮払い (escrow awaited past the delivery date)."""
    contract_payment_due: date | None = None
    """The payment date agreed in the contract: the due date while no payment is set up yet."""
    cancel_reason: str = ""
    days_late: int = 0
    """Days past the date that `late` refers to."""
    last_contact: str = ""
    """The latest recorded contact, in words (date, with whom, how, what)."""

    @property
    def due_for_payment(self) -> date | None:
        """The payment due date: the payment's, or the contract's while there is no payment."""
        return self.payment_due or self.contract_payment_due

    @property
    def finished(self) -> bool:
        """Paid, rated or closed: the work is done and paid for."""
        return self.state in DONE

    @property
    def running(self) -> bool:
        """Ordered and under way: neither finished, cancelled nor still in preparation (募集準備中,
        not posted yet: nothing is ordered from anyone)."""
        return not self.finished and self.state not in (State.CANCELLED, State.DRAFT)


DONE = frozenset({State.PAID, State.RATED, State.CLOSED})
"""Orders whose work is accepted and paid: counted as finished (rating may follow)."""
NOT_STARTED = frozenset({
    State.ESCROWED_BEFORE_POSTING, State.POSTED, State.PROPOSALS, State.ENTRIES, State.CONTRACTED,
    State.ESCROWED,
})  # fmt: skip
"""States in which money can already be in escrow while nobody works on the order yet."""
PREPAID = {
    OrderType.COMPETITION: frozenset({State.ESCROWED_BEFORE_POSTING, State.POSTED, State.ENTRIES}),
    OrderType.TASK: frozenset({State.ESCROWED_BEFORE_POSTING, State.POSTED}),
}
"""Where a deposit before any work is the normal flow, not a flag: competitions and tasks are paid
into escrow before they are published (REFERENCE §1.3 step 2, §1.4 step 1) and stay so while the
entries or the work come in."""


@dataclass(frozen=True)
class EscrowLine:
    """Money deposited with the platform (仮払い) for one order, in the contract's basis (税抜)."""

    engagement_id: int
    client: str
    title: str
    order_type: OrderType
    state: State
    workers: str
    escrowed_on: date
    amount: int
    released_on: date | None
    held: int
    """What is still deposited today (not yet released to the worker)."""

    def flag(self, today: date) -> str:
        """Why this deposit needs a look, in words, or ''."""
        if self.held and self.state is State.CANCELLED:
            return "キャンセル済み：仮払いの返金（払い戻し）を確認してください"
        if self.held and self.state in NOT_STARTED and self.state not in PREPAID.get(self.order_type, ()):
            days = (today - self.escrowed_on).days
            if self.state is State.ESCROWED:
                return f"作業開始前：仮払いから{days}日、ワーカーの着手を確認してください"
            stages = {State.CONTRACTED: "契約済み", State.ESCROWED_BEFORE_POSTING: "公開前"}
            stage = stages.get(self.state, "募集中")
            return f"作業開始前（{stage}）：仮払いから{days}日"
        return ""


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

    @property
    def remittance_due(self) -> date | None:
        """The day the withheld tax is due at the tax office (the 10th of the next month)."""
        return remittance_due(self.paid_on) if self.paid_on is not None and self.withholding else None


@dataclass(frozen=True)
class TroubleLine:
    title: str
    category: str
    opened_on: date
    description: str
    actions: str
    resolved_on: date | None
    engagement_id: int = 0


@dataclass(frozen=True)
class NoticeLine:
    """The terms notice (取引条件明示書) of one contract: the first one given, or none recorded.
    The Freelance Act asks for it immediately on commissioning (Art 3(1); CONT-03), so one given
    after the contract's day, or none at all, is pointed out in every document listing contracts."""

    engagement_id: int
    title: str
    worker: str
    contracted_on: date
    given_on: date | None = None
    channel: str = ""
    act_applies: bool = True
    """Whether the Freelance Act applies (read from the order the notice was issued from)."""
    contract_id: int = 0

    @property
    def days_late(self) -> int:
        """Days after the contract's day it was given (0: on the day, or none given)."""
        if self.given_on is None:
            return 0
        return max(0, (self.given_on - self.contracted_on).days)

    @property
    def missing(self) -> bool:
        return self.given_on is None

    @property
    def late(self) -> bool:
        return self.act_applies and self.days_late > 0

    @property
    def short(self) -> str:
        """In a few words for a narrow column: 「明示書 未交付」「明示書 6日遅れ」, or ''."""
        if self.missing:
            return "明示書 未交付"
        return f"明示書 {self.days_late}日遅れ" if self.late else ""

    @property
    def remedy(self) -> str:
        """What to do, said after the day given (or 「交付の記録なし」), or ''."""
        if self.missing:
            return ("発注（契約）したら直ちに取引条件をワーカーに明示し、交付した日を記録してください"
                    "（フリーランス法第3条）。")
        if self.late:
            return ("交付が遅れています。取引条件は発注（契約）した日に直ちに明示する必要があります"
                    "（フリーランス法第3条）。")
        return ""


@dataclass(frozen=True)
class PayeeYear:
    """What one client paid one payee in one calendar year: the figures of the annual 支払調書,
    which each client files as the payer (the withholding agent, REFERENCE §5.3)."""

    year: int
    client: str
    payee: str
    kind: str
    payments: int
    amount: int
    tax: int
    withholding: int

    @property
    def gross(self) -> int:
        return self.amount + self.tax

    @property
    def statement_needed(self) -> bool:
        """Fees subject to withholding paid to one person over ¥50,000 in the year need the
        annual statement (報酬、料金、契約金及び賞金の支払調書), due 31 January (REFERENCE §5.2)."""
        return self.withholding > 0 and self.gross > STATEMENT_THRESHOLD


STATEMENT_THRESHOLD = 50_000


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
    escrows: tuple[EscrowLine, ...] = field(default=())
    notices: tuple[NoticeLine, ...] = field(default=())
    """The terms notice of every contract of these orders (one line a contract)."""
    unordered: tuple[str, ...] = field(default=())
    """The client's work items with no order at all yet (not even one in preparation)."""

    @property
    def item_count(self) -> int:
        """The client's work items: those with an order and those without one yet."""
        return len(self.orders) + len(self.unordered)

    @property
    def preparing(self) -> list[OrderLine]:
        """Orders still in preparation (募集準備中): not ordered from anyone yet."""
        return [o for o in self.orders if o.state is State.DRAFT]

    @property
    def flagged_notices(self) -> list[NoticeLine]:
        return [n for n in self.notices if n.missing or n.late]

    def notice_flags(self, engagement_id: int) -> list[str]:
        """The short flags of one order's contracts' notices: 「明示書 未交付」… (one per kind)."""
        flags = [n.short for n in self.notices if n.engagement_id == engagement_id and n.short]
        return list(dict.fromkeys(flags))

    @property
    def finished(self) -> list[OrderLine]:
        return [o for o in self.orders if o.finished]

    @property
    def cancelled(self) -> list[OrderLine]:
        return [o for o in self.orders if o.state is State.CANCELLED]

    @property
    def running(self) -> list[OrderLine]:
        return [o for o in self.orders if o.running]

    @property
    def escrow_held(self) -> int:
        return sum(e.held for e in self.escrows)

    @property
    def paid_amount(self) -> int:
        """Paid so far, tax-exclusive (税抜)."""
        return sum(p.amount for p in self.payments if p.paid_on is not None)

    @property
    def unpaid_amount(self) -> int:
        """Accepted and set up for payment but not paid yet, tax-exclusive (税抜)."""
        return sum(p.amount for p in self.payments if p.paid_on is None)

    def payee_years(self) -> list[PayeeYear]:
        """Paid amounts per calendar year (of the payment day), payer (client) and payee."""
        totals: dict[tuple[int, str, str, str], list[int]] = {}
        for p in self.payments:
            if p.paid_on is None:
                continue
            row = totals.setdefault((p.paid_on.year, p.client, p.payee, p.kind), [0, 0, 0, 0])
            row[0] += 1
            row[1] += p.amount
            row[2] += p.tax
            row[3] += p.withholding
        return [PayeeYear(*key, *values) for key, values in sorted(totals.items())]

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
    """'納品', '検収' or '支払' when that step is overdue today, '仮払い' when a contract still waits
    for its escrow after its delivery date passed, else ''."""
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
    if line_state is State.CONTRACTED and delivery_due is not None and delivery_due < today:
        return "仮払い"  # the work cannot start before the reward is deposited
    return ""


def days_late(
    reason: str,
    today: date,
    delivery_due: date | None,
    delivered_on: date | None,
    payment_due: date | None,
    acceptance_days: int = ACCEPTANCE_DAYS,
) -> int:
    """Days past the date the `reason` (from late_reason) refers to: the delivery date, the
    expected acceptance (`acceptance_days` after delivery) or the payment date."""
    if reason == "支払" and payment_due is not None:
        return (today - payment_due).days
    if reason == "検収" and delivered_on is not None:
        return (today - delivered_on).days - acceptance_days
    if reason in ("納品", "仮払い") and delivery_due is not None:
        return (today - delivery_due).days
    return 0
