"""Start-up: arguments, Qt, translations, style, the window — then the database, off the GUI thread."""

from __future__ import annotations

import argparse
import functools
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from . import i18n
from .paths import UI

if TYPE_CHECKING:
    from .gui.main_window import MainWindow
    from .store.lock import WriterLock

OPEN_EVENTS = sys.platform == "darwin"
"""macOS hands a file double-clicked in Finder (or dropped on the Dock icon) to the running app as
an open-file event; elsewhere the file comes as an argument."""
BENCH_ENV = "CSP_DESK_BENCH"
"""Set by the benchmark: print when the window first paints and when clients show, then quit."""

DEMO_CLIENTS = 12
DEMO_WORKERS = 40


def _database_arg(text: str) -> Path | str:
    from .cli import database_arg

    return database_arg(text)


def _default_db() -> Path | str:
    from .paths import default_db

    return default_db()


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    """The window's options, and the client file to open (`csp-desk FILE`, found as __main__
    finds it: a Qt option's value is no file)."""
    from .__main__ import file_argument

    argv = list(argv)
    file = file_argument(argv)
    if file is not None:
        argv.remove(file)
    parser = argparse.ArgumentParser(prog="csp-desk")
    parser.add_argument("--db", type=_database_arg, help="database file to open")
    parser.add_argument("--demo", action="store_true", help="open a demo database in a temporary folder")
    args, _qt_args = parser.parse_known_args(argv)
    args.file = Path(file) if file is not None else None
    return args


def _open_work(path: Path | None, demo: bool, progress, *, lock=None) -> tuple:  # type: ignore[no-untyped-def, type-arg]
    """Runs in a worker: imports the store, opens (migrating) the database, reads the catalogue.

    The window holds the database's writer lock while the store is open; `lock` is one it holds
    already (kept through a restore of its own file), else it is taken here."""
    from .domain.catalogue import Catalogue, CatalogueError, load_catalogue
    from .paths import DATA, default_db
    from .store import repo
    from .store.db import open_store
    from .store.lock import WINDOW, take

    catalogue_error = None
    try:
        catalogue = load_catalogue(DATA)
    except CatalogueError as exc:
        catalogue, catalogue_error = Catalogue(problems=(), categories=()), exc
    if demo:
        path = Path(tempfile.mkdtemp(prefix="csp-desk-demo-")) / "demo.sqlite3"
    elif path is None:
        path = default_db()  # type: ignore[assignment]
    if isinstance(path, str):  # a team server: it orders its writers itself, no lock file
        from .services.team import with_kept_password

        store = open_store(with_kept_password(path))
        try:
            with store.session() as session:
                repo.count_clients(session)
        except BaseException:
            store.close()
            raise
        return store, catalogue, catalogue_error
    if lock is None or not lock.holds(path):
        lock = take(path, WINDOW)
    try:
        store = open_store(path)
    except BaseException:
        lock.release()
        raise
    store.on_close.append(lock.release)
    try:
        if demo:
            from datetime import date

            from .services.documents import issue_demo_notices
            from .store.demo import fill_demo, fill_following, fill_notice_terms, fill_workshop

            fill_demo(store, catalogue, clients=DEMO_CLIENTS)
            fill_following(store, workers=DEMO_WORKERS)
            # two notices (one late) show the newcomer what is kept; `csp-desk demo` issues more
            issue_demo_notices(store, fill_notice_terms(store, catalogue, limit=2), date.today())
            fill_workshop(store, catalogue)
        with store.session() as session:
            repo.count_clients(session)  # touches the file now, not on the first click
    except BaseException:
        store.close()
        raise
    return store, catalogue, catalogue_error


