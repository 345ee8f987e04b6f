"""The Workers and Orders pages as a producer uses them: register workers, follow an order
from posting through contract, escrow, deliveries and a revision to payment and rating."""

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from csp_desk.domain.lifecycle import State
from csp_desk.store import following, repo
from csp_desk.store.following import Terms

from .test_gui import _type


@pytest.fixture
def messages(monkeypatch):
    said = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: said.append(a[2]))
    return said


def test_a_worker_is_registered_and_found(qtbot, demo_window):
    demo_window.go_to(4)
    page = demo_window.workers_page
    before = page.model.total
    page.new_worker()
    _type(qtbot, page.ui.name, "佐藤 花子")
    page.ui.invoiceNumber.setText("T123")
    assert not page.save()
    assert "登録番号" in page.ui.errors.text()
    page.ui.invoiceNumber.setText("Ｔ1234567890123")
    page.ui.prefecture.setCurrentIndex(page.ui.prefecture.findData("長野県"))
    assert page.save()
    assert page.model.total == before + 1
    page.ui.search.setText("佐藤 花子")
    page.refresh()
    assert [r.name for r in page.model.rows_loaded()] == ["佐藤 花子"]


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


def test_an_order_is_followed_to_payment_and_rating_on_the_orders_page(qtbot, demo_window, messages):
    desk = demo_window.desk
    client, item = _project_item(desk.store)
    with desk.store.session() as session:
        worker = following.create_worker(session, repo_worker("鈴木ウェブ制作"))
    desk.set_client(client.id, client.name)
    demo_window.go_to(5)
    rated_before = demo_window.dashboard_page.board.by_state.get("rated", 0)
    demo_window.go_to(3)
    page = demo_window.orders_page
    engagement = page.start_for(item.id)
    assert page.engagement.state.value == "draft"
    assert page.ui.orderTitle.text() == item.draft.title
    page.take_step(State("posted"))
    page.ui.applicant.lineEdit().setText("鈴木")
    page._find_applicants("鈴木")
    page.ui.applicant.setCurrentIndex(page.ui.applicant.findData(worker))
    page.ui.quote.setText("180,000")
    page.ui.offeredDelivery.setText("2026/12/20")
    page.ui.applicationNotes.setText("実績が近い")
    assert page.add_application()
    assert page.applications.rows()[0].notes == "実績が近い"
    assert page.engagement.state.value == "proposals"
    assert page.applications.rows()[0].amount == 180_000
    page.ui.applications.selectRow(0)
    assert page.choose_application(
        Terms(
            contracted_on=date(2026, 11, 26), amount=180_000, delivery_due=date(2026, 12, 20), free_rounds=1
        )
    )
    assert page.engagement.state.value == "contracted"
    assert page.add_milestone("デザイン", 80_000, date(2026, 12, 5))
    assert sorted(m.amount for m in page.milestones.rows()) == [80_000, 100_000]
    assert not page.take_step(State("in_progress"))
    assert "仮払い" in messages[-1]
    assert page.record_escrow()
    started = page.ui.steps.findChild(type(page.ui.cancelOrder), "step_in_progress")
    started.click()
    assert page.engagement.state.value == "in_progress"
    assert page.record_delivery()
    page.ui.workNote.setText("ボタンの色を変更")
    assert page.request_revision()
    assert page.engagement.state.value == "revising"
    assert page.record_delivery()
    assert "1" in page.ui.roundsLabel.text()
    assert page.take_step(State("accepted"))
    (payment,) = page.payments.rows()
    assert payment.amount == 180_000 and payment.tax == 18_000
    assert page.record_payment()
    assert page.engagement.state.value == "paid"
    shown = [page.history.data(page.history.index(r, 3)) for r in range(page.history.rowCount())]
    assert any("支払日: — → " in text for text in shown)  # the history tab shows the payment, in words
    assert page.rate()
    assert page.engagement.state.value == "rated"
    board = demo_window.dashboard_page.board
    assert board.by_state.get("rated", 0) == rated_before + 1  # the dashboard followed the order
    page.ui.contactSummary.setText("お礼の連絡")
    assert page.add_contact()
    assert page.contacts.total == 1
    with desk.store.session() as session:
        assert [h[2] for h in following.history(session, engagement)][-2:] == ["paid", "rated"]
    assert page.model.find(lambda r: r.id == engagement) >= 0


def test_cancelling_needs_a_reason_and_troubles_are_logged(qtbot, demo_window, messages):
    desk = demo_window.desk
    client, item = _project_item(desk.store)
    desk.set_client(client.id, client.name)
    page = demo_window.orders_page
    page.start_for(item.id)
    page.ui.troubleDescription.setText("依頼内容の認識違い")
    assert page.open_trouble()
    assert page.troubles.rows()[0].category == "unclear_request"
    assert not page.cancel_order("")
    assert "理由" in messages[-1]
    assert page.cancel_order("顧客の方針変更")
    assert page.engagement.state.value == "cancelled"
    assert not page.ui.cancelOrder.isEnabled()


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
def test_reports_are_exported_from_the_file_menu(qtbot, demo_window, monkeypatch, tmp_path, kind, name):
    from PySide6.QtWidgets import QFileDialog

    desk = demo_window.desk
    with desk.store.session() as session:
        client = repo.list_clients(session)[0]
    desk.set_client(client.id, client.name)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / name), ""))
    assert demo_window.ui.actionExportProgress.isEnabled()
    ui = demo_window.ui
    (ui.actionExportProgress if kind == "progress" else ui.actionExportLedger).trigger()
    assert (tmp_path / name).stat().st_size > 5000
    assert name in demo_window.statusBar().currentMessage()


