"""Workers: the register of freelancers across platforms, with each one's orders and ratings."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from .. import i18n
from ..domain.platforms import NAMES, platform_id
from ..domain.prefectures import PREFECTURES
from ..domain.text import InvalidInput
from ..domain.values import format_date
from ..domain.worker import WorkerDraft, WorkerKind
from .context import Desk
from .edits import Edits, ask_to_leave
from .feedback import show_field_errors, warn
from .forms.ui_workers_page import Ui_WorkersPage
from .models import Column, PagedTableModel, RowsTableModel
from .personal_data import erase_personal_data, export_personal_data
from .views import bind_fields, select_row, setup_table

FIELD_WIDGETS = {
    "name": "name",
    "kana": "kana",
    "platform": "platform",
    "profile_url": "profileUrl",
    "kind": "kind",
    "prefecture": "prefecture",
    "skills": "skills",
    "invoice_number": "invoiceNumber",
    "notes": "notes",
}


def platform_name(platform: str) -> str:
    """A platform as people name it (クラウドワークス), not its stored id; unknown ones as typed."""
    name = NAMES.get(platform)
    return i18n.message("platform", name) if name else platform


def fill_platforms(box: QComboBox) -> None:
    """The known platforms by name, each with its id as the item's data."""
    for platform, name in NAMES.items():
        box.addItem(i18n.message("platform", name), platform)


