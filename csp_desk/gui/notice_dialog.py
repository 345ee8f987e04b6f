"""Asks when and how a terms notice is given (交付日, channel): never silently today."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QWidget

from .. import i18n
from ..domain.notice import CHANNELS, RecordedContract, days_late
from ..domain.text import QT_TRANSLATE_NOOP, FieldError
from ..domain.values import format_date, format_yen, parse_date
from .feedback import field_message
from .forms.ui_notice_given_dialog import Ui_NoticeGivenDialog

GIVEN_REQUIRED = QT_TRANSLATE_NOOP("validation", "Enter the day the notice is given to the worker.")
GIVEN_IN_FUTURE = QT_TRANSLATE_NOOP(
    "validation",
    "The notice cannot be recorded as given on a day still to come; record it on the day it is given.",
)


class NoticeGivenDialog(QDialog):
    """The day the notice reaches the worker and how; warns while that day is after the contract's."""

    def __init__(self, contract: RecordedContract | None, contracted_on: date | None, given: date | None,
                 today: date, act_applies: bool, parent: QWidget):  # fmt: skip
        """`act_applies`: the Freelance Act applies to the order, so a day after the contract's is late
        (CONT-03); elsewhere no day is asked for and none is called late."""
        super().__init__(parent)
        self.ui = Ui_NoticeGivenDialog()
        self.ui.setupUi(self)
        self.today, self.contracted_on, self.act_applies = today, contracted_on, act_applies
        for key, label in CHANNELS.items():
            self.ui.channel.addItem(i18n.translate("notice", label), key)
        if contract is not None:
            self.ui.contractText.setText(self.tr(
                "From the recorded contract with {worker} of {date}: {amount} yen."
            ).format(worker=contract.worker.name, date=format_date(contract.contracted_on),
                     amount=format_yen(contract.amount)))  # fmt: skip
            if contract.changed_on is not None:
                self.ui.contractText.setText(self.ui.contractText.text() + " " + self.tr(
                    "The contract was changed on {date}: this notice states the terms after the change "
                    "(the amended notice), and the amount is the one in force."
                ).format(date=format_date(contract.changed_on)))  # fmt: skip
        else:
            self.ui.contractText.setText(self.tr("No contract is recorded on the Orders page; the notice "
                                                 "states the contract terms of the posting."))  # fmt: skip
        self.ui.givenOn.setText(format_date(given or today))
        self.ui.errors.setObjectName("errorText")
        self.ui.errors.hide()
        self.ui.givenOn.textChanged.connect(self._show_late)
        self.ui.buttons.accepted.connect(self._accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.given_on: date | None = None
        self.channel = ""
        self._show_late()

    def _show_late(self) -> None:
        day, errors = parse_date("given_on", self.ui.givenOn.text())
        late = days_late(self.contracted_on, day) if not errors and self.act_applies else 0
        text = ""
        if not errors and day is not None and self.contracted_on is not None and day < self.contracted_on:
            text = self.tr(
                "This day is before the contract's day ({date}). If one of them is mistyped, correct it; "
                "the notice is recorded as given on the day entered here."
            ).format(date=format_date(self.contracted_on))
        if late:
            text = self.tr(
                "Given {days} days after the commissioning ({date}): the Freelance Act asks for the "
                "notice immediately (CONT-03). The day is recorded as it is and the order shows it as late."
            ).format(days=late, date=format_date(self.contracted_on))
        self.ui.lateText.setText(text)
        self.ui.lateText.setVisible(bool(text))

    def _accept(self) -> None:
        day, errors = parse_date("given_on", self.ui.givenOn.text())
        if not errors and day is None:
            errors = [FieldError("given_on", GIVEN_REQUIRED)]
        if day is not None and day > self.today:
            errors = [FieldError("given_on", GIVEN_IN_FUTURE)]
        if errors:
            self.ui.errors.setText("\n".join(field_message(e) for e in errors))
            self.ui.errors.show()
            return
        self.given_on, self.channel = day, self.ui.channel.currentData()
        self.accept()
