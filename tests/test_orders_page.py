"""The Workers and Orders pages as a producer uses them: register workers, follow an order
from posting through contract, escrow, deliveries and a revision to payment and rating."""

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from csp_desk.domain.lifecycle import State
from csp_desk.store import following, repo
from csp_desk.store.following import Terms
from tests.clicks import (
    answer_input,
    cancel,
    choose_file,
    choose_in_combo,
    click,
    click_row,
    close_popup,
    fill,
    inspect,
    open_page,
    open_tab,
    press,
    row_where,
    type_into,
)


def test_a_worker_is_registered_and_found(qtbot, demo_window):
    open_page(demo_window, 4)
    page = demo_window.workers_page
    before = page.model.total
    click(page.ui.newWorker)
    type_into(page.ui.name, "佐藤 花子")
    type_into(page.ui.invoiceNumber, "T123")
    click(page.ui.save)
    assert "登録番号" in page.ui.errors.text()
    assert page.model.total == before
    type_into(page.ui.invoiceNumber, "Ｔ1234567890123")
    choose_in_combo(page.ui.prefecture, "長野県")
    click(page.ui.save)
    assert page.model.total == before + 1
    type_into(page.ui.search, "佐藤 花子")
    qtbot.waitUntil(lambda: [r.name for r in page.model.rows_loaded()] == ["佐藤 花子"])


def _project_item(store):
    with store.session() as session:
        for client in repo.list_clients(session):
            for problem in repo.list_problems(session, client_id=client.id):
                for item in repo.list_work_items(session, problem.id):
                    if (
                        item.draft.order_type.value == "project"
                        and following.engagement_of(session, item.id) is None
                    ):
                        return client, item
    raise AssertionError("no free project item")


def _choose_client(window, name):
    """Clicks the client in the Clients page's list, as a producer picks whom they work for."""
    open_page(window, 0)
    page = window.clients_page
    click_row(page.ui.clients, row_where(page.ui.clients, lambda texts: texts[0] == name))
    assert window.desk.client_name == name


def _step(page, state):
    button = page.ui.steps.findChild(QPushButton, f"step_{state}")
    assert button is not None, (
        f"no step button {state}: {[b.objectName() for b in page.ui.steps.findChildren(QPushButton)]}"
    )
    click(button)


def _pick_applicant(page, name):
    type_into(page.ui.applicant, name)
    close_popup()


def test_an_order_is_followed_to_payment_and_rating_on_the_orders_page(qtbot, demo_window, modals):
    desk = demo_window.desk
    client, item = _project_item(desk.store)
    with desk.store.session() as session:
        following.create_worker(session, repo_worker("鈴木ウェブ制作"))
    _choose_client(demo_window, client.name)
    open_page(demo_window, 5)
    rated_before = demo_window.dashboard_page.board.by_state.get("rated", 0)
    open_page(demo_window, 3)
    page = demo_window.orders_page
    modals.expect(answer_input(item.draft.title))
    click(page.ui.startOrder)
    assert page.engagement.state.value == "draft"
    assert page.ui.orderTitle.text() == item.draft.title
    engagement = page.engagement.id
    _step(page, "posted")
    open_tab(page.ui.tabs, "応募")
    _pick_applicant(page, "鈴木ウェブ制作")
    type_into(page.ui.quote, "180,000")
    type_into(page.ui.offeredDelivery, "2026/12/20")
    type_into(page.ui.applicationNotes, "実績が近い")
    click(page.ui.addApplication)
    assert page.applications.rows()[0].notes == "実績が近い"
    assert page.engagement.state.value == "proposals"
    assert page.applications.rows()[0].amount == 180_000
    click_row(page.ui.applications, 0)
    modals.expect(fill({"contractedOn": "2026/11/26", "amount": "180,000", "deliveryDue": "2026/12/20",
                        "freeRounds": "1"}))  # fmt: skip
    click(page.ui.selectApplication)
    assert page.engagement.state.value == "contracted"
    open_tab(page.ui.tabs, "業務")
    modals.expect(answer_input("デザイン"), answer_input("80000"), answer_input("2026/12/05"))
    click(page.ui.addMilestone)
    assert sorted(m.amount for m in page.milestones.rows()) == [80_000, 100_000]
    click(page.ui.recordEscrow)
    _step(page, "in_progress")
    assert page.engagement.state.value == "in_progress"
    click(page.ui.recordDelivery)
    type_into(page.ui.workNote, "ボタンの色を変更")
    click(page.ui.requestRevision)
    assert page.engagement.state.value == "revising"
    click(page.ui.recordDelivery)
    assert "1" in page.ui.roundsLabel.text()
    _step(page, "accepted")
    open_tab(page.ui.tabs, "支払・評価")
    (payment,) = page.payments.rows()
    assert payment.amount == 180_000 and payment.tax == 18_000
    assert page.payments.data(page.payments.index(0, 2)) == "¥180,000"
    click(page.ui.recordPayment)
    assert page.engagement.state.value == "paid"
    open_tab(page.ui.tabs, "履歴")
    shown = [page.history.data(page.history.index(r, 3)) for r in range(page.history.rowCount())]
    assert any("支払日: — → " in text for text in shown)  # the history tab shows the payment, in words
    open_tab(page.ui.tabs, "支払・評価")
    click(page.ui.rate)
    assert page.engagement.state.value == "rated"
    board = demo_window.dashboard_page.board
    assert board.by_state.get("rated", 0) == rated_before + 1  # the dashboard followed the order
    open_tab(page.ui.tabs, "連絡記録")
    type_into(page.ui.contactSummary, "お礼の連絡")
    click(page.ui.addContact)
    assert page.contacts.total == 1
    with desk.store.session() as session:
        assert [h[2] for h in following.history(session, engagement)][-2:] == ["paid", "rated"]
    assert page.model.find(lambda r: r.id == engagement) >= 0
    assert modals.unexpected == []


