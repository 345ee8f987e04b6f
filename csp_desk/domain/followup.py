"""Rules while an order runs (REFERENCE §12.3 and TAX-03): changes, revisions, silence,
acceptance, payment, task rejections and the withholding remittance.

They read what the store recorded about one engagement (`Facts`), never the database, and
return the same kind of findings as the posting rules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .holidays import is_business_day
from .lifecycle import WORK_UNDER_WAY, State
from .money import remittance_due
from .order_types import OrderType
from .rules import Finding, Severity
from .rules.contract import lasts_months, latest_lawful_payment_date
from .text import QT_TRANSLATE_NOOP
from .values import format_date, format_yen

B_CHANGE = QT_TRANSLATE_NOOP("basis", "Telework guideline, changing the terms; common trouble ②")
B_REDO = QT_TRANSLATE_NOOP("basis", "Freelance Act Art 5(2)(ii) (redoing work without pay)")
B_REDUCE = QT_TRANSLATE_NOOP("basis", "Freelance Act Art 5(1)(ii) (reducing the reward)")
B_REFUSE = QT_TRANSLATE_NOOP("basis", "Freelance Act Art 5(1)(i)(iii) (refusing or returning the work)")
B_ROUNDS = QT_TRANSLATE_NOOP("basis", "Telework guideline, note on competitions; common trouble ④")
B_SILENCE = QT_TRANSLATE_NOOP("basis", "Common trouble ③ (no contact)")
B_ACCEPT = QT_TRANSLATE_NOOP("basis", "Telework guideline ⑧; platform practice (one week)")
B_PAY = QT_TRANSLATE_NOOP("basis", "Freelance Act Art 4 (pay by the due date); Telework guideline")
B_TASK = QT_TRANSLATE_NOOP("basis", "CrowdWorks task rules (rejections)")
B_SIXTY = QT_TRANSLATE_NOOP("basis", "Freelance Act Art 4(1)(2) (60 days, day of receipt = day 1)")
B_NOTICE_NOW = QT_TRANSLATE_NOOP("basis", "Freelance Act Art 3(1) (immediately)")
B_REMIT = QT_TRANSLATE_NOOP("basis", "Income Tax Act (withheld tax paid by the 10th of the next month)")

TROUBLE_CATEGORIES = (
    "unclear_request",
    "major_change",
    "no_contact",
    "many_revisions",
    "ip_unclear",
    "other",
)
"""The seed's five common troubles, plus other."""
TROUBLE_LABELS = {
    "unclear_request": QT_TRANSLATE_NOOP("trouble", "Unclear request (依頼内容が不明確)"),
    "major_change": QT_TRANSLATE_NOOP("trouble", "Major change (大幅な変更)"),
    "no_contact": QT_TRANSLATE_NOOP("trouble", "No contact (連絡不通)"),
    "many_revisions": QT_TRANSLATE_NOOP("trouble", "Many revisions after delivery (納品後の修正多数)"),
    "ip_unclear": QT_TRANSLATE_NOOP("trouble", "Copyright unclear (著作権の扱い不明確)"),
    "other": QT_TRANSLATE_NOOP("trouble", "Other"),
}

DEFAULT_SILENCE_DAYS = 3
ACCEPTANCE_DAYS = 7
"""Days after delivery within which acceptance is expected when no inspection date was agreed."""


class Party(StrEnum):
    WORKER = "worker"
    CLIENT = "client"


class Direction(StrEnum):
    IN = "in"
    """They wrote to the producer."""
    OUT = "out"
    """The producer wrote to them."""


@dataclass(frozen=True)
class Contact:
    on: date
    party: Party
    direction: Direction


@dataclass(frozen=True)
class Delivery:
    delivered_on: date
    refused: bool = False
    """The delivery was refused or returned."""
    worker_at_fault: bool = False


@dataclass(frozen=True)
class Revision:
    requested_on: date
    in_scope: bool = True
    """Within what was ordered (a correction); otherwise new work."""
    paid_extra: bool = False
    worker_at_fault: bool = False


class ChangeKind(StrEnum):
    SCOPE = "scope"
    PRICE = "price"
    DATES = "dates"


@dataclass(frozen=True)
class Change:
    changed_on: date
    kind: ChangeKind
    worker_consented: bool = False
    amended_notice_on: date | None = None
    amount_delta: int = 0
    """Yen added to (or, negative, taken from) the reward."""
    worker_at_fault: bool = False


