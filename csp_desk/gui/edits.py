"""Nothing typed is lost: unsaved edits are asked about (保存 / 破棄 / キャンセル) and kept in a
recovery draft until saved or discarded, so a crash or a power cut loses at most the current field.

A page or dialog that edits is an *editor*: it holds an `Edits` tracker over its form widgets and
answers `has_unsaved()`, `save_edits()` (False when validation refused: stay), `discard_edits()`,
`unsaved_subject()` (what is unsaved, in words) and `restore_draft(entry)`. It registers with the
desk, so quitting, switching the database and switching pages ask every editor the same way.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QDate, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

if TYPE_CHECKING:
    from .context import Desk

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 400
"""How long typing pauses before the recovery draft is written (a finished field is written at once)."""
FORMAT = "csp-desk.recovery/1"


class Editor(Protocol):
    def has_unsaved(self) -> bool: ...
    def unsaved_subject(self) -> str: ...
    def save_edits(self) -> bool: ...
    def discard_edits(self) -> None: ...


# --- asking ----------------------------------------------------------------------------------------


def ask_to_leave(parent: QWidget | None, editor: Editor) -> bool:
    """Asks what to do with an editor's unsaved edits: True when it is fine to go on (saved or
    discarded), False when the producer stays (キャンセル, or the save was refused)."""
    if not editor.has_unsaved():
        return True
    buttons = QMessageBox.StandardButton
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Edits", "Unsaved changes"))
    text = QCoreApplication.translate("Edits", "The changes to {subject} are not saved.")
    box.setText(text.format(subject=editor.unsaved_subject()))
    box.setInformativeText(QCoreApplication.translate("Edits", "Save them before going on?"))
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.button(buttons.Save).setText(QCoreApplication.translate("Edits", "Save"))
    box.button(buttons.Discard).setText(QCoreApplication.translate("Edits", "Discard"))
    box.button(buttons.Cancel).setText(QCoreApplication.translate("Edits", "Cancel"))
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    box.exec()
    clicked = box.standardButton(box.clickedButton()) if box.clickedButton() else buttons.Cancel
    if clicked == buttons.Save:
        return editor.save_edits()
    if clicked == buttons.Discard:
        editor.discard_edits()
        return True
    return False


def ask_all(parent: QWidget | None, editors: Iterable[Editor]) -> bool:
    """Asks once per editor with unsaved edits; False as soon as the producer stays."""
    return all(ask_to_leave(parent, editor) for editor in editors)


# --- the form's values -----------------------------------------------------------------------------


def capture(widgets: Sequence[QWidget]) -> dict[str, Any]:
    """The values of a form's widgets by object name (plain JSON values)."""
    values: dict[str, Any] = {}
    for widget in widgets:
        name = widget.objectName()
        if isinstance(widget, QLineEdit):
            values[name] = widget.text()
        elif isinstance(widget, QPlainTextEdit):
            values[name] = widget.toPlainText()
        elif isinstance(widget, QComboBox):
            values[name] = widget.currentText() if widget.isEditable() else [
                widget.currentIndex(), widget.currentText()]  # fmt: skip
        elif isinstance(widget, QDateEdit):
            values[name] = widget.date().toString("yyyy-MM-dd")
        elif isinstance(widget, QSpinBox):
            values[name] = widget.value()
        elif isinstance(widget, QAbstractButton):
            values[name] = widget.isChecked()
    return values


def fill(widgets: Sequence[QWidget], values: dict[str, Any]) -> None:
    """Puts captured values back into the form's widgets (unknown names are left alone)."""
    for widget in widgets:
        name = widget.objectName()
        if name not in values:
            continue
        value = values[name]
        if isinstance(widget, QLineEdit):
            widget.setText(str(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QComboBox):
            if widget.isEditable():
                widget.setCurrentText(str(value))
            else:
                index, text = value
                found = widget.findText(text)
                widget.setCurrentIndex(found if found >= 0 else int(index))
        elif isinstance(widget, QDateEdit):
            day = QDate.fromString(str(value), "yyyy-MM-dd")
            if day.isValid():
                widget.setDate(day)
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QAbstractButton):
            widget.setChecked(bool(value))


# --- recovery drafts -------------------------------------------------------------------------------