def test_work_cannot_start_before_escrow_and_says_why(qtbot, demo_window, modals):
    desk = demo_window.desk
    eid = _order_with_application(desk.store, "高橋デザイン", 90_000, contracted=True)
    open_page(demo_window, 3)
    page = demo_window.orders_page
    page.select(eid)
    started = page.ui.steps.findChild(QPushButton, "step_in_progress")
    if started is not None:  # offered: pressing it explains what must come first
        modals.expect(press("OK"))
        click(started)
        assert "仮払い" in modals.texts()[-1]
    assert page.engagement.state.value == "contracted"


def test_the_banner_names_the_client_of_the_order_that_is_open(qtbot, demo_window):
    open_page(demo_window, 3)
    page = demo_window.orders_page
    click_row(page.ui.orders, 0)
    assert page.engagement is not None
    assert demo_window.ui.clientBanner.text() == page.engagement.client
    assert demo_window.desk.client_id == page.engagement.client_id


def test_the_applicant_list_offers_workers_before_anything_is_typed(qtbot, demo_window):
    open_page(demo_window, 3)
    page = demo_window.orders_page
    click_row(page.ui.orders, 0)
    assert page.ui.applicant.count() > 0


def test_cancelling_needs_a_reason_and_troubles_are_logged(qtbot, demo_window, modals):
    desk = demo_window.desk
    client, item = _project_item(desk.store)
    _choose_client(demo_window, client.name)
    open_page(demo_window, 3)
    page = demo_window.orders_page
    modals.expect(answer_input(item.draft.title))
    click(page.ui.startOrder)
    open_tab(page.ui.tabs, "トラブル")
    type_into(page.ui.troubleDescription, "依頼内容の認識違い")
    click(page.ui.openTrouble)
    assert page.troubles.rows()[0].category == "unclear_request"
    modals.expect(cancel)
    click(page.ui.cancelOrder)
    assert page.engagement.state.value == "draft"
    modals.expect(answer_input(""), press("OK"))
    click(page.ui.cancelOrder)
    assert "理由" in modals.texts()[-1]
    modals.expect(answer_input("顧客の方針変更"))
    click(page.ui.cancelOrder)
    assert page.engagement.state.value == "cancelled"
    assert not page.ui.cancelOrder.isEnabled()


def _order_with_application(store, worker_name, amount, *, contracted):
    """A free project item of the demo followed as an order: posted, one application by a new
    worker, and (when `contracted`) that worker chosen at the quoted amount."""
    _client, item = _project_item(store)
    with store.session() as session:
        worker = following.create_worker(session, repo_worker(worker_name))
        eid = following.start_engagement(session, item.id, date(2026, 11, 1))
        following.take_step(session, eid, State.POSTED, date(2026, 11, 2))
        app = following.add_application(session, eid, worker, date(2026, 11, 3), amount=amount)
        if contracted:
            following.select_application(session, app, Terms(contracted_on=date(2026, 11, 4), amount=amount))
    return eid


