"""Opening problems the producer cannot see coming: a read-only folder or file, a full disk.
Each gets a clear message in Japanese and leaves the database as it was."""

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from csp_desk.domain.client import ClientDraft
from csp_desk.store import repo
from csp_desk.store.db import open_store


def _as_ordinary_user(action, path):
    """Runs the probe with file permissions enforced: as root (CI, this machine) the capabilities
    that bypass them are dropped, so a read-only folder is read-only."""
    command = [sys.executable, str(Path(__file__).parent / "readonly_probe.py"), action, str(path)]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        assert setpriv, "setpriv (util-linux) is needed to test permissions as root"
        command = [setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--", *command]
    root = Path(__file__).parent.parent
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=root)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout.splitlines()


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_read_only_folder_is_refused_with_a_clear_message_and_the_file_untouched(tmp_path):
    folder = tmp_path / "cd-rom"
    folder.mkdir()
    db = folder / "desk.sqlite3"
    store = open_store(db)
    with store.session() as session:
        repo.save_client(session, ClientDraft(name="株式会社読取"))
    store.close()
    before = _digest(db)
    folder.chmod(0o555)
    try:
        said = _as_ordinary_user("open", db)
    finally:
        folder.chmod(0o755)
    assert said[:2] == ["refused", "ReadOnlyDatabase"]
    assert "データベースに書き込めません" in said[2] and "読み取り専用" in said[2]
    assert _digest(db) == before and sorted(p.name for p in folder.iterdir()) == ["desk.sqlite3"]


def test_a_read_only_file_opens_but_a_save_is_refused_and_nothing_changes(tmp_path):
    db = tmp_path / "desk.sqlite3"
    store = open_store(db)
    with store.session() as session:
        repo.save_client(session, ClientDraft(name="株式会社読取"))
    store.close()
    before = _digest(db)
    db.chmod(0o444)
    try:
        said = _as_ordinary_user("save", db)
    finally:
        db.chmod(0o644)
    assert said[0] == "opened" and said[1:3] == ["refused", "ReadOnlyDatabase"]
    assert "保存はされていません" in said[3] and said[4] == "clients 1"
    assert _digest(db) == before


def test_a_full_disk_during_a_save_says_so_and_keeps_the_database_sound(tmp_path):
    from sqlalchemy import event

    from csp_desk.store.errors import ReadOnlyDatabase

    db = tmp_path / "desk.sqlite3"
    store = open_store(db)
    with store.session() as session:
        repo.save_client(session, ClientDraft(name="株式会社満杯"))
    pages = sqlite3.connect(db).execute("PRAGMA page_count").fetchone()[0]
    store.engine.dispose()

    def no_room(dbapi_connection, _record):  # SQLite's "database or disk is full", as on a full disk
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    event.listen(store.engine, "connect", no_room)
    with pytest.raises(ReadOnlyDatabase), store.session() as session:
        for n in range(40):  # about 2 MB in one save
            repo.save_client(session, ClientDraft(name=f"株式会社大量{n}", notes="あ" * 19_000))
    with store.session() as session:
        assert [c.name for c in repo.list_clients(session)] == ["株式会社満杯"]
    store.close()
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_folder_given_as_the_database_is_said_to_be_a_folder_in_the_window(
    qtbot, tmp_path, monkeypatch, modals
):
    from csp_desk import i18n
    from csp_desk.app import open_database_async
    from csp_desk.gui import jobs
    from csp_desk.gui.context import Desk
    from csp_desk.gui.main_window import MainWindow
    from tests.clicks import press

    monkeypatch.setattr(jobs, "INLINE", True)
    i18n.install("ja")
    folder = tmp_path / "書類"
    folder.mkdir()
    window = MainWindow(Desk())
    qtbot.addWidget(window)
    window.show()
    modals.expect(press("終了"))
    open_database_async(window, folder, demo=False)
    (said,) = modals.texts()
    assert f"{folder} はフォルダーで、データベースのファイルではありません" in said
    assert str(folder / "csp-desk.sqlite3") in said and "disk I/O" not in said
    assert window.desk.store is None and not window.isVisible()
    assert list(folder.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["書類"]
