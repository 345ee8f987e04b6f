"""Business settings kept in the database, so the window and the command line see the same ones
(and a team sharing a database shares them): the follow-up's silence threshold, the producer's
fee rate per client and the days a proposal stands.

Older versions kept these in the window's Qt settings file; carry_over() brings them in once."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ..domain.costs import RateError, parse_rate, percent
from ..domain.followup import DEFAULT_SILENCE_DAYS
from ..domain.proposal import DEFAULT_VALID_DAYS
from ..domain.text import QT_TRANSLATE_NOOP, Refused

if TYPE_CHECKING:
    from ..store.db import Store

SILENCE_DAYS = "follow_up.silence_days"
VALID_DAYS = "documents.valid_days"
LAST_FEE_RATE = "documents.fee_rate"
SILENCE_RANGE = (1, 30)
VALID_RANGE = (1, 365)

SILENCE_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "settings", "The warning after no reply must be from {low} to {high} business days (not {value})."
)
VALID_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "settings", "A proposal stands from {low} to {high} days (not {value})."
)


class SettingRefused(Refused):
    """A setting's value is refused; nothing was changed. `message` is translated in "settings"
    (a fee rate's in "costs")."""

    def __init__(self, message: str, context: str = "settings", **params: object):
        super().__init__(message, **params)
        self.context = context


def _read(session, key: str) -> object:  # type: ignore[no-untyped-def]
    from ..store.models import Setting

    row = session.get(Setting, key)
    if row is None:
        return None
    try:
        return json.loads(row.value)
    except ValueError:
        return None  # written by hand or broken: the default stands


def _write(session, key: str, value: object) -> None:  # type: ignore[no-untyped-def]
    from ..store.models import Setting

    row = session.get(Setting, key)
    text = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=text))
    elif row.value != text:
        row.value = text


def _in_range(value: object, low: int, high: int) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high else None


def silence_days(store: Store) -> int:
    """After how many business days without a reply the follow-up checks warn (RUN-06)."""
    with store.session() as session:
        return _in_range(_read(session, SILENCE_DAYS), *SILENCE_RANGE) or DEFAULT_SILENCE_DAYS


def set_silence_days(store: Store, days: int) -> None:
    if _in_range(days, *SILENCE_RANGE) is None:
        raise SettingRefused(SILENCE_OUT_OF_RANGE, low=SILENCE_RANGE[0], high=SILENCE_RANGE[1], value=days)
    with store.write() as session:
        _write(session, SILENCE_DAYS, days)


@dataclass(frozen=True)
class DocumentTerms:
    """What a proposal or a budget is written with: the producer's fee (a fraction of the rewards,
    None when no rate was ever given) and the days the proposal stands."""

    fee_rate: Decimal | None
    valid_days: int

    @property
    def fee_text(self) -> str:
        """The rate as a producer types it (「10」, 「12.5」), empty without one."""
        return _rate_text(self.fee_rate) if self.fee_rate is not None else ""


def _rate_text(rate: Decimal) -> str:
    """A rate as a producer types it and as it is kept: 0.125 → 「12.5」."""
    return percent(rate).rstrip("%")


def _rate(text: object) -> Decimal | None:
    if not isinstance(text, str) or not text.strip():
        return None
    try:
        return parse_rate(text)
    except RateError:
        return None


def document_terms(store: Store, client_id: int | None) -> DocumentTerms:
    """The terms last used: this client's fee rate, else the last one given for any client."""
    from ..store.models import Client

    with store.session() as session:
        client = session.get(Client, client_id) if client_id is not None else None
        rate = _rate(client.fee_rate if client is not None else None)
        if rate is None:
            rate = _rate(_read(session, LAST_FEE_RATE))
        days = _in_range(_read(session, VALID_DAYS), *VALID_RANGE) or DEFAULT_VALID_DAYS
    return DocumentTerms(rate, days)


def remember_document_terms(
    store: Store, client_id: int | None, fee_rate: str, valid_days: int
) -> DocumentTerms:
    """Keeps the terms a proposal or a budget was written with: the fee rate for this client (and
    as the last one used), and the days. An empty rate means no fee for this client. Raises
    SettingRefused (nothing kept) for a rate or a number of days that cannot be."""
    from ..store.models import Client

    text = fee_rate.strip()
    rate = None
    if text:
        try:
            rate = parse_rate(text)
        except RateError as exc:
            raise SettingRefused(exc.message, "costs", value=exc.text) from None
    if _in_range(valid_days, *VALID_RANGE) is None:
        raise SettingRefused(VALID_OUT_OF_RANGE, low=VALID_RANGE[0], high=VALID_RANGE[1], value=valid_days)
    terms = DocumentTerms(rate, valid_days)
    with store.write() as session:
        client = session.get(Client, client_id) if client_id is not None else None
        if client is not None and client.fee_rate != terms.fee_text:
            client.fee_rate = terms.fee_text
        if rate is not None:
            _write(session, LAST_FEE_RATE, terms.fee_text)
        _write(session, VALID_DAYS, valid_days)
    return terms


OLD_KEYS = {"silence_days": SILENCE_DAYS, "documents/valid_days": VALID_DAYS,
            "documents/fee_rate": LAST_FEE_RATE}  # fmt: skip
"""The keys older versions used in the window's settings file, and where their values go."""
OLD_CLIENT_RATE = "documents/fee_rate/client_"


def carry_over(store: Store, old: Mapping[str, object]) -> list[str]:
    """Values an older version kept in the window's settings file (`old`: its keys and values)
    seed this database where it has none of its own; returns the keys taken. A value that cannot
    be (a rate of 「abc」) is left behind."""
    from ..store.models import Client

    taken = []
    with store.write() as session:
        for key, value in old.items():
            if key in OLD_KEYS and _read(session, OLD_KEYS[key]) is None:
                if OLD_KEYS[key] == LAST_FEE_RATE:
                    rate = _rate(value)
                    kept: object = _rate_text(rate) if rate is not None else None
                else:
                    number = int(value) if isinstance(value, int | str) and str(value).isdigit() else None
                    low, high = SILENCE_RANGE if key == "silence_days" else VALID_RANGE
                    kept = _in_range(number, low, high)
                if kept is not None:
                    _write(session, OLD_KEYS[key], kept)
                    taken.append(key)
            elif key.startswith(OLD_CLIENT_RATE) and key[len(OLD_CLIENT_RATE):].isdigit():
                client = session.get(Client, int(key[len(OLD_CLIENT_RATE):]))
                rate = _rate(value)
                if client is not None and not client.fee_rate and rate is not None:
                    client.fee_rate = _rate_text(rate)
                    taken.append(key)
    return taken
