"""A producer's whole journey with one client, clicks and typing only, once per order type:
empty database → client → consultation → problem → breakdown → posting with a clean checklist →
applications → contract → terms notice → escrow → delivery → revision → acceptance → payment with
withholding → rating → progress report and ledger exported and read back."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from docx import Document
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from csp_desk import i18n
from csp_desk.gui import jobs
from tests.clicks import (
    answer_input,
    choose_file,
    choose_in_combo,
    click,
    click_row,
    close_popup,
    fill,
    open_page,
    open_tab,
    row_where,
    settle,
    type_into,
)

CLIENT = "株式会社やまびこ工房"
WORKER = "田中 みのり"

JOURNEYS = {
    # order type: (problem in the catalogue, work item, withheld for an individual)
    "project": ("集客", "SEO記事の作成（3,000字×5本）", True),
    "competition": ("広報・PR", "ロゴデザイン", True),
    "task": ("販路開拓", "商品説明文の作成（50商品）", True),
}


@pytest.fixture
def desk_window(qtbot, tmp_path, monkeypatch):
    from csp_desk.app import open_database_async
    from csp_desk.gui.context import Desk
    from csp_desk.gui.main_window import MainWindow

    monkeypatch.setattr(jobs, "INLINE", True)
    i18n.install("ja")
    window = MainWindow(Desk())
    window.resize(1366, 768)
    window.show()
    window.finish_setup()
    window.build_remaining_pages()
    open_database_async(window, tmp_path / "desk.sqlite3", demo=False)
    assert window.desk.store is not None
    yield window
    window.close()
    window.deleteLater()


def _days(n: int) -> str:
    return f"{date.today() + timedelta(days=n):%Y/%m/%d}"


def _register(window, modals) -> None:
    """The producer's profile, the client and the worker, typed in."""
    modals.expect(fill({"name": "森 さやか", "organisation": "もり経営サポート", "email": "mori@example.jp"}))
    window.ui.actionProfile.trigger()

    open_page(window, 0)
    clients = window.clients_page
    click(clients.ui.newClient)
    type_into(clients.ui.name, CLIENT)
    type_into(clients.ui.kana, "ヤマビココウボウ")
    type_into(clients.ui.employees, "8")
    type_into(clients.ui.capital, "3,000,000")
    choose_in_combo(clients.ui.prefecture, "長野県")
    type_into(clients.ui.address, "長野県松本市中央1-2-3")
    type_into(clients.ui.contactPerson, "山田 一郎")
    type_into(clients.ui.email, "info@yamabiko.example.jp")
    click(clients.ui.save)
    assert window.ui.clientBanner.text() == CLIENT

    open_page(window, 4)
    workers = window.workers_page
    click(workers.ui.newWorker)
    type_into(workers.ui.name, WORKER)
    choose_in_combo(workers.ui.kind, "個人")
    choose_in_combo(workers.ui.prefecture, "北海道")
    type_into(workers.ui.invoiceNumber, "T1234567890123")
    click(workers.ui.save)
    assert workers.model.total == 1


def _consult(window, problem: str) -> None:
    open_page(window, 0)
    click_row(window.clients_page.ui.clients, 0)
    open_page(window, 1)
    page = window.consultations_page
    type_into(page.ui.place, "商工会議所")
    choose_in_combo(page.ui.catalogueProblems, problem)
    click(page.ui.addFromCatalogue)
    assert [r.title for r in page.problems._rows] == [problem]


def _choose_item(window, title: str):  # type: ignore[no-untyped-def]
    open_page(window, 2)
    page = window.breakdown_page
    tree, model = page.ui.tree, page.model
    problem = model.index(0, 0)
    row = next(r for r in range(model.rowCount(problem)) if model.index(r, 0, problem).data() == title)
    click_row(tree, 0)
    QTest.keyClick(tree, Qt.Key.Key_Right)  # opens the problem's branch
    index = model.index(row, 0, problem)
    tree.scrollTo(index)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    assert page.ui.title.text() == title
    return page


