"""First use and help: the start panel on an empty database, the Help menu, the keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QTableView, QTextBrowser

from csp_desk import i18n, paths
from csp_desk.gui import jobs
from csp_desk.gui.help import guide_file, shortcuts
from tests.clicks import cancel, click, fill, inspect, press, type_into

CLOSE = QDialogButtonBox.StandardButton.Close


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    """The window on an empty database, in Japanese, jobs run inline."""
    from csp_desk.app import open_database_async
    from csp_desk.gui.context import Desk
    from csp_desk.gui.main_window import MainWindow

    monkeypatch.setattr(jobs, "INLINE", True)
    i18n.install("ja")
    win = MainWindow(Desk())
    win.show()
    win.finish_setup()
    win.build_remaining_pages()
    open_database_async(win, tmp_path / "empty.sqlite3", demo=False)
    assert win.desk.store is not None
    yield win
    win.clients_page._dirty = win.breakdown_page._dirty = win.workers_page._dirty = False
    win.close()
    win.deleteLater()


class UrlsOpened(QObject):
    """Stands in for the file manager: QDesktopServices hands it the URLs it is asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def file_manager():
    opened = UrlsOpened()
    QDesktopServices.setUrlHandler("file", opened, "open")  # type: ignore[arg-type]
    yield opened
    QDesktopServices.unsetUrlHandler("file")


# --- the start panel -------------------------------------------------------------------------------


def test_an_empty_database_shows_the_three_first_steps_until_there_is_a_client(window):
    page = window.clients_page
    ui = page.ui
    assert ui.emptyState.isVisible() and not ui.clients.isVisible()
    steps = (
        (ui.addFirstClient, "顧客を追加"),
        (ui.importFirstList, "一覧を取り込む"),
        (ui.openDemo, "デモデータベースを開く"),
        (ui.setProfile, "プロデューサー情報を設定"),
    )
    for button, text in steps:
        assert button.isVisible() and button.isEnabled() and text in button.text()
    assert "3 ステップ" in ui.startTitle.text()
    click(ui.addFirstClient)
    assert ui.name.hasFocus()
    type_into(ui.name, "株式会社はじめ")
    click(ui.save)
    assert [r.name for r in page.model.rows()] == ["株式会社はじめ"]
    assert not ui.emptyState.isVisible() and ui.clients.isVisible()
    click(ui.archive)  # archived, the client still exists: no start panel
    assert page.model.rows() == [] and not ui.emptyState.isVisible()


def test_the_profile_step_opens_the_producer_profile(window, modals):
    from csp_desk.store import repo

    modals.expect(fill({"name": "森 さやか"}))
    click(window.clients_page.ui.setProfile)
    assert not modals.pending
    with window.desk.store.session() as session:
        assert repo.load_producer(session).name == "森 さやか"


def test_the_demo_step_opens_the_demo_database(window):
    click(window.clients_page.ui.openDemo)
    assert window.desk.is_demo
    page = window.clients_page
    assert page.model.rowCount() > 0 and not page.ui.emptyState.isVisible()
    assert "デモ" in window.windowTitle()


def test_the_import_step_opens_the_file_dialog_and_cancel_changes_nothing(window, modals):
    modals.expect(cancel)
    click(window.clients_page.ui.importFirstList)
    assert not modals.pending and modals.seen
    assert window.clients_page.ui.emptyState.isVisible()


# --- the Help menu ---------------------------------------------------------------------------------


def test_the_user_guide_opens_in_japanese_with_the_pages_the_checks_and_the_files(window, modals):
    texts = []

    def read(dialog):
        texts.append(dialog.findChild(QTextBrowser, "guide").toPlainText())

    modals.expect(inspect(read, press(CLOSE)))
    assert window.ui.actionGuide.shortcut() == QKeySequence("F1")
    window.ui.actionGuide.trigger()
    text = texts[0]
    pages = ("顧客", "相談", "業務分解", "案件", "ワーカー", "ダッシュボード")
    law = ("自営型テレワーク", "フリーランス", "POST-08", "CONT-05")
    files = ("バックアップから復元", "ログ", "csp-desk backup")
    for words in (*pages, *law, *files):
        assert words in text, words


def test_the_guide_exists_in_english_and_ships_with_the_package():
    assert (paths.GUIDE / "ja.md").is_file() and (paths.GUIDE / "en.md").is_file()
    english = guide_file("en")
    assert "Freelance Act" in english and "Restore a backup" in english and "Dashboard" in english
    assert guide_file("fr") == guide_file("ja")  # no guide in a language: the Japanese one
    # a wheel carries resources/ as csp_desk/_shared/resources (pyproject force-include), where
    # paths.RESOURCES looks when there is no checkout
    pyproject = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert '"resources" = "csp_desk/_shared/resources"' in pyproject


def test_the_shortcut_list_is_read_from_the_window_and_shown(window, modals):
    rows = []

    def read(dialog):
        model = dialog.findChild(QTableView, "shortcuts").model()
        rows.extend(tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount()))

    modals.expect(inspect(read, press(CLOSE)))
    window.ui.actionShortcuts.trigger()
    keys = {what: key for key, what, _where in rows}
    assert keys["新しい顧客"] == "Ctrl+N" and keys["ページ内を検索"] == "Ctrl+F"
    assert keys["使い方ガイド"] == "F1" and keys["終了"] == "Ctrl+Q"
    assert [keys[name] for name in ("顧客", "相談", "業務分解", "案件", "ワーカー", "ダッシュボード")] == [
        f"Ctrl+{n}" for n in range(1, 7)
    ]
    assert ("Ctrl+S", "保存", "顧客") in rows  # a page's button
    assert any(what.startswith("提案書を出力") for what in keys)
    assert "元に戻す" in " ".join(keys)  # undo, whatever the text it carries
    # nothing hand-typed: every action with a key in the window is listed
    assert len(rows) == len(shortcuts(window))


def test_open_log_folder_makes_and_opens_the_per_user_log_folder(window, file_manager, tmp_path, monkeypatch):
    state = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    window.ui.actionLogFolder.trigger()
    folder = state / "csp-desk" / "log"
    assert folder.is_dir()
    assert [url.toLocalFile() for url in file_manager.urls] == [str(folder)]


def test_find_goes_to_the_search_field_and_ctrl_digits_switch_pages(window, qtbot):
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pages.currentWidget() is window.orders_page
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.orders_page.ui.search.hasFocus()
    QTest.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    window.ui.actionFind.trigger()
    assert "検索欄がありません" in window.statusBar().currentMessage()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pages.currentWidget() is window.clients_page
    assert window.clients_page.ui.name.hasFocus()


def test_where_the_log_folder_cannot_be_opened_its_place_is_said(window, modals):
    """The offscreen platform opens no file manager: the producer is told where the folder is."""
    texts = []
    modals.expect(inspect(lambda box: texts.append(box.text()), press("OK")))
    window.ui.actionLogFolder.trigger()
    assert "ログフォルダを開けませんでした" in texts[0] and str(paths.log_dir()) in texts[0]
