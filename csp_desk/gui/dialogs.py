"""Small dialogs: the producer's profile and the preferences."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import QDialog, QWidget

from .. import i18n
from ..domain.proposal import ProducerProfile
from ..domain.text import MAX_LINE, QT_TRANSLATE_NOOP, FieldError
from .feedback import show_field_errors
from .forms.ui_profile_dialog import Ui_ProfileDialog
from .forms.ui_settings_dialog import Ui_SettingsDialog
from .views import bind_fields

TOO_LONG = QT_TRANSLATE_NOOP("validation", "This text is too long (at most {limit:,} characters).")


class ProfileDialog(QDialog):
    """The producer's name, organisation, certification and contact, shown on every document."""

    def __init__(self, profile: ProducerProfile, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ProfileDialog()
        self.ui.setupUi(self)
        self.ui.errors.setObjectName("errorText")
        self.widgets = bind_fields(self.ui, {f.name: f.name for f in fields(ProducerProfile)})
        for name, widget in self.widgets.items():
            widget.setText(getattr(profile, name))

    def profile(self) -> ProducerProfile:
        return ProducerProfile(**{n: w.text().strip() for n, w in self.widgets.items()})

    def accept(self) -> None:
        errors = [
            FieldError(name, TOO_LONG, {"limit": MAX_LINE})
            for name, widget in self.widgets.items()
            if len(widget.text()) > MAX_LINE
        ]
        if errors:
            show_field_errors(self.ui.errors, self.widgets, errors)
            return
        super().accept()


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.ui.language.addItem("日本語", "ja")
        self.ui.language.addItem("English", "en")
        self.ui.language.setCurrentIndex(max(0, self.ui.language.findData(i18n.chosen_language())))

    def accept(self) -> None:
        i18n.settings().setValue("language", self.ui.language.currentData())
        super().accept()
