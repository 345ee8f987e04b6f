"""The platform register: each platform's fees, order types, escrow, Association status and the
24-item checklist (REFERENCE §8), shipped as data/platforms.json and completed by the producer.

Shipped figures are only those REFERENCE gives, each with its basis; everything else is None
(未確認) until the producer fills it in. The producer's own entries (store/platforms.py) are laid
over the shipped ones: a fee is dated, so the terms in force on a day are the newest dated on or
before it (an undated shipped figure applies until a dated one replaces it).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from .platforms import NAMES, NAMES_JA, platform_id
from .text import QT_TRANSLATE_NOOP, FieldError, InvalidInput, normalise
from .values import parse_count, parse_date

ORDER_TYPES = ("project", "competition", "task")
SIDES = ("orderer", "worker")
CHECKLIST_SIZE = 24
FACTS = ("yes", "no", "unknown")
"""How the producer states a fact in the register (None in the domain is 未確認)."""

UNKNOWN_JA = "未確認"

BAD_RATE = QT_TRANSLATE_NOOP(
    "platforms", "Enter the fee rate as a percentage, for example 5 or 5–20 (a range)."
)
NEGATIVE_RATE = QT_TRANSLATE_NOOP("platforms", "A fee rate cannot be negative; enter 0 % or more.")
RATE_OVER_100 = QT_TRANSLATE_NOOP("platforms", "A fee rate cannot be more than 100 %.")
RATE_RANGE_REVERSED = QT_TRANSLATE_NOOP(
    "platforms", "Write the lower rate first, for example 5–20."
)
AS_OF_REQUIRED = QT_TRANSLATE_NOOP(
    "platforms", "Enter the date from which these fees apply, such as 2026/12/01."
)
FEE_EMPTY = QT_TRANSLATE_NOOP(
    "platforms", "Enter a rate or a minimum fee; an empty entry would change nothing."
)
SOURCE_REQUIRED = QT_TRANSLATE_NOOP(
    "platforms", "Say where the figure comes from (the platform's fee page and the day you read it)."
)
NAME_REQUIRED = QT_TRANSLATE_NOOP("platforms", "Enter the platform's name.")
NAME_TAKEN = QT_TRANSLATE_NOOP("platforms", "“{name}” is already in the register.")
BAD_ITEM = QT_TRANSLATE_NOOP("platforms", "The checklist has items 1 to 24 only.")
NOTE_TOO_LONG = QT_TRANSLATE_NOOP("platforms", "This note is too long (at most {limit:,} characters).")
MAX_NOTE = 2000

_NUMBER = r"(-?\d+(?:\.\d{1,2})?)"
"""Hundredths of a percent at most: the store keeps rates exact as integers (5.25 % is 525)."""
_RANGE = re.compile(rf"^{_NUMBER}\s*(?:[-~〜～ー−–—]|から)\s*{_NUMBER}$")
_ONE = re.compile(rf"^{_NUMBER}$")


@dataclass(frozen=True)
class ChecklistItem:
    no: int
    ja: str
    en: str


@dataclass(frozen=True)
class Fee:
    """One side's platform fee as a rate (a range when it depends on the amount) and a minimum."""

    side: str
    rate_low: Decimal | None = None
    """Percent; None: not known (未確認)."""
    rate_high: Decimal | None = None
    minimum_yen: int | None = None
    as_of: date | None = None
    """From when it applies; None for a shipped figure whose date is not known."""
    source: str = ""
    charged_when: str = ""
    """When and on what it is charged (REFERENCE §2.5 asks intermediaries to disclose it)."""
    note: str = ""
    own: bool = False
    """Entered by the producer (not shipped)."""

    @property
    def known(self) -> bool:
        return self.rate_low is not None or self.minimum_yen is not None

    def rate_text(self) -> str:
        """5 %, 5–20 %, or 未確認."""
        if self.rate_low is None:
            return UNKNOWN_JA
        low = _percent(self.rate_low)
        if self.rate_high is None or self.rate_high == self.rate_low:
            return f"{low} %"
        return f"{low}–{_percent(self.rate_high)} %"

    def text(self) -> str:
        """The rate and the minimum in a few words: 「5–20 %（最低 500円）」."""
        if not self.known:
            return UNKNOWN_JA
        parts = [self.rate_text()] if self.rate_low is not None else []
        if self.minimum_yen is not None:
            parts.append(f"最低 {self.minimum_yen:,}円")
        return "、".join(parts)

    def amount_on(self, base_yen: int) -> tuple[int, int] | None:
        """The fee on `base_yen` as (lowest, highest) whole yen (rounded down, at least the
        minimum); None when the rate is not known."""
        if self.rate_low is None:
            return None
        high = self.rate_high if self.rate_high is not None else self.rate_low
        low_yen = int(Decimal(base_yen) * self.rate_low / 100)
        high_yen = int(Decimal(base_yen) * high / 100)
        if self.minimum_yen is not None:
            low_yen, high_yen = max(low_yen, self.minimum_yen), max(high_yen, self.minimum_yen)
        return low_yen, high_yen


