"""Contract rules (契約条件・3条通知, REFERENCE §12.2): the terms notice and the payment date.

They apply once the order file has a `contract`: the terms agreed with the chosen worker.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from ..employment import contract_hits, quotes, severity, states_hourly_pay
from ..orders import Contract, Order
from ..payment_terms import PaymentRule, day_count, lawful_limit, read_payment_rule
from ..text import QT_TRANSLATE_NOOP, is_blank, normalise
from . import Context, Finding, Severity, rule
from .applicability import art4_12_14_apply, fl_applies, torihiki_applies

B_GL_CONTRACT = QT_TRANSLATE_NOOP("basis", "Telework guideline, contract terms items ①–⑫")
B_ART3 = QT_TRANSLATE_NOOP("basis", "Freelance Act Art 3; JFTC rule Art 1")
B_ART3_NOW = QT_TRANSLATE_NOOP("basis", "Freelance Act Art 3(1) (immediately)")
B_ART4 = QT_TRANSLATE_NOOP("basis", "Freelance Act Art 4; JFTC Q&A")
B_ART4_60 = QT_TRANSLATE_NOOP("basis", "Freelance Act Art 4(1)(2) (60 days, day of receipt = day 1)")
B_GL_PAY = QT_TRANSLATE_NOOP("basis", "Telework guideline, payment date (30 days; at most 60)")
B_ART4_RE = QT_TRANSLATE_NOOP("basis", "Freelance Act Art 4(3) (re-entrustment)")
B_ART12 = QT_TRANSLATE_NOOP("basis", "Freelance Act Art 12; Telework guideline, soliciting item ③")
B_PERIOD = QT_TRANSLATE_NOOP("basis", "Freelance Act Arts 5, 13 and 16; Cabinet Order (1 and 6 months)")
B_IP = QT_TRANSLATE_NOOP("basis", "Telework guideline ⑪; common trouble ⑤; Copyright Act Art 61(2)")
B_DEFECT = QT_TRANSLATE_NOOP("basis", "Telework guideline ⑩; Association item 23; common trouble ④")
B_PRIVACY = QT_TRANSLATE_NOOP("basis", "Telework guideline ⑫; Association items 16–17")
B_HARASSMENT = QT_TRANSLATE_NOOP("basis", "Freelance Act Art 14 and the MHLW guidelines")
B_FEE = QT_TRANSLATE_NOOP("basis", "Subcontract Act reform (transfer fees); Freelance Act Art 5 (reduction)")
B_EMPLOYMENT = QT_TRANSLATE_NOOP(
    "basis",
    "Criteria for workers under the Labour Standards Act (Labour Standards Act Study Group report, 1985)",
)

PAYMENT_LIMIT_DAYS = 60
GUIDELINE_DAYS = 30



def _contract(c: Context) -> Contract | None:
    return c.order.contract


# the labels name the items as the guideline and the Act do; translated when shown
GL_ITEMS = {
    "orderer": QT_TRANSLATE_NOOP("rules", "① the orderer's name, address and contact"),
    "contracted_on": QT_TRANSLATE_NOOP("rules", "② the date of the order"),
    "content": QT_TRANSLATE_NOOP("rules", "③ the work ordered"),
    "payment": QT_TRANSLATE_NOOP("rules", "④ the reward, payment date and method"),
    "expenses": QT_TRANSLATE_NOOP("rules", "⑤ expenses"),
    "delivery_due": QT_TRANSLATE_NOOP("rules", "⑥ the delivery date"),
    "delivery_place": QT_TRANSLATE_NOOP("rules", "⑦ where and how it is delivered"),
    "inspection_due": QT_TRANSLATE_NOOP("rules", "⑧ the inspection date"),
    "change_handling": QT_TRANSLATE_NOOP("rules", "⑨ how changes are handled"),
    "defect_handling": QT_TRANSLATE_NOOP("rules", "⑩ defects and late delivery"),
    "ip_handling": QT_TRANSLATE_NOOP("rules", "⑪ intellectual property"),
    "personal_data_handling": QT_TRANSLATE_NOOP("rules", "⑫ personal data"),
}


def _has_content(order: Order, k: Contract) -> bool:
    """③ / 給付の内容: the contract's words, else the posting's description and deliverables, which
    the terms notice states in their place (domain.notice: what is to be delivered)."""
    return not (is_blank(k.content) and is_blank(order.description) and is_blank(order.deliverables))


def _has_payment_date(k: Contract) -> bool:
    """A date, or a rule in words that does not leave the date open (速やかに, 未定: CONT-05)."""
    if k.payment_due is not None:
        return True
    return not is_blank(k.payment_due_rule) and read_payment_rule(k.payment_due_rule).kind != "open"


def missing_gl_items(order: Order, k: Contract) -> list[str]:
    o = order.orderer
    present = {
        "orderer": not (is_blank(o.name) or is_blank(o.address) or is_blank(o.contact)),
        "contracted_on": k.contracted_on is not None,
        "content": _has_content(order, k),
        "payment": k.amount is not None and _has_payment_date(k) and not is_blank(k.payment_method),
        "expenses": not is_blank(k.expenses) or not is_blank(order.expenses),
        "delivery_due": k.delivery_due is not None,
        "delivery_place": not is_blank(k.delivery_place),
        "inspection_due": not k.inspection or k.inspection_due is not None,
        "change_handling": not is_blank(k.change_handling),
        "defect_handling": not is_blank(k.defect_handling),
        # the notice prints the posting's IP clause when the contract's own is empty (as CONT-11 reads it)
        "ip_handling": not is_blank(k.ip_handling) or not is_blank(order.ip.handling),
        "personal_data_handling": not is_blank(k.personal_data_handling),
    }
    return [item for item, ok in present.items() if not ok]


CONTRACT_FIELDS = {"orderer": "orderer", "payment": "contract.amount"}


@rule("CONT-01")
def guideline_items(c: Context) -> Finding | None:
    k = _contract(c)
    if k is None:
        return None
    missing = missing_gl_items(c.order, k)
    if not missing:
        return None
    message = QT_TRANSLATE_NOOP("rules", "The terms document lacks guideline items: {items}.")
    field = CONTRACT_FIELDS.get(missing[0], f"contract.{missing[0]}")
    return Finding(
        "CONT-01", Severity.WARNING, message, B_GL_CONTRACT, field, {"items": [GL_ITEMS[m] for m in missing]}
    )


ART3_ITEMS = {
    "parties": QT_TRANSLATE_NOOP("rules", "the names of both parties"),
    "contracted_on": QT_TRANSLATE_NOOP("rules", "the date of commissioning"),
    "content": QT_TRANSLATE_NOOP("rules", "what is delivered"),
    "delivery_due": QT_TRANSLATE_NOOP("rules", "when it is received"),
    "delivery_place": QT_TRANSLATE_NOOP("rules", "where it is received"),
    "inspection_due": QT_TRANSLATE_NOOP("rules", "when inspection is completed"),
    "amount": QT_TRANSLATE_NOOP("rules", "the amount of the reward"),
    "payment_due": QT_TRANSLATE_NOOP("rules", "the payment date"),
    "reentrustment": QT_TRANSLATE_NOOP("rules", "the re-entrustment details"),
}


def missing_art3_items(order: Order, k: Contract) -> list[str]:
    """The Freelance Act Art 3 items (JFTC rule Art 1) this contract does not state yet."""
    worker = order.worker
    r = k.reentrustment
    present = {
        "parties": not is_blank(order.orderer.name) and worker is not None and not is_blank(worker.name),
        "contracted_on": k.contracted_on is not None,
        "content": _has_content(order, k),
        "delivery_due": k.delivery_due is not None,
        "delivery_place": not is_blank(k.delivery_place),
        "inspection_due": not k.inspection or k.inspection_due is not None,
        "amount": k.amount is not None,
        "payment_due": _has_payment_date(k),
        "reentrustment": r is None
        or (not is_blank(r.original_client) and r.original_payment_due is not None),
    }
    return [item for item, ok in present.items() if not ok]


@rule("CONT-02")
def freelance_act_items(c: Context) -> Finding | None:
    k = _contract(c)
    if k is None or not fl_applies(c.order):
        return None
    missing = missing_art3_items(c.order, k)
    if not missing:
        return None
    message = QT_TRANSLATE_NOOP("rules", "The Art 3 notice to the freelancer must state: {items}.")
    field = "worker.name" if missing[0] == "parties" else f"contract.{missing[0]}"
    return Finding(
        "CONT-02", Severity.ERROR, message, B_ART3, field, {"items": [ART3_ITEMS[m] for m in missing]}
    )


@rule("CONT-03")
def notice_sent_at_once(c: Context) -> Finding | None:
    k = _contract(c)
    if k is None or k.contracted_on is None or not fl_applies(c.order):
        return None
    if k.notice_sent_on is None:
        message = QT_TRANSLATE_NOOP(
            "rules", "Record when the terms notice was sent; it is due on the day of commissioning ({date})."
        )
        return Finding(
            "CONT-03",
            Severity.INFO,
            message,
            B_ART3_NOW,
            "contract.notice_sent_on",
            {"date": k.contracted_on.isoformat()},
        )
    if k.notice_sent_on <= k.contracted_on:
        return None
    message = QT_TRANSLATE_NOOP(
        "rules", "The terms notice went out {days} days after commissioning; it must be sent immediately."
    )
    return Finding(
        "CONT-03",
        Severity.ERROR,
        message,
        B_ART3_NOW,
        "contract.notice_sent_on",
        {"days": (k.notice_sent_on - k.contracted_on).days},
    )


def _payment_rule(k: Contract) -> PaymentRule | None:
    """The contract's payment rule as read from its words, or None when none is written."""
    return None if is_blank(k.payment_due_rule) else read_payment_rule(k.payment_due_rule)


