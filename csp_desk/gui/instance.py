"""One window per database: a second start hands its file to the window already running.

A producer double-clicks a client file while csp-desk is open, or clicks the launcher again: the
second process would open a second window that cannot change the database (the first holds its
writer lock, store.lock) and would leave the file unread. Instead the second process looks for
the first one's local socket (a named pipe on Windows), hands over what it was given — a client
file, or nothing: just "show yourself" — and ends; the running window comes to the front and
reads the file as File ▸ 顧客ファイルを読み込む… reads it.

One listener per user and database: a start on another database (`--db other.sqlite3`) is a
window of its own. The socket lives in a folder only the user can enter; a socket left by a
window that crashed answers nobody and is replaced by the next window.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

HANDOVER_MS = 3000
"""How long a second start waits for the running window to take what it hands over."""
MAX_MESSAGE = 64 * 1024
"""The largest hand-over a window reads (a path and a word; anything longer is no hand-over)."""
_SOCKET_PATH_MAX = 100
"""Unix socket paths longer than this (sun_path is 104–108 bytes) are not used."""


def server_name(database: Path) -> str | None:
    """The name the window for this database listens on; None where no private place exists
    (then every start is a window of its own, as before). A demo (a temporary database of its
    own at each start) has none."""
    what = str(Path(database).expanduser().resolve())
    key = hashlib.sha256(f"{_user()}\0{what}".encode()).hexdigest()[:16]
    if sys.platform == "win32":
        return f"csp-desk-{key}"  # a named pipe; UserAccessOption keeps it the user's
    folder = _private_folder()
    if folder is None:
        return None
    path = str(folder / f"window-{key}")
    return path if len(path.encode()) <= _SOCKET_PATH_MAX else None


def _user() -> str:
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # no user name in the environment: the uid still tells users apart
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def _private_folder() -> Path | None:
    """$XDG_RUNTIME_DIR/csp-desk, else csp-desk-UID in the temporary folder (per-user on macOS):
    made readable by the user only, and refused when someone else owns it."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    uid = os.getuid()
    folder = Path(runtime) / "csp-desk" if runtime else Path(tempfile.gettempdir()) / f"csp-desk-{uid}"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.lstat()
        if info.st_uid != uid or not folder.is_dir() or folder.is_symlink():
            log.warning("single window: %s is not the user's own folder; not used", folder)
            return None
        if info.st_mode & 0o077:
            folder.chmod(0o700)
    except OSError as exc:
        log.warning("single window: no private folder for the socket (%s)", exc)
        return None
    return folder


def hand_over(name: str | None, file: Path | None) -> bool:
    """Hands `file` (or nothing: come to the front) to the window listening on `name`; whether it
    took it. No window, a socket left by a crash, or no answer in time: False, and this start
    opens its own window."""
    if name is None or (sys.platform != "win32" and not os.path.exists(name)):
        return False  # nobody listens (the common start): QtNetwork is not even loaded
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(500):
        return False
    message = {"open": str(file.expanduser().resolve()) if file is not None else None}
    socket.write(json.dumps(message, ensure_ascii=False).encode() + b"\n")
    socket.flush()
    answer = b""
    while b"\n" not in answer and socket.waitForReadyRead(HANDOVER_MS):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    if answer.strip() != b"ok":
        log.warning("single window: the running window did not answer; opening a window of its own")
        return False
    log.info("single window: handed %s to the running window", message["open"] or "nothing (shown)")
    return True


class Listener(QObject):
    """The running window's end: `given` carries a client file handed over (None: just come to
    the front)."""

    given = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._connected)

    def listen(self) -> bool:
        """Listens on the name; a socket file left by a window that crashed (nobody answered the
        start that is listening now) is removed first."""
        from PySide6.QtNetwork import QLocalServer

        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        if self._server.listen(self.name):
            return True
        log.warning("single window: cannot listen on %s (%s)", self.name, self._server.errorString())
        return False

    def close(self) -> None:
        self._server.close()

    def _connected(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            buffer = bytearray()

            def read(socket=socket, buffer=buffer) -> None:  # type: ignore[no-untyped-def]
                buffer += bytes(socket.readAll().data())
                if len(buffer) > MAX_MESSAGE:
                    socket.abort()
                    return
                if b"\n" in buffer:
                    self._answer(socket, bytes(buffer).split(b"\n", 1)[0])

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)

    def _answer(self, socket, line: bytes) -> None:  # type: ignore[no-untyped-def]
        try:
            message = json.loads(line.decode("utf-8"))
            wanted = message.get("open") if isinstance(message, dict) else 0
            if wanted is not None and not isinstance(wanted, str):
                raise ValueError("open is neither a path nor null")
        except (UnicodeDecodeError, ValueError) as exc:
            log.warning("single window: a hand-over that is none was ignored (%s)", exc)
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        log.info("single window: took %s from a second start", wanted or "nothing (shown)")
        self.given.emit(Path(wanted) if wanted else None)
