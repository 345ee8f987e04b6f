"""The order file (format csp-desk.order/1): one work item as a posting, and maybe its contract.

Read strictly: an unknown field, a wrong type, an impossible date or a negative amount is an
error naming where it is, so a typo never silently switches a rule off.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .text import QT_TRANSLATE_NOOP

FORMAT = "csp-desk.order/1"

NOT_UTF8 = QT_TRANSLATE_NOOP("orders", "the file is not UTF-8 text (byte {offset})")
NOT_JSON = QT_TRANSLATE_NOOP("orders", "the file is not valid JSON (line {line}, column {column}: {detail})")
JSON_DETAILS = (
    QT_TRANSLATE_NOOP("orders", "Expecting value"),
    QT_TRANSLATE_NOOP("orders", "Expecting property name enclosed in double quotes"),
    QT_TRANSLATE_NOOP("orders", "Expecting ',' delimiter"),
    QT_TRANSLATE_NOOP("orders", "Expecting ':' delimiter"),
    QT_TRANSLATE_NOOP("orders", "Unterminated string starting at"),
    QT_TRANSLATE_NOOP("orders", "Invalid control character at"),
    QT_TRANSLATE_NOOP("orders", "Invalid \\escape"),
    QT_TRANSLATE_NOOP("orders", "Invalid \\uXXXX escape"),
    QT_TRANSLATE_NOOP("orders", "Extra data"),
    QT_TRANSLATE_NOOP("orders", "nested too deeply"),
)
"""What Python's JSON reader says (JSONDecodeError.msg), marked so the refusal reads in Japanese."""
NOT_OBJECT = QT_TRANSLATE_NOOP("orders", "{where}: expected an object")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("orders", "{where}: unknown field")
MISSING = QT_TRANSLATE_NOOP("orders", "{where}: required field is missing")
WRONG_TYPE = QT_TRANSLATE_NOOP("orders", "{where}: expected {expected}")
BAD_DATE = QT_TRANSLATE_NOOP("orders", "{where}: {value} is not a real date (YYYY-MM-DD)")
TOO_SMALL = QT_TRANSLATE_NOOP("orders", "{where}: {value} is below the minimum {minimum}")
NOT_ALLOWED = QT_TRANSLATE_NOOP("orders", "{where}: {value} is not one of {allowed}")
DUPLICATE = QT_TRANSLATE_NOOP("orders", "{where}: {value} appears twice")
UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP("orders", "{where}: {value} is not a work category of the catalogue")
EMPTY = QT_TRANSLATE_NOOP("orders", "{where}: must not be empty")
NAME_EMPTY = QT_TRANSLATE_NOOP(
    "orders",
    "{where}: must not be empty, unless orderer.profile_shows contains \"name\" (the platform profile "
    "shows the name)",
)
DUPLICATE_KEY = QT_TRANSLATE_NOOP("orders", "{where}: the key \"{key}\" occurs twice in the same object")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("orders", "{where}: {value} is not a number JSON allows")
TOO_LONG = QT_TRANSLATE_NOOP(
    "orders", "{where}: the text has {length:,} characters; at most {limit:,} are allowed"
)
MAX_TEXT = 100_000
"""Longest text field (Unicode code points; schema maxLength, REFERENCE §12.0)."""


class OrderFileError(ValueError):
    """The file is not a valid order; `where` is the JSON path of the problem."""

    def __init__(self, message: str, **params: object):
        self.message = message
        self.params = params
        super().__init__(message.format(**params))


# --- the typed order -----------------------------------------------------------------------


@dataclass(frozen=True)
class Reward:
    amount: int | None = None
    min: int | None = None
    max: int | None = None
    by_quote: bool = False
    tax: str | None = None


@dataclass(frozen=True)
class Payment:
    due_rule: str = ""
    days_after_delivery: int | None = None
    method: str = ""
    transfer_fee_borne_by: str | None = None


