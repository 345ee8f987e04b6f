"""Tables from outside — a CSV file or an Excel workbook someone sends the producer — read into
rows of text, guarded against what such files can carry: a size or an unpacked size far beyond a
client list (a zip bomb), rows without end, unknown encodings, NULs, formulas (their values are
read, never evaluated). Qt-free; what goes wrong is a TableError with a message to translate."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from .domain.text import QT_TRANSLATE_NOOP, Refused

MAX_FILE_MB = 20
MAX_UNPACKED_MB = 200
"""What the parts of an .xlsx may declare unpacked, together (the reader stops at what they declare)."""
MAX_ROWS = 20_000
MAX_CELL = 100_000
"""Characters in one cell; longer ones are refused (the fields' own limits are lower)."""
CSV_SUFFIXES = (".csv", ".txt", ".tsv")

Progress = Callable[[int, int], None]


class TableError(Refused):
    """A file that cannot be read as a table."""


TOO_BIG = QT_TRANSLATE_NOOP("import", "{name} is larger than {limit} MB; it was not read.")
UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "import", "{name} is not a CSV file (.csv, .txt) or an Excel workbook (.xlsx)."
)
OLD_EXCEL = QT_TRANSLATE_NOOP(
    "import", "{name} is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) or as CSV first."
)
NOT_TEXT = QT_TRANSLATE_NOOP(
    "import",
    "{name} is not text in UTF-8 or Shift_JIS. In Excel, save it as “CSV UTF-8 (comma delimited)”.",
)
NOT_WORKBOOK = QT_TRANSLATE_NOOP("import", "{name} is not an Excel workbook or is damaged.")
UNPACKS_TOO_LARGE = QT_TRANSLATE_NOOP(
    "import", "{name} would unpack to more than {limit} MB, far more than a list needs; it was not read."
)
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "import", "{name} has more than {limit:,} rows; split it into smaller files."
)
CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "import", "Row {row} of {name} has a cell longer than {limit:,} characters."
)
BROKEN_CSV = QT_TRANSLATE_NOOP("import", "{name} cannot be read as CSV near row {row}: {detail}")
CANNOT_READ = QT_TRANSLATE_NOOP("import", "{name} cannot be read: {detail}")


def _no_progress(_done: int, _total: int) -> None:
    return None


def _clean(value: Any) -> str:
    """A cell as text: whole numbers without ".0", dates as yyyy-mm-dd, NULs and other control
    characters (but line breaks and tabs) dropped."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        text = value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    elif isinstance(value, date | time):
        text = value.isoformat()
    else:
        text = str(value)
    return "".join(c for c in text if (c >= " " and c != "\x7f") or c in "\n\t")


def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "cp932")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise TableError(NOT_TEXT, name=name)


def _read_csv(path: Path, progress: Progress) -> list[list[str]]:
    text = _decode(path.read_bytes(), path.name)
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if first_line.count("\t") > first_line.count(",") else ","
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            rows.append(_checked(row, len(rows) + 1, path.name))
            if len(rows) % 1000 == 0:
                progress(len(rows), 0)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise TableError(CELL_TOO_LONG, name=path.name, row=len(rows) + 1, limit=MAX_CELL) from exc
        raise TableError(BROKEN_CSV, name=path.name, row=len(rows) + 1, detail=str(exc)) from exc
    return rows


def _checked(row: list[Any], number: int, name: str) -> list[str]:
    if number > MAX_ROWS + 1:  # the header row and MAX_ROWS rows of data
        raise TableError(TOO_MANY_ROWS, name=name, limit=MAX_ROWS)
    cells = [_clean(value) for value in row]
    if any(len(cell) > MAX_CELL for cell in cells):
        raise TableError(CELL_TOO_LONG, name=name, row=number, limit=MAX_CELL)
    return cells


def _read_xlsx(path: Path, progress: Progress) -> list[list[str]]:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise TableError(NOT_WORKBOOK, name=path.name) from exc
    if unpacked > MAX_UNPACKED_MB * 1024 * 1024:
        raise TableError(UNPACKS_TOO_LARGE, name=path.name, limit=MAX_UNPACKED_MB)
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged part (KeyError, XML errors …)
        raise TableError(NOT_WORKBOOK, name=path.name) from exc
    rows: list[list[str]] = []
    try:
        cells = workbook.worksheets[0].iter_rows(values_only=True)
        while True:
            try:
                row = next(cells)
            except StopIteration:
                break
            except Exception as exc:  # a damaged sheet shows only as it is read
                raise TableError(NOT_WORKBOOK, name=path.name) from exc
            rows.append(_checked(list(row), len(rows) + 1, path.name))
            if len(rows) % 1000 == 0:
                progress(len(rows), 0)  # may raise to cancel: that goes through as it is
    finally:
        workbook.close()
    return rows


def read_table(path: Path, progress: Progress = _no_progress) -> list[list[str]]:
    """The rows of a CSV file or of an Excel workbook's first sheet, as text, trailing blanks
    trimmed and blank rows dropped; raises TableError with a message for the producer."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TableError(CANNOT_READ, name=path.name, detail=exc.strerror or str(exc)) from exc
    if size > MAX_FILE_MB * 1024 * 1024:
        raise TableError(TOO_BIG, name=path.name, limit=MAX_FILE_MB)
    suffix = path.suffix.lower()
    try:
        if suffix in CSV_SUFFIXES:
            rows = _read_csv(path, progress)
        elif suffix in (".xlsx", ".xlsm"):
            rows = _read_xlsx(path, progress)
        elif suffix == ".xls":
            raise TableError(OLD_EXCEL, name=path.name)
        else:
            raise TableError(UNKNOWN_KIND, name=path.name)
    except OSError as exc:
        raise TableError(CANNOT_READ, name=path.name, detail=exc.strerror or str(exc)) from exc
    out = []
    for row in rows:
        while row and not row[-1].strip():
            row.pop()
        if row:
            out.append(row)
    return out
