"""Telling the producer what went wrong: field highlights, messages, store errors."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from .. import i18n
from ..domain.text import QT_TRANSLATE_NOOP, FieldError, InvalidInput

log = logging.getLogger(__name__)

QT_CATALOGUE = QT_TRANSLATE_NOOP(
    "feedback", "The catalogue file {file} cannot be used ({entry}, field {field}): {problem}"
)
QT_OS_ERROR = QT_TRANSLATE_NOOP("feedback", "The file could not be written ({detail}). {path}")
QT_RECORD_KEPT = QT_TRANSLATE_NOOP(
    "feedback",
    "This cannot be removed: a posting or a terms notice issued from it is kept as a record. "
    "Nothing was changed.",
)
QT_FIELD_LINE = QT_TRANSLATE_NOOP("feedback", "{label}: {message}")
QT_UNEXPECTED = QT_TRANSLATE_NOOP(
    "feedback",
    "This could not be finished because of an error csp-desk did not expect ({detail}). "
    "Save your work, then try again; if it happens again, restart csp-desk. "
    "The details are in the log file (Help → Open the log folder).",
)


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def field_message(error: FieldError) -> str:
    return i18n.message(error.context, error.message, **error.params)


def show_field_errors(label: QLabel, widgets: Mapping[str, QWidget], errors: list[FieldError]) -> None:
    """Marks each field in error, lists the messages under the form and focuses the first."""
    for widget in widgets.values():
        if widget.property("invalid"):
            widget.setProperty("invalid", False)
            widget.setToolTip("")
            _restyle(widget)
    lines = []
    first: QWidget | None = None
    order = {name: i for i, name in enumerate(widgets)}
    for error in sorted(errors, key=lambda e: order.get(e.field, len(order))):
        text = field_message(error)
        widget = widgets.get(error.field)
        if widget is not None:
            widget.setProperty("invalid", True)
            widget.setToolTip(text)
            _restyle(widget)
            first = first or widget
            buddy = widget.property("fieldLabel") or ""
            labelled = i18n.message("feedback", QT_FIELD_LINE, label=buddy, message=text)
            lines.append(labelled if buddy else text)
        else:
            lines.append(text)
    label.setText("\n".join(dict.fromkeys(lines)))
    label.setVisible(bool(lines))
    if first is not None:
        first.setFocus()


def error_text(exc: BaseException) -> str:
    """A translated one-paragraph message for any error the core raises."""
    known = known_error_text(exc)
    if known is not None:
        return known
    return i18n.message("feedback", QT_UNEXPECTED, detail=str(exc) or type(exc).__name__)


def known_error_text(exc: BaseException) -> str | None:
    """The message for an error the core raises on purpose; None for one nobody expected."""
    from ..domain.catalogue import CatalogueError
    from ..store.errors import StoreError

    if isinstance(exc, StoreError):
        return i18n.store_text(exc)
    if isinstance(exc, InvalidInput):
        return "\n".join(field_message(e) for e in exc.errors)
    from ..reports.word import TemplateError

    if isinstance(exc, TemplateError):
        problem = i18n.translate("reports", exc.problem)
        return i18n.message("reports", exc.message, path=exc.path, problem=problem)
    if isinstance(exc, CatalogueError):
        return i18n.message(
            "feedback",
            QT_CATALOGUE,
            file=exc.path.name,
            entry=exc.entry,
            field=exc.field,
            problem=i18n.message("catalogue", exc.message, **exc.params),
        )
    if "FOREIGN KEY constraint failed" in str(exc):
        return i18n.message("feedback", QT_RECORD_KEPT)
    if isinstance(exc, OSError):
        return i18n.message("feedback", QT_OS_ERROR, detail=exc.strerror or str(exc),
                            path=exc.filename or "")  # fmt: skip
    return None


def warn(parent: QWidget | None, title: str, exc_or_text: BaseException | str) -> None:
    """Shows a failure to the producer and writes it to the log, with the traceback of an error
    (a failed job's was logged by the job already, from the worker where it happened)."""
    if isinstance(exc_or_text, str):
        text = exc_or_text
        log.warning("%s: %s", title, text)
    else:
        text = error_text(exc_or_text)
        logged_by_job = hasattr(exc_or_text, "details")
        log.warning("%s: %s", title, text, exc_info=None if logged_by_job else exc_or_text)
    QMessageBox.warning(parent, title, text)


def resolve_unsaved(parent: QWidget, title: str, question: str, save: Callable[[], bool]) -> bool | None:
    """Asks what to do with unsaved edits: True when it is fine to move on (saved), None when the
    edits are to be discarded, False when the producer stays (cancelled or the save failed)."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(parent, title, question, buttons.Save | buttons.Discard | buttons.Cancel,
                                  buttons.Save)  # fmt: skip
    if answer == buttons.Save:
        return save()
    if answer == buttons.Discard:
        return None
    return False