@dataclass(frozen=True)
class Ip:
    handling: str = ""
    transfer: str | None = None
    includes_art27_28: bool | None = None
    moral_rights_not_exercised: bool | None = None
    unselected_not_used: bool | None = None


@dataclass(frozen=True)
class Revisions:
    free_rounds: int | None = None
    major_changes_renegotiated: bool | None = None


@dataclass(frozen=True)
class Orderer:
    name: str
    address: str = ""
    contact: str = ""
    prefecture: str = ""
    is_business: bool = True
    is_corporation: bool | None = None
    has_employees: bool | None = None
    officer_count: int | None = None
    capital_yen: int | None = None
    employee_count: int | None = None
    corporate_number: str = ""
    profile_shows: frozenset[str] = frozenset()
    harassment_contact: str = ""


@dataclass(frozen=True)
class Worker:
    name: str = ""
    kind: str | None = None
    has_employees: bool | None = None
    prefecture: str = ""
    invoice_number: str = ""


@dataclass(frozen=True)
class Reentrustment:
    original_client: str = ""
    original_payment_due: date | None = None


@dataclass(frozen=True)
class Contract:
    contracted_on: date | None = None
    notice_sent_on: date | None = None
    content: str = ""
    amount: int | None = None
    delivery_due: date | None = None
    delivery_place: str = ""
    inspection: bool | None = None
    inspection_due: date | None = None
    payment_due: date | None = None
    payment_due_rule: str = ""
    payment_method: str = ""
    expenses: str = ""
    change_handling: str = ""
    defect_handling: str = ""
    ip_handling: str = ""
    personal_data_handling: str = ""
    handles_personal_data: bool | None = None
    period_start: date | None = None
    period_end: date | None = None
    reentrustment: Reentrustment | None = None



ORDER_LABELS = {
    "order_type": QT_TRANSLATE_NOOP("store", "Order type"),
    "title": QT_TRANSLATE_NOOP("store", "Posting title"),
    "description": QT_TRANSLATE_NOOP("store", "Work content"),
    "orderer": QT_TRANSLATE_NOOP("store", "Orderer"),
    "as_of": QT_TRANSLATE_NOOP("store", "As of"),
    "pricing": QT_TRANSLATE_NOOP("store", "Pricing"),
    "category": QT_TRANSLATE_NOOP("store", "Work category"),
    "platform": QT_TRANSLATE_NOOP("store", "Platform"),
    "deliverables": QT_TRANSLATE_NOOP("store", "Deliverables"),
    "skills": QT_TRANSLATE_NOOP("store", "Skills and experience"),
    "estimated_hours": QT_TRANSLATE_NOOP("store", "Estimated hours"),
    "estimated_minutes_per_item": QT_TRANSLATE_NOOP("store", "Minutes per item"),
    "quantity": QT_TRANSLATE_NOOP("store", "Quantity"),
    "due": QT_TRANSLATE_NOOP("store", "Due date"),
    "timeframe": QT_TRANSLATE_NOOP("store", "Timeframe"),
    "place": QT_TRANSLATE_NOOP("store", "Where the work is done"),
    "reward": QT_TRANSLATE_NOOP("store", "Reward"),
    "payment": QT_TRANSLATE_NOOP("store", "Payment"),
    "expenses": QT_TRANSLATE_NOOP("store", "Expenses"),
    "ip": QT_TRANSLATE_NOOP("store", "Intellectual property"),
    "revisions": QT_TRANSLATE_NOOP("store", "Revisions"),
    "contact": QT_TRANSLATE_NOOP("store", "Contact for questions"),
    "worker": QT_TRANSLATE_NOOP("store", "Worker"),
    "contract": QT_TRANSLATE_NOOP("store", "Contract"),
}
"""What each part of a posting is called where the producer reads it (a refused save names them)."""


