"""What a client pays for a proposal: the workers' rewards, the platforms' fees and the producer's
fee, each 税抜 and 税込, in whole yen, for the low and the high end of the budget (目安).

The platform's fee terms come in as FeeTerms, one per work item, from whoever knows them (today the
order's platform name with the rate unknown; later the producer's platform register). A fee whose
rate is unknown is shown as 「料率未確認」 and left out of the total, never guessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_DOWN, Decimal

from .breakdown import WorkItemDraft
from .money import CONSUMPTION_TAX_PERCENT
from .text import QT_TRANSLATE_NOOP

TAX_INCLUDED = "tax_included"
TAX_EXCLUDED = "tax_excluded"


@dataclass(frozen=True)
class FeeTerms:
    """The orderer's fee of the platform a work item is ordered on.

    `orderer_rate` is a fraction (Decimal("0.05") for 5 %) or None when not known;
    `orderer_minimum` the fee charged at least per contract (yen, same basis as the rate), if any;
    `rate_basis`: TAX_INCLUDED when the rate is taken of the reward with consumption tax and the
    fee includes tax (as the large platforms publish theirs), TAX_EXCLUDED when both are without."""

    platform_name: str = ""
    orderer_rate: Decimal | None = None
    orderer_minimum: int | None = None
    as_of: date | None = None
    rate_basis: str = TAX_INCLUDED

    @property
    def known(self) -> bool:
        return self.orderer_rate is not None


UNKNOWN_FEE = FeeTerms()


def tax_of(amount: int) -> int:
    """Consumption tax on a tax-exclusive amount, truncated (as money.settle)."""
    return amount * CONSUMPTION_TAX_PERCENT // 100


def with_tax(amount: int) -> int:
    return amount + tax_of(amount)


def without_tax(gross: int) -> int:
    """The tax-exclusive part of a tax-inclusive amount (the largest x with x + tax(x) ≤ gross)."""
    net = gross * 100 // (100 + CONSUMPTION_TAX_PERCENT)
    while with_tax(net + 1) <= gross:
        net += 1
    return net


def _floor(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_DOWN))


def platform_fee(reward: int, terms: FeeTerms) -> tuple[int, int] | None:
    """The platform's fee on one contract of `reward` yen (税抜) as (税抜, 税込), or None when
    the rate is unknown. A reward of 0 pays no fee."""
    if terms.orderer_rate is None:
        return None
    if reward <= 0:
        return 0, 0
    minimum = terms.orderer_minimum or 0
    if terms.rate_basis == TAX_EXCLUDED:
        net = max(_floor(Decimal(reward) * terms.orderer_rate), minimum)
        return net, with_tax(net)
    gross = max(_floor(Decimal(with_tax(reward)) * terms.orderer_rate), minimum)
    return without_tax(gross), gross


@dataclass(frozen=True)
class Amount:
    """A low–high range of yen, 税抜 and 税込."""

    net_low: int = 0
    net_high: int = 0
    gross_low: int = 0
    gross_high: int = 0

    def __add__(self, other: Amount) -> Amount:
        return Amount(self.net_low + other.net_low, self.net_high + other.net_high,
                      self.gross_low + other.gross_low, self.gross_high + other.gross_high)  # fmt: skip

    @classmethod
    def of(cls, low: int, high: int) -> Amount:
        """Tax-exclusive `low` and `high` with their tax added."""
        return cls(low, high, with_tax(low), with_tax(high))

    @property
    def tax_low(self) -> int:
        return self.gross_low - self.net_low

    @property
    def tax_high(self) -> int:
        return self.gross_high - self.net_high


def reward_range(item: WorkItemDraft) -> tuple[int, int]:
    """The reward's low and high end (税抜); blanks count as zero, as breakdown.total does."""
    return item.budget_min or 0, item.budget_max or 0


@dataclass(frozen=True)
class FeeLine:
    """One platform's fees over the items ordered on it."""

    platform_name: str
    terms: FeeTerms
    items: int
    amount: Amount | None
    """None when the rate is unknown: not added to the total."""


@dataclass(frozen=True)
class Costs:
    """The whole cost of a proposal."""

    rewards: Amount
    items: int
    fees: tuple[FeeLine, ...]
    producer_rate: Decimal | None
    """The producer's fee as a fraction of the rewards (税抜), None when not set."""
    producer: Amount | None
    total: Amount
    """Rewards + known platform fees + the producer's fee."""
    unknown_fees: int = 0
    """Platforms whose rate is not known (left out of the total)."""

    @property
    def complete(self) -> bool:
        return not self.unknown_fees and self.producer is not None


def _item_fee(item: WorkItemDraft, terms: FeeTerms) -> Amount | None:
    low, high = reward_range(item)
    fee_low, fee_high = platform_fee(low, terms), platform_fee(high, terms)
    if fee_low is None or fee_high is None:
        return None
    return Amount(fee_low[0], fee_high[0], fee_low[1], fee_high[1])


def producer_fee(rewards: Amount, rate: Decimal) -> Amount:
    low = _floor(Decimal(rewards.net_low) * rate)
    high = _floor(Decimal(rewards.net_high) * rate)
    return Amount.of(low, high)