def _write_posting(order_type: str, modals, notice_out=None):  # type: ignore[no-untyped-def]
    """What the producer does in the posting editor: fills it until the checklist has no error,
    records the posting (or, once a worker is chosen, issues the terms notice), then closes it."""
    seen: dict[str, object] = {}

    def work(dialog) -> None:  # type: ignore[no-untyped-def]
        ui = dialog.ui
        if notice_out is None:
            open_tab(ui.tabs, "仕事の内容")
            type_into(
                ui.description,
                "新商品の販売ページを作ってください。掲載する文章と写真はこちらで用意します。" * 3,
            )
            type_into(
                ui.deliverables, "Word形式（.docx）の原稿・データ一式。形式と分量は仕事の内容のとおり。"
            )
            if order_type == "task":
                type_into(ui.minutesPerItem, "20")
                type_into(ui.quantity, "50")
            type_into(ui.due, _days(40))
            open_tab(ui.tabs, "報酬・支払")
            type_into(ui.rewardAmount, "600" if order_type == "task" else "200,000")
            open_tab(ui.tabs, "発注者")
            type_into(ui.ordererAddress, "長野県松本市中央1-2-3")
            type_into(ui.ordererContact, "info@yamabiko.example.jp")
            if not ui.hasEmployees.isChecked():
                click(ui.hasEmployees)
            type_into(ui.employeeCount, "8")
            type_into(ui.capital, "3,000,000")

            def errors():  # type: ignore[no-untyped-def]
                return [f"{f.rule} {f.params}" for f in dialog.findings if f.severity.value == "error"]

            settle(lambda: not errors(), 3000)  # the checklist follows the typing after a pause
            assert errors() == []
            type_into(ui.postedUrl, "https://crowdworks.jp/public/jobs/123")
            click(ui.recordPosted)
            seen["versions"] = ui.versions.text()
        else:
            open_tab(ui.tabs, "契約")
            # what was agreed on the Orders page is there already: the worker and the terms
            fields = (ui.workerName, ui.amount, ui.contractedOn, ui.deliveryDue, ui.paymentDue)
            seen["carried"] = (ui.workerKind.currentText(), *(f.text() for f in fields))
            type_into(ui.noticeSentOn, _days(0))
            type_into(ui.content, "新商品の販売ページの制作（仕事の内容は募集文のとおり）")
            type_into(ui.deliveryPlace, "プラットフォームのメッセージ機能で納品")
            type_into(ui.contractPaymentMethod, "プラットフォームの仮払い（エスクロー）から支払う")
            type_into(ui.changeHandling, "変更は双方の合意のうえ書面で明示し、費用と期日を協議する")
            type_into(ui.defectHandling, "納品後14日以内に申し出た不具合は無償で修正する")
            # the posting's IP clause is the contract's: ⑪ takes it from there (issue 13); a clause
            # typed here that said otherwise (transfer on payment, not on acceptance) refuses the notice
            type_into(ui.personalData, "個人情報は取り扱わない")
            open_tab(ui.tabs, "発注者")
            type_into(ui.harassmentContact, "山田 一郎（info@yamabiko.example.jp）")
            modals.expect(fill({"channel": "プラットフォームのメッセージ"}), choose_file(notice_out))
            click(ui.issueNotice)
            seen["notice"] = ui.versions.text()
        click(ui.close)

    return work, seen


def _step(page, state: str) -> None:
    button = page.ui.steps.findChild(QPushButton, f"step_{state}")
    assert button is not None, [b.objectName() for b in page.ui.steps.findChildren(QPushButton)]
    click(button)
    assert page.engagement.state.value == state


