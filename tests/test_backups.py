"""Backups that can be trusted: checked, rotated, restored only after the current file is kept;
and the command line around them (verify, backup, restore)."""

import sqlite3
from datetime import datetime, timedelta

import pytest

from csp_desk.store import repo
from csp_desk.store.backups import (
    DamagedDatabase,
    NotABackup,
    check_backup,
    integrity_problems,
    list_backups,
    restore,
    rotate,
    take_backup,
)
from csp_desk.store.files import HEAD

from .test_cli import csp_desk

NOW = datetime(2026, 11, 26, 18, 0)


@pytest.fixture
def db(demo_store):
    path = demo_store.path
    demo_store.close()
    return path


def _clients(path):
    return sqlite3.connect(path).execute("SELECT count(*) FROM client").fetchone()[0]


def test_a_backup_is_a_sound_standalone_copy(db, tmp_path):
    target = take_backup(db, folder=tmp_path / "b", now=NOW)
    assert integrity_problems(target, quick=False) == []
    assert _clients(target) == _clients(db)
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == [target.name]  # no journal beside it


def test_a_damaged_database_is_not_backed_up_so_good_backups_stay(db, tmp_path):
    folder = tmp_path / "b"
    good = take_backup(db, folder=folder, now=NOW - timedelta(days=40))
    page = sqlite3.connect(db).execute("PRAGMA page_size").fetchone()[0]
    raw = bytearray(db.read_bytes())
    for number in range(2, len(raw) // page, 3):  # every third page damaged, the header kept
        raw[number * page : number * page + 64] = b"\xff" * 64
    db.write_bytes(bytes(raw))
    for name in ("-wal", "-shm"):
        db.with_name(db.name + name).unlink(missing_ok=True)
    assert integrity_problems(db)
    with pytest.raises(DamagedDatabase):
        take_backup(db, folder=folder, now=NOW)
    assert good.exists() and len(list_backups(db, folder)) == 1


def test_rotation_keeps_dailies_weeklies_monthlies_and_the_last_day(db, tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    for days in range(0, 400, 1):
        when = NOW - timedelta(days=days, hours=days % 5)
        (folder / f"{db.stem}-{when:%Y%m%d-%H%M%S}.sqlite3").write_bytes(b"")
    (folder / f"{db.stem}-{NOW - timedelta(days=10):%Y%m%d-%H%M%S}-before-restore.sqlite3").write_bytes(b"")
    rotate(db, folder, NOW)
    kept = list_backups(db, folder)
    assert len(kept) <= 7 + 4 + 12 + 2
    assert any(b.reason == "before-restore" for b in kept)
    days = {b.taken_at.date() for b in kept}
    assert {(NOW - timedelta(days=d)).date() for d in range(7)} <= days
    assert min(days) >= (NOW - timedelta(days=366)).date()


def test_restore_keeps_the_current_file_first(db, tmp_path):
    from csp_desk.store.db import open_store

    snapshot = take_backup(db, folder=tmp_path / "b", now=NOW)
    store = open_store(db)
    with store.session() as session:
        client = repo.list_clients(session)[0]
        repo.set_client_archived(session, client.id, True)
    store.close()
    before = _clients(db)
    kept = restore(snapshot, db, folder=tmp_path / "b", now=NOW + timedelta(minutes=5))
    assert kept is not None and integrity_problems(kept) == []
    store = open_store(db)
    with store.session() as session:
        assert not repo.load_client(session, client.id)[1]  # the backup's state is back
    store.close()
    assert _clients(db) == before


def test_a_broken_or_foreign_file_is_refused_as_a_backup(db, tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(NotABackup):
        restore(junk, db, folder=tmp_path / "b")
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE x (a)").connection.commit()
    with pytest.raises(NotABackup):
        check_backup(other)
    assert integrity_problems(db) == [] and _clients(db) > 0


def test_the_command_line_verifies_backs_up_and_restores(tmp_path):
    db = tmp_path / "desk.sqlite3"
    assert csp_desk("demo", "--db", db, "--clients", 2).returncode == 0
    verified = csp_desk("verify", "--db", db)
    assert verified.returncode == 0 and HEAD in verified.stdout
    copy = tmp_path / "copy.sqlite3"
    assert csp_desk("backup", "--db", db, "--out", copy).returncode == 0
    assert csp_desk("backup", "--db", db).returncode == 0
    assert list((tmp_path / "backups").glob("desk-*-manual.sqlite3"))
    restored = csp_desk("restore", copy, "--db", db)
    assert restored.returncode == 0, restored.stderr
    assert list((tmp_path / "backups").glob("desk-*-before-restore.sqlite3"))
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x00" * 5000)
    assert csp_desk("verify", "--db", junk).returncode == 1
    refused = csp_desk("restore", junk, "--db", db)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert csp_desk("verify", "--db", db).returncode == 0


def test_the_window_restores_a_backup_and_backs_up_on_close(qtbot, tmp_path, monkeypatch, modals):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from csp_desk import i18n
    from csp_desk.app import open_database_async
    from csp_desk.domain.client import ClientDraft
    from csp_desk.gui import jobs
    from csp_desk.gui.context import Desk
    from csp_desk.gui.main_window import MainWindow
    from tests.clicks import choose_file, press

    monkeypatch.setattr(jobs, "INLINE", True)
    i18n.install("ja")
    db = tmp_path / "desk.sqlite3"
    window = MainWindow(Desk())
    window.show()
    open_database_async(window, db, demo=False)
    desk = window.desk
    with desk.store.session() as session:
        repo.save_client(session, ClientDraft(name="最初の顧客"))
    snapshot = take_backup(db, folder=tmp_path / "backups", reason="manual")
    with desk.store.session() as session:
        repo.save_client(session, ClientDraft(name="後から追加した顧客"))
    modals.expect(choose_file(snapshot), press(QMessageBox.StandardButton.No))  # not after all
    window.ui.actionRestoreBackup.trigger()
    with desk.store.session() as session:
        assert len(repo.list_clients(session)) == 2
    modals.expect(choose_file(snapshot), press(QMessageBox.StandardButton.Yes))
    window.ui.actionRestoreBackup.trigger()
    assert "復元しました" in window.statusBar().currentMessage()
    with desk.store.session() as session:
        assert [c.name for c in repo.list_clients(session)] == ["最初の顧客"]
    assert {"manual", "before-restore"} <= {b.reason for b in list_backups(db)}
    window.close()
    QApplication.processEvents()
    assert "close" in {b.reason for b in list_backups(db)}


def test_a_second_window_on_the_same_database_is_refused_with_a_way_forward(
    qtbot, tmp_path, monkeypatch, modals
):
    from csp_desk import i18n
    from csp_desk.app import open_database_async
    from csp_desk.gui import jobs
    from csp_desk.gui.context import Desk
    from csp_desk.gui.main_window import MainWindow
    from tests.clicks import buttons_of, press

    monkeypatch.setattr(jobs, "INLINE", True)
    i18n.install("ja")
    shown = []

    def read_and_quit(box):
        shown.append((box.text(), [b.text() for b in buttons_of(box)]))
        press("終了")(box)

    db = tmp_path / "desk.sqlite3"
    first = MainWindow(Desk())
    open_database_async(first, db, demo=False)
    take_backup(db, reason="manual")
    second = MainWindow(Desk())
    qtbot.addWidget(second)
    second.show()
    modals.expect(read_and_quit)
    open_database_async(second, db, demo=False)
    assert second.desk.store is None
    text, buttons = shown[-1]
    assert "別の csp-desk" in text or "another csp-desk" in text
    assert any("別のファイル" in b for b in buttons)
    assert not any("バックアップ" in b for b in buttons)  # never restore over a database in use
    first.close()  # releases the database
    third = MainWindow(Desk())
    open_database_async(third, db, demo=False)
    assert third.desk.store is not None
    third.close()


def test_a_damaged_database_offers_its_newest_backup(qtbot, tmp_path, monkeypatch, modals):
    from csp_desk import i18n
    from csp_desk.app import open_database_async
    from csp_desk.gui import jobs
    from csp_desk.gui.context import Desk
    from csp_desk.gui.main_window import MainWindow
    from csp_desk.store.db import open_store
    from tests.clicks import press

    monkeypatch.setattr(jobs, "INLINE", True)
    i18n.install("ja")
    db = tmp_path / "desk.sqlite3"
    open_store(db).close()
    take_backup(db, reason="manual")
    db.write_bytes(b"\x00" * 8192)  # the file was overwritten by something else
    window = MainWindow(Desk())
    qtbot.addWidget(window)
    window.show()
    modals.expect(press("最新のバックアップから復元"))
    open_database_async(window, db, demo=False)
    assert "壊れて" in modals.texts()[0] and window.desk.store is not None  # restored, then opened
    assert integrity_problems(db) == []
    assert any(b.reason == "damaged" for b in list_backups(db))  # the broken file kept aside
    window.close()
