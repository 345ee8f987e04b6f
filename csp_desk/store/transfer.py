"""A whole database copied row for row between engines: a team server's backup is a csp-desk
SQLite file (opened, checked and restored like any other), and such a file restores into a new,
empty database on a server.

Both sides are at the same schema revision (each is opened, and so migrated, first). The rows go
table by table, parents before children, in one transaction on the receiving side: a copy is
whole or not there at all. The guards are not in the way (they refuse deletes and updates, not
inserts) and nothing is written to the audit log: these are the records as they were."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Integer, func, insert, select, text

from .db import Store
from .errors import NotEmpty
from .models import Base

CHUNK = 2000


def row_counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as connection:
        return {
            table.name: int(connection.execute(select(func.count()).select_from(table)).scalar() or 0)
            for table in Base.metadata.sorted_tables
        }


def copy_rows(source: Store, target: Store, progress: Callable[[int, int], object] | None = None) -> int:
    """Copies every row of `source` into the empty `target`; returns how many rows were copied.
    `progress(done, total)` is called as tables are copied."""
    counts = row_counts(source)
    filled = next((name for name, n in row_counts(target).items() if n), None)
    if filled is not None:
        raise NotEmpty(where=target.where, table=filled)
    total, done = sum(counts.values()), 0
    with source.engine.connect() as reading, target.engine.begin() as writing:
        for table in Base.metadata.sorted_tables:
            if not counts[table.name]:
                continue
            query = select(table).order_by(*table.primary_key)
            rows = reading.execution_options(yield_per=CHUNK).execute(query)
            for chunk in rows.mappings().partitions(CHUNK):
                writing.execute(insert(table), [dict(row) for row in chunk])
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
        if writing.dialect.name == "postgresql":  # the next new record's number follows the copied ones
            for table in Base.metadata.sorted_tables:
                key = list(table.primary_key.columns)
                if len(key) == 1 and isinstance(key[0].type, Integer) and counts[table.name]:
                    writing.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key[0].name}'), "
                        f"(SELECT max({key[0].name}) FROM {table.name}))"))  # fmt: skip
    return total
