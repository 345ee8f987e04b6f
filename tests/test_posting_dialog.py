"""The posting editor as a producer uses it: fill the fields, watch the checklist, post."""

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from csp_desk.domain.orders import Order, Orderer
from csp_desk.gui import jobs
from csp_desk.store import repo

from .clicks import answer_input, choose_file, click, fill, inspect, press, type_into
from .test_gui import _add_client, _consultation_with_problem, _select_first_item, window  # noqa: F401


@pytest.fixture
def dialog(qtbot, window):  # noqa: F811
    _consultation_with_problem(qtbot, window)
    window.go_to(2)
    page = _select_first_item(window)
    item = page.model.problems()[0].items[0]
    dlg = page.posting_dialog(item.id)
    dlg.show()
    yield dlg
    dlg.discard_edits()  # what the test typed is not kept: closing would ask
    dlg.close()


def rules(dlg, severity=None):
    return {f.rule for f in dlg.findings if severity is None or f.severity.value == severity}


def _row_of(dlg, rule_id):
    return next(i for i in range(dlg.model.rowCount()) if dlg.model.finding(i).rule == rule_id)


def _select(dlg, rule_id):
    """Clicks the finding in the checklist, as the producer does."""
    view = dlg.ui.findings
    index = dlg.model.index(_row_of(dlg, rule_id))
    view.scrollTo(index)
    from PySide6.QtTest import QTest

    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert view.currentIndex().row() == index.row()


def _fill_the_posting(dlg):
    ui = dlg.ui
    ui.tabs.setCurrentIndex(0)
    type_into(ui.platform, "crowdworks")  # the payment method follows the platform
    type_into(ui.description, "新商品の販売ページを1ページ作ってください。" * 8)
    type_into(ui.place, "在宅（リモート）")
    ui.tabs.setCurrentWidget(ui.rewardScroll)
    type_into(ui.rewardAmount, "200,000")
    ui.tabs.setCurrentIndex(0)
    type_into(ui.due, "2027/01/29")
    _show_tab_of(dlg, ui.ordererAddress)
    type_into(ui.ordererAddress, "長野県長野市中央1-2-3")
    type_into(ui.ordererContact, "info@sakura.example.jp")
    _show_tab_of(dlg, ui.contact)
    type_into(ui.contact, "クラウドワークスのメッセージ機能")


def _show_tab_of(dlg, widget):
    for tab in range(dlg.ui.tabs.count()):
        if dlg.ui.tabs.widget(tab).isAncestorOf(widget):
            dlg.ui.tabs.setCurrentIndex(tab)
            return
    raise AssertionError(f"{widget.objectName()} is on no tab")


def _type(dlg, widget, text):
    _show_tab_of(dlg, widget)
    type_into(widget, text)


def test_a_new_posting_starts_from_the_work_item_and_shows_what_is_missing(dialog):
    assert dialog.ui.title.text() == "ランディングページ制作"
    assert dialog.ui.ordererName.text() == "株式会社さくら食品"
    assert "POST-01" in rules(dialog, "error")
    assert "POST-08" in rules(dialog, "warning")  # the client's employees are not recorded
    first = dialog.model.data(dialog.model.index(0), Qt.ItemDataRole.DisplayRole)
    assert first.startswith("エラー  POST-")
    assert "■ 仕事の内容\n【未記入】" in dialog.ui.preview.toPlainText()


def test_the_checklist_follows_the_fields_and_clicking_a_finding_goes_to_its_field(qtbot, dialog):
    _select(dialog, "POST-04")
    assert dialog.ui.tabs.currentWidget().isAncestorOf(dialog.ui.paymentRule)
    _show_tab_of(dialog, dialog.ui.platform)
    type_into(dialog.ui.platform, "crowdworks")  # the payment wording follows the platform
    qtbot.waitUntil(lambda: "POST-04" not in rules(dialog), timeout=2000)
    assert "クラウドワークスの仮払い" in dialog.ui.preview.toPlainText()


