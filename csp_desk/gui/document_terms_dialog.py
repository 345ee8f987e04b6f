"""Asked before a proposal or a budget is written: the producer's fee rate for this client and how
long the proposal stands; it also says which work items start before today (the document flags them)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QDialog, QWidget

from .. import i18n
from ..domain.breakdown import WorkItemDraft
from ..domain.costs import RateError, parse_rate
from ..domain.proposal import DEFAULT_VALID_DAYS
from .forms.ui_document_terms_dialog import Ui_DocumentTermsDialog
from .language import window_settings

LAST_RATE = "documents/fee_rate"
VALID_DAYS = "documents/valid_days"


def _rate_key(client_id: int) -> str:
    return f"{LAST_RATE}/client_{client_id}"


def remembered_rate(client_id: int) -> str:
    """The rate last used for this client, else the last used for any, else empty."""
    settings = window_settings()
    for key in (_rate_key(client_id), LAST_RATE):
        value = settings.value(key, "")
        if value not in (None, ""):
            return str(value)
    return ""


class DocumentTermsDialog(QDialog):
    """The fee rate (remembered per client) and the days the proposal stands (remembered)."""

    def __init__(
        self,
        client_id: int,
        early: list[tuple[str, WorkItemDraft]],
        today: date,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_DocumentTermsDialog()
        self.ui.setupUi(self)
        self.setMinimumWidth(520)
        self.client_id = client_id
        self.rate: Decimal | None = None
        self.valid_days = DEFAULT_VALID_DAYS
        self.ui.feeRate.setText(remembered_rate(client_id))
        days = window_settings().value(VALID_DAYS, DEFAULT_VALID_DAYS)
        try:
            self.ui.validDays.setValue(int(days))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            self.ui.validDays.setValue(DEFAULT_VALID_DAYS)
        self.ui.errors.setObjectName("errorText")
        self.ui.errors.hide()
        if early:
            names = "、".join(f"「{item.title}」" for _problem, item in early[:5])
            more = self.tr(" and {count} more").format(count=len(early) - 5) if len(early) > 5 else ""
            self.ui.earlyText.setText(self.tr(
                "{count} work items are planned to start before today ({day}): {items}{more}. The "
                "document flags them; change their dates on the Breakdown page if they should not."
            ).format(count=len(early), day=today.strftime("%Y/%m/%d"), items=names, more=more))  # fmt: skip
        self.ui.earlyText.setVisible(bool(early))
        self.ui.buttons.accepted.connect(self._accept)
        self.ui.buttons.rejected.connect(self.reject)

    def _accept(self) -> None:
        text = self.ui.feeRate.text().strip()
        rate = None
        if text:
            try:
                rate = parse_rate(text)
            except RateError as exc:
                self.ui.errors.setText(i18n.message("costs", exc.message, value=exc.text))
                self.ui.errors.show()
                self.ui.feeRate.setFocus()
                return
        self.rate, self.valid_days = rate, self.ui.validDays.value()
        settings = window_settings()
        settings.setValue(_rate_key(self.client_id), text)
        if text:
            settings.setValue(LAST_RATE, text)
        settings.setValue(VALID_DAYS, self.valid_days)
        self.accept()
