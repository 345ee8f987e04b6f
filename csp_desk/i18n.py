"""Interface language: the Japanese catalogue built from resources/translations, and message()."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from .domain.text import QT_TRANSLATE_NOOP
from .paths import TRANSLATIONS

LANGUAGES = ("ja", "en")
DEFAULT_LANGUAGE = "ja"
SETTINGS_ORG = "csp-desk"
SETTINGS_APP = "csp-desk"

LIST_SEPARATOR = QT_TRANSLATE_NOOP("rules", ", ")
"""Joins the labels listed in one finding (Japanese: 、)."""
SEVERITY_WORDS = {
    "error": QT_TRANSLATE_NOOP("cli", "ERROR"),
    "warning": QT_TRANSLATE_NOOP("cli", "WARNING"),
    "info": QT_TRANSLATE_NOOP("cli", "INFO"),
}

_standalone: QTranslator | None = None
_current = DEFAULT_LANGUAGE


def current() -> str:
    """The language installed at start-up."""
    return _current


def settings() -> QSettings:
    return QSettings(SETTINGS_ORG, SETTINGS_APP)


def chosen_language() -> str:
    value = settings().value("language", DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def lrelease_path() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError("lrelease")


def _stale(folder: Path) -> list[Path]:
    out = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            out.append(ts)
    return out


def build_translations(folder: Path = TRANSLATIONS, *, force: bool = False) -> list[Path]:
    """Compiles every .ts into a .qm beside it when the .qm is missing or older."""
    import subprocess

    built = []
    for ts in sorted(folder.glob("*.ts")) if force else _stale(folder):
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [str(lrelease_path()), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        built.append(qm)
    return built


def load_translator(language: str) -> QTranslator | None:
    """The translator for `language`, or None for English (the source language)."""
    if language == "en":
        return None
    qm = TRANSLATIONS / f"csp_desk_{language}.qm"
    if _stale(TRANSLATIONS):  # a bundle ships current .qm files and has no lrelease
        import contextlib
        import subprocess

        with contextlib.suppress(OSError, subprocess.CalledProcessError):
            build_translations()  # an old translation beats no window
    translator = QTranslator()
    return translator if translator.load(str(qm)) else None


def install(language: str) -> QTranslator | None:
    """Installs the translator on the running QCoreApplication; keeps it alive."""
    global _standalone, _current
    _current = language if language in LANGUAGES else DEFAULT_LANGUAGE
    translator = load_translator(_current)
    if translator is not None and QCoreApplication.instance() is not None:
        QCoreApplication.installTranslator(translator)
        _install_qt_translation(_current)
        _set_locale(_current)
    _standalone = translator
    return translator


_qt_translator: QTranslator | None = None


def _install_qt_translation(language: str) -> None:
    """Qt's own texts (OK, Cancel, Yes, No, the file dialogs) in the same language."""
    global _qt_translator
    from PySide6.QtCore import QLibraryInfo

    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{language}", folder):
        QCoreApplication.installTranslator(translator)
        _qt_translator = translator


def _set_locale(language: str) -> None:
    """Dates and numbers that Qt formats itself (the file dialog's dates, say) as the interface's
    language writes them, not as a bare C locale would ("30 11 2026")."""
    from PySide6.QtCore import QLocale

    if language == "ja":
        QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    elif QLocale.system().language() in (QLocale.Language.C, QLocale.Language.Japanese):
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        QLocale.setDefault(QLocale.system())


