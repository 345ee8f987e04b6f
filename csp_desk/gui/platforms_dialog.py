"""The platform register (Settings → Platform register…): each platform's terms, dated fees and
the Association's 24-item checklist, ticked with a note; and the lines the posting editor shows
under the platform it is ordered on."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from .. import i18n
from ..domain.platform_register import (
    ORDER_TYPES,
    SIDES,
    Fee,
    Platform,
    Register,
    parse_fee,
)
from ..domain.platforms import NAMES
from ..domain.text import QT_TRANSLATE_NOOP, InvalidInput
from ..domain.values import format_date
from .context import Desk
from .feedback import error_text, show_field_errors, warn
from .forms.ui_platforms_dialog import Ui_PlatformsDialog
from .models import Column, RowsListModel, RowsTableModel
from .views import setup_table

log = logging.getLogger(__name__)

FACT_FIELDS = (*ORDER_TYPES, "escrow", "association_certified", "association_member")
FACT_WIDGETS = {
    "project": "project", "competition": "competition", "task": "task", "escrow": "escrow",
    "association_certified": "associationCertified", "association_member": "associationMember",
}  # fmt: skip
FEE_WIDGETS = {"rate": "feeRate", "minimum": "feeMinimum", "as_of": "feeAsOf", "source": "feeSource",
               "charged_when": "feeChargedWhen"}  # fmt: skip
GAP_ITEMS_NAMED = 2
"""Up to this many checklist gaps are named in the posting editor's line; more are counted (and
listed in its tooltip)."""

UNKNOWN = QT_TRANSLATE_NOOP("platforms", "not confirmed")
YES = QT_TRANSLATE_NOOP("platforms", "yes")
NO = QT_TRANSLATE_NOOP("platforms", "no")


def _t(text: str, **params: object) -> str:
    return i18n.message("platforms", text, **params)


def _english() -> bool:
    return i18n.current() == "en"


def fact_text(value: bool | None, yes: str, no: str) -> str:
    return _t(UNKNOWN) if value is None else _t(yes) if value else _t(no)


def fee_text(fee: Fee | None) -> str:
    """5–20 %, 5 % (minimum ¥500), or 'not confirmed'."""
    if fee is None or not fee.known:
        return _t(UNKNOWN)
    parts = [fee.rate_text()] if fee.rate_low is not None else []
    if fee.minimum_yen is not None:
        parts.append(_t(QT_TRANSLATE_NOOP("platforms", "minimum ¥{yen:,}"), yen=fee.minimum_yen))
    return ", ".join(parts) if _english() else "、".join(parts)


def order_types_text(platform: Platform) -> str:
    names = {
        "project": QT_TRANSLATE_NOOP("platforms", "project"),
        "competition": QT_TRANSLATE_NOOP("platforms", "competition"),
        "task": QT_TRANSLATE_NOOP("platforms", "task"),
    }
    offered = [_t(names[t]) for t in ORDER_TYPES if platform.offers(t)]
    unknown = any(platform.offers(t) is None for t in ORDER_TYPES)
    if not offered:
        return _t(UNKNOWN) if unknown else _t(QT_TRANSLATE_NOOP("platforms", "none"))
    joined = ", ".join(offered) if _english() else "・".join(offered)
    if unknown:
        return _t(QT_TRANSLATE_NOOP("platforms", "{types} (others not confirmed)"), types=joined)
    return joined


def terms_line(register: Register, platform: str, on: date) -> str:
    """The chosen platform's terms in one line: fees on `on`, escrow, order types."""
    p = register.get(platform)
    terms = p.fee_terms(on)
    return _t(
        QT_TRANSLATE_NOOP(
            "platforms",
            "Fees: orderer {orderer}, worker {worker} · Escrow: {escrow} · Order types: {types}",
        ),
        orderer=fee_text(terms.orderer),
        worker=fee_text(terms.worker),
        escrow=fact_text(p.escrow.value, YES, NO),
        types=order_types_text(p),
    )


def gap_items(register: Register, platform: str) -> str:
    """The checklist items not ticked, one a line (the gap line's tooltip)."""
    return "\n".join(f"{i.no}. {i.en if _english() else i.ja}" for i in register.gaps(platform))


