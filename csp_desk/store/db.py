"""The SQLite engine with our pragmas, start-up checks, backups before migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from .errors import DatabaseLocked, NewerDatabase, NotADatabase, ReadOnlyDatabase, StoreError

REVISIONS = ("0001",)
"""Every schema revision this version knows, oldest first; the last is the head."""
HEAD = REVISIONS[-1]
BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself so DDL runs inside real transactions
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def translate_error(exc: Exception) -> StoreError:
    """An sqlite failure as the message the producer should see."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked()
    if any(w in text for w in ("readonly", "read-only", "disk is full", "unable to open")):
        return ReadOnlyDatabase()
    if "not a database" in text or "malformed" in text:
        return NotADatabase(path="")
    return StoreError(str(getattr(exc, "orig", exc)))


def schema_revision(path: Path) -> str | None:
    """The revision stamped in the file, None for a new or empty file; raises on a non-database."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
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
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _migrate(engine: Engine, target: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)


class Store:
    """One open database: the engine and a way to open short sessions."""

    def __init__(self, path: Path, engine: Engine):
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed as a whole, or rolled back with a StoreError raised."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except IntegrityError:
            session.rollback()
            raise
        except (OperationalError, DatabaseError) as exc:
            session.rollback()
            raise translate_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def open_store(path: Path, *, backups: Path | None = None) -> Store:
    """Opens (creating or upgrading) the database at `path`.

    A database from a newer version is refused before anything is written. An existing
    database that needs a migration is backed up first into `backups`.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise ReadOnlyDatabase() from exc
    found = schema_revision(path)
    if found is not None and found not in REVISIONS:
        raise NewerDatabase(found=found)
    if found is not None and found != HEAD:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = backups or path.parent / "backups"
        try:
            backup_file(path, folder / f"{path.stem}-{stamp}-before-{HEAD}.sqlite3")
        except (sqlite3.Error, OSError) as exc:
            raise translate_error(exc) from exc
    engine = make_engine(path)
    try:
        if found != HEAD:
            _migrate(engine, HEAD)
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise translate_error(exc) from exc
    return Store(path, engine)
