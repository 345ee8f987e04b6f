"""The migrations build exactly the schema the models describe (nothing forgotten in either)."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from csp_desk.store.db import open_store
from csp_desk.store.models import Base


def test_migrated_database_matches_the_models(tmp_path):
    store = open_store(tmp_path / "fresh.sqlite3")
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    store.close()
    assert differences == []


def test_opening_gives_the_planner_statistics(demo_store):
    import sqlite3

    path = demo_store.path
    demo_store.close()
    open_store(path).close()
    analyzed = {row[0] for row in sqlite3.connect(path).execute("SELECT tbl FROM sqlite_stat1")}
    assert {"client", "work_item"} <= analyzed  # filled after the empty file was first analyzed