def repo_worker(name):
    from csp_desk.domain.worker import WorkerDraft

    return WorkerDraft(name=name)


def test_the_dashboard_shows_the_demo_and_follows_a_payment(qtbot, demo_window):
    demo_window.go_to(5)
    board_page = demo_window.dashboard_page
    board = board_page.board
    assert board is not None and board.by_state
    assert board_page.ui.unpaid.text() == f"¥{board.unpaid:,}"
    assert board_page.alerts.rowCount() == len(board.late) + len(board.due_soon)
    for chart in board_page.charts.values():
        assert chart.series() and chart.series()[0].barSets()[0].count() > 0
    store = demo_window.desk.store
    with store.session() as session:
        payment = next(p for p in _unpaid(session))
    orders = demo_window.orders_page
    orders.select(payment[0])
    orders.ui.payments.selectRow(next(i for i, p in enumerate(orders.payments.rows()) if p.id == payment[1]))
    assert orders.record_payment()
    assert board_page.board.unpaid < board.unpaid


def _unpaid(session):
    from sqlalchemy import select

    from csp_desk.store.models import WorkContract, WorkPayment

    return session.execute(
        select(WorkContract.engagement_id, WorkPayment.id)
        .join(WorkContract, WorkContract.id == WorkPayment.contract_id)
        .where(WorkPayment.paid_on.is_(None))
    ).all()


@pytest.mark.parametrize(("kind", "name"), [("progress", "p.docx"), ("ledger", "l.xlsx")])
def test_reports_are_exported_from_the_file_menu(qtbot, demo_window, modals, tmp_path, kind, name):
    desk = demo_window.desk
    with desk.store.session() as session:
        client = repo.list_clients(session)[0]
    _choose_client(demo_window, client.name)
    assert demo_window.ui.actionExportProgress.isEnabled()
    ui = demo_window.ui
    modals.expect(choose_file(tmp_path / name))  # the demo has the producer's profile
    (ui.actionExportProgress if kind == "progress" else ui.actionExportLedger).trigger()
    assert (tmp_path / name).stat().st_size > 5000
    assert name in demo_window.statusBar().currentMessage()


def test_a_change_with_consent_and_amended_terms_is_recorded_from_its_button(qtbot, demo_window, modals):
    desk = demo_window.desk
    eid = _order_with_application(desk.store, "高橋デザイン", 90_000, contracted=True)
    open_page(demo_window, 3)
    page = demo_window.orders_page
    page.ui.search.setText("")
    page.select(eid)
    open_tab(page.ui.tabs, "業務")
    type_into(page.ui.workNote, "ページを1枚追加")
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    modals.expect(answer_input("作業範囲"), press(yes), press(no))
    click(page.ui.recordChange)
    assert "RUN-01" in {f.rule for f in page.followup_model._rows}
    modals.expect(answer_input("日程"), press(yes), press(yes))
    click(page.ui.recordChange)
    modals.expect(cancel)  # a change not recorded after all
    click(page.ui.recordChange)
    with desk.store.session() as session:
        changes = following.facts(session, eid).changes
    assert [c.amended_notice_on is not None for c in changes] == [False, True]


def test_the_silence_setting_is_kept_and_used(qtbot, demo_window, modals):
    from csp_desk.services.settings import silence_days

    store = demo_window.desk.store
    modals.expect(fill({"silenceDays": "7"}))
    demo_window.ui.actionPreferences.trigger()
    assert silence_days(store) == 7  # kept in the database: the command line and a team see it
    modals.expect(inspect(lambda d: _assert_spin(d, 7), fill({"silenceDays": "3"})))
    demo_window.ui.actionPreferences.trigger()
    assert silence_days(store) == 3


def _assert_spin(dialog, value):
    from PySide6.QtWidgets import QSpinBox

    assert dialog.findChild(QSpinBox, "silenceDays").value() == value


