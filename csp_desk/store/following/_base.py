"""What the topics share: the engagement a step is for, moving it along its life cycle (the dated
state change in the same transaction), and the refusals."""


from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.lifecycle import FINISHED, State, step
from ...domain.order_types import OrderType
from ...domain.rules.contract import add_months
from ...domain.text import QT_TRANSLATE_NOOP, FieldError, InvalidInput
from ..errors import NotFound
from ..models import (
    Engagement,
    StateChange,
    WorkContract,
)

RETENTION_YEARS = 3
"""Records of an order are kept this long after it ends (telework guideline 文書保存; REC-01)."""
NOT_NOW = QT_TRANSLATE_NOOP("following", "This cannot be recorded while the order is “{state}”.")


NEGATIVE = QT_TRANSLATE_NOOP("validation", "An amount cannot be negative.")


ALREADY = QT_TRANSLATE_NOOP("following", "This work item is already being followed.")
ALREADY_PAID = QT_TRANSLATE_NOOP(
    "following", "This payment is already recorded as paid on {day}; nothing was changed."
)
ALREADY_REMITTED = QT_TRANSLATE_NOOP(
    "following",
    "The tax withheld from this payment is already recorded as paid to the tax office on {day}; nothing "
    "was changed.",
)


def _engagement(session: Session, engagement_id: int) -> Engagement:
    row = session.get(Engagement, engagement_id)
    if row is None:
        raise NotFound()
    return row


def _move(session: Session, row: Engagement, target: State, on: date, note: str = "") -> None:
    """Takes one step of the life cycle (raises StepRefused) and records it, dated."""
    current = State(row.state)
    step(OrderType(row.order_type), current, target, note)
    session.add(
        StateChange(
            engagement_id=row.id, from_state=current.value, to_state=target.value, on=on, note=note.strip()
        )
    )
    row.state, row.state_since = target.value, on
    if target is State.CANCELLED:
        row.cancel_reason = note.strip()
    if target in FINISHED:
        row.keep_until = add_months(on, 12 * RETENTION_YEARS)
    session.flush()


def _refuse(row: Engagement) -> InvalidInput:
    from ...domain.lifecycle import LABELS

    return InvalidInput(
        [FieldError("state", NOT_NOW, {"state": LABELS[State(row.state)]}, context="following")]
    )


def _not_negative(*amounts: int | None) -> None:
    if any(a is not None and a < 0 for a in amounts):
        raise InvalidInput([FieldError("amount", NEGATIVE)])


def _contracts(session: Session, engagement_id: int) -> list[WorkContract]:
    return list(session.scalars(select(WorkContract).where(WorkContract.engagement_id == engagement_id)))


def _act_applies(order_json: str) -> bool:
    """Whether the Freelance Act applies to the order a notice was issued from (its stored order);
    an order that cannot be read any more counts as one it applies to (the stricter reading)."""
    import json

    from ...domain.orders import parse_order
    from ...domain.rules.applicability import fl_applies

    try:
        return fl_applies(parse_order(json.loads(order_json)))
    except (ValueError, TypeError, KeyError):
        return True