def test_a_new_posting_starts_with_the_usual_wording_to_review(dialog):
    ui = dialog.ui
    assert ui.place.text() == "在宅（リモート）"
    assert "著作権法第27条・第28条" in ui.ipHandling.toPlainText()
    assert ui.freeRounds.text() == "2" and ui.majorChanges.isChecked()
    assert ui.paymentRule.text() == "検収完了日の翌月末日"
    assert not {"POST-05", "POST-06"} & rules(dialog)


def test_unreadable_numbers_are_shown_not_guessed(qtbot, dialog):
    _type(dialog, dialog.ui.rewardAmount, "五万円")
    qtbot.waitUntil(lambda: "整数で入力してください" in dialog.ui.summary.text(), timeout=2000)


def test_posting_with_errors_is_refused_and_a_clean_posting_is_kept(qtbot, dialog, modals):
    modals.expect(inspect(lambda box: _assert_in("POST-01", box.text()), press("OK")))
    click(dialog.ui.recordPosted)
    _fill_the_posting(dialog)
    qtbot.waitUntil(lambda: not rules(dialog, "error"), timeout=2000)
    type_into(dialog.ui.postedUrl, "https://crowdworks.jp/public/jobs/123")
    click(dialog.ui.recordPosted)
    with dialog.desk.store.session() as session:
        versions = repo.list_posted_versions(session, dialog.work_item_id)
    assert len(versions) == 1 and versions[0].url.endswith("/123")
    assert versions[0].text == dialog.ui.preview.toPlainText()
    assert "1" in dialog.ui.versions.text()


def _assert_in(part, text):
    assert part in text, text


def test_an_unfinished_posting_is_not_copied_and_the_message_says_what_is_left(qtbot, dialog, modals):
    QGuiApplication.clipboard().setText("前にコピーしたもの")

    def left_to_fill(box):
        text = box.text()
        assert "コピーしていません" in text and "POST-01" in text, text
        assert "【未記入】" in text, text

    modals.expect(inspect(left_to_fill, press("OK")))
    click(dialog.ui.copyText)
    assert QGuiApplication.clipboard().text() == "前にコピーしたもの"


def test_a_finished_posting_is_copied_as_shown(qtbot, dialog):
    _fill_the_posting(dialog)
    qtbot.waitUntil(lambda: not rules(dialog, "error"), timeout=2000)
    click(dialog.ui.copyText)
    assert QGuiApplication.clipboard().text() == dialog.ui.preview.toPlainText()
    assert "【未記入】" not in QGuiApplication.clipboard().text()
    assert dialog.ui.saveStatus.text() == "募集文をコピーしました"


def test_a_blank_of_the_specification_stops_the_copy(qtbot, dialog, modals):
    _fill_the_posting(dialog)
    _type(dialog, dialog.ui.deliverables, "バナー（　）点")
    modals.expect(inspect(lambda box: _assert_in("（　）", box.text()), press("OK")))
    click(dialog.ui.copyText)


def test_saving_a_draft_says_so_with_the_time_and_the_draft_comes_back(qtbot, dialog):
    _type(dialog, dialog.ui.skills, "LP制作の実績")
    assert dialog.ui.saveStatus.text() == ""
    click(dialog.ui.save)
    assert dialog.ui.saveStatus.text().startswith("下書きを保存しました（")
    hour_minute = dialog.ui.saveStatus.text().removeprefix("下書きを保存しました（").removesuffix("）")
    assert len(hour_minute) == 5 and hour_minute[2] == ":"
    again = dialog.parent().posting_dialog(dialog.work_item_id)
    assert again.ui.skills.text() == "LP制作の実績"


def test_a_draft_that_cannot_be_saved_says_so(qtbot, dialog, modals):
    with dialog.desk.store.session() as session:  # the work item went away meanwhile (another window)
        repo.delete_work_item(session, dialog.work_item_id)
    _type(dialog, dialog.ui.skills, "LP制作の実績")
    modals.expect(press("OK"))
    click(dialog.ui.save)
    assert dialog.ui.saveStatus.text() == "下書きは保存されていません。"


