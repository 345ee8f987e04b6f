"""The life cycle of an order after its posting, one state machine per order type
(REFERENCE §1.2–§1.5).

An engagement follows one work item from the posting to the end. Each step is taken on a
date, because the Freelance Act's deadlines run from the commissioning (contract or selection)
and from the receipt of the deliverable. An impossible step is refused with a message that says
what must happen first.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .order_types import OrderType
from .text import QT_TRANSLATE_NOOP


class State(StrEnum):
    DRAFT = "draft"
    ESCROWED_BEFORE_POSTING = "prepaid"
    """Competitions and tasks are paid into escrow before they are published (§1.3, §1.4)."""
    POSTED = "posted"
    PROPOSALS = "proposals"
    ENTRIES = "entries"
    CONTRACTED = "contracted"
    SELECTED = "selected"
    ESCROWED = "escrowed"
    IN_PROGRESS = "in_progress"
    APPROVAL = "approval"
    DELIVERED = "delivered"
    REVISING = "revising"
    ACCEPTED = "accepted"
    PAID = "paid"
    RATED = "rated"
    CLOSED = "closed"
    CANCELLED = "cancelled"


LABELS = {
    State.DRAFT: QT_TRANSLATE_NOOP("state", "Draft"),
    State.ESCROWED_BEFORE_POSTING: QT_TRANSLATE_NOOP("state", "Prepaid, not yet published"),
    State.POSTED: QT_TRANSLATE_NOOP("state", "Posted"),
    State.PROPOSALS: QT_TRANSLATE_NOOP("state", "Receiving proposals"),
    State.ENTRIES: QT_TRANSLATE_NOOP("state", "Receiving entries"),
    State.CONTRACTED: QT_TRANSLATE_NOOP("state", "Contracted"),
    State.SELECTED: QT_TRANSLATE_NOOP("state", "Entry selected"),
    State.ESCROWED: QT_TRANSLATE_NOOP("state", "Escrowed"),
    State.IN_PROGRESS: QT_TRANSLATE_NOOP("state", "In progress"),
    State.APPROVAL: QT_TRANSLATE_NOOP("state", "Approval period"),
    State.DELIVERED: QT_TRANSLATE_NOOP("state", "Delivered"),
    State.REVISING: QT_TRANSLATE_NOOP("state", "Being revised"),
    State.ACCEPTED: QT_TRANSLATE_NOOP("state", "Accepted"),
    State.PAID: QT_TRANSLATE_NOOP("state", "Paid"),
    State.RATED: QT_TRANSLATE_NOOP("state", "Rated"),
    State.CLOSED: QT_TRANSLATE_NOOP("state", "Closed"),
    State.CANCELLED: QT_TRANSLATE_NOOP("state", "Cancelled"),
}

S = State
FLOWS: dict[OrderType, dict[State, tuple[State, ...]]] = {
    # 依頼 → 応募・見積もり → 契約 → 仮払い → 業務 → 納品 ⇄ 修正 → 検収 → 支払 → 評価
    OrderType.PROJECT: {
        S.DRAFT: (S.POSTED,),
        S.POSTED: (S.PROPOSALS,),
        S.PROPOSALS: (S.CONTRACTED,),
        S.CONTRACTED: (S.ESCROWED,),
        S.ESCROWED: (S.IN_PROGRESS,),
        S.IN_PROGRESS: (S.DELIVERED,),
        S.DELIVERED: (S.REVISING, S.ACCEPTED),
        S.REVISING: (S.DELIVERED,),
        S.ACCEPTED: (S.PAID,),
        S.PAID: (S.RATED, S.CLOSED),
        S.RATED: (S.CLOSED,),
    },
    # 仮払い → 公開 → 提案 → 採用 (= 業務委託) → 納品データ ⇄ 修正 → 検収 → 支払 → 評価
    OrderType.COMPETITION: {
        S.DRAFT: (S.ESCROWED_BEFORE_POSTING,),
        S.ESCROWED_BEFORE_POSTING: (S.POSTED,),
        S.POSTED: (S.ENTRIES,),
        S.ENTRIES: (S.SELECTED,),
        S.SELECTED: (S.DELIVERED,),
        S.DELIVERED: (S.REVISING, S.ACCEPTED),
        S.REVISING: (S.DELIVERED,),
        S.ACCEPTED: (S.PAID,),
        S.PAID: (S.RATED, S.CLOSED),
        S.RATED: (S.CLOSED,),
    },
    # 仮払い → 公開 (作業受付) → 承認期間 (14日) → 承認完了 → 支払 → 評価
    OrderType.TASK: {
        S.DRAFT: (S.ESCROWED_BEFORE_POSTING,),
        S.ESCROWED_BEFORE_POSTING: (S.POSTED,),
        S.POSTED: (S.APPROVAL,),
        S.APPROVAL: (S.ACCEPTED,),
        S.ACCEPTED: (S.PAID,),
        S.PAID: (S.RATED, S.CLOSED),
        S.RATED: (S.CLOSED,),
    },
}

OPEN_TO_CANCEL = frozenset({
    S.DRAFT, S.ESCROWED_BEFORE_POSTING, S.POSTED, S.PROPOSALS, S.ENTRIES, S.CONTRACTED, S.SELECTED,
    S.ESCROWED, S.IN_PROGRESS, S.APPROVAL, S.DELIVERED, S.REVISING,
})  # fmt: skip
"""Cancelling is possible until the work is accepted; after that the reward is owed."""

FINISHED = frozenset({S.CLOSED, S.CANCELLED})
WORK_UNDER_WAY = frozenset({S.SELECTED, S.ESCROWED, S.IN_PROGRESS, S.REVISING})
"""The worker has the work in hand: a delivery is awaited (late deliveries, a quiet worker)."""


class Party(StrEnum):
    PRODUCER = "producer"
    CLIENT = "client"
    WORKER = "worker"
    NOBODY = "nobody"


PARTY_LABELS = {
    Party.PRODUCER: QT_TRANSLATE_NOOP("party", "Producer"),
    Party.CLIENT: QT_TRANSLATE_NOOP("party", "Client"),
    Party.WORKER: QT_TRANSLATE_NOOP("party", "Worker"),
    Party.NOBODY: QT_TRANSLATE_NOOP("party", "Nobody"),
}

WAITING_ON = {
    S.DRAFT: Party.PRODUCER,
    S.ESCROWED_BEFORE_POSTING: Party.PRODUCER,  # publish it
    S.POSTED: Party.WORKER,  # applications
    S.PROPOSALS: Party.CLIENT,  # choose with the producer
    S.ENTRIES: Party.CLIENT,
    S.CONTRACTED: Party.CLIENT,  # fund the escrow
    S.SELECTED: Party.WORKER,  # hand over the final data
    S.ESCROWED: Party.WORKER,  # start
    S.IN_PROGRESS: Party.WORKER,
    S.APPROVAL: Party.PRODUCER,
    S.DELIVERED: Party.CLIENT,  # inspect and accept
    S.REVISING: Party.WORKER,
    S.ACCEPTED: Party.CLIENT,  # pay
    S.PAID: Party.PRODUCER,  # rate
    S.RATED: Party.PRODUCER,
    S.CLOSED: Party.NOBODY,
    S.CANCELLED: Party.NOBODY,
}
"""Who must act next in each state: what the dashboard's "waits on whom" shows."""


