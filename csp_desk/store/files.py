"""The database file without SQLAlchemy: schema revision, backups, and the first screen of clients.

Start-up reads the first rows of the client list through here while SQLAlchemy still loads in
a worker, so the window shows real data at once.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from .errors import (
    ConnectionLost,
    DatabaseLocked,
    NoServerDatabase,
    NotADatabase,
    NotAllowed,
    ReadOnlyDatabase,
    RetainedRecord,
    ServerRefusedLogin,
    ServerUnreachable,
    StoreError,
    UnchangedRecord,
)
from .rows import ClientRow

REVISIONS = (
    "0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0012", "0013",
    "0014",
)  # fmt: skip
"""Every schema revision this version knows, oldest first; the last is the head."""
HEAD = REVISIONS[-1]
BUSY_TIMEOUT_MS = 5000


def translate_error(exc: Exception) -> StoreError:
    """A SQLite or PostgreSQL failure as the message the producer should see."""
    original = getattr(exc, "orig", exc)
    text = str(original).lower()
    if "csp-desk retention" in text:
        return RetainedRecord()
    if "csp-desk unchanged" in text:
        return UnchangedRecord()
    if type(original).__module__.startswith("psycopg"):
        return _server_error(original, text)
    if "locked" in text or "busy" in text:
        return DatabaseLocked()
    if any(w in text for w in ("readonly", "read-only", "disk is full", "unable to open")):
        return ReadOnlyDatabase()
    if "not a database" in text or "malformed" in text:
        return NotADatabase(path="")
    return StoreError(str(getattr(exc, "orig", exc)))


def _server_error(original: BaseException, text: str) -> StoreError:
    """A PostgreSQL (psycopg) failure: the address, the sign-in, the network, or the data."""
    first = str(original).strip().splitlines()[0] if str(original).strip() else ""
    detail = first.split("failed: ")[-1].strip()  # libpq: 'connection to server at "h", port p failed: …'
    if "password" in text or "authentication" in text or ("role" in text and "does not exist" in text):
        return ServerRefusedLogin(detail)
    if "database" in text and "does not exist" in text:
        named = re.search(r'database "([^"]*)" does not exist', first)
        return NoServerDatabase(name=named.group(1) if named else "")
    if any(w in text for w in ("server closed the connection", "terminating connection", "connection is lost",
                               "the connection is closed", "ssl syscall", "consuming input failed")):
        return ConnectionLost()
    if any(w in text for w in ("connection refused", "could not translate host", "timeout expired",
                               "not currently accepting connections", "starting up", "shutting down",
                               "no route to host", "network is unreachable", "connection failed",
                               "could not connect")):
        return ServerUnreachable(detail)
    if "deadlock" in text or "could not obtain lock" in text or "lock timeout" in text:
        return DatabaseLocked()
    if "row-level security" in text or "permission denied for" in text:  # the team's rules (store/team)
        return NotAllowed()
    if "read-only transaction" in text or "permission denied" in text or "no space left" in text:
        return ReadOnlyDatabase()
    return StoreError(first)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def schema_revision(path: Path) -> str | None:
    """The revision stamped in the file, None for a new or empty file; raises on a non-database."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        conn = _read_only(path)
    except sqlite3.Error as exc:
        raise translate_error(exc) from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            if tables:
                raise NotADatabase(path=str(path))
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc).lower():
            raise DatabaseLocked() from exc
        raise NotADatabase(path=str(path)) from exc
    finally:
        conn.close()


def backup_file(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API (safe while others read or write)."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    src = _read_only(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # a copy stands alone: no write-ahead log beside it to lose or to mix up
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    return target


CLIENT_LIST_SQL = (
    "SELECT id, name, kana, industry, prefecture, contact_person, phone, archived "
    "FROM client WHERE archived = 0 ORDER BY kana_key, id LIMIT ?"
)


def first_clients(path: Path, limit: int = 200) -> list[ClientRow] | None:
    """The first rows of the daily client list, read-only; None unless the file is current.

    Anything unusual (no file, an older or newer schema, a damaged file) returns None and is
    left to the full open, which explains it to the producer.
    """
    try:
        if schema_revision(path) != HEAD:
            return None
        conn = _read_only(path)
    except (StoreError, sqlite3.Error, OSError):
        return None
    try:
        return [
            ClientRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]))
            for r in conn.execute(CLIENT_LIST_SQL, (limit,))
        ]
    except sqlite3.Error:
        return None
    finally:
        conn.close()
