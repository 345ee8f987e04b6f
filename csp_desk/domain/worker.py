"""A worker (ワーカー / 受注者), the checks a worker record must pass, and the five rating points."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from enum import StrEnum

from .platforms import platform_id
from .prefectures import PREFECTURES
from .rules.identifiers import normalise_invoice_number
from .text import MAX_LINE, MAX_TEXT, QT_TRANSLATE_NOOP, FieldError, InvalidInput, normalise

NAME_REQUIRED = QT_TRANSLATE_NOOP("validation", "Enter the worker's name.")
TOO_LONG = QT_TRANSLATE_NOOP("validation", "This text is too long (at most {limit:,} characters).")
BAD_INVOICE = QT_TRANSLATE_NOOP(
    "validation", "An invoice registration number is T followed by 13 digits (T1234567890123)."
)
BAD_URL = QT_TRANSLATE_NOOP("validation", "A profile address starts with https:// or http://.")
BAD_PREFECTURE = QT_TRANSLATE_NOOP("validation", "Choose one of the 47 prefectures.")
BAD_KIND = QT_TRANSLATE_NOOP("validation", "Choose individual or corporation.")

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("store", "Worker's name"),
    "kana": QT_TRANSLATE_NOOP("store", "Name in kana"),
    "platform": QT_TRANSLATE_NOOP("store", "Platform"),
    "profile_url": QT_TRANSLATE_NOOP("store", "Profile URL"),
    "kind": QT_TRANSLATE_NOOP("store", "Individual or corporation"),
    "has_employees": QT_TRANSLATE_NOOP("store", "Has employees"),
    "prefecture": QT_TRANSLATE_NOOP("store", "Prefecture"),
    "skills": QT_TRANSLATE_NOOP("store", "Skills"),
    "invoice_number": QT_TRANSLATE_NOOP("store", "Invoice registration number"),
    "notes": QT_TRANSLATE_NOOP("store", "Notes"),
}
"""What each field of a worker is called where the producer reads it (a refused save names them)."""

_INVOICE = re.compile(r"^T\d{13}$")
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
SINGLE_LINE = ("name", "kana", "platform", "profile_url", "prefecture", "invoice_number")


class WorkerKind(StrEnum):
    INDIVIDUAL = "individual"
    CORPORATION = "corporation"


@dataclass
class WorkerDraft:
    """What a worker form holds; validated before it is stored."""

    name: str = ""
    kana: str = ""
    platform: str = ""
    profile_url: str = ""
    kind: str = WorkerKind.INDIVIDUAL.value
    has_employees: bool | None = None
    prefecture: str = ""
    skills: str = ""
    invoice_number: str = ""
    notes: str = ""

    def cleaned(self) -> WorkerDraft:
        out = WorkerDraft(**{f.name: getattr(self, f.name) for f in fields(self)})
        for name in (*SINGLE_LINE, "skills", "notes"):
            setattr(out, name, getattr(out, name).strip())
        out.profile_url = normalise(out.profile_url)
        out.platform = platform_id(out.platform)  # クラウドワークス, CrowdWorks and crowdworks are one
        out.invoice_number = normalise_invoice_number(out.invoice_number)
        return out

    def errors(self) -> list[FieldError]:
        found = []
        if not self.name.strip():
            found.append(FieldError("name", NAME_REQUIRED))
        for name in SINGLE_LINE:
            if len(getattr(self, name)) > MAX_LINE:
                found.append(FieldError(name, TOO_LONG, {"limit": MAX_LINE}))
        for name in ("skills", "notes"):
            if len(getattr(self, name)) > MAX_TEXT:
                found.append(FieldError(name, TOO_LONG, {"limit": MAX_TEXT}))
        number = normalise_invoice_number(self.invoice_number)
        if number and len(number) <= MAX_LINE and not _INVOICE.match(number):
            found.append(FieldError("invoice_number", BAD_INVOICE))
        url = normalise(self.profile_url.strip())
        if url and len(url) <= MAX_LINE and not _URL.match(url):
            found.append(FieldError("profile_url", BAD_URL))
        if self.prefecture and self.prefecture not in PREFECTURES:
            found.append(FieldError("prefecture", BAD_PREFECTURE))
        if self.kind not in tuple(WorkerKind):
            found.append(FieldError("kind", BAD_KIND))
        return found

    def validated(self) -> WorkerDraft:
        found = self.errors()
        if found:
            raise InvalidInput(found)
        return self.cleaned()


RATING_POINTS = ("quality", "schedule", "communication", "skill", "partnership")
RATING_LABELS = {
    "quality": QT_TRANSLATE_NOOP("rating", "Quality"),
    "schedule": QT_TRANSLATE_NOOP("rating", "Schedule"),
    "communication": QT_TRANSLATE_NOOP("rating", "Communication"),
    "skill": QT_TRANSLATE_NOOP("rating", "Skill"),
    "partnership": QT_TRANSLATE_NOOP("rating", "Partnership"),
}
"""The five points CrowdWorks and Lancers rate on (品質・スケジュール・コミュニケーション・スキル・
また依頼したい)."""
BAD_SCORE = QT_TRANSLATE_NOOP("validation", "Each rating point is from 1 to 5.")


def rating_errors(scores: dict[str, int]) -> list[FieldError]:
    return [FieldError(point, BAD_SCORE) for point in RATING_POINTS
            if not isinstance(scores.get(point), int) or not 1 <= scores[point] <= 5]  # fmt: skip
