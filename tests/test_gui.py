"""The window as a producer uses it: offscreen Qt, a real database, Japanese interface."""

from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QSpinBox

from csp_desk import i18n, preferences
from csp_desk.gui import jobs
from csp_desk.gui.language import window_settings
from tests.clicks import choose_file, click, fill, find_button, press, type_into


@pytest.fixture
def window(window_on_file):
    return window_on_file


def _type(qtbot, widget, text):
    """Types like a producer: ASCII as key presses, Japanese as an input method commits it."""
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _add_client(qtbot, win, name="株式会社さくら食品", **fields):
    page = win.clients_page
    qtbot.mouseClick(page.ui.newClient, Qt.MouseButton.LeftButton)
    _type(qtbot, page.ui.name, name)
    for widget, text in fields.items():
        _type(qtbot, getattr(page.ui, widget), text)
    qtbot.mouseClick(page.ui.save, Qt.MouseButton.LeftButton)


def test_window_starts_in_japanese_on_the_clients_page(window):
    assert window.navigation.item(0).text() == "顧客"
    assert window.ui.pages.currentWidget() is window.clients_page
    assert window.clients_page.ui.emptyState.isVisible()
    assert "顧客が選ばれていません" in window.ui.clientBanner.text()


def test_producer_creates_a_client_and_sees_it_listed(qtbot, window):
    _add_client(qtbot, window, kana="サクラショクヒン", email="info@sakura.example.jp",
                corporateNumber="7000012050002")  # fmt: skip
    page = window.clients_page
    assert [r.name for r in page.model.rows()] == ["株式会社さくら食品"]
    assert window.ui.clientBanner.text() == "株式会社さくら食品"
    assert not page.ui.errors.isVisible()
    assert window.desk.client_id is not None


def test_client_with_bad_email_and_corporate_number_is_refused_with_japanese_messages(qtbot, window):
    _add_client(qtbot, window, email="not-mail", corporateNumber="6010001008846")
    page = window.clients_page
    assert page.ui.errors.isVisible()
    text = page.ui.errors.text()
    assert "メールアドレスの形式ではありません" in text
    assert "法人番号" in text and "チェックデジット" in text
    assert page.ui.email.property("invalid") is True
    assert page.model.rows() == []


def test_client_without_name_and_negative_capital_is_refused(qtbot, window):
    page = window.clients_page
    qtbot.mouseClick(page.ui.newClient, Qt.MouseButton.LeftButton)
    _type(qtbot, page.ui.capital, "-100")
    qtbot.mouseClick(page.ui.save, Qt.MouseButton.LeftButton)
    assert "顧客名を入力してください。" in page.ui.errors.text()
    assert "マイナス" in page.ui.errors.text()
    assert page.model.rows() == []


def test_search_finds_clients_by_hiragana_and_archive_hides_them(qtbot, window):
    _add_client(qtbot, window, name="山田商店", kana="ヤマダショウテン")
    _add_client(qtbot, window, name="青葉印刷", kana="アオバインサツ")
    page = window.clients_page
    page.ui.search.setText("やまだ")
    page.refresh()
    assert [r.name for r in page.model.rows()] == ["山田商店"]
    page.ui.search.clear()
    page.refresh()
    page.ui.clients.selectRow(0)
    assert window.desk.client_name == "青葉印刷"
    qtbot.mouseClick(page.ui.archive, Qt.MouseButton.LeftButton)
    assert [r.name for r in page.model.rows()] == ["山田商店"]
    page.ui.showArchived.setChecked(True)
    assert len(page.model.rows()) == 2


def _consultation_with_problem(qtbot, window, problem_id="attract_customers"):
    _add_client(qtbot, window)
    window.go_to(1)
    page = window.consultations_page
    _type(qtbot, page.ui.place, "商工会議所")
    box = page.ui.catalogueProblems
    box.setCurrentIndex(box.findData(problem_id))
    qtbot.mouseClick(page.ui.addFromCatalogue, Qt.MouseButton.LeftButton)
    return page


def test_picking_a_problem_proposes_its_work_items_in_the_breakdown(qtbot, window, catalogue):
    page = _consultation_with_problem(qtbot, window)
    assert [r.title for r in page.problems._rows] == ["集客"]
    window.go_to(2)
    tree = window.breakdown_page.model
    problems = tree.problems()
    expected = catalogue.problem("attract_customers").work_items
    assert [i.title for i in problems[0].items] == [t.title for t in expected]
    assert "顧客の合計（業務6件）" in window.breakdown_page.ui.totals.text()


