"""Small dialogs: the producer's profile and the preferences."""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from .. import i18n, preferences
from ..domain.followup import DEFAULT_SILENCE_DAYS
from ..domain.proposal import ProducerProfile
from ..domain.text import MAX_LINE, QT_TRANSLATE_NOOP, FieldError
from ..domain.values import format_date
from ..services import settings
from .feedback import error_text, show_field_errors, warn
from .files import ask_open_file, ask_save_file
from .forms.ui_profile_dialog import Ui_ProfileDialog
from .forms.ui_settings_dialog import Ui_SettingsDialog
from .views import bind_fields

if TYPE_CHECKING:
    from ..store.db import Store

EMPTY_TABLE = QT_TRANSLATE_NOOP("catalogue", "the table has no rows")
TOO_LONG = QT_TRANSLATE_NOOP("validation", "This text is too long (at most {limit:,} characters).")


class ProfileDialog(QDialog):
    """The producer's name, organisation, certification and contact, shown on every document."""

    def __init__(self, profile: ProducerProfile, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ProfileDialog()
        self.ui.setupUi(self)
        self.setMinimumWidth(560)  # a certification's or an organisation's name is read whole
        self.ui.errors.setObjectName("errorText")
        self.widgets = bind_fields(self.ui, {f.name: f.name for f in fields(ProducerProfile)})
        for name, widget in self.widgets.items():
            widget.setText(getattr(profile, name))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

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
    """The interface language (kept per user), the database's business settings (the follow-up's
    silence threshold: greyed while no database is open), minimum wages and the Word template."""

    def __init__(self, store: Store | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.store = store
        self.ui.language.addItem("日本語", "ja")
        self.ui.language.addItem("English", "en")
        self.ui.language.setCurrentIndex(max(0, self.ui.language.findData(i18n.chosen_language())))
        days = settings.silence_days(store) if store is not None else DEFAULT_SILENCE_DAYS
        self.ui.silenceDays.setValue(days)
        self.ui.silenceDays.setEnabled(store is not None)
        self.ui.addWages.clicked.connect(self.add_wages)
        self.ui.chooseTemplate.clicked.connect(self.choose_template)
        self.ui.defaultTemplate.clicked.connect(self.default_template)
        self.ui.saveTemplate.clicked.connect(self.save_template)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._show_wages()
        self._show_template()

    def _show_template(self) -> None:
        from datetime import datetime

        from ..paths import house_style_path

        kept = house_style_path()
        if kept.is_file():
            given = datetime.fromtimestamp(kept.stat().st_mtime).date()
            self.ui.templateInfo.setText(self.tr(
                "Word documents start from your template (given on {date}): its styles, page set-up, "
                "letterhead header and footer. The title and page numbers are added where it has none."
            ).format(date=format_date(given)))  # fmt: skip
        else:
            self.ui.templateInfo.setText(self.tr(
                "Word documents use the default style (Yu Gothic, A4). To use your letterhead, logo, "
                "fonts and colours in every Word document, save the default template, change it in "
                "Word, and choose it here."
            ))  # fmt: skip
        self.ui.defaultTemplate.setEnabled(kept.is_file())

    def choose_template(self) -> bool:
        """Checks a Word document as a template and keeps a copy of it for every Word document."""
        import shutil
        from pathlib import Path

        from ..paths import house_style_path
        from ..reports.files import into_place
        from ..reports.word import TemplateError, check_template

        title = self.tr("Word template")
        path = ask_open_file(self, title, self.tr("Word document (*.docx)"), "template")
        if not path:
            return False
        try:
            check_template(Path(path))
            into_place(house_style_path(), lambda temporary: shutil.copyfile(path, temporary))
        except (TemplateError, OSError) as exc:
            QMessageBox.warning(self, title, error_text(exc))
            return False
        self._show_template()
        return True

    def default_template(self) -> None:
        """Word documents go back to the default style (the producer's own file is not touched)."""
        from ..paths import house_style_path

        try:
            house_style_path().unlink(missing_ok=True)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Word template"), error_text(exc))
        self._show_template()

    def save_template(self) -> bool:
        """Writes the default template for the producer to change in Word."""
        from ..reports.word import write_default_template

        title = self.tr("Word template")
        out = ask_save_file(self, title, "csp-desk_テンプレート.docx", self.tr("Word document (*.docx)"),
                            "template", ".docx")  # fmt: skip
        if out is None:
            return False
        try:
            write_default_template(out)
        except OSError as exc:
            QMessageBox.warning(self, title, error_text(exc))
            return False
        QMessageBox.information(self, title, self.tr(
            "Saved {path}. Open it in Word, put your letterhead or logo in the header, change the "
            "styles' fonts and colours, save it, then choose it with 「Use my template…」."
        ).format(path=out))  # fmt: skip
        return True

    def _wages(self):  # type: ignore[no-untyped-def]
        from ..domain.minimum_wage import load_wages
        from ..paths import DATA, added_wages_path

        wages = load_wages(DATA / "minimum_wages.csv")
        added = added_wages_path()
        return wages.merged(load_wages(added)) if added.exists() else wages

    def _show_wages(self) -> None:
        from datetime import date

        try:
            wages = self._wages()
        except Exception as exc:
            self.ui.wagesInfo.setText(error_text(exc))
            return
        year, due = wages.newest_year, wages.newer_year_due()
        if due is not None and wages.may_be_stale(date.today()):
            self.ui.wagesInfo.setText(self.tr(
                "The newest minimum wages known are for FY{year}, but FY{next} should be in force since "
                "{since}: the figures may be out of date, and checks use FY{year}'s rates until you add "
                "the new year. Add its table from the MHLW list with the button below (columns: "
                "prefecture, fiscal_year, yen, valid_from, source)."
            ).format(year=year, next=year + 1, since=format_date(due)))  # fmt: skip
            return
        self.ui.wagesInfo.setText(self.tr(
            "The newest minimum wages known are for FY{year}. When a new year is announced, add "
            "its table (columns: prefecture, fiscal_year, yen, valid_from, source)."
        ).format(year=year))  # fmt: skip

    def add_wages(self) -> bool:
        """Checks a CSV of minimum wages and adds it to the producer's own table."""
        from pathlib import Path

        from ..domain.catalogue import CatalogueError
        from ..domain.minimum_wage import load_wages, parse_wages, to_csv
        from ..paths import added_wages_path

        path = ask_open_file(self, self.tr("Minimum wages"), self.tr("CSV file (*.csv)"), "wages")
        if not path:
            return False
        try:
            new = load_wages(Path(path))
            if not new.rows():
                raise CatalogueError(Path(path), "-", "-", EMPTY_TABLE)
            target = added_wages_path()
            added = load_wages(target).merged(new) if target.exists() else new
            parse_wages(to_csv(added), target)  # what is written must read back
            target.write_text(to_csv(added), encoding="utf-8")
        except (CatalogueError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Minimum wages"), error_text(exc))
            return False
        years = sorted({row.fiscal_year for row in new.rows()})
        QMessageBox.information(self, self.tr("Minimum wages"), self.tr(
            "Added {count} rows for FY{years}; checks use them from each row's valid_from date."
        ).format(count=len(new.rows()), years=", ".join(map(str, years))))  # fmt: skip
        self._show_wages()
        return True

    def accept(self) -> None:
        try:
            if self.store is not None:
                settings.set_silence_days(self.store, self.ui.silenceDays.value())
            preferences.put("language", self.ui.language.currentData())
        except settings.SettingRefused as exc:
            text = i18n.message(exc.context, exc.message, **exc.params)
            QMessageBox.warning(self, self.tr("Settings"), text)
            return
        except Exception as exc:  # the database or the preferences file cannot be written
            warn(self, self.tr("Settings"), exc)
            return
        super().accept()
