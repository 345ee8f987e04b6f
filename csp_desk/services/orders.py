"""An order as the Orders page shows it, read in one short session: its lists, the follow-up facts
(with the client's 特定業務委託事業者 status and the database's silence threshold) and the findings
of the follow-up rules on a given day. The window only shows what this returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from ..domain import followup
from ..domain.rules import Finding

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..store.db import Store


@dataclass(frozen=True)
class OrderView:
    row: Any
    applications: list[Any]
    contracts: list[Any]
    milestones: list[Any]
    payments: list[Any]
    troubles: list[Any]
    facts: followup.Facts
    findings: list[Finding]
    rounds: list[int]
    """Revision rounds asked so far, per contract (in the order of `contracts`)."""
    contact_total: int
    history: list[Any]


def specified_orderer(session: Session, client_id: int) -> bool:
    """特定業務委託事業者 (Freelance Act Art 2(6)): the orderer has employees, as the client record
    tells; the stricter duties (payment within 60 days, no unfair changes) then apply."""
    from ..store import repo

    draft, _archived = repo.load_client(session, client_id)
    return bool(draft.employees)


def order_view(store: Store, engagement_id: int, today: date) -> OrderView:
    """Everything the Orders page shows of one order; raises NotFound for an unknown one."""
    from ..store import following
    from ..store.audit import history_of_engagement
    from .settings import silence_days

    quiet = silence_days(store)
    with store.session() as session:
        row = following.get_engagement(session, engagement_id)
        contracts = following.list_contracts(session, engagement_id)
        facts = following.facts(session, engagement_id, silence_days=quiet,
                                specified_orderer=specified_orderer(session, row.client_id))  # fmt: skip
        return OrderView(
            row=row,
            applications=following.list_applications(session, engagement_id),
            contracts=contracts,
            milestones=following.list_milestones(session, engagement_id),
            payments=following.list_payments(session, engagement_id),
            troubles=following.list_troubles(session, engagement_id),
            facts=facts,
            findings=followup.check_followup(facts, today),
            rounds=[following.revision_rounds(session, c.id) for c in contracts],
            contact_total=following.count_contacts(session, engagement_id),
            history=history_of_engagement(session, engagement_id),
        )


def contacts(store: Store, engagement_id: int, offset: int, limit: int) -> list[Any]:
    """One page of the order's contact log."""
    from ..store import following

    with store.session() as session:
        return following.list_contacts(session, engagement_id, offset=offset, limit=limit)
