"""One writer at a time: the window, restore and every command that changes a database take the
store's writer lock; whoever is refused is told who holds it and since when, and nothing changes.
A lock whose holder died (killed, crashed) never blocks the next opener."""

import hashlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from csp_desk.domain.client import ClientDraft
from csp_desk.store import repo
from csp_desk.store.backups import list_backups, take_backup
from csp_desk.store.db import open_store
from csp_desk.store.errors import AlreadyOpen, BeingChanged, FolderGiven
from csp_desk.store.lock import WINDOW, held_here, lock_path, read_holder, take
from tests.clicks import choose_file, click, find_button, press

ROOT = Path(__file__).resolve().parent.parent


def csp_desk(*args):
    return subprocess.run(
        [sys.executable, "-m", "csp_desk", *map(str, args)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def _names(db):
    store = open_store(db)
    try:
        with store.session() as session:
            return [c.name for c in repo.list_clients(session)]
    finally:
        store.close()


@pytest.fixture
def open_window(qtbot, monkeypatch):
    """A window opened on a database file, as the producer opens it (jobs run inline)."""
    from csp_desk import i18n
    from csp_desk.app import open_database_async
    from csp_desk.gui import jobs
    from csp_desk.gui.context import Desk
    from csp_desk.gui.main_window import MainWindow

    monkeypatch.setattr(jobs, "INLINE", True)
    i18n.install("ja")
    opened = []

    def open_on(db):
        window = MainWindow(Desk())
        qtbot.addWidget(window)
        window.show()
        open_database_async(window, db, demo=False)
        opened.append(window)
        return window

    yield open_on
    for window in opened:
        window.close()


def test_a_command_line_restore_is_refused_while_a_window_has_the_database(open_window, tmp_path):
    db = tmp_path / "desk.sqlite3"
    window = open_window(db)
    with window.desk.store.session() as session:
        repo.save_client(session, ClientDraft(name="最初の顧客"))
    snapshot = take_backup(db, out=tmp_path / "snapshot.sqlite3")
    with window.desk.store.session() as session:
        repo.save_client(session, ClientDraft(name="窓で追加した顧客"))
    wal = Path(f"{db}-wal")
    before = (_digest(db), _digest(wal))
    assert before[1] is not None  # the window's writes are still in the -wal

    refused = csp_desk("restore", snapshot, "--db", db)

    assert refused.returncode != 0
    assert "Traceback" not in refused.stderr
    assert "別の csp-desk のウィンドウ" in refused.stderr and f"プロセス {os.getpid()}" in refused.stderr
    assert (_digest(db), _digest(wal)) == before
    assert not list_backups(db)  # not even the "before-restore" copy: nothing was started
    with window.desk.store.session() as session:  # the window goes on as if nothing happened
        repo.save_client(session, ClientDraft(name="その後の顧客"))
        assert len(repo.list_clients(session)) == 3


def test_commands_that_change_the_database_wait_their_turn_and_readers_go_on(open_window, tmp_path):
    db = tmp_path / "desk.sqlite3"
    assert csp_desk("demo", "--db", db, "--clients", 2).returncode == 0
    window = open_window(db)
    holder = read_holder(db)
    assert (holder.program, holder.pid) == (WINDOW, os.getpid())
    before = _digest(db)
    listing = tmp_path / "clients.csv"
    listing.write_text("会社名\n株式会社追加\n", encoding="utf-8")
    for command in (
        ("demo", "--db", db, "--clients", 1),
        ("import", "clients", listing, "--db", db),
        ("personal-data", "erase", "--client", 1, "--db", db),
        ("export", "notice", "--work-item", 1, "--out", tmp_path / "notice.docx", "--db", db,
         "--given-on", "2026-11-02", "--channel", "email"),
    ):
        refused = csp_desk(*command)
        assert refused.returncode == 1, command
        assert "別の csp-desk のウィンドウ" in refused.stderr and "Traceback" not in refused.stderr, command
    assert _digest(db) == before and not (tmp_path / "notice.docx").exists()
    for command in (
        ("list", "clients", "--db", db),
        ("verify", "--db", db),
        ("backup", "--db", db, "--out", tmp_path / "copy.sqlite3"),
        ("export", "budget", "--client", 1, "--out", tmp_path / "予算表.xlsx", "--db", db),
    ):
        done = csp_desk(*command)
        assert done.returncode == 0, (command, done.stderr)
    assert window.desk.store is not None


def test_a_window_is_told_which_command_is_changing_the_database(open_window, tmp_path, modals):
    db = tmp_path / "desk.sqlite3"
    open_store(db).close()
    held = take(db, "import clients")
    try:
        modals.expect(press("終了"))
        window = open_window(db)
    finally:
        held.release()
    assert window.desk.store is None
    said = modals.texts()[0]
    assert "コマンド「csp-desk import clients」が変更しているところです" in said
    assert f"プロセス {os.getpid()}" in said and "終わるのを待ってから" in said


def test_a_window_refused_while_a_command_runs_opens_when_tried_again(open_window, tmp_path, modals):
    db = tmp_path / "desk.sqlite3"
    open_store(db).close()
    held = take(db, "demo")

    def the_command_ends_then_try_again(box):
        assert "「csp-desk demo」が変更しているところです" in box.text()
        held.release()
        click(find_button(box, "もう一度試す"))

    modals.expect(the_command_ends_then_try_again)
    window = open_window(db)
    assert window.desk.store is not None and read_holder(db).program == WINDOW


def test_a_second_window_is_refused_and_told_whose_window_has_it(open_window, tmp_path, modals):
    db = tmp_path / "desk.sqlite3"
    first = open_window(db)
    take_backup(db, reason="manual")
    modals.expect(press("終了"))
    second = open_window(db)
    assert second.desk.store is None and first.desk.store is not None
    said = modals.texts()[0]
    assert "別の csp-desk のウィンドウで開かれています" in said and f"プロセス {os.getpid()}" in said
    first.close()  # lets the database go
    assert not lock_path(db).exists() and held_here(db) is None
    third = open_window(db)
    assert third.desk.store is not None


def test_the_window_restores_its_own_file_holding_the_lock_throughout(open_window, tmp_path, modals):
    db = tmp_path / "desk.sqlite3"
    window = open_window(db)
    with window.desk.store.session() as session:
        repo.save_client(session, ClientDraft(name="最初の顧客"))
    snapshot = take_backup(db, reason="manual")
    with window.desk.store.session() as session:
        repo.save_client(session, ClientDraft(name="後から追加した顧客"))
    lock = held_here(db)
    # the dialog opens in the backups folder: the name is typed as a person would (a whole path
    # typed fast races the file name completer, which can swallow the keys)
    modals.expect(choose_file(snapshot.name), press("はい"))
    window.ui.actionRestoreBackup.trigger()
    assert held_here(db) is lock and lock.held  # the same lock, never let go in between
    with window.desk.store.session() as session:
        assert [c.name for c in repo.list_clients(session)] == ["最初の顧客"]
    assert "before-restore" in {b.reason for b in list_backups(db)}
    refused = csp_desk("restore", snapshot, "--db", db)
    assert refused.returncode == 1 and "別の csp-desk のウィンドウ" in refused.stderr


def test_a_lock_left_by_a_killed_process_does_not_block_the_next_opener(tmp_path):
    db = tmp_path / "desk.sqlite3"
    open_store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from csp_desk.store.lock import take; "
         "lock = take(Path(sys.argv[1]), 'import workers'); print('held', flush=True); time.sleep(120)",
         str(db)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(BeingChanged) as refused:
            take(db, WINDOW)
        assert refused.value.params["pid"] == holder.pid
        assert refused.value.params["program"] == "import workers"
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
        holder.stdout.close()
    assert lock_path(db).exists()  # left behind by the killed process, its text still there
    assert read_holder(db).pid == holder.pid
    with take(db, WINDOW) as lock:
        assert read_holder(db).pid == os.getpid() and lock.held
    assert not lock_path(db).exists()


def test_one_process_holds_a_database_once_and_gives_it_back(tmp_path):
    db = tmp_path / "desk.sqlite3"
    lock = take(db, WINDOW)
    with pytest.raises(AlreadyOpen) as refused:
        take(db, "restore")
    assert refused.value.params["pid"] == os.getpid()
    assert str(db) in str(refused.value)
    lock.release()
    lock.release()  # twice is harmless
    assert held_here(db) is None and not lock_path(db).exists()
    take(db, "restore").release()


def test_a_folder_is_no_database_to_lock(tmp_path):
    (tmp_path / "desk.sqlite3").write_bytes(b"")
    with pytest.raises(FolderGiven) as refused:
        take(tmp_path, WINDOW)
    assert refused.value.params["example"] == str(tmp_path / "desk.sqlite3")
    assert not lock_path(tmp_path).exists()


def test_a_reading_command_that_would_upgrade_an_older_file_waits_for_the_writer(tmp_path):
    import shutil

    db = tmp_path / "old.sqlite3"
    shutil.copy(ROOT / "tests" / "fixtures" / "schema_0001.sqlite3", db)
    before = _digest(db)
    with take(db, "import clients"):
        refused = csp_desk("list", "clients", "--db", db)
        assert refused.returncode == 1 and "csp-desk import clients" in refused.stderr
        assert _digest(db) == before and not (tmp_path / "backups").exists()
    assert csp_desk("list", "clients", "--db", db).returncode == 0  # upgraded now, with its backup first
    assert list((tmp_path / "backups").glob("old-*-before-*.sqlite3"))


def test_an_encrypted_backup_is_restored_by_the_holder_of_the_lock_only(tmp_path):
    from csp_desk.store.backups import restore_sealed, take_sealed_backup

    db = tmp_path / "desk.sqlite3"
    store = open_store(db)
    with store.session() as session:
        repo.save_client(session, ClientDraft(name="封をした顧客"))
    store.close()
    key = bytes(range(32))
    sealed = take_sealed_backup(db, tmp_path / "usb.cspbackup", key)
    store = open_store(db)
    with store.session() as session:
        repo.save_client(session, ClientDraft(name="後の顧客"))
    store.close()
    with take(db, WINDOW) as lock:
        with pytest.raises(AlreadyOpen):
            restore_sealed(sealed, db, key)
        assert sorted(_names(db)) == sorted(["後の顧客", "封をした顧客"])  # nothing restored
        restore_sealed(sealed, db, key, lock=lock)
        assert lock.held and read_holder(db).program == WINDOW
    assert _names(db) == ["封をした顧客"]
