"""The migrations build exactly the schema the models describe (nothing forgotten in either)."""

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from csp_desk.store import db
from csp_desk.store.db import open_store
from csp_desk.store.models import Base

BOTH_ENGINES = True  # a fresh database on SQLite and on PostgreSQL (conftest)


def test_migrated_database_matches_the_models(database):
    store = open_store(database)
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    store.close()
    assert differences == []


def test_every_migration_goes_down_and_up_again_with_its_guards(database):
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import inspect

    from csp_desk.store.db import HEAD
    from csp_desk.store.errors import UnchangedRecord

    store = open_store(database)
    config = Config()
    config.set_main_option("script_location", str(Path(db.__file__).parent / "migrations"))
    for target in ("base", HEAD):
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            (command.downgrade if target == "base" else command.upgrade)(config, target)
    assert "audit_log" in inspect(store.engine).get_table_names()
    with store.session() as session:  # the guards came back with the tables
        session.execute(text("INSERT INTO audit_log (at, table_name, record_id, action, changes) "
                             "VALUES (CURRENT_TIMESTAMP, 'client', 1, 'insert', '{}')"))  # fmt: skip
    with pytest.raises(UnchangedRecord), store.session() as session:
        session.execute(text("UPDATE audit_log SET changes = '[]'"))
    store.close()


@pytest.mark.sqlite_only
def test_opening_gives_the_planner_statistics(demo_store):
    import sqlite3

    path = demo_store.path
    demo_store.close()
    open_store(path).close()
    analyzed = {row[0] for row in sqlite3.connect(path).execute("SELECT tbl FROM sqlite_stat1")}
    assert {"client", "work_item"} <= analyzed  # filled after the empty file was first analyzed