def gaps_line(register: Register, platform: str) -> str:
    """A calm line when the platform's checklist has items not ticked ('' when none): the count,
    and the items themselves when there are only a few."""
    gaps = register.gaps(platform)
    if not gaps:
        return ""
    if len(gaps) <= GAP_ITEMS_NAMED:
        return _t(
            QT_TRANSLATE_NOOP(
                "platforms",
                "Not confirmed for this platform in the Association's checklist: {items}. "
                "You can tick it in Settings → Platform register.",
            ),
            items=" / ".join(f"{i.no}. {i.en if _english() else i.ja}" for i in gaps),
        )
    return _t(
        QT_TRANSLATE_NOOP(
            "platforms",
            "{count} of the Association's 24 checklist items are not confirmed for this platform. "
            "You can tick them in Settings → Platform register.",
        ),
        count=len(gaps),
    )


def load_register(desk: Desk) -> Register:
    """The producer's register, or the shipped one when the database cannot be read."""
    from ..services import platforms

    if desk.store is None:
        return platforms.shipped_register()
    try:
        return platforms.register(desk.store)
    except Exception:
        log.exception("the platform register could not be read; the shipped one is shown")
        return platforms.shipped_register()


def display_name(register: Register, platform: str) -> str:
    """A platform as people name it (クラウドワークス), the producer's own ones by their name."""
    from .workers_page import platform_name

    if platform in register and platform not in NAMES:
        return register.get(platform).name("en" if _english() else "ja")
    return platform_name(platform)


def fill_platform_box(box: QComboBox, register: Register) -> None:
    """The register's platforms by name (the producer's own ones too), each with its id as data."""
    from .workers_page import fill_platforms

    fill_platforms(box)
    for p in register.platforms():
        if box.findData(p.id) < 0:
            box.addItem(p.name("en" if _english() else "ja"), p.id)


