"""The main window: navigation, the three pages, menus, exports and the database it shows."""

from __future__ import annotations

import gc
import logging
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QProgressDialog, QWidget

from .. import __version__, i18n
from . import help as help_menu
from . import jobs
from .context import Desk
from .edits import ask_all, ask_to_leave, offer_recovery
from .feedback import warn
from .files import ask_folder, ask_open_file, ask_save_file, new_folder_name
from .forms.ui_main_window import Ui_MainWindow
from .language import window_settings

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from decimal import Decimal

    from ..services.imports import ImportResult
    from ..store.db import Store
    from ..store.lock import WriterLock
    from .breakdown_page import BreakdownPage
    from .clients_page import ClientsPage
    from .consultations_page import ConsultationsPage
    from .dashboard_page import DashboardPage
    from .instance import Listener
    from .orders_page import OrdersPage
    from .projector import ProjectorPanel
    from .workers_page import WorkersPage
    from .workshops_page import WorkshopsPage


GIVEN_RETRY_MS = 300
"""How often a client file handed to the window looks again whether a dialog or an import is done."""
SHOWN_ROW_ERRORS = 10
"""Rows in error listed when an import is refused (the rest are counted)."""


_settled = False


SWITCH_INTERVAL_S = 0.001
"""How long a worker may hold Python's interpreter lock while the window waits for it (Python's
default is 5 ms). Each event the window handles takes the lock many times: with a worker checking a
long text, 5 ms per handover left the posting editor without an answer for 100–160 ms; at 1 ms the
longest pause measured is 30–60 ms (bench --only posting)."""


def _warm(progress: object = None) -> None:
    """Loads the checks' analyser, concepts and second reader; then, once per process, sets what
    was loaded so far aside from the garbage collector and shortens the interpreter lock's handover.
    A full collection walks every object: with the reader and the analyser loaded it took 100–200 ms,
    and a worker allocating while it checks a long text triggered it every few hundred milliseconds,
    each time freezing the window."""
    global _settled
    from ..domain.language import warm

    warm()
    if not _settled:
        _settled = True
        gc.freeze()  # no full collection first: it would compete with the first list being filled
        sys.setswitchinterval(SWITCH_INTERVAL_S)


TEAM_ADDRESS_KEY = "team/address"
TAKEN_FILE_KEY = "team/taken_file"
"""The file clients were last taken along into (File ▸ Open the file taken along)."""
"""The last team database's address (no password), offered by File → Open a team database."""


