"""What the concept scanner's findings mean for POST-13 and CONT-17 (REFERENCE §9.3).

The scanner (csp_desk.domain.language.detect) says which concepts a text contains and quotes the
words; this module holds the severity rule of §9.3 and the short names a finding shows for each
concept, e.g. 「週4日」（勤務時間・日の固定）.

warning: at least one strong signal; or two medium signals of different concepts; or one medium
signal with hourly pay; in a contract, exclusivity alone. info: any other medium or weak signal
(weak signals never warn, however many). Nothing without a signal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .text import QT_TRANSLATE_NOOP, normalise

if TYPE_CHECKING:
    from .language.matcher import Hit
    from .orders import Contract, Order

CONCEPT_LABELS: dict[str, str] = {
    "emp.fixed_hours": QT_TRANSLATE_NOOP("rules", "fixed working hours or days"),
    "emp.shifts": QT_TRANSLATE_NOOP("rules", "shifts set by the orderer"),
    "emp.fixed_place": QT_TRANSLATE_NOOP("rules", "fixed place of work"),
    "emp.monitoring": QT_TRANSLATE_NOOP("rules", "monitoring or constant availability"),
    "emp.hour_reports": QT_TRANSLATE_NOOP("rules", "reports of the hours worked"),
    "emp.work_rules": QT_TRANSLATE_NOOP("rules", "work rules or discipline"),
    "emp.direction": QT_TRANSLATE_NOOP("rules", "detailed direction"),
    "emp.no_refusal": QT_TRANSLATE_NOOP("rules", "no freedom to refuse work"),
    "emp.time_pay": QT_TRANSLATE_NOOP("rules", "pay for time (wages)"),
    "emp.attendance": QT_TRANSLATE_NOOP("rules", "attendance management"),
    "emp.employment_status": QT_TRANSLATE_NOOP("rules", "employment status or hiring"),
    "emp.routine_reports": QT_TRANSLATE_NOOP("rules", "daily reports or attendance"),
    "emp.exclusivity": QT_TRANSLATE_NOOP("rules", "exclusivity"),
    "emp.benefits": QT_TRANSLATE_NOOP("rules", "employee benefits"),
    "emp.equipment": QT_TRANSLATE_NOOP("rules", "equipment provided by the orderer"),
    "emp.no_substitution": QT_TRANSLATE_NOOP("rules", "no substitution"),
    "emp.long_volume": QT_TRANSLATE_NOOP("rules", "long or fixed-volume engagement"),
    "emp.method_fixed": QT_TRANSLATE_NOOP("rules", "method fixed"),
    "promo.stealth_ad": QT_TRANSLATE_NOOP("rules", "undisclosed advertising"),
    "promo.fake_review": QT_TRANSLATE_NOOP("rules", "reviews without real use"),
    "promo.data_harvest": QT_TRANSLATE_NOOP("rules", "harvesting personal data"),
    "promo.account_farming": QT_TRANSLATE_NOOP("rules", "account farming or impersonation"),
    "promo.ghost_writing": QT_TRANSLATE_NOOP("rules", "academic ghost-writing"),
    "prof.tax": QT_TRANSLATE_NOOP("rules", "tax filing (licensed tax accountants)"),
    "prof.registration": QT_TRANSLATE_NOOP("rules", "registration (judicial scriveners)"),
    "prof.legal": QT_TRANSLATE_NOOP("rules", "legal representation or advice (lawyers)"),
    "prof.social_insurance": QT_TRANSLATE_NOOP(
        "rules", "social-insurance filings (labour and social security attorneys)"
    ),
    "prof.administrative": QT_TRANSLATE_NOOP(
        "rules", "filings with public offices (administrative scriveners)"
    ),
    "leak.phone": QT_TRANSLATE_NOOP("rules", "phone number"),
    "leak.email": QT_TRANSLATE_NOOP("rules", "e-mail address"),
    "leak.name_address": QT_TRANSLATE_NOOP("rules", "name and address"),
    "leak.confidential": QT_TRANSLATE_NOOP("rules", "confidentiality marker"),
}


def quotes(hits: Iterable[Hit]) -> list[tuple[str, str]]:
    """(words, concept label) of each hit, each pair once, in text order — a finding's `words`."""
    out: list[tuple[str, str]] = []
    for hit in hits:
        pair = (hit.words, CONCEPT_LABELS.get(hit.concept, hit.concept))
        if pair not in out:
            out.append(pair)
    return out


WARNING, INFO = "warning", "info"


def severity(hits: Sequence[Hit], hourly: bool, contract: bool = False) -> str | None:
    """The §9.3 rule over the employment hits of one text: "warning", "info" or None."""
    signals = [h for h in hits if h.concept.startswith("emp.")]
    if not signals:
        return None
    if any(h.weight == "strong" for h in signals):
        return WARNING
    medium = {h.concept for h in signals if h.weight == "medium"}
    if len(medium) >= 2 or (medium and hourly) or (contract and "emp.exclusivity" in medium):
        return WARNING
    return INFO


_HOURLY = re.compile(
    r"時給|時間給|時間単価|(?:1|一)時間(?:あたり|当たり|につき)\s*[\d,]+\s*円|[\d,]+\s*円\s*/\s*(?:時間|h)\b"
)
_AS_GUIDE = re.compile(r"換算|目安|相当|に直すと|参考")


def states_hourly_pay(*texts: str) -> bool:
    """The text prices the work by the hour (時給1,200円), not as a guide (時給換算の目安)."""
    for text in texts:
        text = normalise(text)
        for m in _HOURLY.finditer(text):
            around = text[max(0, m.start() - 8) : m.end() + 12]
            if not _AS_GUIDE.search(around):
                return True
    return False


PLACE_PREFIX = "作業場所："
"""The `place` field is read as the answer to 「作業場所」 (本社 there is a fixed office)."""


def posting_hits(order: Order) -> list[Hit]:
    """Every concept in a posting's own words: title, description, deliverables, skills, expenses
    and place (the place read as the place of work)."""
    from .language import detect

    hits: list[Hit] = []
    for text in (order.title, order.description, order.deliverables, order.skills, order.expenses):
        hits.extend(detect(text, "posting"))
    place = order.place
    if place and place.strip():
        for hit in detect(PLACE_PREFIX + place, "posting"):
            if hit.concept.startswith("emp.") and hit.end > len(PLACE_PREFIX):
                start = max(0, hit.start - len(PLACE_PREFIX))
                end = hit.end - len(PLACE_PREFIX)
                hits.append(type(hit)(hit.concept, hit.weight, place[start:end], start, end))
    return hits


def contract_hits(contract: Contract) -> list[Hit]:
    """Every concept in a contract's terms (content, delivery place, changes, defects)."""
    from .language import detect

    hits: list[Hit] = []
    k = contract
    for text in (k.content, k.delivery_place, k.change_handling, k.defect_handling):
        hits.extend(detect(text or "", "contract"))
    return hits
