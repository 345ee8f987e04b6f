"""The client file (format csp-desk.client/1): one client with everything recorded about it —
the client record, its consultations, their problems, each problem's work items, and each work
item's posting draft (a csp-desk.order/1 object) and posting record. How a participant's laptop,
a facilitator's laptop and a producer's desk exchange work offline. Schema: data/client.schema.json.

Left out on purpose: orders, contracts, payments, workers and contact logs (a producer's desk owns
those and keeps them for years; a workshop participant has none), posted versions and issued
notices (records kept as they went out), the reasons given for setting a warning aside, and the
archived flag (an imported client is active). Ids are never read: the importing desk gives new ones.

Read strictly, like an order file: an unknown field, a wrong type, an impossible date, a number out
of range, a text too long or a list too long is an error naming where it is.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

from .breakdown import WorkItemDraft
from .client import ClientDraft
from .consultation import ConsultationDraft, check_problem_title
from .order_types import OrderType
from .orders import (
    DUPLICATE,
    NOT_JSON,
    NOT_UTF8,
    TOO_SMALL,
    WRONG_TYPE,
    Order,
    OrderFileError,
    Reader,
    _choice,
    _date,
    _integer,
    _object,
    _plain,
    _string,
    _where,
    order_to_json,
    parse_order,
)
from .posting_record import PostingRecord, parse_record, record_to_json
from .text import MAX_LINE, QT_TRANSLATE_NOOP, InvalidInput
from .values import MAX_YEN

FORMAT = "csp-desk.client/1"

MAX_FILE_BYTES = 50_000_000
"""A client file larger than this is no client's record."""
MAX_POSTING_TEXT = 100_000
"""Longest text in a posting or its record (as csp-desk.order/1 allows)."""
MAX_CONSULTATIONS = 1_000
MAX_PROBLEMS = 200
"""Problems of one consultation."""
MAX_WORK_ITEMS = 200
"""Work items of one problem."""
MAX_LIST = 200
"""Entries of any other list (a posting record's undetermined terms)."""
MAX_NUMBER = MAX_YEN
"""Any whole number in the file (yen, counts): larger is a stray paste, and would not store."""
MAX_HOURS = 1_000_000

WRONG_FORMAT = QT_TRANSLATE_NOOP(
    "orders", "{where}: {value} is not a client file this version reads (it reads {allowed})"
)
TOO_LARGE_FILE = QT_TRANSLATE_NOOP("orders", "the file is larger than {limit:,} bytes")
TOO_LONG_TEXT = QT_TRANSLATE_NOOP("orders", "{where}: the text is longer than {limit:,} characters")
TOO_MANY = QT_TRANSLATE_NOOP("orders", "{where}: more than {limit:,} entries")
TOO_BIG = QT_TRANSLATE_NOOP("orders", "{where}: {value} is above the maximum {maximum}")
INVALID = QT_TRANSLATE_NOOP("orders", "{where}: {problem}")
"""`problem` is a message of the "validation" context (the check a form makes), to be filled in
with the error's other parameters: see problem_text."""


@dataclass(frozen=True)
class WorkItemEntry:
    draft: WorkItemDraft
    posting: Order | None = None
    record: PostingRecord | None = None


@dataclass(frozen=True)
class ProblemEntry:
    title: str
    catalogue_id: str | None = None
    work_items: tuple[WorkItemEntry, ...] = ()


@dataclass(frozen=True)
class ConsultationEntry:
    draft: ConsultationDraft
    problems: tuple[ProblemEntry, ...] = ()


@dataclass(frozen=True)
class ClientFile:
    client: ClientDraft
    consultations: tuple[ConsultationEntry, ...] = ()
    exported_on: date | None = None
    source_id: int | None = None
    """The client's id on the desk that wrote the file: for people reading it, never used."""


# --- reading -------------------------------------------------------------------------------


def _text(limit: int) -> Reader:
    def read(value: Any, path: str) -> str:
        text = _string(value, path)
        if len(text) > limit:
            raise OrderFileError(TOO_LONG_TEXT, where=_where(path), limit=limit)
        return text

    return read


def _count(minimum: int) -> Reader:
    at_least = _integer(minimum)

    def read(value: Any, path: str) -> int:
        number: int = at_least(value, path)
        if number > MAX_NUMBER:
            raise OrderFileError(TOO_BIG, where=_where(path), value=number, maximum=MAX_NUMBER)
        return number

    return read


def _hours(value: Any, path: str) -> float:
    if isinstance(value, int) and not isinstance(value, bool) and value > MAX_HOURS:
        raise OrderFileError(TOO_BIG, where=_where(path), value=value, maximum=MAX_HOURS)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise OrderFileError(WRONG_TYPE, where=_where(path), expected=QT_TRANSLATE_NOOP("orders", "a number"))
    if value < 0:
        raise OrderFileError(TOO_SMALL, where=_where(path), value=value, minimum=0)
    if value > MAX_HOURS:
        raise OrderFileError(TOO_BIG, where=_where(path), value=value, maximum=MAX_HOURS)
    return float(value)