@dataclass(frozen=True)
class NoticeGiven:
    """A terms notice as issued for one of the contracts: the contract's date, the day given."""

    contracted_on: date
    given_on: date
    worker: str = ""
    act_applies: bool = True
    """Whether the Freelance Act applies to the order (its Art 3 asks for the notice at once)."""


@dataclass(frozen=True)
class Payment:
    due_on: date | None
    paid_on: date | None
    withholding: int = 0
    remitted_on: date | None = None


@dataclass(frozen=True)
class Facts:
    """What is recorded about one engagement (one work item followed after its posting)."""

    order_type: OrderType
    state: State
    contracted_on: date | None = None
    period_end: date | None = None
    """The end of the contract period or the delivery date, to tell contracts of a month or more."""
    specified_orderer: bool = False
    """特定業務委託事業者 (has employees, or a corporation with two or more officers)."""
    free_rounds: int | None = None
    inspection_due: date | None = None
    deliveries: tuple[Delivery, ...] = ()
    revisions: tuple[Revision, ...] = ()
    changes: tuple[Change, ...] = ()
    payments: tuple[Payment, ...] = ()
    contacts: tuple[Contact, ...] = ()
    accepted_on: date | None = None
    task_completed: int = 0
    task_rejected: int = 0
    task_rejected_without_reason: int = 0
    silence_days: int = DEFAULT_SILENCE_DAYS
    notices: tuple[NoticeGiven, ...] = ()

    @property
    def one_month_or_more(self) -> bool:
        """Art 5 applies to commissions of one month or more (counted from the commissioning)."""
        if self.contracted_on is None or self.period_end is None:
            return False
        return lasts_months(self.contracted_on, self.period_end, 1)


def business_days_between(start: date, end: date) -> int:
    """Business days after `start` up to and including `end` (weekends, national holidays and
    the year-end closing left out)."""
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        count += is_business_day(day)
    return count


FollowupRule = Callable[[Facts, date], "Finding | None"]
RULES: dict[str, FollowupRule] = {}


def _rule(rule_id: str) -> Callable[[FollowupRule], FollowupRule]:
    def register(function: FollowupRule) -> FollowupRule:
        RULES[rule_id] = function
        return function

    return register


def check_followup(facts: Facts, today: date) -> list[Finding]:
    """Every finding about a running engagement, errors first, then by rule id."""
    found = [f for f in (function(facts, today) for function in RULES.values()) if f is not None]
    rank = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    return sorted(found, key=lambda f: (rank[f.severity], f.rule))


@_rule("RUN-01")
def changes_agreed_and_notified(facts: Facts, today: date) -> Finding | None:
    open_changes = [c for c in facts.changes if not c.worker_consented or c.amended_notice_on is None]
    if not open_changes:
        return None
    first = open_changes[0]
    message = QT_TRANSLATE_NOOP(
        "rules",
        "The change of {date} needs the worker's consent and an amended terms notice, both recorded.",
    )
    return Finding(
        "RUN-01", Severity.WARNING, message, B_CHANGE, "changes", {"date": format_date(first.changed_on)}
    )


def _art5(facts: Facts) -> bool:
    return facts.specified_orderer and facts.one_month_or_more


@_rule("RUN-02")
def no_unpaid_extra_work(facts: Facts, today: date) -> Finding | None:
    if not _art5(facts) or not facts.deliveries:
        return None
    received = min(d.delivered_on for d in facts.deliveries)
    unpaid = [
        r
        for r in facts.revisions
        if r.requested_on >= received and not r.in_scope and not r.paid_extra and not r.worker_at_fault
    ]
    if not unpaid:
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "Work beyond the order was asked for after delivery ({date}) without extra pay, "
        "and the worker was not at fault: agree a price for it or withdraw the request.",
    )
    return Finding(
        "RUN-02",
        Severity.WARNING,
        message,
        B_REDO,
        "revisions",
        {"date": format_date(unpaid[0].requested_on)},
    )


