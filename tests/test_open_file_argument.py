"""`csp-desk FILE`: a file manager (the desktop entry's %f, the MIME type of installer/linux) or
Windows' "Open with" (installer/windows/csp-desk.iss) starts csp-desk with a client file; the window
reads it as File ▸ 顧客ファイルを読み込む… reads the file chosen in its dialog.

Started as a person's desktop starts it: the program's own entry function with the file as its
argument; its message boxes are answered through their buttons."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.clicks import choose_file, press

ROOT = Path(__file__).resolve().parent.parent


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
