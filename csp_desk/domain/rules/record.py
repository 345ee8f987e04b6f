"""Rules about a posting's circumstances rather than its terms (POST-18, CONT-04, CONT-18,
CONT-19): they read the PostingRecord the store keeps with the posting and are skipped when
there is none (a bare order file)."""

from __future__ import annotations

import re

from ..posting_record import PostingRecord, PostingStatus
from ..text import QT_TRANSLATE_NOOP, is_blank, normalise
from ..values import format_date
from . import Context, Finding, Severity, rule

B_ART12_2 = QT_TRANSLATE_NOOP("basis", "Freelance Act Art 12(2) (accurate and up to date)")
B_ART3_PROVISO = QT_TRANSLATE_NOOP("basis", "Freelance Act Art 3(1) proviso (undetermined items)")
B_ESCROW = QT_TRANSLATE_NOOP("basis", "Platform rules; Association checklist item 9")
B_LEGAL_ORDERER = QT_TRANSLATE_NOOP(
    "basis", "Who orders: the SME or the producer (telework guideline, intermediaries)"
)

DIRECT = "direct"
"""The platform value of an order outside any platform: there is no escrow to wait for."""


@rule("POST-18")
def posting_kept_current(c: Context) -> Finding | None:
    record = c.record
    if record is None:
        return None
    contract = c.order.contract
    if record.status is PostingStatus.OPEN and contract is not None and contract.contracted_on is not None:
        message = QT_TRANSLATE_NOOP(
            "rules",
            "The posting is still open although the work was commissioned on {date}; "
            "close it on the platform so that nobody applies for a job that is gone.",
        )
        return Finding("POST-18", Severity.WARNING, message, B_ART12_2, "record.status",
                       {"date": format_date(contract.contracted_on)})  # fmt: skip
    if record.status is PostingStatus.OPEN and record.deadline is not None and record.deadline < c.today:
        message = QT_TRANSLATE_NOOP(
            "rules",
            "The posting is still open after its deadline ({date}); close it or extend it on the platform.",
        )
        return Finding("POST-18", Severity.WARNING, message, B_ART12_2, "record.deadline",
                       {"date": format_date(record.deadline)})  # fmt: skip
    changed, first = record.terms_changed_on, record.first_application_on
    if changed is not None and first is not None and changed >= first and not record.applicants_notified:
        message = QT_TRANSLATE_NOOP(
            "rules",
            "The terms were changed on {changed}, after applications arrived (from {first}); "
            "tell the applicants what changed.",
        )
        return Finding("POST-18", Severity.WARNING, message, B_ART12_2, "record.applicants_notified",
                       {"changed": format_date(changed), "first": format_date(first)})  # fmt: skip
    return None


@rule("CONT-04")
def undetermined_items_followed(c: Context) -> Finding | None:
    record = c.record
    if record is None or not record.undetermined:
        return None
    unexplained = [u.item.strip() or "?" for u in record.undetermined
                   if is_blank(u.reason) or u.planned_on is None]  # fmt: skip
    if unexplained:
        message = QT_TRANSLATE_NOOP(
            "rules",
            "For each term left undetermined ({items}), record why it cannot be fixed yet "
            "and when it will be.",
        )
        return Finding("CONT-04", Severity.WARNING, message, B_ART3_PROVISO, "record.undetermined",
                       {"items": unexplained})  # fmt: skip
    unsent = [u.item.strip() for u in record.undetermined
              if u.fixed_on is not None and u.supplement_sent_on is None]  # fmt: skip
    if unsent:
        message = QT_TRANSLATE_NOOP(
            "rules",
            "Send the worker a supplementary notice for the terms now fixed ({items}), without delay.",
        )
        return Finding("CONT-04", Severity.WARNING, message, B_ART3_PROVISO, "record.undetermined",
                       {"items": unsent})  # fmt: skip
    late = [u.item.strip() for u in record.undetermined
            if u.fixed_on is None and u.planned_on is not None and u.planned_on < c.today]  # fmt: skip
    if late:
        message = QT_TRANSLATE_NOOP(
            "rules", "The planned date to fix these terms has passed: {items}. Fix them or record a new date."
        )
        return Finding("CONT-04", Severity.WARNING, message, B_ART3_PROVISO, "record.undetermined",
                       {"items": late})  # fmt: skip
    return None


@rule("CONT-18")
def escrow_before_work(c: Context) -> Finding | None:
    record = c.record
    if record is None or record.started_on is None or normalise(c.order.platform).lower() == DIRECT:
        return None
    if record.escrowed_on is not None and record.escrowed_on <= record.started_on:
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "Work started on {date} before the payment was put in escrow (仮払い) on the platform; "
        "the worker carries the risk of not being paid.",
    )
    return Finding("CONT-18", Severity.WARNING, message, B_ESCROW, "record.escrowed_on",
                   {"date": format_date(record.started_on)})  # fmt: skip


_SPACES = re.compile(r"\s+")
_ABBREVIATIONS = {"(株)": "株式会社", "(有)": "有限会社", "(同)": "合同会社"}


def party_key(name: str) -> str:
    """A name compared as people read it: NFKC, no spaces, (株) = 株式会社."""
    key = _SPACES.sub("", normalise(name))
    for short, full in _ABBREVIATIONS.items():
        key = key.replace(short, full)
    return key


def same_party(a: str, b: str) -> bool:
    key_a, key_b = party_key(a), party_key(b)
    return bool(key_a and key_b) and (key_a in key_b or key_b in key_a)


def _committed(record: PostingRecord, c: Context) -> bool:
    """The orderer is fixed once the posting went out or a contract is being written."""
    return record.status is not PostingStatus.DRAFT or c.order.contract is not None


@rule("CONT-19")
def legal_orderer_recorded(c: Context) -> Finding | None:
    record = c.record
    if record is None or not _committed(record, c):
        return None
    if record.legal_orderer is None:
        message = QT_TRANSLATE_NOOP(
            "rules",
            "Record who legally orders this work: the client or you as producer. "
            "The duties of the Freelance Act fall on that party.",
        )
        return Finding("CONT-19", Severity.WARNING, message, B_LEGAL_ORDERER, "record.legal_orderer")
    expected = record.expected_party
    if is_blank(record.platform_party):
        message = QT_TRANSLATE_NOOP(
            "rules", "Record the orderer named on the platform contract, to check it is {expected}."
        )
        return Finding("CONT-19", Severity.WARNING, message, B_LEGAL_ORDERER, "record.platform_party",
                       {"expected": expected or "?"})  # fmt: skip
    if expected and not same_party(record.platform_party, expected):
        message = QT_TRANSLATE_NOOP(
            "rules",
            "The platform contract names {party}, but the legal orderer recorded is {expected}; "
            "the contract and the terms notice must name the same party.",
        )
        return Finding("CONT-19", Severity.WARNING, message, B_LEGAL_ORDERER, "record.platform_party",
                       {"party": record.platform_party.strip(), "expected": expected})  # fmt: skip
    if expected and not same_party(c.order.orderer.name, expected):
        message = QT_TRANSLATE_NOOP(
            "rules",
            "The posting names {orderer} as orderer, but the legal orderer recorded is {expected}.",
        )
        return Finding("CONT-19", Severity.WARNING, message, B_LEGAL_ORDERER, "orderer.name",
                       {"orderer": c.order.orderer.name.strip(), "expected": expected})  # fmt: skip
    return None
