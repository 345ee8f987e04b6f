"""Withholding rules (REFERENCE §5, §12.4 TAX-01, TAX-02)."""

from __future__ import annotations

from ..money import category_is_withheld, withholding
from ..orders import Order
from ..text import QT_TRANSLATE_NOOP
from . import Context, Finding, Severity, rule
from .applicability import payer_withholds

B_204 = QT_TRANSLATE_NOOP("basis", "Income Tax Act Art 204(1)(i); Cabinet Order Art 320")
B_2795 = QT_TRANSLATE_NOOP("basis", "National Tax Agency Tax Answer No. 2795")


def withholding_required(order: Order) -> bool:
    worker = order.worker
    return (
        payer_withholds(order)
        and worker is not None
        and worker.kind == "individual"
        and category_is_withheld(order.category)
    )


def _base(c: Context) -> int | None:
    """The amount withheld on: the contract amount, else the posted fixed reward."""
    contract = c.order.contract
    if contract is not None and contract.amount is not None:
        return contract.amount
    if c.order.effective_pricing == "fixed":
        return c.order.reward.amount
    return None


@rule("TAX-01")
def withholding_applies(c: Context) -> Finding | None:
    if not withholding_required(c.order):
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "Income tax must be withheld from this fee: the worker is an individual "
        "and the work is of a listed kind.",
    )
    return Finding("TAX-01", Severity.INFO, message, B_204, "worker.kind")


@rule("TAX-02")
def withholding_amount(c: Context) -> Finding | None:
    base = _base(c)
    if not withholding_required(c.order) or base is None:
        return None
    tax_note = c.order.reward.tax or "excluded"
    message = QT_TRANSLATE_NOOP(
        "rules",
        "Withholding on ¥{base:,} is ¥{amount:,}; the worker receives ¥{net:,}. "
        "(Computed on the amount {tax} consumption tax.)",
    )
    amount = withholding(base)
    return Finding(
        "TAX-02",
        Severity.INFO,
        message,
        B_2795,
        "reward.amount",
        {"base": base, "amount": amount, "net": base - amount, "tax": TAX_WORDS[tax_note]},
    )


TAX_WORDS = {
    "excluded": QT_TRANSLATE_NOOP("rules", "excluding"),
    "included": QT_TRANSLATE_NOOP("rules", "including"),
}
