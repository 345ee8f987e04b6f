"""The few SQL functions SQLite and PostgreSQL spell differently, written once for both.

Each is an SQLAlchemy function with SQLite's spelling as its default and PostgreSQL's compiled
beside it, so a query reads the same on either engine."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Integer, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction


class position(GenericFunction[int]):
    """Where `needle` starts in `text` (1-based), 0 when it is not in it: a plain substring test,
    no LIKE wildcards to escape."""

    type = Integer()
    inherit_cache = True
    name = "instr"


@compiles(position, "postgresql")
def _position_pg(element: position, compiler: Any, **kw: Any) -> str:
    return f"strpos({compiler.process(element.clauses, **kw)})"


class joined(GenericFunction[str]):
    """The texts of a group joined by a separator (an aggregate)."""

    type = String()
    inherit_cache = True
    name = "group_concat"


@compiles(joined, "postgresql")
def _joined_pg(element: joined, compiler: Any, **kw: Any) -> str:
    return f"string_agg({compiler.process(element.clauses, **kw)})"


class days_after(GenericFunction[Any]):
    """The date `days` (a whole number written in the query) after a date or timestamp."""

    type = Date()
    inherit_cache = True
    name = "date"

    def __init__(self, day: Any, days: int, **kw: Any):
        self.days = int(days)
        super().__init__(day, f"+{self.days} days", **kw)


@compiles(days_after, "postgresql")
def _days_after_pg(element: days_after, compiler: Any, **kw: Any) -> str:
    day = compiler.process(next(iter(element.clauses)), **kw)
    return f"(CAST({day} AS date) + {element.days})"


class year_month(GenericFunction[str]):
    """'YYYY-MM' of a date."""

    type = String()
    inherit_cache = True
    name = "strftime"

    def __init__(self, day: Any, **kw: Any):
        super().__init__("%Y-%m", day, **kw)


@compiles(year_month, "postgresql")
def _year_month_pg(element: year_month, compiler: Any, **kw: Any) -> str:
    day = compiler.process(list(element.clauses)[1], **kw)
    return f"to_char({day}, 'YYYY-MM')"
