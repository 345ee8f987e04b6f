"""`csp-desk FILE`: a file manager (the desktop entry's %f, the MIME type of installer/linux) or
Windows' "Open with" (installer/windows/csp-desk.iss) starts csp-desk with a client file; the window
reads it as File ▸ 顧客ファイルを読み込む… reads the file chosen in its dialog.

Started as a person's desktop starts it: the program's own entry function with the file as its
argument; its message boxes are answered through their buttons."""

from __future__ import annotations

import re
import sys
import threading
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication

from tests.clicks import choose_file, press

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def started(qapp, monkeypatch):
    """Runs `csp-desk ARGS` in this process (jobs inline) until its message boxes were answered,
    then closes the window as a person does; returns (exit status, the clients it listed)."""
    from csp_desk.gui import jobs

    monkeypatch.setattr(jobs, "INLINE", True)
    # what run_gui sets for the whole process is put back after the test
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    # the window's closing would post a Quit event that outlives this exec() and ends the next
    # test's dialogs at once: here the test ends the event loop itself (QApplication.quit)
    qapp.setQuitOnLastWindowClosed(False)

    def run(modals, *args: str) -> tuple[int, list[str]]:
        from csp_desk.__main__ import main
        from csp_desk.gui.main_window import MainWindow

        seen: dict[str, object] = {}
        waited = [0]

        def until_answered() -> None:
            waited[0] += 1
            shown = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
            window = shown[0] if shown else None
            settled = window is not None and window.desk.store is not None and window._job is None
            if not (settled and modals.seen and not modals.pending) and waited[0] < 1500:  # 30 s at most
                return
            timer.stop()
            if window is not None:
                model = window.clients_page.ui.clients.model()
                seen["clients"] = [str(model.index(r, 0).data()) for r in range(model.rowCount())]
                window.close()
            QApplication.quit()

        timer = QTimer()
        timer.setInterval(20)
        timer.timeout.connect(until_answered)
        timer.start()
        status = main(list(args))
        timer.stop()
        QCoreApplication.removePostedEvents(qapp, QEvent.Type.Quit)
        return status, seen.get("clients", [])

    yield run
    qapp.setQuitOnLastWindowClosed(True)
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)


@pytest.fixture
def client_file(demo_store, tmp_path):
    """A client file as another desk writes it (File ▸ 顧客ファイルを書き出す…), and the client's name."""
    from csp_desk.client_files import write_client_file
    from csp_desk.store import repo

    with demo_store.session() as session:
        client = repo.list_clients(session)[0]
    out = tmp_path / "受け取った" / f"顧客ファイル_{client.name}.csp-client.json"
    out.parent.mkdir()
    write_client_file(demo_store, client.id, out, date(2026, 11, 26))
    return out, client.name


def test_a_client_file_given_at_start_is_read_into_the_desk(started, modals, client_file, tmp_path):
    path, name = client_file
    db = tmp_path / "desk.sqlite3"
    modals.expect(press("OK"))
    status, clients = started(modals, str(path), "--db", str(db))
    assert status == 0 and not modals.pending
    title, text = modals.seen[-1]
    assert title == "顧客ファイルを読み込む"
    assert name in text and "追加しました" in text
    assert name in clients, "the client shows in the list of clients"
    from csp_desk.store import repo
    from csp_desk.store.db import open_store

    store = open_store(db)
    try:
        with store.session() as session:
            assert [c.name for c in repo.list_clients(session)] == [name]
    finally:
        store.close()


def test_the_same_message_as_the_menu_for_a_file_that_is_no_client_file(
    started, modals, tmp_path, demo_window
):
    notes = tmp_path / "メモ.txt"
    notes.write_text("打ち合わせメモ\n", encoding="utf-8")
    # the menu first: File ▸ 顧客ファイルを読み込む… with the same file chosen
    modals.expect(choose_file(notes), press("OK"))
    demo_window.ui.actionImportClientFile.trigger()
    assert not modals.pending
    from_menu = modals.seen[-1]
    assert "メモ.txt" in from_menu[1] and "何も読み込んでいません" in from_menu[1]
    demo_window.close()

    db = tmp_path / "desk.sqlite3"
    modals.expect(press("OK"))
    status, clients = started(modals, str(notes), "--db", str(db))
    assert status == 0 and not modals.pending
    assert modals.seen[-1] == from_menu
    assert clients == []


def test_a_missing_file_is_said_in_the_window_and_a_mistyped_command_still_is_not(
    started, modals, tmp_path, capsys
):
    from csp_desk.__main__ import main

    missing = tmp_path / "どこにもない.csp-client.json"
    modals.expect(press("OK"))
    status, clients = started(modals, str(missing), "--db", str(tmp_path / "desk.sqlite3"))
    assert status == 0 and not modals.pending
    assert "どこにもない.csp-client.json" in modals.seen[-1][1] and clients == []
    # a bare word that names no file is a mistyped command, as before: no window
    assert main(["exprot"]) == 2
    assert "exprot" in capsys.readouterr().err


def test_the_desktop_and_windows_associate_the_client_files_extension():
    """Linux: a MIME type for client files (by name and by content), the desktop entry takes a file
    and declares the type, the Debian package and the tarball carry it. Windows: "Open with" for
    .json files (the client file's last extension), the file passed as the argument."""
    from csp_desk.domain.client_file import FORMAT

    mime = ET.parse(ROOT / "installer" / "linux" / "csp-desk-client.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == "application/x-csp-desk-client"
    assert {g.get("pattern") for g in kind.findall("m:glob", ns)} == {"*.csp-client.json"}
    assert kind.find("m:sub-class-of", ns).get("type") == "application/json"
    assert any(FORMAT in (m.get("value") or "") for m in kind.iter(f"{{{ns['m']}}}match"))
    entry = (ROOT / "installer" / "linux" / "csp-desk.desktop").read_text(encoding="utf-8")
    assert re.search(r"^Exec=csp-desk %f$", entry, re.M)
    assert re.search(r"^MimeType=application/x-csp-desk-client;$", entry, re.M)
    build = (ROOT / "installer" / "build.py").read_text(encoding="utf-8")
    assert '"mime" / "packages"' in build
    iss = (ROOT / "installer" / "windows" / "csp-desk.iss").read_text(encoding="utf-8")
    open_with = r'Subkey: "Software\\Classes\\\.json\\OpenWithProgids";.*ValueName: "csp-desk\.client"'
    assert re.search(open_with, iss)
    assert r'"""{app}\csp-desk.exe"" ""%1"""' in iss
    # the name the window proposes for a client file is the one the MIME type knows
    window_code = (ROOT / "csp_desk" / "gui" / "main_window.py").read_text(encoding="utf-8")
    assert '.csp-client.json"' in window_code
