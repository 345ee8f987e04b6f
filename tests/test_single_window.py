"""One window per database: a second `csp-desk FILE` (a client file double-clicked while csp-desk is
open) or a second click on the launcher hands over to the window already running and ends; the
running window comes to the front and reads the file as File ▸ 顧客ファイルを読み込む… does. macOS
hands a file to the running app as an open-file event, read the same way.

The first window is started as a person's desktop starts it (the program's entry function); the
second start is a real second process, as a file manager starts it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from tests.clicks import press

ROOT = Path(__file__).resolve().parent.parent
SECOND_START_S = 60
"""A second start that hands over ends in a few seconds; one that opened a window would never end."""


class SecondStart:
    """`csp-desk ARGS` started as a second process, the way a file manager starts it."""

    def __init__(self, *args: str):
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "csp_desk", *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.started = time.monotonic()

    def ended(self) -> bool:
        if self.process.poll() is not None:
            return True
        if time.monotonic() - self.started > SECOND_START_S:
            self.process.kill()
            self.process.wait()
            return True
        return False

    @property
    def status(self) -> int | None:
        return self.process.returncode


def test_a_client_file_opened_while_the_window_runs_is_read_by_that_window(
    started, modals, client_file, tmp_path
):
    path, name = client_file
    db = tmp_path / "desk.sqlite3"
    second: list[SecondStart] = []

    def meanwhile(window) -> bool:  # type: ignore[no-untyped-def]
        if not second:
            assert window.listener is not None, "the window listens once its database is open"
            second.append(SecondStart(str(path), "--db", str(db)))
        return second[0].ended() and bool(modals.seen)

    modals.expect(press("OK"))
    status, clients = started(modals, "--db", str(db), meanwhile=meanwhile)
    assert status == 0 and not modals.pending
    assert second[0].status == 0, second[0].process.stderr.read().decode()  # type: ignore[union-attr]
    title, text = modals.seen[-1]
    assert title == "顧客ファイルを読み込む"
    assert name in text and "追加しました" in text
    assert name in clients, "the client read from the handed file shows in the running window's list"


def test_a_second_start_without_a_file_brings_the_window_forward_instead_of_a_second_window(
    started, modals, tmp_path
):
    from csp_desk.gui.instance import server_name

    db = tmp_path / "desk.sqlite3"
    name = server_name(db)
    assert name is not None
    # a window that crashed left its socket behind: nobody answers it, the next window replaces it
    Path(name).parent.mkdir(parents=True, exist_ok=True)
    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left.bind(name)
    left.close()
    assert Path(name).exists()
    second: list[SecondStart] = []
    junk: list[bytes] = []

    def meanwhile(window) -> bool:  # type: ignore[no-untyped-def]
        if not junk:
            junk.append(_send_junk(name))
        if not second:
            second.append(SecondStart("--db", str(db)))
        return second[0].ended()

    status, _clients = started(modals, "--db", str(db), meanwhile=meanwhile)
    assert status == 0 and modals.seen == []
    assert b"\x00\x00\x00\x02ok" not in junk[0], "a program that does not know the key is not answered"
    assert second[0].status == 0, "the second start ended by itself: it opened no window of its own"
    assert not Path(name).exists(), "the window took its socket away when it closed"


def _send_junk(name: str) -> bytes:
    """What a stray program writing garbage to the socket is answered (read in a thread while the
    window's event loop runs): the challenge for the user's key, and nothing else."""
    answer: list[bytes] = []

    def send() -> None:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(5)
            s.connect(name)
            s.sendall(b"\xff\xfe not a hand-over\n")
            try:
                answer.append(s.recv(100))
            except OSError:
                answer.append(b"")

    thread = threading.Thread(target=send)
    thread.start()
    while thread.is_alive():
        QCoreApplication.processEvents()
        thread.join(0.01)
    return answer[0]


def test_a_file_macos_hands_to_the_running_app_is_read(started, modals, client_file, tmp_path, monkeypatch):
    from csp_desk import app

    monkeypatch.setattr(app, "OPEN_EVENTS", True)  # macOS (elsewhere no filter sees every event)
    path, name = client_file
    posted: list[bool] = []

    def meanwhile(window) -> bool:  # type: ignore[no-untyped-def]
        if not posted:
            QCoreApplication.postEvent(QApplication.instance(), QFileOpenEvent(str(path)))
            posted.append(True)
        return bool(modals.seen)

    modals.expect(press("OK"))
    status, clients = started(modals, "--db", str(tmp_path / "desk.sqlite3"), meanwhile=meanwhile)
    assert status == 0 and not modals.pending
    assert modals.seen[-1][0] == "顧客ファイルを読み込む" and "追加しました" in modals.seen[-1][1]
    assert name in clients


def test_each_database_has_its_own_window(tmp_path, monkeypatch):
    from csp_desk.gui.instance import server_name

    one, other = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert server_name(one) == server_name(tmp_path / "." / "a.sqlite3")
    assert server_name(one) != server_name(other)
    folder = Path(server_name(one)).parent  # type: ignore[arg-type]
    assert folder.stat().st_mode & 0o077 == 0, "only the user may reach the socket"
    # a socket path too long for the system: no single window (every start a window of its own)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / ("x" * 90)))
    assert server_name(one) is None


def test_windows_uses_a_named_pipe_of_the_users_own(tmp_path, monkeypatch):
    """Windows has no socket folder: the name is a named pipe's, told apart by user and database."""
    from csp_desk.gui import instance

    db = tmp_path / "a.sqlite3"
    monkeypatch.setattr(sys, "platform", "win32")
    name = instance.server_name(db)
    assert name is not None and name.startswith("\\\\.\\pipe\\csp-desk-") and "/" not in name
    monkeypatch.setattr(instance, "_user", lambda: "someone-else")
    assert instance.server_name(db) != name
