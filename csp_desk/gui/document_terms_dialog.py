"""Asked before a proposal or a budget is written: the producer's fee rate for this client and how
long the proposal stands; it also says which work items start before today (the document flags them)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from .. import i18n
from ..domain.breakdown import WorkItemDraft
from ..domain.proposal import DEFAULT_VALID_DAYS
from ..services import settings
from .feedback import warn
from .forms.ui_document_terms_dialog import Ui_DocumentTermsDialog

if TYPE_CHECKING:
    from ..store.db import Store


class DocumentTermsDialog(QDialog):
    """The fee rate (remembered per client) and the days the proposal stands (remembered)."""

    def __init__(
        self,
        store: Store,
        client_id: int,
        early: list[tuple[str, WorkItemDraft]],
        today: date,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_DocumentTermsDialog()
        self.ui.setupUi(self)
        self.setMinimumWidth(520)
        self.store, self.client_id = store, client_id
        self.rate: Decimal | None = None
        self.valid_days = DEFAULT_VALID_DAYS
        remembered = settings.document_terms(store, client_id)
        self.ui.feeRate.setText(remembered.fee_text)
        self.ui.validDays.setValue(remembered.valid_days)
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
        """Keeps the rate for this client and the days (for the window and the command line alike),
        or says what is wrong with them and stays open."""
        try:
            terms = settings.remember_document_terms(
                self.store, self.client_id, self.ui.feeRate.text(), self.ui.validDays.value()
            )
        except settings.SettingRefused as exc:
            self.ui.errors.setText(i18n.message(exc.context, exc.message, **exc.params))
            self.ui.errors.show()
            self.ui.feeRate.setFocus()
            return
        except Exception as exc:  # the database cannot be written
            warn(self, self.windowTitle(), exc)
            return
        self.rate, self.valid_days = terms.fee_rate, terms.valid_days
        self.accept()