@rule("CONT-05")
def payment_date_concrete(c: Context) -> Finding | None:
    k = _contract(c)
    if k is None or k.payment_due is not None:
        return None
    severity = Severity.ERROR if art4_12_14_apply(c.order) else Severity.WARNING
    payment_rule = _payment_rule(k)
    params: dict[str, object] = {}
    if payment_rule is None:
        message = QT_TRANSLATE_NOOP(
            "rules",
            "Set a concrete payment date or rule (such as 毎月末日締め翌月末日払い); "
            "“within N days” is not a payment date.",
        )
    elif payment_rule.kind == "open":
        message = QT_TRANSLATE_NOOP(
            "rules",
            "「{rule}」 does not set a payment date ({words}): the payment date counts as missing. "
            "Set a concrete date or a rule such as 毎月末日締め翌月末日払い.",
        )
        params = {"rule": normalise(payment_rule.text), "words": payment_rule.words}
    elif payment_rule.kind == "unknown":
        message = QT_TRANSLATE_NOOP(
            "rules",
            "「{rule}」 cannot be read as a payment date. Write a date (2027年3月31日) or a rule "
            "that yields one (毎月末日締め翌月末日払い, 納品後20日目).",
        )
        params = {"rule": normalise(payment_rule.text)}
    elif not payment_rule.concrete:
        message = QT_TRANSLATE_NOOP(
            "rules",
            "「{rule}」 is a period ({words}), not a payment date; set a concrete date or a rule "
            "such as 毎月末日締め翌月末日払い.",
        )
        params = {"rule": normalise(payment_rule.text), "words": payment_rule.words}
    else:
        return None
    return Finding("CONT-05", severity, message, B_ART4, "contract.payment_due", params)


