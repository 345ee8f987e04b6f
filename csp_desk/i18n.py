"""Interface language without Qt: the catalogue read from resources/translations, and message().

The command line, the documents and the services translate here, with no Qt loaded; the window
installs Qt's own translators as well (gui/language.py listens to install()). The catalogue is read
from the .ts file every install ships (about 25 ms, once), the same text the window's .qm is
compiled from.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path

from .domain.text import QT_TRANSLATE_NOOP
from .paths import TRANSLATIONS

log = logging.getLogger(__name__)

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

_current = DEFAULT_LANGUAGE
_texts: dict[tuple[str, str], str] | None = {}
"""The installed language's translations; None until first asked for (read then, not at start-up)."""
LISTENERS: list[Callable[[str], None]] = []
"""Called with the language each time one is installed (the window installs Qt's translators)."""


def current() -> str:
    """The language installed at start-up."""
    return _current


def chosen_language() -> str:
    """The language the user chose in Settings (kept per user, not per database)."""
    from . import preferences

    value = preferences.get("language", DEFAULT_LANGUAGE)
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
    """Compiles every .ts into a .qm beside it (for the window's Qt translator) when the .qm is
    missing or older."""
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


@functools.cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """Every finished translation of `language`, by (context, English source); empty for English
    (the source language) and, with a warning in the log, for a catalogue that cannot be read.

    A checkout reads the .ts file (the source, always current); an installed bundle ships only the
    compiled .qm, which is read when it is at least as new as the .ts."""
    if language == "en":
        return {}
    ts, qm = (TRANSLATIONS / f"csp_desk_{language}{suffix}" for suffix in (".ts", ".qm"))
    try:
        if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
            return read_qm(qm.read_bytes())
        return read_ts(ts)
    except (OSError, ValueError):
        log.warning("the %s catalogue cannot be read; texts stay in English", language, exc_info=True)
        return {}


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """The finished translations of a Qt Linguist source file (.ts)."""
    from xml.etree import ElementTree

    out: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):  # ParseError is a ValueError
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            out[(name, source)] = translation.text
    return out


_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_QM_MESSAGES, _QM_END, _QM_TRANSLATION, _QM_SOURCE, _QM_CONTEXT, _QM_COMMENT = 0x69, 1, 3, 6, 7, 8
_QM_NULL = 0xFFFFFFFF


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """The translations in a compiled catalogue (.qm, as lrelease writes it: each message with its
    context, source and comment), without Qt. Raises ValueError for a file that is not one."""
    if not data.startswith(_QM_MAGIC):
        raise ValueError("not a Qt translation file")
    messages, at = b"", len(_QM_MAGIC)
    while at + 5 <= len(data):
        tag, length = data[at], int.from_bytes(data[at + 1 : at + 5], "big")
        if tag == _QM_MESSAGES:
            messages = data[at + 5 : at + 5 + length]
        at += 5 + length
    out: dict[tuple[str, str], str] = {}
    fields: dict[int, bytes | None] = {}
    at = 0
    while at < len(messages):
        tag = messages[at]
        at += 1
        if tag == _QM_END:
            text, source, context = (fields.get(t) for t in (_QM_TRANSLATION, _QM_SOURCE, _QM_CONTEXT))
            if text and source is not None and not fields.get(_QM_COMMENT):
                out[((context or b"").decode("utf-8"), source.decode("utf-8"))] = text.decode("utf-16-be")
            fields = {}
            continue
        if at + 4 > len(messages):
            raise ValueError("a truncated Qt translation file")
        length = int.from_bytes(messages[at : at + 4], "big")
        at += 4
        if length == _QM_NULL:
            fields[tag] = None
            continue
        fields[tag] = messages[at : at + length]
        at += length
    return out


def install(language: str) -> None:
    """Makes `language` the one texts are translated into, and tells the listeners; its catalogue
    is read when a text is first translated (the window's start-up does not wait for it)."""
    global _current, _texts
    _current = language if language in LANGUAGES else DEFAULT_LANGUAGE
    _texts = None
    for listener in LISTENERS:
        listener(_current)


def translate(context: str, text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP in the interface language, nothing filled in (a
    parameter taken from a file, such as a key "{x}", stays as written)."""
    global _texts
    if _texts is None:
        _texts = catalogue(_current)
    return _texts.get((context, text), text)


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
    from .domain.client_file import UNREADABLE, ClientFileRefused
    from .domain.text import Refused

    if isinstance(exc, ClientFileRefused):
        cause = exc.cause
        problem = str(cause.strerror or cause) if isinstance(cause, OSError) else client_file_problem(cause)
        return message("client_file", UNREADABLE, file=exc.path.name, problem=problem)
    if isinstance(exc, Refused):
        return message("store", exc.message, **exc.params)
    return None
