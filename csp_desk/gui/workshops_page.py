"""Workshops: plan a session for many SMEs, register its participants, take attendance on the day,
type the questionnaires before and after, and send a participant's work on to the consultation
pages (the work of the day) or to a follow-up consultation (the producer's client from then on)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QProgressDialog, QWidget

from .. import i18n
from ..domain.text import FieldError, InvalidInput
from ..domain.values import format_date, parse_count
from ..domain.workshop import (
    Attendance,
    Phase,
    WorkshopDraft,
    attendance_errors,
    capacity_warning,
    parse_start,
    parse_time,
)
from . import jobs
from .context import Desk
from .edits import Edits, ask_to_leave
from .feedback import field_message, show_field_errors, warn
from .files import ask_open_file
from .forms.ui_workshops_page import Ui_WorkshopsPage
from .models import Column, RowsTableModel
from .views import bind_fields, select_row, setup_table

FIELD_WIDGETS = {
    "title": "title", "starts_at": "startsAt", "start_time": "startTime", "venue": "venue",
    "capacity": "capacity", "organiser": "organiser", "facilitator": "facilitator", "agenda": "agenda",
}  # fmt: skip
SHOWN_ROW_ERRORS = 10
"""Rows in error listed when a registration list is refused (the rest are counted)."""


class WorkshopsPage(QWidget):
    consultationRequested = Signal(int, int)
    """A participant's consultation to open: (client id, consultation id)."""
    projectorRequested = Signal(int)
    """The projector view of this workshop."""
    exportRequested = Signal(str, int)
    """A workshop's documents to write: ("handouts" or "workshop-summary", workshop id)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_WorkshopsPage()
        self.ui.setupUi(self)
        self._editing: int | None = None
        self._saved_title = ""
        self._starts_at: datetime | None = None
        self._capacity = 0
        self._job: jobs.Job | None = None
        self._attendance_words = {
            Attendance.REGISTERED: self.tr("Registered"),
            Attendance.PRESENT: self.tr("Present"),
            Attendance.LATE: self.tr("Late"),
            Attendance.ABSENT: self.tr("Absent"),
        }

        self.model: RowsTableModel[Any] = RowsTableModel([
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Date"), lambda r: r.starts_at.strftime("%Y/%m/%d %H:%M")),
            Column(self.tr("Participants"), lambda r: f"{r.participants} / {r.capacity}", align_right=True),
            Column(self.tr("Organiser"), lambda r: r.organiser),
            Column(self.tr("Venue"), lambda r: r.venue),
        ], self)  # fmt: skip
        setup_table(self.ui.workshops, self.model, (250, 120, 90, 150))
        self.ui.workshops.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.participants: RowsTableModel[Any] = RowsTableModel([
            Column(self.tr("Company"), lambda r: r.client_name),
            Column(self.tr("Attendance"), lambda r: self._attendance_words[r.attendance]),
            Column(self.tr("Arrived"), lambda r: r.late_at.strftime("%H:%M") if r.late_at else ""),
            Column(self.tr("Before"), lambda r: "✓" if r.answered_before else ""),
            Column(self.tr("After"), lambda r: "✓" if r.answered_after else ""),
            Column(self.tr("Follow-up"), lambda r: self.tr("Wanted") if r.follow_up else ""),
            Column(self.tr("Contact person"), lambda r: r.contact_person),
        ], self)  # fmt: skip
        setup_table(self.ui.participants, self.participants, (220, 70, 60, 50, 50, 80))
        self.ui.participants.selectionModel().selectionChanged.connect(lambda *_a: self._participant_chosen())
        self.ui.participants.selectionModel().currentRowChanged.connect(
            lambda *_a: self._participant_chosen()
        )
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.editorTitle.setObjectName("pageTitle")
        self.ui.errors.setObjectName("errorText")
        self.ui.capacityWarning.setObjectName("warningText")

        self.widgets = bind_fields(self.ui, FIELD_WIDGETS)
        self.edits = Edits(self, desk, "workshops", list(self.widgets.values()),
                           lambda: {"record": self._editing}, self.unsaved_subject)  # fmt: skip
        desk.register_editor(self)

        ui = self.ui
        ui.newWorkshop.clicked.connect(self.new_workshop)
        ui.deleteWorkshop.clicked.connect(self.delete)
        ui.showProjector.clicked.connect(lambda: self._request(self.projectorRequested.emit))
        ui.exportHandouts.clicked.connect(
            lambda: self._request(lambda wid: self.exportRequested.emit("handouts", wid))
        )
        ui.exportSummary.clicked.connect(
            lambda: self._request(lambda wid: self.exportRequested.emit("workshop-summary", wid))
        )
        ui.save.clicked.connect(self.save)
        ui.revert.clicked.connect(self._revert)
        ui.save.setShortcut("Ctrl+S")
        ui.addClients.clicked.connect(self.add_clients)
        ui.registerNew.clicked.connect(self.register_new)
        ui.importList.clicked.connect(self.import_list)
        ui.removeParticipant.clicked.connect(self.remove_participant)
        ui.markPresent.clicked.connect(lambda: self.mark(Attendance.PRESENT))
        ui.markLate.clicked.connect(lambda: self.mark(Attendance.LATE))
        ui.markAbsent.clicked.connect(lambda: self.mark(Attendance.ABSENT))
        ui.answersBefore.clicked.connect(lambda: self.questionnaire(Phase.BEFORE))
        ui.answersAfter.clicked.connect(lambda: self.questionnaire(Phase.AFTER))
        ui.recordWork.clicked.connect(self.record_work)
        ui.bringInFile.clicked.connect(self.bring_in_file)
        ui.followUp.clicked.connect(self.set_follow_up)
        ui.startFollowUp.clicked.connect(self.start_follow_up)

        desk.storeOpened.connect(self._store_opened)
        desk.changed.connect(self._changed)
        self._clear_form()
        if desk.store is not None:
            self.refresh()

    # --- the list of workshops ---------------------------------------------------------------

    def _store_opened(self) -> None:
        self._editing = None
        self._clear_form()
        self.refresh()

    def _changed(self, what: str) -> None:
        if what in ("clients", "clients_saved") and self._editing is not None:
            self.refresh_participants()  # a company renamed, a contact person changed

    def refresh(self) -> None:
        from ..services import workshops

        if self.desk.store is None:
            return
        try:
            rows = workshops.list_workshops(self.desk.store)
        except Exception as exc:
            warn(self, self.tr("Workshops"), exc)
            return
        self.model.set_rows(rows)
        self.ui.count.setText(self.tr("Workshops: {count}").format(count=len(rows)))
        if self._editing is not None:
            select_row(self.ui.workshops, self.model, lambda r: r.id == self._editing)

    def _row_chosen(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        row = self.model.row_at(current.row())
        if row is None or row.id == self._editing:
            return
        if not ask_to_leave(self, self):
            if self._editing is None or not select_row(
                self.ui.workshops, self.model, lambda r: r.id == self._editing
            ):
                selection = self.ui.workshops.selectionModel()
                selection.blockSignals(True)
                selection.clearCurrentIndex()
                selection.clearSelection()
                selection.blockSignals(False)
            return
        self.load(row.id)

    def shown_workshop(self) -> int | None:
        """The id of the saved workshop the page shows (None for a new one not saved yet)."""
        return self._editing

    def _saved_workshop_buttons(self) -> tuple[QWidget, ...]:
        ui = self.ui
        return (ui.deleteWorkshop, ui.showProjector, ui.exportHandouts, ui.exportSummary)

    def _request(self, send: Callable[[int], None]) -> None:
        """Projects or exports the workshop shown, as saved: unsaved edits of its plan are asked
        about first (the documents and the projector read the database)."""
        if self._editing is None:
            return
        if ask_to_leave(self, self) and self._editing is not None:
            send(self._editing)

    # --- the plan (the editor the window asks before leaving, gui/edits.py) -------------------

    def has_unsaved(self) -> bool:
        return self.edits.unsaved()

    def save_edits(self) -> bool:
        return self.save()

    def discard_edits(self) -> None:
        self._revert()

    def unsaved_subject(self) -> str:
        title = self.ui.title.text().strip() or self._saved_title
        if not title:
            return self.tr("the new workshop")
        return self.tr("workshop “{title}”").format(title=title)

    def restore_draft(self, entry: dict) -> None:  # type: ignore[type-arg]
        """Shows a recovered draft in the form (unsaved until saved or discarded)."""
        record = entry.get("record")
        if record is None:
            self.ui.workshops.selectionModel().clear()
            self._clear_form()
        else:
            self.load(int(record))
            if self._editing != record:
                return  # the workshop is gone: nothing to put the draft into
            select_row(self.ui.workshops, self.model, lambda r: r.id == record)
        self.edits.restore(entry.get("values", {}))

    def _fill(self, draft: WorkshopDraft) -> None:
        ui = self.ui
        ui.title.setText(draft.title)
        ui.startsAt.setText(format_date(draft.starts_at.date()) if draft.starts_at else "")
        ui.startTime.setText(draft.starts_at.strftime("%H:%M") if draft.starts_at else "")
        ui.venue.setText(draft.venue)
        ui.organiser.setText(draft.organiser)
        ui.facilitator.setText(draft.facilitator)
        ui.capacity.setText("" if draft.capacity is None else str(draft.capacity))
        ui.agenda.setPlainText("\n".join(draft.agenda))
        show_field_errors(ui.errors, self.widgets, [])
        self._saved_title = draft.title
        self.edits.snapshot()

    def _clear_form(self) -> None:
        self._fill(WorkshopDraft())
        self._editing = None
        self._starts_at = None
        self._capacity = 0
        self.ui.editorTitle.setText(self.tr("New workshop"))
        for button in self._saved_workshop_buttons():
            button.setEnabled(False)
        self.ui.participantsTab.setEnabled(False)
        self.participants.set_rows([])
        self._show_warning(None)
        self._participant_chosen()
        self._update_status()

    def new_workshop(self) -> None:
        if not ask_to_leave(self, self):
            return
        self.ui.workshops.selectionModel().clear()  # a click on the same row loads it again
        self._clear_form()
        self.ui.tabs.setCurrentWidget(self.ui.planTab)
        self.ui.title.setFocus()

    def load(self, workshop_id: int) -> None:
        from ..services import workshops

        if self.desk.store is None:
            return
        try:
            draft = workshops.get_workshop(self.desk.store, workshop_id)
        except Exception as exc:
            warn(self, self.tr("Workshops"), exc)
            return
        self._fill(draft)
        self._editing = workshop_id
        self._starts_at, self._capacity = draft.starts_at, draft.capacity or 0
        self.ui.editorTitle.setText(draft.title)
        for button in self._saved_workshop_buttons():
            button.setEnabled(True)
        self.ui.participantsTab.setEnabled(True)
        self.refresh_participants()

    def read_form(self) -> tuple[WorkshopDraft, list[FieldError]]:
        """The plan in the form, and the errors of what is not even a date, a time or a number."""
        ui = self.ui
        starts_at, errors = parse_start(ui.startsAt.text(), ui.startTime.text())
        capacity, found = parse_count("capacity", ui.capacity.text())
        errors += found
        draft = WorkshopDraft(
            title=ui.title.text(), starts_at=starts_at, venue=ui.venue.text(), organiser=ui.organiser.text(),
            facilitator=ui.facilitator.text(), capacity=capacity,
            agenda=tuple(ui.agenda.toPlainText().splitlines()),
        )  # fmt: skip
        return draft, errors

    def save(self) -> bool:
        from ..services import workshops

        if self.desk.store is None:
            return False
        draft, errors = self.read_form()
        typed_wrong = {e.field for e in errors}
        if typed_wrong & {"starts_at", "start_time"}:
            typed_wrong.add("starts_at")  # a date or time typed wrong is not also "required"
        errors += [e for e in draft.errors() if e.field not in typed_wrong]
        if errors:
            show_field_errors(self.ui.errors, self.widgets, errors)
            return False
        try:
            workshop_id = workshops.save_workshop(self.desk.store, self._editing, draft).ids[0]
        except InvalidInput as exc:
            show_field_errors(self.ui.errors, self.widgets, exc.errors)
            return False
        except Exception as exc:
            warn(self, self.tr("Workshops"), exc)
            return False
        self._editing = workshop_id
        self.refresh()
        self.load(workshop_id)
        self.window().statusBar().showMessage(self.tr("Saved."), 3000)
        self.desk.changed.emit("workshops")  # the projector follows
        return True

    def _revert(self) -> None:
        if self._editing is None:
            self._clear_form()
        else:
            self.load(self._editing)

    def delete(self) -> bool:
        from ..services import workshops

        if self._editing is None or self.desk.store is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete workshop"),
            self.tr(
                "Delete the workshop “{title}” with its participants' attendance and questionnaire "
                "answers? The clients and their consultations stay."
            ).format(title=self._saved_title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            workshops.delete_workshop(self.desk.store, self._editing)
        except Exception as exc:
            warn(self, self.tr("Workshops"), exc)
            return False
        self._editing = None
        self._clear_form()
        self.refresh()
        self.window().statusBar().showMessage(self.tr("The workshop was deleted."), 4000)
        self.desk.changed.emit("workshops")  # the projector follows
        return True

    # --- participants ----------------------------------------------------------------------------

    def refresh_participants(self, keep: list[int] | None = None) -> None:
        """Reads the participants again, keeping the rows chosen (or choosing `keep`)."""
        from ..services import workshops

        if self._editing is None or self.desk.store is None:
            return
        chosen = keep if keep is not None else [p.id for p in self.chosen()]
        current = self.current()
        try:
            found = workshops.participants(self.desk.store, self._editing)
        except Exception as exc:
            warn(self, self.tr("Workshops"), exc)
            return
        self.participants.set_rows(found.lines)
        here = found.workshop
        if here is not None:
            self._capacity = here.capacity
            self.model.set_rows(found.workshops)  # the count of participants in the list
            select_row(self.ui.workshops, self.model, lambda r: r.id == self._editing)
        self._choose(chosen, current.id if current is not None and current.id in chosen else None)
        self._update_status()

    def _choose(self, participant_ids: list[int], current: int | None = None) -> None:
        view, selection = self.ui.participants, self.ui.participants.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        selection.clearSelection()
        first = None
        for row in range(self.participants.rowCount()):
            line = self.participants.row_at(row)
            if line is not None and line.id in participant_ids:
                index = self.participants.index(row, 0)
                selection.select(index, flags.Select | flags.Rows)
                if first is None or line.id == current:
                    first = index
        if first is not None:
            selection.setCurrentIndex(first, flags.Select | flags.Rows)
            view.scrollTo(first)
        self._participant_chosen()

    def chosen(self) -> list[Any]:
        """The participants whose rows are selected, in the table's order."""
        rows = sorted(index.row() for index in self.ui.participants.selectionModel().selectedRows())
        return [line for line in (self.participants.row_at(r) for r in rows) if line is not None]

    def current(self) -> Any | None:
        """The participant of the row the cursor is on, when it is selected."""
        index = self.ui.participants.selectionModel().currentIndex()
        line = self.participants.row_at(index.row()) if index.isValid() else None
        if line is None or line.id not in {p.id for p in self.chosen()}:
            chosen = self.chosen()
            return chosen[0] if chosen else None
        return line

    def _participant_chosen(self) -> None:
        chosen = self.chosen()
        one = self.current()
        ui = self.ui
        for button in (ui.markPresent, ui.markLate, ui.markAbsent, ui.removeParticipant):
            button.setEnabled(bool(chosen))
        for button in (ui.answersBefore, ui.answersAfter, ui.recordWork, ui.bringInFile, ui.startFollowUp,
                       ui.followUp):  # fmt: skip
            button.setEnabled(one is not None)
        ui.followUp.setChecked(bool(one is not None and one.follow_up))

    def _update_status(self) -> None:
        lines = self.participants.rows()
        if self._editing is None:
            self.ui.status.setText(self.tr("Choose a workshop, or plan a new one."))
            self._show_warning(None)
            return
        attended = sum(p.attendance in (Attendance.PRESENT, Attendance.LATE) for p in lines)
        late = sum(p.attendance is Attendance.LATE for p in lines)
        absent = sum(p.attendance is Attendance.ABSENT for p in lines)
        text = self.tr(
            "Attended {attended} of {registered} registered ({late} late, {absent} absent) · "
            "questionnaires before {before}, after {after} · follow-up wanted {follow}"
        ).format(
            attended=attended, registered=len(lines), late=late, absent=absent,
            before=sum(p.answered_before for p in lines), after=sum(p.answered_after for p in lines),
            follow=sum(p.follow_up for p in lines),
        )  # fmt: skip
        warning = capacity_warning(self._capacity, len(lines)) if self._capacity else None
        if warning is not None:
            text += " · " + field_message(warning)
        self.ui.status.setText(text)
        self._show_warning(warning)

    def _show_warning(self, warning: FieldError | None) -> None:
        self.ui.capacityWarning.setText(field_message(warning) if warning is not None else "")
        self.ui.capacityWarning.setVisible(warning is not None)

    def _registered(self, title: str, result: Any, ignored: tuple[str, ...] = ()) -> None:
        """Tells what registering did: added, reused clients, left out, and the capacity warning."""
        lines = [self.tr("{count} participants were added.").format(count=len(result.participant_ids))]
        if result.new_clients:
            lines.append(self.tr("{count} new clients were made.").format(count=result.new_clients))
        if result.reused_clients:
            lines.append(self.tr("Already clients, registered as they are: {names}").format(
                names="、".join(result.reused_clients)))  # fmt: skip
        if result.already:
            text = self.tr("Already registered, left out: {names}")
            lines.append(text.format(names="、".join(result.already)))
        if result.repeated:
            lines.append(self.tr("Repeated in the list, left out: {count}").format(count=result.repeated))
        if ignored:
            lines.append(self.tr("Columns not read: {columns}").format(columns="、".join(ignored)))
        if result.warning is not None:
            lines.append(field_message(result.warning))
        self.desk.changed.emit("clients")
        self.desk.changed.emit("workshops")  # the projector's list of volunteers follows
        self.refresh_participants(keep=list(result.participant_ids))
        noteworthy = result.reused_clients or result.already or result.repeated or ignored or result.warning
        if not noteworthy:
            self.window().statusBar().showMessage(" ".join(lines), 5000)
        else:
            QMessageBox.information(self, title, "\n".join(lines))

    def add_clients(self) -> bool:
        from ..services import workshops
        from .participant_dialogs import ClientPickerDialog

        store, workshop_id = self.desk.store, self._editing
        if store is None or workshop_id is None:
            return False

        def load(search: str) -> list[Any]:
            return workshops.clients_to_add(store, workshop_id, search)

        dialog = ClientPickerDialog(load, self)
        try:
            if not dialog.exec() or not dialog.chosen():
                return False
            picked = dialog.chosen()
        finally:
            dialog.deleteLater()
        try:
            result = workshops.add_clients(store, workshop_id, picked)
        except Exception as exc:
            warn(self, self.tr("Add participants"), exc)
            return False
        self._registered(self.tr("Add participants"), result)
        return True

    def register_new(self) -> bool:
        from ..services import workshops
        from .participant_dialogs import RegisterDialog

        store, workshop_id = self.desk.store, self._editing
        if store is None or workshop_id is None:
            return False
        dialog = RegisterDialog(self)
        try:
            if not dialog.exec():
                return False
            draft = dialog.draft()
        finally:
            dialog.deleteLater()
        try:
            result = workshops.register_new(store, workshop_id, [draft])
        except Exception as exc:
            warn(self, self.tr("Register a new SME"), exc)
            return False
        self._registered(self.tr("Register a new SME"), result)
        return True

    def import_list(self) -> bool:
        """Registers the SMEs of the organiser's registration list (CSV or Excel), read and checked
        in a worker through the clients importer; all rows or none."""
        from ..services.imports import import_participants

        store, workshop_id = self.desk.store, self._editing
        if store is None or workshop_id is None or self._job is not None:
            return False
        title = self.tr("Import the registration list")
        chosen = ask_open_file(self, title, self.tr("Lists (*.csv *.txt *.xlsx)"), "import")
        if not chosen:
            return False
        progress = QProgressDialog(
            self.tr("Reading {name}…").format(name=Path(chosen).name), self.tr("Cancel"), 0, 100, self
        )
        progress.setWindowTitle(title)
        from PySide6.QtCore import Qt

        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        job = jobs.Job(import_participants, store, Path(chosen), workshop_id)
        self._job = job

        def advance(done: int, total: int) -> None:
            if total:
                progress.setRange(0, 100)
                progress.setValue(int(100 * done / total))
            else:
                progress.setRange(0, 0)

        def finished() -> None:
            progress.reset()
            self._job = None

        job.progressed.connect(advance)
        progress.canceled.connect(job.cancel)
        job.succeeded.connect(lambda found: self._registered(title, found[0], found[1]))
        job.failed.connect(self._import_failed)
        job.finished.connect(finished)
        jobs.start(job)
        return True

    def _import_failed(self, exc: BaseException) -> None:
        from ..domain.list_import import ListRefused
        from ..services.imports import ImportRefused
        from ..tables import TableError

        if isinstance(exc, jobs.Cancelled):
            self.window().statusBar().showMessage(self.tr("Import cancelled; nothing was added."), 5000)
            return
        refused = isinstance(exc, TableError | ListRefused | ImportRefused)
        text = i18n.import_text(exc, shown=SHOWN_ROW_ERRORS) if refused else exc
        warn(self, self.tr("Import the registration list"), text)

    def remove_participant(self) -> bool:
        from ..services import workshops

        chosen = self.chosen()
        if not chosen or self.desk.store is None:
            return False
        names = "、".join(p.client_name for p in chosen)
        answer = QMessageBox.question(
            self,
            self.tr("Remove participant"),
            self.tr(
                "Remove {names} from this workshop? Their attendance and questionnaire answers here are "
                "removed; the clients and their consultations stay."
            ).format(names=names),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            workshops.remove_participants(self.desk.store, [p.id for p in chosen])
        except Exception as exc:
            warn(self, self.tr("Remove participant"), exc)
            return False
        self.refresh_participants(keep=[])
        self.desk.changed.emit("workshops")  # the projector follows
        return True

    # --- on the day ------------------------------------------------------------------------------

    def _arrival(self, names: str) -> Any:
        """Asks the arrival time (now on the day, the start otherwise); None when cancelled or wrong."""
        starts_at = self._starts_at
        now = datetime.now()
        on_the_day = starts_at is not None and starts_at.date() == now.date() and now >= starts_at
        default = now if on_the_day else starts_at
        text, ok = QInputDialog.getText(
            self,
            self.tr("Late arrival"),
            self.tr("Time {names} arrived (for example 13:45):").format(names=names),
            text=default.strftime("%H:%M") if default is not None else "",
        )
        if not ok:
            return None
        at, errors = parse_time("late_at", text)
        if not errors and at is not None:
            errors = attendance_errors(Attendance.LATE, at, starts_at)
        if errors:
            warn(self, self.tr("Late arrival"), "\n".join(field_message(e) for e in errors))
            return None
        return at

    def mark(self, attendance: Attendance) -> bool:
        """Records the attendance of the chosen participants; with one chosen, the cursor moves on to
        the next row, so a list is taken with one key a person."""
        from ..services import workshops

        chosen = self.chosen()
        if not chosen or self.desk.store is None:
            return False
        late_at = None
        if attendance is Attendance.LATE:
            late_at = self._arrival("、".join(p.client_name for p in chosen))
            if late_at is None:
                return False
        try:
            workshops.set_attendance(self.desk.store, [p.id for p in chosen], attendance, late_at)
        except Exception as exc:
            warn(self, self.tr("Attendance"), exc)
            return False
        keep = [p.id for p in chosen]
        if len(chosen) == 1:
            rows = self.participants.rows()
            at = next(i for i, p in enumerate(rows) if p.id == chosen[0].id)
            keep = [rows[min(at + 1, len(rows) - 1)].id]
        self.refresh_participants(keep=keep)
        self.ui.participants.setFocus()
        self.desk.changed.emit("workshops")  # the projector follows
        return True

    def _next_after(self, participant_id: int) -> Any | None:
        """The next participant in the list who was not marked absent (an absent one has no sheet)."""
        rows = self.participants.rows()
        at = next((i for i, p in enumerate(rows) if p.id == participant_id), None)
        if at is None:
            return None
        return next((p for p in rows[at + 1 :] if p.attendance is not Attendance.ABSENT), None)

    def questionnaire(self, phase: Phase) -> int:
        """Types the participant's paper questionnaire; "Save and next participant" goes on through
        the list. Returns how many sheets were saved."""
        from ..services import workshops
        from .questionnaire_dialog import QuestionnaireDialog

        participant = self.current()
        store = self.desk.store
        saved = 0
        while participant is not None and store is not None:
            self._choose([participant.id])
            try:
                answers = workshops.answers(store, participant.id, phase)
            except Exception as exc:
                warn(self, self.tr("Questionnaire"), exc)
                break
            following = self._next_after(participant.id)
            dialog = QuestionnaireDialog(participant.client_name, phase, answers, following is not None, self)
            try:
                if not dialog.exec():
                    break
                answers, next_wanted = dialog.answers(), dialog.next_wanted
            finally:
                dialog.deleteLater()
            try:
                workshops.record_answers(store, participant.id, phase, answers)
            except Exception as exc:
                warn(self, self.tr("Questionnaire"), exc)
                break
            saved += 1
            self.refresh_participants(keep=[participant.id])
            participant = self._next_after(participant.id) if next_wanted else None
        if saved:
            self.window().statusBar().showMessage(
                self.tr("{count} questionnaires saved.").format(count=saved), 4000
            )
        return saved

    # --- the participant's work and the follow-up -----------------------------------------------

    def record_work(self) -> bool:
        """Opens the participant's consultation of the workshop's day (made when there is none) on
        the Consultations page, the participant as the desk's client."""
        from ..services import workshops

        participant = self.current()
        if participant is None or self.desk.store is None:
            return False
        note = self.tr("Recorded at the workshop “{title}”.")
        try:
            consultation = workshops.workshop_consultation(self.desk.store, participant.id, note)
        except Exception as exc:
            warn(self, self.tr("Record the participant's work"), exc)
            return False
        self.consultationRequested.emit(participant.client_id, consultation)
        return True

    def bring_in_file(self) -> bool:
        """The chosen participant's own work, recorded on its laptop and written as a client file:
        read and checked whole in a worker, added to its consultation of the day in one
        transaction; a file about another company, or a broken one, is refused and nothing changes."""
        from ..services.client_files import bring_in_participant_file

        participant, store = self.current(), self.desk.store
        if participant is None or store is None or self._job is not None:
            return False
        title = self.tr("Bring in a participant's file")
        chosen = ask_open_file(self, title, self.tr("Client files (*.json)"), "client_file")
        if not chosen:
            return False
        job = jobs.Job(bring_in_participant_file, store, participant.id, Path(chosen))
        self._job = job
        name = participant.client_name

        def done(merged: Any) -> None:
            self.desk.changed.emit("consultations")
            self.refresh_participants(keep=[participant.id])
            text = self.tr(
                "From the file: {problems} problems with {items} work items and {postings} posting drafts "
                "were added to the consultation of {name}."
            ).format(problems=merged.problems, items=merged.work_items, postings=merged.postings, name=name)
            if merged.skipped:
                text += "\n" + self.tr(
                    "{count} problems were recorded already and were left as they are."
                ).format(count=merged.skipped)
            QMessageBox.information(self, title, text)

        def finished() -> None:
            self._job = None

        job.succeeded.connect(done)
        job.failed.connect(lambda exc: warn(self, title, i18n.client_file_refusal(exc) or exc))
        job.finished.connect(finished)
        jobs.start(job)
        return True

    def set_follow_up(self, wanted: bool) -> bool:
        from ..services import workshops

        participant = self.current()
        if participant is None or self.desk.store is None:
            return False
        try:
            workshops.set_follow_up(self.desk.store, participant.id, wanted)
        except Exception as exc:
            warn(self, self.tr("Follow-up"), exc)
            return False
        self.refresh_participants()
        return True

    def start_follow_up(self) -> bool:
        """The participant becomes the producer's client: a consultation today carrying the problems
        and work items recorded at the workshop, opened on the Consultations page."""
        from ..services import workshops

        participant = self.current()
        if participant is None or self.desk.store is None:
            return False
        note = self.tr("Follow-up consultation after the workshop “{title}” ({day}).")
        try:
            consultation = workshops.start_follow_up(self.desk.store, participant.id, date.today(), note)
        except Exception as exc:
            warn(self, self.tr("Continue in a consultation"), exc)
            return False
        self.refresh_participants()
        self.consultationRequested.emit(participant.client_id, consultation)
        return True
