"""The posting editor: structured fields, a live checklist of the rules, the posting text."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from .. import i18n
from ..domain.breakdown import TITLE_REQUIRED
from ..domain.order_types import LABELS
from ..domain.orders import MAX_TEXT as MAX_ORDER_TEXT
from ..domain.orders import Contract, Ip, Order, Orderer, Payment, Revisions, Reward, Worker
from ..domain.platforms import platform_id
from ..domain.posting_record import STATUS_LABELS, LegalOrderer, PostingRecord, PostingStatus, Undetermined
from ..domain.posting_templates import BLANK
from ..domain.posting_text import MISSING, posting_text
from ..domain.prefectures import PREFECTURES
from ..domain.rules import Finding, Reference, Severity, check, override_problem
from ..domain.rules.contract import notice_blockers
from ..domain.text import QT_TRANSLATE_NOOP, FieldError, InvalidInput
from ..domain.values import format_date, format_yen, parse_count, parse_date, parse_hours, parse_order_amount
from . import jobs
from .context import Desk
from .edits import Edits, ask_to_leave
from .feedback import field_message, warn
from .files import ask_save_file
from .forms.ui_posting_dialog import Ui_PostingDialog
from .models import TextGridModel
from .platforms_dialog import display_name, fill_platform_box, gap_items, gaps_line, load_register, terms_line
from .quotes import QuotedWords, quoted_words

log = logging.getLogger(__name__)
AnyIndex = QModelIndex | QPersistentModelIndex
COLOURS = {Severity.ERROR: "#b42318", Severity.WARNING: "#b54708", Severity.INFO: "#475467"}
CHECK_DELAY_MS = 250
SLOW_CHECK_MS = 400
"""A check still running after this long says so in the summary (a long description takes seconds)."""
DATE_COLUMN_PX = 96
"""Wide enough for 2026/12/10 in the interface font."""
ORDERER_REQUIRED = QT_TRANSLATE_NOOP("validation", "Enter the orderer's name.")
TEXT_TOO_LONG = QT_TRANSLATE_NOOP(
    "validation",
    "{field}: the text is too long ({length:,} characters; at most {limit:,}). Shorten it; it is not saved "
    "while it is this long.",
)

# the widget a finding's field points at (the longest matching prefix wins)
FIELD_WIDGETS = {
    "title": "title", "description": "description", "deliverables": "deliverables",
    "skills": "skills", "estimated_hours": "estimatedHours",
    "estimated_minutes_per_item": "minutesPerItem", "quantity": "quantity", "due": "due",
    "timeframe": "timeframe", "place": "place", "reward": "rewardAmount", "payment": "paymentRule",
    "payment.transfer_fee_borne_by": "feeBorneBy", "expenses": "expenses", "ip": "ipHandling",
    "ip.unselected_not_used": "unselectedNotUsed", "ip.includes_art27_28": "art2728",
    "ip.moral_rights_not_exercised": "moralRights", "revisions": "freeRounds", "contact": "contact",
    "orderer.name": "ordererName", "orderer.address": "ordererAddress",
    "orderer.contact": "ordererContact", "orderer.corporate_number": "corporateNumber",
    "orderer.harassment_contact": "harassmentContact", "orderer.capital_yen": "capital",
    "record.status": "postingStatus", "record.deadline": "applicationDeadline",
    "record.applicants_notified": "applicantsNotified", "record.legal_orderer": "legalOrderer",
    "record.platform_party": "platformParty", "record.escrowed_on": "escrowedOn",
    "record.undetermined": "undetermined",
}  # fmt: skip
RECORD_DATES = (
    ("applicationDeadline", "record.deadline"), ("firstApplicationOn", "record.first_application_on"),
    ("escrowedOn", "record.escrowed_on"), ("startedOn", "record.started_on"),
)  # fmt: skip
UNDETERMINED_DATES = ("planned_on", "fixed_on", "supplement_sent_on")


class FindingsModel(QAbstractListModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[tuple[Finding, str, str]] = []
        self._reasons: dict[str, str] = {}

    def set_findings(self, findings: list[Finding], reasons: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = [(f, *i18n.finding_texts(f)) for f in findings]
        self._reasons = reasons
        self.endResetModel()

    def finding(self, row: int) -> Finding | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding, text, basis = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            word = i18n.severity_word(finding.severity.value)
            reason = self._reasons.get(finding.rule)
            if reason is not None and finding.severity is not Severity.ERROR:
                kept = QCoreApplication.translate("PostingDialog", "accepted: {reason}")
                return f"{word}  {finding.rule}  {text}\n    ({kept.format(reason=reason)})"
            return f"{word}  {finding.rule}  {text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return basis
        if role == Qt.ItemDataRole.ForegroundRole:
            if finding.rule in self._reasons and finding.severity is not Severity.ERROR:
                return QColor("#98a2b3")
            dark = QGuiApplication.palette().base().color().lightness() < 128  # readable on a dark palette
            return QColor(COLOURS[finding.severity]).lighter(170 if dark else 100)
        return None


class PostingDialog(QDialog):
    """Edits the posting of one work item; the checklist follows the producer's typing."""

    def __init__(self, desk: Desk, work_item_id: int, reference: Reference, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.work_item_id, self.reference = desk, work_item_id, reference
        self.ui = Ui_PostingDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for order_type, label in LABELS.items():
            ui.orderType.addItem(i18n.message("order_type", label), order_type.value)
        for value, text in ((None, self.tr("(by order type)")), ("fixed", self.tr("Fixed price")),
                            ("hourly", self.tr("Per hour")), ("per_item", self.tr("Per item"))):  # fmt: skip
            ui.pricing.addItem(text, value)
        ui.category.addItem(self.tr("(none)"), "")
        for category in desk.catalogue.categories if desk.catalogue else ():
            ui.category.addItem(category.name_en if i18n.current() == "en" else category.name_ja,
                                category.id)  # fmt: skip
        self.platforms = load_register(desk)
        """The platform register, for the chosen platform's terms and checklist gaps."""
        fill_platform_box(ui.platform, self.platforms)
        ui.platformGaps.setObjectName("warningText")
        ui.platformGaps.style().unpolish(ui.platformGaps)  # the style sheet's rule is by name
        ui.platformGaps.style().polish(ui.platformGaps)
        for value, text in ((None, self.tr("(not stated)")), ("excluded", self.tr("Excluded")),
                            ("included", self.tr("Included"))):  # fmt: skip
            ui.rewardTax.addItem(text, value)
        for value, text in ((None, self.tr("(not stated)")), ("orderer", self.tr("Orderer")),
                            ("worker", self.tr("Worker"))):  # fmt: skip
            ui.feeBorneBy.addItem(text, value)
        transfers = ((None, self.tr("(not stated)")), ("assign", self.tr("Assigned")),
                     ("license", self.tr("Licensed")), ("none", self.tr("Stay with the worker")))  # fmt: skip
        for value, text in transfers:
            ui.ipTransfer.addItem(text, value)
        for box in (ui.ordererPrefecture, ui.workerPrefecture):
            box.addItem(self.tr("(not set)"), "")
            for name in PREFECTURES:
                box.addItem(name, name)
        for value, text in ((None, self.tr("(not known)")), ("individual", self.tr("Individual")),
                            ("corporation", self.tr("Corporation"))):  # fmt: skip
            ui.workerKind.addItem(text, value)
        for status, label in STATUS_LABELS.items():
            ui.postingStatus.addItem(i18n.message("posting_status", label), status.value)
        legal_orderers = (
            (None, self.tr("(not recorded)")),
            (LegalOrderer.CLIENT.value, self.tr("The client")),
            (LegalOrderer.PRODUCER.value, self.tr("The producer (on the client's behalf)")),
        )
        for value, text in legal_orderers:
            ui.legalOrderer.addItem(text, value)
        self.undetermined = TextGridModel(
            (self.tr("Item"), self.tr("Why not yet"), self.tr("To be fixed by"), self.tr("Fixed on"),
             self.tr("Supplement sent on")),
            self,
        )  # fmt: skip
        ui.undetermined.setModel(self.undetermined)
        header = ui.undetermined.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.undetermined.columnCount()):  # two texts, then three dates
            header.setSectionResizeMode(column, header.ResizeMode.Stretch if column < 2
                                        else header.ResizeMode.Interactive)  # fmt: skip
            if column >= 2:
                header.resizeSection(column, max(DATE_COLUMN_PX, header.sectionSizeHint(column)))
        ui.addUndetermined.clicked.connect(self.add_undetermined)
        ui.removeUndetermined.clicked.connect(self._remove_undetermined)
        today = date.today()
        ui.postedOn.setDate(QDate(today.year, today.month, today.day))

        self.model = FindingsModel(self)
        ui.findings.setModel(self.model)
        ui.findings.activated.connect(self._go_to_field)
        ui.findings.clicked.connect(self._go_to_field)
        # 理由を記録… needs a finding to record the reason for; the checklist's reset clears it
        ui.findings.selectionModel().currentChanged.connect(self._finding_chosen)
        self.model.modelReset.connect(self._finding_chosen)
        ui.overrideFinding.setEnabled(False)
        ui.splitter.setSizes([640, 600])
        # the live checklist: edits start a check in a worker after a pause in typing; the newest
        # form is checked once the running check ends (one at a time, results of older forms dropped)
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self._check_in_background)
        self._slow = QTimer(self, singleShot=True, interval=SLOW_CHECK_MS)
        self._slow.timeout.connect(self._still_checking)
        self._job: jobs.Job | None = None
        self._again = False
        self._edit_count = 0
        self._checked_count = -1
        self._order: Order | None = None
        self._base: Order | None = None
        self.findings: list[Finding] = []
        self._reentrustment = None
        self._record = PostingRecord()
        self._record_base = self._record
        self._current_record = self._record
        self.input_errors: list[FieldError] = []

        ui.copyText.clicked.connect(self.copy_text)
        ui.save.clicked.connect(self.save)
        ui.close.clicked.connect(self.accept)
        ui.recordPosted.clicked.connect(self.record_posted)
        ui.issueNotice.clicked.connect(self.issue_notice)
        ui.platform.currentTextChanged.connect(self._platform_changed)
        # the platform may not offer the order type chosen
        ui.orderType.currentIndexChanged.connect(
            lambda _i: self._show_platform_terms(ui.platform.currentText())
        )
        ui.category.currentIndexChanged.connect(self._category_changed)
        ui.overrideFinding.clicked.connect(self.override_selected)
        self.reasons: dict[str, str] = {}
        # the words the language checks quote, marked in every text field (refresh sets them)
        self._quotes = [QuotedWords(text.document()) for text in ui.leftPane.findChildren(QPlainTextEdit)]
        self._load()
        for edit in ui.leftPane.findChildren(QLineEdit):
            edit.textEdited.connect(self._edited)
        for text in ui.leftPane.findChildren(QPlainTextEdit):
            text.textChanged.connect(self._edited)
        for box in ui.leftPane.findChildren(QComboBox):
            box.currentIndexChanged.connect(self._edited)
            box.editTextChanged.connect(self._edited)
        for tick in ui.leftPane.findChildren(QCheckBox):
            tick.toggled.connect(self._edited)
        self.undetermined.dataChanged.connect(self._edited)
        self._check_in_background()
        self._track_edits()

    # --- unsaved edits (gui/edits.py) --------------------------------------------------------

    def _track_edits(self) -> None:
        fields = [w for kind in (QLineEdit, QPlainTextEdit, QComboBox, QCheckBox)
                  for w in self.ui.leftPane.findChildren(kind)
                  if not isinstance(w.parent(), QComboBox | QAbstractSpinBox)]  # fmt: skip
        grid = self.undetermined
        self.edits = Edits(
            self, self.desk, "posting", fields,
            lambda: {"record": self.work_item_id, "client": self.desk.client_id},
            self.unsaved_subject,
            (lambda: [list(row) for row in grid.rows()],
             lambda rows: grid.set_rows([tuple(r) for r in rows])),
        )  # fmt: skip
        for signal in (grid.dataChanged, grid.rowsInserted, grid.rowsRemoved, grid.modelReset):
            signal.connect(self.edits.changed)
        self.edits.snapshot()
        self.desk.register_editor(self)

    def has_unsaved(self) -> bool:
        return self.edits.unsaved()

    def save_edits(self) -> bool:
        return self.save()

    def discard_edits(self) -> None:
        self.edits.snapshot()  # asked when closing: the form goes with the dialog

    def unsaved_subject(self) -> str:
        title = self.ui.title.text().strip() or (self._base.title if self._base else "")
        return self.tr("the posting “{title}”").format(title=title)

    def done(self, result: int) -> None:
        """Closing (閉じる, Esc, the window's ×) asks first when edits are not saved."""
        if not ask_to_leave(self, self):
            return
        self.desk.unregister_editor(self)
        super().done(result)

    def _platform_changed(self, platform: str) -> None:
        """The payment wording follows the platform unless the producer wrote their own."""
        from ..domain.posting_templates import PAYMENT_METHODS, payment_method_for

        current = self.ui.paymentMethod.text().strip()
        if not current or current in PAYMENT_METHODS.values():
            self.ui.paymentMethod.setText(payment_method_for(platform_id(platform)))
        self._show_platform_terms(platform)

    def _show_platform_terms(self, platform: str) -> None:
        """Under the platform: its fees today, escrow and order types, and — calmly, one line —
        how many of the Association's 24 checklist items are not confirmed for it."""
        ui = self.ui
        chosen = platform.strip()
        if not chosen:
            ui.platformTerms.setText(self.tr("No platform chosen yet."))
            ui.platformGaps.hide()
            return
        pid = self.platforms.id_of(chosen)
        ui.platformTerms.setText(terms_line(self.platforms, pid, date.today()))
        lines = []
        order_type = ui.orderType.currentData()
        if self.platforms.get(pid).offers(order_type) is False:
            lines.append(self.tr("The platform register says this platform does not offer the {type} type.")
                         .format(type=ui.orderType.currentText()))  # fmt: skip
        gaps = gaps_line(self.platforms, pid)
        if gaps:
            lines.append(gaps)
        ui.platformGaps.setText("\n".join(lines))
        ui.platformGaps.setToolTip(gap_items(self.platforms, pid))
        ui.platformGaps.setVisible(bool(lines))

    def _category_changed(self, *_args: object) -> None:
        """The description's placeholder says what a good description of this work answers."""
        catalogue = self.desk.catalogue
        category = catalogue.category(self.ui.category.currentData() or "") if catalogue else None
        hint = category.hint if category is not None else ""
        text = self.tr("Write what the worker needs to know, for example: {hint}")
        self.ui.description.setPlaceholderText(text.format(hint=hint) if hint else "")

    def _edited(self, *_args: object) -> None:
        self._edit_count += 1
        self._timer.start()

    # --- form <-> order ----------------------------------------------------------------------

    def _load(self) -> None:
        from ..services import postings

        assert self.desk.store is not None
        kept = postings.load_posting(self.desk.store, self.work_item_id, self.desk.catalogue)
        order, self.reasons, self._record = kept.order, kept.reasons, kept.record
        self._record_base = kept.record  # the record as saved: another desk's changes are merged at save
        self._show_versions(kept.versions)
        self._base = order
        ui, o = self.ui, order.orderer
        ui.title.setText(order.title)
        ui.orderType.setCurrentIndex(max(0, ui.orderType.findData(order.order_type)))
        ui.pricing.setCurrentIndex(max(0, ui.pricing.findData(order.pricing)))
        ui.category.setCurrentIndex(max(0, ui.category.findData(order.category)))
        ui.platform.setCurrentText(display_name(self.platforms, order.platform))
        self._show_platform_terms(ui.platform.currentText())
        ui.description.setPlainText(order.description)
        ui.deliverables.setPlainText(order.deliverables)
        ui.skills.setText(order.skills)
        ui.estimatedHours.setText(f"{order.estimated_hours:g}" if order.estimated_hours else "")
        ui.minutesPerItem.setText(
            f"{order.estimated_minutes_per_item:g}" if order.estimated_minutes_per_item else ""
        )
        ui.quantity.setText(format_yen(order.quantity))
        ui.due.setText(format_date(order.due))
        ui.timeframe.setText(order.timeframe)
        ui.place.setText(order.place)
        r, p = order.reward, order.payment
        ui.rewardAmount.setText(format_yen(r.amount))
        ui.rewardMin.setText(format_yen(r.min))
        ui.rewardMax.setText(format_yen(r.max))
        ui.byQuote.setChecked(r.by_quote)
        ui.rewardTax.setCurrentIndex(max(0, ui.rewardTax.findData(r.tax)))
        ui.paymentRule.setText(p.due_rule)
        ui.paymentDays.setText("" if p.days_after_delivery is None else str(p.days_after_delivery))
        ui.paymentMethod.setText(p.method)
        ui.feeBorneBy.setCurrentIndex(max(0, ui.feeBorneBy.findData(p.transfer_fee_borne_by)))
        ui.expenses.setPlainText(order.expenses)
        ip = order.ip
        ui.ipHandling.setPlainText(ip.handling)
        ui.ipTransfer.setCurrentIndex(max(0, ui.ipTransfer.findData(ip.transfer)))
        ui.art2728.setChecked(bool(ip.includes_art27_28))
        ui.moralRights.setChecked(bool(ip.moral_rights_not_exercised))
        ui.unselectedNotUsed.setChecked(bool(ip.unselected_not_used))
        ui.freeRounds.setText("" if order.revisions.free_rounds is None else str(order.revisions.free_rounds))
        ui.majorChanges.setChecked(bool(order.revisions.major_changes_renegotiated))
        ui.contact.setText(order.contact)
        ui.ordererName.setText(o.name)
        ui.ordererAddress.setText(o.address)
        ui.ordererContact.setText(o.contact)
        ui.ordererPrefecture.setCurrentIndex(max(0, ui.ordererPrefecture.findData(o.prefecture)))
        ui.profileShowsAddress.setChecked("address" in o.profile_shows)
        ui.profileShowsContact.setChecked("contact" in o.profile_shows)
        ui.isCorporation.setChecked(bool(o.is_corporation))
        ui.hasEmployees.setChecked(bool(o.has_employees))
        ui.officerCount.setText("" if o.officer_count is None else str(o.officer_count))
        ui.capital.setText(format_yen(o.capital_yen))
        ui.employeeCount.setText(format_yen(o.employee_count))
        ui.corporateNumber.setText(o.corporate_number)
        ui.harassmentContact.setText(o.harassment_contact)
        w = order.worker or Worker()
        ui.workerName.setText(w.name)
        ui.workerKind.setCurrentIndex(max(0, ui.workerKind.findData(w.kind)))
        ui.workerHasEmployees.setChecked(bool(w.has_employees))
        ui.workerPrefecture.setCurrentIndex(max(0, ui.workerPrefecture.findData(w.prefecture)))
        ui.workerInvoice.setText(w.invoice_number)
        k = order.contract or Contract()
        for name, value in (("contractedOn", k.contracted_on), ("noticeSentOn", k.notice_sent_on),
                            ("deliveryDue", k.delivery_due), ("inspectionDue", k.inspection_due),
                            ("paymentDue", k.payment_due), ("periodStart", k.period_start),
                            ("periodEnd", k.period_end)):  # fmt: skip
            getattr(ui, name).setText(format_date(value))
        ui.content.setPlainText(k.content)
        ui.amount.setText(format_yen(k.amount))
        ui.deliveryPlace.setText(k.delivery_place)
        ui.inspection.setChecked(bool(k.inspection))
        ui.paymentDueRule.setText(k.payment_due_rule)
        ui.contractPaymentMethod.setText(k.payment_method)
        ui.changeHandling.setPlainText(k.change_handling)
        ui.defectHandling.setPlainText(k.defect_handling)
        ui.contractIp.setPlainText(k.ip_handling)
        ui.handlesPersonalData.setChecked(bool(k.handles_personal_data))
        ui.personalData.setPlainText(k.personal_data_handling)
        self._reentrustment = k.reentrustment
        self._show_record(self._record)
        self._category_changed()

    def _show_record(self, record: PostingRecord) -> None:
        ui = self.ui
        ui.postingStatus.setCurrentIndex(max(0, ui.postingStatus.findData(record.status.value)))
        legal = None if record.legal_orderer is None else record.legal_orderer.value
        ui.legalOrderer.setCurrentIndex(max(0, ui.legalOrderer.findData(legal)))
        ui.platformParty.setText(record.platform_party)
        ui.applicantsNotified.setChecked(record.applicants_notified)
        for name, field in RECORD_DATES:
            getattr(ui, name).setText(format_date(getattr(record, field.removeprefix("record."))))
        self.undetermined.set_rows(
            [
                (u.item, u.reason, *(format_date(getattr(u, d)) for d in UNDETERMINED_DATES))
                for u in record.undetermined
            ]
        )

    def add_undetermined(self) -> None:
        """A new undetermined term, its first cell ready for typing."""
        index = self.undetermined.index(self.undetermined.append_row(), 0)
        self.ui.undetermined.setCurrentIndex(index)
        self.ui.undetermined.edit(index)
        self._edited()

    def _remove_undetermined(self) -> None:
        rows = {index.row() for index in self.ui.undetermined.selectionModel().selectedIndexes()}
        self.undetermined.remove_rows(list(rows))
        if rows:
            self._edited()

    def read_record(self) -> tuple[PostingRecord, list[FieldError]]:
        """The circumstances in the status tab; dates that cannot be read are errors."""
        ui, errors = self.ui, []
        dates = {}
        for name, field in RECORD_DATES:
            dates[field.removeprefix("record.")], found = parse_date(field, getattr(ui, name).text())
            errors += found
        undetermined = []
        for cells in self.undetermined.rows():
            if not any(cell.strip() for cell in cells):
                continue
            days = {}
            for offset, field in enumerate(UNDETERMINED_DATES):
                days[field], found = parse_date("record.undetermined", cells[2 + offset])
                errors += found
            undetermined.append(Undetermined(item=cells[0].strip(), reason=cells[1].strip(), **days))
        legal = ui.legalOrderer.currentData()
        record = replace(
            self._record, status=PostingStatus(ui.postingStatus.currentData()),
            legal_orderer=None if legal is None else LegalOrderer(legal),
            platform_party=ui.platformParty.text().strip(),
            applicants_notified=ui.applicantsNotified.isChecked(),
            undetermined=tuple(undetermined), **dates,
        )  # fmt: skip
        return record, errors

    def read_form(self) -> tuple[Order, list[FieldError]]:
        """The order in the form; numbers and dates that cannot be read are errors, not guesses."""
        ui, errors = self.ui, []
        base = self._base
        assert base is not None

        def count(field: str, text: str, minimum: int = 0) -> int | None:
            value, found = parse_count(field, text, minimum=minimum)
            errors.extend(found)
            return value

        def yen(field: str, text: str) -> int | None:
            value, found = parse_order_amount(field, text)
            errors.extend(found)
            return value

        def positive(field: str, text: str) -> float | None:
            value, found = parse_hours(field, text)
            errors.extend(found)
            return value if value else None

        def text(field: str, widget: QPlainTextEdit) -> str:
            """A text field's words; one past the order file's limit is an error, checked only up to it."""
            words = widget.toPlainText()
            if len(words) <= MAX_ORDER_TEXT:
                return words
            label = getattr(ui, widget.objectName() + "Label").text().rstrip(" *")
            params = {"field": label, "length": len(words), "limit": MAX_ORDER_TEXT}
            error = FieldError(field, TEXT_TOO_LONG, params)
            if not any(e.params == error.params for e in errors):  # the expenses feed two parts: said once
                errors.append(error)
            return words[:MAX_ORDER_TEXT]

        due, found = parse_date("due", ui.due.text())
        errors += found
        if not ui.title.text().strip():
            errors.append(FieldError("title", TITLE_REQUIRED))
        if not ui.ordererName.text().strip():
            errors.append(FieldError("orderer.name", ORDERER_REQUIRED))
        shows = frozenset(
            name for name, box in (("address", ui.profileShowsAddress), ("contact", ui.profileShowsContact))
            if box.isChecked()
        )  # fmt: skip
        order = replace(
            base,
            title=ui.title.text().strip() or base.title,
            order_type=ui.orderType.currentData(),
            pricing=ui.pricing.currentData(),
            category=ui.category.currentData() or "",
            platform=self.platforms.id_of(ui.platform.currentText()),
            description=text("description", ui.description),
            deliverables=text("deliverables", ui.deliverables),
            skills=ui.skills.text(),
            estimated_hours=positive("estimated_hours", ui.estimatedHours.text()),
            estimated_minutes_per_item=positive("estimated_minutes_per_item", ui.minutesPerItem.text()),
            quantity=count("quantity", ui.quantity.text(), 1),
            due=due,
            timeframe=ui.timeframe.text(),
            place=ui.place.text(),
            reward=Reward(
                amount=yen("reward", ui.rewardAmount.text()),
                min=yen("reward", ui.rewardMin.text()),
                max=yen("reward", ui.rewardMax.text()),
                by_quote=ui.byQuote.isChecked(),
                tax=ui.rewardTax.currentData(),
            ),
            payment=Payment(
                due_rule=ui.paymentRule.text(),
                days_after_delivery=count("payment", ui.paymentDays.text()),
                method=ui.paymentMethod.text(),
                transfer_fee_borne_by=ui.feeBorneBy.currentData(),
            ),
            expenses=text("expenses", ui.expenses),
            ip=Ip(
                handling=text("ip.handling", ui.ipHandling),
                transfer=ui.ipTransfer.currentData(),
                includes_art27_28=ui.art2728.isChecked() or None,
                moral_rights_not_exercised=ui.moralRights.isChecked() or None,
                unselected_not_used=ui.unselectedNotUsed.isChecked() or None,
            ),
            revisions=Revisions(
                free_rounds=count("revisions", ui.freeRounds.text()),
                major_changes_renegotiated=ui.majorChanges.isChecked() or None,
            ),
            contact=ui.contact.text(),
            orderer=Orderer(
                name=ui.ordererName.text().strip() or base.orderer.name,
                address=ui.ordererAddress.text(),
                contact=ui.ordererContact.text(),
                prefecture=ui.ordererPrefecture.currentData() or "",
                is_business=base.orderer.is_business,
                is_corporation=ui.isCorporation.isChecked() or None,
                has_employees=ui.hasEmployees.isChecked(),
                officer_count=count("orderer.officer_count", ui.officerCount.text()),
                capital_yen=count("orderer.capital_yen", ui.capital.text()),
                employee_count=count("orderer.employee_count", ui.employeeCount.text()),
                corporate_number=ui.corporateNumber.text(),
                profile_shows=shows,
                harassment_contact=ui.harassmentContact.text(),
            ),
        )
        worker = Worker(
            name=ui.workerName.text().strip(),
            kind=ui.workerKind.currentData(),
            has_employees=ui.workerHasEmployees.isChecked() if ui.workerKind.currentData() else None,
            prefecture=ui.workerPrefecture.currentData() or "",
            invoice_number=ui.workerInvoice.text().strip(),
        )
        dates = {}
        for name, field in (("contractedOn", "contract.contracted_on"),
                            ("noticeSentOn", "contract.notice_sent_on"),
                            ("deliveryDue", "contract.delivery_due"),
                            ("inspectionDue", "contract.inspection_due"),
                            ("paymentDue", "contract.payment_due"),
                            ("periodStart", "contract.period_start"),
                            ("periodEnd", "contract.period_end")):  # fmt: skip
            dates[name], found = parse_date(field, getattr(ui, name).text())
            errors += found
        contract = Contract(
            contracted_on=dates["contractedOn"], notice_sent_on=dates["noticeSentOn"],
            content=text("contract.content", ui.content), amount=yen("contract.amount", ui.amount.text()),
            delivery_due=dates["deliveryDue"], delivery_place=ui.deliveryPlace.text(),
            inspection=ui.inspection.isChecked() or None, inspection_due=dates["inspectionDue"],
            payment_due=dates["paymentDue"], payment_due_rule=ui.paymentDueRule.text(),
            payment_method=ui.contractPaymentMethod.text(), expenses=text("contract.expenses", ui.expenses),
            change_handling=text("contract.change_handling", ui.changeHandling),
            defect_handling=text("contract.defect_handling", ui.defectHandling),
            ip_handling=text("contract.ip_handling", ui.contractIp),
            personal_data_handling=text("contract.personal_data_handling", ui.personalData),
            handles_personal_data=ui.handlesPersonalData.isChecked() or None,
            period_start=dates["periodStart"], period_end=dates["periodEnd"],
            reentrustment=self._reentrustment,
        )  # fmt: skip
        # the contract exists once any of its own terms is written (expenses come from the posting)
        own_terms = replace(contract, expenses="")
        order = replace(
            order,
            worker=worker if worker != Worker() else None,
            contract=contract if own_terms != Contract() else None,
        )
        return order, errors

    # --- checking ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reads the form and checks it now, on this thread (the actions act on today's findings)."""
        self._timer.stop()
        order, record = self._read()
        self._show(check(order, reference=self.reference, record=record))
        self._checked_count = self._edit_count

    def _up_to_date(self) -> None:
        """Before an action: the form read now, checked again only if edited since the last check."""
        if self._checked_count != self._edit_count or self._job is not None or self._timer.isActive():
            self.refresh()
        else:
            self._read()

    def _read(self) -> tuple[Order, PostingRecord]:
        order, self.input_errors = self.read_form()
        record, record_errors = self.read_record()
        self.input_errors += record_errors
        self._order, self._current_record = order, record
        self.ui.preview.setPlainText(posting_text(order))
        return order, record

    def _check_in_background(self) -> None:
        if self._job is not None:
            self._again = True
            return
        order, record = self._read()
        self._job = jobs.Job(_check, order, self.reference, record, self._edit_count)
        self._job.succeeded.connect(self._checked)
        self._job.failed.connect(self._check_failed)
        self._job.finished.connect(self._check_ended)
        self._slow.start()
        jobs.start(self._job)

    def _checked(self, result: tuple[list[Finding], int]) -> None:
        findings, count = result
        if count == self._edit_count:  # an older form's findings are not shown
            self._show(findings)
            self._checked_count = count

    def _check_failed(self, exc: BaseException) -> None:
        if isinstance(exc, jobs.Cancelled):
            return
        text = self.tr("The checklist could not be brought up to date ({error}). Close the editor and "
                       "open it again; the log file has the details.")
        self.ui.summary.setText(text.format(error=exc))

    def _check_ended(self) -> None:
        self._job = None
        self._slow.stop()
        if self._again:
            self._again = False
            self._check_in_background()

    def _still_checking(self) -> None:
        line = self.tr("Checking the text…")
        if self._job is not None and line not in self.ui.summary.text():
            self.ui.summary.setText(self.ui.summary.text() + "\n" + line)

    def _show(self, findings: list[Finding]) -> None:
        assert self._order is not None
        order = self._order
        self.findings = findings
        self.model.set_findings(self.findings, self.reasons)
        quoted = quoted_words(self.findings)
        for highlighter in self._quotes:
            highlighter.set_words(quoted)
        errors = sum(f.severity is Severity.ERROR for f in self.findings)
        warnings = sum(f.severity is Severity.WARNING and f.rule not in self.reasons for f in self.findings)
        summary = self.tr("{errors} errors, {warnings} warnings").format(errors=errors, warnings=warnings)
        notice = self._notice_summary(order)
        if notice:
            summary += "\n" + notice
        if self.input_errors:
            summary += "\n" + "\n".join(field_message(e) for e in self.input_errors)
        self.ui.summary.setText(summary)

    def _finding_chosen(self, *_args: object) -> None:
        chosen = self.model.finding(self.ui.findings.currentIndex().row())
        self.ui.overrideFinding.setEnabled(chosen is not None)

    def _notice_summary(self, order: Order) -> str:
        """Whether the terms notice can be issued, in the checklist's own counts (NOTICE_RULES)."""
        if order.contract is None:
            return ""
        blockers = notice_blockers(self.findings, self.reasons)
        errors = [f.rule for f in blockers if f.severity is Severity.ERROR]
        warnings = [f.rule for f in blockers if f.severity is not Severity.ERROR]
        lines = []
        if errors:
            lines.append(self.tr("Terms notice: {count} errors ({rules}): items the Freelance Act requires "
                                 "are missing.").format(count=len(errors), rules=", ".join(errors)))
        if warnings:
            text = self.tr("Terms notice: {count} warnings ({rules}): fill them in, or record a reason "
                           "before issuing the notice.")
            lines.append(text.format(count=len(warnings), rules=", ".join(warnings)))
        return "\n".join(lines) or self.tr("Terms notice: ready to issue.")

    def blanks_left(self) -> list[str]:
        """What still stops the posting text from going out: the checklist's errors, fields that
        cannot be read, and blanks of the specification."""
        left = [f"{f.rule} {i18n.finding_texts(f)[0]}" for f in self.findings if f.severity is Severity.ERROR]
        left += [field_message(e) for e in self.input_errors]
        text = self.ui.preview.toPlainText()
        for blank in (BLANK, MISSING):
            count = text.count(blank)
            if count:
                left.append(self.tr("{count} blanks {blank} in the text").format(count=count, blank=blank))
        return left

    def _go_to_field(self, index: QModelIndex) -> None:
        finding = self.model.finding(index.row())
        if finding is None:
            return
        keys = sorted((k for k in FIELD_WIDGETS if finding.field == k or finding.field.startswith(k + ".")),
                      key=len)  # fmt: skip
        if not keys:
            return
        widget = getattr(self.ui, FIELD_WIDGETS[keys[-1]])
        quoted = quoted_words([finding])
        if quoted:  # the words read as the concept: the first field holding one, and the word selected
            texts = self.ui.leftPane.findChildren(QPlainTextEdit)
            cursors = ((text, text.document().find(word)) for text in texts for word in quoted)
            found = next(((text, cursor) for text, cursor in cursors if not cursor.isNull()), None)
            if found is not None:
                widget = found[0]
                widget.setTextCursor(found[1])
                widget.ensureCursorVisible()
        for tab in range(self.ui.tabs.count()):
            if self.ui.tabs.widget(tab).isAncestorOf(widget):
                self.ui.tabs.setCurrentIndex(tab)
        widget.setFocus()

    # --- actions -----------------------------------------------------------------------------

    def save(self) -> bool:
        from ..services import postings

        self._read()
        assert self.desk.store is not None and self._order is not None
        too_long = [field_message(e) for e in self.input_errors if e.message == TEXT_TOO_LONG]
        if too_long:  # saved, the text would be cut: nothing is saved and the words stay in the form
            self.ui.saveStatus.setText(self.tr("The draft was NOT saved."))
            QMessageBox.warning(self, self.tr("Posting"), "\n".join(too_long))
            return False
        try:
            saved, record = postings.save_draft(
                self.desk.store, self.work_item_id, self._order, self._current_record,
                base=(self._base, self._record_base) if self._base is not None else None,
            )  # fmt: skip
        except Exception as exc:
            log.exception("saving the posting draft of work item %s failed", self.work_item_id)
            self.ui.saveStatus.setText(self.tr("The draft was NOT saved."))
            warn(self, self.tr("Posting"), exc)
            return False
        if (saved, record) != (self._order, self._current_record):  # a colleague's changes came with it
            self._load()
            self.refresh()
        self._base, self._record_base = saved, record
        self.edits.snapshot()
        when = datetime.now().strftime("%H:%M")
        self.ui.saveStatus.setText(self.tr("Draft saved ({time})").format(time=when))
        return True

    def override_selected(self) -> None:
        """Records why the selected warning does not apply here; errors can only be fixed."""
        from PySide6.QtWidgets import QInputDialog

        from ..services import postings

        finding = self.model.finding(self.ui.findings.currentIndex().row())
        if finding is None:
            QMessageBox.information(self, self.tr("Record a reason"),
                                    self.tr("Select a warning in the checklist first."))  # fmt: skip
            return
        if finding.severity is Severity.ERROR:  # only fixing clears an error: do not ask for a reason
            problem = override_problem(finding.severity, finding.rule, "")
            assert problem is not None
            QMessageBox.warning(self, finding.rule, i18n.message("rules", problem, rule=finding.rule))
            return
        reason, ok = QInputDialog.getMultiLineText(
            self, finding.rule, self.tr("Why does this not apply here?"), self.reasons.get(finding.rule, "")
        )
        if not ok:
            return
        assert self.desk.store is not None and self._order is not None
        try:
            self.reasons = postings.record_reason(self.desk.store, self.work_item_id, self._order,
                                                  self._current_record, finding.rule, finding.severity,
                                                  reason)  # fmt: skip
        except InvalidInput as exc:
            QMessageBox.warning(self, finding.rule, "\n".join(field_message(e) for e in exc.errors))
            return
        except Exception as exc:
            warn(self, self.tr("Posting"), exc)
            return
        self._base, self._record_base = self._order, self._current_record
        self.refresh()
        self.edits.snapshot()

    def issue_notice(self) -> None:
        """Writes the terms notice from the recorded contract (the posting gives the rest), asks
        when and how it is given, and keeps the issued document with its hash. Refused, saying
        why, while the posting and the recorded contract disagree or items are missing."""
        from ..domain.notice import ContractNeeded, choose_contract, differences, late_under_act, notice_order
        from ..domain.rules.applicability import fl_applies
        from ..reports.terms_notice import notice_gaps
        from ..services import postings
        from ..services.documents import issue_terms_notice
        from .notice_dialog import NoticeGivenDialog

        self._up_to_date()
        assert self._order is not None and self.desk.store is not None
        contracts = postings.recorded_contracts(self.desk.store, self.work_item_id)
        try:
            recorded = choose_contract(contracts, self._order)
        except ContractNeeded:
            recorded = self._ask_contract(contracts)
            if recorded is None:
                return
        notice = self._order
        if recorded is not None:
            found = differences(self._order, recorded)
            if found:
                lines = "\n".join(
                    self.tr("・{item}: posting {posting}, contract {contract}").format(
                        item=i18n.translate("notice", d.item), posting=d.posting, contract=d.contract)
                    for d in found
                )  # fmt: skip
                QMessageBox.warning(self, self.tr("Terms notice"), self.tr(
                    "The notice was not issued: the posting and the contract recorded on the Orders page "
                    "disagree. Correct the posting (or the contract), then issue it again.\n{differences}"
                ).format(differences=lines))  # fmt: skip
                return
            notice = notice_order(self._order, recorded)
        required, guideline = notice_gaps(notice, self.reasons)
        if required or guideline or self.input_errors:
            if notice.contract is None:
                text = self.tr("The notice cannot be issued yet. Missing: {items}").format(
                    items=i18n.labels(required))
            else:
                text = self.tr("The notice cannot be issued yet.")
                if required:
                    text += "\n" + self.tr("Required by the Freelance Act (Art 3): {items}.").format(
                        items=i18n.labels(required))
                if guideline:
                    rules = ", ".join(f.rule for f in notice_blockers(self.findings, self.reasons)
                                      if f.severity is not Severity.ERROR) or "CONT-01"  # fmt: skip
                    text += "\n" + self.tr(
                        "Asked for by the guideline ({rules}): {items}. Fill them in, or select the warning "
                        "in the checklist and press Record a reason… to leave them out for a reason."
                    ).format(rules=rules, items=i18n.labels(guideline))
            if self.input_errors:
                text += "\n" + "\n".join(field_message(e) for e in self.input_errors)
            QMessageBox.warning(self, self.tr("Terms notice"), text)
            return
        contract = notice.contract
        assert contract is not None  # notice_gaps names the contract terms while there are none
        today = date.today()
        # the day the notice answers: the contract's, or its latest change's (an amended notice)
        answered = recorded.commissioned_on if recorded is not None else contract.contracted_on
        given = NoticeGivenDialog(recorded, answered, self._order.contract.notice_sent_on
                                  if self._order.contract else None, today, fl_applies(notice),
                                  self)  # fmt: skip
        if given.exec() != QDialog.DialogCode.Accepted or given.given_on is None:
            return
        worker = notice.worker.name if notice.worker else ""
        suggested = f"取引条件明示書_{worker}_{given.given_on:%Y%m%d}.docx".replace(" ", "")
        out = ask_save_file(
            self, self.tr("Terms notice"), suggested, self.tr("Word document (*.docx)"), "export", ".docx"
        )
        if out is None:
            return
        try:
            postings.save_record(self.desk.store, self.work_item_id, self._current_record)
            issue_terms_notice(
                self.desk.store, self.work_item_id, self._order, out, given.given_on,
                channel=given.channel, contract_id=recorded.id if recorded else None,
            )  # fmt: skip
        except Exception as exc:
            warn(self, self.tr("Terms notice"), exc)
            return
        # the posting now says when the notice was first given (as issue_terms_notice keeps it): the
        # checklist's CONT-03 reads it, and a notice given again does not move it
        before = self._order.contract.notice_sent_on if self._order.contract else None
        first = min(before, given.given_on) if before is not None and before >= answered else given.given_on
        self.ui.noticeSentOn.setText(format_date(min(before, given.given_on) if before else given.given_on))
        self.refresh()
        self._base, self._record_base = self._order, self._current_record
        self.edits.snapshot()
        status = self.tr("Terms notice issued and kept: {name}").format(name=out.name)
        late = late_under_act(notice, answered, first)
        if late:
            status += " " + self.tr("(given {days} days late: CONT-03)").format(days=late)
        self.ui.versions.setText(status)

    def _ask_contract(self, contracts: list[Any]) -> Any:
        """Several contracts are recorded (a task's workers): which one the notice is for."""
        from PySide6.QtWidgets import QInputDialog

        labels = [self.tr("{worker} · {date} · {amount} yen").format(
            worker=c.worker.name, date=format_date(c.contracted_on), amount=format_yen(c.amount))
            for c in contracts]  # fmt: skip
        question = self.tr("Which contract is the notice for?")
        chosen, ok = QInputDialog.getItem(self, self.tr("Terms notice"), question, labels, 0, False)
        return contracts[labels.index(chosen)] if ok and chosen in labels else None

    def copy_text(self) -> None:
        """Copies the finished text for the platform; an unfinished one is refused, saying what is left
        (a half-written posting pasted into a platform goes public the moment it is submitted)."""
        self._up_to_date()
        left = self.blanks_left()
        if left:
            text = self.tr("The posting text is not finished, so it was not copied. "
                           "Still to fill in:\n{items}")
            items = "\n".join(f"・{x}" for x in left)
            QMessageBox.warning(self, self.tr("Copy posting text"), text.format(items=items))
            return
        QGuiApplication.clipboard().setText(self.ui.preview.toPlainText())
        self.ui.saveStatus.setText(self.tr("Posting text copied"))

    def record_posted(self) -> None:
        """Keeps the posting as it went out (the service refuses one with errors or blanks)."""
        from ..services.postings import PostingRefused, record_posted

        self._up_to_date()
        if self.input_errors:  # the form could not be read whole: the posting is not what is shown
            unread = "\n".join(field_message(e) for e in self.input_errors)
            QMessageBox.warning(self, self.tr("Posting"), unread)
            return
        assert self.desk.store is not None and self._order is not None
        day = self.ui.postedOn.date()
        try:
            posted = record_posted(
                self.desk.store, self.work_item_id, self._order, self._current_record,
                reference=self.reference, url=self.ui.postedUrl.text(),
                posted_on=date(day.year(), day.month(), day.day()),
            )  # fmt: skip
        except PostingRefused as exc:
            QMessageBox.warning(self, self.tr("Posting"), i18n.message("postings", exc.message, **exc.params))
            return
        except Exception as exc:
            warn(self, self.tr("Posting"), exc)
            return
        self._record = self._record_base = posted.record
        self._base = self._order
        self.ui.postingStatus.setCurrentIndex(self.ui.postingStatus.findData(posted.record.status.value))
        self._show_versions(posted.versions)
        self.refresh()
        self.edits.snapshot()

    def _show_versions(self, count: int) -> None:
        text = self.tr("Posted versions kept: {count}").format(count=count) if count else ""
        self.ui.versions.setText(text)


def _check(order: Order, reference: Reference, record: PostingRecord, count: int,
           progress: Any = None) -> tuple[list[Finding], int]:
    """The checklist's work in a worker: the rules over the form as it was read (plain data)."""
    return check(order, reference=reference, record=record), count
