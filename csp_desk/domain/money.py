"""Money rules in whole yen: withholding income tax on fees paid to individuals (REFERENCE §5)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Categories whose fees are 報酬・料金 under Income Tax Act 204(1)(i) when paid to an individual:
# 原稿 (articles, copy, naming), デザイン, 翻訳. Programming, site coding, data entry, lists,
# transcription and research are not (§5.1); web jobs need their design part split (TAX-04).
WITHHOLDING_PREFIXES = ("design.", "writing.", "translation.", "naming", "sns.")
NOT_WITHHELD = frozenset({"writing.transcription", "design.photo"})


def withholding(base: int) -> int:
    """Withholding on one payment of `base` yen (10.21 %, 20.42 % above ¥1,000,000), truncated."""
    if base < 0:
        raise ValueError("a payment cannot be negative")
    if base <= 1_000_000:
        return base * 1021 // 10000
    return (base - 1_000_000) * 2042 // 10000 + 102_100


def category_is_withheld(category: str) -> bool:
    return category not in NOT_WITHHELD and category.startswith(WITHHOLDING_PREFIXES)


CONSUMPTION_TAX_PERCENT = 10


class Settled:
    """What any record of one payment derives from its amount, tax and withholding."""

    amount: int
    tax: int
    withholding: int

    @property
    def gross(self) -> int:
        return self.amount + self.tax

    @property
    def net(self) -> int:
        """What the worker receives."""
        return self.gross - self.withholding


@dataclass(frozen=True)
class Settlement(Settled):
    """One payment to a worker, in whole yen."""

    amount: int
    """The reward before consumption tax."""
    tax: int
    withholding: int
    """Withheld from the tax-exclusive amount when the tax is shown separately (TAX-02)."""


def settle(amount: int, *, taxable: bool = True, withheld: bool = False) -> Settlement:
    """The payment of a tax-exclusive `amount`: consumption tax (truncated) and withholding."""
    if amount < 0:
        raise ValueError("a payment cannot be negative")
    tax = amount * CONSUMPTION_TAX_PERCENT // 100 if taxable else 0
    return Settlement(amount, tax, withholding(amount) if withheld else 0)


def remittance_due(paid_on: date) -> date:
    """The withheld tax is paid to the tax office by the 10th of the next month (TAX-03); a
    weekend, a national holiday or the year-end closing moves it to the next business day."""
    from .holidays import next_business_day

    year, month = (paid_on.year + 1, 1) if paid_on.month == 12 else (paid_on.year, paid_on.month + 1)
    return next_business_day(date(year, month, 10))