# what must happen first, for the steps producers most often try too early
NEEDS_ESCROW = QT_TRANSLATE_NOOP(
    "lifecycle", "Record the escrow (仮払い) first: work must not start before the reward is deposited."
)
NEEDS_ESCROW_TO_PUBLISH = QT_TRANSLATE_NOOP(
    "lifecycle", "A {type} is published only after its reward is deposited in escrow (仮払い)."
)
NEEDS_DELIVERY = QT_TRANSLATE_NOOP(
    "lifecycle", "Record a delivery first: only what was delivered can be accepted."
)
NEEDS_ACCEPTANCE = QT_TRANSLATE_NOOP(
    "lifecycle", "Record the acceptance (検収) first: payment follows acceptance."
)
NEEDS_PAYMENT = QT_TRANSLATE_NOOP("lifecycle", "Record the payment first: rating closes a paid order.")
NEEDS_DEADLINE = QT_TRANSLATE_NOOP(
    "lifecycle", "Entries are selected after they arrive: record the entries received first."
)
NEEDS_CONTRACT = QT_TRANSLATE_NOOP("lifecycle", "Choose a proposal and record the contract first.")
NOT_AFTER_ACCEPTANCE = QT_TRANSLATE_NOOP(
    "lifecycle", "An accepted order cannot be cancelled: the reward is owed. Record the payment."
)
FINISHED_ALREADY = QT_TRANSLATE_NOOP("lifecycle", "This order is {state}; nothing follows.")
REASON_NEEDED = QT_TRANSLATE_NOOP("lifecycle", "Say why the order is cancelled; the reason is kept.")
GENERIC = QT_TRANSLATE_NOOP("lifecycle", "From “{state}” the next step is: {next}.")