def costs(items: Sequence[tuple[WorkItemDraft, FeeTerms]], producer_rate: Decimal | None) -> Costs:
    """The cost of `items` (each with its platform's fee terms) and the producer's fee."""
    rewards = Amount()
    by_platform: dict[tuple[str, FeeTerms], list[WorkItemDraft]] = {}
    for item, terms in items:
        rewards = rewards + Amount.of(*reward_range(item))
        by_platform.setdefault((terms.platform_name, terms), []).append(item)
    lines = []
    for (name, terms), group in by_platform.items():
        amount: Amount | None = Amount()
        for item in group:
            fee = _item_fee(item, terms)
            amount = None if fee is None or amount is None else amount + fee
        lines.append(FeeLine(name, terms, len(group), amount))
    producer = None if producer_rate is None else producer_fee(rewards, producer_rate)
    total = rewards
    for line in lines:
        if line.amount is not None:
            total = total + line.amount
    if producer is not None:
        total = total + producer
    unknown = sum(1 for line in lines if line.amount is None)
    return Costs(rewards, len(items), tuple(lines), producer_rate, producer, total, unknown)


@dataclass(frozen=True)
class MonthCost:
    month: date | None
    """The first day of the month, None for items without a start date."""
    items: int = 0
    rewards: Amount = field(default_factory=Amount)
    fees: Amount = field(default_factory=Amount)
    """Known platform fees."""
    producer: Amount = field(default_factory=Amount)

    @property
    def total(self) -> Amount:
        return self.rewards + self.fees + self.producer


def _share(whole: int, parts: Sequence[int]) -> list[int]:
    """`whole` split in proportion to `parts`, in whole yen adding up to `whole` exactly (the
    largest remainders get the odd yen)."""
    base = sum(parts)
    if base <= 0:
        return [whole if i == 0 else 0 for i in range(len(parts))] if parts else []
    exact = [whole * p for p in parts]
    shares = [e // base for e in exact]
    left = whole - sum(shares)
    order = sorted(range(len(parts)), key=lambda i: (-(exact[i] % base), i))
    for i in order[:left]:
        shares[i] += 1
    return shares


def by_month(items: Iterable[tuple[WorkItemDraft, FeeTerms]], whole: Costs) -> list[MonthCost]:
    """What is paid in each month: an order's reward is deposited (仮払い) when it starts, so each
    item counts in its start month, with its platform fee; the producer's fee is shared over the
    months in proportion to the rewards so the months add up to the total. Items without a start
    date come last (month None)."""
    months: dict[date | None, MonthCost] = {}
    for item, terms in items:
        key = item.start_date.replace(day=1) if item.start_date else None
        month = months.get(key, MonthCost(key))
        fee = _item_fee(item, terms) or Amount()
        months[key] = MonthCost(key, month.items + 1, month.rewards + Amount.of(*reward_range(item)),
                                month.fees + fee)  # fmt: skip
    ordered = sorted(months.values(), key=lambda m: (m.month is None, m.month or date.min))
    if whole.producer is None or not ordered:
        return ordered
    p = whole.producer
    parts = {
        name: _share(getattr(p, name), [getattr(m.rewards, name) for m in ordered])
        for name in ("net_low", "net_high", "gross_low", "gross_high")
    }
    return [
        MonthCost(m.month, m.items, m.rewards, m.fees,
                  Amount(*(parts[name][i] for name in ("net_low", "net_high", "gross_low", "gross_high"))))
        for i, m in enumerate(ordered)
    ]  # fmt: skip


class RateError(ValueError):
    """A fee rate that cannot be used; `message` is a QT_TRANSLATE_NOOP source of context
    "costs" with the field {value}."""

    def __init__(self, message: str, text: str):
        super().__init__(message.format(value=text))
        self.message, self.text = message, text


RATE_NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "costs", "The fee rate “{value}” is not a number. Give a percentage from 0 to 100 (e.g. 10 or 12.5)."
)
RATE_NEGATIVE = QT_TRANSLATE_NOOP(
    "costs", "The fee rate “{value}” is negative. Give a percentage from 0 to 100."
)
RATE_OVER_100 = QT_TRANSLATE_NOOP(
    "costs", "The fee rate “{value}” is over 100 %. Give a percentage from 0 to 100."
)


def parse_rate(text: str) -> Decimal:
    """A percentage as typed (「10」, 「12.5」, 「10％」, full-width digits) as a fraction; raises
    RateError for text that is not a number, a negative rate or one over 100."""
    import unicodedata
    from decimal import InvalidOperation

    cleaned = unicodedata.normalize("NFKC", text).strip().rstrip("%").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise RateError(RATE_NOT_A_NUMBER, text) from None
    if not value.is_finite():
        raise RateError(RATE_NOT_A_NUMBER, text)
    if value < 0:
        raise RateError(RATE_NEGATIVE, text)
    if value > 100:
        raise RateError(RATE_OVER_100, text)
    return value / 100


def percent(rate: Decimal) -> str:
    """A fraction as a percentage without trailing zeros: 0.1 → 「10%」, 0.125 → 「12.5%」."""
    value = (rate * 100).normalize()
    text = f"{value:f}"
    return f"{text}%"
