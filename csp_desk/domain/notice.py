"""The terms notice is built from the contract as recorded on the Orders page: its parties, date,
amount, delivery, inspection and payment dates and free revision rounds come from the record; the
posting gives what the record does not hold (the work, where it is delivered, the payment method,
intellectual property, changes, defects, personal data). Where the posting states a term the
record also holds and the two differ, the notice is refused and the differences are listed: a
notice stating ¥99,000 while the contract says ¥22,000 cannot be written.

It also names how a notice was given (channel) and whether it was given late (Freelance Act Art
3(1): immediately after the commissioning; CONT-03). No Qt, no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from .orders import Contract, Order, Worker
from .text import QT_TRANSLATE_NOOP, is_blank, normalise

# how a notice reaches the worker (JFTC rule Art 2: in writing or by electromagnetic means)
CHANNELS = {
    "platform": QT_TRANSLATE_NOOP("notice", "platform message"),
    "email": QT_TRANSLATE_NOOP("notice", "e-mail"),
    "paper": QT_TRANSLATE_NOOP("notice", "paper"),
}
CHANNELS_JA = {"platform": "プラットフォームのメッセージ", "email": "電子メール", "paper": "書面"}

# the differences' labels, translated when shown
D_WORKER = QT_TRANSLATE_NOOP("notice", "worker")
D_CONTRACTED_ON = QT_TRANSLATE_NOOP("notice", "date of the order")
D_AMOUNT = QT_TRANSLATE_NOOP("notice", "contract amount")
D_REWARD = QT_TRANSLATE_NOOP("notice", "prize in the posting")
D_DELIVERY = QT_TRANSLATE_NOOP("notice", "delivery date")
D_INSPECTION = QT_TRANSLATE_NOOP("notice", "inspection date")
D_PAYMENT = QT_TRANSLATE_NOOP("notice", "payment date")
D_PERIOD = QT_TRANSLATE_NOOP("notice", "end of the contract period")
D_ROUNDS = QT_TRANSLATE_NOOP("notice", "free revision rounds")
D_IP = QT_TRANSLATE_NOOP("notice", "intellectual property")
D_TAX = QT_TRANSLATE_NOOP("notice", "consumption tax")
_TAX_WORDS = {"included": "消費税込み", "excluded": "消費税別"}


@dataclass(frozen=True)
class RecordedContract:
    """One contract as recorded on the Orders page (store model WorkContract), as plain values."""

    id: int
    worker: Worker
    contracted_on: date
    amount: int
    taxable: bool = True
    withheld: bool = False
    free_rounds: int | None = None
    delivery_due: date | None = None
    inspection_due: date | None = None
    payment_due: date | None = None
    period_end: date | None = None
    changed_on: date | None = None
    """The day of the latest change of scope, price or dates recorded for it (a notice given after
    it is the amended notice the change calls for)."""

    @property
    def commissioned_on(self) -> date:
        """The day a notice given now answers: the contract's, or the latest change's."""
        return max(self.contracted_on, self.changed_on or self.contracted_on)


def recorded_tax(recorded: RecordedContract) -> str:
    """The reward's tax basis the recorded contract is paid on: a taxable contract is paid with the
    tax added (消費税別, as the ledger pays it), one that is not as the amount itself (込み)."""
    return "excluded" if recorded.taxable else "included"


@dataclass(frozen=True)
class Difference:
    """A term the posting states otherwise than the recorded contract (values in Japanese)."""

    item: str
    posting: str
    contract: str


def _day(d: date | None) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else "―"


def _yen(amount: int | None) -> str:
    return f"{amount:,}円" if amount is not None else "―"


def _same_text(a: str, b: str) -> bool:
    """One wording holds the other (the contract's clause may be the posting's, written out)."""
    x, y = ("".join(normalise(t).split()) for t in (a, b))
    return x in y or y in x


def differences(order: Order, recorded: RecordedContract) -> list[Difference]:
    """Where the posting (its own terms and the contract terms typed into it) and the recorded
    contract disagree. A term the posting leaves empty is no difference: the record fills it."""
    k = order.contract or Contract()
    out: list[Difference] = []

    def dates(label: str, typed: date | None, kept: date | None) -> None:
        if typed is not None and kept is not None and typed != kept:
            out.append(Difference(label, _day(typed), _day(kept)))

    worker = order.worker
    if worker is not None and not is_blank(worker.name) and normalise(worker.name) != normalise(
        recorded.worker.name
    ):
        out.append(Difference(D_WORKER, worker.name.strip(), recorded.worker.name))
    dates(D_CONTRACTED_ON, k.contracted_on, recorded.contracted_on)
    if k.amount is not None and k.amount != recorded.amount:
        out.append(Difference(D_AMOUNT, _yen(k.amount), _yen(recorded.amount)))
    reward = order.reward
    # a competition's prize is fixed by the posting; a project's worker may quote under the budget
    prize = order.order_type == "competition" and not reward.by_quote
    if prize and reward.amount is not None and reward.amount != recorded.amount:
        out.append(Difference(D_REWARD, _yen(reward.amount), _yen(recorded.amount)))
    tax = recorded_tax(recorded)
    if reward.tax in _TAX_WORDS and reward.tax != tax:
        out.append(Difference(D_TAX, _TAX_WORDS[reward.tax], _TAX_WORDS[tax]))
    dates(D_DELIVERY, k.delivery_due, recorded.delivery_due)
    dates(D_INSPECTION, k.inspection_due, recorded.inspection_due)
    dates(D_PAYMENT, k.payment_due, recorded.payment_due)
    days = order.payment.days_after_delivery
    if k.payment_due is None and days is not None and recorded.delivery_due and recorded.payment_due:
        latest = recorded.delivery_due + timedelta(days=days - 1)  # the day of receipt is day 1
        if recorded.payment_due > latest:
            out.append(Difference(D_PAYMENT, f"納品物の受領日から{days}日目まで（{_day(latest)}）",
                                  _day(recorded.payment_due)))  # fmt: skip
    rule_text = k.payment_due_rule if not is_blank(k.payment_due_rule) else order.payment.due_rule
    if k.payment_due is None and days is None and not is_blank(rule_text) and recorded.delivery_due:
        from .payment_terms import read_payment_rule

        rule = read_payment_rule(rule_text)
        allowed = rule.due_for(recorded.delivery_due, recorded.inspection_due) if rule.readable else None
        if allowed is not None and recorded.payment_due is not None and recorded.payment_due > allowed:
            out.append(Difference(D_PAYMENT, f"{rule_text.strip()}（{_day(allowed)}まで）",
                                  _day(recorded.payment_due)))  # fmt: skip
    dates(D_PERIOD, k.period_end, recorded.period_end)
    rounds = order.revisions.free_rounds
    if rounds is not None and recorded.free_rounds is not None and rounds != recorded.free_rounds:
        out.append(Difference(D_ROUNDS, f"{rounds}回", f"{recorded.free_rounds}回"))
    ip_typed = not is_blank(k.ip_handling) and not is_blank(order.ip.handling)
    if ip_typed and not _same_text(k.ip_handling, order.ip.handling):
        out.append(Difference(D_IP, order.ip.handling.strip(), k.ip_handling.strip()))
    return out


def _content(order: Order, k: Contract) -> str:
    """③ the work: the contract's words, else the posting's description; with the posting's
    deliverables, so the notice names what the posting asked to be delivered."""
    text = k.content.strip() or order.description.strip()
    deliverables = order.deliverables.strip()
    if deliverables and normalise(deliverables) not in normalise(text):
        text = f"{text}\n成果物：{deliverables}" if text else deliverables
    return text


def notice_order(order: Order, recorded: RecordedContract) -> Order:
    """The order the notice is written from: the recorded contract's terms, the posting's for the
    rest. Call `differences` first: this one does not check."""
    k = order.contract or Contract()
    change = k.change_handling
    if is_blank(change) and order.revisions.major_changes_renegotiated:
        change = "大幅な変更が必要な場合は、追加の報酬を含めて改めて協議します。"
    terms = replace(
        k,
        contracted_on=recorded.contracted_on,
        amount=recorded.amount,
        delivery_due=recorded.delivery_due or k.delivery_due,
        inspection=True if recorded.inspection_due else k.inspection,
        inspection_due=recorded.inspection_due or k.inspection_due,
        payment_due=recorded.payment_due or k.payment_due,
        period_end=recorded.period_end or k.period_end,
        # a recorded period runs from the commissioning unless the posting says from when
        period_start=k.period_start or (recorded.contracted_on if recorded.period_end else None),
        content=_content(order, k),
        payment_method=k.payment_method.strip() or order.payment.method.strip(),
        change_handling=change,
        ip_handling=k.ip_handling.strip() or order.ip.handling.strip(),
    )
    if terms.payment_due is None and is_blank(terms.payment_due_rule):
        terms = replace(terms, payment_due_rule=order.payment.due_rule)
    rounds = recorded.free_rounds if recorded.free_rounds is not None else order.revisions.free_rounds
    worker = recorded.worker
    if order.worker is not None and normalise(order.worker.name) == normalise(worker.name):
        # what the posting knows of the same worker (kind, employees) fills what the record lacks
        mine = order.worker
        worker = replace(worker, kind=worker.kind or mine.kind,
                         has_employees=worker.has_employees if worker.has_employees is not None
                         else mine.has_employees,
                         prefecture=worker.prefecture or mine.prefecture,
                         invoice_number=worker.invoice_number or mine.invoice_number)  # fmt: skip
    reward = replace(order.reward, tax=recorded_tax(recorded))
    return replace(order, contract=terms, worker=worker, reward=reward,
                   revisions=replace(order.revisions, free_rounds=rounds))  # fmt: skip


def days_late(contracted_on: date | None, given_on: date | None) -> int:
    """Days the notice was given after the commissioning (0: on the day, as the Act asks)."""
    if contracted_on is None or given_on is None:
        return 0
    return max(0, (given_on - contracted_on).days)


def late_under_act(order: Order, contracted_on: date | None, given_on: date | None) -> int:
    """Days late as CONT-03 counts them: only where the Freelance Act applies to the order (Art 3);
    elsewhere the guideline asks for the terms in writing without a day (0)."""
    from .rules.applicability import fl_applies

    return days_late(contracted_on, given_on) if fl_applies(order) else 0


class NoticeConflict(ValueError):
    """The posting and the recorded contract disagree: no notice until one of them is corrected."""

    def __init__(self, found: list[Difference]):
        super().__init__("; ".join(f"{d.item}: {d.posting} / {d.contract}" for d in found))
        self.differences = found


class ContractNeeded(ValueError):
    """Several contracts are recorded for the work item (a task, several workers): say which."""

    def __init__(self, contracts: list[RecordedContract]):
        super().__init__(", ".join(str(c.id) for c in contracts))
        self.contracts = contracts


class UnknownContract(ValueError):
    """The contract asked for is not one recorded for this work item."""

    def __init__(self, contract_id: int, contracts: list[RecordedContract]):
        super().__init__(str(contract_id))
        self.contract_id = contract_id
        self.contracts = contracts


def choose_contract(
    contracts: list[RecordedContract], order: Order, contract_id: int | None = None
) -> RecordedContract | None:
    """The recorded contract a notice is for: the one asked for, the only one, or the one with the
    worker the posting names; None when none is recorded (the posting's own terms are used)."""
    if contract_id is not None:
        for contract in contracts:
            if contract.id == contract_id:
                return contract
        raise UnknownContract(contract_id, contracts)
    if len(contracts) <= 1:
        return contracts[0] if contracts else None
    name = normalise(order.worker.name) if order.worker is not None else ""
    named = [c for c in contracts if name and normalise(c.worker.name) == name]
    if len(named) == 1:
        return named[0]
    raise ContractNeeded(contracts)