def _stars(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


class WorkersPage(QWidget):
    importRequested = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_WorkersPage()
        self.ui.setupUi(self)
        self._editing: int | None = None
        self._opened: Any = None
        self._archived = False
        self._saved_name = ""

        self.model: PagedTableModel[Any] = PagedTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Platform"), lambda r: platform_name(r.platform)),
                Column(self.tr("Prefecture"), lambda r: r.prefecture),
                Column(self.tr("Orders"), lambda r: r.orders or "", align_right=True),
                Column(self.tr("Rating"), lambda r: _stars(r.rating), align_right=True),
                Column(self.tr("Skills"), lambda r: r.skills),
            ],
            ["name", "platform", "prefecture", "orders", "rating", None],
            self,
        )
        setup_table(self.ui.workers, self.model, (170, 100, 80, 60, 60))
        self.ui.workers.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.history: RowsTableModel[Any] = RowsTableModel(
            [
                Column(self.tr("Contracted"), lambda r: format_date(r.contracted_on)),
                Column(self.tr("Client"), lambda r: r.client),
                Column(self.tr("Work"), lambda r: r.work_item),
                Column(self.tr("Amount"), lambda r: f"¥{r.amount:,}", align_right=True),
                Column(self.tr("Rating"), lambda r: _stars(r.rating), align_right=True),
            ],
            self,
        )
        setup_table(self.ui.history, self.history, (90, 140, 180, 90))
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)

        self._fill_platforms()
        self.ui.kind.addItem(self.tr("Individual"), WorkerKind.INDIVIDUAL.value)
        self.ui.kind.addItem(self.tr("Corporation"), WorkerKind.CORPORATION.value)
        self.ui.prefecture.addItem(self.tr("(not set)"), "")
        for name in PREFECTURES:
            self.ui.prefecture.addItem(name, name)
        self.ui.editorTitle.setObjectName("pageTitle")
        self.ui.errors.setObjectName("errorText")
        self.widgets = bind_fields(self.ui, FIELD_WIDGETS)
        self.edits = Edits(self, desk, "workers", [*self.widgets.values(), self.ui.hasEmployees],
                           lambda: {"record": self._editing}, self.unsaved_subject)  # fmt: skip
        desk.register_editor(self)

        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.refresh)
        self.ui.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.ui.showArchived.toggled.connect(lambda _on: self.refresh())
        self.ui.newWorker.clicked.connect(self.new_worker)
        self.ui.save.clicked.connect(self.save)
        self.ui.revert.clicked.connect(self._revert)
        self.ui.archive.clicked.connect(self.toggle_archive)
        self.ui.importList.clicked.connect(self.importRequested)
        self.ui.exportData.clicked.connect(self.export_personal_data)
        self.ui.eraseData.clicked.connect(self.erase_personal_data)
        desk.storeOpened.connect(self._store_opened)
        desk.changed.connect(lambda what: what == "workers" and self.refresh())
        desk.changed.connect(lambda what: what == "platforms" and self._fill_platforms())
        desk.storeOpened.connect(self._fill_platforms)
        self._clear_form()
        if desk.store is not None:
            self.refresh()

    def _fill_platforms(self) -> None:
        """The platforms of the register (the producer's own ones too), keeping what is typed."""
        from .platforms_dialog import fill_platform_box, load_register

        box = self.ui.platform
        typed = box.currentText()
        blocked = box.blockSignals(True)
        box.clear()
        if self.desk.store is None:
            fill_platforms(box)
        else:
            fill_platform_box(box, load_register(self.desk))
        box.setCurrentText(typed)
        box.blockSignals(blocked)

    # --- list --------------------------------------------------------------------------------

    def _store_opened(self) -> None:
        self._editing = None
        self._clear_form()
        self.refresh()

    def refresh(self) -> None:
        from ..services import workers

        store = self.desk.store
        if store is None:
            return
        search, archived = self.ui.search.text(), self.ui.showArchived.isChecked()

        def fetch(offset: int, limit: int, sort: str, descending: bool) -> list[Any]:
            return workers.list_workers(store, search, offset=offset, limit=limit, sort=sort,
                                        descending=descending, include_archived=archived)  # fmt: skip

        try:
            total = workers.count_workers(store, search, archived)
            self.model.set_source(fetch, total)
        except Exception as exc:
            warn(self, self.tr("Workers"), exc)
            return
        self.ui.count.setText(self.tr("{count} workers").format(count=f"{total:,}"))
        if self._editing is not None:
            select_row(self.ui.workers, self.model, lambda r: r.id == self._editing)

    def _row_chosen(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        row = self.model.row_at(current.row())
        if row is None or row.id == self._editing:
            return
        if not self._confirm_leave():
            selection = self.ui.workers.selectionModel()
            if self._editing is None or not select_row(self.ui.workers, self.model,
                                                       lambda r: r.id == self._editing):  # fmt: skip
                selection.blockSignals(True)
                selection.clearCurrentIndex()
                selection.clearSelection()
                selection.blockSignals(False)
            return
        self.load(row.id)

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
            return self.tr("the new worker")
        return self.tr("worker “{name}”").format(name=name)

    def restore_draft(self, entry: dict) -> None:  # type: ignore[type-arg]
        """Shows a recovered draft in the form (unsaved until saved or discarded)."""
        record = entry.get("record")
        if record is None:
            self.ui.workers.selectionModel().clear()
            self._clear_form()
        else:
            self.load(int(record))
            if self._editing != record:
                return  # the worker is gone: nothing to put the draft into
            select_row(self.ui.workers, self.model, lambda r: r.id == record)
        self.edits.restore(entry.get("values", {}))

    def _confirm_leave(self) -> bool:
        return ask_to_leave(self, self)

    def _clear_form(self) -> None:
        self._fill(WorkerDraft(), archived=False)
        self._editing = None
        self.history.set_rows([])
        self.ui.editorTitle.setText(self.tr("New worker"))
        for button in (self.ui.archive, self.ui.exportData, self.ui.eraseData):
            button.setEnabled(False)

    def new_worker(self) -> None:
        if not self._confirm_leave():
            return
        self.ui.workers.selectionModel().clear()  # a click on the same row loads it again
        self._clear_form()
        self.ui.name.setFocus()

    def _fill(self, draft: WorkerDraft, *, archived: bool) -> None:
        for field, widget in self.widgets.items():
            value = getattr(draft, field)
            if field in ("kind", "prefecture"):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif field == "platform":
                widget.setCurrentText(platform_name(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        self.ui.hasEmployees.setChecked(bool(draft.has_employees))
        self._archived = archived
        self.ui.archive.setText(self.tr("Restore") if archived else self.tr("Archive"))
        show_field_errors(self.ui.errors, self.widgets, [])
        self._saved_name = draft.name
        self.edits.snapshot()

    def load(self, worker_id: int) -> None:
        from ..services import workers

        assert self.desk.store is not None
        try:
            view = workers.load_worker(self.desk.store, worker_id)
            row, history = view.row, view.history
        except Exception as exc:
            warn(self, self.tr("Workers"), exc)
            return
        self._fill(row.draft, archived=row.archived)
        self.history.set_rows(history)
        self._editing = worker_id
        self._opened = row  # the record and its version, saved back with them (store/versions)
        self.ui.editorTitle.setText(row.draft.name)
        for button in (self.ui.archive, self.ui.exportData, self.ui.eraseData):
            button.setEnabled(True)

    def read_form(self) -> WorkerDraft:
        values: dict[str, object] = {}
        for field, widget in self.widgets.items():
            if field in ("kind", "prefecture"):
                values[field] = widget.currentData() or ""
            elif field == "platform":
                values[field] = platform_id(widget.currentText())
            elif isinstance(widget, QPlainTextEdit):
                values[field] = widget.toPlainText()
            else:
                values[field] = widget.text()
        values["has_employees"] = self.ui.hasEmployees.isChecked()
        return WorkerDraft(**{f.name: values[f.name] for f in fields(WorkerDraft)})

    def save(self) -> bool:
        from ..services import workers

        if self.desk.store is None:
            return False
        draft = self.read_form()
        errors = draft.errors()
        if errors:
            show_field_errors(self.ui.errors, self.widgets, errors)
            return False
        try:
            opened = self._opened if self._editing is not None else None
            worker_id = workers.save_worker(self.desk.store, draft, self._editing, opened=opened).ids[0]
        except InvalidInput as exc:
            show_field_errors(self.ui.errors, self.widgets, exc.errors)
            return False
        except Exception as exc:
            warn(self, self.tr("Workers"), exc)
            return False
        self._editing = worker_id
        self.refresh()
        self.load(worker_id)
        self.window().statusBar().showMessage(self.tr("Saved."), 3000)
        self.desk.changed.emit("workers_saved")
        return True

    def _revert(self) -> None:
        if self._editing is None:
            self._clear_form()
        else:
            self.load(self._editing)

    def toggle_archive(self) -> None:
        from ..services import workers

        if self._editing is None or self.desk.store is None or not self._confirm_leave():
            return  # archiving shows the record again as stored: typed edits are asked about first
        try:
            workers.set_archived(self.desk.store, self._editing, not self._archived)
        except Exception as exc:
            warn(self, self.tr("Workers"), exc)
            return
        self.load(self._editing)
        self.refresh()

    def export_personal_data(self) -> bool:
        """Everything held about the worker, as a JSON file for them (a data subject's request)."""
        from ..services import privacy

        worker_id = self._editing
        if worker_id is None:
            return False
        def read(store: Any) -> Any:
            return privacy.worker_data(store, worker_id)

        return export_personal_data(self, self.desk, read, f"personal-data-{worker_id}.json")

    def erase_personal_data(self) -> bool:
        """Anonymises the worker once no order they touched must still be kept."""
        from ..services import privacy

        worker_id = self._editing
        if worker_id is None or not self._confirm_leave():
            return False
        question = self.tr(
            "Erase this worker's name, contacts, invoice number and notes? Their orders stay, "
            "under an anonymous name. This cannot be undone."
        )
        def erase(store: Any, today: date) -> Any:
            return privacy.erase_worker(store, worker_id, today)

        if not erase_personal_data(self, self.desk, erase, question):
            return False
        self.load(worker_id)
        self.refresh()
        return True