class PlatformsDialog(QDialog):
    """Keeps the register: facts and the checklist are saved as they are changed (each change one
    short transaction, in the audit log); fees are checked whole and saved by their button."""

    def __init__(self, desk: Desk, parent: QWidget | None = None, platform: str = ""):
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_PlatformsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.register = load_register(desk)
        self.model: RowsListModel[Platform] = RowsListModel(self._list_text, self)
        ui.platforms.setModel(self.model)
        ui.platforms.selectionModel().currentChanged.connect(self._chosen)
        ui.splitter.setSizes([220, 740])
        ui.feeErrors.setObjectName("errorText")
        ui.feeErrors.style().unpolish(ui.feeErrors)  # the style sheet's rule is by name
        ui.feeErrors.style().polish(ui.feeErrors)
        self._loading = False
        self._platform: Platform | None = None
        for name in FACT_FIELDS:
            box: QComboBox = getattr(ui, FACT_WIDGETS[name])
            if name in ORDER_TYPES:
                yes, no = self.tr("Offered"), self.tr("Not offered")
            else:
                yes, no = self.tr("Yes"), self.tr("No")
            for value, text in (("yes", yes), ("no", no), ("unknown", self.tr("Not confirmed"))):
                box.addItem(text, value)
            box.currentIndexChanged.connect(lambda _i, n=name: self._fact_changed(n))
        for side, text in (("orderer", self.tr("Orderer (client)")), ("worker", self.tr("Worker"))):
            ui.feeSide.addItem(text, side)
        ui.feeAsOf.setText(format_date(date.today()))
        self.fee_widgets = {f: getattr(ui, w) for f, w in FEE_WIDGETS.items()}
        for widget in self.fee_widgets.values():
            widget.setProperty("fieldLabel", getattr(ui, f"{widget.objectName()}Label").text().rstrip(" *"))
        undated, you, shipped = self.tr("(date not known)"), self.tr("you"), self.tr("shipped")
        self.fees: RowsTableModel[Fee] = RowsTableModel(
            [
                Column(self.tr("Applies from"), lambda f: format_date(f.as_of) or undated),
                Column(self.tr("Paid by"), lambda f: self._side_text(f.side)),
                Column(self.tr("Rate"), lambda f: f.rate_text() if f.rate_low is not None else _t(UNKNOWN)),
                Column(self.tr("Minimum"), lambda f: "" if f.minimum_yen is None else f"¥{f.minimum_yen:,}"),
                Column(self.tr("Entered by"), lambda f: you if f.own else shipped),
                Column(self.tr("Charged when"), lambda f: f.charged_when),
                Column(self.tr("Source"), lambda f: " ".join(x for x in (f.source, f.note) if x)),
            ],
            self,
        )
        setup_table(ui.fees, self.fees, (96, 80, 70, 70, 60, 140, 200))
        ui.recordFee.clicked.connect(self.record_fee)
        ui.addPlatform.clicked.connect(self.add_platform)
        ui.notes.editingFinished.connect(self._notes_finished)
        ui.buttons.rejected.connect(self.reject)
        ui.buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        self._build_checklist()
        # Enter in a note or a fee field ends the typing (a note is saved); it presses no button
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._show_list(platform)

    def done(self, result: int) -> None:
        """A note still being typed when the dialog closes (Esc, Close, the window's ×) is kept."""
        if self._platform is not None:
            self._notes_finished()
            for item in self.check_rows:
                self._note_finished(item)
        super().done(result)

    # --- the list of platforms ----------------------------------------------------------------

    def _list_text(self, p: Platform) -> str:
        name = p.name("en" if _english() else "ja")
        gaps = len(p.gaps())
        if not p.checklist_applies or not gaps:
            return name
        return self.tr("{name} ({count} not confirmed)").format(name=name, count=gaps)

    def _show_list(self, platform: str = "") -> None:
        keep = platform or (self._platform.id if self._platform else "")
        self.model.set_rows(self.register.platforms())
        row = max(0, next((i for i, p in enumerate(self.register.platforms()) if p.id == keep), 0))
        self.ui.platforms.setCurrentIndex(self.model.index(row, 0))

    def _reload(self) -> None:
        self.register = load_register(self.desk)
        self._show_list()

    def _chosen(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        platform = self.model.row_at(current.row())
        if platform is not None:
            self._show(platform)

    def current_platform(self) -> Platform | None:
        return self._platform

    # --- one platform -------------------------------------------------------------------------

    def _show(self, p: Platform) -> None:
        ui = self.ui
        self._platform = p
        self._loading = True
        try:
            name = p.name("en" if _english() else "ja")
            gaps = len(p.gaps())
            if not p.checklist_applies:
                state = self.tr("The Association's checklist is for platform operators; it does not "
                                "apply to a direct deal.")  # fmt: skip
            elif gaps:
                state = self.tr("{count} of the 24 checklist items are not confirmed yet.").format(count=gaps)
            else:
                state = self.tr("All 24 checklist items are confirmed.")
            ui.heading.setText(f"<b>{name}</b>　{state}")
            for field in FACT_FIELDS:
                fact = p.order_types.get(field) if field in ORDER_TYPES else getattr(p, field)
                value = None if fact is None else fact.value
                box: QComboBox = getattr(ui, FACT_WIDGETS[field])
                box.setCurrentIndex(box.findData("unknown" if value is None else "yes" if value else "no"))
                basis: QLabel = getattr(ui, f"{FACT_WIDGETS[field]}Basis")
                if fact is not None and fact.own:
                    basis.setText(self.tr("as you recorded"))
                else:
                    basis.setText(fact.basis if fact is not None else "")
            facts = "\n".join(f"・{text}（{basis}）" for text, basis in p.facts)
            ui.facts.setText(facts)
            ui.facts.setVisible(bool(facts))
            ui.notes.setText(p.notes)
            self.fees.set_rows(sorted(p.fees, key=lambda f: (f.as_of or date.min, f.side), reverse=True))
            today = date.today()
            terms = p.fee_terms(today)
            in_force = self.tr("In force today ({day}): orderer {orderer}; worker {worker}.")
            ui.feesToday.setText(in_force.format(
                day=format_date(today), orderer=fee_text(terms.orderer), worker=fee_text(terms.worker)
            ))
            for item, (tick, note, when) in self.check_rows.items():
                mark = p.checks.get(item)
                tick.setChecked(bool(mark and mark.done))
                note.setText(mark.note if mark else "")
                when.setText(format_date(mark.checked_on) if mark and mark.checked_on else "")
                for widget in (tick, note):
                    widget.setEnabled(p.checklist_applies)
            ui.checklistNote.setText(
                self.tr("Tick what you confirmed on the platform (its terms of use, help pages, the "
                        "Association's list) and note where. Each tick is saved at once.")
                if p.checklist_applies else state
            )  # fmt: skip
        finally:
            self._loading = False

    def _build_checklist(self) -> None:
        """One row per item: a tick, the item, a note, the day it was checked."""
        grid = self.ui.checklistGrid
        self.check_rows: dict[int, tuple[QCheckBox, QLineEdit, QLabel]] = {}
        for row, item in enumerate(self.register.checklist, start=1):
            tick = QCheckBox(f"{item.no}.", self.ui.checklistPage)
            tick.setObjectName(f"check{item.no}")
            text = QLabel(item.en if _english() else item.ja, self.ui.checklistPage)
            text.setWordWrap(True)
            text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            text.setBuddy(tick)
            note = QLineEdit(self.ui.checklistPage)
            note.setObjectName(f"note{item.no}")
            note.setMaxLength(2000)
            note.setPlaceholderText(self.tr("where you confirmed it"))
            when = QLabel("", self.ui.checklistPage)
            when.setObjectName(f"checkedOn{item.no}")
            grid.addWidget(tick, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
            grid.addWidget(note, row, 2)
            grid.addWidget(when, row, 3)
            tick.toggled.connect(lambda _on, n=item.no: self._check_changed(n))
            note.editingFinished.connect(lambda n=item.no: self._note_finished(n))
            self.check_rows[item.no] = (tick, note, when)
        grid.setRowStretch(len(self.register.checklist) + 1, 1)

    def _save(self, title: str, action: Any) -> bool:
        """Runs one edit (a service call: its own transaction); a failure is told and the shown
        state reloaded."""
        if self.desk.store is None or self._platform is None:
            return False
        try:
            action(self.desk.store, self._platform.id)
        except Exception as exc:
            warn(self, title, exc)
            self._reload()
            return False
        self._reload()
        return True

    def _fact_changed(self, field: str) -> None:
        if self._loading or self._platform is None:
            return
        from ..services import platforms

        value = getattr(self.ui, FACT_WIDGETS[field]).currentData()
        self._save(self.tr("Platform register"),
                   lambda store, pid: platforms.set_facts(store, pid, {field: value}))  # fmt: skip

    def _notes_finished(self) -> None:
        if self._loading or self._platform is None or self.ui.notes.text().strip() == self._platform.notes:
            return
        from ..services import platforms

        notes = self.ui.notes.text()
        self._save(self.tr("Platform register"),
                   lambda store, pid: platforms.set_facts(store, pid, {}, notes=notes))  # fmt: skip

    def _check_changed(self, item: int) -> None:
        if self._loading or self._platform is None:
            return
        tick, note, _when = self.check_rows[item]
        self._save_check(item, tick.isChecked(), note.text())

    def _note_finished(self, item: int) -> None:
        if self._loading or self._platform is None:
            return
        tick, note, _when = self.check_rows[item]
        mark = self._platform.checks.get(item)
        if note.text().strip() == (mark.note if mark else ""):
            return
        self._save_check(item, tick.isChecked(), note.text())

    def _save_check(self, item: int, done: bool, note: str) -> None:
        from ..services import platforms

        self._save(self.tr("Checklist"),
                   lambda store, pid: platforms.set_check(store, pid, item, done, note))  # fmt: skip

    def _side_text(self, side: str) -> str:
        return self.tr("Orderer") if side == "orderer" else self.tr("Worker")

    def record_fee(self) -> bool:
        """Checks the typed fees whole; bad input is told, with each field marked, and nothing
        is saved."""
        from ..services import platforms

        ui = self.ui
        side = ui.feeSide.currentData()
        assert side in SIDES
        try:
            fee = parse_fee(side, ui.feeRate.text(), ui.feeMinimum.text(), ui.feeAsOf.text(),
                            ui.feeSource.text(), ui.feeChargedWhen.text())  # fmt: skip
        except InvalidInput as exc:
            show_field_errors(ui.feeErrors, self.fee_widgets, exc.errors)
            text = self.tr("These fees were not recorded:\n{problems}").format(problems=error_text(exc))
            warn(self, self.tr("Fees not recorded"), text)
            return False
        show_field_errors(ui.feeErrors, self.fee_widgets, [])
        if not self._save(self.tr("Fees"), lambda store, pid: platforms.record_fee(store, pid, fee)):
            return False
        for widget in (ui.feeRate, ui.feeMinimum, ui.feeSource, ui.feeChargedWhen):
            widget.clear()
        return True

    def add_platform(self) -> bool:
        """A platform the list does not know, by its name."""
        from ..services import platforms

        if self.desk.store is None:
            return False
        name, ok = QInputDialog.getText(self, self.tr("Add a platform"),
                                        self.tr("Name of the platform (as it calls itself)"))  # fmt: skip
        if not ok:
            return False
        try:
            pid = platforms.add_platform(self.desk.store, name)
        except Exception as exc:
            warn(self, self.tr("Add a platform"), exc)
            return False
        self.register = load_register(self.desk)
        self._show_list(pid)
        return True
