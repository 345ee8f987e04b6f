"""A list from outside (rows of text, the first a header) read into client or worker drafts:
columns found by their Japanese or English names, every row checked with the form's own rules,
and every problem reported with its row and column — the list is taken whole or not at all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .client import ClientDraft
from .prefectures import PREFECTURES
from .text import QT_TRANSLATE_NOOP, FieldError, Refused, search_key
from .values import parse_count
from .worker import WorkerDraft, WorkerKind

NO_NAME_COLUMN = QT_TRANSLATE_NOOP(
    "import", "The first row must name the columns, one of them the name ({names}). Found: {found}"
)
NO_ROWS = QT_TRANSLATE_NOOP("import", "There are no rows below the header row.")
TWICE = QT_TRANSLATE_NOOP("import", "Two columns are read as {column}: {first} and {second}.")
BAD_KIND = QT_TRANSLATE_NOOP("validation", "Write 個人 (individual) or 法人 (corporation).")
BAD_YES_NO = QT_TRANSLATE_NOOP("validation", "Write あり or なし (yes or no), or leave it empty.")


@dataclass(frozen=True)
class RowError:
    row: int
    """The row number as the spreadsheet shows it (the header is row 1)."""
    column: str
    """The column's heading as written in the file."""
    error: FieldError


@dataclass
class ReadList:
    drafts: list[tuple[int, Any]] = field(default_factory=list)
    """(row number, cleaned draft) for every row that passed."""
    errors: list[RowError] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)


class ListRefused(Refused):
    """The header cannot be read at all."""


@dataclass(frozen=True)
class ListKind:
    headers: dict[str, tuple[str, ...]]
    """Column names a list may use for each field (compared NFKC, case and spacing ignored,
    hiragana as katakana); the first is the one messages use."""
    make: Callable[[dict[str, str]], tuple[Any, list[FieldError]]]
    """A draft from one row's texts, with the errors of texts that could not even be parsed."""

    def column_of(self, heading: str) -> str | None:
        key = search_key(heading)
        return next((f for f, names in self.headers.items() if key in {search_key(n) for n in names}), None)


def _prefecture(text: str) -> str:
    """東京 → 東京都, 大阪 → 大阪府: a prefecture written without its suffix is still found."""
    if not text or text in PREFECTURES:
        return text
    return next((p for p in PREFECTURES if p[:-1] == text), text)


def _client(values: dict[str, str]) -> tuple[ClientDraft, list[FieldError]]:
    parsed: dict[str, object] = dict(values)
    problems: list[FieldError] = []
    for name in ("employees", "capital"):
        if name in values:
            parsed[name], found = parse_count(name, values[name])
            problems += found
    if "prefecture" in values:
        parsed["prefecture"] = _prefecture(values["prefecture"])
    return ClientDraft(**parsed), problems  # type: ignore[arg-type]


_KINDS = {search_key(k): v for v, words in {
    WorkerKind.INDIVIDUAL: ("個人", "個人事業主", "フリーランス", "individual", "person"),
    WorkerKind.CORPORATION: ("法人", "会社", "corporation", "company"),
}.items() for k in words}  # fmt: skip
_YES_NO = {search_key(k): v for v, words in {
    True: ("あり", "有", "はい", "yes", "y", "true", "1", "○"),
    False: ("なし", "無", "いいえ", "no", "n", "false", "0", "×"),
}.items() for k in words}  # fmt: skip


def _worker(values: dict[str, str]) -> tuple[WorkerDraft, list[FieldError]]:
    parsed: dict[str, object] = dict(values)
    problems: list[FieldError] = []
    if "kind" in values:
        kind = _KINDS.get(search_key(values["kind"])) if values["kind"] else WorkerKind.INDIVIDUAL
        if kind is None:
            problems.append(FieldError("kind", BAD_KIND))
        parsed["kind"] = (kind or WorkerKind.INDIVIDUAL).value
    if "has_employees" in values:
        text = values["has_employees"]
        parsed["has_employees"] = _YES_NO.get(search_key(text)) if text else None
        if text and parsed["has_employees"] is None:
            problems.append(FieldError("has_employees", BAD_YES_NO))
    if "prefecture" in values:
        parsed["prefecture"] = _prefecture(values["prefecture"])
    return WorkerDraft(**parsed), problems  # type: ignore[arg-type]


CLIENTS = ListKind(
    headers={
        "name": ("顧客名", "会社名", "企業名", "事業者名", "法人名", "屋号", "名称", "取引先名", "name",
                 "client", "company"),
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
    },
    make=_client,
)  # fmt: skip
WORKERS = ListKind(
    headers={
        "name": ("氏名", "名前", "ワーカー名", "ユーザー名", "屋号", "name", "worker"),
        "kana": ("フリガナ", "ふりがな", "カナ", "よみがな", "kana"),
        "platform": ("プラットフォーム", "サイト", "登録サイト", "platform"),
        "profile_url": ("プロフィールURL", "プロフィール", "URL", "profile", "profile url"),
        "kind": ("個人・法人", "個人/法人", "区分", "形態", "kind"),
        "has_employees": ("従業員", "従業員の有無", "従業員あり", "employees"),
        "prefecture": ("都道府県", "所在地", "prefecture"),
        "skills": ("スキル", "得意分野", "skills"),
        "invoice_number": ("登録番号", "インボイス番号", "適格請求書発行事業者登録番号", "invoice number"),
        "notes": ("メモ", "備考", "notes", "note", "memo"),
    },
    make=_worker,
)  # fmt: skip


def read_list(rows: list[list[str]], kind: ListKind) -> ReadList:
    """Drafts and row errors from a table whose first row holds the column names."""
    if not rows:
        raise ListRefused(NO_ROWS)
    header = rows[0]
    columns: dict[str, int] = {}
    out = ReadList()
    for index, heading in enumerate(header):
        target = kind.column_of(heading)
        if target is None:
            if heading.strip():
                out.ignored_columns.append(heading.strip())
            continue
        if target in columns:
            raise ListRefused(
                TWICE, column=kind.headers[target][0], first=header[columns[target]], second=heading
            )
        columns[target] = index
    if "name" not in columns:
        names = "・".join(kind.headers["name"][:2])
        raise ListRefused(
            NO_NAME_COLUMN, names=names, found="、".join(h.strip() for h in header if h.strip())[:200]
        )
    if len(rows) < 2:
        raise ListRefused(NO_ROWS)
    for number, row in enumerate(rows[1:], start=2):
        values = {f: (row[i].strip() if i < len(row) else "") for f, i in columns.items()}
        draft, problems = kind.make(values)
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
