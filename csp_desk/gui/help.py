"""The Help menu and the keys: the offline user guide, the list of keyboard shortcuts (read from the
real actions and buttons, so it cannot drift), the log folder, Find and the page keys."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .. import i18n
from ..paths import GUIDE

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .main_window import MainWindow


def attach(window: MainWindow) -> None:
    """Connects the Help menu, Find, New client and the page keys of the window (cheap: the
    dialogs' classes are imported when first opened)."""
    ui = window.ui
    ui.actionGuide.triggered.connect(lambda: show_guide(window))
    ui.actionShortcuts.triggered.connect(lambda: show_shortcuts(window))
    ui.actionLogFolder.triggered.connect(lambda: _open_log_folder(window))
    ui.actionFind.triggered.connect(lambda: focus_search(window))
    ui.actionNewClient.triggered.connect(lambda: _new_client(window))
    pages = (ui.actionGoClients, ui.actionGoConsultations, ui.actionGoBreakdown, ui.actionGoOrders,
             ui.actionGoWorkers, ui.actionGoDashboard, ui.actionGoWorkshops)  # fmt: skip
    for index, action in enumerate(pages):
        action.triggered.connect(lambda _checked=False, index=index: window.go_to(index))


def _open_log_folder(window: MainWindow) -> None:
    from .crash import open_log_folder

    open_log_folder(window)


def _new_client(window: MainWindow) -> None:
    window.go_to(0)
    window.clients_page.new_client()


def focus_search(window: MainWindow) -> bool:
    """Puts the cursor in the search field of the page shown, its text selected."""
    from PySide6.QtWidgets import QLineEdit

    page = window.ui.pages.currentWidget()
    field = page.findChild(QLineEdit, "search") if page is not None else None
    if field is None or not field.isVisible() or not field.isEnabled():
        window.statusBar().showMessage(
            QCoreApplication.translate("help", "This page has no search field."), 4000
        )
        return False
    field.setFocus()
    field.selectAll()
    return True


# --- the user guide ------------------------------------------------------------------------------


def guide_file(language: str | None = None) -> str:
    """The guide's Markdown in the interface language (Japanese when there is none in it)."""
    for name in (language or i18n.current(), i18n.DEFAULT_LANGUAGE):
        path = GUIDE / f"{name}.md"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(GUIDE / f"{i18n.DEFAULT_LANGUAGE}.md")


def show_guide(parent: QWidget) -> None:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

    from .feedback import warn

    try:
        text = guide_file()
    except OSError as exc:
        warn(parent, QCoreApplication.translate("help", "User guide"), exc)
        return
    dialog = QDialog(parent)
    dialog.setObjectName("guideDialog")
    dialog.setWindowTitle(QCoreApplication.translate("help", "User guide"))
    layout = QVBoxLayout(dialog)
    browser = QTextBrowser(dialog)
    browser.setObjectName("guide")
    browser.setOpenExternalLinks(True)
    browser.setMarkdown(text)
    layout.addWidget(browser)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(720, 560)  # fits a 1024×768 projector
    dialog.exec()
    dialog.deleteLater()


# --- keyboard shortcuts --------------------------------------------------------------------------


@dataclass(frozen=True)
class Shortcut:
    keys: str
    what: str
    where: str


def _plain(text: str) -> str:
    """A menu or button text as read: no '&' accelerator, no '(&X)', no trailing dots."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…").rstrip(".").strip()


def shortcuts(window: MainWindow) -> list[Shortcut]:
    """Every shortcut the window has now: the menus' actions in menu order, then the buttons of
    the pages that have one."""
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QAbstractButton, QMenu

    def keys(sequences: list[QKeySequence]) -> str:
        native = QKeySequence.SequenceFormat.NativeText
        return ", ".join(s.toString(native) for s in sequences if not s.isEmpty())

    found: list[Shortcut] = []
    seen: set[QAction] = set()

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{where} → {_plain(action.text())}")
            elif not action.isSeparator():
                seen.add(action)
                if keys(action.shortcuts()) and action.isVisible():
                    found.append(Shortcut(keys(action.shortcuts()), _plain(action.text()), where))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(top.text()))
    for action in window.findChildren(QAction):
        if action not in seen and keys(action.shortcuts()) and action.text():
            found.append(Shortcut(keys(action.shortcuts()), _plain(action.text()), ""))
    stack = window.ui.pages
    for index in range(stack.count()):
        page = stack.widget(index)
        where = window.navigation.item(index).text()
        for button in page.findChildren(QAbstractButton):
            if keys([button.shortcut()]):
                found.append(Shortcut(keys([button.shortcut()]), _plain(button.text()), where))
    return found


def show_shortcuts(window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout

    from .models import Column, RowsTableModel
    from .views import setup_table

    window.build_remaining_pages()  # their buttons' keys are listed too
    dialog = QDialog(window)
    dialog.setObjectName("shortcutsDialog")
    dialog.setWindowTitle(QCoreApplication.translate("help", "Keyboard shortcuts"))
    layout = QVBoxLayout(dialog)
    note = QLabel(
        QCoreApplication.translate(
            "help", "Keys work anywhere in the window; a page's keys work while that page is shown."
        ),
        dialog,
    )
    note.setWordWrap(True)
    layout.addWidget(note)
    model: RowsTableModel[Shortcut] = RowsTableModel([
        Column(QCoreApplication.translate("help", "Keys"), lambda r: r.keys),
        Column(QCoreApplication.translate("help", "Action"), lambda r: r.what),
        Column(QCoreApplication.translate("help", "Menu or page"), lambda r: r.where),
    ], dialog)  # fmt: skip
    model.set_rows(shortcuts(window))
    view = QTableView(dialog)
    view.setObjectName("shortcuts")
    setup_table(view, model, (150, 300))
    layout.addWidget(view)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(640, 520)
    dialog.exec()
    dialog.deleteLater()
