"""Nothing typed is lost: every form asks 保存 / 破棄 / キャンセル before its text would go, and a
crash loses at most the field being typed (the recovery draft is offered on the next start)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from csp_desk import i18n
from csp_desk.gui import jobs
from csp_desk.paths import recovery_path
from csp_desk.store import following, repo
from csp_desk.store.db import open_store
from tests.clicks import click, inspect, press, type_into
from tests.test_gui import _add_client, _consultation_with_problem, _select_first_item

TYPED = "夕方に電話すること"


@pytest.fixture
def windows(qtbot, monkeypatch):
    """Opens main windows on database files as csp-desk does at start-up; closes what is left."""
    from csp_desk.app import open_database_async
    from csp_desk.gui.context import Desk
    from csp_desk.gui.main_window import MainWindow

    monkeypatch.setattr(jobs, "INLINE", True)
    i18n.install("ja")
    made = []

    def make(path: Path):
        win = MainWindow(Desk())
        made.append(win)
        win.show()
        win.finish_setup()
        win.build_remaining_pages()
        open_database_async(win, path, demo=False)
        assert win.desk.store is not None
        return win

    yield make
    from shiboken6 import isValid

    for win in made:
        if not isValid(win):  # crashed
            continue
        if win.isVisible():
            for editor in win.desk.editors():  # a test has nobody to answer at the very end
                editor.discard_edits()
            win.close()
        win.deleteLater()


def click_row(view, index) -> None:
    """A click on a row of a list, a table or a tree, as the mouse does it."""
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def click_page(win, row: int) -> None:
    """A click on a page in the navigation on the left."""
    click_row(win.ui.navigation, win.navigation.index(row, 0))


def crash(win) -> None:
    """The process dies: no close event, no question, no save; only the lock goes with it."""
    win.desk.store.close()  # releases the lock file as a dead process's stale lock would be taken over
    win.hide()
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def drafts_of(db: Path) -> dict:
    path = recovery_path(db)
    return json.loads(path.read_text(encoding="utf-8"))["drafts"] if path.exists() else {}


# --- the four pages --------------------------------------------------------------------------------


@dataclass
class Page:
    """One page with a form: how a producer gets to a record there and what is saved of it."""

    name: str
    index: int  # in the navigation

    def prepare(self, qtbot, win) -> tuple[Any, Any, str]:
        """Brings the window to a saved record; returns the field to type into, the record's id
        and the words the question uses for it."""
        if self.name == "clients":
            _add_client(qtbot, win)
            return win.clients_page.ui.notes, win.desk.client_id, "顧客『株式会社さくら食品』"
        if self.name == "workers":
            win.go_to(4)
            page = win.workers_page
            click(page.ui.newWorker)
            type_into(page.ui.name, "山田花子")
            click(page.ui.save)
            return page.ui.notes, page._editing, "ワーカー『山田花子』"
        consultations = _consultation_with_problem(qtbot, win)
        if self.name == "consultations":
            return consultations.ui.notes, win.desk.client_id, f"{date.today():%Y/%m/%d}の相談"
        win.go_to(2)
        page = _select_first_item(win)
        return page.ui.skills, page._current.id, "業務『ランディングページ制作』"

    def saved(self, store, record: int) -> str:
        with store.session() as session:
            if self.name == "clients":
                return repo.load_client(session, record)[0].notes
            if self.name == "workers":
                return following.get_worker(session, record).draft.notes
            if self.name == "consultations":
                return repo.list_consultations(session, record)[0].notes
            problem = repo.list_problems(session, client_id=1)[0].id
            return next(r.draft.skills for r in repo.list_work_items(session, problem) if r.id == record)

    def page(self, win):
        return getattr(win, f"{self.name}_page")

    def leave_record(self, win) -> None:
        """What a person does to go to another record of the page."""
        page = self.page(win)
        if self.name == "breakdown":
            model = page.model
            click_row(page.ui.tree, model.index(1, 0, model.index(0, 0)))
        else:
            click(getattr(page.ui, {"clients": "newClient", "workers": "newWorker",
                                    "consultations": "newConsultation"}[self.name]))  # fmt: skip


PAGES = [Page("clients", 0), Page("consultations", 1), Page("breakdown", 2), Page("workers", 4)]
IDS = [p.name for p in PAGES]


def _saved_in_file(db: Path, page: Page, record: int) -> str:
    store = open_store(db)
    try:
        return page.saved(store, record)
    finally:
        store.close()


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_quitting_asks_and_cancel_keeps_the_window_open_with_the_text(qtbot, modals, windows, tmp_path, page):
    win = windows(tmp_path / "desk.sqlite3")
    field, _record, subject = page.prepare(qtbot, win)
    type_into(field, TYPED)

    def names_what_is_unsaved(box) -> None:
        assert box.text() == f"{subject}の変更が保存されていません。"

    modals.expect(inspect(names_what_is_unsaved, press("キャンセル")))
    win.close()
    assert modals.pending == 0
    assert win.isVisible()
    assert TYPED in field.toPlainText() if hasattr(field, "toPlainText") else field.text() == TYPED
    assert page.page(win).has_unsaved()


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_quitting_and_discarding_closes_and_saves_nothing(qtbot, modals, windows, tmp_path, page):
    db = tmp_path / "desk.sqlite3"
    win = windows(db)
    field, record, _subject = page.prepare(qtbot, win)
    type_into(field, TYPED)
    modals.expect(press("破棄"))
    win.close()
    assert modals.pending == 0
    assert not win.isVisible()
    assert TYPED not in _saved_in_file(db, page, record)
    assert not recovery_path(db).exists()


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_quitting_and_saving_closes_and_keeps_the_text(qtbot, modals, windows, tmp_path, page):
    db = tmp_path / "desk.sqlite3"
    win = windows(db)
    field, record, _subject = page.prepare(qtbot, win)
    type_into(field, TYPED)
    modals.expect(press("保存"))
    win.close()
    assert modals.pending == 0
    assert not win.isVisible()
    assert _saved_in_file(db, page, record) == TYPED
    assert not recovery_path(db).exists()


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_switching_page_asks_and_cancel_stays_on_the_page(qtbot, modals, windows, tmp_path, page):
    db = tmp_path / "desk.sqlite3"
    win = windows(db)
    field, record, _subject = page.prepare(qtbot, win)
    type_into(field, TYPED)
    other = 5  # the dashboard

    modals.expect(press("キャンセル"))
    click_page(win, other)
    assert modals.pending == 0
    assert win.ui.pages.currentWidget() is page.page(win)
    assert win.ui.navigation.currentIndex().row() == page.index
    assert page.page(win).has_unsaved()

    modals.expect(press("破棄"))
    click_page(win, other)
    assert modals.pending == 0
    assert win.ui.pages.currentIndex() == other
    assert TYPED not in page.saved(win.desk.store, record)
    assert not page.page(win).has_unsaved()


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_going_to_another_record_asks_and_save_keeps_the_text(qtbot, modals, windows, tmp_path, page):
    db = tmp_path / "desk.sqlite3"
    win = windows(db)
    field, record, _subject = page.prepare(qtbot, win)
    type_into(field, TYPED)
    modals.expect(press("キャンセル"))
    page.leave_record(win)
    assert modals.pending == 0
    assert page.page(win).has_unsaved()
    modals.expect(press("保存"))
    page.leave_record(win)
    assert modals.pending == 0
    assert page.saved(win.desk.store, record) == TYPED
    assert not page.page(win).has_unsaved()


def test_choosing_another_client_in_the_list_asks_and_cancel_keeps_the_choice(
    qtbot, modals, windows, tmp_path
):
    win = windows(tmp_path / "desk.sqlite3")
    _add_client(qtbot, win, name="青葉印刷")
    _add_client(qtbot, win, name="山田商店")
    page = win.clients_page
    type_into(page.ui.notes, TYPED)
    other = page.model.index(page.model.find(lambda r: r.name == "青葉印刷"), 0)
    modals.expect(inspect(lambda box: "顧客『山田商店』" in box.text(), press("キャンセル")))
    click_row(page.ui.clients, other)
    assert modals.pending == 0
    assert win.desk.client_name == "山田商店"
    assert page.model.row_at(page.ui.clients.currentIndex().row()).name == "山田商店"
    assert page.ui.notes.toPlainText() == TYPED


def test_opening_the_demo_asks_first_and_cancel_stays(qtbot, modals, windows, tmp_path):
    db = tmp_path / "desk.sqlite3"
    win = windows(db)
    _add_client(qtbot, win)
    type_into(win.clients_page.ui.notes, TYPED)
    modals.expect(press("キャンセル"))
    win.ui.actionOpenDemo.trigger()
    assert modals.pending == 0
    assert not win.desk.is_demo and win.desk.store.path == db
    assert win.clients_page.ui.notes.toPlainText() == TYPED


def test_a_refused_save_keeps_the_window_open(qtbot, modals, windows, tmp_path):
    win = windows(tmp_path / "desk.sqlite3")
    page = win.clients_page
    click(page.ui.newClient)
    type_into(page.ui.email, "not-mail")  # no name, a broken address: the save is refused
    modals.expect(press("保存"))
    win.close()
    assert modals.pending == 0
    assert win.isVisible()
    assert "メールアドレスの形式ではありません" in page.ui.errors.text()


# --- the posting editor ----------------------------------------------------------------------------


def _posting_ready(qtbot, win):
    _consultation_with_problem(qtbot, win)
    win.go_to(2)
    page = _select_first_item(win)
    return page, page._current.id


def _posting_description(store, item_id: int) -> str:
    with store.session() as session:
        return repo.load_posting(session, item_id).description


def test_closing_the_posting_editor_asks_cancel_stays_and_discard_saves_nothing(
    qtbot, modals, windows, tmp_path
):
    win = windows(tmp_path / "desk.sqlite3")
    page, item = _posting_ready(qtbot, win)
    seen: dict[str, str] = {}

    def typed(dialog) -> None:
        type_into(dialog.ui.description, TYPED)
        click(dialog.ui.close)  # the question it asks is answered by the next handler

    def still_there(dialog) -> None:
        seen["text"] = dialog.ui.description.toPlainText()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    modals.expect(
        typed,
        inspect(lambda box: "募集文『ランディングページ制作』" in box.text(), press("キャンセル")),
        still_there,
        press("破棄"),
    )
    click(page.ui.editPosting)
    assert modals.pending == 0
    assert seen["text"] == TYPED
    assert TYPED not in _posting_description(win.desk.store, item)


def test_closing_the_posting_editor_and_saving_keeps_the_text(qtbot, modals, windows, tmp_path):
    db = tmp_path / "desk.sqlite3"
    win = windows(db)
    page, item = _posting_ready(qtbot, win)

    def typed(dialog) -> None:
        type_into(dialog.ui.description, TYPED)
        click(dialog.ui.close)  # the question it asks is answered by the next handler

    modals.expect(typed, press("保存"))
    click(page.ui.editPosting)
    assert modals.pending == 0
    assert _posting_description(win.desk.store, item) == TYPED
    assert not recovery_path(db).exists()


# --- after a crash ---------------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_after_a_crash_the_next_start_offers_the_typed_text_and_restores_it(
    qtbot, modals, windows, tmp_path, page
):
    db = tmp_path / "desk.sqlite3"
    first = windows(db)
    field, record, subject = page.prepare(qtbot, first)
    type_into(field, TYPED)
    name = field.objectName()
    qtbot.waitUntil(lambda: page.name in drafts_of(db), timeout=3000)
    crash(first)

    def offered(box) -> None:
        assert box.text() == "前回保存されなかった入力があります。復元しますか？"
        assert subject in box.informativeText()

    modals.expect(inspect(offered, press("復元")))
    second = windows(db)
    assert modals.pending == 0
    restored = page.page(second)
    widget = getattr(restored.ui, name)
    text = widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()
    assert text == TYPED
    assert restored.has_unsaved()  # restored, not saved: it is asked about again on leaving
    assert TYPED not in page.saved(second.desk.store, record)
    modals.expect(press("保存"))
    second.close()
    assert _saved_in_file(db, page, record) == TYPED
    assert not recovery_path(db).exists()


def test_discarding_the_offer_forgets_the_drafts(qtbot, modals, windows, tmp_path):
    db = tmp_path / "desk.sqlite3"
    first = windows(db)
    _add_client(qtbot, first)
    type_into(first.clients_page.ui.notes, TYPED)
    qtbot.waitUntil(lambda: "clients" in drafts_of(db), timeout=3000)
    crash(first)
    modals.expect(press("破棄"))
    second = windows(db)
    assert modals.pending == 0
    assert second.clients_page.ui.notes.toPlainText() != TYPED
    assert not recovery_path(db).exists()
    second.close()  # nothing to ask


def test_the_posting_editor_is_reopened_with_its_draft_after_a_crash(qtbot, modals, windows, tmp_path):
    db = tmp_path / "desk.sqlite3"
    first = windows(db)
    page, item = _posting_ready(qtbot, first)
    dialog = page.posting_dialog(item)
    dialog.show()
    type_into(dialog.ui.description, TYPED)
    qtbot.waitUntil(lambda: "posting" in drafts_of(db), timeout=3000)
    crash(first)
    seen: dict[str, str] = {}

    def reopened(dialog) -> None:
        seen["text"] = dialog.ui.description.toPlainText()
        click(dialog.ui.close)  # the question it asks is answered by the next handler

    modals.expect(press("復元"), reopened, press("保存"))
    second = windows(db)
    qtbot.waitUntil(lambda: modals.pending == 0, timeout=5000)
    assert seen["text"] == TYPED
    assert _posting_description(second.desk.store, item) == TYPED


def test_drafts_never_cross_from_one_database_to_another(qtbot, modals, windows, tmp_path):
    first_db, other_db = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    first = windows(first_db)
    _add_client(qtbot, first)
    type_into(first.clients_page.ui.notes, TYPED)
    qtbot.waitUntil(lambda: "clients" in drafts_of(first_db), timeout=3000)
    crash(first)
    other = windows(other_db)  # no question here: the draft belongs to a.sqlite3
    assert TYPED not in other.clients_page.ui.notes.toPlainText()
    assert not recovery_path(other_db).exists()
    # a copied recovery file is not taken for the other database either
    recovery_path(other_db).write_bytes(recovery_path(first_db).read_bytes())
    from csp_desk.gui.edits import Drafts

    assert Drafts(other_db).entries() == {}
    assert set(Drafts(first_db).entries()) == {"clients"}


def test_the_recovery_file_holds_only_the_form_and_is_private(qtbot, windows, tmp_path):
    db = tmp_path / "desk.sqlite3"
    win = windows(db)
    _add_client(qtbot, win)
    type_into(win.clients_page.ui.notes, TYPED)
    qtbot.waitUntil(lambda: "clients" in drafts_of(db), timeout=3000)
    path = recovery_path(db)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["database"] == str(db.resolve())
    entry = data["drafts"]["clients"]
    assert entry["record"] == win.desk.client_id and entry["values"]["notes"] == TYPED
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0 and path.parent.stat().st_mode & 0o077 == 0
    assert [p.name for p in path.parent.iterdir() if p.suffix == ".tmp"] == []  # written atomically
    for editor in win.desk.editors():
        editor.discard_edits()
    assert not path.exists()


def test_the_demo_keeps_no_drafts(qtbot, demo_window):
    page = demo_window.clients_page
    click(page.ui.newClient)
    type_into(page.ui.notes, TYPED)
    qtbot.wait(600)
    assert demo_window.desk.drafts is None
    assert not recovery_path(demo_window.desk.store.path).exists()


def test_a_window_killed_after_typing_offers_the_text_on_the_next_start(qtbot, modals, windows, tmp_path):
    """The honest crash: a real window in another process is typed into and killed with SIGKILL."""
    db = tmp_path / "desk.sqlite3"
    typist = [sys.executable, str(Path(__file__).with_name("edits_typist.py")), str(db), TYPED]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    process = subprocess.Popen(typist, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    try:
        said = process.stdout.readline().strip()
        assert said == "typed", f"the typist did not get to type: {said!r}"
        time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    modals.expect(inspect(lambda box: "顧客『株式会社さくら食品』" in box.informativeText(), press("復元")))
    win = windows(db)
    assert modals.pending == 0
    page = win.clients_page
    assert page.ui.name.text() == "株式会社さくら食品"
    assert page.ui.notes.toPlainText() == TYPED
    assert page.has_unsaved()


def test_an_undo_while_a_work_item_is_typed_into_keeps_the_typing(qtbot, modals, windows, tmp_path):
    win = windows(tmp_path / "desk.sqlite3")
    _consultation_with_problem(qtbot, win)
    win.go_to(2)
    page = _select_first_item(win)
    click(page.ui.moveDown)  # a step to undo; the moved item stays chosen
    moved = page._current.id
    type_into(page.ui.skills, TYPED)
    win.undo_action.trigger()  # the tree is read again
    assert page._current.id == moved
    assert page.ui.skills.text() == TYPED
    assert page.has_unsaved()


def test_archiving_a_client_with_typed_notes_asks_first(qtbot, modals, windows, tmp_path):
    win = windows(tmp_path / "desk.sqlite3")
    _add_client(qtbot, win)
    page = win.clients_page
    type_into(page.ui.notes, TYPED)
    modals.expect(press("キャンセル"))
    click(page.ui.archive)
    assert modals.pending == 0
    assert page.ui.notes.toPlainText() == TYPED
    with win.desk.store.session() as session:
        assert repo.load_client(session, win.desk.client_id)[1] is False
    modals.expect(press("保存"))
    click(page.ui.archive)
    with win.desk.store.session() as session:
        draft, archived = repo.load_client(session, win.desk.client_id)
    assert (draft.notes, archived) == (TYPED, True)


def test_quitting_while_the_posting_editor_is_open_asks_about_it(qtbot, modals, windows, tmp_path):
    win = windows(tmp_path / "desk.sqlite3")
    page, item = _posting_ready(qtbot, win)

    def typed(dialog) -> None:
        type_into(dialog.ui.description, TYPED)
        win.close()  # the session ends, say

    def still_open(dialog) -> None:
        assert win.isVisible() and dialog.ui.description.toPlainText() == TYPED
        click(dialog.ui.close)  # the question it asks is answered by the next handler

    modals.expect(
        typed,
        inspect(lambda box: "募集文『ランディングページ制作』" in box.text(), press("キャンセル")),
        still_open,
        press("破棄"),
    )
    click(page.ui.editPosting)
    assert modals.pending == 0
    assert win.isVisible()
    assert TYPED not in _posting_description(win.desk.store, item)