def test_a_warning_is_accepted_with_a_reason_typed_after_a_click(qtbot, dialog, modals):
    _select(dialog, "POST-04")
    modals.expect(answer_input("支払方法は契約時に顧客と決める"))
    click(dialog.ui.overrideFinding)
    with dialog.desk.store.session() as session:
        assert repo.overrides(session, dialog.work_item_id) == {"POST-04": "支払方法は契約時に顧客と決める"}
    text = dialog.model.data(dialog.model.index(_row_of(dialog, "POST-04")), Qt.ItemDataRole.DisplayRole)
    assert "支払方法は契約時に顧客と決める" in text


def test_an_error_cannot_be_accepted_with_a_reason(qtbot, dialog, modals):
    _select(dialog, "POST-01")
    modals.expect(inspect(lambda box: _assert_in("エラーは無視できません", box.text()), press("OK")))
    click(dialog.ui.overrideFinding)
    with dialog.desk.store.session() as session:
        assert repo.overrides(session, dialog.work_item_id) == {}


def _contract_terms(dlg, *, guideline_items=True):
    _type(dlg, dlg.ui.ordererAddress, "長野県長野市中央1-2-3")
    _type(dlg, dlg.ui.ordererContact, "info@sakura.example.jp")
    _type(dlg, dlg.ui.expenses, "通信費は受注者負担")
    _type(dlg, dlg.ui.workerName, "佐藤ウェブ制作")
    dlg.ui.workerKind.setCurrentIndex(dlg.ui.workerKind.findData("individual"))
    _type(dlg, dlg.ui.contractedOn, "2026/12/01")
    _type(dlg, dlg.ui.content, "ランディングページのデザインとコーディング")
    _type(dlg, dlg.ui.amount, "200,000")
    _type(dlg, dlg.ui.deliveryDue, "2027/01/29")
    _type(dlg, dlg.ui.deliveryPlace, "メッセージ機能で納品")
    _type(dlg, dlg.ui.paymentDue, "2027/02/26")
    _type(dlg, dlg.ui.contractPaymentMethod, "仮払いからの支払い")
    if guideline_items:
        _type(dlg, dlg.ui.changeHandling, "双方の合意により書面で変更")
        _type(dlg, dlg.ui.defectHandling, "納品後14日以内の不具合は無償で修正")
        _type(dlg, dlg.ui.contractIp, "著作権は検収完了時に発注者へ移転")
        _type(dlg, dlg.ui.personalData, "個人情報は業務以外に使用しない")


def _docx_text(path):
    from docx import Document

    return "\n".join(c.text for t in Document(str(path)).tables for r in t.rows for c in r.cells)


def test_the_terms_notice_is_refused_with_what_is_missing_then_issued_and_kept(
    qtbot, dialog, modals, tmp_path
):
    modals.expect(inspect(lambda box: _assert_in("契約条件", box.text()), press("OK")))
    click(dialog.ui.issueNotice)
    _type(dialog, dialog.ui.workerName, "佐藤ウェブ制作")
    _type(dialog, dialog.ui.contractedOn, "2026/12/01")
    qtbot.waitUntil(lambda: "CONT-02" in rules(dialog, "error"), timeout=2000)

    def art3_missing(box):
        required = box.text().split("\n")[1]
        assert required.startswith("フリーランス法") and "給付を受領する場所" in required, box.text()

    modals.expect(inspect(art3_missing, press("OK")))
    click(dialog.ui.issueNotice)
    _contract_terms(dialog)
    out = tmp_path / "取引条件明示書.docx"
    modals.expect(fill({"channel": "電子メール"}), choose_file(out))
    click(dialog.ui.issueNotice)
    text = _docx_text(out)
    assert "佐藤ウェブ制作" in text and "2027年2月26日" in text
    conn = sqlite3.connect(dialog.desk.store.path)
    (notice_id, stored), = conn.execute("SELECT id, content FROM issued_notice").fetchall()
    assert stored == out.read_bytes()
    with dialog.desk.store.session() as session:
        assert repo.issued_notice_intact(session, notice_id)