def translate(context: str, text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP in the interface language, nothing filled in (a
    parameter taken from a file, such as a key "{x}", stays as written).

    Works with or without a QCoreApplication: the command line has none.
    """
    translated = ""
    if QCoreApplication.instance() is not None:
        translated = QCoreApplication.translate(context, text)
    # the command line translates without an application; one may appear later (chart pictures)
    if _standalone is not None and (not translated or translated == text):
        translated = _standalone.translate(context, text) or translated
    return translated or text


def message(context: str, text: str, **params: object) -> str:
    """Translates a message marked with QT_TRANSLATE_NOOP and fills in its parameters."""
    return translate(context, text).format(**params)


def labels(items: list[str] | tuple[str, ...], context: str = "rules") -> str:
    """Translatable labels translated and joined the way the language lists things; a (words,
    concept) pair is quoted (domain.text.QUOTE)."""
    from .domain.text import quoted

    def one(item: object) -> str:
        pair = quoted(item, lambda text: translate(context, text))
        return message(context, str(item)) if pair is None else pair

    return message("rules", LIST_SEPARATOR).join(one(item) for item in items)


def _translated(params: dict[str, object], *contexts: str) -> dict[str, object]:
    """Message parameters in the interface language: text looked up in `contexts` in turn (the
    first that knows it wins), lists of labels translated in the first context and joined."""

    def one(text: str) -> str:
        for context in contexts:
            translated = message(context, text)
            if translated != text:
                return translated
        return text

    return {key: labels(value, contexts[0]) if isinstance(value, list | tuple)
            else one(value) if isinstance(value, str) else value
            for key, value in params.items()}  # fmt: skip


def store_text(error: object) -> str:
    """A StoreError's message in the interface language, its text parameters translated too."""
    params = _translated(error.params, "store")  # type: ignore[attr-defined]
    return message("store", error.message, **params)  # type: ignore[attr-defined]


def refusal_text(refusal: object) -> str:
    """A refused life-cycle step (domain.lifecycle.Refusal) in the interface language."""
    params = _translated(refusal.params, "state", "lifecycle")  # type: ignore[attr-defined]
    return message("lifecycle", refusal.message, **params)  # type: ignore[attr-defined]


def severity_word(severity: str) -> str:
    return message("cli", SEVERITY_WORDS[severity])


def finding_texts(finding: object) -> tuple[str, str]:
    """A rule finding's message and basis in the interface language.

    List parameters hold translatable labels; they are translated and joined here.
    """
    params = _translated(finding.params, "rules")  # type: ignore[attr-defined]
    text = message("rules", finding.message, **params)  # type: ignore[attr-defined]
    return text, message("basis", finding.basis)  # type: ignore[attr-defined]


ROW_ERROR = QT_TRANSLATE_NOOP("import", "Row {row}, {column}: {problem}")
MORE_ERRORS = QT_TRANSLATE_NOOP("import", "… and {count:,} more.")


def import_text(error: BaseException, shown: int = 20) -> str:
    """Why an import was refused, in the interface language: the file, its header, or its rows
    (each with its row number and column, the first `shown` of them)."""
    errors = getattr(error, "errors", None)
    if errors is None:
        return message("import", error.message, **error.params)  # type: ignore[attr-defined]
    lines = [message("import", error.message, count=len(errors))]  # type: ignore[attr-defined]
    for wrong in errors[:shown]:
        problem = message(wrong.error.context, wrong.error.message, **wrong.error.params)
        lines.append(message("import", ROW_ERROR, row=wrong.row, column=wrong.column, problem=problem))
    if len(errors) > shown:
        lines.append(message("import", MORE_ERRORS, count=len(errors) - shown))
    return "\n".join(lines)


def client_file_problem(error: BaseException) -> str:
    """Why a client file was refused (an OrderFileError), in the interface language, the form's
    check filled in; the window and the command line say it alike."""
    params: dict[str, object] = dict(getattr(error, "params", {}))
    problem = params.pop("problem", None)
    params = {k: translate("orders", v) if isinstance(v, str) else v for k, v in params.items()}
    if isinstance(problem, str):
        params["problem"] = message("validation", problem, **params)
    return message("orders", error.message, **params)  # type: ignore[attr-defined]


def client_file_refusal(exc: BaseException) -> str | None:
    """What to say when a client file was not taken (unreadable, not a client file, or refused by
    the database), in the interface language; None for an unforeseen failure."""
    from .client_files import UNREADABLE, ClientFileRefused
    from .domain.text import Refused

    if isinstance(exc, ClientFileRefused):
        cause = exc.cause
        problem = str(cause.strerror or cause) if isinstance(cause, OSError) else client_file_problem(cause)
        return message("client_file", UNREADABLE, file=exc.path.name, problem=problem)
    if isinstance(exc, Refused):
        return message("store", exc.message, **exc.params)
    return None