def open_database_async(
    window: MainWindow,
    path: Path | None,
    *,
    demo: bool,
    opened_message: str = "",
    lock: WriterLock | None = None,
) -> None:
    """Opens (migrating) a database in a worker and shows it; `opened_message` goes to the status
    line once it is shown (what was done to the file, say). `lock` is the writer lock of `path`
    when the window holds it already (after restoring its own file): nobody slips in meanwhile."""
    from .gui import jobs
    from .gui.feedback import error_text

    job = jobs.Job(functools.partial(_open_work, lock=lock), path, demo)
    window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Opening the database…"))

    def opened(result: tuple) -> None:  # type: ignore[type-arg]
        store, catalogue, catalogue_error = result
        window.desk.set_store(store, catalogue, is_demo=demo)
        if opened_message:
            window.statusBar().showMessage(opened_message, 8000)
        if catalogue_error is not None:
            title = QCoreApplication.translate("MainWindow", "Catalogue")
            QMessageBox.warning(window, title, error_text(catalogue_error))

    def failed(exc: BaseException) -> None:
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("MainWindow", "The database cannot be opened"))
        box.setText(error_text(exc))
        from .paths import default_db, default_db_path
        from .store.backups import list_backups
        from .store.errors import (
            AlreadyOpen,
            ConnectionLost,
            DatabaseLocked,
            FolderGiven,
            ReadOnlyDatabase,
            ServerRefusedLogin,
            ServerUnreachable,
        )

        target = path or default_db()
        on_server = isinstance(target, str)
        if on_server and isinstance(exc, ServerRefusedLogin) and ask_team_password(window, target):
            open_database_async(window, path, demo=demo)  # signed in with the password just kept
            return
        # a database in use elsewhere is sound: restoring over it would break the other window;
        # one that cannot be written (read-only folder, full disk) is sound too, and a restore
        # could not be written either; a folder is no database to restore over. A team server's
        # database is restored by its administrator (csp-desk restore into a new database)
        sound = isinstance(exc, AlreadyOpen | DatabaseLocked | ReadOnlyDatabase | FolderGiven)
        newest = next(iter(list_backups(target)), None) if not demo and not sound and not on_server else None
        restore_button = None
        if newest is not None:
            restore_button = box.addButton(
                QCoreApplication.translate("MainWindow", "Restore the newest backup ({date})").format(
                    date=f"{newest.taken_at:%Y/%m/%d %H:%M}"
                ),
                QMessageBox.ButtonRole.AcceptRole,
            )
        retry_button = None
        if isinstance(exc, AlreadyOpen | DatabaseLocked | ServerUnreachable | ConnectionLost):
            # the other program may be done soon; the network or the server may be back
            retry_button = box.addButton(
                QCoreApplication.translate("MainWindow", "Try again"), QMessageBox.ButtonRole.AcceptRole
            )
        other_button = box.addButton(
            QCoreApplication.translate("MainWindow", "Open another file…"), QMessageBox.ButtonRole.ActionRole
        )
        demo_button = box.addButton(
            QCoreApplication.translate("MainWindow", "Open the demo database"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QCoreApplication.translate("MainWindow", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is demo_button:
            open_database_async(window, None, demo=True)
        elif retry_button is not None and clicked is retry_button:
            open_database_async(window, path, demo=demo)
        elif restore_button is not None and clicked is restore_button:
            restore_and_open(window, newest.path, target)  # type: ignore[union-attr]
        elif clicked is other_button:
            from .gui.files import ask_open_file

            chosen = ask_open_file(
                window,
                QCoreApplication.translate("MainWindow", "Open another file…"),
                QCoreApplication.translate("MainWindow", "csp-desk database (*.sqlite3)"),
                "database",
                start=default_db_path().parent if on_server else target if target.is_dir() else target.parent,
            )
            if chosen:
                open_database_async(window, Path(chosen), demo=False)
            elif window.desk.store is None:
                window.close()
        elif window.desk.store is None:
            window.close()

    job.succeeded.connect(opened)
    job.failed.connect(failed)
    jobs.start(job)


def ask_team_password(window: MainWindow, address: str) -> bool:
    """Asks the password of a team database the server refused to sign in to, and keeps it in
    the system keyring (never in a file); False when the producer cancels."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from .services import team

    if team.has_password(address):
        return False  # the address carries its own (a script's): asking would not change it
    text, ok = QInputDialog.getText(
        window,
        QCoreApplication.translate("MainWindow", "Sign in to the team database"),
        QCoreApplication.translate(
            "MainWindow", "Password for {address}\n(kept in the system keyring, never in a file)"
        ).format(address=team.shown_address(address)),
        QLineEdit.EchoMode.Password,
    )
    if not ok or not text:
        return False
    team.keep_password(address, text)
    return True


def restore_and_open(window: MainWindow, backup: Path, target: Path) -> None:
    """Puts a backup in place of a database that cannot be opened (kept aside first), then opens
    it; the window takes the writer lock first and keeps it from the restore to the opening."""
    from .gui.feedback import warn
    from .store.backups import restore
    from .store.lock import WINDOW, take

    try:
        lock = take(target, WINDOW)
    except Exception as exc:
        warn(window, QCoreApplication.translate("MainWindow", "Restore a backup"), exc)
        return
    try:
        restore(backup, target, lock=lock)
    except Exception as exc:
        lock.release()
        warn(window, QCoreApplication.translate("MainWindow", "Restore a backup"), exc)
        return
    open_database_async(window, target, demo=False, lock=lock)


PALETTE_ENV = "CSP_DESK_PALETTE"
"""'light' or 'dark' forces a palette; otherwise the system's colour scheme is followed."""

_light_style: tuple[str, object] | None = None
_dark_now: bool | None = None


def wants_dark(app: QApplication) -> bool:
    """Whether the system (or CSP_DESK_PALETTE) asks for a dark palette."""
    forced = os.environ.get(PALETTE_ENV, "").lower()
    if forced in ("light", "dark"):
        return forced == "dark"
    from PySide6.QtCore import Qt

    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> object:
    """A calm dark palette for Qt's Fusion style: text stays well above 4.5:1 on its background."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for which, colour in (
        (role.Window, "#23272e"), (role.WindowText, "#e6e9ef"), (role.Base, "#1b1e24"),
        (role.AlternateBase, "#262a31"), (role.ToolTipBase, "#2d323b"), (role.ToolTipText, "#e6e9ef"),
        (role.PlaceholderText, "#8f98a6"), (role.Text, "#e6e9ef"), (role.Button, "#2d323b"),
        (role.ButtonText, "#e6e9ef"), (role.BrightText, "#ff6b6b"), (role.Light, "#3a404b"),
        (role.Midlight, "#333842"), (role.Mid, "#2a2e36"), (role.Dark, "#15171b"), (role.Shadow, "#0b0c0e"),
        (role.Highlight, "#3d6fb6"), (role.HighlightedText, "#ffffff"), (role.Link, "#8ab4f8"),
        (role.LinkVisited, "#c58af9"),
    ):  # fmt: skip
        palette.setColor(which, QColor(colour))
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, which, QColor("#7d8591"))
    palette.setColor(group.Disabled, role.Base, QColor("#22252b"))
    palette.setColor(group.Disabled, role.Button, QColor("#262a31"))
    return palette


def apply_palette(app: QApplication, dark: bool | None = None) -> bool:
    """Light or dark: the dark one is Qt's Fusion style with `dark_palette`, the light one the
    platform's own; the style sheet follows. `dark` None: as the system asks. Returns whether dark."""
    global _light_style
    if dark is None:
        dark = wants_dark(app)
    if _light_style is None:
        _light_style = (app.style().name(), app.palette())
    if dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())  # type: ignore[arg-type]
    else:
        app.setStyle(_light_style[0])
        app.setPalette(_light_style[1])  # type: ignore[arg-type]
    _load_style(app, dark)
    global _dark_now
    _dark_now = dark
    return dark


def _looks_dark(app: QApplication) -> bool:
    """Before the first paint: a forced palette, or the platform's own palette if it is dark
    already. Asking the style hints for the colour scheme costs ~20 ms (Qt's enums are made on
    first use), so follow_color_scheme asks once the window shows."""
    forced = os.environ.get(PALETTE_ENV, "").lower()
    if forced in ("light", "dark"):
        return forced == "dark"
    return app.palette().window().color().lightness() < 128


def follow_color_scheme(app: QApplication) -> None:
    """Follows the system's colour scheme from now on (unless a palette is forced): switches now
    if it differs from what the window started with, and whenever it changes."""
    if os.environ.get(PALETTE_ENV, "").lower() in ("light", "dark"):
        return

    def follow() -> None:
        if wants_dark(app) != _dark_now:
            apply_palette(app)

    follow()
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: follow())


def _load_style(app: QApplication, dark: bool = False) -> None:
    """ui/style.qss, with ui/style_dark.qss's colours over it on a dark palette."""
    style = UI / "style.qss"
    text = style.read_text(encoding="utf-8") if style.exists() else ""
    dark_style = UI / "style_dark.qss"
    if dark and dark_style.exists():
        text += "\n" + dark_style.read_text(encoding="utf-8")
    app.setStyleSheet(text)


def _bench_hooks(window: MainWindow, started: float) -> None:
    def say(what: str) -> None:
        print(f"{what} {time.perf_counter() - started:.4f}", flush=True)

    window.firstPainted.connect(lambda: say("painted"))

    def page_built(page: object) -> None:
        if page is not window.clients_page:
            return
        model = window.clients_page.model

        def rows_shown() -> None:
            if model.rowCount() > 0:
                QTimer.singleShot(0, lambda: (say("ready"), QApplication.quit()))

        model.modelReset.connect(rows_shown)

    window.pageBuilt.connect(page_built)


def _install_crash_handler(bench: bool) -> None:
    """An error nobody caught, in a slot or a thread, is logged and shown to the producer once
    instead of vanishing or killing the window (gui/crash.py)."""
    from .gui.crash import CrashHandler

    CrashHandler(bench=bench).install()


def run_gui(argv: Sequence[str]) -> int:
    started = time.perf_counter()
    args = _parse(argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("csp-desk")
    app.setOrganizationName(i18n.SETTINGS_ORG)
    app.setDesktopFileName("csp-desk")  # Wayland: the window is the desktop entry's (its name, its icon)
    from .gui import language

    language.carry_over()
    i18n.install(i18n.chosen_language())
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from . import logs

    qt = f"{qVersion()} (PySide6 {pyside_version})"
    database = args.db or _default_db()
    if isinstance(database, str):
        from .services.team import shown_address

        try:
            database = shown_address(database)  # never a password in the log
        except Exception:  # a mistyped address is said once the window is up
            database = "(a team database address that is not a usable one)"
    logs.setup("window", database="demo" if args.demo else database, qt=qt)
    from .gui import instance

    name = None if args.demo else instance.server_name(database)
    if instance.hand_over(name, args.file):
        return 0  # the window already open on this database came to the front and reads the file
    _install_crash_handler(bool(os.environ.get(BENCH_ENV)))
    apply_palette(app, dark=_looks_dark(app))  # the system's scheme is asked after the first paint

    from .gui.context import Desk
    from .gui.main_window import MainWindow

    desk = Desk()
    window = MainWindow(desk)
    if os.environ.get(BENCH_ENV):
        _bench_hooks(window, started)
    window.firstPainted.connect(lambda: QTimer.singleShot(0, lambda: _after_first_paint(window, args)))
    if name is not None:  # once the database is open: nothing of it before the window is ready
        window.desk.storeSettled.connect(lambda: _listen(window, name))
    files = _FilesOpened(window) if OPEN_EVENTS else None
    if files is not None:  # an application's filter sees every event of every widget: macOS only
        app.installEventFilter(files)
    _show_fitting_the_screen(window, app)
    try:
        return app.exec()
    finally:
        if files is not None:
            app.removeEventFilter(files)
        window.stop_listening()


def _listen(window: MainWindow, name: str) -> None:
    """Once the database is open: a second start on this database hands its file to this window."""
    from .gui.instance import Listener

    if window.listener is not None:
        return
    listener = Listener(name, window)
    if listener.listen():
        listener.given.connect(window.take_file)
        window.listener = listener


class _FilesOpened(QObject):
    """macOS: Finder's "open with" and a file dropped on the Dock icon arrive as a FileOpen event,
    read as a file given at start is read."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self._window.take_file(Path(event.file()))
            return True
        return False


def _show_fitting_the_screen(window: MainWindow, app: QApplication) -> None:
    """1280×800 where the screen has room; on a smaller one (a workshop projector at 1024×768)
    the window is shown maximized instead of running off the screen's edges."""
    screen = app.primaryScreen()
    free = screen.availableGeometry() if screen is not None else None
    if free is not None and (free.width() < 1280 or free.height() < 800):
        window.setGeometry(free)
        window.showMaximized()
    else:
        window.resize(1280, 800)
        window.show()


def _after_first_paint(window: MainWindow, args: argparse.Namespace) -> None:
    """Shows the first clients straight from the file, then loads the store in a worker."""
    follow_color_scheme(QApplication.instance())  # type: ignore[arg-type]
    page = window.clients_page
    window.own_db = args.db
    path = None
    if not args.demo:
        from .store.files import first_clients

        path = args.db or _default_db()
        rows = first_clients(path) if isinstance(path, Path) else []  # a server's come with the store
        if rows:
            page.show_rows(rows)
    if args.file is not None:
        window.take_file(args.file)
    open_database_async(window, path, demo=args.demo)
    QTimer.singleShot(0, window.build_remaining_pages)