def test_no_errors_in_the_checklist_and_a_refused_notice_agree_and_say_why(qtbot, dialog, modals, tmp_path):
    """The Freelance Act's items are all there (no CONT-02 error); the guideline's ⑨–⑫ are not
    (CONT-01, a warning): the summary says the warning stops the notice until a reason is kept."""
    _contract_terms(dialog, guideline_items=False)
    qtbot.waitUntil(lambda: "CONT-01" in rules(dialog, "warning"), timeout=2000)
    assert "CONT-02" not in rules(dialog)
    summary = dialog.ui.summary.text()
    assert "取引条件明示書：警告 1件（CONT-01）" in summary and "理由を記録" in summary, summary

    def refused(box):
        assert "フリーランス法" not in box.text(), box.text()  # nothing the Act requires is missing
        assert "⑨" in box.text() and "CONT-01" in box.text() and "理由を記録" in box.text(), box.text()

    modals.expect(inspect(refused, press("OK")))
    click(dialog.ui.issueNotice)
    _select(dialog, "CONT-01")
    modals.expect(answer_input("変更・瑕疵・権利・個人情報は別紙の基本契約で定める"))
    click(dialog.ui.overrideFinding)
    qtbot.waitUntil(lambda: "取引条件明示書：発行できます。" in dialog.ui.summary.text(), timeout=2000)
    out = tmp_path / "取引条件明示書.docx"
    modals.expect(fill({"channel": "書面"}), choose_file(out))
    click(dialog.ui.issueNotice)
    assert "佐藤ウェブ制作" in _docx_text(out)


def test_the_status_tab_keeps_the_posting_current_and_the_orderer_right(qtbot, dialog):
    ui = dialog.ui
    _show_tab_of(dialog, ui.postingStatus)
    ui.postingStatus.setCurrentIndex(ui.postingStatus.findData("open"))
    _type(dialog, ui.contractedOn, "2026/12/01")
    _type(dialog, ui.workerName, "佐藤ウェブ制作")
    qtbot.waitUntil(lambda: {"POST-18", "CONT-19"} <= rules(dialog, "warning"), timeout=2000)
    _select(dialog, "POST-18")
    assert ui.tabs.currentWidget().isAncestorOf(ui.postingStatus)
    ui.postingStatus.setCurrentIndex(ui.postingStatus.findData("filled"))
    ui.legalOrderer.setCurrentIndex(ui.legalOrderer.findData("client"))
    type_into(ui.platformParty, "㈱さくら食品")
    qtbot.waitUntil(lambda: not {"POST-18", "CONT-19"} & rules(dialog), timeout=2000)
    type_into(ui.platformParty, "田中CSP事務所")
    qtbot.waitUntil(lambda: "CONT-19" in rules(dialog), timeout=2000)
    (finding,) = [f for f in dialog.findings if f.rule == "CONT-19"]
    assert "田中CSP事務所" in finding.text()


def test_undetermined_terms_need_a_reason_and_a_date_and_are_kept(qtbot, dialog):
    ui = dialog.ui
    _type(dialog, ui.contractedOn, "2026/12/01")
    _show_tab_of(dialog, ui.undetermined)
    click(ui.addUndetermined)
    grid = dialog.undetermined
    grid.setData(grid.index(0, 0), "納品ファイル形式")
    qtbot.waitUntil(lambda: "CONT-04" in rules(dialog, "warning"), timeout=2000)
    grid.setData(grid.index(0, 1), "印刷会社が未定のため")
    grid.setData(grid.index(0, 2), "2026/12/32")
    qtbot.waitUntil(lambda: "日付" in ui.summary.text(), timeout=2000)
    grid.setData(grid.index(0, 2), "2099/12/10")
    qtbot.waitUntil(lambda: "CONT-04" not in rules(dialog), timeout=2000)
    click(ui.save)
    again = dialog.parent().posting_dialog(dialog.work_item_id)
    assert again.undetermined.rows() == [("納品ファイル形式", "印刷会社が未定のため", "2099/12/10", "", "")]
    assert again.ui.undetermined.model().headerData(2, Qt.Orientation.Horizontal) == "確定予定日"


def test_recording_a_posting_opens_it(qtbot, dialog):
    _fill_the_posting(dialog)
    click(dialog.ui.recordPosted)
    assert dialog.ui.postingStatus.currentData() == "open"
    with dialog.desk.store.session() as session:
        assert repo.load_record(session, dialog.work_item_id).status.value == "open"


