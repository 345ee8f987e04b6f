"""Regional minimum wages (REFERENCE §7) as data: one row per prefecture and fiscal year.

A new year's figures are new rows in data/minimum_wages.csv (or added in Settings); the rate in
force on a date is the row with the latest `valid_from` not after it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .catalogue import CatalogueError
from .prefectures import PREFECTURES
from .text import QT_TRANSLATE_NOOP

NATIONAL = "全国加重平均"
COLUMNS = ("prefecture", "fiscal_year", "yen", "valid_from", "source")
NEW_YEAR_MONTH, NEW_YEAR_DAY = 10, 1
"""A fiscal year's minimum wages take effect from 1 October (some prefectures later)."""

_BAD = QT_TRANSLATE_NOOP("catalogue", "{value!r} is not allowed here")
_MISSING = QT_TRANSLATE_NOOP("catalogue", "this field is missing")


@dataclass(frozen=True)
class WageRow:
    prefecture: str
    fiscal_year: int
    yen: int
    valid_from: date
    source: str


@dataclass(frozen=True)
class WageInForce:
    yen: int
    prefecture: str
    fiscal_year: int
    valid_from: date


class MinimumWages:
    def __init__(self, rows: list[WageRow]):
        self._rows: dict[str, list[WageRow]] = {}
        for row in sorted(rows, key=lambda r: r.valid_from):
            self._rows.setdefault(row.prefecture, []).append(row)

    def in_force(self, prefecture: str | None, on: date) -> WageInForce | None:
        """The rate on `on` for `prefecture` (national average when unknown or not listed)."""
        name = prefecture if prefecture in self._rows else NATIONAL
        rows = [r for r in self._rows.get(name, []) if r.valid_from <= on]
        if not rows:
            return None
        row = rows[-1]
        return WageInForce(row.yen, row.prefecture, row.fiscal_year, row.valid_from)

    def rows(self) -> list[WageRow]:
        return [row for rows in self._rows.values() for row in rows]

    def merged(self, other: MinimumWages) -> MinimumWages:
        """Both tables; a row of `other` replaces one for the same prefecture and year."""
        keep = {(r.prefecture, r.fiscal_year): r for r in self.rows()}
        keep.update({(r.prefecture, r.fiscal_year): r for r in other.rows()})
        return MinimumWages(list(keep.values()))

    @property
    def newest_year(self) -> int:
        return max((r.fiscal_year for rows in self._rows.values() for r in rows), default=0)

    def newer_year_due(self) -> date | None:
        """1 October of the year after the newest fiscal year began: every 1 October a new year
        takes effect, so after this day a newer year than any in the table should be in force."""
        year = self.newest_year
        return date(year + 1, NEW_YEAR_MONTH, NEW_YEAR_DAY) if year else None

    def may_be_stale(self, on: date) -> bool:
        """True when `on` is after the day a newer year should have taken effect (issue 12): the
        figures may be out of date; the newest known rates are still used."""
        due = self.newer_year_due()
        return due is not None and on > due


def parse_wages(text: str, path: Path) -> MinimumWages:
    """Reads a minimum wage table; CatalogueError names the line and column of any problem."""
    try:
        return _parse_wages(text, path)
    except csv.Error as exc:  # a stray quote or line break the CSV format cannot hold
        raise CatalogueError(path, "line ?", "-", _BAD, value=str(exc)) from exc


def _parse_wages(text: str, path: Path) -> MinimumWages:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise CatalogueError(path, "header", ",".join(COLUMNS), _BAD, value=reader.fieldnames)
    rows = []
    known = {*PREFECTURES, NATIONAL}
    for number, record in enumerate(reader, start=2):
        entry = f"line {number}"
        for column in COLUMNS[:4]:
            if not (record.get(column) or "").strip():
                raise CatalogueError(path, entry, column, _MISSING)
        if record["prefecture"] not in known:
            raise CatalogueError(path, entry, "prefecture", _BAD, value=record["prefecture"])
        try:
            year, yen = int(record["fiscal_year"]), int(record["yen"])
            valid_from = date.fromisoformat(record["valid_from"])
        except ValueError as exc:
            raise CatalogueError(path, entry, "fiscal_year/yen/valid_from", _BAD, value=str(exc)) from exc
        if yen <= 0 or not 2000 <= year <= 2100:
            raise CatalogueError(path, entry, "yen", _BAD, value=yen)
        rows.append(WageRow(record["prefecture"], year, yen, valid_from, record.get("source") or ""))
    return MinimumWages(rows)


def load_wages(path: Path) -> MinimumWages:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(path, "-", "-", _BAD, value=str(exc)) from exc
    return parse_wages(text, path)


def to_csv(wages: MinimumWages) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in sorted(wages.rows(), key=lambda r: (r.prefecture, r.valid_from)):
        writer.writerow((row.prefecture, row.fiscal_year, row.yen, row.valid_from.isoformat(), row.source))
    return out.getvalue()