def _percent(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@dataclass(frozen=True)
class FeeTerms:
    """The fees in force for one platform on one day (None on a side: nothing recorded)."""

    platform: str
    on: date
    orderer: Fee | None
    worker: Fee | None

    @property
    def complete(self) -> bool:
        return all(f is not None and f.known for f in (self.orderer, self.worker))


@dataclass(frozen=True)
class Fact:
    value: bool | None
    basis: str = ""
    own: bool = False


@dataclass(frozen=True)
class CheckMark:
    """The producer's tick on one checklist item, with a note (what they read, where)."""

    item: int
    done: bool
    note: str = ""
    checked_on: date | None = None


@dataclass(frozen=True)
class Platform:
    id: str
    name_ja: str
    name_en: str
    kind: str = "platform"
    """platform, or direct (no platform: the checklist does not apply)."""
    custom: bool = False
    """Added by the producer; the shipped list does not know it."""
    order_types: Mapping[str, Fact] = field(default_factory=dict)
    escrow: Fact = Fact(None)
    association_certified: Fact = Fact(None)
    association_member: Fact = Fact(None)
    fees: tuple[Fee, ...] = ()
    checks: Mapping[int, CheckMark] = field(default_factory=dict)
    facts: tuple[tuple[str, str], ...] = ()
    """Other things REFERENCE says of it: (text, basis)."""
    notes: str = ""

    @property
    def checklist_applies(self) -> bool:
        return self.kind != "direct"

    def name(self, language: str = "ja") -> str:
        return (self.name_en or self.name_ja) if language == "en" else (self.name_ja or self.name_en)

    def offers(self, order_type: str) -> bool | None:
        """Whether it offers the order type (project, competition, task); None: not known."""
        fact = self.order_types.get(order_type)
        return None if fact is None else fact.value

    def fee_terms(self, on: date) -> FeeTerms:
        """The fees in force on `on`: per side the newest dated on or before it, else undated."""
        return FeeTerms(self.id, on, self.fee_on("orderer", on), self.fee_on("worker", on))

    def fee_on(self, side: str, on: date) -> Fee | None:
        candidates = [f for f in self.fees if f.side == side and (f.as_of is None or f.as_of <= on)]
        if not candidates:
            return None
        # dated beats undated; among the same date the producer's own beats the shipped one
        return max(candidates, key=lambda f: (f.as_of or date.min, f.own))

    def gaps(self) -> list[int]:
        """The numbers of the checklist items not ticked (none when the checklist does not apply)."""
        if not self.checklist_applies:
            return []
        return [no for no in range(1, CHECKLIST_SIZE + 1) if not (m := self.checks.get(no)) or not m.done]


@dataclass(frozen=True)
class OwnPlatform:
    """What the producer recorded for a platform (store/platforms.py): None is 'as shipped'."""

    id: str
    name_ja: str = ""
    name_en: str = ""
    custom: bool = False
    facts: Mapping[str, str] = field(default_factory=dict)
    """project, competition, task, escrow, association_certified, association_member → FACTS."""
    fees: tuple[Fee, ...] = ()
    checks: tuple[CheckMark, ...] = ()
    notes: str = ""


class Register:
    """The platforms known: shipped, with the producer's own entries laid over."""

    def __init__(self, platforms: Iterable[Platform], checklist: tuple[ChecklistItem, ...]):
        self._platforms = {p.id: p for p in platforms}
        self.checklist = checklist
        """The 24 items of REFERENCE §8."""

    def ids(self) -> list[str]:
        return list(self._platforms)

    def platforms(self) -> list[Platform]:
        return list(self._platforms.values())

    def __contains__(self, platform: str) -> bool:
        return platform in self._platforms

    def get(self, platform: str) -> Platform:
        """The platform by id or name; one nobody recorded is returned with everything 未確認."""
        pid = self.id_of(platform)
        known = self._platforms.get(pid)
        if known is not None:
            return known
        return Platform(pid, pid, pid, custom=True, order_types={t: Fact(None) for t in ORDER_TYPES})

    def id_of(self, text: str) -> str:
        """The id of a platform named in either language (the producer's own names too)."""
        pid = platform_id(text)
        if not pid or pid in self._platforms:
            return pid
        key = normalise(text).casefold()
        for p in self._platforms.values():
            if key in {normalise(p.name_ja).casefold(), normalise(p.name_en).casefold()}:
                return p.id
        return pid

    def fee_terms(self, platform: str, on: date) -> FeeTerms:
        return self.get(platform).fee_terms(on)

    def gaps(self, platform: str) -> list[ChecklistItem]:
        """The checklist items not ticked for the platform (none for a direct deal)."""
        missing = set(self.get(platform).gaps())
        return [item for item in self.checklist if item.no in missing]

    def with_own(self, own: Iterable[OwnPlatform]) -> Register:
        """This register with the producer's entries laid over (and their own platforms added)."""
        platforms = dict(self._platforms)
        for entry in own:
            base = platforms.get(entry.id) or Platform(
                entry.id, entry.name_ja or entry.id, entry.name_en or entry.name_ja or entry.id,
                custom=True, order_types={t: Fact(None) for t in ORDER_TYPES},
            )  # fmt: skip
            platforms[entry.id] = overlay(base, entry)
        return Register(platforms.values(), self.checklist)


def _fact(value: str) -> bool | None:
    return {"yes": True, "no": False}.get(value)


def overlay(base: Platform, own: OwnPlatform) -> Platform:
    """The shipped platform with what the producer recorded for it."""
    order_types = dict(base.order_types)
    for kind in ORDER_TYPES:
        if kind in own.facts:
            order_types[kind] = Fact(_fact(own.facts[kind]), own=True)
    def fact(name: str, shipped: Fact) -> Fact:
        return Fact(_fact(own.facts[name]), own=True) if name in own.facts else shipped

    return replace(
        base,
        name_ja=own.name_ja or base.name_ja,
        name_en=own.name_en or base.name_en,
        order_types=order_types,
        fees=base.fees + tuple(replace(f, own=True) for f in own.fees),
        checks={m.item: m for m in own.checks},
        notes=own.notes or base.notes,
        escrow=fact("escrow", base.escrow),
        association_certified=fact("association_certified", base.association_certified),
        association_member=fact("association_member", base.association_member),
    )


# --- the shipped data ---------------------------------------------------------------------------

def _decimal(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _fee(raw: Mapping[str, object]) -> Fee:
    as_of = raw.get("as_of")
    minimum = raw.get("minimum_yen")
    return Fee(
        side=str(raw["side"]),
        rate_low=_decimal(raw.get("rate_low")),
        rate_high=_decimal(raw.get("rate_high")),
        minimum_yen=int(str(minimum)) if minimum is not None else None,
        as_of=date.fromisoformat(str(as_of)) if as_of else None,
        source=str(raw.get("source", "")),
        charged_when=str(raw.get("charged_when", "")),
        note=str(raw.get("note", "")),
    )


def _shipped_fact(raw: object) -> Fact:
    if not isinstance(raw, Mapping):
        return Fact(None)
    value = raw.get("value")
    return Fact(value if isinstance(value, bool) else None, str(raw.get("basis", "")))


def parse_register(text: str) -> tuple[tuple[ChecklistItem, ...], list[Platform]]:
    """The checklist and the platforms of a platforms.json."""
    data = json.loads(text)
    items = tuple(ChecklistItem(int(i["no"]), i["ja"], i["en"]) for i in data["checklist"])
    if [i.no for i in items] != list(range(1, CHECKLIST_SIZE + 1)):
        raise ValueError("platforms.json: the checklist must have items 1 to 24 in order")
    platforms = []
    for raw in data["platforms"]:
        platforms.append(
            Platform(
                id=raw["id"],
                name_ja=raw["name_ja"],
                name_en=raw["name_en"],
                kind=raw.get("kind", "platform"),
                order_types={t: _shipped_fact(raw.get("order_types", {}).get(t)) for t in ORDER_TYPES},
                escrow=_shipped_fact(raw.get("escrow")),
                association_certified=_shipped_fact(raw.get("association_certified")),
                association_member=_shipped_fact(raw.get("association_member")),
                fees=tuple(_fee(f) for f in raw.get("fees", ())),
                facts=tuple((f["ja"], f.get("basis", "")) for f in raw.get("facts", ())),
            )
        )
    return items, platforms


def load_register(path: Path) -> Register:
    """The register as shipped in a platforms.json (store/platforms.py reads data/platforms.json)."""
    items, platforms = parse_register(path.read_text(encoding="utf-8"))
    return Register(platforms, items)


def known_ids() -> list[str]:
    """The shipped platform ids (stable: they are stored in the database)."""
    return list(NAMES)


# --- what the producer types ---------------------------------------------------------------------


def parse_rate(field_name: str, raw: str) -> tuple[tuple[Decimal, Decimal] | None, list[FieldError]]:
    """A percentage or a range (5, 5.5 %, 5–20, 5〜20 %); None when blank."""
    text = normalise(raw).replace("%", "").replace("％", "").replace(" ", "")
    if not text:
        return None, []
    match = _RANGE.match(text)
    numbers = [match[1], match[2]] if match else [text] if _ONE.match(text) else None
    if numbers is None:
        return None, [FieldError(field_name, BAD_RATE, context="platforms")]
    try:
        low, high = (Decimal(n) for n in (numbers[0], numbers[-1]))
    except InvalidOperation:
        return None, [FieldError(field_name, BAD_RATE, context="platforms")]
    if low < 0 or high < 0:
        return None, [FieldError(field_name, NEGATIVE_RATE, context="platforms")]
    if low > 100 or high > 100:
        return None, [FieldError(field_name, RATE_OVER_100, context="platforms")]
    if low > high:
        return None, [FieldError(field_name, RATE_RANGE_REVERSED, context="platforms")]
    return (low, high), []


def parse_fee(side: str, rate: str, minimum: str, as_of: str, source: str, charged_when: str = "",
              note: str = "") -> Fee:  # fmt: skip
    """A fee the producer typed, checked whole; raises InvalidInput with every problem."""
    errors: list[FieldError] = []
    rates, rate_errors = parse_rate("rate", rate)
    minimum_yen, minimum_errors = parse_count("minimum", minimum)
    day, date_errors = parse_date("as_of", as_of)
    errors += rate_errors + minimum_errors + date_errors
    if day is None and not date_errors:
        errors.append(FieldError("as_of", AS_OF_REQUIRED, context="platforms"))
    if not rate_errors and not minimum_errors and rates is None and minimum_yen is None:
        errors.append(FieldError("rate", FEE_EMPTY, context="platforms"))
    if not normalise(source):
        errors.append(FieldError("source", SOURCE_REQUIRED, context="platforms"))
    for name, text in (("source", source), ("charged_when", charged_when), ("note", note)):
        if len(text) > MAX_NOTE:
            errors.append(FieldError(name, NOTE_TOO_LONG, {"limit": MAX_NOTE}, context="platforms"))
    if side not in SIDES:
        raise ValueError(f"unknown side {side!r}")
    if errors:
        raise InvalidInput(errors)
    return Fee(
        side=side,
        rate_low=rates[0] if rates else None,
        rate_high=rates[1] if rates else None,
        minimum_yen=minimum_yen,
        as_of=day,
        source=source.strip(),
        charged_when=charged_when.strip(),
        note=note.strip(),
        own=True,
    )


def check_note(note: str) -> None:
    if len(note) > MAX_NOTE:
        raise InvalidInput([FieldError("note", NOTE_TOO_LONG, {"limit": MAX_NOTE}, context="platforms")])


def new_platform_id(name: str, register: Register) -> str:
    """The id for a platform the producer adds: its name as typed (platforms.py keeps unknown
    platforms as typed), refused when empty or already known by that name."""
    text = normalise(name)
    if not text:
        raise InvalidInput([FieldError("name", NAME_REQUIRED, context="platforms")])
    if len(text) > 100:
        raise InvalidInput([FieldError("name", NOTE_TOO_LONG, {"limit": 100}, context="platforms")])
    pid = register.id_of(text)
    if pid in register or pid in NAMES_JA:
        raise InvalidInput([FieldError("name", NAME_TAKEN, {"name": text}, context="platforms")])
    return pid


# --- words for the posting editor and the documents ---------------------------------------------

ORDER_TYPE_JA = {"project": "プロジェクト", "competition": "コンペ", "task": "タスク"}
SIDE_JA = {"orderer": "発注者", "worker": "ワーカー"}


def fact_ja(value: bool | None, yes: str = "あり", no: str = "なし") -> str:
    return UNKNOWN_JA if value is None else yes if value else no


def order_types_ja(platform: Platform) -> str:
    """「プロジェクト・コンペ・タスク」, the unknown ones as 未確認."""
    offered = [ORDER_TYPE_JA[t] for t in ORDER_TYPES if platform.offers(t)]
    unknown = [t for t in ORDER_TYPES if platform.offers(t) is None]
    if not offered and unknown:
        return UNKNOWN_JA
    text = "・".join(offered) if offered else "なし"
    return f"{text}（ほかは未確認）" if unknown else text


# --- for the documents (proposal, budget) ----------------------------------------------------------


@dataclass(frozen=True)
class FeeRow:
    """One platform-fee line for a client document: the orderer's fee is a cost the client pays
    on top of the reward; the worker's is taken from what the worker receives (shown for the
    GL's disclosure, REFERENCE §2.5, not added to the client's cost)."""

    platform: str
    side: str
    label_ja: str
    """「クラウドワークス システム利用料（発注者負担）」."""
    rate: str
    """「5–20 %」, 「未確認」."""
    minimum_yen: int | None
    amount: tuple[int, int] | None
    """On the base amount, lowest and highest yen (equal unless the rate is a range); None when
    the rate is not known."""
    as_of: date | None
    source: str
    known: bool
    adds_to_client_cost: bool


def fee_rows(register: Register, platform: str, on: date, base_yen: int) -> list[FeeRow]:
    """The orderer's and the worker's fee rows for an order of `base_yen` on `platform` on `on`
    (both rows always, 未確認 where the register does not know the figure; none for a direct deal
    whose fees are zero)."""
    p = register.get(platform)
    terms = p.fee_terms(on)
    rows = []
    for side, fee in (("orderer", terms.orderer), ("worker", terms.worker)):
        if p.kind == "direct" and fee is not None and fee.rate_low == 0 and fee.rate_high in (0, None):
            continue
        burden = "発注者負担" if side == "orderer" else "ワーカー負担・報酬から差引"
        rows.append(FeeRow(
            platform=p.id,
            side=side,
            label_ja=f"{p.name_ja} システム利用料（{burden}）",
            rate=fee.rate_text() if fee is not None else UNKNOWN_JA,
            minimum_yen=fee.minimum_yen if fee is not None else None,
            amount=fee.amount_on(base_yen) if fee is not None else None,
            as_of=fee.as_of if fee is not None else None,
            source=fee.source if fee is not None else "",
            known=fee is not None and fee.known,
            adds_to_client_cost=side == "orderer",
        ))  # fmt: skip
    return rows