def test_a_new_posting_carries_its_categorys_specification_and_hint(dialog):
    ui = dialog.ui
    assert ui.category.currentData() == "web.landing_page"
    assert "対応ブラウザ" in ui.deliverables.toPlainText()
    assert "フォーム・計測タグの要否" in ui.description.placeholderText()
    ui.category.setCurrentIndex(ui.category.findData("design.logo"))
    assert "ロゴを使う場所" in ui.description.placeholderText()


def test_blanks_of_the_specification_must_be_filled_before_posting(qtbot, dialog, modals):
    _fill_the_posting(dialog)
    _type(dialog, dialog.ui.deliverables, "バナー（　）点")
    modals.expect(inspect(lambda box: _assert_in("（　）", box.text()), press("OK")))
    click(dialog.ui.recordPosted)
    with dialog.desk.store.session() as session:
        assert repo.list_posted_versions(session, dialog.work_item_id) == []


# --- the client's size on the 発注者 tab -------------------------------------------------------


def test_the_orderer_tab_carries_the_clients_employees_and_capital(qtbot, window):  # noqa: F811
    _add_client(qtbot, window, employees="12", capital="3,000,000")
    window.go_to(1)
    page = window.consultations_page
    type_into(page.ui.place, "商工会議所")
    box = page.ui.catalogueProblems
    box.setCurrentIndex(box.findData("attract_customers"))
    click(page.ui.addFromCatalogue)
    window.go_to(2)
    breakdown = _select_first_item(window)
    dlg = breakdown.posting_dialog(breakdown.model.problems()[0].items[0].id)
    dlg.show()
    try:
        assert dlg.ui.employeeCount.text() == "12"
        assert dlg.ui.capital.text() == "3,000,000"
        assert dlg.ui.hasEmployees.isChecked()
        assert "POST-08" in rules(dlg, "error")  # an orderer with employees must show the six items
    finally:
        dlg.discard_edits()
        dlg.close()


def test_a_saved_posting_without_the_clients_size_takes_it_from_the_client_record():
    order = Order(order_type="project", description="", title="LP",
                  orderer=Orderer(name="さくら食品", has_employees=False))
    filled = repo.with_client_size(order, 12, 3_000_000)
    assert (filled.orderer.employee_count, filled.orderer.capital_yen) == (12, 3_000_000)
    assert filled.orderer.has_employees is True
    typed = Order(order_type="project", description="", title="LP",
                  orderer=Orderer(name="さくら食品", employee_count=5, capital_yen=1_000_000))
    assert repo.with_client_size(typed, 12, 3_000_000) == typed
    assert repo.with_client_size(order, None, None) == order


def test_a_posting_saved_before_the_client_size_was_recorded_shows_it(store):
    from csp_desk.domain.breakdown import WorkItemDraft
    from csp_desk.domain.client import ClientDraft
    from csp_desk.domain.consultation import ConsultationDraft

    with store.session() as session:
        client_id = repo.save_client(session, ClientDraft(name="さくら食品"))
        held = ConsultationDraft(held_on=date(2026, 11, 1))
        consultation_id = repo.save_consultation(session, client_id, held)
        problem_id = repo.add_problem(session, consultation_id, "集客")
        item_id = repo.insert_work_item(session, problem_id, WorkItemDraft(title="LP制作"))
        repo.save_posting(session, item_id, repo.load_posting(session, item_id))
    with store.session() as session:
        repo.save_client(session, ClientDraft(name="さくら食品", employees=8, capital=5_000_000), client_id)
    with store.session() as session:
        orderer = repo.load_posting(session, item_id).orderer
    assert (orderer.employee_count, orderer.capital_yen, orderer.has_employees) == (8, 5_000_000, True)


def test_record_a_reason_waits_for_a_finding_to_be_selected(qtbot, dialog):
    assert not dialog.ui.overrideFinding.isEnabled()
    _select(dialog, "POST-04")
    assert dialog.ui.overrideFinding.isEnabled()
    _type(dialog, dialog.ui.skills, "LP制作の実績")  # the checklist is rebuilt: nothing is selected
    qtbot.waitUntil(lambda: not dialog.ui.overrideFinding.isEnabled(), timeout=2000)