@_rule("RUN-03")
def no_reduction(facts: Facts, today: date) -> Finding | None:
    if not facts.one_month_or_more:
        return None
    cuts = [c for c in facts.changes if c.amount_delta < 0 and not c.worker_at_fault]
    if not cuts:
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "The reward was reduced by {amount} yen on {date} although the worker was not at fault; "
        "this is prohibited for commissions of a month or more.",
    )
    return Finding(
        "RUN-03",
        Severity.ERROR,
        message,
        B_REDUCE,
        "changes",
        {"amount": format_yen(-cuts[0].amount_delta), "date": format_date(cuts[0].changed_on)},
    )


@_rule("RUN-04")
def no_refused_delivery(facts: Facts, today: date) -> Finding | None:
    if not facts.one_month_or_more:
        return None
    refused = [d for d in facts.deliveries if d.refused and not d.worker_at_fault]
    if not refused:
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "The delivery of {date} was refused or returned although the worker was not at fault; "
        "this is prohibited for commissions of a month or more.",
    )
    return Finding(
        "RUN-04",
        Severity.ERROR,
        message,
        B_REFUSE,
        "deliveries",
        {"date": format_date(refused[0].delivered_on)},
    )


@_rule("RUN-05")
def revision_rounds_within_agreement(facts: Facts, today: date) -> Finding | None:
    rounds = sum(1 for r in facts.revisions if r.in_scope and not r.worker_at_fault)
    if facts.free_rounds is None or rounds <= facts.free_rounds:
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "{rounds} revision rounds were asked for; {free} were agreed free of charge. "
        "Agree extra pay for the rest.",
    )
    return Finding(
        "RUN-05",
        Severity.WARNING,
        message,
        B_ROUNDS,
        "revisions",
        {"rounds": rounds, "free": facts.free_rounds},
    )


_RUNNING = frozenset(State) - {State.DRAFT, State.CLOSED, State.CANCELLED, State.RATED}


@_rule("RUN-06")
def nobody_left_waiting(facts: Facts, today: date) -> Finding | None:
    if facts.state not in _RUNNING or not facts.contacts:
        return None
    for party in (Party.WORKER, Party.CLIENT):
        theirs = [c for c in facts.contacts if c.party is party]
        if not theirs:
            continue
        last = max(theirs, key=lambda c: (c.on, c.direction is Direction.OUT))
        waited = business_days_between(last.on, today)
        if waited <= facts.silence_days:
            continue
        if last.direction is Direction.IN:
            message = QT_TRANSLATE_NOOP(
                "rules", "The {party} has waited {days} business days for a reply (since {date})."
            )
        elif party is Party.WORKER and facts.state not in WORK_UNDER_WAY:
            continue
        else:
            message = QT_TRANSLATE_NOOP(
                "rules", "No word from the {party} for {days} business days (since {date}); follow up."
            )
        party_word = PARTY_WORDS[party]
        return Finding(
            "RUN-06",
            Severity.WARNING,
            message,
            B_SILENCE,
            "contacts",
            {"party": party_word, "days": waited, "date": format_date(last.on)},
        )
    return None


PARTY_WORDS = {
    Party.WORKER: QT_TRANSLATE_NOOP("rules", "worker"),
    Party.CLIENT: QT_TRANSLATE_NOOP("rules", "client"),
}


@_rule("RUN-07")
def accepted_in_time(facts: Facts, today: date) -> Finding | None:
    if facts.state is not State.DELIVERED or not facts.deliveries:
        return None
    delivered = max(d.delivered_on for d in facts.deliveries)
    due = facts.inspection_due or delivered + timedelta(days=ACCEPTANCE_DAYS)
    if today <= due:
        return None
    message = QT_TRANSLATE_NOOP(
        "rules", "The delivery of {delivered} is still not accepted; acceptance was due on {due}."
    )
    return Finding(
        "RUN-07",
        Severity.WARNING,
        message,
        B_ACCEPT,
        "accepted_on",
        {"delivered": format_date(delivered), "due": format_date(due)},
    )


@_rule("RUN-08")
def paid_by_the_due_date(facts: Facts, today: date) -> Finding | None:
    late = [
        p
        for p in facts.payments
        if p.due_on is not None
        and ((p.paid_on is None and today > p.due_on) or (p.paid_on is not None and p.paid_on > p.due_on))
    ]
    if not late:
        return None
    severity = Severity.ERROR if facts.specified_orderer else Severity.WARNING
    first = late[0]
    assert first.due_on is not None
    if first.paid_on is None:
        message = QT_TRANSLATE_NOOP("rules", "The payment due on {due} has not been made.")
    else:
        message = QT_TRANSLATE_NOOP("rules", "The payment due on {due} was made late, on {paid}.")
    return Finding(
        "RUN-08",
        severity,
        message,
        B_PAY,
        "payments",
        {"due": format_date(first.due_on), "paid": format_date(first.paid_on)},
    )


