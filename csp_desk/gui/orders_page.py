"""Orders: each work item followed after its posting — applications, contract, escrow,
deliveries and revisions, acceptance, payment, rating, the contact log and troubles."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QPushButton, QWidget

from .. import i18n
from ..domain import followup
from ..domain.followup import TROUBLE_LABELS
from ..domain.history import ACTIONS, RECORDS, HistoryLine, changes_text, source_labels
from ..domain.lifecycle import LABELS, PARTY_LABELS, WAITING_ON, State, StepRefused, next_states
from ..domain.order_types import LABELS as TYPE_LABELS
from ..domain.rules import Finding
from ..domain.text import QT_TRANSLATE_NOOP, FieldError, InvalidInput
from ..domain.values import format_date, format_yen, parse_count, parse_date, parse_order_amount
from .context import Desk
from .feedback import field_message, warn
from .forms.ui_orders_page import Ui_OrdersPage
from .forms.ui_terms_dialog import Ui_TermsDialog
from .models import Column, PagedTableModel, RowsListModel, RowsTableModel
from .views import select_row, setup_table

OPEN_STATES = tuple(s for s in State if s not in (State.CLOSED, State.CANCELLED))
STEP_TEXT = {
    State.POSTED: QT_TRANSLATE_NOOP("OrdersPage", "Posted"),
    State.ESCROWED_BEFORE_POSTING: QT_TRANSLATE_NOOP("OrdersPage", "Escrow paid"),
    State.IN_PROGRESS: QT_TRANSLATE_NOOP("OrdersPage", "Work started"),
    State.APPROVAL: QT_TRANSLATE_NOOP("OrdersPage", "Approval period started"),
    State.ACCEPTED: QT_TRANSLATE_NOOP("OrdersPage", "Accepted (検収)"),
    State.CLOSED: QT_TRANSLATE_NOOP("OrdersPage", "Close"),
}


def audit_words(pair: tuple[str, str]) -> str:
    """The window's words for a history label (translated from its source)."""
    return i18n.message("audit", pair[0])


def _coded_text(field: str, value: str) -> str | None:
    """States and order types in the window's words."""
    label = source_labels(field, value)
    return None if label is None else i18n.message(field, label)


def _changes_text(row: HistoryLine) -> str:
    return changes_text(row.changes, row.action, audit_words, _coded_text)


APPLICANTS_OFFERED = 50
"""Workers listed in the applicant drop-down (typing narrows the register down)."""
PARTY_LABELS_BY_NAME = {party.value: label for party, label in PARTY_LABELS.items()}
REQUIRED = QT_TRANSLATE_NOOP("validation", "Enter the date of the contract and the amount.")
"""Steps taken with a plain button (the others come with their own records)."""


def state_text(state: State) -> str:
    return i18n.message("state", LABELS[state])


def _yen(value: int | None) -> str:
    return "" if value is None else f"¥{value:,}"