class MainWindow(QMainWindow):
    firstPainted = Signal()
    pageBuilt = Signal(object)

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._painted = False
        self._job: jobs.Job | None = None

        # the frame paints first; pages are built right after (clients) or when idle (the rest)
        self._clients_page: ClientsPage | None = None
        self._consultations_page: ConsultationsPage | None = None
        self._breakdown_page: BreakdownPage | None = None
        self._orders_page: OrdersPage | None = None
        self._workers_page: WorkersPage | None = None
        self._dashboard_page: DashboardPage | None = None
        self._workshops_page: WorkshopsPage | None = None
        for _ in range(7):
            self.ui.pages.addWidget(QWidget())

        self.navigation = QStandardItemModel(self)
        for text in (
            self.tr("Clients"),
            self.tr("Consultations"),
            self.tr("Breakdown"),
            self.tr("Orders"),
            self.tr("Workers"),
            self.tr("Dashboard"),
            self.tr("Workshops"),
        ):
            item = QStandardItem(text)
            item.setEditable(False)
            self.navigation.appendRow(item)
        self.ui.navigation.setModel(self.navigation)
        self.ui.navigation.setCurrentIndex(self.navigation.index(0, 0))
        self._navigating = False
        self._closed = False
        self.listener: Listener | None = None  # a second start's hand-over (gui/instance.py, app._listen)
        self._given: list[Path] = []  # client files handed to the window, read one at a time
        self._given_waits_for_store = False
        self.ui.navigation.selectionModel().currentRowChanged.connect(self._navigate)
        self.ui.clientBanner.setObjectName("clientBanner")

        self.undo_action = desk.undo.createUndoAction(self, self.tr("Undo"))
        self.redo_action = desk.undo.createRedoAction(self, self.tr("Redo"))
        self.ui.menuEdit.addAction(self.undo_action)
        self.ui.menuEdit.addAction(self.redo_action)
        self._finished = False
        self.own_db: Path | None = None
        """The database given at start-up (None: the one in the user's data folder)."""
        self.firstPainted.connect(lambda: QTimer.singleShot(0, self.finish_setup))

        self.ui.actionExportProposal.triggered.connect(lambda: self.export("proposal"))
        self.ui.actionExportBudget.triggered.connect(lambda: self.export("budget"))
        self.ui.actionExportProgress.triggered.connect(lambda: self.export("progress"))
        self.ui.actionExportLedger.triggered.connect(lambda: self.export("ledger"))
        self.ui.actionOpenDemo.triggered.connect(self.open_demo)
        self.ui.actionOpenOwn.triggered.connect(self.open_own)
        self.ui.actionOpenTeam.triggered.connect(self.open_team)
        self.ui.actionTakeAlong.triggered.connect(lambda: self.take_along())
        self.ui.actionBringBack.triggered.connect(lambda: self.bring_back())
        self.ui.actionOpenTaken.triggered.connect(self.open_taken)
        self.ui.actionRestoreBackup.triggered.connect(self.restore_backup)
        self.ui.actionSealedBackup.triggered.connect(self.sealed_backup)
        self.ui.actionImportClients.triggered.connect(self.import_clients)
        self.ui.actionImportWorkers.triggered.connect(self.import_workers)
        self.ui.actionExportClientFile.triggered.connect(self.export_client_file)
        self.ui.actionImportClientFile.triggered.connect(self.import_client_file)
        self.ui.actionProjector.triggered.connect(lambda: self.show_projector())
        self._projector: ProjectorPanel | None = None
        self._backup_timer = QTimer(self, interval=60 * 60 * 1000)  # hourly: is today's backup taken?
        self._backup_timer.timeout.connect(self.daily_backup)
        self.ui.actionOpenOwn.setVisible(False)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionProfile.triggered.connect(self.edit_profile)
        self.ui.actionPreferences.triggered.connect(self.edit_preferences)
        self.ui.actionPlatforms.triggered.connect(self.edit_platforms)
        self.ui.actionAbout.triggered.connect(self.about)
        help_menu.attach(self)  # guide, shortcuts, log folder, Find, New client, Ctrl+1…7
        desk.clientChanged.connect(self._client_changed)
        desk.storeOpened.connect(self._store_opened)
        self.who_label = QLabel(self)
        self.who_label.setObjectName("whoLabel")
        self.who_label.hide()
        self.statusBar().addPermanentWidget(self.who_label)
        desk.storeSettled.connect(self.offer_recovery)
        self._client_changed(0)
        self.statusBar().showMessage(self.tr("Opening the database…"))
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.firstPainted.emit()
        return super().eventFilter(watched, event)

    def finish_setup(self) -> None:
        """What can wait for the first paint: keyboard shortcuts (their key enums cost ~40 ms)."""
        if self._finished:
            return
        self._finished = True
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)  # none on Windows
        self.ui.actionQuit.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])
        ui = self.ui
        for action, keys in (
            (ui.actionExportProposal, "Ctrl+Shift+E"), (ui.actionExportProgress, "Ctrl+Shift+R"),
            (ui.actionNewClient, "Ctrl+N"), (ui.actionFind, "Ctrl+F"), (ui.actionGuide, "F1"),
            (ui.actionGoClients, "Ctrl+1"), (ui.actionGoConsultations, "Ctrl+2"),
            (ui.actionGoBreakdown, "Ctrl+3"), (ui.actionGoOrders, "Ctrl+4"),
            (ui.actionGoWorkers, "Ctrl+5"), (ui.actionGoDashboard, "Ctrl+6"),
            (ui.actionGoWorkshops, "Ctrl+7"), (ui.actionProjector, "F5"),
        ):  # fmt: skip
            action.setShortcut(QKeySequence(keys))
        QTimer.singleShot(0, self._warm_scanner)

    def _warm_scanner(self) -> None:
        """The Japanese analyser of the checks (SudachiPy's dictionary, 40–100 ms) loads in a worker
        after the first paint, so the posting checklist's first check does not wait for it."""
        job = jobs.Job(_warm)
        job.failed.connect(lambda exc: log.warning("the Japanese analyser could not be loaded: %s", exc))
        jobs.start(job)

    @property
    def clients_page(self) -> ClientsPage:
        if self._clients_page is None:
            from .clients_page import ClientsPage

            self._clients_page = ClientsPage(self.desk)
            self._clients_page.openDemoRequested.connect(self.open_demo)
            self._clients_page.importRequested.connect(self.import_clients)
            self._clients_page.profileRequested.connect(self.ui.actionProfile.trigger)
            self._replace_placeholder(0, self._clients_page)
            self.pageBuilt.emit(self._clients_page)
        return self._clients_page

    @property
    def consultations_page(self) -> ConsultationsPage:
        if self._consultations_page is None:
            from .consultations_page import ConsultationsPage

            self._consultations_page = ConsultationsPage(self.desk)
            self._replace_placeholder(1, self._consultations_page)
        return self._consultations_page

    @property
    def breakdown_page(self) -> BreakdownPage:
        if self._breakdown_page is None:
            from .breakdown_page import BreakdownPage

            self._breakdown_page = BreakdownPage(self.desk)
            self._breakdown_page.exportRequested.connect(self.export)
            self._replace_placeholder(2, self._breakdown_page)
        return self._breakdown_page

    @property
    def orders_page(self) -> OrdersPage:
        if self._orders_page is None:
            from .orders_page import OrdersPage

            self._orders_page = OrdersPage(self.desk)
            self._orders_page.exportRecordRequested.connect(lambda: self.export("record"))
            self._replace_placeholder(3, self._orders_page)
        return self._orders_page

    @property
    def workers_page(self) -> WorkersPage:
        if self._workers_page is None:
            from .workers_page import WorkersPage

            self._workers_page = WorkersPage(self.desk)
            self._workers_page.importRequested.connect(self.import_workers)
            self._replace_placeholder(4, self._workers_page)
        return self._workers_page

    @property
    def dashboard_page(self) -> DashboardPage:
        if self._dashboard_page is None:
            from .dashboard_page import DashboardPage

            self._dashboard_page = DashboardPage(self.desk)
            self._dashboard_page.orderActivated.connect(
                lambda order_id: (self.go_to(3), self.orders_page.select(order_id))
            )
            self._replace_placeholder(5, self._dashboard_page)
        return self._dashboard_page

    @property
    def workshops_page(self) -> WorkshopsPage:
        if self._workshops_page is None:
            from .workshops_page import WorkshopsPage

            self._workshops_page = WorkshopsPage(self.desk)
            self._workshops_page.consultationRequested.connect(self.open_consultation)
            self._workshops_page.projectorRequested.connect(self.show_projector)
            self._workshops_page.exportRequested.connect(self.export_workshop)
            self._replace_placeholder(6, self._workshops_page)
        return self._workshops_page

    def open_consultation(self, client_id: int, consultation_id: int) -> bool:
        """Shows a client's consultation on the Consultations page (a workshop participant's work),
        the client chosen as under Clients; unsaved edits there are asked about first."""
        clients = self.clients_page
        following = [e for e in self.desk.editors() if getattr(e, "follows_client", False)]
        asked = following if client_id == self.desk.client_id else [clients, *following]
        if not ask_all(self, asked):
            return False
        if client_id != self.desk.client_id:
            clients.open_client(client_id)
            if self.desk.client_id != client_id:
                return False
        self.go_to(1)
        if self.ui.pages.currentIndex() != 1:
            return False  # the page left asked, and the producer stayed
        self.consultations_page.show_consultation(consultation_id)
        return True

    def _replace_placeholder(self, index: int, page: QWidget) -> None:
        current = self.ui.pages.currentIndex()
        placeholder = self.ui.pages.widget(index)
        self.ui.pages.insertWidget(index, page)
        self.ui.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self.ui.pages.setCurrentIndex(current)

    def build_remaining_pages(self) -> None:
        """Builds the pages not needed for the first paint (called once the window shows)."""
        _ = (
            self.clients_page,
            self.consultations_page,
            self.breakdown_page,
            self.orders_page,
            self.workers_page,
            self.workshops_page,
        )
        from . import projector  # noqa: F401  (loaded while idle: the facilitator's first F5 is quicker)

    def _show_page(self, index: int) -> None:
        names = (
            "clients_page",
            "consultations_page",
            "breakdown_page",
            "orders_page",
            "workers_page",
            "dashboard_page",
            "workshops_page",
        )
        getattr(self, names[index])  # builds the page on first use
        self.ui.pages.setCurrentIndex(index)

    def go_to(self, page: int) -> None:
        self.ui.navigation.setCurrentIndex(self.navigation.index(page, 0))

    def _built_page(self, index: int) -> QWidget | None:
        return (
            self._clients_page, self._consultations_page, self._breakdown_page,
            self._orders_page, self._workers_page, self._dashboard_page, self._workshops_page,
        )[index] if 0 <= index < 7 else None  # fmt: skip

    def _navigate(self, current, previous) -> None:  # type: ignore[no-untyped-def]
        """Another page: the one left asks first when it holds unsaved edits (キャンセル stays)."""
        if self._navigating:
            return
        left = self._built_page(previous.row()) if previous.isValid() else None
        if left is not None and hasattr(left, "has_unsaved") and not ask_to_leave(self, left):  # type: ignore[arg-type]
            self._switch_quietly(previous.row())
            return
        self._show_page(max(0, current.row()))

    def _switch_quietly(self, index: int) -> None:
        """Moves the navigation's selection without asking (it was asked already, or nothing to ask)."""
        from PySide6.QtCore import QItemSelectionModel

        self._navigating = True
        try:
            self.ui.navigation.selectionModel().setCurrentIndex(
                self.navigation.index(index, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        finally:
            self._navigating = False
        self._show_page(index)

    def offer_recovery(self) -> None:
        """After a crash: offers once the input left unsaved in this database's forms, and puts it
        back (unsaved) into the pages and the posting editor it was typed into."""
        drafts = self.desk.drafts
        if drafts is None:
            return
        entries = drafts.entries()  # read before any page is built: a new page's empty form drops its own
        if not entries or not offer_recovery(self, drafts):
            return
        clients = self.clients_page
        pages = {
            "consultations": (1, self.consultations_page),
            "breakdown": (2, self.breakdown_page),
            "workers": (4, self.workers_page),
            "workshops": (6, self.workshops_page),
        }
        if "clients" in entries:
            clients.restore_draft(entries["clients"])
        client = next((entries[n].get("client") for n in ("consultations", "breakdown", "posting")
                       if n in entries and entries[n].get("client")), None)  # fmt: skip
        if client and client != self.desk.client_id and not clients.has_unsaved():
            clients.open_client(int(client))
        shown = None
        for name, (index, page) in pages.items():
            if name in entries:
                page.restore_draft(entries[name])
                shown = index if shown is None else shown
        if shown is not None and "clients" not in entries:
            self._switch_quietly(shown)
        self.statusBar().showMessage(self.tr("The unsaved input was restored; save it or discard it."), 8000)
        if "posting" in entries:
            entry = entries["posting"]
            if "breakdown" not in entries and "clients" not in entries:
                self._switch_quietly(2)
            QTimer.singleShot(0, lambda: self.breakdown_page.restore_posting(entry))

    def _store_opened(self) -> None:
        store = self.desk.store
        on_server = store is not None and store.on_server
        # a team database is backed up and restored by its administrator (csp-desk backup /
        # restore); an encrypted copy to carry away is still the producer's to take
        self.ui.actionRestoreBackup.setEnabled(not self.desk.is_demo and not on_server)
        if not self.desk.is_demo and not on_server:
            self._backup_timer.start()
            QTimer.singleShot(5000, self.daily_backup)
        else:
            self._backup_timer.stop()
        if store is not None and not self.desk.is_demo:
            self._carry_over_settings(store)
        name = (store.where if on_server else store.path.name) if store else ""  # type: ignore[union-attr]
        demo = self.tr(" (demo)") if self.desk.is_demo else ""
        self.setWindowTitle(f"csp-desk — {name}{demo}")
        self._show_who(store)
        self._show_taken(store)
        away = self.desk.is_demo or (on_server and not isinstance(self.own_db, str))
        self.ui.actionOpenOwn.setVisible(away)
        self.ui.actionOpenDemo.setVisible(not self.desk.is_demo)
        self.statusBar().showMessage(self.tr("Ready."), 3000)

    def _show_who(self, store: Store | None) -> None:
        """Who the window works as on a team database, and what their role lets them do: a label
        at the right of the status bar (none for a laptop's file)."""
        from ..services.team import signed_in

        member = signed_in(store) if store is not None else None
        if member is None:
            self.who_label.hide()
            return
        roles = {
            "admin": (self.tr("admin"), self.tr("Sees and changes every record of the team.")),
            "producer": (
                self.tr("producer"),
                self.tr("Sees and changes their own clients and those shared with them, with their orders; "
                        "the workers and platforms are the team's."),
            ),
            "facilitator": (
                self.tr("facilitator"),
                self.tr("Sees and changes their workshops, their participants and their own clients; "
                        "reads orders, contracts and payments but does not make them."),
            ),
            "viewer": (self.tr("viewer (reads only)"), self.tr("Reads every record; changes nothing.")),
            "owner": (
                self.tr("the database's owner"),
                self.tr("Under no team rule: sees and changes everything, and manages the team "
                        "(csp-desk team …)."),
            ),
        }  # fmt: skip
        role, what = roles.get(member.role, (member.role, ""))
        name = member.login
        if member.display_name:
            name = self.tr("{name} ({login})").format(name=member.display_name, login=member.login)
        self.who_label.setText(self.tr("Signed in as {name} · {role}").format(name=name, role=role))
        self.who_label.setToolTip(what)
        self.who_label.show()

    def open_taken(self) -> None:
        """Opens the file clients were last taken along into (kept in the window's settings)."""
        from ..app import open_database_async

        kept = window_settings().value(TAKEN_FILE_KEY, "")
        if not kept or not ask_all(self, self.desk.editors()):
            return
        open_database_async(self, Path(str(kept)), demo=False)

    def _show_taken(self, store: Store | None) -> None:
        """Taking along is offered on a team database; bringing back on a file taken from one
        (said at the right of the status bar, with where it came from)."""
        from ..services.checkout import taken_file

        on_server = store is not None and store.on_server and not self.desk.is_demo
        reads_only = store is not None and store.member is not None and store.member.role == "viewer"
        self.ui.actionTakeAlong.setVisible(on_server and not reads_only)
        taken = None
        if store is not None and not store.on_server:
            try:
                taken = taken_file(store)
            except Exception:  # an unreadable file says so elsewhere; here: nothing to bring back
                log.warning("reading the taken clients of %s failed", store.where, exc_info=True)
        self.ui.actionBringBack.setVisible(taken is not None and taken.brought_back_at is None)
        kept = window_settings().value(TAKEN_FILE_KEY, "")
        self.ui.actionOpenTaken.setVisible(
            bool(kept) and Path(str(kept)).is_file() and (store is None or store.path != Path(str(kept)))
        )
        if taken is not None and taken.brought_back_at is None:
            self.who_label.setText(self.tr("Clients taken along from {server}: {count}").format(
                server=taken.place, count=len(taken.clients)))  # fmt: skip
            self.who_label.setToolTip(f"{taken.server}\n" + "、".join(taken.clients))
            self.who_label.show()

    def take_along(self) -> bool:
        """The chosen client into a file of its own to work in offline, marked on the team
        database as taken by whoever is signed in (services/checkout)."""
        from ..services.checkout import take_along

        store, client_id = self.desk.store, self.desk.client_id
        title = self.tr("Take the client along offline")
        if store is None or not store.on_server or self._job is not None:
            return False
        if client_id is None:
            QMessageBox.information(self, title, self.tr("Choose the client on the Clients page first."))
            return False
        if not ask_all(self, self.desk.editors()):
            return False
        out = ask_save_file(
            self, title, f"持ち出し_{self.desk.client_name}_{date.today():%Y%m%d}.sqlite3",
            self.tr("csp-desk database (*.sqlite3)"), "take_along", ".sqlite3",
        )  # fmt: skip
        if out is None:
            return False
        job = jobs.Job(take_along, store, [client_id], out)
        self._job = job
        self.statusBar().showMessage(self.tr("Taking the client along…"))
        job.succeeded.connect(lambda taken: self._taken_along(title, taken))
        job.failed.connect(lambda exc: (self.statusBar().clearMessage(), warn(self, title, exc)))
        job.finished.connect(self._job_done)
        jobs.start(job)
        return True

    def _taken_along(self, title: str, taken: Any) -> None:
        from ..app import open_database_async

        self.statusBar().clearMessage()
        window_settings().setValue(TAKEN_FILE_KEY, str(taken.path))  # File ▸ Open the file taken along
        self._show_taken(self.desk.store)
        if self.desk.client_id is not None and not self.clients_page.has_unsaved():
            self.clients_page.load(self.desk.client_id)  # its title says it is taken now
        text = self.tr(
            "“{name}” was taken along into {path}; the team database shows it as taken by you.\n\n"
            "Work in that file without the server, then bring it back with “File ▸ Bring the clients "
            "back to the team database”. Open the file now?")  # fmt: skip
        box = QMessageBox(QMessageBox.Icon.Information, title,
                          text.format(name=self.desk.client_name, path=taken.path), parent=self)  # fmt: skip
        now = box.addButton(self.tr("Open it now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is now:
            open_database_async(self, taken.path, demo=False)

    def bring_back(self, *, asked: bool = False) -> bool:
        """The clients of a file taken along go back to the team database they came from: all of
        them or, when a change clashes with one made there meanwhile, none, with every clash listed."""
        from ..services.checkout import bring_back, taken_file

        store, title = self.desk.store, self.tr("Bring the clients back")
        if store is None or store.on_server or self._job is not None:
            return False
        taken = taken_file(store)
        if taken is None or taken.brought_back_at is not None:
            return False
        if not ask_all(self, self.desk.editors()):
            return False
        job = jobs.Job(bring_back, store)
        self._job = job
        self.statusBar().showMessage(self.tr("Bringing the clients back…"))
        job.succeeded.connect(lambda done: self._brought_back(title, taken.server, done))
        job.failed.connect(lambda exc: self._bring_back_failed(title, taken.server, exc, asked))
        job.finished.connect(self._job_done)
        jobs.start(job)
        return True

    def _brought_back(self, title: str, server: str, done: Any) -> None:
        from ..app import open_database_async

        self.statusBar().clearMessage()
        window_settings().remove(TAKEN_FILE_KEY)
        self._show_taken(self.desk.store)
        text = self.tr(
            "Brought back to {server}: {changed} changed, {added} added, {deleted} deleted. The team "
            "database no longer shows them as taken. Open the team database now?")  # fmt: skip
        from ..services.checkout import conflict_text

        said = text.format(server=server, changed=done.changed, added=done.added, deleted=done.deleted)
        box = QMessageBox(QMessageBox.Icon.Information, title, said, parent=self)
        if done.left:  # what stays in the file only
            box.setInformativeText("\n".join(f"・{conflict_text(note)}" for note in done.left))
        now = box.addButton(self.tr("Open the team database"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Stay here"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is now:
            open_database_async(self, server, demo=False)

    def _bring_back_failed(self, title: str, server: str, exc: BaseException, asked: bool) -> None:
        from ..app import ask_team_password
        from ..services.checkout import Conflicts, conflict_text
        from ..store.errors import ServerRefusedLogin

        self.statusBar().clearMessage()
        if isinstance(exc, ServerRefusedLogin) and not asked and ask_team_password(self, server):
            QTimer.singleShot(0, lambda: self.bring_back(asked=True))  # once this job has finished
            return
        if isinstance(exc, Conflicts):
            lines = "\n".join(f"・{conflict_text(c)}" for c in exc.conflicts)
            text = self.tr(
                "Nothing was brought back. {count} of the changes in this file clash with changes made on "
                "the team database while the clients were taken along (listed below). Make this file "
                "agree with the team database on each, or settle it with your colleague, then bring "
                "the clients back again.").format(count=len(exc.conflicts))  # fmt: skip
            box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
            box.setInformativeText(lines)
            box.exec()
            return
        warn(self, title, exc)

    def _carry_over_settings(self, store: Store) -> None:
        """Business settings an older version kept in the window's settings file move into the
        first database opened (the command line sees them there); a failure only leaves them."""
        from ..services import settings
        from .language import window_settings

        old = window_settings()
        keys = [k for k in old.allKeys() if k in settings.OLD_KEYS or k.startswith(settings.OLD_CLIENT_RATE)]
        if not keys:
            return
        try:
            taken = settings.carry_over(store, {key: old.value(key) for key in keys})
        except Exception:
            log.warning("the settings of an older version were not carried over", exc_info=True)
            return
        for key in keys:
            old.remove(key)
        log.info("settings carried over into the database: %s", ", ".join(taken) or "none usable")

    def _client_changed(self, client_id: int) -> None:
        has_client = bool(client_id)
        if has_client:
            self.ui.clientBanner.setText(self.desk.client_name)
        else:
            self.ui.clientBanner.setText(self.tr("No client selected — choose or add one under Clients"))
        ui = self.ui
        for action in (ui.actionExportProposal, ui.actionExportBudget, ui.actionExportProgress,
                       ui.actionExportClientFile, ui.actionTakeAlong):  # fmt: skip
            action.setEnabled(has_client)
        self.ui.navigation.setEnabled(True)
        for row in (1, 2):
            self.navigation.item(row).setEnabled(has_client)

    # --- database ----------------------------------------------------------------------------

    def daily_backup(self) -> None:
        """Today's backup, taken in a worker once a day while the window is open."""
        from ..services import backups

        store = self.desk.store
        if store is None or self.desk.is_demo or store.on_server or self._job is not None:
            return
        if not backups.due_today(store.path):
            return
        job = jobs.Job(lambda path, progress: backups.back_up(path, reason="daily"), store.path)
        job.failed.connect(lambda exc: warn(self, self.tr("Backup"), exc))
        job.succeeded.connect(
            lambda path: self.statusBar().showMessage(self.tr("Backed up to {path}").format(path=path), 5000)
        )
        jobs.start(job)

    def sealed_backup(self) -> bool:
        """An encrypted copy to carry away; the first time, the recovery key is shown once."""
        from .. import keychain
        from ..services import backups

        store = self.desk.store
        if store is None or self._job is not None:
            return False
        out = ask_save_file(
            self,
            self.tr("Encrypted backup"),
            f"csp-desk-{date.today():%Y%m%d}.cspbackup",
            self.tr("Encrypted backup (*.cspbackup)"),
            "sealed_backup",
            ".cspbackup",
        )
        if out is None:
            return False
        key, made = backups.backup_key()
        if made is not None:
            note = (
                self.tr("It is kept in the system keyring.")
                if made.kept is keychain.Kept.KEYRING
                else self.tr("No keyring works on this computer: the key is kept only until csp-desk closes.")
            )
            QMessageBox.information(
                self,
                self.tr("Encrypted backup"),
                self.tr(
                    "A backup key was made. Write down this recovery key and keep it apart from the USB "
                    "stick; it is shown only once.\n\n{key}\n\n{note}"
                ).format(key=made.recovery, note=note),
            )
        if store.url is not None:  # a team database: every row into a csp-desk file, then sealed
            address = store.url.render_as_string(hide_password=False)
            job = jobs.Job(
                lambda address, target, secret, progress: backups.back_up_server(address, target, key=secret),
                address,
                out,
                key,
            )
        else:
            job = jobs.Job(
                lambda path, target, secret, progress: backups.back_up_sealed(path, target, secret),
                store.path,
                out,
                key,
            )
        self._job = job
        job.succeeded.connect(self._exported)
        job.failed.connect(lambda exc: warn(self, self.tr("Encrypted backup"), exc))
        job.finished.connect(self._job_done)
        jobs.start(job)
        return True

    def import_clients(self) -> bool:
        return self.import_list("clients")

    def import_workers(self) -> bool:
        return self.import_list("workers")

    def _import_words(self, kind: str) -> tuple[str, str, str]:
        """Title, "N were added" and "left out" sentences for a kind of list."""
        if kind == "clients":
            return (
                self.tr("Import clients"),
                self.tr("{added} clients were added."),
                self.tr(
                    "Left out: {already} already in the list of clients, {repeated} repeated in the file."
                ),
            )
        return (
            self.tr("Import workers"),
            self.tr("{added} workers were added."),
            self.tr("Left out: {already} already in the list of workers, {repeated} repeated in the file."),
        )

    def import_list(self, kind: str) -> bool:
        """Adds the clients or workers of a CSV or Excel list, read and checked in a worker; all
        rows or none."""
        from ..services.imports import import_clients, import_workers

        store = self.desk.store
        if store is None or self._job is not None:
            return False
        title = self._import_words(kind)[0]
        chosen = ask_open_file(self, title, self.tr("Lists (*.csv *.txt *.xlsx)"), "import")
        if not chosen:
            return False
        progress = QProgressDialog(
            self.tr("Reading {name}…").format(name=Path(chosen).name), self.tr("Cancel"), 0, 100, self
        )
        progress.setWindowTitle(title)
        from PySide6.QtCore import Qt  # not at module level: Qt's enums cost ~18 ms to create

        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        job = jobs.Job(import_clients if kind == "clients" else import_workers, store, Path(chosen))
        self._job = job

        def advance(done: int, total: int) -> None:
            if total:  # checking and writing: a share of the rows
                progress.setRange(0, 100)
                progress.setValue(int(100 * done / total))
            else:  # reading: how many rows is not known yet
                progress.setRange(0, 0)

        job.progressed.connect(advance)
        progress.canceled.connect(job.cancel)
        job.succeeded.connect(lambda result: self._imported(kind, result))
        job.failed.connect(lambda exc: self._import_failed(kind, exc))
        job.finished.connect(progress.reset)
        job.finished.connect(self._job_done)
        jobs.start(job)
        return True

    def _imported(self, kind: str, result: ImportResult) -> None:
        title, added, left_out = self._import_words(kind)
        text = added.format(added=f"{result.added:,}")
        if result.already_there or result.repeated:
            text += "\n" + left_out.format(
                already=f"{result.already_there:,}", repeated=f"{result.repeated:,}"
            )
        if result.ignored_columns:
            text += "\n" + self.tr("Columns not read: {columns}").format(
                columns="、".join(result.ignored_columns)
            )
        self.desk.changed.emit(kind)
        QMessageBox.information(self, title, text)

    def _import_failed(self, kind: str, exc: BaseException) -> None:
        from ..domain.list_import import ListRefused
        from ..services.imports import ImportRefused
        from ..tables import TableError

        if isinstance(exc, jobs.Cancelled):
            self.statusBar().showMessage(self.tr("Import cancelled; nothing was added."), 5000)
            return
        refused = isinstance(exc, TableError | ListRefused | ImportRefused)
        text = i18n.import_text(exc, shown=SHOWN_ROW_ERRORS) if refused else exc
        warn(self, self._import_words(kind)[0], text)

    # --- client files and the projector (workshops) ---------------------------------------

    def export_client_file(self) -> bool:
        """The chosen client with everything recorded about it, as a client file for another desk."""
        from ..services.client_files import write_client_file

        store, client_id = self.desk.store, self.desk.client_id
        if store is None or client_id is None or self._job is not None:
            return False
        title = self.tr("Export the client file")
        out = ask_save_file(
            self, title, f"顧客ファイル_{self.desk.client_name}_{date.today():%Y%m%d}.csp-client.json",
            self.tr("Client files (*.json)"), "client_file", ".json",
        )  # fmt: skip
        if out is None:
            return False
        job = jobs.Job(write_client_file, store, client_id, out, date.today())
        self._job = job
        job.succeeded.connect(self._exported)
        job.failed.connect(lambda exc: warn(self, title, exc))
        job.finished.connect(self._job_done)
        jobs.start(job)
        return True

    def import_client_file(self) -> bool:
        """Adds the client of a client file (from a participant's or another producer's laptop),
        read and checked whole in a worker and written in one transaction under the window's
        writer lock; a client already here, or a broken file, is refused and nothing changes."""
        if self.desk.store is None or self._job is not None:
            return False
        chosen = ask_open_file(
            self, self.tr("Import a client file"), self.tr("Client files (*.json)"), "client_file"
        )
        if not chosen:
            return False
        return self.open_client_file(Path(chosen))

    def take_file(self, path: Path | None) -> None:
        """A client file handed to the running window (`csp-desk FILE` at start, a second start's
        hand-over, macOS's open-file event; None: just come to the front): the window comes to the
        front and reads it as the File menu reads the one chosen in its dialog — once the database
        is open and no dialog or import is in the way, one file at a time."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        if path is not None:
            self._given.append(path)
            if len(self._given) == 1:
                self._take_given()

    def _take_given(self) -> None:
        if not self._given or self._closed:
            return
        if self.desk.store is None:  # still opening (or it failed: then once another one is open)
            if not self._given_waits_for_store:
                self._given_waits_for_store = True
                self.desk.storeSettled.connect(self._store_for_given)
            return
        if self._job is not None or QApplication.activeModalWidget() is not None:
            QTimer.singleShot(GIVEN_RETRY_MS, self._take_given)
            return
        self.open_client_file(self._given.pop(0))
        if self._given:
            QTimer.singleShot(GIVEN_RETRY_MS, self._take_given)

    def _store_for_given(self) -> None:
        if self.desk.store is None:
            return
        self.desk.storeSettled.disconnect(self._store_for_given)
        self._given_waits_for_store = False
        QTimer.singleShot(0, self._take_given)

    def stop_listening(self) -> None:
        if self.listener is not None:
            self.listener.close()
            self.listener = None

    def open_client_file(self, path: Path) -> bool:
        """Reads the client file chosen in the File menu's dialog, or given when csp-desk was
        started (`csp-desk FILE`: a file manager's or Windows' "Open with"); as import_client_file."""
        from ..services.client_files import import_client_file

        store = self.desk.store
        if store is None or self._job is not None:
            return False
        job = jobs.Job(import_client_file, store, path)
        self._job = job
        job.succeeded.connect(self._client_file_imported)
        job.failed.connect(self._client_file_refused)
        job.finished.connect(self._job_done)
        jobs.start(job)
        return True

    def _client_file_imported(self, result) -> None:  # type: ignore[no-untyped-def]
        self.desk.changed.emit("clients")
        QMessageBox.information(
            self,
            self.tr("Import a client file"),
            self.tr(
                "The client “{name}” was added with {consultations} consultations and {items} work items; "
                "it is in the list of clients."
            ).format(name=result.name, consultations=result.consultations, items=result.work_items),
        )

    def _client_file_refused(self, exc: BaseException) -> None:
        warn(self, self.tr("Import a client file"), i18n.client_file_refusal(exc) or exc)

    def show_projector(self, workshop_id: int | None = None) -> None:
        """The projector view with the facilitator's controls (F5): of the workshop shown on the
        Workshops page, or the newest when none is shown there."""
        from .projector import open_projector

        if not workshop_id and self._workshops_page is not None:
            workshop_id = self._workshops_page.shown_workshop()
        panel = open_projector(self, self.desk, self._projector, workshop_id or None)
        if panel is not None and panel is not self._projector:
            panel.closed.connect(self._projector_closed)
        self._projector = panel

    def _projector_closed(self) -> None:
        self._projector = None

    def restore_backup(self) -> bool:
        """Replaces the open database with a backup, after keeping the current file."""
        from ..services import backups
        from ..store.lock import held_here

        store = self.desk.store
        if store is None or self.desk.is_demo or not ask_all(self, self.desk.editors()):
            return False
        path = store.path
        chosen = ask_open_file(
            self,
            self.tr("Restore a backup"),
            self.tr("csp-desk backups (*.sqlite3 *.cspbackup)"),
            "restore",
            start=backups.folder(path),
        )
        if not chosen:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr("Replace the database with {name}? The current file is kept as a backup first.").format(
                name=Path(chosen).name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        jobs.wait_all(10_000)
        lock = held_here(path)
        if lock is not None:  # the window keeps its writer lock through the restore and the reopening
            store.on_close.remove(lock.release)
        store.close()
        try:
            backups.restore(Path(chosen), path, self._sealed_key, lock=lock)
        except Exception as exc:
            warn(self, self.tr("Restore a backup"), exc)
            self._reopen(path, lock=lock)
            return False
        self._reopen(path, self.tr("Restored from {name}.").format(name=Path(chosen).name), lock)
        return True

    def _sealed_key(self) -> bytes:
        """The backup key kept here, or the recovery key typed in (a backup from elsewhere)."""
        from PySide6.QtWidgets import QInputDialog

        from ..services import backups
        from ..store.sealed import BadRecoveryKey, key_from_recovery

        kept = backups.kept_key()
        if kept is not None:
            return kept
        text, ok = QInputDialog.getText(self, self.tr("Encrypted backup"), self.tr("Recovery key"))
        if not ok:
            raise BadRecoveryKey()
        return key_from_recovery(text)

    def _reopen(self, path: Path, message: str = "", lock: WriterLock | None = None) -> None:
        from ..app import open_database_async

        self.desk.store = None  # closed already: set_store must not close it again
        open_database_async(self, path, demo=False, opened_message=message, lock=lock)

    def open_demo(self) -> None:
        from ..app import open_database_async

        if not ask_all(self, self.desk.editors()):
            return
        open_database_async(self, None, demo=True)

    def open_team(self) -> None:
        """Opens a team's database on a PostgreSQL server by its address (remembered without its
        password; the password is asked when the server wants one, and kept in the keyring)."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        from ..app import open_database_async
        from ..services import team
        from ..store.errors import StoreError
        from .language import window_settings

        if not ask_all(self, self.desk.editors()):
            return
        settings = window_settings()
        title = self.tr("Open a team database")
        text, ok = QInputDialog.getText(
            self,
            title,
            self.tr(
                "Address of the team database, as the server's administrator gave it:\n"
                "postgresql://user@host:5432/dbname"
            ),
            QLineEdit.EchoMode.Normal,
            str(settings.value(TEAM_ADDRESS_KEY, "") or ""),
        )
        address = text.strip()
        if not ok or not address:
            return
        try:
            remembered = team.without_password(address)
        except StoreError as exc:
            warn(self, title, exc)
            return
        settings.setValue(TEAM_ADDRESS_KEY, remembered)
        open_database_async(self, address, demo=False)

    def open_own(self) -> None:
        """Leaves the demo for the database the window was started with."""
        from ..app import open_database_async

        if not ask_all(self, self.desk.editors()):
            return
        open_database_async(self, self.own_db, demo=False)

    # --- documents ---------------------------------------------------------------------------

    def export(self, kind: str) -> None:
        all_clients = kind == "ledger"
        order = self._orders_page.engagement if kind == "record" and self._orders_page is not None else None
        if kind == "record" and order is None:
            return
        if self.desk.store is None or (self.desk.client_id is None and not all_clients and order is None):
            return
        if self._job is not None:
            return
        if not self._profile_ready():
            return
        terms = self._document_terms() if kind in ("proposal", "budget") else None
        if kind in ("proposal", "budget") and terms is None:
            return
        word, excel = self.tr("Word document (*.docx)"), self.tr("Excel workbook (*.xlsx)")
        title, stem, pattern, suffix = {
            "proposal": (self.tr("Export proposal"), "提案書", word, ".docx"),
            "budget": (self.tr("Export budget"), "予算表", excel, ".xlsx"),
            "progress": (self.tr("Export progress report"), "進捗報告書", word, ".docx"),
            "ledger": (self.tr("Export payment ledger"), "進捗管理表・支払台帳", excel, ".xlsx"),
            "record": (self.tr("Export the order record"), "案件記録", excel, ".xlsx"),
        }[kind]
        name = "全顧客" if all_clients else order.title if order is not None else self.desk.client_name
        out = ask_save_file(
            self, title, f"{stem}_{name}_{date.today():%Y%m%d}{suffix}", pattern, "export", suffix
        )
        if out is None:
            return

        progress = QProgressDialog(
            self.tr("Writing {name}…").format(name=out.name), self.tr("Cancel"), 0, 100, self
        )
        progress.setWindowTitle(title)
        from PySide6.QtCore import Qt  # not at module level: Qt's enums cost ~18 ms to create

        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        from functools import partial

        from ..charts import PICTURES
        from ..services.documents import (
            write_client_document,
            write_ledger,
            write_order_record,
            write_progress_report,
        )

        if kind == "progress":
            job = jobs.Job(partial(write_progress_report, pictures=PICTURES), self.desk.store,
                           self.desk.client_id, out, date.today())  # fmt: skip
        elif kind == "ledger":
            job = jobs.Job(write_ledger, self.desk.store, None, out, date.today())
        elif order is not None:
            job = jobs.Job(write_order_record, self.desk.store, order.id, out, date.today())
        else:
            rate, days = terms or (None, 30)
            job = jobs.Job(
                partial(write_client_document, producer_rate=rate, valid_days=days, pictures=PICTURES),
                self.desk.store,
                self.desk.client_id,
                kind,
                out,
                self.desk.catalogue,
                date.today(),
            )
        self._job = job
        job.progressed.connect(lambda done, total: progress.setValue(int(100 * done / max(total, 1))))
        progress.canceled.connect(job.cancel)
        job.succeeded.connect(self._exported)
        job.failed.connect(self._export_failed)
        job.finished.connect(progress.reset)
        job.finished.connect(self._job_done)
        jobs.start(job)

    def export_workshop(self, kind: str, workshop_id: int) -> bool:
        """A workshop's handouts (Word files in a new folder inside the one chosen) or the
        organiser's summary workbook (Excel), written in a worker with progress; cancelling
        leaves no file."""
        from ..services.workshops import get_workshop

        store = self.desk.store
        if store is None or self._job is not None:
            return False
        if kind == "handouts" and not self._profile_ready():
            return False
        plan = get_workshop(store, workshop_id)
        day = plan.starts_at.strftime("%Y%m%d") if plan.starts_at else ""
        from ..services.documents import export_handouts, export_workshop_summary

        if kind == "handouts":
            title = self.tr("Export handouts")
            folder = ask_folder(self, self.tr("Choose the folder to put the handouts in"), "export")
            if folder is None:
                return False
            out = new_folder_name(folder, f"配布資料_{plan.title}_{day}")
            job = jobs.Job(export_handouts, store, workshop_id, out, self.desk.catalogue, date.today())
        else:
            title = self.tr("Export the workshop summary")
            chosen = ask_save_file(
                self, title, f"ワークショップ集計_{plan.title}_{day}.xlsx",
                self.tr("Excel workbook (*.xlsx)"), "export", ".xlsx",
            )  # fmt: skip
            if chosen is None:
                return False
            out = chosen
            job = jobs.Job(export_workshop_summary, store, workshop_id, out, date.today())
        progress = QProgressDialog(
            self.tr("Writing {name}…").format(name=out.name), self.tr("Cancel"), 0, 100, self
        )
        progress.setWindowTitle(title)
        from PySide6.QtCore import Qt

        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self._job = job
        job.progressed.connect(lambda done, total: progress.setValue(int(100 * done / max(total, 1))))
        progress.canceled.connect(job.cancel)
        if kind == "handouts":
            job.succeeded.connect(lambda paths: self._handouts_written(out, paths))
        else:
            job.succeeded.connect(self._exported)
        job.failed.connect(self._export_failed)
        job.finished.connect(progress.reset)
        job.finished.connect(self._job_done)
        jobs.start(job)
        return True

    def _handouts_written(self, folder: Path, paths: list[Path]) -> None:
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=folder), 8000)
        printing = next((p.name for p in paths if p.name.startswith("印刷用")), "")
        QMessageBox.information(
            self,
            self.tr("Export handouts"),
            self.tr(
                "{count} files were written to the folder {folder}. To print everything at once, "
                "open {combined}."
            ).format(count=len(paths), folder=folder, combined=printing),
        )

    def _profile_ready(self) -> bool:
        """Documents carry the producer's name and contact: offer to set them when missing."""
        from ..services import producer

        assert self.desk.store is not None
        empty = producer.load_profile(self.desk.store).is_empty()
        if not empty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("My profile"),
            self.tr("Your name and contact are not set yet; every document shows them. Set them now?"),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.edit_profile()
        return answer != QMessageBox.StandardButton.Cancel

    def _document_terms(self) -> tuple[Decimal | None, int] | None:
        """The producer's fee rate and the days the proposal stands, asked (with the work items
        that start before today named); None when the producer cancels."""
        from ..services.documents import early_starts
        from .document_terms_dialog import DocumentTermsDialog

        assert self.desk.store is not None and self.desk.client_id is not None
        today = date.today()
        early = early_starts(self.desk.store, self.desk.client_id, today)
        dialog = DocumentTermsDialog(self.desk.store, self.desk.client_id, early, today, self)
        if not dialog.exec():
            return None
        if early:
            self.statusBar().showMessage(self.tr(
                "{count} work items start before today; the document flags them."
            ).format(count=len(early)), 8000)  # fmt: skip
        return dialog.rate, dialog.valid_days

    def _job_done(self) -> None:
        self._job = None

    def _exported(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 8000)

    def _export_failed(self, exc: BaseException) -> None:
        if isinstance(exc, jobs.Cancelled):
            self.statusBar().showMessage(self.tr("Export cancelled; no file was written."), 5000)
            return
        warn(self, self.tr("Export"), exc)

    # --- dialogs -----------------------------------------------------------------------------

    def edit_profile(self) -> None:
        from ..services import producer
        from .dialogs import ProfileDialog

        if self.desk.store is None:
            return
        dialog = ProfileDialog(producer.load_profile(self.desk.store), self)
        if dialog.exec():
            try:
                producer.save_profile(self.desk.store, dialog.profile())
            except Exception as exc:
                warn(self, self.tr("My profile"), exc)
                return
            self.statusBar().showMessage(self.tr("Profile saved."), 3000)

    def edit_platforms(self) -> None:
        """The platform register: fees, order types, escrow and the 24-item checklist."""
        from .platforms_dialog import PlatformsDialog

        if self.desk.store is None:
            return
        PlatformsDialog(self.desk, self).exec()
        self.desk.changed.emit("platforms")

    def edit_preferences(self) -> None:
        from .dialogs import SettingsDialog

        before = i18n.chosen_language()
        if SettingsDialog(self.desk.store, self).exec() and i18n.chosen_language() != before:
            QMessageBox.information(
                self,
                self.tr("Preferences"),
                self.tr("The new language applies when you start csp-desk again."),
            )

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About csp-desk"),
            self.tr("csp-desk {version}\nThe desk of a Crowdsourcing Producer.").format(version=__version__),
        )

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._closed:
            event.accept()
            return
        # once per form with unsaved edits: 保存 / 破棄 / キャンセル (which keeps the window open)
        if not ask_all(self, self.desk.editors()):
            event.ignore()
            return
        self._closed = True
        self.stop_listening()  # a second start from now on opens its own window: this one is ending
        jobs.wait_all(10_000)
        store = self.desk.store
        if store is not None:
            store.close()
            if not self.desk.is_demo and not store.on_server:
                self._backup_on_close(store.path)
        event.accept()

    def _backup_on_close(self, path: Path) -> None:
        from ..services import backups

        try:
            backups.back_up(path, reason="close")
        except Exception as exc:
            warn(self, self.tr("Backup"), exc)
