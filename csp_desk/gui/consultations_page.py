"""Consultations with the chosen client, and the problems heard in each."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import i18n
from ..domain.breakdown import from_template
from ..domain.consultation import ConsultationDraft, check_problem_title
from ..domain.text import InvalidInput
from .commands import StoreCommand
from .context import Desk
from .edits import Edits, ask_to_leave
from .feedback import show_field_errors, warn
from .forms.ui_consultations_page import Ui_ConsultationsPage
from .models import Column, RowsListModel, RowsTableModel
from .views import bind_fields, select_row, setup_table


class ConsultationsPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_ConsultationsPage()
        self.ui.setupUi(self)
        self._editing: int | None = None
        self._opened: Any = None
        self.follows_client = True
        """Asked before another client is chosen: the form shows one of this client's consultations."""

        self.model: RowsTableModel = RowsTableModel([
            Column(self.tr("Date"), lambda r: r.held_on.strftime("%Y/%m/%d")),
            Column(self.tr("Place"), lambda r: r.place),
            Column(self.tr("Problems"), lambda r: str(r.problem_count), align_right=True),
        ], self)  # fmt: skip
        view = self.ui.consultations
        setup_table(view, self.model, (100, 170))
        view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.problems = RowsListModel(lambda r: r.title, self)
        self.ui.problems.setModel(self.problems)
        self.ui.errors.setObjectName("errorText")
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.widgets = bind_fields(self.ui, {
            "held_on": "heldOn", "place": "place", "attendees": "attendees", "notes": "notes",
        })  # fmt: skip
        self.edits = Edits(self, desk, "consultations", list(self.widgets.values()), self._draft_context,
                           self.unsaved_subject)  # fmt: skip
        desk.register_editor(self)

        self.ui.newConsultation.clicked.connect(self.new_consultation)
        self.ui.save.clicked.connect(self.save)
        self.ui.deleteConsultation.clicked.connect(self.delete)
        self.ui.addFromCatalogue.clicked.connect(self.add_from_catalogue)
        self.ui.addCustom.clicked.connect(self.add_custom)
        self.ui.customProblem.returnPressed.connect(self.add_custom)
        self.ui.removeProblem.clicked.connect(self.remove_problem)
        self.ui.catalogueProblems.currentIndexChanged.connect(self._show_hint)

        desk.storeOpened.connect(self._fill_catalogue)
        self._fill_catalogue()
        desk.clientChanged.connect(lambda _id: self.refresh())
        desk.changed.connect(self._changed)
        self.refresh()

    def _changed(self, what: str) -> None:
        if what == "breakdown" and self._editing is not None:
            self.refresh()  # the problem counts in the list
            self._refresh_problems()

    def _fill_catalogue(self) -> None:
        box = self.ui.catalogueProblems
        box.clear()
        catalogue = self.desk.catalogue
        if catalogue is None:
            return
        english = i18n.current() == "en"
        for problem in catalogue.problems:
            box.addItem(problem.name_en if english else problem.name_ja, problem.id)

    def _show_hint(self) -> None:
        catalogue = self.desk.catalogue
        problem = catalogue.problem(self.ui.catalogueProblems.currentData()) if catalogue else None
        if problem is None:
            self.ui.catalogueHint.setText("")
            return
        titles = "、".join(w.title for w in problem.work_items)
        hint = self.tr("{description}. Proposed work: {titles}").format(
            description=problem.description, titles=titles
        )
        self.ui.catalogueHint.setText(hint)

    # --- consultations -----------------------------------------------------------------------

    def refresh(self) -> None:
        has_client = self.desk.client_id is not None and self.desk.store is not None
        self.setEnabled(has_client)
        if not has_client:
            self.model.set_rows([])
            self.problems.set_rows([])
            self._editing = None
            return
        assert self.desk.store is not None and self.desk.client_id is not None
        from ..services import consultations

        try:
            rows = consultations.list_consultations(self.desk.store, self.desk.client_id)
        except Exception as exc:
            warn(self, self.tr("Consultations"), exc)
            return
        self.model.set_rows(rows)
        if self._editing is not None and self.model.find(lambda r: r.id == self._editing) >= 0:
            self._select(self._editing)
        elif rows:
            self._select(rows[0].id)
            self._load(rows[0].id)
        else:
            self._start_new()

    def show_consultation(self, consultation_id: int) -> None:
        """Shows one of the client's consultations, chosen elsewhere (a workshop participant's)."""
        self.refresh()
        if consultation_id != self._editing and self.model.find(lambda r: r.id == consultation_id) >= 0:
            self._select(consultation_id)
            self._load(consultation_id)

    def _select(self, consultation_id: int) -> None:
        select_row(self.ui.consultations, self.model, lambda r: r.id == consultation_id)

    def _row_chosen(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        row = self.model.row_at(current.row())
        if row is None or row.id == self._editing:
            return
        if not ask_to_leave(self, self):
            if self._editing is not None:
                self._select(self._editing)
            else:
                selection = self.ui.consultations.selectionModel()
                selection.blockSignals(True)
                selection.clearCurrentIndex()
                selection.clearSelection()
                selection.blockSignals(False)
            return
        self._load(row.id)

    # --- the editor the window asks before leaving (gui/edits.py) ------------------------------

    def _draft_context(self) -> dict | None:  # type: ignore[type-arg]
        if self.desk.client_id is None or self.desk.store is None:
            return None
        return {"record": self._editing, "client": self.desk.client_id}

    def has_unsaved(self) -> bool:
        return self.edits.unsaved()

    def save_edits(self) -> bool:
        return self.save()

    def discard_edits(self) -> None:
        if self._editing is not None and self.model.find(lambda r: r.id == self._editing) >= 0:
            self._load(self._editing)
        else:
            self._start_new()

    def unsaved_subject(self) -> str:
        held = self.ui.heldOn.date()
        day = f"{held.year()}/{held.month():02d}/{held.day():02d}"
        if self._editing is None:
            return self.tr("the new consultation of {date}").format(date=day)
        return self.tr("the consultation of {date}").format(date=day)

    def restore_draft(self, entry: dict) -> None:  # type: ignore[type-arg]
        """Shows a recovered draft in the form (unsaved until saved or discarded)."""
        if entry.get("client") != self.desk.client_id:
            return
        record = entry.get("record")
        if record is None:
            self._start_new()
        else:
            self._select(int(record))
            self._load(int(record))
            if self._editing != record:
                return  # the consultation is gone: nothing to put the draft into
        self.edits.restore(entry.get("values", {}))

    def _load(self, consultation_id: int) -> None:
        row = next((r for r in self.model.rows() if r.id == consultation_id), None)
        if row is None:
            return
        self._editing = row.id
        self._opened = row  # saved back with its version (store/versions)
        self.ui.heldOn.setDate(QDate(row.held_on.year, row.held_on.month, row.held_on.day))
        self.ui.place.setText(row.place)
        self.ui.attendees.setText(row.attendees)
        self.ui.notes.setPlainText(row.notes)
        self.ui.deleteConsultation.setEnabled(True)
        show_field_errors(self.ui.errors, self.widgets, [])
        self._refresh_problems()
        self.edits.snapshot()

    def _start_new(self) -> None:
        self._editing = None
        self.ui.consultations.selectionModel().clear()  # a click on the same row loads it again
        today = date.today()
        self.ui.heldOn.setDate(QDate(today.year, today.month, today.day))
        self.ui.place.clear()
        self.ui.attendees.clear()
        self.ui.notes.clear()
        self.problems.set_rows([])
        self.ui.deleteConsultation.setEnabled(False)
        show_field_errors(self.ui.errors, self.widgets, [])
        self.edits.snapshot()

    def new_consultation(self) -> None:
        if not ask_to_leave(self, self):
            return
        self._start_new()
        self.ui.place.setFocus()

    def read_form(self) -> ConsultationDraft:
        held = self.ui.heldOn.date()
        return ConsultationDraft(
            held_on=date(held.year(), held.month(), held.day()),
            place=self.ui.place.text(),
            attendees=self.ui.attendees.text(),
            notes=self.ui.notes.toPlainText(),
        )

    def save(self) -> bool:
        from ..services import consultations

        if self.desk.store is None or self.desk.client_id is None:
            return False
        draft = self.read_form()
        try:
            store, client_id = self.desk.store, self.desk.client_id
            opened = self._opened if self._editing is not None else None
            self._editing = consultations.save_consultation(
                store, client_id, draft, self._editing, opened=opened
            ).ids[0]
        except InvalidInput as exc:
            show_field_errors(self.ui.errors, self.widgets, exc.errors)
            return False
        except Exception as exc:
            warn(self, self.tr("Consultations"), exc)
            return False
        self.refresh()
        self._load(self._editing)
        self.window().statusBar().showMessage(self.tr("Consultation saved."), 3000)
        return True

    def delete(self) -> None:
        from ..services import consultations

        if self._editing is None or self.desk.store is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete consultation"),
            self.tr("Delete this consultation with its problems and their work items?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            consultations.delete_consultation(self.desk.store, self._editing)
        except Exception as exc:
            warn(self, self.tr("Consultations"), exc)
            return
        self._editing = None
        self.desk.undo.clear()
        self.refresh()
        self.desk.changed.emit("consultations")

    # --- problems ----------------------------------------------------------------------------

    def _refresh_problems(self) -> None:
        from ..services import consultations

        if self._editing is None or self.desk.store is None:
            self.problems.set_rows([])
            return
        self.problems.set_rows(consultations.list_problems(self.desk.store, consultation_id=self._editing))

    def _ensure_saved(self) -> bool:
        return self._editing is not None or self.save()

    def add_from_catalogue(self) -> None:
        catalogue = self.desk.catalogue
        if catalogue is None or self.desk.store is None or not self._ensure_saved():
            return
        problem = catalogue.problem(self.ui.catalogueProblems.currentData())
        if problem is None:
            return
        held = self.ui.heldOn.date()
        start = date(held.year(), held.month(), held.day())
        items = [from_template(t, start) for t in problem.work_items]
        label = self.tr("Add problem “{title}”").format(title=problem.name_ja)
        self._push_add(label, problem.name_ja, problem.id, items)
        self.window().statusBar().showMessage(
            self.tr("Added with {count} proposed work items; shape them on the Breakdown page.")
            .format(count=len(items)), 5000,
        )  # fmt: skip

    def _push_add(self, label: str, title: str, catalogue_id: str | None, items: list) -> None:  # type: ignore[type-arg]
        """Adds a problem (with its items) as one undoable step."""
        from ..services import consultations

        store, consultation_id = self.desk.store, self._editing
        assert store is not None and consultation_id is not None
        state: dict[str, int | None] = {"id": None}

        def do() -> None:
            state["id"] = consultations.add_problem(store, consultation_id, title, catalogue_id=catalogue_id,
                                                    items=items, problem_id=state["id"])  # fmt: skip

        def undo() -> None:
            consultations.remove_problem(store, state["id"])  # type: ignore[arg-type]

        self.desk.undo.push(StoreCommand(self.desk, label, do, undo))

    def add_custom(self) -> None:
        if self.desk.store is None:
            return
        field = {"problem": self.ui.customProblem}
        try:
            title = check_problem_title(self.ui.customProblem.text())
        except InvalidInput as exc:
            show_field_errors(self.ui.errors, field, exc.errors)
            return
        if not self._ensure_saved():
            return
        self._push_add(self.tr("Add problem “{title}”").format(title=title), title, None, [])
        self.ui.customProblem.clear()
        show_field_errors(self.ui.errors, field, [])

    def remove_problem(self) -> None:
        from ..services import consultations

        row = self.problems.row_at(self.ui.problems.currentIndex().row())
        store = self.desk.store
        if row is None or store is None:
            return
        kept: dict[str, Any] = {}

        def do() -> None:
            kept["problem"] = consultations.remove_problem(store, row.id)

        def undo() -> None:
            consultations.restore_problem(store, kept["problem"])

        label = self.tr("Remove problem “{title}”").format(title=row.title)
        self.desk.undo.push(StoreCommand(self.desk, label, do, undo))
        self.window().statusBar().showMessage(
            self.tr("Removed “{title}” with its work items (Ctrl+Z brings it back).")
            .format(title=row.title), 6000,
        )  # fmt: skip
