"""A careless user presses everything: every page, every tab, with a row selected and without,
every enabled button and menu action, every dialog opened and closed through its own buttons.

The test fails on any exception raised in a slot (pytest-qt), on a dialog that will not close, and
on a dialog that its own OK/Save leaves open while what it shows is valid. Destructive questions are
answered No, file and input dialogs are cancelled: the demo database is changed only by what a
button does at once (a new record, an archive, a step of an order)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QTreeView,
    QWidget,
)

from tests.clicks import (
    buttons_of,
    cancel,
    choose_in_combo,
    click,
    click_row,
    describe,
    open_page,
    open_tab,
    settle,
)

ANSWERS = (
    QMessageBox.StandardButton.Discard,
    QMessageBox.StandardButton.No,
    QMessageBox.StandardButton.Cancel,
    QMessageBox.StandardButton.Close,
    QMessageBox.StandardButton.Ok,
)
"""How a careful careless user answers a question: never yes to anything that destroys."""

SAVE_MUST_CLOSE = {"ProfileDialog", "SettingsDialog"}
"""Dialogs whose shown values are valid on the demo: their OK/Save must close them."""


class Careless:
    """Answers every dialog nobody queued a handler for, and explores each kind of dialog once."""

    def __init__(self) -> None:
        self.opened: Counter[str] = Counter()
        self.stuck: list[str] = []
        self.pressed: list[str] = []

    def __call__(self, dialog: QWidget) -> None:
        kind = type(dialog).__name__
        self.opened[kind] += 1
        if isinstance(dialog, QMessageBox):
            self._answer(dialog)
        elif isinstance(dialog, QFileDialog | QInputDialog):
            cancel(dialog)
        elif isinstance(dialog, QDialog):
            if self.opened[kind] == 1:
                self._explore(dialog)
                if dialog.isVisible():
                    self._close_with(dialog, QDialogButtonBox.StandardButton.Cancel, "Cancel")
            elif kind in SAVE_MUST_CLOSE and self.opened[kind] == 2:
                self._close_with(dialog, QDialogButtonBox.StandardButton.Save, "Save/OK")
            else:
                self._close_with(dialog, QDialogButtonBox.StandardButton.Cancel, "Cancel")
        settle(lambda: not dialog.isVisible())
        if dialog.isVisible():
            self.stuck.append(f"{describe(dialog)} stayed open")
            dialog.close()

    def _answer(self, box: QMessageBox) -> None:
        for standard in ANSWERS:
            button = box.button(standard)
            if button is not None and button.isVisible():
                click(button)
                return
        click(box.escapeButton() or buttons_of(box)[-1])

    def _close_with(self, dialog: QDialog, standard: QDialogButtonBox.StandardButton, what: str) -> None:
        boxes = dialog.findChildren(QDialogButtonBox)
        candidates = [standard]
        if standard is QDialogButtonBox.StandardButton.Save:
            candidates.append(QDialogButtonBox.StandardButton.Ok)
        if standard is QDialogButtonBox.StandardButton.Cancel:
            candidates.append(QDialogButtonBox.StandardButton.Close)
        for box in boxes:
            for candidate in candidates:
                button = box.button(candidate)
                if button is not None and button.isVisible():
                    click(button)
                    settle(lambda: not dialog.isVisible())
                    if dialog.isVisible():
                        self.stuck.append(f"{describe(dialog)}: {what} did not close it")
                    return
        QTest.keyClick(dialog, Qt.Key.Key_Escape)  # a dialog without buttons closes with Escape
        settle(lambda: not dialog.isVisible())
        if dialog.isVisible():
            self.stuck.append(f"{describe(dialog)}: no {what} button and Escape did not close it")

    def _explore(self, dialog: QDialog) -> None:
        """Presses every enabled button of the dialog (outside its button box), tab by tab."""
        for tabs in dialog.findChildren(QTabWidget) or [None]:
            for index in range(tabs.count() if tabs else 1):
                if tabs is not None:
                    if not tabs.isTabEnabled(index) or not tabs.isVisible():
                        continue
                    open_tab(tabs, tabs.tabText(index))
                press_all(dialog, self, inside_dialog=True)
                if not dialog.isVisible():
                    return


def _pressable(widget: QAbstractButton, root: QWidget, inside_dialog: bool) -> bool:
    if not isinstance(widget, QPushButton | QToolButton | QCheckBox):
        return False
    if not widget.isVisible() or not widget.isEnabled():
        return False
    if inside_dialog and isinstance(widget.parent(), QDialogButtonBox):
        return False  # OK / Cancel close the dialog: pressed last, on purpose
    if isinstance(widget.parent(), QTabWidget | QAbstractItemView) or widget.objectName().startswith("qt_"):
        return False  # Qt's own scroll arrows and corner buttons
    return root.isAncestorOf(widget)


def press_all(root: QWidget, careless: Careless, inside_dialog: bool = False, before_each=None) -> None:  # type: ignore[no-untyped-def]
    """Presses each enabled button shown in `root` once (a check box twice: back as it was);
    `before_each` puts things back as they were (a row selected again) before each press."""
    for button in list(root.findChildren(QAbstractButton)):
        if before_each is not None:
            before_each()
        try:
            if not _pressable(button, root, inside_dialog):
                continue
        except RuntimeError:  # deleted by an earlier press (a step button replaced, say)
            continue
        careless.pressed.append(f"{type(root).__name__}.{button.objectName() or button.text()}")
        click(button)
        if isinstance(button, QCheckBox) and button.isVisible() and button.isEnabled():
            click(button)
        if not root.isVisible():
            return


def _select_first_rows(page: QWidget) -> None:
    """Clicks the first row of each list shown on the page (in a tree, its first child too)."""
    for view in page.findChildren(QAbstractItemView):
        if (
            isinstance(view, QHeaderView)
            or not view.isVisible()
            or view.model() is None
            or view.model().rowCount() == 0
        ):
            continue
        click_row(view, 0)
        if isinstance(view, QTreeView):
            QTest.keyClick(view, Qt.Key.Key_Right)  # open the branch
            QTest.keyClick(view, Qt.Key.Key_Down)  # and go to its first child


def _walk(window, index: int, careless: Careless, selected: bool) -> None:  # type: ignore[no-untyped-def]
    open_page(window, index)
    page = window.ui.pages.currentWidget()
    select = (lambda: _select_first_rows(page)) if selected else None
    if select is not None:
        select()
    tab_widgets = [t for t in page.findChildren(QTabWidget) if t.isVisible() and t.isEnabled()] or [None]
    for tabs in tab_widgets:
        for tab in range(tabs.count() if tabs else 1):
            if tabs is not None:
                if not tabs.isEnabled():
                    break
                open_tab(tabs, tabs.tabText(tab))
            press_all(page, careless, before_each=select)
            if window.ui.pages.currentIndex() != index:  # a button took us elsewhere: come back
                open_page(window, index)


def _menu_actions(menu_bar) -> list:  # type: ignore[no-untyped-def]
    found, menus = [], [a.menu() for a in menu_bar.actions()]
    while menus:
        menu = menus.pop(0)
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())
            elif not action.isSeparator():
                found.append(action)
    return found


def test_a_careless_user_presses_everything_and_nothing_breaks(qtbot, demo_window, modals):
    careless = Careless()
    modals.fallback = careless
    window = demo_window
    window.resize(1366, 768)
    _walk(window, 0, careless, selected=False)  # the clients page with no client chosen
    _walk(window, 0, careless, selected=True)
    for index in range(1, window.navigation.rowCount()):
        if not window.navigation.item(index).isEnabled():
            click_row(window.ui.navigation, 0)
            click_row(window.clients_page.ui.clients, 0)
        _walk(window, index, careless, selected=False)
        _walk(window, index, careless, selected=True)
    orders = window.orders_page
    filter_ = orders.ui.stateFilter
    for state in range(2, filter_.count()):  # an order in each state offers its own buttons
        open_page(window, 3)
        choose_in_combo(filter_, filter_.itemText(state))
        if orders.model.rowCount():
            _walk(window, 3, careless, selected=True)

    quit_action = window.ui.actionQuit
    switching = {window.ui.actionOpenDemo, window.ui.actionOpenOwn}
    actions = [a for a in _menu_actions(window.menuBar()) if a is not quit_action and a not in switching]
    for _ in range(2):  # a second time: the dialogs explored once now get their OK / Save
        for action in actions:
            if action.isEnabled() and action.isVisible():
                careless.pressed.append(f"menu.{action.objectName()}")
                action.trigger()
    for action in switching:
        if action.isEnabled() and action.isVisible():
            action.trigger()
    assert window.desk.store is not None

    assert careless.stuck == [], careless.stuck
    assert modals.unexpected == []
    # the walk reached the dialogs a producer meets (and so proves it pressed through them)
    for kind in (
        "ProfileDialog",
        "SettingsDialog",
        "PlatformsDialog",
        "PostingDialog",
        "TermsDialog",
        "QFileDialog",
        "QInputDialog",
    ):
        assert careless.opened[kind] >= 1, (kind, careless.opened, careless.pressed)
    assert len(careless.pressed) > 80, careless.pressed