@dataclass(frozen=True)
class Order:
    order_type: str
    title: str
    description: str
    orderer: Orderer
    as_of: date | None = None
    pricing: str | None = None
    category: str = ""
    platform: str = ""
    deliverables: str = ""
    skills: str = ""
    estimated_hours: float | None = None
    estimated_minutes_per_item: float | None = None
    quantity: int | None = None
    due: date | None = None
    timeframe: str = ""
    place: str = ""
    reward: Reward = field(default_factory=Reward)
    payment: Payment = field(default_factory=Payment)
    expenses: str = ""
    ip: Ip = field(default_factory=Ip)
    revisions: Revisions = field(default_factory=Revisions)
    contact: str = ""
    worker: Worker | None = None
    contract: Contract | None = None

    @property
    def effective_pricing(self) -> str:
        return self.pricing or ("per_item" if self.order_type == "task" else "fixed")


# --- reading -------------------------------------------------------------------------------

Reader = Callable[[Any, str], Any]


def _where(path: str) -> str:
    return path or "(top)"


def _string(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise OrderFileError(WRONG_TYPE, where=_where(path), expected=QT_TRANSLATE_NOOP("orders", "text"))
    if len(value) > MAX_TEXT:
        raise OrderFileError(TOO_LONG, where=_where(path), length=len(value), limit=MAX_TEXT)
    return value


def _nonempty(value: Any, path: str) -> str:
    text = _string(value, path)
    if not text.strip():
        raise OrderFileError(EMPTY, where=_where(path))
    return text


def _boolean(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise OrderFileError(
            WRONG_TYPE, where=_where(path), expected=QT_TRANSLATE_NOOP("orders", "true/false")
        )
    return value


def _integer(minimum: int) -> Reader:
    def read(value: Any, path: str) -> int:
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # JSON Schema: 90000.0 is the integer 90000 (REFERENCE §12.0)
        if isinstance(value, bool) or not isinstance(value, int):
            raise OrderFileError(
                WRONG_TYPE, where=_where(path), expected=QT_TRANSLATE_NOOP("orders", "a whole number")
            )
        if value < minimum:
            raise OrderFileError(TOO_SMALL, where=_where(path), value=value, minimum=minimum)
        return value

    return read


def _positive_number(value: Any, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise OrderFileError(WRONG_TYPE, where=_where(path), expected=QT_TRANSLATE_NOOP("orders", "a number"))
    if value <= 0 or value == float("inf"):
        raise OrderFileError(TOO_SMALL, where=_where(path), value=value, minimum="> 0")
    try:
        return float(value)
    except OverflowError:  # a whole number of hundreds of digits: no float holds it
        raise OrderFileError(
            WRONG_TYPE, where=_where(path), expected=QT_TRANSLATE_NOOP("orders", "a number")
        ) from None


FIRST_YEAR, LAST_YEAR = 1900, 2199
"""Dates outside these years are typing errors in an order (and would overflow date sums)."""


def _date(value: Any, path: str) -> date:
    text = _string(value, path)
    try:
        if len(text) != 10:
            raise ValueError
        day = date.fromisoformat(text)
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise ValueError
        return day
    except ValueError:
        raise OrderFileError(BAD_DATE, where=_where(path), value=text) from None


def _choice(*allowed: str) -> Reader:
    def read(value: Any, path: str) -> str:
        if value not in allowed:
            raise OrderFileError(NOT_ALLOWED, where=_where(path), value=json.dumps(value, ensure_ascii=False),
                                 allowed=", ".join(allowed))  # fmt: skip
        return str(value)

    return read


def _unique_choices(*allowed: str) -> Reader:
    item = _choice(*allowed)

    def read(value: Any, path: str) -> frozenset[str]:
        if not isinstance(value, list):
            raise OrderFileError(
                WRONG_TYPE, where=_where(path), expected=QT_TRANSLATE_NOOP("orders", "a list")
            )
        seen: set[str] = set()
        for index, entry in enumerate(value):
            text = item(entry, f"{path}[{index}]")
            if text in seen:
                raise OrderFileError(DUPLICATE, where=f"{path}[{index}]", value=text)
            seen.add(text)
        return frozenset(seen)

    return read


def _object(cls: Callable[..., Any], fields: Mapping[str, Reader], required: tuple[str, ...] = ()) -> Reader:
    def read(value: Any, path: str) -> Any:
        if not isinstance(value, dict):
            raise OrderFileError(NOT_OBJECT, where=_where(path))
        prefix = f"{path}." if path else ""
        for name in value:
            if name not in fields:
                raise OrderFileError(UNKNOWN_FIELD, where=f"{prefix}{name}")
        for name in required:
            if name not in value:
                raise OrderFileError(MISSING, where=f"{prefix}{name}")
        return cls(**{name: fields[name](raw, f"{prefix}{name}") for name, raw in value.items()})

    return read


_REWARD = _object(Reward, {
    "amount": _integer(0), "min": _integer(0), "max": _integer(0), "by_quote": _boolean,
    "tax": _choice("excluded", "included"),
})  # fmt: skip
_PAYMENT = _object(Payment, {
    "due_rule": _string, "days_after_delivery": _integer(0), "method": _string,
    "transfer_fee_borne_by": _choice("orderer", "worker"),
})  # fmt: skip
_IP = _object(Ip, {
    "handling": _string, "transfer": _choice("assign", "license", "none"),
    "includes_art27_28": _boolean, "moral_rights_not_exercised": _boolean,
    "unselected_not_used": _boolean,
})  # fmt: skip
_REVISIONS = _object(Revisions, {"free_rounds": _integer(0), "major_changes_renegotiated": _boolean})
_ORDERER_FIELDS = _object(Orderer, {
    "name": _string, "address": _string, "contact": _string, "prefecture": _string,
    "is_business": _boolean, "is_corporation": _boolean, "has_employees": _boolean,
    "officer_count": _integer(0), "capital_yen": _integer(0), "employee_count": _integer(0),
    "corporate_number": _string, "profile_shows": _unique_choices("name", "address", "contact"),
    "harassment_contact": _string,
}, required=("name",))  # fmt: skip


def _orderer(value: Any, path: str) -> Orderer:
    """The name may be empty only when the platform profile shows it (POST-08, REFERENCE §12.0)."""
    orderer: Orderer = _ORDERER_FIELDS(value, path)
    if not orderer.name.strip() and "name" not in orderer.profile_shows:
        raise OrderFileError(NAME_EMPTY, where=f"{path}.name")
    return orderer


_WORKER = _object(Worker, {
    "name": _string, "kind": _choice("individual", "corporation"), "has_employees": _boolean,
    "prefecture": _string, "invoice_number": _string,
})  # fmt: skip
_REENTRUSTMENT = _object(Reentrustment, {"original_client": _string, "original_payment_due": _date})
_CONTRACT = _object(Contract, {
    "contracted_on": _date, "notice_sent_on": _date, "content": _string, "amount": _integer(0),
    "delivery_due": _date, "delivery_place": _string, "inspection": _boolean,
    "inspection_due": _date, "payment_due": _date, "payment_due_rule": _string,
    "payment_method": _string, "expenses": _string, "change_handling": _string,
    "defect_handling": _string, "ip_handling": _string, "personal_data_handling": _string,
    "handles_personal_data": _boolean, "period_start": _date, "period_end": _date,
    "reentrustment": _REENTRUSTMENT,
})  # fmt: skip


def _format(value: Any, path: str) -> str:
    if value != FORMAT:
        raise OrderFileError(NOT_ALLOWED, where=path, value=json.dumps(value, ensure_ascii=False),
                             allowed=FORMAT)  # fmt: skip
    return FORMAT


def parse_order(data: Any, categories: frozenset[str] | None = None) -> Order:
    """An Order from decoded JSON; `categories` (the catalogue's ids) makes unknown ones an error."""
    fields: dict[str, Reader] = {
        "format": _format, "as_of": _date,
        "order_type": _choice("project", "competition", "task"),
        "pricing": _choice("fixed", "hourly", "per_item"), "category": _string,
        "platform": _string, "title": _nonempty, "description": _string,
        "deliverables": _string, "skills": _string, "estimated_hours": _positive_number,
        "estimated_minutes_per_item": _positive_number, "quantity": _integer(1), "due": _date,
        "timeframe": _string, "place": _string, "reward": _REWARD, "payment": _PAYMENT,
        "expenses": _string, "ip": _IP, "revisions": _REVISIONS, "contact": _string,
        "orderer": _orderer, "worker": _WORKER, "contract": _CONTRACT,
    }  # fmt: skip

    def build(**values: Any) -> Order:
        values.pop("format", None)
        return Order(**values)

    required = ("format", "order_type", "title", "description", "orderer")
    order: Order = _object(build, fields, required)(data, "")
    if categories is not None and order.category and order.category not in categories:
        raise OrderFileError(UNKNOWN_CATEGORY, where="category", value=order.category)
    return order


class _Duplicated(dict):  # type: ignore[type-arg]
    """A decoded object in which `key` occurred twice."""

    key = ""


class _Constant:
    """NaN, Infinity or -Infinity as written: not JSON (RFC 8259 §6)."""

    def __init__(self, word: str):
        self.word = word


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    twice = None
    for key, value in pairs:
        if key in out and twice is None:
            twice = key
        out[key] = value
    if twice is None:
        return out
    duplicated = _Duplicated(out)
    duplicated.key = twice
    return duplicated


def _refuse_duplicates_and_constants(data: Any) -> None:
    """Raises for the first duplicate key or NaN/Infinity in document order, naming its path."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, _Constant):
            raise OrderFileError(NOT_A_NUMBER, where=_where(path), value=value.word)
        if isinstance(value, dict):
            prefix = f"{path}." if path else ""
            if isinstance(value, _Duplicated):
                raise OrderFileError(DUPLICATE_KEY, where=f"{prefix}{value.key}", key=value.key)
            stack.extend((item, f"{prefix}{key}") for key, item in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((item, f"{path}[{index}]") for index, item in reversed(list(enumerate(value))))


def read_order_bytes(raw: bytes, categories: frozenset[str] | None = None) -> Order:
    """Decodes, parses and validates one order file's bytes; OrderFileError says what and where.

    REFERENCE §12.0: UTF-8 with or without a byte-order mark; a key twice in one object (at any
    depth) and NaN/Infinity are refused naming where."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise OrderFileError(NOT_UTF8, offset=exc.start) from None
    try:
        data = json.loads(text, object_pairs_hook=_pairs, parse_constant=_Constant)
    except json.JSONDecodeError as exc:
        raise OrderFileError(NOT_JSON, line=exc.lineno, column=exc.colno, detail=exc.msg) from None
    except RecursionError:
        raise OrderFileError(NOT_JSON, line=1, column=1, detail="nested too deeply") from None
    except ValueError as exc:  # a number of more than 4,300 digits
        raise OrderFileError(NOT_JSON, line=1, column=1, detail=str(exc)[:80]) from None
    _refuse_duplicates_and_constants(data)
    return parse_order(data, categories)


# --- writing -------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, frozenset):
        return sorted(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if f.default is not dataclasses.MISSING and item == f.default:
                continue  # a default is what the reader assumes when the key is absent
            if f.default_factory is not dataclasses.MISSING and item == f.default_factory():
                continue
            out[f.name] = _plain(item)
        return out
    return value


def order_to_json(order: Order) -> dict[str, Any]:
    """The order as a csp-desk.order/1 object; reading it back gives an equal Order."""
    return {"format": FORMAT, **_plain(order)}
