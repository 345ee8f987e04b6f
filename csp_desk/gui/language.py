"""The window's side of the interface language: Qt's translators (ours compiled to .qm, and Qt's
own for OK, Cancel and the file dialogs), the locale Qt formats dates with, and Qt's settings file
for what only the window keeps (column widths, last folders). Listens to i18n.install()."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from .. import i18n, preferences
from ..paths import TRANSLATIONS

_installed: list[QTranslator] = []


def window_settings() -> QSettings:
    """Qt's settings file: what only the window keeps."""
    return QSettings(i18n.SETTINGS_ORG, i18n.SETTINGS_APP)


def carry_over() -> None:
    """A language chosen by a version that kept it in Qt's settings file moves to the preferences
    the command line reads too (once)."""
    if preferences.get("language") is None:
        old = window_settings().value("language")
        if old in i18n.LANGUAGES:
            preferences.put("language", old)


def load_translator(language: str) -> QTranslator | None:
    """Our translator for `language`, or None for English (the source language)."""
    if language == "en":
        return None
    if i18n._stale(TRANSLATIONS):  # a bundle ships current .qm files and has no lrelease
        import subprocess

        with contextlib.suppress(OSError, subprocess.CalledProcessError):
            i18n.build_translations()  # an old translation beats no window
    translator = QTranslator()
    return translator if translator.load(str(TRANSLATIONS / f"csp_desk_{language}.qm")) else None


def remove() -> None:
    """Takes out the translators installed so far (the window falls back to English)."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()


def install(language: str) -> None:
    """Qt's translators and locale for `language`, replacing the ones installed before; nothing
    before the application exists (the command line has none)."""
    if QCoreApplication.instance() is None:
        return
    remove()
    translator = load_translator(language)
    if translator is None:
        return
    qt_own = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for one in (translator, *([qt_own] if qt_own.load(f"qtbase_{language}", folder) else [])):
        QCoreApplication.installTranslator(one)
        _installed.append(one)
    _set_locale(language)


def _set_locale(language: str) -> None:
    """Dates and numbers that Qt formats itself (the file dialog's dates, say) as the interface's
    language writes them, not as a bare C locale would ("30 11 2026")."""
    if language == "ja":
        QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    elif QLocale.system().language() in (QLocale.Language.C, QLocale.Language.Japanese):
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        QLocale.setDefault(QLocale.system())


if install not in i18n.LISTENERS:
    i18n.LISTENERS.append(install)
