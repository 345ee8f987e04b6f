"""A team database checked as `csp-desk verify` checks a file: its schema revision is one this
version knows, every table reads, and the database's own guards are all in place."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, InterfaceError, OperationalError

from . import guards
from .db import make_server_engine
from .files import REVISIONS, translate_error
from .models import Base


def server_problems(url: URL) -> tuple[str, list[str]]:
    engine = make_server_engine(url)
    problems: list[str] = []
    try:
        with engine.connect() as connection:
            run = connection.exec_driver_sql
            if not run("SELECT to_regclass('alembic_version') IS NOT NULL").scalar():
                return "-", ["no csp-desk schema (never opened by csp-desk)"]
            revision = str(run("SELECT version_num FROM alembic_version").scalar() or "-")
            if revision not in REVISIONS:
                problems.append(f"schema {revision} is newer than this version knows")
                return revision, problems
            for table in Base.metadata.sorted_tables:
                connection.execute(select(func.count()).select_from(table)).scalar()
            enabled = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'"
            present = {row[0] for row in run(enabled)}
            for name, guarded, _statements in guards.all_guards():
                wanted = [name] + ([f"{name}_truncate"] if name.startswith("retain_") else [])
                missing = [w for w in wanted if w not in present]
                problems += [f"guard {w} on {guarded} is missing or disabled" for w in missing]
            return revision, problems
    except (OperationalError, InterfaceError, DatabaseError) as exc:
        raise translate_error(exc) from exc
    finally:
        engine.dispose()