def test_a_change_with_consent_and_amended_terms_raises_nothing(qtbot, demo_window, monkeypatch):
    from csp_desk.domain.followup import ChangeKind

    desk = demo_window.desk
    _client, item = _project_item(desk.store)
    with desk.store.session() as session:
        worker = following.create_worker(session, repo_worker("高橋デザイン"))
        eid = following.start_engagement(session, item.id, date(2026, 11, 1))
        following.take_step(session, eid, State.POSTED, date(2026, 11, 2))
        app = following.add_application(session, eid, worker, date(2026, 11, 3), amount=90_000)
        following.select_application(session, app, Terms(contracted_on=date(2026, 11, 4), amount=90_000))
    page = demo_window.orders_page
    page.select(eid)
    page.ui.workNote.setText("ページを1枚追加")
    assert page.record_change(ChangeKind.SCOPE, consented=True, notified=False)
    assert "RUN-01" in {f.rule for f in page.followup_model._rows}
    assert page.record_change(ChangeKind.DATES, consented=True, notified=True)
    with desk.store.session() as session:
        changes = following.facts(session, eid).changes
    assert [c.amended_notice_on is not None for c in changes] == [False, True]


def test_the_silence_setting_is_kept_and_used(qtbot, demo_window):
    from csp_desk.gui.dialogs import SettingsDialog, silence_days

    dialog = SettingsDialog(demo_window)
    dialog.ui.silenceDays.setValue(7)
    dialog.accept()
    assert silence_days() == 7
    assert SettingsDialog(demo_window).ui.silenceDays.value() == 7
    dialog.ui.silenceDays.setValue(3)
    dialog.accept()


def test_a_workers_personal_data_is_exported_and_erasing_is_refused_while_kept(
    qtbot, demo_window, tmp_path, monkeypatch
):
    import json

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    desk = demo_window.desk
    with desk.store.session() as session:
        worker = next(
            c.worker_id
            for e in following.list_engagements(session, limit=50)
            for c in following.list_contracts(session, e.id)
            if e.state.value != "cancelled"
        )
    page = demo_window.workers_page
    page.load(worker)
    out = tmp_path / "worker.json"
    assert page.export_personal_data(str(out))
    assert json.loads(out.read_text(encoding="utf-8"))["contracts"]
    assert not page.erase_personal_data(confirmed=True)
    assert warned and "保存が必要" in warned[-1]


def test_a_clients_contact_data_is_exported_and_erased_from_the_clients_page(
    qtbot, demo_window, tmp_path, monkeypatch
):
    import json

    from csp_desk.domain.client import ClientDraft

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    desk = demo_window.desk
    with desk.store.session() as session:
        kept = following.get_engagement(session, following.list_engagements(session, limit=1)[0].id).client_id
        fresh = repo.save_client(
            session,
            ClientDraft(name="有限会社テスト工房", contact_person="山田 太郎", phone="03-1234-5678"),
            None,
        )
    page = demo_window.clients_page
    page.load(kept)
    out = tmp_path / "client.json"
    assert page.export_personal_data(str(out))
    assert json.loads(out.read_text(encoding="utf-8"))["client"]["contact_person"]
    assert not page.erase_personal_data(confirmed=True)
    assert warned and "保存が必要" in warned[-1]

    page.load(fresh)
    assert page.ui.contactPerson.text() == "山田 太郎"
    assert page.erase_personal_data(confirmed=True)
    assert page.ui.contactPerson.text() == "" and page.ui.phone.text() == ""
    assert page.ui.name.text() == "有限会社テスト工房"


def test_the_order_record_with_its_history_is_exported_from_the_history_tab(
    qtbot, demo_window, monkeypatch, tmp_path
):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    desk = demo_window.desk
    with desk.store.session() as session:
        order = next(
            e for e in following.list_engagements(session, limit=100) if e.state in (State.PAID, State.RATED)
        )
    page = demo_window.orders_page
    page.select(order.id)
    out = tmp_path / "record.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    assert page.ui.exportRecord.isEnabled()
    page.ui.exportRecord.click()
    wb = load_workbook(out)
    assert wb["進捗管理表"].cell(5, 3).value == order.title and wb["進捗管理表"].max_row == 5
    changes = [row[5].value for row in wb["変更履歴"].iter_rows(min_row=5)]
    assert len(changes) == page.history.rowCount() and any("支払日" in (text or "") for text in changes)
    assert out.name in demo_window.statusBar().currentMessage()
