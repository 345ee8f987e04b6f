"""The SQLite engine with our pragmas, start-up checks, backups before migrations."""

from __future__ import annotations

import sqlite3
import threading
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
    event.listen(engine, "begin", _begin)
    return engine


WRITE = "csp_desk_write"
"""The execution option of a writing session (Store.write): its transaction begins IMMEDIATE."""


def _begin(connection) -> None:  # type: ignore[no-untyped-def]
    # a writer takes SQLite's write lock at BEGIN: it waits (busy timeout) before doing any work,
    # never half-way through it, and a reader never has to be upgraded
    immediate = connection.get_execution_options().get(WRITE)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


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
        self._writing = threading.Lock()
        self._writer: int | None = None

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

    @contextmanager
    def write(self) -> Iterator[Session]:
        """The one way a change is written: one transaction, committed whole or not at all, the
        writers of this program one at a time in turn (the window's and a worker's), each taking
        the database's write lock as it begins. Work that takes long (reading and checking an
        imported file) is done before, so nobody waits on it."""
        if self._writer == threading.get_ident():
            raise RuntimeError("a write inside a write: the inner one would wait for ever")
        with self._writing:
            self._writer = threading.get_ident()
            try:
                with self.session() as session:
                    session.connection(execution_options={WRITE: True})
                    yield session
            finally:
                self._writer = None

    def close(self) -> None:
        # statistics follow what this session's queries met (tables grown 25-fold get ANALYZE)
        with suppress(Exception), self.engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA analysis_limit = 1000")  # bounded: closing stays quick
            connection.exec_driver_sql("PRAGMA optimize")
        self.engine.dispose()
        while self.on_close:
            self.on_close.pop()()


PLANNED_TABLES = ("client", "work_item", "engagement", "work_contract", "work_payment", "worker")
"""Tables whose statistics the lists and the dashboard need; one with rows but none is analyzed."""


def _refresh_statistics(engine: Engine) -> None:
    """Gives SQLite's planner table statistics: without them it guesses, and on a large database
    a list or the ledger can take a hundred times as long (the ledger's query: 2.5 s against 182 s).
    ANALYZE runs when one of the main tables has rows but no statistics (a new database analyzed
    while empty, a demo filled in bulk): 0.5 s on the large demo, in the opening worker. Growth
    after that is PRAGMA optimize's, run on close. Best effort: a read-only file is fine."""
    with suppress(Exception), engine.begin() as connection:
        run = connection.exec_driver_sql
        analyzed = set()
        if run("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first() is not None:
            analyzed = {row[0] for row in run("SELECT DISTINCT tbl FROM sqlite_stat1")}
        unplanned = [
            table for table in PLANNED_TABLES
            if table not in analyzed and run(f"SELECT EXISTS (SELECT 1 FROM {table})").scalar()
        ]  # fmt: skip
        if unplanned or not analyzed:
            run("ANALYZE")


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