def latest_lawful_payment_date(received: date) -> date:
    """The 60th day counting the day of receipt as day 1 (FL Art 4): receipt + 59 days."""
    return received + timedelta(days=PAYMENT_LIMIT_DAYS - 1)


@dataclass(frozen=True)
class PaymentTiming:
    """When the contract pays, counted from receipt (day 1); for a rule, its worst receipt day."""

    days: int
    over: int
    """Days past the lawful limit (60 days, or 2 calendar months for a monthly cycle)."""
    received: date | None = None
    paid: date | None = None
    rule: str = ""
    """The rule's words when the timing comes from a rule in words."""


def _fixed_timing(received: date, paid: date, rule: str = "") -> PaymentTiming:
    over = (paid - lawful_limit(received, monthly=False)).days
    return PaymentTiming(day_count(received, paid), over, received, paid, rule)


def payment_timing(c: Context, k: Contract) -> PaymentTiming | None:
    """The payment day after receipt: from the dates, else the rule in words (a cycle by the
    latest date it can yield over a year of receipt days), else `payment.days_after_delivery`."""
    if k.payment_due is not None and k.delivery_due is not None:
        return _fixed_timing(k.delivery_due, k.payment_due)
    payment_rule = _payment_rule(k)
    if payment_rule is not None and payment_rule.readable:
        words = normalise(payment_rule.text)
        if payment_rule.kind == "date":
            if k.delivery_due is not None and payment_rule.fixed is not None:
                return _fixed_timing(k.delivery_due, payment_rule.fixed, words)
        else:
            lag = 0
            if k.delivery_due is not None and k.inspection_due is not None:
                lag = max(0, (k.inspection_due - k.delivery_due).days)
            first = k.delivery_due or k.contracted_on or c.today
            worst = payment_rule.worst(first, lag)
            if worst is not None:
                return PaymentTiming(worst.days, worst.over, worst.received, worst.paid, words)
    days = c.order.payment.days_after_delivery
    if days is None:
        return None
    return PaymentTiming(days, days - PAYMENT_LIMIT_DAYS)


