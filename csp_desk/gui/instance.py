"""One window per database: a second start hands its file to the window already running.

A producer double-clicks a client file while csp-desk is open, or clicks the launcher again: the
second process would open a second window that cannot change the database (the first holds its
writer lock, store.lock) and would leave the file unread. Instead the second process looks for
the first one's local socket (a named pipe on Windows), hands over what it was given — a client
file, or nothing: just "show yourself" — and ends; the running window comes to the front and
reads the file as File ▸ 顧客ファイルを読み込む… reads it.

One listener per user and database: a start on another database (`--db other.sqlite3`) is a
window of its own. The standard library's multiprocessing.connection carries it (a Unix socket or
a Windows named pipe; Qt's own local sockets would bring QtNetwork and Kerberos into the bundle):
only bytes are exchanged, never pickles, and both ends prove they know the user's own key (a
file in the private data folder), so another user on the machine cannot hand a window a file. The
socket lives in a folder only the user can enter; a socket left by a window that crashed answers
nobody and is replaced by the next window.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

log = logging.getLogger(__name__)

HANDOVER_S = 5.0
"""How long a second start waits for the running window to take what it hands over."""
MAX_MESSAGE = 64 * 1024
"""The largest hand-over a window reads (a path and a word; anything longer is no hand-over)."""
_SOCKET_PATH_MAX = 100
"""Unix socket paths longer than this (sun_path is 104–108 bytes) are not used."""
_OK = b"ok"


def server_name(database: Path | str) -> str | None:
    """The address the window for this database listens on; None where no private place exists
    (then every start is a window of its own, as before). A demo (a temporary database of its own
    at each start) is not given one by the caller."""
    # a file by its full path; a team database by its address (shown without a password)
    what = database if isinstance(database, str) else str(Path(database).expanduser().resolve())
    key = hashlib.sha256(f"{_user()}\0{what}".encode()).hexdigest()[:16]
    if sys.platform == "win32":
        return rf"\\.\pipe\csp-desk-{key}"
    folder = _private_folder()
    if folder is None:
        return None
    path = str(folder / f"window-{key}")
    return path if len(path.encode()) <= _SOCKET_PATH_MAX else None


def _family() -> str:
    return "AF_PIPE" if sys.platform == "win32" else "AF_UNIX"


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


def _key() -> bytes:
    """The user's own key both ends prove they know (made once, readable by the user only)."""
    from ..paths import data_dir

    path = data_dir() / "window.key"
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    import secrets

    key = secrets.token_bytes(32)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another start made it meanwhile
        return path.read_bytes()
    with os.fdopen(descriptor, "wb") as file:
        file.write(key)
    return key


def hand_over(name: str | None, file: Path | None) -> bool:
    """Hands `file` (or nothing: come to the front) to the window listening on `name`; whether it
    took it. No window, a socket left by a crash, or no answer in time: False, and this start
    opens its own window."""
    if name is None or (sys.platform != "win32" and not os.path.exists(name)):
        return False  # nobody listens: the common start
    from multiprocessing.connection import Client  # 20 ms of imports: only when a window may listen

    message = {"open": str(file.expanduser().resolve()) if file is not None else None}
    try:
        with Client(name, family=_family(), authkey=_key()) as connection:
            connection.send_bytes(json.dumps(message, ensure_ascii=False).encode("utf-8"))
            took = connection.poll(HANDOVER_S) and connection.recv_bytes(16) == _OK
    except (OSError, EOFError, ValueError) as exc:  # refused (a crash's socket), wrong key, cut off
        log.info("single window: no running window took the hand-over (%s)", exc)
        return False
    except Exception as exc:  # AuthenticationError: another program's socket
        log.warning("single window: the socket did not answer as a window does (%s)", exc)
        return False
    if not took:
        log.warning("single window: the running window did not answer; opening a window of its own")
        return False
    log.info("single window: handed %s to the running window", message["open"] or "nothing (shown)")
    return True


class Listener(QObject):
    """The running window's end: `given` carries a client file handed over (None: just come to
    the front). Connections are taken in a thread of their own; the signal reaches the window on
    its own thread."""

    given = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self._server: Any = None
        self._closed = threading.Event()
        self._thread: threading.Thread | None = None

    def listen(self) -> bool:
        """Listens on the name; a socket file left by a window that crashed (nobody answered the
        start that is listening now) is removed first."""
        from multiprocessing.connection import Listener as _Listener

        for attempt in range(2):
            try:
                self._server = _Listener(self.name, family=_family(), authkey=_key())
                break
            except OSError as exc:
                stale = attempt == 0 and sys.platform != "win32" and os.path.exists(self.name)
                if not stale:
                    log.warning("single window: cannot listen on %s (%s)", self.name, exc)
                    return False
                os.unlink(self.name)
        self._thread = threading.Thread(target=self._serve, name="single-window", daemon=True)
        self._thread.start()
        return True

    def close(self) -> None:
        """Stops listening (the socket file goes); the thread taking connections ends."""
        server = self._server
        if server is None or self._closed.is_set():
            return
        self._closed.set()
        from multiprocessing.connection import Client

        try:  # wake the thread waiting for a connection: a connection of its own
            with Client(self.name, family=_family(), authkey=_key()):
                pass
        except Exception:  # it may have ended already; closing is what matters
            pass
        if self._thread is not None:
            self._thread.join(5)
        server.close()

    def _serve(self) -> None:
        server = self._server
        assert server is not None
        while not self._closed.is_set():
            try:
                connection = server.accept()
            except Exception as exc:  # a program that does not know the key, or one that gave up
                if self._closed.is_set():
                    return
                log.warning("single window: a connection that is no hand-over was refused (%s)", exc)
                continue
            with connection:
                if not self._closed.is_set():
                    self._take(connection)

    def _take(self, connection: Connection) -> None:
        try:
            if not connection.poll(HANDOVER_S):
                return
            message = json.loads(connection.recv_bytes(MAX_MESSAGE).decode("utf-8"))
            wanted = message.get("open") if isinstance(message, dict) else 0
            if wanted is not None and not isinstance(wanted, str):
                raise ValueError("open is neither a path nor null")
            connection.send_bytes(_OK)
        except (OSError, EOFError, UnicodeDecodeError, ValueError) as exc:
            log.warning("single window: a hand-over that is none was ignored (%s)", exc)
            return
        log.info("single window: took %s from a second start", wanted or "nothing (shown)")
        self.given.emit(Path(wanted) if wanted else None)
