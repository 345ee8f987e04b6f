"""Test set-up: headless Qt, a private home for settings, translations built once."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="csp-desk-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_CACHE_HOME"] = str(_HOME / "cache")
os.environ["XDG_STATE_HOME"] = str(_HOME / "state")  # the log folder
os.environ["XDG_RUNTIME_DIR"] = str(_HOME / "run")  # a window's socket for a second start (gui/instance.py)
os.environ.pop("CSP_DESK_DB", None)

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

# Property tests judge what the code does, not how fast a busy machine draws examples: on a loaded
# 2-CPU CI machine a draw took 1.1 s and the too_slow health check failed a test that passes.
settings.register_profile("loaded", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("loaded")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def modals(qapp):
    """Modal dialogs answered through their own buttons, as the test arranged beforehand
    (`modals.expect(press("はい"))`); one nobody expected fails the test, and is closed so the
    run never hangs waiting for a click that will not come."""
    from tests.clicks import Modals

    answering = Modals()
    yield answering
    answering.stop()
    assert not answering.unexpected, f"unexpected dialogs: {answering.unexpected}"
    assert not answering.pending, f"{answering.pending} expected dialog(s) never appeared"


@pytest.fixture(autouse=True, scope="session")
def _one_qapplication(qapp):
    """A QApplication before anything else: a chart drawn for a document would otherwise make a
    QGuiApplication first, and no window could be made after it (whichever order tests run in)."""
    return qapp


@pytest.fixture(scope="session")
def catalogue():
    from csp_desk.domain.catalogue import load_catalogue
    from csp_desk.paths import DATA

    return load_catalogue(DATA)


ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc):
    """A module that sets `BOTH_ENGINES = True` runs its store tests on SQLite and on PostgreSQL
    (the server `tools/test_postgres.sh` starts; `.ci/run` does)."""
    if getattr(metafunc.module, "BOTH_ENGINES", False) and "db_engine" in metafunc.fixturenames:
        marked = metafunc.definition.get_closest_marker
        engines = ENGINES
        if marked("sqlite_only") or marked("postgresql_only"):
            engines = ("sqlite",) if marked("sqlite_only") else ("postgresql",)
        metafunc.parametrize("db_engine", engines, indirect=True)


@pytest.fixture
def db_engine(request):
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def postgres():
    """The test server's databases: each test gets a new one, copied from a migrated template."""
    from tests.postgres import Server

    server = Server.from_environment()
    yield server
    server.close()


@pytest.fixture
def database(db_engine, tmp_path, request):
    """Where a test's new database is: a SQLite file, or a new database on the test server."""
    if db_engine == "sqlite":
        yield tmp_path / "test.sqlite3"
        return
    server = request.getfixturevalue("postgres")
    url = server.new_database()
    yield url
    server.drop(url)


@pytest.fixture
def store(database):
    from csp_desk.store.db import open_store

    opened = open_store(database)
    yield opened
    opened.close()


@pytest.fixture
def demo_store(store, catalogue):
    from datetime import date

    from csp_desk.store.demo import fill_demo

    fill_demo(store, catalogue, clients=4, today=date(2026, 11, 26))
    return store


@pytest.fixture
def demo_window(qtbot, monkeypatch):
    """The window on the demo database, every page built, in Japanese, jobs run inline."""
    from csp_desk import i18n
    from csp_desk.app import open_database_async
    from csp_desk.gui import jobs
    from csp_desk.gui.context import Desk
    from csp_desk.gui.main_window import MainWindow

    monkeypatch.setattr(jobs, "INLINE", True)
    i18n.install("ja")
    desk = Desk()
    win = MainWindow(desk)
    win.show()
    win.finish_setup()
    win.build_remaining_pages()
    open_database_async(win, None, demo=True)
    assert desk.store is not None
    yield win
    for editor in win.desk.editors():  # closing with unsaved edits asks; a test has nobody to answer
        editor.discard_edits()
    win.close()
    win.deleteLater()


@pytest.fixture
def window_on_file(qtbot, tmp_path, monkeypatch):
    """The window on a new database file of its own, every page built, in Japanese, jobs inline."""
    from csp_desk import i18n
    from csp_desk.app import open_database_async
    from csp_desk.gui import jobs
    from csp_desk.gui.context import Desk
    from csp_desk.gui.main_window import MainWindow

    monkeypatch.setattr(jobs, "INLINE", True)
    i18n.install("ja")
    desk = Desk()
    win = MainWindow(desk)
    win.show()
    win.finish_setup()  # the app does these two right after the first paint
    win.build_remaining_pages()
    open_database_async(win, tmp_path / "gui.sqlite3", demo=False)
    assert desk.store is not None
    yield win
    # closing with unsaved edits asks the producer what to do; a test has nobody to answer
    for editor in win.desk.editors():
        editor.discard_edits()
    win.close()
    win.deleteLater()


@pytest.fixture
def started(qapp, monkeypatch):
    """Runs `csp-desk ARGS` in this process (jobs inline), as a person's desktop starts it, until its
    database is open and the expected message boxes were answered — and, when `meanwhile` is given,
    until `meanwhile(window)` (called on each turn of the event loop) says it is done; then closes the
    window as a person does. Returns (exit status, the clients it listed)."""
    import threading

    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtWidgets import QApplication

    from csp_desk.gui import jobs

    monkeypatch.setattr(jobs, "INLINE", True)
    # what run_gui sets for the whole process is put back after the test
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    # the window's closing would post a Quit event that outlives this exec() and ends the next
    # test's dialogs at once: here the test ends the event loop itself (QApplication.quit)
    qapp.setQuitOnLastWindowClosed(False)

    def run(modals, *args: str, meanwhile=None) -> tuple[int, list[str]]:  # type: ignore[no-untyped-def]
        from csp_desk.__main__ import main
        from csp_desk.gui.main_window import MainWindow

        seen: dict[str, object] = {}
        turns = [0]

        def turn() -> None:
            turns[0] += 1
            shown = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
            window = shown[0] if shown else None
            settled = window is not None and window.desk.store is not None and window._job is None
            # `meanwhile` runs while a message box is still expected (it may be what brings it)
            done = settled and (meanwhile(window) if meanwhile else bool(modals.seen)) and not modals.pending
            if not done and turns[0] < 3000:  # 60 s at most
                return
            timer.stop()
            if window is not None:
                model = window.clients_page.ui.clients.model()
                seen["clients"] = [str(model.index(r, 0).data()) for r in range(model.rowCount())]
                window.close()
            QApplication.quit()

        timer = QTimer()
        timer.setInterval(20)
        timer.timeout.connect(turn)
        timer.start()
        status = main(list(args))
        timer.stop()
        QCoreApplication.removePostedEvents(qapp, QEvent.Type.Quit)
        return status, seen.get("clients", [])  # type: ignore[return-value]

    yield run
    qapp.setQuitOnLastWindowClosed(True)
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)


@pytest.fixture
def client_file(demo_store, tmp_path):
    """A client file as another desk writes it (File ▸ 顧客ファイルを書き出す…), and the client's name."""
    from datetime import date

    from csp_desk.services.client_files import write_client_file
    from csp_desk.store import repo

    with demo_store.session() as session:
        client = repo.list_clients(session)[0]
    out = tmp_path / "受け取った" / f"顧客ファイル_{client.name}.csp-client.json"
    out.parent.mkdir()
    write_client_file(demo_store, client.id, out, date(2026, 11, 26))
    return out, client.name