@rule("CONT-06")
def payment_within_sixty_days(c: Context) -> Finding | None:
    k = _contract(c)
    if k is None or not art4_12_14_apply(c.order) or k.reentrustment is not None:
        return None
    timing = payment_timing(c, k)
    if timing is None or timing.over <= 0:
        return None
    days = timing.days
    params: dict[str, object] = {"days": days}
    if timing.rule and timing.received is not None and timing.paid is not None:
        params.update(rule=timing.rule, received=timing.received.isoformat(), paid=timing.paid.isoformat())
        message = QT_TRANSLATE_NOOP(
            "rules",
            "「{rule}」 can pay as late as day {days} after receipt (received {received}, paid {paid}); "
            "the Act allows 60 days, or 2 calendar months for a monthly cycle, the day of receipt "
            "being day 1. Shorten the cycle.",
        )
    elif k.delivery_due is not None:
        params["latest"] = latest_lawful_payment_date(k.delivery_due).isoformat()
        message = QT_TRANSLATE_NOOP(
            "rules",
            "Payment falls on day {days} after receipt; the Act allows 60 "
            "days (day of receipt = day 1): pay by {latest}.",
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "rules",
            "Payment falls on day {days} after receipt; the Act allows 60 days (day of receipt = day 1).",
        )
    return Finding("CONT-06", Severity.ERROR, message, B_ART4_60, "contract.payment_due", params)


@rule("CONT-07")
def payment_within_thirty_days(c: Context) -> Finding | None:
    k = _contract(c)
    if k is None:
        return None
    timing = payment_timing(c, k)
    if timing is None or timing.days <= GUIDELINE_DAYS:
        return None
    days = timing.days
    params: dict[str, object] = {"days": days}
    if timing.rule:
        params["rule"] = timing.rule
    reentrusted = k.reentrustment is not None  # its limit is CONT-08's; CONT-07 stays advice
    if timing.over > 0 and not reentrusted and not art4_12_14_apply(c.order):
        if timing.rule:
            message = QT_TRANSLATE_NOOP(
                "rules",
                "「{rule}」 can pay as late as day {days} after receipt; the guideline sets 60 days as "
                "the upper limit.",
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "rules",
                "Payment falls on day {days} after receipt; the guideline sets 60 days as the upper limit.",
            )
        return Finding("CONT-07", Severity.WARNING, message, B_GL_PAY, "contract.payment_due", params)
    if timing.over > 0 and not reentrusted:
        return None  # CONT-06 already says so, as an error
    if timing.rule:
        message = QT_TRANSLATE_NOOP(
            "rules", "「{rule}」 can pay as late as day {days} after receipt; the guideline recommends "
            "within 30 days."
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "rules", "Payment falls on day {days} after receipt; the guideline recommends within 30 days."
        )
    return Finding("CONT-07", Severity.INFO, message, B_GL_PAY, "contract.payment_due", params)


def _planned_payment(c: Context, k: Contract) -> tuple[date | None, str]:
    """The payment date for the planned receipt: the date, else the rule's, else days after."""
    if k.payment_due is not None:
        return k.payment_due, ""
    payment_rule = _payment_rule(k)
    if payment_rule is not None and payment_rule.readable:
        words = normalise(payment_rule.text)
        if payment_rule.kind == "date":
            return payment_rule.fixed, words
        if k.delivery_due is not None:
            return payment_rule.due_for(k.delivery_due, k.inspection_due), words
    days = c.order.payment.days_after_delivery
    if days is not None and k.delivery_due is not None:
        return k.delivery_due + timedelta(days=max(days - 1, 0)), ""
    return None, ""


