"""The Orders page's reading of one order (services/orders.py): the follow-up facts carry the
client's 特定業務委託事業者 status and the database's silence threshold, decided outside the window."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from csp_desk.services import orders, settings
from csp_desk.store import following, repo
from csp_desk.store.demo import fill_following

BOTH_ENGINES = True  # the tests with a `store` run on SQLite and on PostgreSQL (conftest)

TODAY = date(2026, 11, 26)


def test_an_order_is_read_with_its_clients_status_and_the_silence_threshold(demo_store):
    fill_following(demo_store, workers=5, today=TODAY)
    with demo_store.session() as session:
        engagement = following.list_engagements(session, limit=1)[0]
        client_id = following.get_engagement(session, engagement.id).client_id
        draft, _archived = repo.load_client(session, client_id)
    with demo_store.session() as session, session.begin():
        repo.save_client(session, replace(draft, employees=12), client_id)
    settings.set_silence_days(demo_store, 9)
    view = orders.order_view(demo_store, engagement.id, TODAY)
    assert view.facts.specified_orderer and view.facts.silence_days == 9
    assert view.row.id == engagement.id and len(view.rounds) == len(view.contracts)
    with demo_store.session() as session, session.begin():
        repo.save_client(session, replace(draft, employees=None), client_id)
    assert not orders.order_view(demo_store, engagement.id, TODAY).facts.specified_orderer
    assert len(orders.contacts(demo_store, engagement.id, 0, 3)) <= 3


def test_an_order_is_started_once_and_a_step_out_of_course_is_refused_with_nothing_written(demo_store):
    import pytest

    from csp_desk.domain.lifecycle import State, StepRefused
    from csp_desk.domain.text import InvalidInput

    with demo_store.session() as session:
        client = repo.list_clients(session)[0].id
    (item, *_rest) = orders.items_to_follow(demo_store, client)
    started = orders.start_order(demo_store, item.id, TODAY)
    assert started.topic == "orders" and len(started.ids) == 1
    (order,) = started.ids
    assert item.id not in [i.id for i in orders.items_to_follow(demo_store, client)]
    with pytest.raises(InvalidInput):
        orders.start_order(demo_store, item.id, TODAY)  # followed once
    before = orders.order_view(demo_store, order, TODAY).row.state
    with pytest.raises(StepRefused):
        orders.take_step(demo_store, order, State.PAID, TODAY)
    assert orders.order_view(demo_store, order, TODAY).row.state == before
    assert orders.count_orders(demo_store, client, (), "") >= 1
    assert order in [r.id for r in orders.list_orders(demo_store, client, (), "")]


def test_two_desks_recording_the_same_step_the_second_is_refused_and_the_first_stays(demo_store):
    """Two laptops on one team database (two open stores) show the same order; both record the
    same step. The second is refused (the step is checked against the order as saved), and what
    the first recorded stays: a posting step, and the withheld tax of a payment paid to the tax office."""
    import pytest
    from sqlalchemy import select

    from csp_desk.domain.lifecycle import State, StepRefused
    from csp_desk.domain.text import InvalidInput
    from csp_desk.store.db import open_store
    from csp_desk.store.models import Engagement, WorkPayment

    fill_following(demo_store, workers=5, today=TODAY)
    with demo_store.session() as session:
        payment = session.scalars(select(WorkPayment.id).where(WorkPayment.remitted_on.is_(None))).first()
        draft = session.scalars(
            select(Engagement.id).where(
                Engagement.state == State.DRAFT.value, Engagement.order_type == "project"
            )
        ).first()
    assert payment is not None and draft is not None
    other = open_store(
        demo_store.url.render_as_string(hide_password=False) if demo_store.url else demo_store.path
    )
    try:
        orders.take_step(other, draft, State.POSTED, date(2026, 11, 20))
        with pytest.raises(StepRefused):
            orders.take_step(demo_store, draft, State.POSTED, date(2026, 11, 25))
        orders.record_remittance(other, payment, date(2026, 11, 21))
        with pytest.raises(InvalidInput) as refused:
            orders.record_remittance(demo_store, payment, date(2026, 11, 26))
        assert refused.value.errors[0].params == {"day": "2026/11/21"}
        with demo_store.session() as session:
            row, order = session.get(WorkPayment, payment), session.get(Engagement, draft)
            assert row is not None and row.remitted_on == date(2026, 11, 21)
            assert order is not None and order.state_since == date(2026, 11, 20)
    finally:
        other.close()
