"""Identifier rules (REFERENCE §6, §12.4): invoice registration numbers and corporate numbers."""

from __future__ import annotations

import re

from .. import corporate_number
from ..text import QT_TRANSLATE_NOOP, normalise
from . import Context, Finding, Severity, rule

B_INVOICE = QT_TRANSLATE_NOOP("basis", "National Tax Agency: structure of the registration number")
B_CHECK = QT_TRANSLATE_NOOP("basis", "Ministry of Finance Ordinance No. 70 of 2014, Art 2 (check digit)")
B_CHECK_INDIVIDUAL = QT_TRANSLATE_NOOP(
    "basis", "Whether the check digit applies to individuals' numbers is not confirmed"
)
B_PUBLISHED = QT_TRANSLATE_NOOP("basis", "National Tax Agency registration publication site")

_SEPARATORS = re.compile(r"[\s\-‐−–ー]")
_INVOICE = re.compile(r"^T\d{13}$")


def normalise_invoice_number(raw: str) -> str:
    """Half-width, upper-case T, spaces and hyphens removed: T1234567890123."""
    return _SEPARATORS.sub("", normalise(raw)).upper()


def _invoice(c: Context) -> str:
    worker = c.order.worker
    return normalise_invoice_number(worker.invoice_number) if worker and worker.invoice_number else ""


@rule("ID-01")
def invoice_number_well_formed(c: Context) -> Finding | None:
    number = _invoice(c)
    if not number or _INVOICE.match(number):
        return None
    message = QT_TRANSLATE_NOOP("rules", "The invoice registration number must be T followed by 13 digits.")
    return Finding("ID-01", Severity.ERROR, message, B_INVOICE, "worker.invoice_number")


@rule("ID-02")
def invoice_check_digit_corporation(c: Context) -> Finding | None:
    number = _invoice(c)
    worker = c.order.worker
    if not _INVOICE.match(number) or worker is None or worker.kind != "corporation":
        return None
    if corporate_number.is_valid(number[1:]):
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "The check digit of the invoice registration number does not match; "
        "check the number on the National Tax Agency's site.",
    )
    return Finding("ID-02", Severity.WARNING, message, B_CHECK, "worker.invoice_number")


@rule("ID-03")
def invoice_check_digit_individual(c: Context) -> Finding | None:
    number = _invoice(c)
    worker = c.order.worker
    if not _INVOICE.match(number) or worker is None or worker.kind == "corporation":
        return None
    if corporate_number.is_valid(number[1:]):
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "The number does not pass the corporate check digit; for individuals this "
        "may be normal. Confirm it on the National Tax Agency's site.",
    )
    return Finding("ID-03", Severity.INFO, message, B_CHECK_INDIVIDUAL, "worker.invoice_number")


@rule("ID-04")
def invoice_number_confirmed(c: Context) -> Finding | None:
    if not _INVOICE.match(_invoice(c)):
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "Confirm the registration on the National Tax Agency's publication site before relying on it.",
    )
    return Finding("ID-04", Severity.INFO, message, B_PUBLISHED, "worker.invoice_number")


@rule("ID-05")
def orderer_corporate_number_valid(c: Context) -> Finding | None:
    raw = c.order.orderer.corporate_number
    if not raw.strip() or corporate_number.is_valid(corporate_number.clean(raw)):
        return None
    message = QT_TRANSLATE_NOOP(
        "rules", "The orderer's corporate number is not 13 digits with a matching check digit."
    )
    return Finding("ID-05", Severity.WARNING, message, B_CHECK, "orderer.corporate_number")
