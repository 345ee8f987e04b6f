"""A client list from outside (rows of text, the first a header) read into client drafts: columns
found by their Japanese or English names, every row checked, and every problem reported with its
row and column — the list is taken whole or not at all."""

from __future__ import annotations

from dataclasses import dataclass, field

from .client import ClientDraft
from .prefectures import PREFECTURES
from .text import QT_TRANSLATE_NOOP, FieldError, Refused, search_key
from .values import parse_count

HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "顧客名",
        "会社名",
        "企業名",
        "事業者名",
        "法人名",
        "屋号",
        "名称",
        "取引先名",
        "name",
        "client",
        "company",
    ),
    "kana": ("フリガナ", "ふりがな", "カナ", "よみがな", "読み", "kana"),
    "industry": ("業種", "業界", "industry"),
    "employees": ("従業員数", "従業員", "社員数", "employees"),
    "capital": ("資本金", "資本金（円）", "capital"),
    "prefecture": ("都道府県", "所在地（都道府県）", "prefecture"),
    "address": ("住所", "所在地", "address"),
    "contact_person": ("担当者", "担当者名", "ご担当者", "代表者", "contact", "contact person"),
    "phone": ("電話番号", "電話", "TEL", "phone", "telephone"),
    "email": ("メールアドレス", "メール", "Eメール", "email", "e-mail", "mail"),
    "corporate_number": ("法人番号", "corporate number"),
    "notes": ("メモ", "備考", "notes", "note", "memo"),
}
"""Column names a producer's list may use for each client field (compared NFKC, case and
spacing ignored, hiragana as katakana)."""
_BY_KEY = {search_key(name): field for field, names in HEADERS.items() for name in names}

NO_NAME_COLUMN = QT_TRANSLATE_NOOP(
    "import",
    "The first row must name the columns, one of them the client's name (顧客名 or 会社名). Found: {found}",
)
NO_ROWS = QT_TRANSLATE_NOOP("import", "There are no clients below the header row.")
TWICE = QT_TRANSLATE_NOOP("import", "Two columns are read as {column}: {first} and {second}.")


@dataclass(frozen=True)
class RowError:
    row: int
    """The row number as the spreadsheet shows it (the header is row 1)."""
    column: str
    """The column's heading as written in the file."""
    error: FieldError


@dataclass
class ClientList:
    drafts: list[tuple[int, ClientDraft]] = field(default_factory=list)
    """(row number, draft) for every row that passed."""
    errors: list[RowError] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)


class ListRefused(Refused):
    """The header cannot be read at all."""


def _prefecture(text: str) -> str:
    """東京 → 東京都, 大阪 → 大阪府: a prefecture written without its suffix is still found."""
    if not text or text in PREFECTURES:
        return text
    return next((p for p in PREFECTURES if p[:-1] == text), text)


def read_client_list(rows: list[list[str]]) -> ClientList:
    """Drafts and row errors from a table whose first row holds the column names."""
    if not rows:
        raise ListRefused(NO_ROWS)
    header = rows[0]
    columns: dict[str, int] = {}
    out = ClientList()
    for index, heading in enumerate(header):
        target = _BY_KEY.get(search_key(heading))
        if target is None:
            if heading.strip():
                out.ignored_columns.append(heading.strip())
            continue
        if target in columns:
            raise ListRefused(TWICE, column=HEADERS[target][0], first=header[columns[target]], second=heading)
        columns[target] = index
    if "name" not in columns:
        raise ListRefused(NO_NAME_COLUMN, found="、".join(h.strip() for h in header if h.strip())[:200])
    if len(rows) < 2:
        raise ListRefused(NO_ROWS)
    for number, row in enumerate(rows[1:], start=2):
        values = {f: (row[i].strip() if i < len(row) else "") for f, i in columns.items()}
        parsed: dict[str, object] = dict(values)
        problems: list[FieldError] = []
        for name in ("employees", "capital"):
            if name in values:
                parsed[name], found = parse_count(name, values[name])
                problems += found
        if "prefecture" in values:
            parsed["prefecture"] = _prefecture(values["prefecture"])
        draft = ClientDraft(**parsed)  # type: ignore[arg-type]
        problems += draft.errors()
        if problems:
            problems.sort(key=lambda p: columns.get(p.field, len(header)))  # as the columns run
            out.errors += [
                RowError(number, header[columns[p.field]].strip() if p.field in columns else p.field, p)
                for p in problems
            ]
        else:
            out.drafts.append((number, draft.cleaned()))
    return out
