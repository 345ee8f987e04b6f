"""The posting editor as a producer uses it: fill the fields, watch the checklist, post."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from csp_desk.store import repo

from .test_gui import _consultation_with_problem, _select_first_item, window  # noqa: F401


@pytest.fixture
def dialog(qtbot, window):  # noqa: F811
    _consultation_with_problem(qtbot, window)
    window.go_to(2)
    page = _select_first_item(window)
    item = page.model.problems()[0].items[0]
    dlg = page.posting_dialog(item.id)
    dlg.show()
    yield dlg
    dlg.close()


def rules(dlg, severity=None):
    return {f.rule for f in dlg.findings if severity is None or f.severity.value == severity}


def test_a_new_posting_starts_from_the_work_item_and_shows_what_is_missing(dialog):
    assert dialog.ui.title.text() == "ランディングページ制作"
    assert dialog.ui.ordererName.text() == "株式会社さくら食品"
    assert "POST-01" in rules(dialog, "error")
    assert "POST-08" in rules(dialog, "warning")  # the client's employees are not recorded
    first = dialog.model.data(dialog.model.index(0), Qt.ItemDataRole.DisplayRole)
    assert first.startswith("エラー  POST-")
    assert "■ 仕事の内容\n【未記入】" in dialog.ui.preview.toPlainText()


def test_the_checklist_follows_the_fields_and_clicking_a_finding_goes_to_its_field(qtbot, dialog):
    index = next(i for i in range(dialog.model.rowCount())
                 if dialog.model.finding(i).rule == "POST-04")  # fmt: skip
    dialog._go_to_field(dialog.model.index(index))
    assert dialog.ui.tabs.currentWidget().isAncestorOf(dialog.ui.paymentRule)
    dialog.ui.platform.setCurrentText("crowdworks")  # the payment wording follows the platform
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
    dialog.ui.rewardAmount.setText("五万円")
    dialog.refresh()
    assert "整数で入力してください" in dialog.ui.summary.text()


def test_posting_with_errors_is_refused_and_a_clean_posting_is_kept(qtbot, dialog, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    dialog.record_posted()
    assert warned and "POST-01" in warned[0]
    ui = dialog.ui
    ui.description.setPlainText("新商品の販売ページを1ページ作ってください。" * 8)
    ui.place.setText("在宅（リモート）")
    ui.ordererAddress.setText("長野県長野市中央1-2-3")
    ui.ordererContact.setText("info@sakura.example.jp")
    ui.rewardAmount.setText("200,000")
    ui.due.setText("2027/01/29")
    dialog.refresh()
    assert not rules(dialog, "error"), rules(dialog, "error")
    ui.postedUrl.setText("https://crowdworks.jp/public/jobs/123")
    dialog.record_posted()
    with dialog.desk.store.session() as session:
        versions = repo.list_posted_versions(session, dialog.work_item_id)
    assert len(versions) == 1 and versions[0].url.endswith("/123")
    assert versions[0].text == ui.preview.toPlainText()
    assert "1" in ui.versions.text()


def test_copy_puts_the_posting_text_on_the_clipboard(dialog):
    dialog.copy_text()
    assert QGuiApplication.clipboard().text() == dialog.ui.preview.toPlainText()


def test_a_saved_draft_comes_back(dialog):
    dialog.ui.skills.setText("LP制作の実績")
    assert dialog.save()
    again = dialog.parent().posting_dialog(dialog.work_item_id)
    assert again.ui.skills.text() == "LP制作の実績"


def _select(dlg, rule_id):
    row = next(i for i in range(dlg.model.rowCount()) if dlg.model.finding(i).rule == rule_id)
    dlg.ui.findings.setCurrentIndex(dlg.model.index(row))


def test_a_warning_is_accepted_with_a_recorded_reason_an_error_is_not(dialog, monkeypatch):
    _select(dialog, "POST-04")
    dialog.override_selected("支払方法は契約時に顧客と決める")
    with dialog.desk.store.session() as session:
        assert repo.overrides(session, dialog.work_item_id) == {"POST-04": "支払方法は契約時に顧客と決める"}
    text = dialog.model.data(dialog.model.index(next(
        i for i in range(dialog.model.rowCount()) if dialog.model.finding(i).rule == "POST-04")),
        Qt.ItemDataRole.DisplayRole)  # fmt: skip
    assert "支払方法は契約時に顧客と決める" in text
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    _select(dialog, "POST-01")
    dialog.override_selected("急いでいるため")
    assert warned and "エラーは無視できません" in warned[0]
    with dialog.desk.store.session() as session:
        assert set(repo.overrides(session, dialog.work_item_id)) == {"POST-04"}


def test_the_terms_notice_is_refused_with_what_is_missing_then_issued_and_kept(
    dialog, monkeypatch, tmp_path
):
    from docx import Document
    from PySide6.QtWidgets import QFileDialog

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    dialog.issue_notice()
    assert "契約条件" in warned[-1]
    ui = dialog.ui
    ui.ordererAddress.setText("長野県長野市中央1-2-3")
    ui.ordererContact.setText("info@sakura.example.jp")
    ui.expenses.setPlainText("通信費は受注者負担")
    ui.workerName.setText("佐藤ウェブ制作")
    ui.workerKind.setCurrentIndex(ui.workerKind.findData("individual"))
    ui.contractedOn.setText("2026/12/01")
    ui.content.setPlainText("ランディングページのデザインとコーディング")
    ui.amount.setText("200,000")
    ui.deliveryDue.setText("2027/01/29")
    dialog.issue_notice()
    assert "⑦" in warned[-1] and "⑨" in warned[-1]
    ui.deliveryPlace.setText("メッセージ機能で納品")
    ui.paymentDue.setText("2027/02/26")
    ui.contractPaymentMethod.setText("仮払いからの支払い")
    ui.changeHandling.setPlainText("双方の合意により書面で変更")
    ui.defectHandling.setPlainText("納品後14日以内の不具合は無償で修正")
    ui.contractIp.setPlainText("著作権は検収完了時に発注者へ移転")
    ui.personalData.setPlainText("個人情報は業務以外に使用しない")
    out = tmp_path / "notice.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.issue_notice()
    text = "\n".join(c.text for t in Document(str(out)).tables for r in t.rows for c in r.cells)
    assert "佐藤ウェブ制作" in text and "2027年2月26日" in text
    conn = __import__("sqlite3").connect(dialog.desk.store.path)
    (notice_id, stored), = conn.execute("SELECT id, content FROM issued_notice").fetchall()
    assert stored == out.read_bytes()
    with dialog.desk.store.session() as session:
        assert repo.issued_notice_intact(session, notice_id)


def test_the_status_tab_keeps_the_posting_current_and_the_orderer_right(qtbot, dialog):
    ui = dialog.ui
    ui.postingStatus.setCurrentIndex(ui.postingStatus.findData("open"))
    ui.contractedOn.setText("2026/12/01")
    ui.workerName.setText("佐藤ウェブ制作")
    dialog.refresh()
    assert {"POST-18", "CONT-19"} <= rules(dialog, "warning")
    _select(dialog, "POST-18")
    dialog._go_to_field(ui.findings.currentIndex())
    assert ui.tabs.currentWidget().isAncestorOf(ui.postingStatus)
    ui.postingStatus.setCurrentIndex(ui.postingStatus.findData("filled"))
    ui.legalOrderer.setCurrentIndex(ui.legalOrderer.findData("client"))
    ui.platformParty.setText("㈱さくら食品")
    qtbot.waitUntil(lambda: not {"POST-18", "CONT-19"} & rules(dialog), timeout=2000)
    ui.platformParty.setText("田中CSP事務所")
    dialog.refresh()
    (finding,) = [f for f in dialog.findings if f.rule == "CONT-19"]
    assert "田中CSP事務所" in finding.text()


def test_undetermined_terms_need_a_reason_and_a_date_and_are_kept(dialog):
    ui = dialog.ui
    ui.contractedOn.setText("2026/12/01")
    dialog.add_undetermined()
    grid = dialog.undetermined
    grid.setData(grid.index(0, 0), "納品ファイル形式")
    dialog.refresh()
    assert "CONT-04" in rules(dialog, "warning")
    grid.setData(grid.index(0, 1), "印刷会社が未定のため")
    grid.setData(grid.index(0, 2), "2026/12/32")
    dialog.refresh()
    assert "日付" in ui.summary.text()
    grid.setData(grid.index(0, 2), "2099/12/10")
    dialog.refresh()
    assert "CONT-04" not in rules(dialog)
    assert dialog.save()
    again = dialog.parent().posting_dialog(dialog.work_item_id)
    assert again.undetermined.rows() == [("納品ファイル形式", "印刷会社が未定のため", "2099/12/10", "", "")]
    assert again.ui.undetermined.model().headerData(2, Qt.Orientation.Horizontal) == "確定予定日"


def test_recording_a_posting_opens_it(qtbot, dialog, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    ui = dialog.ui
    ui.description.setPlainText("新商品の販売ページを1ページ作ってください。" * 8)
    ui.ordererAddress.setText("長野県長野市中央1-2-3")
    ui.ordererContact.setText("info@sakura.example.jp")
    ui.rewardAmount.setText("200,000")
    ui.due.setText("2027/01/29")
    dialog.record_posted()
    assert ui.postingStatus.currentData() == "open"
    with dialog.desk.store.session() as session:
        assert repo.load_record(session, dialog.work_item_id).status.value == "open"


def test_a_new_posting_carries_its_categorys_specification_and_hint(dialog):
    ui = dialog.ui
    assert ui.category.currentData() == "web.landing_page"
    assert "対応ブラウザ" in ui.deliverables.toPlainText()
    assert "フォーム・計測タグの要否" in ui.description.placeholderText()
    ui.category.setCurrentIndex(ui.category.findData("design.logo"))
    assert "ロゴを使う場所" in ui.description.placeholderText()


def test_blanks_of_the_specification_must_be_filled_before_posting(dialog, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    ui = dialog.ui
    ui.description.setPlainText("新商品の販売ページを1ページ作ってください。" * 8)
    ui.ordererAddress.setText("長野県長野市中央1-2-3")
    ui.ordererContact.setText("info@sakura.example.jp")
    ui.rewardAmount.setText("200,000")
    ui.due.setText("2027/01/29")
    ui.deliverables.setPlainText("バナー（　）点")
    dialog.record_posted()
    assert warned and "（　）" in warned[-1]
    with dialog.desk.store.session() as session:
        assert repo.list_posted_versions(session, dialog.work_item_id) == []
