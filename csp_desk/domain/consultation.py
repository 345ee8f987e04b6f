"""A consultation (相談) with a client, and the checks it must pass."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .text import MAX_LINE, MAX_TEXT, QT_TRANSLATE_NOOP, FieldError, InvalidInput

DATE_REQUIRED = QT_TRANSLATE_NOOP("validation", "Enter the date of the consultation.")
TOO_LONG = QT_TRANSLATE_NOOP("validation", "This text is too long (at most {limit:,} characters).")
PROBLEM_TITLE_REQUIRED = QT_TRANSLATE_NOOP("validation", "Enter the problem in a few words.")


FIELD_LABELS = {
    "held_on": QT_TRANSLATE_NOOP("store", "Date of the consultation"),
    "place": QT_TRANSLATE_NOOP("store", "Place"),
    "attendees": QT_TRANSLATE_NOOP("store", "Attendees"),
    "notes": QT_TRANSLATE_NOOP("store", "Consultation notes"),
}
"""What each field of a consultation is called where the producer reads it."""


@dataclass(frozen=True)
class ConsultationDraft:
    held_on: date | None
    place: str = ""
    attendees: str = ""
    notes: str = ""

    def errors(self) -> list[FieldError]:
        found = []
        if self.held_on is None:
            found.append(FieldError("held_on", DATE_REQUIRED))
        for name in ("place", "attendees"):
            if len(getattr(self, name)) > MAX_LINE:
                found.append(FieldError(name, TOO_LONG, {"limit": MAX_LINE}))
        if len(self.notes) > MAX_TEXT:
            found.append(FieldError("notes", TOO_LONG, {"limit": MAX_TEXT}))
        return found

    def validated(self) -> ConsultationDraft:
        found = self.errors()
        if found:
            raise InvalidInput(found)
        return self


def check_problem_title(title: str) -> str:
    """The trimmed title of a typed-in problem, or InvalidInput."""
    title = title.strip()
    if not title:
        raise InvalidInput([FieldError("problem", PROBLEM_TITLE_REQUIRED)])
    if len(title) > MAX_LINE:
        raise InvalidInput([FieldError("problem", TOO_LONG, {"limit": MAX_LINE})])
    return title
