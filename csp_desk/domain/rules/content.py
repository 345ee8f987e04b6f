"""What a posting must not ask for or reveal (POST-14, POST-15, POST-19).

The concept scanner (csp_desk.domain.language) reads the posting; each finding quotes the words
that triggered each concept. The concepts and their words are data (data/concepts/*.json).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..employment import posting_hits, quotes
from ..orders import Order
from ..text import QT_TRANSLATE_NOOP, normalise
from . import Context, Finding, Severity, rule

if TYPE_CHECKING:
    from ..language.matcher import Hit

B_PROHIBITED = QT_TRANSLATE_NOOP(
    "basis", "Association checklist item 7; platform terms; stealth-marketing regulation"
)
B_RESERVED = QT_TRANSLATE_NOOP("basis", "Association checklist item 12; professional statutes")
B_CONFIDENTIAL = QT_TRANSLATE_NOOP("basis", "Association checklist items 16–17")


def _hits(order: Order, prefix: str) -> list[Hit]:
    return [h for h in posting_hits(order) if h.concept.startswith(prefix)]


@rule("POST-14")
def prohibited_content(c: Context) -> Finding | None:
    hits = _hits(c.order, "promo.")
    if not hits:
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "The posting asks for work platforms and the law do not allow ({words}): fake or "
        "undisclosed reviews, account farming, harvesting personal data or ghost-writing "
        "coursework.",
    )
    return Finding("POST-14", Severity.WARNING, message, B_PROHIBITED, "description", {"words": quotes(hits)})


@rule("POST-15")
def reserved_profession(c: Context) -> Finding | None:
    hits = _hits(c.order, "prof.")
    if not hits:
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "Paid work of this kind is reserved to licensed professionals ({words}): order layout or "
        "research instead, or ask a licensed professional.",
    )
    return Finding("POST-15", Severity.WARNING, message, B_RESERVED, "description", {"words": quotes(hits)})


def _key(text: str) -> str:
    """What two contacts are compared by: digits of a phone number, an address in lower case."""
    text = normalise(text).casefold()
    digits = re.sub(r"\D", "", text)
    return digits if "@" not in text and len(digits) >= 9 else re.sub(r"\s", "", text)


@rule("POST-19")
def confidential_data_in_posting(c: Context) -> Finding | None:
    order = c.order
    # the orderer's own published contact is meant to be seen
    own = [_key(o) for o in (order.orderer.contact, order.contact) if o and o.strip()]
    hits = [
        h for h in _hits(order, "leak.")
        if not (h.concept in ("leak.phone", "leak.email") and any(_key(h.words) in o for o in own))
    ]  # fmt: skip
    if not hits:
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "The public posting contains what may be confidential or someone's personal data "
        "({words}); share it only with the chosen worker, under a confidentiality clause.",
    )
    return Finding(
        "POST-19", Severity.WARNING, message, B_CONFIDENTIAL, "description", {"words": quotes(hits)}
    )
