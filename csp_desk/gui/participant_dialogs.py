"""Registering a workshop's participants: picking clients already in the list (several at once,
with a search), and typing a new SME that is not a client yet."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.client import ClientDraft
from .feedback import show_field_errors
from .models import Column, RowsTableModel
from .views import setup_table


class ClientPickerDialog(QDialog):
    """The clients not yet registered, searched as typed; the rows chosen are `chosen()`."""

    def __init__(self, load: Callable[[str], list[Any]], parent: QWidget | None = None):
        """`load(search)` returns the client rows to offer (the page leaves out those registered)."""
        super().__init__(parent)
        self.setObjectName("clientPicker")
        self.setWindowTitle(self.tr("Add participants from the clients"))
        self._load = load
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr("Choose one or more clients (Ctrl or Shift with a click, or Shift with the arrow keys)."),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search by name, kana, contact, industry or place"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.model: RowsTableModel[Any] = RowsTableModel([
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Prefecture"), lambda r: r.prefecture),
            Column(self.tr("Industry"), lambda r: r.industry),
            Column(self.tr("Contact"), lambda r: r.contact_person),
        ], self)  # fmt: skip
        self.view = QTableView(self)
        self.view.setObjectName("clients")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        setup_table(self.view, self.model, (220, 80, 110))
        layout.addWidget(self.view)
        self.count = QLabel(self)
        layout.addWidget(self.count)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._count())
        self.view.doubleClicked.connect(lambda _i: self.accept())
        self.resize(600, 480)  # fits a 1024×768 projector
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self._load(self.search.text()))
        self._count()

    def _count(self) -> None:
        chosen = len(self.chosen())
        if self.model.rowCount() == 0 and not self.search.text().strip():
            self.count.setText(self.tr("Every client is registered already; register a new SME instead."))
        else:
            text = self.tr("{shown} clients shown, {chosen} chosen")
            self.count.setText(text.format(shown=self.model.rowCount(), chosen=chosen))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(chosen > 0)

    def chosen(self) -> list[int]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [row.id for row in (self.model.row_at(r) for r in rows) if row is not None]


REGISTER_FIELDS = {
    "name": ("name", QLineEdit),
    "kana": ("kana", QLineEdit),
    "contact_person": ("contactPerson", QLineEdit),
    "phone": ("phone", QLineEdit),
    "email": ("email", QLineEdit),
    "corporate_number": ("corporateNumber", QLineEdit),
}


class RegisterDialog(QDialog):
    """A new SME typed by hand (from a phone call or a walk-in): it becomes a client and a
    participant. Checked here like the clients page's form; it stays open until it passes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("registerDialog")
        self.setWindowTitle(self.tr("Register a new SME"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr("A company already among the clients (same name or corporate number) is registered "
                    "as it is; no second client is made."),
            self,
        )  # fmt: skip
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        labels = {
            "name": self.tr("Company name *"),
            "kana": self.tr("Name in kana"),
            "contact_person": self.tr("Contact person"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "corporate_number": self.tr("Corporate number"),
        }
        self.widgets: dict[str, QLineEdit] = {}
        for field, (name, kind) in REGISTER_FIELDS.items():
            widget = kind(self)
            widget.setObjectName(name)
            widget.setMaxLength(500)
            widget.setProperty("fieldLabel", labels[field].rstrip(" *"))
            form.addRow(labels[field], widget)
            self.widgets[field] = widget
        layout.addLayout(form)
        self.errors = QLabel(self)
        self.errors.setObjectName("errorText")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)
        layout.addWidget(self.errors)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def draft(self) -> ClientDraft:
        return ClientDraft(**{field: widget.text() for field, widget in self.widgets.items()})

    def accept(self) -> None:
        errors = self.draft().errors()
        if errors:
            show_field_errors(self.errors, self.widgets, errors)
            return
        super().accept()