def test_typed_problem_is_added_and_an_empty_one_refused(qtbot, window):
    page = _consultation_with_problem(qtbot, window)
    qtbot.mouseClick(page.ui.addCustom, Qt.MouseButton.LeftButton)
    assert "経営課題を短く入力してください。" in page.ui.errors.text()
    _type(qtbot, page.ui.customProblem, "職人の技術継承")
    qtbot.keyClick(page.ui.customProblem, Qt.Key.Key_Return)
    assert [r.title for r in page.problems._rows] == ["集客", "職人の技術継承"]


def _select_first_item(window):
    page = window.breakdown_page
    model = page.model
    page.ui.tree.setCurrentIndex(model.index(0, 0, model.index(0, 0)))
    return page


def test_editing_a_work_item_updates_totals_and_undo_redo_restore_it(qtbot, window):
    _consultation_with_problem(qtbot, window)
    window.go_to(2)
    page = _select_first_item(window)
    before = page.ui.totals.text()
    _type(qtbot, page.ui.title, "LP制作（春のキャンペーン）")
    _type(qtbot, page.ui.budgetMin, "２００，０００")
    _type(qtbot, page.ui.budgetMax, "400,000")
    page._dirty = True
    qtbot.mouseClick(page.ui.apply, Qt.MouseButton.LeftButton)
    first = page.model.problems()[0].items[0]
    assert first.title == "LP制作（春のキャンペーン）"
    assert (first.budget.low, first.budget.high) == (200000, 400000)
    assert page.ui.totals.text() != before
    assert window.undo_action.text() == "元に戻す 「LP制作（春のキャンペーン）」の編集"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    first = page.model.problems()[0].items[0]
    assert first.title == "ランディングページ制作"
    assert page.ui.totals.text() == before
    assert page.ui.title.text() == "ランディングページ制作"

    qtbot.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert page.model.problems()[0].items[0].title == "LP制作（春のキャンペーン）"


def test_invalid_work_item_is_refused_and_nothing_changes(qtbot, window):
    _consultation_with_problem(qtbot, window)
    window.go_to(2)
    page = _select_first_item(window)
    steps = window.desk.undo.count()
    _type(qtbot, page.ui.budgetMin, "500,000")
    _type(qtbot, page.ui.budgetMax, "1,000")
    _type(qtbot, page.ui.dueDate, "2026/02/30")
    page._dirty = True
    qtbot.mouseClick(page.ui.apply, Qt.MouseButton.LeftButton)
    text = page.ui.errors.text()
    assert "予算の下限が上限を上回っています。" in text
    assert "正しい日付を入力してください" in text
    first = page.model.problems()[0].items[0]
    assert (first.budget.low, first.budget.high) == (100000, 300000)
    assert window.desk.undo.count() == steps


def test_add_move_and_remove_work_items_with_undo(qtbot, window):
    _consultation_with_problem(qtbot, window)
    window.go_to(2)
    page = _select_first_item(window)
    titles = lambda: [i.title for i in page.model.problems()[0].items]  # noqa: E731
    original = titles()
    qtbot.mouseClick(page.ui.moveDown, Qt.MouseButton.LeftButton)
    assert titles()[:2] == [original[1], original[0]]
    qtbot.mouseClick(page.ui.removeItem, Qt.MouseButton.LeftButton)
    assert original[0] not in titles()
    qtbot.mouseClick(page.ui.addItem, Qt.MouseButton.LeftButton)
    assert titles()[-1] == "新しい業務"
    for _ in range(3):
        window.desk.undo.undo()
    assert titles() == original


def test_task_items_show_minutes_and_quantity_instead_of_hours(qtbot, window):
    _consultation_with_problem(qtbot, window, "labour_shortage")
    window.go_to(2)
    page = _select_first_item(window)
    assert page.ui.orderType.currentData() == "task"
    assert page.ui.quantity.isVisibleTo(page) and not page.ui.hours.isVisibleTo(page)
    assert page.ui.quantity.text() == "1,000"


def _set_profile(window):
    from csp_desk.domain.proposal import ProducerProfile
    from csp_desk.store import repo

    with window.desk.store.session() as session:
        repo.save_producer(session, ProducerProfile(name="森 さやか", email="mori@example.jp"))


def test_export_through_the_window_writes_a_proposal_the_user_chose(qtbot, window, modals, tmp_path):
    _consultation_with_problem(qtbot, window)
    _set_profile(window)
    out = tmp_path / "提案書_テスト"
    modals.expect(fill({"feeRate": "10"}), choose_file(out))
    window.go_to(2)
    click(window.breakdown_page.ui.exportProposal)
    written = Path(str(out) + ".docx")
    assert written.exists()
    text = "\n".join(p.text for p in Document(written).paragraphs)
    assert "株式会社さくら食品 御中" in text
    assert "保存しました" in window.statusBar().currentMessage()


