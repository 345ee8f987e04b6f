"""What a proposal (提案書) and a budget (予算表) show: plain data, built by the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .breakdown import Budget, WorkItemDraft, total


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
class ProblemBreakdown:
    title: str
    held_on: date | None
    items: tuple[WorkItemDraft, ...] = field(default_factory=tuple)
    caution: str = ""

    @property
    def budget(self) -> Budget:
        return total(self.items)


@dataclass(frozen=True)
class ProposalData:
    client: ClientSummary
    producer: ProducerProfile
    issued_on: date
    problems: tuple[ProblemBreakdown, ...]
    category_names: dict[str, str] = field(default_factory=dict)

    @property
    def budget(self) -> Budget:
        out = Budget()
        for problem in self.problems:
            out = out + problem.budget
        return out

    @property
    def item_count(self) -> int:
        return sum(len(p.items) for p in self.problems)
