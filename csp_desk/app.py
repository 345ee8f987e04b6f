"""Start-up: arguments, Qt, translations, style, the window — then the database, off the GUI thread."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from . import i18n
from .paths import UI

if TYPE_CHECKING:
    from .gui.main_window import MainWindow

BENCH_ENV = "CSP_DESK_BENCH"
"""Set by the benchmark: print when the window first paints and when clients show, then quit."""

DEMO_CLIENTS = 12
DEMO_WORKERS = 40


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="csp-desk")
    parser.add_argument("--db", type=Path, help="database file to open")
    parser.add_argument("--demo", action="store_true", help="open a demo database in a temporary folder")
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def _open_work(path: Path | None, demo: bool, progress) -> tuple:  # type: ignore[no-untyped-def, type-arg]
    """Runs in a worker: imports the store, opens (migrating) the database, reads the catalogue."""
    from .domain.catalogue import Catalogue, CatalogueError, load_catalogue
    from .paths import DATA, default_db_path
    from .store import repo
    from .store.db import open_store

    catalogue_error = None
    try:
        catalogue = load_catalogue(DATA)
    except CatalogueError as exc:
        catalogue, catalogue_error = Catalogue(problems=(), categories=()), exc
    if demo:
        path = Path(tempfile.mkdtemp(prefix="csp-desk-demo-")) / "demo.sqlite3"
    elif path is None:
        path = default_db_path()
    release = _lock(path)
    try:
        store = open_store(path)
    except BaseException:
        release()
        raise
    store.on_close.append(release)
    try:
        if demo:
            from .store.demo import fill_demo, fill_following

            fill_demo(store, catalogue, clients=DEMO_CLIENTS)
            fill_following(store, workers=DEMO_WORKERS)
        with store.session() as session:
            repo.count_clients(session)  # touches the file now, not on the first click
    except BaseException:
        store.close()
        raise
    return store, catalogue, catalogue_error


def _lock(path: Path):  # type: ignore[no-untyped-def]
    """Only one instance writes a database: a lock file beside it (a crashed holder's lock is
    recognised as stale and taken over). Returns the release function."""
    from PySide6.QtCore import QLockFile

    from .store.errors import AlreadyOpen, ReadOnlyDatabase

    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise ReadOnlyDatabase() from exc
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        if lock.error() == QLockFile.LockError.LockFailedError:
            raise AlreadyOpen(path=str(path))
        raise ReadOnlyDatabase()  # no lock can be written beside it: a read-only folder or a full disk
    return lock.unlock


def open_database_async(window: MainWindow, path: Path | None, *, demo: bool) -> None:
    from .gui import jobs
    from .gui.feedback import error_text

    job = jobs.Job(_open_work, path, demo)
    window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Opening the database…"))

    def opened(result: tuple) -> None:  # type: ignore[type-arg]
        store, catalogue, catalogue_error = result
        window.desk.set_store(store, catalogue, is_demo=demo)
        if catalogue_error is not None:
            title = QCoreApplication.translate("MainWindow", "Catalogue")
            QMessageBox.warning(window, title, error_text(catalogue_error))

    def failed(exc: BaseException) -> None:
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("MainWindow", "The database cannot be opened"))
        box.setText(error_text(exc))
        from .paths import default_db_path
        from .store.backups import list_backups
        from .store.errors import AlreadyOpen, DatabaseLocked, ReadOnlyDatabase

        target = path or default_db_path()
        # a database in use elsewhere is sound: restoring over it would break the other window;
        # one that cannot be written (read-only folder, full disk) is sound too, and a restore
        # could not be written either
        sound = isinstance(exc, AlreadyOpen | DatabaseLocked | ReadOnlyDatabase)
        newest = next(iter(list_backups(target)), None) if not demo and not sound else None
        restore_button = None
        if newest is not None:
            restore_button = box.addButton(
                QCoreApplication.translate("MainWindow", "Restore the newest backup ({date})").format(
                    date=f"{newest.taken_at:%Y/%m/%d %H:%M}"
                ),
                QMessageBox.ButtonRole.AcceptRole,
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
        elif restore_button is not None and clicked is restore_button:
            restore_and_open(window, newest.path, target)  # type: ignore[union-attr]
        elif clicked is other_button:
            from PySide6.QtWidgets import QFileDialog

            chosen, _ = QFileDialog.getOpenFileName(
                window,
                QCoreApplication.translate("MainWindow", "Open another file…"),
                str(target.parent),
                QCoreApplication.translate("MainWindow", "csp-desk database (*.sqlite3)"),
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


def restore_and_open(window: MainWindow, backup: Path, target: Path) -> None:
    """Puts a backup in place of a database that cannot be opened (kept aside first), then opens it."""
    from .gui.feedback import warn
    from .store.backups import restore

    try:
        restore(backup, target)
    except Exception as exc:
        warn(window, QCoreApplication.translate("MainWindow", "Restore a backup"), exc)
        return
    open_database_async(window, target, demo=False)


def _load_style(app: QApplication) -> None:
    style = UI / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))


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
    i18n.install(i18n.chosen_language())
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from . import logs
    from .paths import default_db_path

    qt = f"{qVersion()} (PySide6 {pyside_version})"
    logs.setup("window", database="demo" if args.demo else args.db or default_db_path(), qt=qt)
    _install_crash_handler(bool(os.environ.get(BENCH_ENV)))
    _load_style(app)

    from .gui.context import Desk
    from .gui.main_window import MainWindow

    desk = Desk()
    window = MainWindow(desk)
    if os.environ.get(BENCH_ENV):
        _bench_hooks(window, started)
    window.resize(1280, 800)
    window.firstPainted.connect(lambda: QTimer.singleShot(0, lambda: _after_first_paint(window, args)))
    window.show()
    return app.exec()


def _after_first_paint(window: MainWindow, args: argparse.Namespace) -> None:
    """Shows the first clients straight from the file, then loads the store in a worker."""
    page = window.clients_page
    window.own_db = args.db
    path = None
    if not args.demo:
        from .paths import default_db_path
        from .store.files import first_clients

        path = args.db or default_db_path()
        rows = first_clients(path)
        if rows:
            page.show_rows(rows)
    open_database_async(window, path, demo=args.demo)
    QTimer.singleShot(0, window.build_remaining_pages)