def test_export_budget_from_the_menu(qtbot, window, modals, tmp_path):
    from openpyxl import load_workbook

    _consultation_with_problem(qtbot, window)
    _set_profile(window)
    out = tmp_path / "予算表.xlsx"
    modals.expect(fill({"feeRate": "10"}), choose_file(out))
    window.ui.actionExportBudget.trigger()
    # broken into lines between words where the column is narrow (reports/linebreak.py)
    assert load_workbook(out)["予算表"]["C5"].value.replace("\n", "") == "ランディングページ制作"


def test_producer_profile_is_saved_from_its_dialog_and_appears_on_documents(qtbot, window, modals, tmp_path):
    from csp_desk.store import repo

    modals.expect(fill({"name": "森 さやか", "organisation": "もり経営サポート"}))
    window.ui.actionProfile.trigger()
    assert not modals.pending
    with window.desk.store.session() as session:
        assert repo.load_producer(session).organisation == "もり経営サポート"
    assert "保存" in window.statusBar().currentMessage()
    _consultation_with_problem(qtbot, window)
    out = tmp_path / "提案書.docx"
    modals.expect(fill({"feeRate": "10"}), choose_file(out))
    window.ui.actionExportProposal.trigger()
    text = "\n".join(p.text for p in Document(out).paragraphs)
    assert "森 さやか" in text and "もり経営サポート" in text and "未設定" not in text


def test_cancel_in_the_profile_dialog_keeps_the_profile_as_it_was(qtbot, window, modals):
    from csp_desk.store import repo

    modals.expect(fill({"name": "森 さやか"}, then="キャンセル"))
    window.ui.actionProfile.trigger()
    with window.desk.store.session() as session:
        assert repo.load_producer(session).is_empty()


def test_language_and_silence_threshold_are_kept_for_the_next_start(qtbot, window, modals):
    from csp_desk.services.settings import silence_days

    def choose(dialog):
        dialog.findChild(QComboBox, "language").setCurrentIndex(1)  # English
        type_into(dialog.findChild(QSpinBox, "silenceDays"), "5")
        click(find_button(dialog, "OK"))

    modals.expect(choose, press("OK"))  # then: "applies when you start again"
    window.ui.actionPreferences.trigger()
    assert i18n.chosen_language() == "en"
    assert silence_days(window.desk.store) == 5
    assert "再起動" in modals.texts()[-1] or "起動" in modals.texts()[-1]
    preferences.put("language", "ja")


def test_a_language_chosen_by_an_older_version_is_carried_over_once(qtbot):
    """Older versions kept the language in Qt's settings file, which the command line no longer reads:
    the window moves it to the preferences (and a later choice there wins)."""
    from csp_desk.gui import language

    path = preferences.path()
    kept = path.read_bytes() if path.exists() else None
    try:
        path.unlink(missing_ok=True)
        window_settings().setValue("language", "en")
        language.carry_over()
        assert i18n.chosen_language() == "en"
        preferences.put("language", "ja")
        language.carry_over()
        assert i18n.chosen_language() == "ja"
    finally:
        window_settings().remove("language")
        if kept is None:
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(kept)


def test_business_settings_of_an_older_version_move_into_the_database_opened(qtbot, tmp_path, monkeypatch):
    """Older versions kept the silence threshold and the fee rates in the window's settings file,
    which the command line cannot read: the first database the window opens takes them."""
    from csp_desk.app import open_database_async
    from csp_desk.domain.client import ClientDraft
    from csp_desk.gui.context import Desk
    from csp_desk.gui.main_window import MainWindow
    from csp_desk.services import settings
    from csp_desk.store import repo
    from csp_desk.store.db import open_store

    path = tmp_path / "old.sqlite3"
    store = open_store(path)
    with store.session() as session, session.begin():
        client = repo.save_client(session, ClientDraft(name="さくら商店"))
    store.close()
    old = {"silence_days": 6, "documents/valid_days": 20, f"documents/fee_rate/client_{client}": "12"}
    for key, value in old.items():
        window_settings().setValue(key, value)
    monkeypatch.setattr(jobs, "INLINE", True)
    win = MainWindow(Desk())
    win.show()
    win.finish_setup()
    open_database_async(win, path, demo=False)
    try:
        assert settings.silence_days(win.desk.store) == 6
        terms = settings.document_terms(win.desk.store, client)
        assert (terms.fee_text, terms.valid_days) == ("12", 20)
        assert not [key for key in old if window_settings().contains(key)]  # taken once, not again
    finally:
        for key in old:
            window_settings().remove(key)
        win.close()


def test_a_broken_preferences_file_falls_back_to_japanese_and_is_written_anew(qtbot):
    path = preferences.path()
    kept = path.read_bytes() if path.exists() else None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("{not json", encoding="utf-8")
        assert i18n.chosen_language() == "ja"
        preferences.put("language", "en")
        assert i18n.chosen_language() == "en"
    finally:
        if kept is None:
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(kept)


