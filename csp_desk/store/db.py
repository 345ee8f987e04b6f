"""The SQLite engine with our pragmas, start-up checks, backups before migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from .errors import NewerDatabase, ReadOnlyDatabase
from .files import BUSY_TIMEOUT_MS, HEAD, REVISIONS, backup_file, schema_revision, translate_error


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
        from .audit import watch

        watch(self._sessions)
        self.on_close: list[Callable[[], object]] = []
        """Called once the engine is closed (the window releases its single-writer lock here)."""

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed as a whole, or rolled back with a StoreError raised."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except IntegrityError as exc:
            session.rollback()
            if "csp-desk" in str(exc.orig):  # a rule the database itself keeps (retention …)
                raise translate_error(exc) from exc
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
        while self.on_close:
            self.on_close.pop()()


def _refresh_statistics(engine: Engine) -> None:
    """Gives SQLite's planner table statistics: without them it guesses, and on a large database
    a list can take twice as long. ANALYZE runs once when there are none (0.5 s on the large demo,
    in the opening worker); otherwise PRAGMA optimize. Best effort: a read-only file is fine."""
    with suppress(Exception), engine.begin() as connection:
        has_stats = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first() is not None  # fmt: skip
        connection.exec_driver_sql("PRAGMA optimize" if has_stats else "ANALYZE")


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
    _refresh_statistics(engine)
    return Store(path, engine)