def test_a_workers_personal_data_is_exported_and_erasing_is_refused_while_kept(
    qtbot, demo_window, tmp_path, modals
):
    import json

    desk = demo_window.desk
    with desk.store.session() as session:
        worker = next(
            c.worker_id
            for e in following.list_engagements(session, limit=50)
            for c in following.list_contracts(session, e.id)
            if e.state.value != "cancelled"
        )
        name = following.get_worker(session, worker).draft.name
    open_page(demo_window, 4)
    page = demo_window.workers_page
    type_into(page.ui.search, name)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1)
    click_row(page.ui.workers, row_where(page.ui.workers, lambda texts: texts[0] == name))
    out = tmp_path / "worker.json"
    modals.expect(choose_file(out))
    click(page.ui.exportData)
    assert json.loads(out.read_text(encoding="utf-8"))["contracts"]
    from .test_privacy import _assert_readable

    _assert_readable(tmp_path / "worker.docx", json.loads(out.read_text(encoding="utf-8")))
    assert "worker.docx" in demo_window.statusBar().currentMessage()
    modals.expect(press(QMessageBox.StandardButton.Yes), press("OK"))
    click(page.ui.eraseData)
    assert "保存が必要" in modals.texts()[-1]
    assert page.ui.name.text() == name


def test_a_clients_contact_data_is_exported_and_erased_from_the_clients_page(
    qtbot, demo_window, tmp_path, modals
):
    import json

    from csp_desk.domain.client import ClientDraft

    desk = demo_window.desk
    with desk.store.session() as session:
        kept = following.get_engagement(session, following.list_engagements(session, limit=1)[0].id).client_id
        kept_name = repo.load_client(session, kept)[0].name
        repo.save_client(
            session,
            ClientDraft(name="有限会社テスト工房", contact_person="山田 太郎", phone="03-1234-5678"),
            None,
        )
    desk.changed.emit("clients")
    _choose_client(demo_window, kept_name)
    page = demo_window.clients_page
    out = tmp_path / "client.json"
    modals.expect(choose_file(out))
    click(page.ui.exportData)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["client"]["contact_person"]
    from .test_privacy import _assert_readable

    _assert_readable(tmp_path / "client.docx", data)
    modals.expect(press(QMessageBox.StandardButton.Yes), press("OK"))
    click(page.ui.eraseData)
    assert "保存が必要" in modals.texts()[-1]

    _choose_client(demo_window, "有限会社テスト工房")
    assert page.ui.contactPerson.text() == "山田 太郎"
    modals.expect(press(QMessageBox.StandardButton.No))
    click(page.ui.eraseData)
    assert page.ui.contactPerson.text() == "山田 太郎"
    modals.expect(press(QMessageBox.StandardButton.Yes))
    click(page.ui.eraseData)
    assert page.ui.contactPerson.text() == "" and page.ui.phone.text() == ""
    assert page.ui.name.text() == "有限会社テスト工房"


def test_the_order_record_with_its_history_is_exported_from_the_history_tab(
    qtbot, demo_window, modals, tmp_path
):
    from openpyxl import load_workbook

    desk = demo_window.desk
    with desk.store.session() as session:
        order = next(
            e for e in following.list_engagements(session, limit=100) if e.state in (State.PAID, State.RATED)
        )
    open_page(demo_window, 3)
    page = demo_window.orders_page
    page.select(order.id)
    open_tab(page.ui.tabs, "履歴")
    out = tmp_path / "record.xlsx"
    modals.expect(choose_file(out))
    click(page.ui.exportRecord)
    wb = load_workbook(out)
    assert wb.sheetnames == ["案件記録", "変更履歴"] and order.title in wb["案件記録"]["A1"].value
    changes = [row[3].value for row in wb["変更履歴"].iter_rows(min_row=5)]
    assert len(changes) == page.history.rowCount() and any("支払日" in (text or "") for text in changes)
    assert out.name in demo_window.statusBar().currentMessage()


def test_the_contract_terms_dialog_shows_problems_only_after_ok_and_cancel_changes_nothing(
    qtbot, demo_window, modals
):
    from PySide6.QtWidgets import QLabel

    desk = demo_window.desk
    eid = _order_with_application(desk.store, "中村ライティング", 50_000, contracted=False)
    open_page(demo_window, 3)
    page = demo_window.orders_page
    page.select(eid)
    open_tab(page.ui.tabs, "応募")
    click_row(page.ui.applications, 0)
    shown = {}

    def before_ok(dialog):
        shown["before"] = dialog.findChild(QLabel, "errorText").isVisible()

    def after_ok(dialog):
        label = dialog.findChild(QLabel, "errorText")
        shown["after"] = (label.isVisible(), label.text())

    modals.expect(
        inspect(before_ok, fill({"amount": "五万円"})),  # OK with an amount nobody can read
        inspect(after_ok, cancel),
    )
    click(page.ui.selectApplication)
    assert shown["before"] is False
    assert shown["after"][0] and shown["after"][1]
    assert page.engagement.state.value == "proposals" and page.contracts.rowCount() == 0