@rule("CONT-08")
def reentrustment_payment(c: Context) -> Finding | None:
    k = _contract(c)
    if k is None or k.reentrustment is None:
        return None
    r = k.reentrustment
    if is_blank(r.original_client) or r.original_payment_due is None:
        message = QT_TRANSLATE_NOOP(
            "rules",
            "Using the re-entrustment exception needs the original "
            "client's name and payment date in the notice.",
        )
        return Finding("CONT-08", Severity.ERROR, message, B_ART4_RE, "contract.reentrustment")
    latest = r.original_payment_due + timedelta(days=GUIDELINE_DAYS - 1)
    paid, words = _planned_payment(c, k)
    if paid is None or paid <= latest:
        return None
    params: dict[str, object] = {"latest": latest.isoformat(), "paid": paid.isoformat(),
                                 "original": r.original_payment_due.isoformat()}  # fmt: skip
    if words:
        params["rule"] = words
        message = QT_TRANSLATE_NOOP(
            "rules",
            "「{rule}」 pays on {paid}; under the re-entrustment exception pay within 30 days of the "
            "original client's payment date ({original}): by {latest}.",
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "rules",
            "Under the re-entrustment exception pay within 30 days of the "
            "original client's payment date: by {latest}.",
        )
    return Finding("CONT-08", Severity.ERROR, message, B_ART4_RE, "contract.payment_due", params)


@rule("CONT-09")
def contract_not_worse_than_posted(c: Context) -> Finding | None:
    k = _contract(c)
    reward = c.order.reward
    posted = reward.amount if reward.amount is not None else reward.min
    if k is None or k.amount is None or posted is None or c.order.effective_pricing != "fixed":
        return None
    if k.amount >= posted:
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "The contract pays ¥{amount:,}, less than the ¥{posted:,} posted; record the worker's agreement.",
    )
    return Finding(
        "CONT-09",
        Severity.WARNING,
        message,
        B_ART12,
        "contract.amount",
        {"amount": k.amount, "posted": posted},
    )


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def lasts_months(start: date, end: date, months: int) -> bool:
    """True when start..end (both included) covers `months` calendar months (REFERENCE §3.2)."""
    return end >= add_months(start, months) - timedelta(days=1)


@rule("CONT-10")
def duties_by_period(c: Context) -> Finding | None:
    k = _contract(c)
    if k is None or not art4_12_14_apply(c.order):
        return None
    start = k.period_start or k.contracted_on
    end = k.period_end or k.delivery_due
    if start is None or end is None or not lasts_months(start, end, 1):
        return None
    if lasts_months(start, end, 6):
        message = QT_TRANSLATE_NOOP(
            "rules",
            "The commission lasts 6 months or more: the seven prohibited "
            "acts apply, childcare and nursing-care requests must be "
            "considered, and ending it needs 30 days' notice.",
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "rules",
            "The commission lasts a month or more: the seven prohibited "
            "acts apply (refusing receipt, cutting the reward, returns, "
            "beating down the price, forced purchases, demanding "
            "benefits, unpaid changes or redo).",
        )
    return Finding("CONT-10", Severity.INFO, message, B_PERIOD, "contract.period_end")


@rule("CONT-11")
def ip_clause_complete(c: Context) -> Finding | None:
    k = _contract(c)
    if k is None:
        return None
    ip = c.order.ip
    if is_blank(k.ip_handling) and is_blank(ip.handling):
        message = QT_TRANSLATE_NOOP(
            "rules", "State in the contract how the intellectual property is handled."
        )
        return Finding("CONT-11", Severity.WARNING, message, B_IP, "contract.ip_handling")
    if ip.transfer == "assign" and not ip.includes_art27_28:
        message = QT_TRANSLATE_NOOP(
            "rules",
            "An assignment of copyright should name the rights of Copyright "
            "Act Arts 27 and 28, or they stay with the author.",
        )
        return Finding("CONT-11", Severity.WARNING, message, B_IP, "ip.includes_art27_28")
    if ip.transfer == "assign" and ip.moral_rights_not_exercised is None:
        message = QT_TRANSLATE_NOOP("rules", "State whether the author's moral rights will be exercised.")
        return Finding("CONT-11", Severity.WARNING, message, B_IP, "ip.moral_rights_not_exercised")
    return None


