"""The database engine: a SQLite file on the laptop (our pragmas, start-up checks, backups before
migrations), or a team's PostgreSQL server given by its URL (psycopg 3)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from .team import Member

from .errors import BadServerAddress, NewerDatabase, NoServerDriver, ReadOnlyDatabase, TeamNeedsUpgrade
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


SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server(target: object) -> bool:
    """Whether `target` (a --db value, CSP_DESK_DB) names a PostgreSQL server rather than a file."""
    return isinstance(target, str | URL) and str(target).lower().startswith(SERVER_SCHEMES)


def server_url(text: str | URL) -> URL:
    """The SQLAlchemy URL of a team database (`postgresql://user@host:port/dbname`), driven by
    psycopg 3. A password is never needed here: libpq finds it (PGPASSFILE, PGPASSWORD) or the
    keyring gives it (see keychain)."""
    try:
        url = make_url(str(text).replace("postgres://", "postgresql://", 1))
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
        raise BadServerAddress(address=str(text)) from exc
    if url.get_backend_name() != "postgresql" or not url.database:
        raise BadServerAddress(address=str(text))
    return url.set(drivername="postgresql+psycopg")


def shown(url: URL) -> str:
    """The address as it may be shown or logged, and as drafts and the single window are keyed by
    it: never its password, wherever that came from (the address, the keyring, libpq)."""
    return url.set(drivername="postgresql")._replace(password=None).render_as_string(hide_password=False)


def make_server_engine(url: URL) -> Engine:
    try:
        import psycopg  # noqa: F401  (SQLAlchemy would only say "No module named psycopg")
    except ImportError as exc:
        raise NoServerDriver() from exc
    engine = create_engine(
        url,
        future=True,
        pool_pre_ping=True,  # a connection the server or the network dropped is replaced, not used
        pool_size=4,
        connect_args={
            "connect_timeout": 10,
            "application_name": "csp-desk",
            # TLS when the server offers it (libpq's default, said out loud); a team can ask for
            # more with ?sslmode=require or verify-full in the URL
            "sslmode": url.query.get("sslmode", "prefer"),
        },
    )
    event.listen(engine, "begin", _begin_on_server)
    return engine


def _begin_on_server(connection) -> None:  # type: ignore[no-untyped-def]
    # the writers of one database take turns on PostgreSQL too (the counterpart of BEGIN
    # IMMEDIATE): a transaction-scoped advisory lock, released at commit or rollback
    if connection.get_execution_options().get(WRITE):
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


WRITE_LOCK_KEY = 0x637370  # "csp": the key of the writers' advisory lock


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
        if connection.dialect.name == "postgresql":
            # two desks opening a new server at once: one migrates, the other waits and finds
            # the schema made (Alembic reads the revision after the lock)
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
        config.attributes["connection"] = connection
        command.upgrade(config, target)
        if connection.dialect.name == "postgresql":
            from . import team

            if team.exists(connection):  # a new table gets the team's rules in the same transaction
                team.apply(connection)


MIGRATION_LOCK_KEY = 0x637371


def _os_user() -> str:
    import getpass

    try:
        return getpass.getuser()[:63]
    except Exception:  # no user name in the environment (a service account, a container)
        return ""


class Store:
    """One open database: the engine and a way to open short sessions."""

    def __init__(self, path: Path | None, engine: Engine, *, url: URL | None = None):
        self.path = path
        """The SQLite file; None for a team database on a server (see `url`)."""
        self.url = url
        """The team database's address (password-free when shown: `shown(url)`); None for a file."""
        self.engine = engine
        self.actor = _os_user() if url is None else (url.username or "")
        """Who signs the audit log: the sign-in name on a server (which the server itself writes
        there), the computer's user for a file."""
        self._sessions = sessionmaker(engine, expire_on_commit=False, info={"actor": self.actor})
        self.member: Member | None = None
        """Who signed in to a team database, and their role (store/team.py); None for a file."""
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

    @property
    def on_server(self) -> bool:
        return self.url is not None

    @property
    def where(self) -> str:
        """Where the data is, as the producer may read it: the file, or the server's address."""
        return shown(self.url) if self.url is not None else str(self.path)

    def close(self) -> None:
        if self.on_server:  # the server keeps its own statistics (autovacuum)
            self.engine.dispose()
            while self.on_close:
                self.on_close.pop()()
            return
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


def open_store(path: Path | str | URL, *, backups: Path | None = None) -> Store:
    """Opens (creating or upgrading) the database at `path`: a SQLite file, or a PostgreSQL
    server's URL (`postgresql://user@host:port/dbname`).

    A database from a newer version is refused before anything is written. An existing
    database file that needs a migration is backed up first into `backups` (a server's is the
    team's to back up: pg_dump, or `csp-desk backup`).
    """
    if isinstance(path, str | URL) and is_server(path):
        return _open_server(server_url(path))
    path = Path(str(path))
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


def _server_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not connection.exec_driver_sql("SELECT to_regclass('alembic_version') IS NOT NULL").scalar():
            return None
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return row[0] if row else None


def _may_migrate(engine: Engine) -> bool:
    """Whether whoever signed in may change the schema: its owner (or a superuser). A team's
    members may not: their administrator updates the database (csp-desk team init)."""
    with engine.connect() as connection:
        return bool(
            connection.exec_driver_sql(
                "SELECT pg_has_role(current_user, tableowner, 'MEMBER') FROM pg_tables "
                "WHERE tablename = 'alembic_version' AND schemaname = current_schema()"
            ).scalar()
        )


def _open_server(url: URL) -> Store:
    engine = make_server_engine(url)
    try:
        found = _server_revision(engine)
        if found is not None and found not in REVISIONS:
            raise NewerDatabase(found=found)
        if found != HEAD:
            if found is not None and not _may_migrate(engine):
                raise TeamNeedsUpgrade(found=found)
            _migrate(engine, HEAD)
    except (OperationalError, InterfaceError, DatabaseError) as exc:
        engine.dispose()
        raise translate_error(exc) from exc
    except BaseException:
        engine.dispose()
        raise
    store = Store(None, engine, url=url)
    try:
        with engine.connect() as connection:
            from .team import signed_in

            store.member = signed_in(connection)
    except (OperationalError, InterfaceError, DatabaseError) as exc:
        store.close()
        raise translate_error(exc) from exc
    return store
