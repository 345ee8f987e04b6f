"""Clients: search, create, edit and archive the SMEs a producer works for."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ..domain.client import ClientDraft
from ..domain.prefectures import PREFECTURES
from ..domain.text import FieldError, InvalidInput
from ..domain.values import format_yen, parse_count
from .context import Desk
from .edits import Edits, ask_all
from .feedback import show_field_errors, warn
from .forms.ui_clients_page import Ui_ClientsPage
from .models import Column, RowsTableModel
from .personal_data import erase_personal_data, export_personal_data
from .views import bind_fields, select_row, setup_table

# form widget name for each ClientDraft field
FIELD_WIDGETS = {
    "name": "name", "kana": "kana", "industry": "industry", "employees": "employees",
    "capital": "capital", "prefecture": "prefecture", "address": "address",
    "contact_person": "contactPerson", "phone": "phone", "email": "email",
    "corporate_number": "corporateNumber", "notes": "notes",
}  # fmt: skip


class ClientsPage(QWidget):
    openDemoRequested = Signal()
    importRequested = Signal()
    profileRequested = Signal()
    """The start panel's third step: the window opens the producer profile."""

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_ClientsPage()
        self.ui.setupUi(self)
        self._editing: int | None = None
        self._archived = False
        self._opened: Any = None
        """The client as the form showed it (services.clients.OpenedClient): its save is refused
        when someone else changed the same fields meanwhile."""
        self._saved_name = ""

        self.model: RowsTableModel = RowsTableModel([
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Kana"), lambda r: r.kana),
            Column(self.tr("Prefecture"), lambda r: r.prefecture),
            Column(self.tr("Industry"), lambda r: r.industry),
            Column(self.tr("Contact"), lambda r: r.contact_person),
            Column(self.tr("Status"), lambda r: self.tr("Archived") if r.archived else ""),
        ], self)  # fmt: skip
        view = self.ui.clients
        setup_table(view, self.model, (200, 150, 70, 100, 100))
        view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)

        self.ui.prefecture.addItem(self.tr("(not set)"), "")
        for name in PREFECTURES:
            self.ui.prefecture.addItem(name, name)
        self.ui.editorTitle.setObjectName("pageTitle")
        self.ui.errors.setObjectName("errorText")

        self.widgets = bind_fields(self.ui, FIELD_WIDGETS)
        self.edits = Edits(self, desk, "clients", list(self.widgets.values()),
                           lambda: {"record": self._editing}, self.unsaved_subject)  # fmt: skip
        desk.register_editor(self)

        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self.refresh)
        self.ui.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.ui.showArchived.toggled.connect(lambda _on: self.refresh())
        self.ui.newClient.clicked.connect(self.new_client)
        self.ui.save.clicked.connect(self.save)
        self.ui.revert.clicked.connect(self._revert)
        self.ui.archive.clicked.connect(self.toggle_archive)
        self.ui.exportData.clicked.connect(self.export_personal_data)
        self.ui.eraseData.clicked.connect(self.erase_personal_data)
        self.ui.openDemo.clicked.connect(self.openDemoRequested)
        self.ui.importList.clicked.connect(self.importRequested)
        # the start panel, shown while there is no client yet
        self.ui.startTitle.setObjectName("pageTitle")
        self.ui.addFirstClient.clicked.connect(self.new_client)
        self.ui.importFirstList.clicked.connect(self.importRequested)
        self.ui.setProfile.clicked.connect(self.profileRequested)
        self.ui.save.setDefault(True)
        self.ui.save.setShortcut("Ctrl+S")

        desk.storeOpened.connect(self._store_opened)
        desk.changed.connect(lambda what: what == "clients" and self.refresh())
        self._set_store_ready(False)
        self._clear_form()

    # --- list --------------------------------------------------------------------------------

    def _set_store_ready(self, ready: bool) -> None:
        # the list may already show the first rows (read at start-up) while the store loads
        for widget in (self.ui.editorPane, self.ui.newClient, self.ui.openDemo, self.ui.importList,
                       self.ui.addFirstClient, self.ui.importFirstList, self.ui.setProfile):  # fmt: skip
            widget.setEnabled(ready)

    def _store_opened(self) -> None:
        self._set_store_ready(True)
        self._editing = None
        self.refresh()
        self._clear_form()

    def show_rows(self, rows: list) -> None:  # type: ignore[type-arg]
        """Shows rows loaded elsewhere (the start-up job) without another query."""
        self.model.set_rows(rows)
        self._update_empty_state()

    def refresh(self) -> None:
        from ..services import clients

        if self.desk.store is None:
            return
        try:
            found = clients.list_clients(self.desk.store, self.ui.search.text(),
                                         include_archived=self.ui.showArchived.isChecked())  # fmt: skip
        except Exception as exc:
            warn(self, self.tr("Clients"), exc)
            return
        self.model.set_rows(found.rows)
        self._update_empty_state(found.any_client)
        if self._editing is not None:
            self._select(self._editing)

    def _update_empty_state(self, any_client: bool | None = None) -> None:
        """The start panel (first steps) takes the list's place until there is a client."""
        if any_client is None:
            any_client = self.model.rowCount() > 0
        empty = not any_client and not self.ui.search.text()
        self.ui.emptyState.setVisible(empty)
        self.ui.clients.setVisible(not empty)
        self.ui.step2.setVisible(not self.desk.is_demo)
        self.ui.openDemo.setVisible(not self.desk.is_demo)

    def _select(self, client_id: int) -> None:
        select_row(self.ui.clients, self.model, lambda r: r.id == client_id)

    def _row_chosen(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        row = self.model.row_at(current.row())
        if row is None or row.id == self._editing or self.desk.store is None:
            return
        if not self._confirm_leave():
            if self._editing is not None:
                self._select(self._editing)
            else:
                self._unselect()
            return
        self.load(row.id)

    def _unselect(self) -> None:
        selection = self.ui.clients.selectionModel()
        selection.blockSignals(True)
        selection.clearCurrentIndex()
        selection.clearSelection()
        selection.blockSignals(False)

    # --- editor ------------------------------------------------------------------------------

    # the editor the window asks before leaving (gui/edits.py)

    def has_unsaved(self) -> bool:
        return self.edits.unsaved()

    def save_edits(self) -> bool:
        return self.save()

    def discard_edits(self) -> None:
        self._revert()

    def unsaved_subject(self) -> str:
        name = self.ui.name.text().strip() or self._saved_name
        if not name:
            return self.tr("the new client")
        return self.tr("client “{name}”").format(name=name)

    def restore_draft(self, entry: dict) -> None:  # type: ignore[type-arg]
        """Shows a recovered draft in the form (unsaved until saved or discarded)."""
        record = entry.get("record")
        if record is None:
            self.ui.clients.selectionModel().clear()
            self._clear_form()
            self.desk.set_client(None)
        else:
            self.load(int(record))
            if self._editing != record:
                return  # the client is gone: nothing to put the draft into
            self._select(int(record))
        self.edits.restore(entry.get("values", {}))

    def open_client(self, client_id: int) -> None:
        """Shows a client (chosen elsewhere, as a person would pick it in the list)."""
        self.load(client_id)
        if self._editing == client_id:
            self._select(client_id)

    def _confirm_leave(self) -> bool:
        """Asks what to do with unsaved edits here and on the pages that follow the client;
        True when it is fine to move on."""
        following = [e for e in self.desk.editors() if getattr(e, "follows_client", False)]
        return ask_all(self, [self, *following])

    def _clear_form(self) -> None:
        self._fill(ClientDraft(), archived=False)
        self._editing = None
        self.ui.editorTitle.setText(self.tr("New client"))
        for button in (self.ui.archive, self.ui.exportData, self.ui.eraseData):
            button.setEnabled(False)

    def new_client(self) -> None:
        if not self._confirm_leave():
            return
        self.ui.clients.selectionModel().clear()  # selection and current row: a click on it loads it again
        self._clear_form()
        self.desk.set_client(None)
        self.ui.name.setFocus()

    def _fill(self, draft: ClientDraft, *, archived: bool) -> None:
        for field, widget in self.widgets.items():
            value = getattr(draft, field)
            if field in ("employees", "capital"):
                widget.setText(format_yen(value))
            elif field == "prefecture":
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        self._archived = archived
        self.ui.archive.setText(self.tr("Restore") if archived else self.tr("Archive"))
        show_field_errors(self.ui.errors, self.widgets, [])
        self._saved_name = draft.name
        self.edits.snapshot()

    def load(self, client_id: int) -> None:
        from ..services import clients

        assert self.desk.store is not None
        try:
            opened = clients.open_client(self.desk.store, client_id)
        except Exception as exc:
            warn(self, self.tr("Clients"), exc)
            return
        draft = opened.draft
        self._fill(draft, archived=opened.archived)
        self._editing = client_id
        self._opened = opened
        title, about = draft.name, ""
        if opened.taken is not None:  # someone works on it offline: their changes come back later
            who, since = opened.taken
            title = self.tr("{name} (taken along)").format(name=draft.name)
            about = self.tr("{who} took this client along offline on {since}; their changes come back "
                            "when they bring it back.")  # fmt: skip
            about = about.format(who=who, since=f"{since:%Y/%m/%d %H:%M}")
        self.ui.editorTitle.setText(title)
        self.ui.editorTitle.setToolTip(about)
        for button in (self.ui.archive, self.ui.exportData, self.ui.eraseData):
            button.setEnabled(True)
        self.desk.set_client(client_id, draft.name)

    def read_form(self) -> tuple[ClientDraft, list[FieldError]]:
        """The draft in the form, and the errors of fields that are not even numbers."""
        values: dict[str, object] = {}
        errors: list[FieldError] = []
        for field, widget in self.widgets.items():
            if field in ("employees", "capital"):
                values[field], found = parse_count(field, widget.text())
                errors += found
            elif field == "prefecture":
                values[field] = widget.currentData() or ""
            elif isinstance(widget, QPlainTextEdit):
                values[field] = widget.toPlainText()
            else:
                values[field] = widget.text()
        draft = ClientDraft(**{f.name: values[f.name] for f in fields(ClientDraft)})
        return draft, errors

    def save(self) -> bool:
        from ..services import clients

        if self.desk.store is None:
            return False
        draft, errors = self.read_form()
        errors += draft.errors()
        if errors:
            show_field_errors(self.ui.errors, self.widgets, errors)
            return False
        try:
            opened = self._opened if self._editing is not None else None
            client_id = clients.save_client(self.desk.store, draft, self._editing, opened=opened).ids[0]
        except InvalidInput as exc:
            show_field_errors(self.ui.errors, self.widgets, exc.errors)
            return False
        except Exception as exc:
            warn(self, self.tr("Clients"), exc)
            return False
        show_field_errors(self.ui.errors, self.widgets, [])
        self._editing = client_id
        self.refresh()
        self._select(client_id)
        self.load(client_id)
        self.window().statusBar().showMessage(self.tr("Saved."), 3000)
        self.desk.changed.emit("clients_saved")
        return True

    def _revert(self) -> None:
        if self._editing is None:
            self._clear_form()
        else:
            self.load(self._editing)

    def toggle_archive(self) -> None:
        from ..services import clients

        if self._editing is None or self.desk.store is None or not self._confirm_leave():
            return  # archiving shows the record again as stored: typed edits are asked about first
        try:
            clients.set_archived(self.desk.store, self._editing, not self._archived)
        except Exception as exc:
            warn(self, self.tr("Clients"), exc)
            return
        archived_now = not self._archived
        self.load(self._editing)
        self.refresh()
        message = self.tr("Archived: hidden from the daily list, kept in the database.")
        self.window().statusBar().showMessage(message if archived_now else self.tr("Restored."), 4000)

    def export_personal_data(self) -> bool:
        """What is held about the client and its contact person, as a JSON file."""
        from ..services import privacy

        client_id = self._editing
        if client_id is None:
            return False
        def read(store: Any) -> Any:
            return privacy.client_data(store, client_id)

        return export_personal_data(self, self.desk, read, f"personal-data-client-{client_id}.json")

    def erase_personal_data(self) -> bool:
        """Erases the contact person's name, phone and email once no order of the client is kept."""
        from ..services import privacy

        client_id = self._editing
        if client_id is None or not self._confirm_leave():
            return False
        question = self.tr(
            "Erase the contact person's name, phone and email, and the attendees of this client's "
            "consultations? The company and its orders stay. This cannot be undone."
        )
        def erase(store: Any, today: date) -> Any:
            return privacy.erase_client_contact(store, client_id, today)

        if not erase_personal_data(self, self.desk, erase, question):
            return False
        self.load(client_id)
        self.refresh()
        return True