@rule("CONT-12")
def defects_and_revisions(c: Context) -> Finding | None:
    k = _contract(c)
    if k is None or (not is_blank(k.defect_handling) and c.order.revisions.free_rounds is not None):
        return None
    message = QT_TRANSLATE_NOOP(
        "rules", "State how defects and late delivery are handled and how many revisions are free."
    )
    field = "contract.defect_handling" if is_blank(k.defect_handling) else "revisions.free_rounds"
    return Finding("CONT-12", Severity.WARNING, message, B_DEFECT, field)


@rule("CONT-13")
def personal_data_clause(c: Context) -> Finding | None:
    k = _contract(c)
    if k is None or not k.handles_personal_data or not is_blank(k.personal_data_handling):
        return None
    message = QT_TRANSLATE_NOOP(
        "rules", "The work touches personal data: add a clause on its handling and confidentiality."
    )
    return Finding("CONT-13", Severity.WARNING, message, B_PRIVACY, "contract.personal_data_handling")


@rule("CONT-14")
def harassment_desk_told(c: Context) -> Finding | None:
    if _contract(c) is None or not harassment_desk_missing(c.order):
        return None
    message = QT_TRANSLATE_NOOP(
        "rules", "Tell the freelancer where to consult about harassment (the orderer's consultation desk)."
    )
    return Finding("CONT-14", Severity.WARNING, message, B_HARASSMENT, "orderer.harassment_contact")


@rule("CONT-15")
def transfer_fee_not_on_worker(c: Context) -> Finding | None:
    if c.order.payment.transfer_fee_borne_by != "worker":
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "The worker bears the transfer fee: that cuts the agreed reward. Let the orderer pay it.",
    )
    severity = Severity.ERROR if torihiki_applies(c.order) else Severity.WARNING
    return Finding("CONT-15", severity, message, B_FEE, "payment.transfer_fee_borne_by")


B_TORIHIKI = QT_TRANSLATE_NOOP("basis", "Subcontract Act as reformed in 2026 (取適法), Arts 4 and 7")


@rule("CONT-16")
def torihiki_duties(c: Context) -> Finding | None:
    if not torihiki_applies(c.order):
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "取適法 also applies (re-ordered client work, orderer above the size thresholds): give the "
        "Art 4 statement, keep the Art 7 records for 2 years, pay no promissory notes and "
        "consult on price before fixing it.",
    )
    return Finding("CONT-16", Severity.INFO, message, B_TORIHIKI, "orderer.capital_yen")


@rule("CONT-17")
def employment_like_contract(c: Context) -> Finding | None:
    k = _contract(c)
    if k is None:
        return None
    hits = [h for h in contract_hits(k) if h.concept.startswith("emp.")]
    hourly = c.order.effective_pricing == "hourly" or states_hourly_pay(k.content)
    level = severity(hits, hourly, contract=True)
    if level is None:
        return None
    if level == "warning":
        message = QT_TRANSLATE_NOOP(
            "rules",
            "The contract reads like employment ({words}); check it against "
            "the criteria for workers before signing.",
        )
        found = Severity.WARNING
    else:
        message = QT_TRANSLATE_NOOP(
            "rules",
            "The contract has words that can suggest employment ({words}); alone they are usually fine.",
        )
        found = Severity.INFO
    return Finding("CONT-17", found, message, B_EMPLOYMENT, "contract.content", {"words": quotes(hits)})


def harassment_desk_missing(order: Order) -> bool:
    """A specified orderer (FL Art 14) has not named its harassment consultation desk."""
    return art4_12_14_apply(order) and is_blank(order.orderer.harassment_contact)


NOTICE_RULES = ("CONT-01", "CONT-02", "CONT-14")
"""The rules about what a terms notice must contain. CONT-02 (the Freelance Act's Art 3 items) is
an error and always stops the notice; CONT-01 (the guideline's items) and CONT-14 (the harassment
desk) are warnings that stop it until they are filled in or a reason is recorded for them, since
the guideline lets an item be left out only for a reason that is kept (REFERENCE §2.4)."""


def notice_blockers(findings: Iterable[Finding], accepted: Collection[str] = ()) -> list[Finding]:
    """The findings that stop a terms notice from being issued; `accepted` holds the rule ids
    whose warning has a recorded reason."""
    return [
        f for f in findings
        if f.rule in NOTICE_RULES and (f.severity is Severity.ERROR or f.rule not in accepted)
    ]  # fmt: skip
