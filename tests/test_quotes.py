"""Quotes and counts as typed: 0 where something is counted, a quote no order can come to, and a
second application by the same worker are refused or asked about, never taken without a word."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from csp_desk.domain.breakdown import WorkItemDraft
from csp_desk.domain.lifecycle import State
from csp_desk.domain.order_types import OrderType
from csp_desk.domain.text import InvalidInput
from csp_desk.domain.values import MAX_ORDER_YEN, parse_count, parse_order_amount
from csp_desk.domain.worker import WorkerDraft
from csp_desk.store import following, repo

from .clicks import click, inspect, press, type_into
from .test_gui import window  # noqa: F401

# --- the rules, where they live ------------------------------------------------------------------


def test_a_count_of_zero_is_refused_where_things_are_counted():
    value, errors = parse_count("quantity", "０", minimum=1)
    assert value is None and errors[0].field == "quantity" and errors[0].params == {"minimum": 1, "value": 0}
    assert parse_count("quantity", "50", minimum=1) == (50, [])
    assert parse_count("payment", "0") == (0, [])  # zero days or yen may be meant


def test_a_task_of_no_items_or_no_minutes_is_refused():
    draft = WorkItemDraft("データ入力", OrderType.TASK, minutes_per_item=0, quantity=0)
    assert {e.field for e in draft.errors()} == {"minutes_per_item", "quantity"}
    assert not WorkItemDraft("データ入力", OrderType.TASK, minutes_per_item=2, quantity=1000).errors()


def test_a_quote_above_what_one_order_can_come_to_is_refused():
    assert MAX_ORDER_YEN == 100_000_000
    value, errors = parse_order_amount("amount", "¥9,999,999,999")
    assert value is None and errors[0].params == {"amount": 9_999_999_999, "limit": MAX_ORDER_YEN}
    assert "上限 ¥100,000,000" in _translated(errors[0])
    assert parse_order_amount("amount", "100,000,000") == (100_000_000, [])
    assert parse_order_amount("amount", "") == (None, [])


def _translated(error):
    from csp_desk import i18n
    from csp_desk.gui.feedback import field_message

    i18n.install("ja")
    return field_message(error)


def _posted_project(session):
    for client in repo.list_clients(session):
        for problem in repo.list_problems(session, client_id=client.id):
            for item in repo.list_work_items(session, problem.id):
                free = following.engagement_of(session, item.id) is None
                if item.draft.order_type is OrderType.PROJECT and free:
                    eid = following.start_engagement(session, item.id, date(2026, 11, 1))
                    following.take_step(session, eid, State.POSTED, date(2026, 11, 2))
                    return client, eid
    raise AssertionError("no free project item in the demo")


def test_the_store_refuses_a_quote_too_large_and_asks_before_a_second_application(demo_store):
    with demo_store.session() as session:
        _client, eid = _posted_project(session)
        worker = following.create_worker(session, WorkerDraft(name="鈴木ウェブ制作"))
        with pytest.raises(InvalidInput) as caught:
            following.add_application(session, eid, worker, date(2026, 11, 3), amount=9_999_999_999)
        assert caught.value.errors[0].field == "amount"
        assert following.list_applications(session, eid) == []
        first = following.add_application(session, eid, worker, date(2026, 11, 3), amount=180_000)
        with pytest.raises(following.AlreadyApplied) as again:
            following.add_application(session, eid, worker, date(2026, 11, 5), amount=150_000)
        assert again.value.earlier.id == first and again.value.earlier.amount == 180_000
        assert [a.amount for a in following.list_applications(session, eid)] == [180_000]
        replaced = following.add_application(session, eid, worker, date(2026, 11, 5), amount=150_000,
                                             notes="値下げ", replace_earlier=True)  # fmt: skip
        (only,) = following.list_applications(session, eid)
        assert (replaced, only.amount, only.notes) == (first, 150_000, "値下げ")
        assert only.received_on == date(2026, 11, 5)


# --- on the 案件 page, with clicks ------------------------------------------------------------------


def _pick_applicant(page, name, worker_id):
    type_into(page.ui.applicant, name)
    page._find_applicants(name)  # what typing into the box does (textEdited), here after the commit
    popup = page.ui.applicant.view()
    if popup.isVisible():
        QTest.keyClick(popup, Qt.Key.Key_Escape)
    page.ui.applicant.setCurrentIndex(page.ui.applicant.findData(worker_id))


def _click_order(page, engagement_id):
    view, model = page.ui.orders, page.ui.orders.model()
    row = next(r for r in range(model.rowCount()) if page.model.row_at(r).id == engagement_id)
    index = model.index(row, 0)
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def test_quotes_on_the_orders_page_are_refused_or_asked_about(qtbot, demo_window, modals):
    desk = demo_window.desk
    with desk.store.session() as session:
        client, eid = _posted_project(session)
        worker = following.create_worker(session, WorkerDraft(name="鈴木ウェブ制作"))
    desk.set_client(client.id, client.name)
    demo_window.go_to(3)
    page = demo_window.orders_page
    page.ui.thisClient.setChecked(True)
    page.refresh()
    _click_order(page, eid)
    assert page.engagement is not None and page.engagement.id == eid
    _pick_applicant(page, "鈴木", worker)

    type_into(page.ui.quote, "9,999,999,999")
    modals.expect(inspect(lambda box: _has(box, "¥9,999,999,999", "上限 ¥100,000,000"), press("OK")))
    click(page.ui.addApplication)
    with desk.store.session() as session:
        assert following.list_applications(session, eid) == []

    type_into(page.ui.quote, "180,000")
    click(page.ui.addApplication)
    with desk.store.session() as session:
        assert [a.amount for a in following.list_applications(session, eid)] == [180_000]

    _pick_applicant(page, "鈴木", worker)
    type_into(page.ui.quote, "150,000")
    modals.expect(inspect(lambda box: _has(box, "鈴木ウェブ制作", "応募済み", "¥180,000"),
                          press(QMessageBox.StandardButton.No)))  # fmt: skip
    click(page.ui.addApplication)
    with desk.store.session() as session:
        assert [a.amount for a in following.list_applications(session, eid)] == [180_000]
    assert page.ui.quote.text() == "150,000"  # kept for the producer to change or send again

    modals.expect(press(QMessageBox.StandardButton.Yes))
    click(page.ui.addApplication)
    with desk.store.session() as session:
        assert [(a.worker, a.amount) for a in following.list_applications(session, eid)] == [
            ("鈴木ウェブ制作", 150_000)
        ]


def _has(box, *parts):
    for part in parts:
        assert part in box.text(), box.text()


def test_a_task_of_zero_items_is_refused_on_the_breakdown_page(qtbot, window):  # noqa: F811
    from .test_gui import _consultation_with_problem, _select_first_item

    _consultation_with_problem(qtbot, window, "labour_shortage")  # its first item is a data-entry task
    window.go_to(2)
    page = _select_first_item(window)
    assert page.ui.quantity.isVisible() and page.ui.quantity.text() == "1,000"
    type_into(page.ui.quantity, "0")
    click(page.ui.apply)
    assert "1 以上を入力してください" in page.ui.errors.text()
    item_id = page.model.problems()[0].items[0].id
    with window.desk.store.session() as session:
        (problem,) = repo.list_problems(session, client_id=window.desk.client_id)
        (stored,) = [i for i in repo.list_work_items(session, problem.id) if i.id == item_id]
    assert stored.draft.quantity == 1000
    page._dirty = False


def test_a_posting_of_zero_items_says_so(qtbot, window):  # noqa: F811
    from .test_gui import _consultation_with_problem, _select_first_item

    _consultation_with_problem(qtbot, window, "labour_shortage")
    window.go_to(2)
    page = _select_first_item(window)
    dialog = page.posting_dialog(page.model.problems()[0].items[0].id)
    dialog.show()
    type_into(dialog.ui.quantity, "0")
    qtbot.waitUntil(lambda: "1 以上を入力してください" in dialog.ui.summary.text(), timeout=2000)
    dialog.discard_edits()
    dialog.close()
