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