def _list_of(item: Reader, limit: int) -> Reader:
    def read(value: Any, path: str) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise OrderFileError(
                WRONG_TYPE, where=_where(path), expected=QT_TRANSLATE_NOOP("orders", "a list")
            )
        if len(value) > limit:
            raise OrderFileError(TOO_MANY, where=_where(path), limit=limit)
        return tuple(item(entry, f"{path}[{index}]") for index, entry in enumerate(value))

    return read


def _checked(draft: Any, path: str) -> Any:
    """The draft, or the first error its form would show, at `path.field`."""
    found = draft.errors()
    if found:
        first = found[0]
        raise OrderFileError(INVALID, where=f"{path}.{first.field}", problem=first.message, **first.params)
    return draft


def _bounded(value: Any, path: str) -> None:
    """Every text and list inside a posting or a record within the limits of csp-desk.order/1."""
    if isinstance(value, str) and len(value) > MAX_POSTING_TEXT:
        raise OrderFileError(TOO_LONG_TEXT, where=_where(path), limit=MAX_POSTING_TEXT)
    if isinstance(value, list):
        if len(value) > MAX_LIST:
            raise OrderFileError(TOO_MANY, where=_where(path), limit=MAX_LIST)
        for index, entry in enumerate(value):
            _bounded(entry, f"{path}[{index}]")
    if isinstance(value, dict):
        for key, entry in value.items():
            _bounded(entry, f"{path}.{key}")


def _prefixed(error: OrderFileError, path: str) -> OrderFileError:
    params = dict(error.params)
    if "where" in params:
        inner = str(params["where"])
        params["where"] = path if inner in ("", "(top)") else f"{path}.{inner}"
    return OrderFileError(error.message, **params)


def _posting(value: Any, path: str) -> Order:
    try:
        order = parse_order(value)
    except OrderFileError as exc:
        raise _prefixed(exc, path) from None
    _bounded(value, path)  # after parsing: the fields it knows nest a few levels at most
    return order


def _record(value: Any, path: str) -> PostingRecord:
    try:
        record = parse_record(value)
    except OrderFileError as exc:
        raise _prefixed(exc, path) from None
    _bounded(value, path)
    return record


def _client(value: Any, path: str) -> ClientDraft:
    draft: ClientDraft = _object(ClientDraft, {
        "name": _text(MAX_LINE), "kana": _text(MAX_LINE), "industry": _text(MAX_LINE),
        "employees": _count(0), "capital": _count(0), "prefecture": _text(MAX_LINE),
        "address": _text(MAX_LINE), "contact_person": _text(MAX_LINE), "phone": _text(MAX_LINE),
        "email": _text(MAX_LINE), "corporate_number": _text(MAX_LINE), "notes": _text(MAX_POSTING_TEXT),
    }, required=("name",))(value, path)  # fmt: skip
    return _checked(draft, path)  # type: ignore[no-any-return]


def _work_item_draft(**values: Any) -> WorkItemDraft:
    if "order_type" in values:
        values["order_type"] = OrderType(values["order_type"])
    return WorkItemDraft(**values)


_WORK_ITEM_FIELDS: dict[str, Reader] = {
    "title": _text(MAX_LINE), "order_type": _choice(*OrderType),
    "type_reason": _text(MAX_POSTING_TEXT), "category_id": _text(MAX_LINE),
    "deliverables": _text(MAX_POSTING_TEXT), "skills": _text(MAX_POSTING_TEXT), "hours": _hours,
    "minutes_per_item": _count(1), "quantity": _count(1), "budget_min": _count(0),
    "budget_max": _count(0), "start_date": _date, "due_date": _date,
}  # fmt: skip


def _work_item(value: Any, path: str) -> WorkItemEntry:
    if not isinstance(value, dict):
        return _object(WorkItemEntry, {})(value, path)  # type: ignore[no-any-return]  # the refusal
    prefix = f"{path}."
    own = {k: v for k, v in value.items() if k not in ("posting", "record")}
    draft = _checked(_object(_work_item_draft, _WORK_ITEM_FIELDS, required=("title",))(own, path), path)
    posting = _posting(value["posting"], f"{prefix}posting") if "posting" in value else None
    record = _record(value["record"], f"{prefix}record") if "record" in value else None
    return WorkItemEntry(draft, posting, record)


def _problem_title(value: Any, path: str) -> str:
    text = _text(MAX_LINE)(value, path)
    try:
        return check_problem_title(text)
    except InvalidInput as exc:
        first = exc.errors[0]
        raise OrderFileError(INVALID, where=path, problem=first.message, **first.params) from None


def _catalogue_id(value: Any, path: str) -> str:
    return _text(MAX_LINE)(value, path)  # type: ignore[no-any-return]


_PROBLEM = _object(ProblemEntry, {
    "title": _problem_title, "catalogue_id": _catalogue_id,
    "work_items": _list_of(_work_item, MAX_WORK_ITEMS),
}, required=("title",))  # fmt: skip