class Drafts:
    """The recovery drafts of one database: one small JSON file in the per-user data folder, written
    atomically (a temporary file, flushed to disk, then renamed over the old one)."""

    def __init__(self, database: Path | str, path: Path | None = None):
        from ..paths import recovery_path

        self.database = database if isinstance(database, str) else str(Path(database).resolve())
        self.path = path or recovery_path(database if isinstance(database, str) else Path(database))
        self._entries: dict[str, dict[str, Any]] = self._read()

    def _read(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("recovery drafts %s cannot be read: %s", self.path, exc)
            return {}
        if not isinstance(data, dict) or data.get("database") != self.database:
            return {}  # another database's file: never offered here
        if data.get("format") != FORMAT:
            return {}  # a format this version does not know
        entries = data.get("drafts")
        return {k: v for k, v in entries.items() if isinstance(v, dict)} if isinstance(entries, dict) else {}

    def entries(self) -> dict[str, dict[str, Any]]:
        return dict(self._entries)

    def put(self, name: str, entry: dict[str, Any]) -> None:
        if self._entries.get(name) == entry:
            return
        self._entries[name] = entry
        self._write()

    def drop(self, name: str) -> None:
        if self._entries.pop(name, None) is not None:
            self._write()

    def clear(self) -> None:
        self._entries.clear()
        self._write()

    def _write(self) -> None:
        try:
            if not self._entries:
                self.path.unlink(missing_ok=True)
                return
            text = json.dumps({"format": FORMAT, "database": self.database, "drafts": self._entries},
                              ensure_ascii=False, indent=1)  # fmt: skip
            handle, temporary = tempfile.mkstemp(prefix=".recovery-", suffix=".tmp", dir=self.path.parent)
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    out.write(text)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(temporary, self.path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as exc:  # a full disk must not stop the typing; the form still asks on leaving
            log.warning("recovery draft not written to %s: %s", self.path, exc, exc_info=True)


# --- one editor's tracker --------------------------------------------------------------------------


class Edits(QObject):
    """Watches an editor's form: unsaved means the form differs from what was last loaded or saved.
    Every edit (after a short pause) and every finished field writes the recovery draft."""

    def __init__(
        self,
        owner: QWidget,
        desk: Desk,
        name: str,
        widgets: Iterable[QWidget],
        context: Callable[[], dict[str, Any] | None],
        subject: Callable[[], str],
        extra: tuple[Callable[[], Any], Callable[[Any], None]] | None = None,
    ):
        """`context` says which record the form shows (None: no record, nothing to keep);
        `extra` reads and writes form state that is not a widget (a table's rows, say)."""
        super().__init__(owner)
        self.desk, self.name = desk, name
        self.widgets = [w for w in widgets if w.objectName()]
        self._context, self._subject, self._extra = context, subject, extra
        self._saved: dict[str, Any] = {}
        self._timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.keep_draft)
        for widget in self.widgets:
            self._watch(widget)
        self._saved = self.values()  # no draft is dropped here: the page may be built before the offer

    def _watch(self, widget: QWidget) -> None:
        later = self._timer.start
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _t: later())
            widget.editingFinished.connect(self.keep_draft)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(later)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i: later())
            if widget.isEditable():
                widget.editTextChanged.connect(lambda _t: later())
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(lambda _d: later())
            widget.editingFinished.connect(self.keep_draft)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(lambda _v: later())
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(lambda _on: later())

    def changed(self) -> None:
        """Form state outside the watched widgets changed (a table's rows, say)."""
        self._timer.start()

    def values(self) -> dict[str, Any]:
        values = capture(self.widgets)
        if self._extra is not None:
            values["__extra__"] = self._extra[0]()
        return values

    def put_values(self, values: dict[str, Any]) -> None:
        fill(self.widgets, values)
        if self._extra is not None and "__extra__" in values:
            self._extra[1](values["__extra__"])

    def snapshot(self) -> None:
        """What the form shows now is what is saved (just loaded, saved, or discarded)."""
        self._timer.stop()
        self._saved = self.values()
        self._drop()

    def unsaved(self) -> bool:
        return self._context() is not None and self.values() != self._saved

    def keep_draft(self) -> None:
        """Writes the form's unsaved values to the recovery file (or drops a draft no longer needed)."""
        self._timer.stop()
        drafts = self.desk.drafts
        if drafts is None:
            return
        context = self._context()
        if context is None or not self.unsaved():
            drafts.drop(self.name)
            return
        drafts.put(self.name, {**context, "subject": self._subject(), "values": self.values()})

    def restore(self, values: dict[str, Any]) -> None:
        """Fills the form with a recovered draft; it stays unsaved until saved or discarded."""
        self.put_values(values)
        self.keep_draft()

    def _drop(self) -> None:
        if self.desk.drafts is not None:
            self.desk.drafts.drop(self.name)


def offer_recovery(parent: QWidget | None, drafts: Drafts) -> bool:
    """Asks once whether the input left unsaved last time is to be restored: True to restore,
    False when the producer discards it (the drafts are then removed)."""
    entries = drafts.entries()
    if not entries:
        return False
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Edits", "Unsaved input"))
    box.setText(
        QCoreApplication.translate("Edits", "There is input that was not saved last time. Restore it?")
    )
    subjects = "\n".join(f"・{entry.get('subject', '')}" for entry in entries.values())
    box.setInformativeText(subjects)
    role = QMessageBox.ButtonRole
    restore = box.addButton(QCoreApplication.translate("Edits", "Restore"), role.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("Edits", "Discard"), role.DestructiveRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(restore)  # closing the box throws nothing away
    box.exec()
    if box.clickedButton() is discard:
        drafts.clear()
        return False
    return True