def rejection_cap(completed: int) -> int:
    """At most 3 items or 30 % of the completed items (rounded down), whichever is larger."""
    return max(3, completed * 30 // 100)


@_rule("CONT-06")
def payment_due_within_sixty_days(facts: Facts, today: date) -> Finding | None:
    """The due date set for a payment, against the first delivery (day of receipt = day 1)."""
    if not facts.deliveries:
        return None
    latest = latest_lawful_payment_date(min(d.delivered_on for d in facts.deliveries))
    late = [p for p in facts.payments if p.due_on is not None and p.due_on > latest]
    if not late:
        return None
    severity = Severity.ERROR if facts.specified_orderer else Severity.WARNING
    message = QT_TRANSLATE_NOOP(
        "rules",
        "The payment is due on {due}, later than 60 days after the work was received; "
        "pay by {latest} at the latest.",
    )
    due = late[0].due_on
    return Finding(
        "CONT-06",
        severity,
        message,
        B_SIXTY,
        "payments",
        {"due": format_date(due), "latest": format_date(latest)},
    )


@_rule("RUN-09")
def task_rejections_within_the_cap(facts: Facts, today: date) -> Finding | None:
    if facts.order_type is not OrderType.TASK:
        return None
    cap = rejection_cap(facts.task_completed)
    if facts.task_rejected > cap:
        message = QT_TRANSLATE_NOOP(
            "rules",
            "{rejected} items were rejected; the platform allows {cap} for {completed} completed items.",
        )
        return Finding(
            "RUN-09",
            Severity.INFO,
            message,
            B_TASK,
            "task_rejected",
            {"rejected": facts.task_rejected, "cap": cap, "completed": facts.task_completed},
        )
    if facts.task_rejected_without_reason:
        message = QT_TRANSLATE_NOOP("rules", "{count} rejected items have no reason given to the worker.")
        return Finding(
            "RUN-09",
            Severity.INFO,
            message,
            B_TASK,
            "task_rejected",
            {"count": facts.task_rejected_without_reason},
        )
    return None


@_rule("TAX-03")
def withheld_tax_remitted(facts: Facts, today: date) -> Finding | None:
    pending = [
        p for p in facts.payments if p.paid_on is not None and p.withholding > 0 and p.remitted_on is None
    ]
    if not pending:
        return None
    first = pending[0]
    assert first.paid_on is not None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "Pay the {amount} yen withheld to the tax office by {due} (the 10th of the month after payment).",
    )
    return Finding(
        "TAX-03",
        Severity.INFO,
        message,
        B_REMIT,
        "payments",
        {"amount": format_yen(first.withholding), "due": format_date(remittance_due(first.paid_on))},
    )


@_rule("CONT-03")
def notice_given_at_once(facts: Facts, today: date) -> Finding | None:
    """A terms notice given after the day of commissioning stays flagged: the record keeps the day
    it was really given, and the order view says so instead of hiding it. Only the first notice
    given for a commissioning counts: the same terms given again later (a copy, a correction) do not
    make a notice given on the day late."""
    firsts: dict[tuple[str, date], NoticeGiven] = {}
    for n in facts.notices:
        key = (n.worker, n.contracted_on)
        if n.given_on >= n.contracted_on and (key not in firsts or n.given_on < firsts[key].given_on):
            firsts[key] = n
    late = [n for n in firsts.values() if n.act_applies and n.given_on > n.contracted_on]
    if not late:
        return None
    first = late[0]
    message = QT_TRANSLATE_NOOP(
        "rules",
        "The terms notice to {worker} was given on {given}, {days} days after the commissioning "
        "({date}); the Freelance Act asks for it immediately.",
    )
    return Finding("CONT-03", Severity.ERROR, message, B_NOTICE_NOW, "notices", {
        "worker": first.worker or "-", "given": format_date(first.given_on),
        "days": (first.given_on - first.contracted_on).days, "date": format_date(first.contracted_on),
    })  # fmt: skip
