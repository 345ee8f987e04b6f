"""Errors nobody caught, in a slot or in a thread: logged with their traceback and shown once, in a
dialog that says what failed and what to do, with the details to copy and the log folder a click away."""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from .. import i18n
from ..domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

log = logging.getLogger(__name__)

REPEAT_SECONDS = 30.0
"""The same error again within this time is logged, not shown again."""

QT_IN_ACTION = QT_TRANSLATE_NOOP(
    "crash", "What you just did was stopped by an error csp-desk did not expect."
)
QT_IN_BACKGROUND = QT_TRANSLATE_NOOP(
    "crash", "Work running in the background was stopped by an error csp-desk did not expect."
)
QT_WHAT_TO_DO = QT_TRANSLATE_NOOP(
    "crash",
    "What to do: save what you are typing on the other pages, then try again. If the error comes "
    "back, restart csp-desk. To report it, press “Copy details” and paste them in your message, or "
    "attach the log file from the log folder.",
)


def open_log_folder(parent: QWidget | None) -> bool:
    """Opens the log folder in the file manager (made first if missing); says where it is when the
    system cannot open it."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    from ..paths import log_dir

    try:
        folder = log_dir()
    except OSError as exc:
        from .feedback import warn

        warn(parent, QCoreApplication.translate("crash", "Log folder"), exc)
        return False
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    text = QCoreApplication.translate("crash", "The log folder could not be opened here. It is:\n{folder}")
    title = QCoreApplication.translate("crash", "Log folder")
    QMessageBox.information(parent, title, text.format(folder=folder))
    return False


def crash_dialog(summary: str, error: str, details: str, parent: QWidget | None = None) -> QDialog:
    """What failed and what to do, the details to copy, and the log folder (widgets imported
    here, when an error is shown: the handler itself is installed before the window paints)."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setObjectName("crashDialog")
    dialog.setWindowTitle(QCoreApplication.translate("CrashDialog", "Unexpected error"))
    layout = QVBoxLayout(dialog)
    message = QLabel("\n\n".join((summary, error, i18n.message("crash", QT_WHAT_TO_DO))), dialog)
    message.setObjectName("message")
    message.setWordWrap(True)
    layout.addWidget(message)
    shown = QPlainTextEdit(details, dialog)
    shown.setObjectName("details")
    shown.setReadOnly(True)
    shown.setMaximumHeight(160)
    layout.addWidget(shown)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    copy = buttons.addButton(
        QCoreApplication.translate("CrashDialog", "Copy details"), QDialogButtonBox.ButtonRole.ActionRole
    )
    folder = buttons.addButton(
        QCoreApplication.translate("CrashDialog", "Open log folder"), QDialogButtonBox.ButtonRole.ActionRole
    )

    def copy_details() -> None:
        QGuiApplication.clipboard().setText(details)
        copy.setText(QCoreApplication.translate("CrashDialog", "Copied"))

    copy.clicked.connect(copy_details)
    folder.clicked.connect(lambda: open_log_folder(dialog))
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(560, 360)
    return dialog


class _Reporter(QObject):
    """Carries an error met in another thread to the GUI thread, where it can be shown."""

    report = Signal(str, str, str, str)


class CrashHandler:
    """sys.excepthook and threading.excepthook for the window (installed by app.run_gui)."""

    def __init__(self, *, bench: bool = False):
        self.bench = bench
        self.showing = False
        self._last: dict[str, float] = {}
        self._reporter = _Reporter()
        self._reporter.report.connect(self._show)
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook

    def install(self) -> CrashHandler:
        sys.excepthook = self.handle
        threading.excepthook = self.handle_thread
        return self

    def handle(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, value, tb)
            return
        log.critical("uncaught error", exc_info=(kind, value, tb))
        self._previous(kind, value, tb)  # prints it (or hands it to whoever hooked in before us)
        if self.bench:
            os._exit(1)
        self._report(QT_IN_ACTION, value, tb)

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        log.critical("uncaught error in thread %s", name,
                     exc_info=(args.exc_type, args.exc_value, args.exc_traceback))  # fmt: skip
        self._previous_thread(args)
        self._report(QT_IN_BACKGROUND, args.exc_value, args.exc_traceback)

    def _report(self, summary: str, value: BaseException, tb: TracebackType | None) -> None:
        from .feedback import known_error_text

        error = known_error_text(value) or f"{type(value).__name__}: {value}"
        details = "".join(traceback.format_exception(type(value), value, tb))
        key = f"{type(value).__name__}: {value}"
        if threading.current_thread() is threading.main_thread():  # the GUI thread
            self._show(summary, error, details, key)
        else:  # queued to the GUI thread
            self._reporter.report.emit(summary, error, details, key)

    def _show(self, summary: str, error: str, details: str, key: str) -> None:
        now = time.monotonic()
        if self.showing or now - self._last.get(key, -REPEAT_SECONDS) < REPEAT_SECONDS:
            log.info("not shown again: %s", key)
            return
        self._last[key] = now
        self.showing = True
        try:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QApplication

            active = QApplication.activeWindow()  # a window being closed is no parent: it goes away
            parent = active if active is not None and active.isVisible() else None
            dialog = crash_dialog(i18n.message("crash", summary), error, details, parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.exec()
        finally:
            self.showing = False
            self._last[key] = time.monotonic()  # counted from when the producer closed it
