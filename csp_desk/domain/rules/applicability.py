"""Who owes which duty (REFERENCE §3.11): the Freelance Act's predicates for one order."""

from __future__ import annotations

from ..orders import Order


def worker_protected(order: Order) -> bool:
    """特定受託事業者: an individual or one-person company without employees; unknown ⇒ protected."""
    worker = order.worker
    return worker is None or worker.has_employees is not True


def fl_applies(order: Order) -> bool:
    """The Freelance Act applies (Art 3 at least): a business order to a protected freelancer."""
    return order.orderer.is_business and worker_protected(order)


def orderer_specified(order: Order) -> bool:
    """特定業務委託事業者: has employees, or a corporation with two or more officers."""
    orderer = order.orderer
    return orderer.has_employees is True or (
        orderer.is_corporation is True and (orderer.officer_count or 0) >= 2
    )


def art4_12_14_apply(order: Order) -> bool:
    return fl_applies(order) and orderer_specified(order)


def payer_withholds(order: Order) -> bool:
    """A withholding agent: a corporation, or a business that pays salaries (has employees)."""
    orderer = order.orderer
    return orderer.is_corporation is True or orderer.has_employees is True


TEN_MILLION = 10_000_000
EMPLOYEES_PROGRAMS, EMPLOYEES_OTHER = 300, 100


def torihiki_applies(order: Order) -> bool:
    """取適法 (the reformed Subcontract Act, REFERENCE §4) covers this deal.

    Only re-ordered client work is covered (an SME's own logo or site is not, §4.2); the size
    tests compare the orderer's capital or employees with a worker who is an individual or small.
    """
    contract = order.contract
    if contract is None or contract.reentrustment is None:
        return False
    worker = order.worker
    if worker is not None and worker.kind == "corporation" and worker.has_employees:
        return False  # a company's size is not recorded; do not claim the Act applies
    orderer = order.orderer
    limit = EMPLOYEES_PROGRAMS if order.category.startswith("app.") else EMPLOYEES_OTHER
    return (orderer.capital_yen or 0) > TEN_MILLION or (orderer.employee_count or 0) > limit
