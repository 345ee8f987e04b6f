"""Small helpers the pages share for their tables and forms."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QPlainTextEdit, QTableView, QWidget

from .models import ColumnsTableModel


def setup_table(view: QTableView, model: ColumnsTableModel, widths: tuple[int, ...]) -> None:
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)


def select_row(view: QTableView, model: ColumnsTableModel, predicate: Callable[[Any], bool]) -> bool:
    """Selects the first row matching `predicate` without announcing it as the user's choice."""
    row = model.find(predicate)
    if row < 0:
        return False
    selection = view.selectionModel()
    selection.blockSignals(True)
    selection.setCurrentIndex(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    selection.blockSignals(False)
    view.scrollTo(model.index(row, 0))
    return True


def bind_fields(
    ui: object, names: Mapping[str, str], on_edit: Callable[..., None] | None = None
) -> dict[str, QWidget]:
    """The form's widget for each field, labelled for error messages and watched for edits.

    `names` maps a field of the domain draft to the widget's object name in the form; each
    widget has a label named `<widget>Label` whose text names the field in error messages.
    """
    widgets: dict[str, QWidget] = {}
    for field, name in names.items():
        widget = getattr(ui, name)
        label = getattr(ui, f"{name}Label")
        widget.setProperty("fieldLabel", label.text().rstrip(" *"))
        if on_edit is not None:
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(on_edit)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(on_edit)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(on_edit)
        widgets[field] = widget
    return widgets
