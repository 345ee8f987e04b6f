"""The compliance checker: rules with stable ids from REFERENCE §12, each a small function.

`check(order)` runs every rule and returns findings; a rule returns None when it is met or
does not apply. Messages and bases are English sources translated when shown (Japanese UI).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from ..catalogue import Catalogue, load_catalogue
from ..minimum_wage import MinimumWages, load_wages
from ..orders import Order
from ..posting_record import PostingRecord
from ..text import QT_TRANSLATE_NOOP, quoted


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    basis: str
    field: str
    params: dict[str, object] = dataclasses.field(default_factory=dict)

    def text(self) -> str:
        """The untranslated message, list parameters joined (quoted words as QUOTE)."""
        params = {key: ", ".join(quoted(item) or str(item) for item in value)
                  if isinstance(value, list) else value for key, value in self.params.items()}  # fmt: skip
        return self.message.format(**params)


@dataclass(frozen=True)
class Reference:
    """Reference data some rules need (data/): minimum wages and market price floors."""

    wages: MinimumWages
    price_floor: dict[str, tuple[int, str]] = dataclasses.field(default_factory=dict)
    """Per category: the lowest catalogue price for a whole fixed-price job, and its source tag."""


def price_floors(catalogue: Catalogue) -> dict[str, tuple[int, str]]:
    floors: dict[str, tuple[int, str]] = {}
    for problem in catalogue.problems:
        for item in problem.work_items:
            if item.order_type == "task":
                continue  # a task's band is for a quantity, not for one job
            known = floors.get(item.category_id)
            if known is None or item.budget_min < known[0]:
                floors[item.category_id] = (item.budget_min, item.source)
    return floors


def load_reference(
    folder: Path, added_wages: Path | None = None, catalogue: Catalogue | None = None
) -> Reference:
    """Reads the reference data from the data folder (raises CatalogueError naming a bad file).

    `added_wages` is the producer's own table of newer minimum wages (added in Settings);
    pass `catalogue` when it is already loaded.
    """
    wages = load_wages(folder / "minimum_wages.csv")
    if added_wages is not None and added_wages.exists():
        wages = wages.merged(load_wages(added_wages))
    catalogue = catalogue or load_catalogue(folder)
    return Reference(wages=wages, price_floor=price_floors(catalogue))


@dataclass(frozen=True)
class Context:
    """What a rule may read besides the order."""

    order: Order
    today: date
    reference: Reference | None = None
    record: PostingRecord | None = None
    """The posting's circumstances (status, escrow …), known only inside the store."""


Rule = Callable[[Context], "Finding | None"]
RULES: dict[str, Rule] = {}


def rule(rule_id: str) -> Callable[[Rule], Rule]:
    def register(function: Rule) -> Rule:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id} registered twice")
        RULES[rule_id] = function
        return function

    return register


def _load() -> None:
    from . import content, contract, identifiers, posting, record, tax, wages  # noqa: F401 - registering


def check(
    order: Order,
    today: date | None = None,
    reference: Reference | None = None,
    record: PostingRecord | None = None,
) -> list[Finding]:
    """Every finding for `order`, errors first, then by rule id.

    Rules that need reference data are skipped when `reference` is None, and rules about a
    posting's circumstances (POST-18, CONT-04, CONT-18, CONT-19) when `record` is None.
    """
    _load()
    context = Context(order, order.as_of or today or date.today(), reference, record)
    findings = [f for f in _run(context) if f is not None]
    order_of = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    return sorted(findings, key=lambda f: (order_of[f.severity], f.rule))


OVERRIDE_ERROR = QT_TRANSLATE_NOOP(
    "rules", "An error cannot be overridden, only fixed: {rule} is a legal duty that is not met."
)
REASON_REQUIRED = QT_TRANSLATE_NOOP("rules", "Record why this finding does not apply here.")


def override_problem(severity: Severity, rule_id: str, reason: str) -> str | None:
    """Why a finding cannot be overridden with `reason` (a message to translate), or None."""
    if severity is Severity.ERROR:
        return OVERRIDE_ERROR
    if not reason.strip():
        return REASON_REQUIRED
    return None


def _run(context: Context) -> Iterator[Finding | None]:
    for function in RULES.values():
        yield function(context)
