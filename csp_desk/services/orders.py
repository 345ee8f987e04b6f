"""Orders: the list, one order as the Orders page shows it (its lists, the follow-up facts with the
client's 特定業務委託事業者 status and the database's silence threshold, and the follow-up rules'
findings on a given day), and every step of its course (applications, contract, escrow, delivery,
revisions and changes, acceptance, payment, rating, contacts, troubles), each one transaction.

The steps' rules are the store's (store/following.py, domain/lifecycle.py): a refused step raises
StepRefused, bad values InvalidInput, an unknown record NotFound — with nothing written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from ..domain import followup
from ..domain.lifecycle import State
from ..domain.rules import Finding
from ..store import following
from ..store.following import Terms as Terms  # the terms a chosen application is contracted on
from . import Changed

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

    with store.session() as session:
        return following.list_contacts(session, engagement_id, offset=offset, limit=limit)


def count_orders(store: Store, client_id: int | None, states: tuple[State, ...], search: str) -> int:
    with store.session() as session:
        return following.count_engagements(session, client_id, states, search)


def list_orders(
    store: Store,
    client_id: int | None,
    states: tuple[State, ...],
    search: str,
    *,
    offset: int = 0,
    limit: int = 200,
    sort: str = "state_since",
    descending: bool = True,
) -> list[Any]:
    """One page of the orders (of one client, or all), sorted on the server."""
    with store.session() as session:
        return following.list_engagements(session, client_id, states, search, offset=offset, limit=limit,
                                          sort=sort, descending=descending)  # fmt: skip


def items_to_follow(store: Store, client_id: int) -> list[Any]:
    """The client's work items not followed as an order yet (each is followed once)."""
    from ..store import repo

    with store.session() as session:
        return [item for problem in repo.list_problems(session, client_id=client_id)
                for item in repo.list_work_items(session, problem.id)
                if following.engagement_of(session, item.id) is None]  # fmt: skip


def earlier_application(store: Store, engagement_id: int, worker_id: int) -> Any | None:
    """The worker's application on this order, if they already sent one (one per worker)."""
    with store.session() as session:
        return following.earlier_application(session, engagement_id, worker_id)


def proposed_terms(store: Store, application_id: int, on: date) -> Any:
    """The terms to agree with a chosen application, pre-filled from its proposal and the posting."""
    with store.session() as session:
        return following.proposed_terms(session, application_id, on)


def _step(action: Callable[..., Any]) -> Callable[..., Changed]:
    """A step of an order's course as one service call: one transaction, the store's refusals
    passed on with nothing written; Changed.ids holds what the step created (a new id)."""

    def run(store: Store, *args: Any, **kwargs: Any) -> Changed:
        with store.write() as session:
            made = action(session, *args, **kwargs)
        ids = (made,) if isinstance(made, int) else tuple(made) if isinstance(made, list) else ()
        return Changed("orders", ids)

    run.__name__, run.__qualname__, run.__doc__ = action.__name__, action.__name__, action.__doc__
    return run


start_order = _step(following.start_engagement)
take_step = _step(following.take_step)
accept = _step(following.accept)
add_application = _step(following.add_application)
select_application = _step(following.select_application)
record_escrow = _step(following.record_escrow)
record_delivery = _step(following.record_delivery)
request_revision = _step(following.request_revision)
record_change = _step(following.record_change)
add_milestone = _step(following.add_milestone)
record_payment = _step(following.record_payment)
record_remittance = _step(following.record_remittance)
rate = _step(following.rate)
add_contact = _step(following.add_contact)
open_trouble = _step(following.open_trouble)
update_trouble = _step(following.update_trouble)