def _consultation(value: Any, path: str) -> ConsultationEntry:
    if not isinstance(value, dict):
        return _object(ConsultationEntry, {})(value, path)  # type: ignore[no-any-return]  # the refusal
    own = {k: v for k, v in value.items() if k != "problems"}
    draft = _object(ConsultationDraft, {
        "held_on": _date, "place": _text(MAX_LINE), "attendees": _text(MAX_LINE),
        "notes": _text(MAX_POSTING_TEXT),
    }, required=("held_on",))(own, path)  # fmt: skip
    _checked(draft, path)
    problems = (
        _list_of(_PROBLEM, MAX_PROBLEMS)(value["problems"], f"{path}.problems") if "problems" in value else ()
    )
    return ConsultationEntry(draft, problems)


def _format(value: Any, path: str) -> str:
    if value != FORMAT:
        raise OrderFileError(WRONG_FORMAT, where=path, value=json.dumps(value, ensure_ascii=False)[:80],
                             allowed=FORMAT)  # fmt: skip
    return FORMAT


def _build(**values: Any) -> ClientFile:
    values.pop("format", None)
    return ClientFile(**values)


_FILE = _object(_build, {
    "format": _format, "exported_on": _date, "source_id": _integer(1), "client": _client,
    "consultations": _list_of(_consultation, MAX_CONSULTATIONS),
}, required=("format", "client"))  # fmt: skip


def parse_client_file(data: Any) -> ClientFile:
    """A ClientFile from decoded JSON; OrderFileError names what is wrong and where."""
    if isinstance(data, dict) and "format" in data:
        _format(data["format"], "format")  # a newer version is named as such, before its fields
    found: ClientFile = _FILE(data, "")
    return found


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise OrderFileError(DUPLICATE, where=_where(""), value=json.dumps(key, ensure_ascii=False)[:80])
        out[key] = value
    return out


def read_client_bytes(raw: bytes) -> ClientFile:
    """Decodes, parses and checks one client file's bytes; OrderFileError says what and where."""
    if len(raw) > MAX_FILE_BYTES:
        raise OrderFileError(TOO_LARGE_FILE, limit=MAX_FILE_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise OrderFileError(NOT_UTF8, offset=exc.start) from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates)
    except OrderFileError:  # a key twice
        raise
    except json.JSONDecodeError as exc:
        raise OrderFileError(NOT_JSON, line=exc.lineno, column=exc.colno, detail=exc.msg) from None
    except RecursionError:
        raise OrderFileError(NOT_JSON, line=1, column=1, detail="nested too deeply") from None
    except ValueError as exc:  # a number of more than 4,300 digits
        raise OrderFileError(NOT_JSON, line=1, column=1, detail=str(exc)[:80]) from None
    return parse_client_file(data)


def problem_text(error: OrderFileError) -> str:
    """The refusal with its form check filled in (untranslated; the CLI translates each part)."""
    params = dict(error.params)
    if error.message == INVALID:
        params["problem"] = str(params["problem"]).format(**params)
    return error.message.format(**params)


# --- writing -------------------------------------------------------------------------------


def _fields(value: Any) -> dict[str, Any]:
    out: dict[str, Any] = _plain(value)
    for f in fields(value):  # enums as their values
        item = getattr(value, f.name)
        if isinstance(item, OrderType) and f.name in out:
            out[f.name] = item.value
    return out


def client_file_to_json(found: ClientFile) -> dict[str, Any]:
    """The client as a csp-desk.client/1 object; reading it back gives an equal ClientFile."""
    out: dict[str, Any] = {"format": FORMAT}
    if found.exported_on is not None:
        out["exported_on"] = found.exported_on.isoformat()
    if found.source_id is not None:
        out["source_id"] = found.source_id
    out["client"] = _fields(found.client)
    consultations = []
    for consultation in found.consultations:
        c = _fields(consultation.draft)
        problems = []
        for problem in consultation.problems:
            p: dict[str, Any] = {"title": problem.title}
            if problem.catalogue_id is not None:
                p["catalogue_id"] = problem.catalogue_id
            items = []
            for entry in problem.work_items:
                item = _fields(entry.draft)
                if entry.posting is not None:
                    item["posting"] = order_to_json(entry.posting)
                if entry.record is not None:
                    item["record"] = record_to_json(entry.record)
                items.append(item)
            if items:
                p["work_items"] = items
            problems.append(p)
        if problems:
            c["problems"] = problems
        consultations.append(c)
    if consultations:
        out["consultations"] = consultations
    return out


UNREADABLE = QT_TRANSLATE_NOOP(
    "client_file",
    "{file} cannot be imported as a client file: {problem}\nNothing was imported. Check that it is a "
    "client file written by csp-desk (File ▸ Export the client file).",
)


class ClientFileRefused(Exception):
    """The file cannot be read or is no valid client file; nothing was imported."""

    def __init__(self, path: Path, cause: Exception):
        super().__init__(str(cause))
        self.path = path
        self.cause = cause
