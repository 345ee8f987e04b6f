"""Small helpers the pages share for their tables and forms."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QPlainTextEdit, QTableView, QWidget

from .language import window_settings
from .models import ColumnsTableModel

FIT_UP_TO = 140
"""Pixels up to which a column widens to show its texts whole (a state, a name); longer texts
are elided, shown whole in their tooltip, and the producer can widen the column."""
FIT_ROWS = 200
"""Rows read to fit the columns (a long list's first page, not the whole list)."""


def setup_table(view: QTableView, model: ColumnsTableModel, widths: tuple[int, ...]) -> None:
    """Sets a list up the one way every list works: `widths` are the columns' first widths; each
    column widens to its texts (up to FIT_UP_TO) as rows arrive; the widths the producer drags
    are kept, per list, for the next start; a text too long for its column ends in "…"."""
    view.setModel(model)
    view.verticalHeader().hide()
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setResizeContentsPrecision(FIT_ROWS)
    ColumnWidths(view, widths)


class ColumnWidths(QObject):
    """The widths of one list's columns: first widths, fitted to the texts, then as dragged
    (kept in the settings under `columns/<page>/<list>`)."""

    def __init__(self, view: QTableView, widths: tuple[int, ...]):
        super().__init__(view)
        self.view = view
        self.key = f"columns/{table_key(view)}"
        self._setting = False
        self.dragged: dict[int, int] = {}
        saved = window_settings().value(self.key, "")
        for part in str(saved or "").split(","):
            column, _, width = part.partition(":")
            if column.isdigit() and width.isdigit() and int(width) > 0:
                self.dragged[int(column)] = int(width)
        with self._quietly():
            for column, width in enumerate(widths):
                view.setColumnWidth(column, width)
            for column, width in self.dragged.items():
                view.setColumnWidth(column, width)
        header = view.horizontalHeader()
        header.sectionResized.connect(self._resized)
        model = view.model()
        model.modelReset.connect(self.fit)
        model.rowsInserted.connect(lambda *_args: self.fit())
        self.fit()

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        self._setting = True
        try:
            yield
        finally:
            self._setting = False

    def _last(self, column: int) -> bool:
        header = self.view.horizontalHeader()
        return header.stretchLastSection() and column == header.count() - 1

    def fit(self) -> None:
        """Widens the columns the producer has not sized to show their texts (never narrows)."""
        view, header = self.view, self.view.horizontalHeader()
        if view.model() is None or view.model().rowCount() == 0:
            return
        with self._quietly():
            for column in range(header.count()):
                if column in self.dragged or self._last(column) or header.isSectionHidden(column):
                    continue
                wanted = min(FIT_UP_TO, max(view.sizeHintForColumn(column), header.sectionSizeHint(column)))
                if wanted > view.columnWidth(column):
                    view.setColumnWidth(column, wanted)

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._setting or self._last(column) or new <= 0:
            return  # set here, or the stretched last column following the window
        self.dragged[column] = new
        window_settings().setValue(self.key, ",".join(f"{c}:{w}" for c, w in sorted(self.dragged.items())))


def table_key(view: QTableView) -> str:
    """`<page or dialog class>/<list's object name>`: the same list in every window."""
    owner = view.parent()
    while owner is not None and type(owner).__module__.startswith("PySide6"):
        owner = owner.parent()
    return f"{type(owner).__name__ if owner is not None else 'window'}/{view.objectName() or 'table'}"


def select_row(view: QTableView, model: ColumnsTableModel, predicate: Callable[[Any], bool]) -> bool:
    """Selects the first row matching `predicate` without announcing it as the user's choice."""
    row = model.find(predicate)
    if row < 0:
        return False
    # the first column as shown (columns may be moved): scrolling to a hidden-away one would
    # slide the list sideways and take what identifies the row out of sight
    first = model.index(row, max(0, view.horizontalHeader().logicalIndex(0)))
    selection = view.selectionModel()
    selection.blockSignals(True)
    selection.setCurrentIndex(
        first, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    selection.blockSignals(False)
    view.scrollTo(first)
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
