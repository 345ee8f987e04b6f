"""The order life cycles (REFERENCE §1.2–§1.5): every allowed step and every refused one."""

import itertools

import pytest

from csp_desk.domain.lifecycle import (
    FLOWS,
    NEEDS_ACCEPTANCE,
    NEEDS_DELIVERY,
    NEEDS_ESCROW,
    NEEDS_ESCROW_TO_PUBLISH,
    NEEDS_PAYMENT,
    NOT_AFTER_ACCEPTANCE,
    REASON_NEEDED,
    WAITING_ON,
    State,
    StepRefused,
    next_states,
    refusal,
    states_of,
    step,
)
from csp_desk.domain.order_types import OrderType

S = State
PATHS = {
    OrderType.PROJECT: [S.DRAFT, S.POSTED, S.PROPOSALS, S.CONTRACTED, S.ESCROWED, S.IN_PROGRESS,
                        S.DELIVERED, S.REVISING, S.DELIVERED, S.ACCEPTED, S.PAID, S.RATED, S.CLOSED],
    OrderType.COMPETITION: [S.DRAFT, S.ESCROWED_BEFORE_POSTING, S.POSTED, S.ENTRIES, S.SELECTED,
                            S.DELIVERED, S.REVISING, S.DELIVERED, S.ACCEPTED, S.PAID, S.RATED, S.CLOSED],
    OrderType.TASK: [S.DRAFT, S.ESCROWED_BEFORE_POSTING, S.POSTED, S.APPROVAL, S.ACCEPTED, S.PAID,
                     S.RATED, S.CLOSED],
}  # fmt: skip


@pytest.mark.parametrize("order_type", list(OrderType))
def test_each_order_type_walks_its_whole_flow(order_type):
    path = PATHS[order_type]
    state = path[0]
    for target in path[1:]:
        state = step(order_type, state, target)
    assert state is S.CLOSED


ALL_PAIRS = [(t, a, b) for t in OrderType for a, b in itertools.product(states_of(t), repeat=2)]


@pytest.mark.parametrize(("order_type", "state", "target"), ALL_PAIRS,
                         ids=[f"{t}-{a}-{b}" for t, a, b in ALL_PAIRS])  # fmt: skip
def test_every_step_is_either_in_the_flow_or_refused_with_a_reason(order_type, state, target):
    allowed = target in next_states(order_type, state)
    problem = refusal(order_type, state, target, reason="顧客の事情で中止")
    assert (problem is None) == allowed
    if problem is not None:
        assert problem.text()
        with pytest.raises(StepRefused):
            step(order_type, state, target, "顧客の事情で中止")


@pytest.mark.parametrize(("order_type", "state", "target", "message"), [
    (OrderType.PROJECT, S.CONTRACTED, S.IN_PROGRESS, NEEDS_ESCROW),
    (OrderType.PROJECT, S.IN_PROGRESS, S.ACCEPTED, NEEDS_DELIVERY),
    (OrderType.PROJECT, S.DELIVERED, S.PAID, NEEDS_ACCEPTANCE),
    (OrderType.PROJECT, S.ACCEPTED, S.RATED, NEEDS_PAYMENT),
    (OrderType.COMPETITION, S.DRAFT, S.POSTED, NEEDS_ESCROW_TO_PUBLISH),
    (OrderType.TASK, S.DRAFT, S.POSTED, NEEDS_ESCROW_TO_PUBLISH),
    (OrderType.PROJECT, S.ACCEPTED, S.CANCELLED, NOT_AFTER_ACCEPTANCE),
])  # fmt: skip
def test_a_step_taken_too_early_says_what_must_happen_first(order_type, state, target, message):
    assert refusal(order_type, state, target, "理由").message == message


def test_going_back_is_not_explained_as_too_early():
    problem = refusal(OrderType.PROJECT, S.ACCEPTED, S.IN_PROGRESS)
    assert problem.message != NEEDS_ESCROW and "Paid" in problem.text()


def test_cancelling_needs_a_reason_and_is_possible_until_acceptance():
    assert refusal(OrderType.PROJECT, S.IN_PROGRESS, S.CANCELLED, "").message == REASON_NEEDED
    assert step(OrderType.PROJECT, S.IN_PROGRESS, S.CANCELLED, "顧客の事情") is S.CANCELLED
    assert S.CANCELLED not in next_states(OrderType.PROJECT, S.PAID)


def test_nothing_follows_a_closed_or_cancelled_order():
    for order_type in OrderType:
        assert next_states(order_type, S.CLOSED) == ()
        assert next_states(order_type, S.CANCELLED) == ()


def test_every_state_says_who_must_act():
    for order_type in OrderType:
        for state in states_of(order_type):
            assert state in WAITING_ON
        assert set(FLOWS[order_type]) <= set(states_of(order_type))