class TermsDialog(QDialog):
    """The terms agreed with a chosen worker, pre-filled from the proposal."""

    def __init__(self, worker: str, proposed: Any, parent: QWidget):
        super().__init__(parent)
        self.ui = Ui_TermsDialog()
        self.ui.setupUi(self)
        self.ui.worker.setText(worker)
        self.ui.contractedOn.setText(format_date(proposed.contracted_on))
        self.ui.amount.setText(format_yen(proposed.amount))
        self.ui.deliveryDue.setText(format_date(proposed.delivery_due))
        self.ui.paymentDue.setText(format_date(proposed.payment_due))
        self.ui.freeRounds.setText("" if proposed.free_rounds is None else str(proposed.free_rounds))
        self.ui.taxable.setChecked(proposed.taxable)
        self.ui.errors.setObjectName("errorText")
        self.ui.errors.hide()  # shown with the problems once OK finds some
        self.ui.buttons.accepted.connect(self._accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.terms: Any = None

    def read(self) -> tuple[Any, list[FieldError]]:
        from ..services.orders import Terms

        ui, errors = self.ui, []
        contracted, found = parse_date("contracted_on", ui.contractedOn.text())
        errors += found
        amount, found = parse_count("amount", ui.amount.text())
        errors += found
        delivery, found = parse_date("delivery_due", ui.deliveryDue.text())
        errors += found
        payment, found = parse_date("payment_due", ui.paymentDue.text())
        errors += found
        rounds, found = parse_count("free_rounds", ui.freeRounds.text())
        errors += found
        if contracted is None or amount is None:
            errors.append(FieldError("contract", REQUIRED))
            return None, errors
        terms = Terms(
            contracted_on=contracted,
            amount=amount,
            delivery_due=delivery,
            payment_due=payment,
            free_rounds=rounds,
            taxable=ui.taxable.isChecked(),
        )
        return terms, errors

    def _accept(self) -> None:
        terms, errors = self.read()
        if errors:
            self.ui.errors.setText("\n".join(field_message(e) for e in errors))
            self.ui.errors.show()
            return
        self.terms = terms
        self.accept()


class OrdersPage(QWidget):
    exportRecordRequested = Signal()
    """The order's record with its audit log is to be exported (the window runs the job)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_OrdersPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.engagement: Any = None

        self.model: PagedTableModel[Any] = PagedTableModel(
            [
                Column(self.tr("Client"), lambda r: r.client),
                Column(self.tr("Work"), lambda r: r.title),
                Column(self.tr("Type"), lambda r: i18n.message("order_type", TYPE_LABELS[r.order_type])),
                Column(self.tr("State"), lambda r: state_text(r.state)),
                Column(self.tr("Since"), lambda r: format_date(r.state_since)),
                Column(self.tr("Workers"), lambda r: r.workers),
                Column(self.tr("Amount"), lambda r: _yen(r.amount), align_right=True),
            ],
            ["client", "title", None, "state", "state_since", None, "amount"],
            self,
        )
        setup_table(ui.orders, self.model, (120, 180, 80, 100, 80, 110))
        # the work and its state first: what a producer looks for, seen whole on a small screen
        ui.orders.horizontalHeader().moveSection(1, 0)
        ui.orders.horizontalHeader().moveSection(3, 1)
        ui.orders.selectionModel().currentRowChanged.connect(self._row_chosen)
        # newest first: the store walks an index on this and stops after one page
        self.model.sort_key, self.model.descending = "state_since", True
        ui.orders.horizontalHeader().setSortIndicator(4, Qt.SortOrder.DescendingOrder)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([560, 840])

        self.applications: RowsTableModel[Any] = RowsTableModel(
            [
                Column(self.tr("Worker"), lambda r: r.worker),
                Column(self.tr("Received"), lambda r: format_date(r.received_on)),
                Column(self.tr("Quote"), lambda r: _yen(r.amount), align_right=True),
                Column(self.tr("Delivery"), lambda r: format_date(r.delivery_on)),
                Column(self.tr("Score"), lambda r: "★" * (r.score or 0)),
                Column(self.tr("Chosen"), lambda r: self.tr("Chosen") if r.status == "selected" else ""),
                Column(self.tr("Notes"), lambda r: r.notes),
            ],
            self,
        )
        setup_table(ui.applications, self.applications, (140, 90, 90, 90, 80, 50))
        self.contracts: RowsTableModel[Any] = RowsTableModel(
            [
                Column(self.tr("Worker"), lambda r: r.worker),
                Column(self.tr("Contracted"), lambda r: format_date(r.contracted_on)),
                Column(self.tr("Amount"), lambda r: _yen(r.amount), align_right=True),
                Column(self.tr("Delivery due"), lambda r: format_date(r.delivery_due)),
                Column(self.tr("Free rounds"), lambda r: "" if r.free_rounds is None else r.free_rounds),
            ],
            self,
        )
        setup_table(ui.contracts, self.contracts, (140, 90, 100, 100))
        self.milestones: RowsTableModel[Any] = RowsTableModel(
            [
                Column(self.tr("Milestone"), lambda r: r.title),
                Column(self.tr("Amount"), lambda r: _yen(r.amount), align_right=True),
                Column(self.tr("Due"), lambda r: format_date(r.due_on)),
                Column(self.tr("Escrowed"), lambda r: format_date(r.escrowed_on)),
                Column(self.tr("Released"), lambda r: format_date(r.released_on)),
            ],
            self,
        )
        setup_table(ui.milestones, self.milestones, (160, 100, 90, 90))
        self.payments: RowsTableModel[Any] = RowsTableModel(
            [
                Column(self.tr("Payee"), lambda r: r.worker),
                Column(self.tr("Due"), lambda r: format_date(r.due_on)),
                Column(self.tr("Reward"), lambda r: _yen(r.amount), align_right=True),
                Column(self.tr("Tax"), lambda r: _yen(r.tax), align_right=True),
                Column(self.tr("Withheld"), lambda r: _yen(r.withholding), align_right=True),
                Column(self.tr("Net"), lambda r: _yen(r.net), align_right=True),
                Column(self.tr("Paid"), lambda r: format_date(r.paid_on)),
            ],
            self,
        )
        setup_table(ui.payments, self.payments, (120, 90, 90, 70, 80, 90))
        self.contacts: PagedTableModel[Any] = PagedTableModel(
            [
                Column(self.tr("When"), lambda r: f"{r.at:%Y/%m/%d %H:%M}"),
                Column(self.tr("With"), lambda r: self._party_text(r.party, r.direction)),
                Column(self.tr("Channel"), lambda r: r.channel),
                Column(self.tr("Summary"), lambda r: r.summary),
            ],
            [None, None, None, None],
            self,
        )
        setup_table(ui.contacts, self.contacts, (120, 130, 80))
        self.troubles: RowsTableModel[Any] = RowsTableModel(
            [
                Column(self.tr("Opened"), lambda r: format_date(r.opened_on)),
                Column(self.tr("Kind"), lambda r: i18n.message("trouble", TROUBLE_LABELS[r.category])),
                Column(self.tr("What happened"), lambda r: r.description),
                Column(self.tr("Resolved"), lambda r: format_date(r.resolved_on)),
            ],
            self,
        )
        setup_table(ui.troubles, self.troubles, (90, 150, 200))
        self.history: RowsTableModel[Any] = RowsTableModel(
            [
                Column(self.tr("When"), lambda r: f"{r.at:%Y/%m/%d %H:%M}"),
                Column(self.tr("Record"), lambda r: audit_words(RECORDS[r.record])),
                Column(self.tr("Change"), lambda r: audit_words(ACTIONS[r.action])),
                Column(self.tr("Old → new"), _changes_text),
                Column(self.tr("By"), lambda r: r.by),
            ],
            self,
        )
        setup_table(ui.history, self.history, (120, 110, 70))
        self.followup_model: RowsListModel[Finding] = RowsListModel(self._finding_text, self)
        ui.followups.setModel(self.followup_model)

        ui.stateFilter.addItem(self.tr("Open orders"), "open")
        ui.stateFilter.addItem(self.tr("All orders"), "all")
        for state in State:
            ui.stateFilter.addItem(state_text(state), state.value)
        ui.thisClient.setChecked(False)
        for party in followup.Party:
            ui.contactParty.addItem(i18n.message("party", PARTY_LABELS_BY_NAME[party.value]), party.value)
        ui.contactDirection.addItem(self.tr("They wrote"), followup.Direction.IN.value)
        ui.contactDirection.addItem(self.tr("I wrote"), followup.Direction.OUT.value)
        for channel in (self.tr("Platform messages"), self.tr("Email"), self.tr("Phone"), self.tr("Meeting")):
            ui.contactChannel.addItem(channel)
        for category, label in TROUBLE_LABELS.items():
            ui.troubleCategory.addItem(i18n.message("trouble", label), category)
        today = date.today()
        ui.on.setDate(QDate(today.year, today.month, today.day))
        ui.orderTitle.setObjectName("pageTitle")

        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.refresh)
        ui.search.textChanged.connect(lambda _t: self._search_timer.start())
        ui.stateFilter.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.thisClient.toggled.connect(lambda _on: self.refresh())
        ui.startOrder.clicked.connect(self.start_order)
        ui.applicant.lineEdit().textEdited.connect(self._find_applicants)
        ui.applicant.lineEdit().setPlaceholderText(self.tr("Worker (type a name to search)"))
        ui.addApplication.clicked.connect(self.add_application)
        ui.selectApplication.clicked.connect(self.choose_application)
        ui.recordEscrow.clicked.connect(self.record_escrow)
        ui.recordDelivery.clicked.connect(self.record_delivery)
        ui.requestRevision.clicked.connect(self.request_revision)
        ui.recordChange.clicked.connect(self.record_change)
        ui.addMilestone.clicked.connect(self.add_milestone)
        ui.recordPayment.clicked.connect(self.record_payment)
        ui.recordRemittance.clicked.connect(self.record_remittance)
        ui.rate.clicked.connect(self.rate)
        ui.addContact.clicked.connect(self.add_contact)
        ui.openTrouble.clicked.connect(self.open_trouble)
        ui.resolveTrouble.clicked.connect(self.resolve_trouble)
        ui.cancelOrder.clicked.connect(self.cancel_order)
        ui.exportRecord.clicked.connect(self.exportRecordRequested)
        desk.storeOpened.connect(self.refresh)
        desk.clientChanged.connect(lambda _id: ui.thisClient.isChecked() and self.refresh())
        self._show_engagement(None)
        if desk.store is not None:
            self.refresh()

    # --- list --------------------------------------------------------------------------------

    def _states(self) -> tuple[State, ...]:
        chosen = self.ui.stateFilter.currentData()
        if chosen == "open":
            return OPEN_STATES
        if chosen == "all" or chosen is None:
            return ()
        return (State(chosen),)

    def refresh(self) -> None:
        from ..services import orders

        store = self.desk.store
        if store is None:
            return
        client = self.desk.client_id if self.ui.thisClient.isChecked() else None
        states, search = self._states(), self.ui.search.text()

        def fetch(offset: int, limit: int, sort: str, descending: bool) -> list[Any]:
            return orders.list_orders(store, client, states, search, offset=offset, limit=limit, sort=sort,
                                      descending=descending)  # fmt: skip

        try:
            total = orders.count_orders(store, client, states, search)
            self.model.set_source(fetch, total)
        except Exception as exc:
            warn(self, self.tr("Orders"), exc)
            return
        self.ui.count.setText(self.tr("{count} orders").format(count=f"{total:,}"))
        if self.engagement is not None:
            select_row(self.ui.orders, self.model, lambda r: r.id == self.engagement.id)

    def _row_chosen(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        row = self.model.row_at(current.row())
        if row is not None:
            self.load(row.id)

    def select(self, engagement_id: int) -> None:
        self.load(engagement_id)
        select_row(self.ui.orders, self.model, lambda r: r.id == engagement_id)

    # --- one order ---------------------------------------------------------------------------

    def load(self, engagement_id: int) -> None:
        from ..services import orders

        assert self.desk.store is not None
        store = self.desk.store
        try:
            view = orders.order_view(store, engagement_id, self._on())
        except Exception as exc:
            warn(self, self.tr("Orders"), exc)
            return
        row, contracts, rounds = view.row, view.contracts, view.rounds
        self.engagement = row
        if self.desk.client_id != row.client_id:  # the banner and the client's documents follow the order
            self.desk.set_client(row.client_id, row.client)
        self.applications.set_rows(view.applications)
        self.contracts.set_rows(contracts)
        self.milestones.set_rows(view.milestones)
        self.payments.set_rows(view.payments)
        self.troubles.set_rows(view.troubles)
        self.history.set_rows(view.history[::-1])  # newest first
        on_server = self.desk.store is not None and self.desk.store.on_server
        self.ui.history.setColumnHidden(4, not on_server)  # who changed it: a team's question
        self.contacts.set_source(
            lambda offset, limit, _sort, _descending: orders.contacts(store, engagement_id, offset, limit),
            view.contact_total,
        )
        self.followup_model.set_rows(view.findings)
        self._show_engagement(row)
        if not self.ui.applicant.currentText().strip():
            self._find_applicants("")
        agreed = contracts[0].free_rounds if contracts else None
        if contracts:
            text = self.tr("Revision rounds: {rounds} (free: {free})").format(
                rounds=rounds[0], free="-" if agreed is None else agreed
            )
            self.ui.roundsLabel.setText(text)
        else:
            self.ui.roundsLabel.setText("")

    def _show_engagement(self, row: Any) -> None:
        ui = self.ui
        layout = ui.stepsLayout
        while layout.count():
            widget = layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        ui.detailPane.setEnabled(row is not None)
        if row is None:
            ui.orderTitle.setText(self.tr("Choose an order, or follow a work item"))
            ui.orderFacts.setText("")
            self.followup_model.set_rows([])
            return
        ui.orderTitle.setText(row.title)
        waiting = i18n.message("party", PARTY_LABELS[WAITING_ON[row.state]])
        ui.orderFacts.setText(
            self.tr("{client} · {type} · {state} since {since} · waiting on: {party}").format(
                client=row.client,
                type=i18n.message("order_type", TYPE_LABELS[row.order_type]),
                state=state_text(row.state),
                since=format_date(row.state_since),
                party=waiting,
            )
        )
        for target in next_states(row.order_type, row.state):
            if target in STEP_TEXT:
                button = QPushButton(self.tr(STEP_TEXT[target]), ui.steps)
                button.setObjectName(f"step_{target.value}")
                button.clicked.connect(lambda _c=False, t=target: self.take_step(t))
                layout.addWidget(button)
        following = next_states(row.order_type, row.state)
        ui.cancelOrder.setEnabled(State.CANCELLED in following)
        # only what can be recorded now is offered; the store refuses the rest anyway
        receiving = row.state in (State.POSTED, State.PROPOSALS, State.ENTRIES, State.APPROVAL)
        ui.addApplication.setEnabled(receiving)
        choosing = State.CONTRACTED in following or State.SELECTED in following
        ui.selectApplication.setEnabled(receiving or choosing)
        ui.recordEscrow.setEnabled(bool({State.ESCROWED, State.ESCROWED_BEFORE_POSTING} & set(following)))
        ui.recordDelivery.setEnabled(State.DELIVERED in following)
        ui.requestRevision.setEnabled(State.REVISING in following)
        ui.recordPayment.setEnabled(row.state is State.ACCEPTED)
        ui.rate.setEnabled(row.state in (State.PAID, State.RATED))

    def _finding_text(self, finding: Finding) -> str:
        text, _basis = i18n.finding_texts(finding)
        return f"{i18n.severity_word(finding.severity.value)}  {finding.rule}  {text}"

    def _party_text(self, party: str, direction: str) -> str:
        who = i18n.message("party", PARTY_LABELS_BY_NAME.get(party, party))
        return f"{who} →" if direction == "in" else f"→ {who}"

    def _on(self) -> date:
        day = self.ui.on.date()
        return date(day.year(), day.month(), day.day())

    # --- actions -----------------------------------------------------------------------------

    def _do(self, step: Any, *args: Any, **kwargs: Any) -> bool:
        """Runs one step of the current order (a service call: one transaction); refusals are
        explained, nothing half-done."""
        assert self.desk.store is not None
        try:
            step(self.desk.store, *args, **kwargs)
        except StepRefused as exc:
            QMessageBox.information(self, self.tr("Orders"), i18n.refusal_text(exc.refusal))
            return False
        except InvalidInput as exc:
            QMessageBox.warning(self, self.tr("Orders"), "\n".join(field_message(e) for e in exc.errors))
            return False
        except Exception as exc:
            warn(self, self.tr("Orders"), exc)
            return False
        if self.engagement is not None:
            engagement_id = self.engagement.id
            self.refresh()
            self.select(engagement_id)
        self.desk.changed.emit("orders")
        return True

    def start_order(self) -> None:
        """Follows one of the current client's work items as an order."""
        from ..services import orders

        store = self.desk.store
        if store is None or self.desk.client_id is None:
            QMessageBox.information(self, self.tr("Orders"), self.tr("Choose a client first, under Clients."))
            return
        items = orders.items_to_follow(store, self.desk.client_id)
        if not items:
            QMessageBox.information(
                self, self.tr("Orders"), self.tr("Every work item of this client is followed.")
            )
            return
        names = [item.draft.title for item in items]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Follow a work item"), self.tr("Work item"), names, 0, False
        )
        if ok:
            self.start_for(items[names.index(chosen)].id)

    def start_for(self, work_item_id: int) -> int | None:
        from ..services import orders

        assert self.desk.store is not None
        try:
            engagement_id = orders.start_order(self.desk.store, work_item_id, self._on()).ids[0]
        except InvalidInput as exc:
            QMessageBox.warning(self, self.tr("Orders"), "\n".join(field_message(e) for e in exc.errors))
            return None
        self.ui.stateFilter.setCurrentIndex(0)
        self.refresh()
        self.select(engagement_id)
        return engagement_id

    def take_step(self, target: State, note: str = "") -> bool:
        from ..services import orders

        if self.engagement is None:
            return False
        if target is State.ESCROWED_BEFORE_POSTING:
            return self.record_escrow()
        if target is State.ACCEPTED:
            return self._do(orders.accept, self.engagement.id, self._on())
        return self._do(orders.take_step, self.engagement.id, target, self._on(), note)

    def cancel_order(self) -> bool:
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Cancel the order"), self.tr("Why is the order cancelled?")
        )
        if not ok:
            return False
        return self.take_step(State.CANCELLED, reason)

    def _find_applicants(self, text: str) -> None:
        """Offers the registered workers whose name, kana or skills match what is typed (the
        first ones by name before anything is typed)."""
        from ..services import workers

        if self.desk.store is None:
            return
        found = workers.list_workers(self.desk.store, text.strip(), limit=APPLICANTS_OFFERED)
        box = self.ui.applicant
        box.blockSignals(True)
        box.clear()
        for worker in found:
            box.addItem(worker.name, worker.id)
        box.setEditText(text)
        box.blockSignals(False)
        if found and text.strip():
            box.showPopup()

    def _chosen_worker(self) -> int | None:
        box = self.ui.applicant
        index = box.findText(box.currentText())
        return box.itemData(index) if index >= 0 else None

    def add_application(self) -> bool:
        from ..services import orders

        if self.engagement is None:
            return False
        worker = self._chosen_worker()
        if worker is None:
            QMessageBox.information(
                self,
                self.tr("Orders"),
                self.tr("Choose the worker from the register (add new ones under Workers)."),
            )
            return False
        amount, errors = parse_order_amount("amount", self.ui.quote.text())
        delivery, found = parse_date("delivery_on", self.ui.offeredDelivery.text())
        errors += found
        if errors:
            QMessageBox.warning(self, self.tr("Orders"), "\n".join(field_message(e) for e in errors))
            return False
        assert self.desk.store is not None
        earlier = orders.earlier_application(self.desk.store, self.engagement.id, worker)
        if earlier is not None:  # one application per worker: replace it only when the producer says so
            quoted = format_yen(earlier.amount) or "-"
            question = self.tr(
                "{worker} already applied to this order on {date} (quote ¥{amount}). "
                "Replace that application with this one?"
            ).format(worker=earlier.worker, date=format_date(earlier.received_on), amount=quoted)
            buttons = QMessageBox.StandardButton
            answer = QMessageBox.question(self, self.tr("Orders"), question, buttons.Yes | buttons.No,
                                          buttons.No)  # fmt: skip
            if answer != buttons.Yes:
                return False
        score = self.ui.score.value() or None
        done = self._do(
            orders.add_application,
            self.engagement.id,
            worker,
            self._on(),
            amount=amount,
            delivery_on=delivery,
            score=score,
            notes=self.ui.applicationNotes.text(),
            replace_earlier=earlier is not None,
        )
        if done:
            self.ui.quote.clear()
            self.ui.offeredDelivery.clear()
            self.ui.applicationNotes.clear()
            self.ui.score.setValue(0)
        return done

    def choose_application(self) -> bool:
        from ..services import orders

        row = self.applications.row_at(self.ui.applications.currentIndex().row())
        if row is None:
            QMessageBox.information(self, self.tr("Orders"), self.tr("Select the application to choose."))
            return False
        assert self.desk.store is not None
        proposed = orders.proposed_terms(self.desk.store, row.id, self._on())
        dialog = TermsDialog(row.worker, proposed, self)
        if not dialog.exec():
            return False
        return self._do(orders.select_application, row.id, dialog.terms)

    def _contract(self) -> Any:
        row = self.contracts.row_at(self.ui.contracts.currentIndex().row())
        return row or self.contracts.row_at(0)

    def record_escrow(self) -> bool:
        from ..services import orders

        if self.engagement is None:
            return False
        return self._do(orders.record_escrow, self.engagement.id, self._on())

    def record_delivery(self) -> bool:
        from ..services import orders

        contract = self._contract()
        if contract is None:
            QMessageBox.information(self, self.tr("Orders"), self.tr("Choose a worker and contract first."))
            return False
        return self._do(orders.record_delivery, contract.id, self._on(), self.ui.workNote.text())

    def request_revision(self) -> bool:
        from ..services import orders

        contract = self._contract()
        if contract is None:
            return False
        done = self._do(
            orders.request_revision,
            contract.id,
            self._on(),
            self.ui.workNote.text(),
            in_scope=not self.ui.outOfScope.isChecked(),
        )
        if done:
            self.ui.workNote.clear()
        return done

    def record_change(self) -> bool:
        from ..services import orders

        contract = self._contract()
        if contract is None:
            return False
        kinds = {
            self.tr("Scope"): followup.ChangeKind.SCOPE,
            self.tr("Price"): followup.ChangeKind.PRICE,
            self.tr("Dates"): followup.ChangeKind.DATES,
        }
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Record a change"), self.tr("What changed"), list(kinds), 0, False
        )
        if not ok:
            return False
        consented = (
            QMessageBox.question(
                self, self.tr("Record a change"), self.tr("Did the worker agree to the change?")
            )
            == QMessageBox.StandardButton.Yes
        )
        amended = self.tr("Was the worker sent the amended terms in writing today?")
        notified = (
            QMessageBox.question(self, self.tr("Record a change"), amended) == QMessageBox.StandardButton.Yes
        )
        return self._do(
            orders.record_change,
            contract.id,
            self._on(),
            kinds[chosen],
            self.ui.workNote.text(),
            worker_consented=consented,
            amended_notice_on=self._on() if notified else None,
        )

    def add_milestone(self) -> bool:
        """Splits a part off the contract with its own amount and date (escrowed on its own)."""
        from ..services import orders

        contract = self._contract()
        if contract is None:
            QMessageBox.information(self, self.tr("Orders"), self.tr("Choose a worker and contract first."))
            return False
        title, ok = QInputDialog.getText(self, self.tr("Add a milestone"), self.tr("What is delivered"))
        if not ok:
            return False
        amount, ok = QInputDialog.getInt(
            self, self.tr("Add a milestone"), self.tr("Amount (yen)"), 0, 0, contract.amount
        )
        if not ok:
            return False
        text, ok = QInputDialog.getText(self, self.tr("Add a milestone"), self.tr("Due (yyyy/mm/dd)"))
        if not ok:
            return False
        due, errors = parse_date("due_on", text)
        if errors:
            QMessageBox.warning(self, self.tr("Orders"), "\n".join(field_message(e) for e in errors))
            return False
        return self._do(orders.add_milestone, contract.id, title, amount, due)

    def _payment(self) -> Any:
        row = self.payments.row_at(self.ui.payments.currentIndex().row())
        if row is None:
            unpaid = [p for p in self.payments.rows() if p.paid_on is None]
            row = unpaid[0] if unpaid else None
        return row

    def record_payment(self) -> bool:
        from ..services import orders

        payment = self._payment()
        if payment is None:
            return False
        return self._do(orders.record_payment, payment.id, self._on())

    def record_remittance(self) -> bool:
        from ..services import orders

        payment = self.payments.row_at(self.ui.payments.currentIndex().row()) or self.payments.row_at(0)
        if payment is None:
            return False
        return self._do(orders.record_remittance, payment.id, self._on())

    def rate(self) -> bool:
        from ..services import orders

        contract = self._contract()
        if contract is None:
            return False
        ui = self.ui
        scores = {
            "quality": ui.quality.value(),
            "schedule": ui.schedule.value(),
            "communication": ui.communication.value(),
            "skill": ui.skill.value(),
            "partnership": ui.partnership.value(),
        }
        return self._do(orders.rate, contract.id, scores, ui.ratingComment.text(), self._on())

    def add_contact(self) -> bool:
        from ..services import orders

        if self.engagement is None or not self.ui.contactSummary.text().strip():
            return False
        ui = self.ui
        party = followup.Party(ui.contactParty.currentData())
        direction = followup.Direction(ui.contactDirection.currentData())
        on = self._on()
        now = datetime.now()
        at = datetime(on.year, on.month, on.day, now.hour, now.minute)
        contract = self._contract() if party is followup.Party.WORKER else None
        worker = contract.worker_id if contract is not None else None
        done = self._do(
            orders.add_contact,
            self.engagement.id,
            at,
            party,
            direction,
            ui.contactChannel.currentText(),
            ui.contactSummary.text(),
            worker,
        )
        if done:
            ui.contactSummary.clear()
        return done

    def open_trouble(self) -> bool:
        from ..services import orders

        if self.engagement is None:
            return False
        ui = self.ui
        done = self._do(
            orders.open_trouble,
            self.engagement.id,
            ui.troubleCategory.currentData(),
            self._on(),
            ui.troubleDescription.text(),
        )
        if done:
            ui.troubleDescription.clear()
        return done

    def resolve_trouble(self) -> bool:
        from ..services import orders

        row = self.troubles.row_at(self.ui.troubles.currentIndex().row())
        if row is None:
            return False
        return self._do(orders.update_trouble, row.id, self.ui.troubleActions.text(), self._on())