_EARLY = {
    S.IN_PROGRESS: NEEDS_ESCROW,
    S.ACCEPTED: NEEDS_DELIVERY,
    S.PAID: NEEDS_ACCEPTANCE,
    S.RATED: NEEDS_PAYMENT,
    S.SELECTED: NEEDS_DEADLINE,
    S.ESCROWED: NEEDS_CONTRACT,
}


@dataclass(frozen=True)
class Refusal:
    """Why a step cannot be taken: a message to translate and its parameters."""

    message: str
    params: dict[str, object]

    def text(self) -> str:
        return self.message.format(**self.params)


class StepRefused(ValueError):
    def __init__(self, refusal: Refusal):
        super().__init__(refusal.text())
        self.refusal = refusal


def initial_state(order_type: OrderType) -> State:
    return S.DRAFT


def next_states(order_type: OrderType, state: State) -> tuple[State, ...]:
    """The states reachable in one step, cancelling included while it is allowed."""
    forward = FLOWS[order_type].get(state, ())
    return forward + ((S.CANCELLED,) if state in OPEN_TO_CANCEL else ())


def states_of(order_type: OrderType) -> tuple[State, ...]:
    """Every state an order of this type can be in, in the order of its flow."""
    seen: list[State] = []
    for state, targets in FLOWS[order_type].items():
        for s in (state, *targets):
            if s not in seen:
                seen.append(s)
    return (*seen, S.CANCELLED)


def refusal(order_type: OrderType, state: State, target: State, reason: str = "") -> Refusal | None:
    """None when `state → target` is a step of this order type's flow, else why not."""
    if target is S.CANCELLED:
        if state in FINISHED:
            return Refusal(FINISHED_ALREADY, {"state": LABELS[state]})
        if state not in OPEN_TO_CANCEL:
            return Refusal(NOT_AFTER_ACCEPTANCE, {})
        if not reason.strip():
            return Refusal(REASON_NEEDED, {})
        return None
    if target in FLOWS[order_type].get(state, ()):
        return None
    if state in FINISHED:
        return Refusal(FINISHED_ALREADY, {"state": LABELS[state]})
    if target is S.POSTED and order_type is not OrderType.PROJECT and state is S.DRAFT:
        return Refusal(NEEDS_ESCROW_TO_PUBLISH, {"type": _TYPE_WORDS[order_type]})
    flow = states_of(order_type)
    if target in _EARLY and target in flow and flow.index(target) > flow.index(state):
        return Refusal(_EARLY[target], {})
    following = [LABELS[s] for s in next_states(order_type, state)]
    return Refusal(GENERIC, {"state": LABELS[state], "next": following})


_TYPE_WORDS = {
    OrderType.PROJECT: QT_TRANSLATE_NOOP("lifecycle", "project"),
    OrderType.COMPETITION: QT_TRANSLATE_NOOP("lifecycle", "competition"),
    OrderType.TASK: QT_TRANSLATE_NOOP("lifecycle", "task"),
}


def step(order_type: OrderType, state: State, target: State, reason: str = "") -> State:
    """`target` when the step is allowed; raises StepRefused saying what must happen first."""
    problem = refusal(order_type, state, target, reason)
    if problem is not None:
        raise StepRefused(problem)
    return target


PHASES: dict[str, tuple[State, ...]] = {
    QT_TRANSLATE_NOOP("phase", "Soliciting"): (
        S.DRAFT,
        S.ESCROWED_BEFORE_POSTING,
        S.POSTED,
        S.PROPOSALS,
        S.ENTRIES,
    ),
    QT_TRANSLATE_NOOP("phase", "Contracting"): (S.CONTRACTED, S.SELECTED, S.ESCROWED),
    QT_TRANSLATE_NOOP("phase", "Working"): (S.IN_PROGRESS, S.REVISING, S.APPROVAL),
    QT_TRANSLATE_NOOP("phase", "Awaiting acceptance"): (S.DELIVERED,),
    QT_TRANSLATE_NOOP("phase", "Awaiting payment"): (S.ACCEPTED,),
    QT_TRANSLATE_NOOP("phase", "Rating and closing"): (S.PAID, S.RATED),
}
"""Open states grouped into the stages a client recognises (the dashboard's chart)."""
