"""Work items (業務) broken out of a problem, their checks, and the budget totals."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .catalogue import WorkTemplate
from .order_types import DEFAULT_REASONS, OrderType
from .text import MAX_LINE, MAX_TEXT, QT_TRANSLATE_NOOP, FieldError, InvalidInput
from .values import AT_LEAST

if TYPE_CHECKING:
    from .orders import Order, Orderer

TITLE_REQUIRED = QT_TRANSLATE_NOOP("validation", "Enter a title for the work item.")
MIN_ABOVE_MAX = QT_TRANSLATE_NOOP(
    "validation", "The lowest budget is above the highest budget."
)
DUE_BEFORE_START = QT_TRANSLATE_NOOP("validation", "The due date is before the start date.")
TOO_LONG = QT_TRANSLATE_NOOP("validation", "This text is too long (at most {limit:,} characters).")
NEGATIVE = QT_TRANSLATE_NOOP("validation", "The amount cannot be negative.")


FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("store", "Work item title"),
    "order_type": QT_TRANSLATE_NOOP("store", "Order type"),
    "type_reason": QT_TRANSLATE_NOOP("store", "Why this type"),
    "category_id": QT_TRANSLATE_NOOP("store", "Work category"),
    "deliverables": QT_TRANSLATE_NOOP("store", "Deliverables"),
    "skills": QT_TRANSLATE_NOOP("store", "Skills"),
    "hours": QT_TRANSLATE_NOOP("store", "Estimated hours"),
    "minutes_per_item": QT_TRANSLATE_NOOP("store", "Minutes per item"),
    "quantity": QT_TRANSLATE_NOOP("store", "Quantity"),
    "budget_min": QT_TRANSLATE_NOOP("store", "Budget from (yen)"),
    "budget_max": QT_TRANSLATE_NOOP("store", "Budget to (yen)"),
    "start_date": QT_TRANSLATE_NOOP("store", "Planned start"),
    "due_date": QT_TRANSLATE_NOOP("store", "Due date"),
}
"""What each field of a work item is called where the producer reads it."""


@dataclass(frozen=True)
class WorkItemDraft:
    """Everything a producer sets on one work item."""

    title: str
    order_type: OrderType = OrderType.PROJECT
    type_reason: str = ""
    category_id: str = ""
    deliverables: str = ""
    skills: str = ""
    hours: float | None = None
    minutes_per_item: int | None = None
    quantity: int | None = None
    budget_min: int | None = None
    budget_max: int | None = None
    start_date: date | None = None
    due_date: date | None = None

    def errors(self) -> list[FieldError]:
        found = []
        if not self.title.strip():
            found.append(FieldError("title", TITLE_REQUIRED))
        if len(self.title) > MAX_LINE:
            found.append(FieldError("title", TOO_LONG, {"limit": MAX_LINE}))
        for name in ("type_reason", "deliverables", "skills"):
            if len(getattr(self, name)) > MAX_TEXT:
                found.append(FieldError(name, TOO_LONG, {"limit": MAX_TEXT}))
        for name in ("hours", "minutes_per_item", "quantity", "budget_min", "budget_max"):
            value = getattr(self, name)
            if value is not None and value < 0:
                found.append(FieldError(name, NEGATIVE))
        for name in ("minutes_per_item", "quantity"):  # a task of 0 items, or of 0 minutes each, is none
            value = getattr(self, name)
            if value == 0:
                found.append(FieldError(name, AT_LEAST, {"minimum": 1, "value": 0}))
        low, high = self.budget_min, self.budget_max
        if low is not None and high is not None and 0 <= high < low:
            found.append(FieldError("budget_max", MIN_ABOVE_MAX))
        if self.start_date and self.due_date and self.due_date < self.start_date:
            found.append(FieldError("due_date", DUE_BEFORE_START))
        return found

    def validated(self) -> WorkItemDraft:
        found = self.errors()
        if found:
            raise InvalidInput(found)
        return replace(self, title=self.title.strip())

    @property
    def estimated_hours(self) -> float | None:
        """Hours for projects and competitions; minutes × quantity for tasks."""
        if self.order_type is OrderType.TASK:
            if self.minutes_per_item is None or self.quantity is None:
                return None
            return self.minutes_per_item * self.quantity / 60
        return self.hours


def from_template(template: WorkTemplate, start: date | None = None) -> WorkItemDraft:
    """A proposed work item as the catalogue suggests it, scheduled from `start` if given."""
    due = start + timedelta(days=template.days_max) if start else None
    return WorkItemDraft(
        title=template.title,
        order_type=template.order_type,
        type_reason=DEFAULT_REASONS[template.order_type],
        category_id=template.category_id,
        deliverables=template.deliverables,
        skills=template.skills,
        hours=template.hours,
        minutes_per_item=template.minutes_per_item,
        quantity=template.quantity,
        budget_min=template.budget_min,
        budget_max=template.budget_max,
        start_date=start,
        due_date=due,
    )


@dataclass(frozen=True)
class Budget:
    """A budget range in whole yen; blanks count as zero in totals."""

    low: int = 0
    high: int = 0

    def __add__(self, other: Budget) -> Budget:
        return Budget(self.low + other.low, self.high + other.high)


def budget_of(item: WorkItemDraft) -> Budget:
    return Budget(item.budget_min or 0, item.budget_max or 0)


def total(items: Iterable[WorkItemDraft]) -> Budget:
    out = Budget()
    for item in items:
        out = out + budget_of(item)
    return out


def draft_order(item: WorkItemDraft, orderer: Orderer) -> Order:
    """The first draft of a work item's posting (csp-desk.order/1): a task's budget is for the
    whole quantity, so its reward is the budget per item; projects and competitions are priced
    as one job. The posting text itself is written later, so `description` is empty."""
    from .orders import Order, Reward  # not at import: the window's first paint needs none of it
    task = item.order_type is OrderType.TASK
    per_item = item.quantity if task and item.quantity else 1

    def unit(amount: int | None) -> int | None:
        return None if amount is None else amount // per_item

    return Order(
        order_type=item.order_type.value,
        pricing="per_item" if task else "fixed",
        title=item.title,
        description="",
        category=item.category_id,
        deliverables=item.deliverables,
        skills=item.skills,
        estimated_hours=item.hours if not task and item.hours else None,
        estimated_minutes_per_item=float(item.minutes_per_item) if task and item.minutes_per_item else None,
        quantity=item.quantity if item.quantity else None,
        due=item.due_date,
        reward=Reward(min=unit(item.budget_min), max=unit(item.budget_max)),
        orderer=orderer,
    )
