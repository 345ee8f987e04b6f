"""A client (発注者 / 中小企業) and the checks a client record must pass."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from . import corporate_number
from .prefectures import PREFECTURES
from .text import MAX_LINE, MAX_TEXT, QT_TRANSLATE_NOOP, FieldError, InvalidInput, normalise

NAME_REQUIRED = QT_TRANSLATE_NOOP("validation", "Enter the client's name.")
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("store", "Client name"),
    "kana": QT_TRANSLATE_NOOP("store", "Furigana"),
    "industry": QT_TRANSLATE_NOOP("store", "Industry"),
    "employees": QT_TRANSLATE_NOOP("store", "Employees"),
    "capital": QT_TRANSLATE_NOOP("store", "Capital"),
    "prefecture": QT_TRANSLATE_NOOP("store", "Prefecture"),
    "address": QT_TRANSLATE_NOOP("store", "Address"),
    "contact_person": QT_TRANSLATE_NOOP("store", "Contact person"),
    "phone": QT_TRANSLATE_NOOP("store", "Phone"),
    "email": QT_TRANSLATE_NOOP("store", "Email"),
    "corporate_number": QT_TRANSLATE_NOOP("store", "Corporate number"),
    "notes": QT_TRANSLATE_NOOP("store", "Notes"),
}
"""What each field of a client is called where the producer reads it (a refused save names them)."""
TOO_LONG = QT_TRANSLATE_NOOP("validation", "This text is too long (at most {limit:,} characters).")
BAD_EMAIL = QT_TRANSLATE_NOOP("validation", "This is not an email address (name@example.jp).")
BAD_PHONE = QT_TRANSLATE_NOOP(
    "validation", "A phone number has digits, hyphens and brackets only (03-1234-5678)."
)
BAD_CORPORATE_NUMBER = QT_TRANSLATE_NOOP(
    "validation",
    "The corporate number must be 13 digits whose check digit matches; please check it "
    "on the National Tax Agency's corporate number site.",
)
BAD_PREFECTURE = QT_TRANSLATE_NOOP("validation", "Choose one of the 47 prefectures.")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9()\- ]{6,20}$")

SINGLE_LINE = (
    "name", "kana", "industry", "prefecture", "address", "contact_person", "phone", "email",
)  # fmt: skip


@dataclass
class ClientDraft:
    """What a client form holds, already parsed from text; validated before it is stored."""

    name: str = ""
    kana: str = ""
    industry: str = ""
    employees: int | None = None
    capital: int | None = None
    prefecture: str = ""
    address: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    corporate_number: str = ""
    notes: str = ""

    def cleaned(self) -> ClientDraft:
        """Trimmed and normalised where comparing or checking needs it."""
        out = ClientDraft(**{f.name: getattr(self, f.name) for f in fields(self)})
        for name in (*SINGLE_LINE, "notes"):
            setattr(out, name, getattr(out, name).strip())
        out.email = normalise(out.email)
        out.phone = normalise(out.phone)
        out.corporate_number = corporate_number.clean(out.corporate_number)
        return out

    def errors(self) -> list[FieldError]:
        found = []
        if not self.name.strip():
            found.append(FieldError("name", NAME_REQUIRED))
        for name in SINGLE_LINE:
            if len(getattr(self, name)) > MAX_LINE:
                found.append(FieldError(name, TOO_LONG, {"limit": MAX_LINE}))
        if len(self.notes) > MAX_TEXT:
            found.append(FieldError("notes", TOO_LONG, {"limit": MAX_TEXT}))
        email = normalise(self.email)
        if email and len(email) <= MAX_LINE and not _EMAIL.match(email):
            found.append(FieldError("email", BAD_EMAIL))
        phone = normalise(self.phone)
        if phone and len(phone) <= MAX_LINE and not _PHONE.match(phone):
            found.append(FieldError("phone", BAD_PHONE))
        number = corporate_number.clean(self.corporate_number)
        if number and not corporate_number.is_valid(number):
            found.append(FieldError("corporate_number", BAD_CORPORATE_NUMBER))
        if self.prefecture and self.prefecture not in PREFECTURES:
            found.append(FieldError("prefecture", BAD_PREFECTURE))
        return found

    def validated(self) -> ClientDraft:
        """The cleaned draft, or InvalidInput listing every error."""
        found = self.errors()
        if found:
            raise InvalidInput(found)
        return self.cleaned()
