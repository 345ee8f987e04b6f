"""What a proposal (提案書) and a budget (予算表) show: plain data, built by the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from .breakdown import Budget, WorkItemDraft, total
from .costs import UNKNOWN_FEE, Costs, FeeTerms, MonthCost, by_month, costs

DEFAULT_VALID_DAYS = 30
"""How long a proposal stands unless the producer says otherwise."""


@dataclass(frozen=True)
class ProducerProfile:
    name: str = ""
    organisation: str = ""
    certification: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""

    def is_empty(self) -> bool:
        return not any((self.name, self.organisation, self.phone, self.email))


@dataclass(frozen=True)
class ClientSummary:
    id: int
    name: str
    industry: str = ""
    prefecture: str = ""
    address: str = ""
    contact_person: str = ""
    employees: int | None = None


@dataclass(frozen=True)
class Hearing:
    """The consultation a problem was heard in, and what the client said (its notes)."""

    id: int
    held_on: date | None
    place: str = ""
    attendees: str = ""
    notes: str = ""


@dataclass(frozen=True)
class OrderedItem:
    """A work item of the problem already ordered (posted on a platform or further on): a later
    proposal shows it apart, as 発注済み with its state, and keeps it out of the planned spending
    (the client approved it before; its money is in the contracts and the ledger)."""

    item: WorkItemDraft
    state: str
    """The order's state (domain.lifecycle.State's value)."""
    ordered_on: date | None
    """The day it left the draft (posted, or paid into escrow before posting)."""
    since: date | None = None
    """The day it reached `state`."""


@dataclass(frozen=True)
class ProblemBreakdown:
    title: str
    held_on: date | None
    items: tuple[WorkItemDraft, ...] = field(default_factory=tuple)
    caution: str = ""
    description: str = ""
    """The catalogue's statement of the problem (「新しい顧客層・販売チャネルを開拓したい」)."""
    hearing: Hearing | None = None
    fee_terms: tuple[FeeTerms, ...] = ()
    """The platform's fee terms of each item, in the order of `items` (unknown where missing)."""
    ordered: tuple[OrderedItem, ...] = ()
    """The problem's work items already ordered; `items` are the planned ones only."""

    @property
    def budget(self) -> Budget:
        return total(self.items)

    def terms_of(self, index: int) -> FeeTerms:
        return self.fee_terms[index] if index < len(self.fee_terms) else UNKNOWN_FEE

    def priced(self) -> list[tuple[WorkItemDraft, FeeTerms]]:
        return [(item, self.terms_of(i)) for i, item in enumerate(self.items)]


@dataclass(frozen=True)
class ProposalData:
    client: ClientSummary
    producer: ProducerProfile
    issued_on: date
    problems: tuple[ProblemBreakdown, ...]
    category_names: dict[str, str] = field(default_factory=dict)
    producer_rate: Decimal | None = None
    """The producer's own fee as a fraction of the rewards (税抜), set per proposal; None: not set."""
    valid_days: int = DEFAULT_VALID_DAYS

    @property
    def valid_until(self) -> date:
        return self.issued_on + timedelta(days=self.valid_days)

    def priced(self) -> list[tuple[WorkItemDraft, FeeTerms]]:
        return [pair for problem in self.problems for pair in problem.priced()]

    @property
    def costs(self) -> Costs:
        return costs(self.priced(), self.producer_rate)

    def months(self) -> list[MonthCost]:
        return by_month(self.priced(), self.costs)

    def early_starts(self) -> list[tuple[str, WorkItemDraft]]:
        """(problem, item) of every item planned to start before the document's date."""
        return [
            (problem.title, item)
            for problem in self.problems
            for item in problem.items
            if item.start_date is not None and item.start_date < self.issued_on
        ]

    @property
    def budget(self) -> Budget:
        out = Budget()
        for problem in self.problems:
            out = out + problem.budget
        return out

    @property
    def item_count(self) -> int:
        """The planned work items (those already ordered left out)."""
        return sum(len(p.items) for p in self.problems)

    @property
    def ordered(self) -> list[tuple[str, OrderedItem]]:
        """(problem, item) of every work item already ordered."""
        return [(problem.title, done) for problem in self.problems for done in problem.ordered]