def test_cancel_in_the_settings_changes_nothing(qtbot, window, modals):
    def choose_and_cancel(dialog):
        dialog.findChild(QComboBox, "language").setCurrentIndex(1)
        click(find_button(dialog, "キャンセル"))

    modals.expect(choose_and_cancel)
    window.ui.actionPreferences.trigger()
    assert i18n.chosen_language() == "ja"


def test_a_database_that_cannot_be_opened_gets_a_clear_message(qtbot, tmp_path, monkeypatch, modals):
    from csp_desk.app import open_database_async
    from csp_desk.gui.context import Desk
    from csp_desk.gui.main_window import MainWindow

    monkeypatch.setattr(jobs, "INLINE", True)
    i18n.install("ja")
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database" * 200)
    win = MainWindow(Desk())
    qtbot.addWidget(win)
    win.show()
    modals.expect(press("終了"))
    open_database_async(win, broken, demo=False)
    assert "壊れています" in modals.texts()[0]
    assert broken.read_bytes() == b"not a database" * 200


def test_a_one_megabyte_paste_into_notes_is_refused_and_nothing_saved(qtbot, window):
    page = window.clients_page
    qtbot.mouseClick(page.ui.newClient, Qt.MouseButton.LeftButton)
    _type(qtbot, page.ui.name, "株式会社さくら食品")
    page.ui.notes.setPlainText("あ" * 1_000_000)
    qtbot.mouseClick(page.ui.save, Qt.MouseButton.LeftButton)
    assert "文字数が多すぎます（20,000文字まで）" in page.ui.errors.text()
    assert page.model.rows() == []


def test_the_name_field_stops_at_its_length_limit(qtbot, window):
    page = window.clients_page
    page.ui.name.setText("長" * 10_000)
    assert len(page.ui.name.text()) == 500


def test_picking_and_removing_a_problem_can_be_undone(qtbot, window):
    page = _consultation_with_problem(qtbot, window)
    page.ui.problems.setCurrentIndex(page.problems.index(0))
    qtbot.mouseClick(page.ui.removeProblem, Qt.MouseButton.LeftButton)
    assert page.problems._rows == []
    assert window.breakdown_page.model.problems() == []
    window.undo_action.trigger()
    assert [r.title for r in page.problems._rows] == ["集客"]
    assert len(window.breakdown_page.model.problems()[0].items) == 6
    window.undo_action.trigger()  # undoes picking the problem
    assert page.problems._rows == []
    window.redo_action.trigger()
    assert [r.title for r in page.problems._rows] == ["集客"]


def test_export_without_a_profile_offers_to_set_it_first(qtbot, window, modals, tmp_path):
    _consultation_with_problem(qtbot, window)
    out = tmp_path / "提案書.docx"
    modals.expect(press(QMessageBox.StandardButton.Yes), fill({"name": "森 さやか"}))
    modals.expect(fill({"feeRate": "10"}), choose_file(out))
    window.ui.actionExportProposal.trigger()
    asked = modals.texts()
    assert "プロデューサー" in asked[0] or "連絡先" in asked[0]
    text = "\n".join(p.text for p in Document(out).paragraphs)
    assert "森 さやか" in text


def test_a_broken_catalogue_is_named_and_the_window_still_opens(qtbot, tmp_path, monkeypatch, modals):
    import shutil

    from csp_desk import paths
    from csp_desk.app import open_database_async
    from csp_desk.gui.context import Desk
    from csp_desk.gui.main_window import MainWindow

    data = tmp_path / "data"
    shutil.copytree(paths.DATA, data)
    (data / "problems.json").write_text("{ broken", encoding="utf-8")
    monkeypatch.setattr(paths, "DATA", data)
    monkeypatch.setattr(jobs, "INLINE", True)
    i18n.install("ja")
    win = MainWindow(Desk())
    qtbot.addWidget(win)
    modals.expect(press("OK"))
    open_database_async(win, tmp_path / "db.sqlite3", demo=False)
    assert win.desk.store is not None
    warned = modals.texts()
    assert "problems.json" in warned[0] and "JSON" in warned[0]
    win.desk.store.close()
    win.deleteLater()


def test_the_window_opens_within_a_screen_smaller_than_it_would_like(qtbot):
    from csp_desk.app import _show_fitting_the_screen
    from csp_desk.gui.context import Desk
    from csp_desk.gui.main_window import MainWindow

    app = QApplication.instance()
    free = app.primaryScreen().availableGeometry()  # the offscreen screen: 800×600
    assert free.width() < 1280
    win = MainWindow(Desk())
    qtbot.addWidget(win)
    _show_fitting_the_screen(win, app)
    # maximized: on a 1024×768 screen the whole screen (seen under Xvfb; the offscreen platform
    # draws a maximized window at a size of its own)
    assert win.isMaximized()
