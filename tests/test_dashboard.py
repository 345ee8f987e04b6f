"""The dashboard's figures from the store: late, waiting, unpaid, escrow, and the chart series."""

from datetime import date

import pytest

from csp_desk.domain.lifecycle import Party, State
from csp_desk.domain.worker import WorkerDraft
from csp_desk.store import following as f
from csp_desk.store import repo
from csp_desk.store.dashboard import load_dashboard

BOTH_ENGINES = True  # the tests with a `store` run on SQLite and on PostgreSQL (conftest)

TODAY = date(2026, 11, 26)


def _project_items(session, count):
    found = []
    for client in repo.list_clients(session):
        for problem in repo.list_problems(session, client_id=client.id):
            for item in repo.list_work_items(session, problem.id):
                if item.draft.order_type.value == "project":
                    found.append(item)
    assert len(found) >= count
    return found[:count]


def _contracted(session, item, worker, on, amount, delivery_due, payment_due=None):
    eid = f.start_engagement(session, item.id, on)
    f.take_step(session, eid, State.POSTED, on)
    application = f.add_application(session, eid, worker, on, amount=amount)
    contract = f.select_application(
        session,
        application,
        f.Terms(contracted_on=on, amount=amount, delivery_due=delivery_due, payment_due=payment_due),
    )
    f.record_escrow(session, eid, on)
    f.take_step(session, eid, State.IN_PROGRESS, on)
    return eid, contract


@pytest.fixture
def scene(demo_store):
    with demo_store.session() as session:
        worker = f.create_worker(session, WorkerDraft(name="佐藤"))
        late_work, slow_client, overdue, soon = _project_items(session, 4)
        late, _ = _contracted(session, late_work, worker, date(2026, 10, 1), 100_000, date(2026, 11, 1))
        waiting, contract = _contracted(
            session, slow_client, worker, date(2026, 10, 1), 50_000, date(2026, 11, 1)
        )
        f.record_delivery(session, contract, date(2026, 11, 2))
        unpaid, contract = _contracted(
            session, overdue, worker, date(2026, 9, 1), 80_000, date(2026, 10, 1), date(2026, 11, 20)
        )
        f.record_delivery(session, contract, date(2026, 10, 1))
        f.accept(session, unpaid, date(2026, 10, 5))
        due, contract = _contracted(
            session, soon, worker, date(2026, 10, 1), 60_000, date(2026, 11, 10), date(2026, 12, 1)
        )
        f.record_delivery(session, contract, date(2026, 11, 10))
        f.accept(session, due, date(2026, 11, 12))
    return demo_store, {"late": late, "waiting": waiting, "unpaid": unpaid, "due": due}


def test_late_work_acceptance_and_payment_are_listed(scene):
    store, ids = scene
    with store.session() as session:
        board = load_dashboard(session, TODAY)
    kinds = {(a.engagement_id, a.kind) for a in board.late}
    assert (ids["late"], "delivery") in kinds
    assert (ids["waiting"], "acceptance") in kinds
    assert (ids["unpaid"], "payment") in kinds
    assert [a.engagement_id for a in board.due_soon] == [ids["due"]]


def test_money_waiting_and_escrow_add_up(scene):
    store, _ids = scene
    with store.session() as session:
        board = load_dashboard(session, TODAY)
    assert board.unpaid == 80_000 + 8_000 + 60_000 + 6_000  # web work: nothing withheld
    assert board.escrow_held == 100_000 + 50_000 + 80_000 + 60_000  # escrowed, none released
    assert board.waiting[Party.WORKER] == 1 and board.waiting[Party.CLIENT] == 3
    assert board.by_state == {"in_progress": 1, "delivered": 1, "accepted": 2}


def test_payment_and_ratings_move_the_figures(scene):
    store, ids = scene
    with store.session() as session:
        (payment,) = f.list_payments(session, ids["unpaid"])
        f.record_payment(session, payment.id, date(2026, 11, 25))
        board = load_dashboard(session, TODAY)
        assert board.unpaid == 66_000
        assert board.spend_by_month == [("2026-11", 88_000)]
        assert board.escrow_held == 100_000 + 50_000 + 60_000
        client_board = load_dashboard(
            session, TODAY, client_id=f.get_engagement(session, ids["late"]).client_id
        )
    assert all(
        a.engagement_id == ids["late"] or a.client == client_board.late[0].client for a in client_board.late
    )


def test_the_demo_dashboard_loads_with_every_chart_series(store, catalogue):
    from csp_desk.store.demo import fill_demo, fill_following

    fill_demo(store, catalogue, clients=30, today=TODAY)
    fill_following(store, workers=30, today=TODAY)
    with store.session() as session:
        board = load_dashboard(session, TODAY)
    assert board.by_state and board.spend_by_month and board.revisions_by_category and board.budget_vs_actual
    assert board.late and sum(board.waiting.values()) > 0