@pytest.mark.parametrize("order_type", list(JOURNEYS))
def test_a_producer_follows_one_order_from_the_first_talk_to_the_ledger(
    qtbot, desk_window, modals, tmp_path, order_type
):
    window = desk_window
    problem, title, withheld = JOURNEYS[order_type]
    _register(window, modals)
    _consult(window, problem)

    breakdown = _choose_item(window, title)
    assert breakdown.ui.orderType.currentData() == order_type
    work, seen = _write_posting(order_type, modals)
    modals.expect(work)
    click(breakdown.ui.editPosting)
    assert "1" in str(seen["versions"])

    open_page(window, 3)
    orders = window.orders_page
    modals.expect(answer_input(title))
    click(orders.ui.startOrder)
    assert orders.engagement.title == title
    if order_type != "project":  # competitions and tasks are paid into escrow before they open
        _step(orders, "prepaid")
    _step(orders, "posted")

    open_tab(orders.ui.tabs, "応募")
    type_into(orders.ui.applicant, WORKER)
    close_popup()
    type_into(orders.ui.quote, "30,000" if order_type == "task" else "180,000")
    click(orders.ui.addApplication)
    assert orders.applications.rowCount() == 1
    click_row(orders.ui.applications, 0)
    # a competition's prize is the posted reward; a project's worker quoted less than the budget
    amount = {"task": "30,000", "competition": "200,000"}.get(order_type, "180,000")
    modals.expect(
        fill({"contractedOn": _days(0), "amount": amount, "deliveryDue": _days(30), "paymentDue": _days(60)})
    )
    click(orders.ui.selectApplication)
    assert orders.contracts.rowCount() == 1

    notice = tmp_path / "取引条件明示書.docx"
    breakdown = _choose_item(window, title)
    work, seen = _write_posting(order_type, modals, notice_out=notice)
    modals.expect(work)
    click(breakdown.ui.editPosting)
    amount_text = amount
    assert seen["carried"] == ("個人", WORKER, amount_text, _days(0), _days(30), _days(60)), seen["carried"]
    text = "\n".join(p.text for p in Document(notice).paragraphs)
    text += "\n".join(c.text for t in Document(notice).tables for r in t.rows for c in r.cells)
    assert WORKER in text and CLIENT in text

    open_page(window, 3)
    orders = window.orders_page
    click_row(orders.ui.orders, row_where(orders.ui.orders, lambda texts: texts[1] == title))
    open_tab(orders.ui.tabs, "業務")
    if order_type == "project":
        click(orders.ui.recordEscrow)
        _step(orders, "in_progress")
    if order_type != "task":
        click(orders.ui.recordDelivery)
        type_into(orders.ui.workNote, "色を明るく")
        click(orders.ui.requestRevision)
        assert orders.engagement.state.value == "revising"
        click(orders.ui.recordDelivery)
        assert "1" in orders.ui.roundsLabel.text()
    else:  # the submitted work is checked during the approval period
        _step(orders, "approval")
    _step(orders, "accepted")
    assert orders.engagement.state.value == "accepted"

    open_tab(orders.ui.tabs, "支払・評価")
    (payment,) = orders.payments.rows()
    reward = {"task": 30_000, "competition": 200_000}.get(order_type, 180_000)
    assert payment.amount == reward and payment.tax == reward // 10
    assert payment.withholding == (reward * 1021 // 10000 if withheld else 0)
    click(orders.ui.recordPayment)
    assert orders.engagement.state.value == "paid"
    for spin in (orders.ui.quality, orders.ui.schedule, orders.ui.communication, orders.ui.skill):
        type_into(spin, "5")
    click(orders.ui.rate)
    assert orders.engagement.state.value == "rated"

    report, ledger = tmp_path / "進捗報告書.docx", tmp_path / "支払台帳.xlsx"
    modals.expect(choose_file(report))
    window.ui.actionExportProgress.trigger()
    modals.expect(choose_file(ledger))
    window.ui.actionExportLedger.trigger()
    words = "\n".join(p.text for p in Document(report).paragraphs)
    words += "\n".join(c.text for t in Document(report).tables for r in t.rows for c in r.cells)
    assert CLIENT in words and title in words and "森 さやか" in words
    sheet = load_workbook(ledger)["支払台帳"]
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert WORKER in values and reward in values
