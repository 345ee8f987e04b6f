"""Export and erasure of a person's data from the window (a worker, or a client's contact person):
one dialog flow for both pages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .context import Desk
from .feedback import warn
from .files import ask_save_file

if TYPE_CHECKING:
    from ..store.db import Store


def export_personal_data(
    parent: QWidget,
    desk: Desk,
    read: Callable[[Store], Any],
    default_name: str,
) -> bool:
    """Everything held about the person, as a JSON file for them (a data subject's request) and the
    same in words beside it (a Word document of the same name) for them to read."""
    from ..reports.personal_data import write_both

    if desk.store is None:
        return False
    title = QCoreApplication.translate("PersonalData", "Export personal data")
    out = ask_save_file(
        parent,
        title,
        default_name,
        QCoreApplication.translate("PersonalData", "JSON (*.json)"),
        "personal_data",
        ".json",
    )
    if out is None:
        return False
    try:
        found = read(desk.store)  # a services.privacy reading, the person's id bound
        readable = write_both(found.data, out, date.today(), found.holder)
    except Exception as exc:
        warn(parent, title, exc)
        return False
    parent.window().statusBar().showMessage(
        QCoreApplication.translate("PersonalData", "Saved {path} and, to read, {readable}").format(
            path=out, readable=readable.name), 5000
    )  # type: ignore[attr-defined]
    return True


def erase_personal_data(
    parent: QWidget,
    desk: Desk,
    erase: Callable[[Store, date], object],
    question: str,
) -> bool:
    """Erases the person's data after asking, through `erase(store, today)` (a services.privacy
    erasure, the person's id bound); it is refused (saying until when) while records that name the
    person must be kept."""
    if desk.store is None:
        return False
    title = QCoreApplication.translate("PersonalData", "Erase personal data")
    if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
        return False
    try:
        erase(desk.store, date.today())
    except Exception as exc:
        warn(parent, title, exc)
        return False
    return True
