"""A person at the keyboard: clicks, typing, and modal dialogs answered through their own buttons.

A modal dialog blocks in ``exec()``; the test arranges beforehand what a person would do in it
(``modals.expect(press("OK"))``) and a timer does it once the dialog is there. A modal that no
test expected fails the test (it is closed, so the run never hangs on it).
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QEventLoop, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QSpinBox,
    QTextEdit,
    QWidget,
)

Handler = Callable[[QWidget], None]


def _plain(text: str) -> str:
    """A button's text as read: without its '&' accelerator, '(&S)' suffix or trailing dots."""
    text = re.sub(r"\(&\w\)", "", text).replace("&", "")
    return unicodedata.normalize("NFKC", text).strip().rstrip("…").rstrip(".").strip()


def click(widget: QWidget) -> None:
    """A left click in the middle of a widget, as the mouse does it (once it is shown: a widget
    added to a visible window shows when the event loop next runs, as a person would wait for it)."""
    settle(lambda: widget.isVisible())
    assert widget.isVisible(), f"{widget.objectName() or widget} is not visible"
    assert widget.isEnabled(), f"{_text_of(widget)} is disabled"
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def settle(condition: Callable[[], bool], timeout_ms: int = 1000) -> None:
    """Lets the event loop run until `condition` holds (or the time is up)."""
    deadline = QDeadlineTimer(timeout_ms)
    QApplication.processEvents()
    while not condition() and not deadline.hasExpired():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def type_into(widget: QWidget, text: str) -> None:
    """Types like a producer: ASCII as key presses, Japanese as an input method commits it."""
    widget.setFocus()
    if isinstance(widget, QLineEdit | QComboBox | QSpinBox):
        line = widget if isinstance(widget, QLineEdit) else widget.lineEdit()
        assert line is not None
        line.selectAll()
        QTest.keyClick(line, Qt.Key.Key_Delete)
        target: QWidget = line
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.selectAll()
        QTest.keyClick(widget, Qt.Key.Key_Delete)
        target = widget
    else:
        target = widget
    if text.isascii() and "\n" not in text:
        QTest.keyClicks(target, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(target, event)


def _text_of(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QAbstractButton) else widget.objectName()


def buttons_of(dialog: QWidget) -> list[QAbstractButton]:
    return [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]


def find_button(dialog: QWidget, name: str | QDialogButtonBox.StandardButton | QMessageBox.StandardButton):
    """A visible button by its text (as read, without accelerators) or its standard role."""
    if not isinstance(name, str):
        if isinstance(dialog, QMessageBox):
            found = dialog.button(QMessageBox.StandardButton(name.value))
            if found is not None:
                return found
        for box in dialog.findChildren(QDialogButtonBox):
            found = box.button(QDialogButtonBox.StandardButton(name.value))
            if found is not None and found.isVisible():
                return found
        raise AssertionError(f"no {name} button in {describe(dialog)}")
    wanted = _plain(name)
    for button in buttons_of(dialog):
        if _plain(button.text()) == wanted:
            return button
    for button in buttons_of(dialog):
        if wanted and wanted in _plain(button.text()):
            return button
    raise AssertionError(
        f"no button {name!r} in {describe(dialog)}: {[b.text() for b in buttons_of(dialog)]}"
    )


def describe(dialog: QWidget) -> str:
    text = dialog.text() if isinstance(dialog, QMessageBox) else ""
    return f"{type(dialog).__name__} {dialog.windowTitle()!r} {text!r}"


class Modals:
    """Answers modal dialogs in order, each with the handler a test queued for it."""

    def __init__(self) -> None:
        self._handlers: deque[Handler] = deque()
        self.seen: list[tuple[str, str]] = []
        """(title, text) of every modal dialog met, in order."""
        self.unexpected: list[str] = []
        self._handling: list[QWidget] = []
        self._forced: dict[int, int] = {}
        self.fallback: Handler | None = None
        """Answers a dialog no handler was queued for (the press-everything test's careless user)."""
        self._timer = QTimer()
        self._timer.setInterval(15)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def expect(self, *handlers: Handler) -> Modals:
        """Queues what a person does in the next dialogs, in order. A handler acts at once (no
        timers): a dialog that its click opens is answered by the next handler while it runs, and
        a dialog still open when a handler returns gets the next handler."""
        self._handlers.extend(handlers)
        return self

    @property
    def pending(self) -> int:
        return len(self._handlers)

    def texts(self) -> list[str]:
        return [text for _title, text in self.seen]

    def _poll(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or isinstance(modal, QProgressDialog) or not modal.isVisible():
            return
        if modal in self._handling:  # a handler is at work in it (a nested dialog is answered too)
            return
        self._handling.append(modal)
        # Qt never fires a timer again while its own timeout is running: a dialog opened from
        # inside this handler is watched by a timer of its own
        nested = QTimer()
        nested.setInterval(15)
        nested.timeout.connect(self._poll)
        nested.start()
        try:
            text = modal.text() if isinstance(modal, QMessageBox) else ""
            self.seen.append((modal.windowTitle(), text))
            if self._handlers:
                handler = self._handlers.popleft()
            elif self.fallback is not None:
                handler = self.fallback
            else:
                self.unexpected.append(describe(modal))
                self._force_close(modal)
                return
            try:
                handler(modal)
            except BaseException as exc:  # reported by the test, never hangs it
                self.unexpected.append(f"{describe(modal)}: handler failed: {exc!r}")
                self._force_close(modal)
        finally:
            nested.stop()
            self._handling.remove(modal)

    def _force_close(self, modal: QWidget) -> None:
        """Closes a dialog nobody answers; one that asks again on closing (unsaved edits) is
        hidden the second time, which ends its exec() all the same."""
        key = id(modal)
        self._forced[key] = self._forced.get(key, 0) + 1
        if self._forced[key] > 1:
            modal.hide()
        else:
            _close(modal)

    def stop(self) -> None:
        self._timer.stop()


def _close(modal: QWidget) -> None:
    if isinstance(modal, QDialog):
        modal.reject()
    else:
        modal.close()


# --- what a person does in a dialog -------------------------------------------------------------


def press(name: str | QMessageBox.StandardButton | QDialogButtonBox.StandardButton) -> Handler:
    """Presses a button of the dialog by its text or standard role."""

    def handler(dialog: QWidget) -> None:
        click(find_button(dialog, name))

    return handler


def fill(fields: dict[str, str], then: str | QDialogButtonBox.StandardButton | None = None) -> Handler:
    """Types into the dialog's fields by object name (a check box is ticked with True), then
    presses `then` (the OK / Save button when not named)."""

    def handler(dialog: QWidget) -> None:
        for name, value in fields.items():
            widget = dialog.findChild(QWidget, name)
            assert widget is not None, f"no field {name} in {describe(dialog)}"
            if isinstance(value, bool):
                if widget.isChecked() != value:  # type: ignore[attr-defined]
                    click(widget)
            elif isinstance(widget, QComboBox) and not widget.isEditable():
                index = widget.findText(value)
                assert index >= 0, f"{name} offers no {value!r}"
                widget.setCurrentIndex(index)
            else:
                type_into(widget, value)
        _press_ok(dialog, then)

    return handler


def _press_ok(dialog: QWidget, then: str | QDialogButtonBox.StandardButton | None) -> None:
    if then is not None:
        click(find_button(dialog, then))
        return
    for standard in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Save):
        for box in dialog.findChildren(QDialogButtonBox):
            button = box.button(standard)
            if button is not None and button.isVisible():
                click(button)
                return
    raise AssertionError(f"no OK or Save button in {describe(dialog)}")


def answer_input(text: str, then: str | None = None) -> Handler:
    """Types into a QInputDialog (a line, lines of text, a number, or picks an item) and presses OK."""

    def handler(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog), describe(dialog)
        combo = dialog.findChild(QComboBox)
        if combo is not None and combo.isVisible():
            index = combo.findText(text)
            assert index >= 0, (
                f"{describe(dialog)} offers no {text!r}: {[combo.itemText(i) for i in range(combo.count())]}"
            )
            combo.setCurrentIndex(index)
        else:
            editor = next(
                w
                for kind in (QPlainTextEdit, QSpinBox, QLineEdit)
                for w in dialog.findChildren(kind)
                if w.isVisible()
            )
            type_into(editor, text)
        _press_ok(dialog, then)

    return handler


def choose_file(path: Path | str) -> Handler:
    """Types a file's full path into Qt's file dialog and presses its Open / Save button."""

    def handler(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog), describe(dialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None, "the file dialog has no file name field"
        # the whole path at once, as pasted: typed key by key, the dialog's completer pops up
        name.setFocus()
        name.selectAll()
        QTest.keyClick(name, Qt.Key.Key_Delete)
        event = QInputMethodEvent()
        event.setCommitString(str(path))
        QApplication.sendEvent(name, event)
        close_popup()
        box = dialog.findChild(QDialogButtonBox, "buttonBox")
        assert box is not None
        accept = box.button(QDialogButtonBox.StandardButton.Open) or box.button(
            QDialogButtonBox.StandardButton.Save
        )
        assert accept is not None
        click(accept)

    return handler


def cancel(dialog: QWidget) -> None:
    """Presses the dialog's Cancel (or No, or closes it with Escape when it has neither)."""
    for standard in (QDialogButtonBox.StandardButton.Cancel, QDialogButtonBox.StandardButton.No):
        for box in dialog.findChildren(QDialogButtonBox):
            button = box.button(standard)
            if button is not None and button.isVisible():
                click(button)
                return
    if isinstance(dialog, QMessageBox) and dialog.escapeButton() is not None:
        click(dialog.escapeButton())
        return
    QTest.keyClick(dialog, Qt.Key.Key_Escape)


def inspect(check: Callable[[QWidget], None], then: Handler) -> Handler:
    """Looks at the dialog (asserting what a person would read), then acts with `then`."""

    def handler(dialog: QWidget) -> None:
        check(dialog)
        then(dialog)

    return handler


# --- the window's parts -------------------------------------------------------------------------


def click_row(view, row: int, column: int = 0, double: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Clicks (or double-clicks) a row of a list or table view where it is drawn."""
    index = view.model().index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid(), f"row {row} is not shown in {view.objectName()}"
    if double:
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    else:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def row_where(view, predicate) -> int:  # type: ignore[no-untyped-def]
    """The first row of a view whose displayed texts satisfy `predicate(texts)`."""
    model = view.model()
    for row in range(model.rowCount()):
        texts = [str(model.index(row, c).data() or "") for c in range(model.columnCount())]
        if predicate(texts):
            return row
    raise AssertionError(f"no such row in {view.objectName()}")


def open_page(window, index: int) -> None:  # type: ignore[no-untyped-def]
    """Clicks a page in the navigation list."""
    click_row(window.ui.navigation, index)
    assert window.ui.pages.currentIndex() == index, "the page did not open"


def open_tab(tabs, text: str) -> None:  # type: ignore[no-untyped-def]
    """Clicks a tab by its title."""
    bar = tabs.tabBar()
    for i in range(tabs.count()):
        if _plain(tabs.tabText(i)) == _plain(text):
            QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(i).center())
            assert tabs.currentIndex() == i
            return
    raise AssertionError(f"no tab {text!r}: {[tabs.tabText(i) for i in range(tabs.count())]}")


def choose_in_combo(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Picks an entry of a drop-down by its text, with the keyboard as a person would."""
    index = combo.findText(text)
    assert index >= 0, f"{combo.objectName()} offers no {text!r}"
    combo.setFocus()
    steps = index - combo.currentIndex()
    key = Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up
    for _ in range(abs(steps)):
        QTest.keyClick(combo, key)
    assert combo.currentIndex() == index


def close_popup() -> None:
    popup = QApplication.activePopupWidget()
    if popup is not None:
        QTest.keyClick(popup, Qt.Key.Key_Escape)
