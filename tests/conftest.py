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


@pytest.fixture
def store(tmp_path):
    from csp_desk.store.db import open_store

    opened = open_store(tmp_path / "test.sqlite3")
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