def test_the_words_read_as_employment_are_marked_in_the_text_and_a_click_selects_them(dialog):
    from PySide6.QtGui import QTextCharFormat

    from csp_desk.gui.quotes import quoted_words

    from .clicks import settle

    ui = dialog.ui
    _type(dialog, ui.description, "データ入力をお願いします。平日は毎日、事務所に出社して作業してください。")
    settle(lambda: "POST-13" in rules(dialog), 3000)
    finding = next(f for f in dialog.findings if f.rule == "POST-13")
    words = quoted_words([finding])
    assert words and all(word in ui.description.toPlainText() for word in words)
    text = ui.description.toPlainText()
    marked = {
        text[block.position() + r.start : block.position() + r.start + r.length]
        for block in (ui.description.document().findBlockByNumber(n)
                      for n in range(ui.description.document().blockCount()))
        for r in block.layout().formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    }  # fmt: skip
    assert marked == set(words)
    ui.title.setFocus()
    _select(dialog, "POST-13")
    assert ui.description.hasFocus()
    assert ui.description.textCursor().selectedText() in words
    # the words gone, the marks go too
    _type(dialog, ui.description, "データ入力をお願いします。作業場所と時間はご自由にどうぞ。" * 3)
    settle(lambda: "POST-13" not in rules(dialog), 3000)
    assert not ui.description.document().findBlockByNumber(0).layout().formats()


def _paste_into(widget, text):
    """What a producer does with a long text from elsewhere: select all, paste."""
    QGuiApplication.clipboard().setText(text)
    click(widget)
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_long_pasted_description_is_checked_in_a_worker_and_the_newest_form_counts(
    qtbot, dialog, monkeypatch
):
    monkeypatch.setattr(jobs, "INLINE", False)  # the threads the producer's window uses
    filler = "商品ページの紹介文を、写真に合わせて一点ずつ書いていただきます。" * 600  # ~19,000 characters
    _show_tab_of(dialog, dialog.ui.description)
    _paste_into(dialog.ui.description, filler + "作業中は画面を常に共有していただきます。")
    assert dialog.findings is not None
    # the window answers while the check runs: the title is typed at once
    _type(dialog, dialog.ui.title, "（急ぎ）")
    assert dialog.ui.title.text().endswith("（急ぎ）")
    qtbot.waitUntil(lambda: "POST-13" in rules(dialog) and "（急ぎ）" in dialog.ui.preview.toPlainText(),
                    timeout=60_000)
    assert "画面を常に共有" in " ".join(f.text() for f in dialog.findings if f.rule == "POST-13")
    # the sentence taken out again: the older form's findings do not come back
    _show_tab_of(dialog, dialog.ui.description)
    _paste_into(dialog.ui.description, filler)
    qtbot.waitUntil(lambda: "POST-13" not in rules(dialog) and dialog._job is None, timeout=60_000)
    qtbot.wait(50)
    assert "POST-13" not in rules(dialog)
    assert "確認しています" not in dialog.ui.summary.text()


def test_a_description_past_the_limit_is_said_checked_up_to_it_and_not_saved(qtbot, dialog, modals):
    with dialog.desk.store.session() as session:
        before = repo.order_for_work_item(session, dialog.work_item_id).description
    _show_tab_of(dialog, dialog.ui.description)
    _paste_into(dialog.ui.description, "商品の紹介文を書いていただきます。" * 6000)  # 102,000 characters
    qtbot.waitUntil(lambda: "文章が長すぎます" in dialog.ui.summary.text(), timeout=30_000)
    assert "仕事の内容" in dialog.ui.summary.text() and "100,000" in dialog.ui.summary.text()
    modals.expect(inspect(lambda box: _assert_in("102,000", box.text()), press("OK")))
    click(dialog.ui.save)
    assert dialog.ui.saveStatus.text() == "下書きは保存されていません。"
    with dialog.desk.store.session() as session:
        assert repo.order_for_work_item(session, dialog.work_item_id).description == before
    assert len(dialog.ui.description.toPlainText()) == 102_000  # the words stay in the form
