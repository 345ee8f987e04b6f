"""`csp-desk --self-test`: does this copy work here? The window, the store, every kind of export
and the checker, on a demo database in a temporary folder; exit 0, or 1 with what failed.

It is what a support person runs on a producer's computer after installing, and what the bundle
test runs on the built bundle in a clean environment. Nothing of the producer's is read or
written: the database, settings, logs and backups live in the temporary folder (on Linux the XDG
folders point there; elsewhere only the log goes to the usual log folder). Each step runs the
same code as the window or the command line does; a step that fails is said with its reason and
the run goes on, so one report names every broken part.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

WINDOW_SECONDS = 120.0
"""How long the window may take to paint, open the database and show its clients."""


class StepFailed(Exception):
    """A step's own word on what went wrong (no traceback needed)."""


class _Run:
    def __init__(self, folder: Path):
        self.folder = folder
        self.failed: list[str] = []

    def step(self, name: str, action: Callable[[], str | None]) -> None:
        started = time.perf_counter()
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
                detail = action()
        except StepFailed as exc:
            self._fail(name, str(exc), out.getvalue())
        except BaseException as exc:  # SystemExit from argparse included: the run goes on
            if isinstance(exc, KeyboardInterrupt):
                raise
            self._fail(name, "".join(traceback.format_exception(exc)).rstrip(), out.getvalue())
        else:
            seconds = time.perf_counter() - started
            print(f"ok      {name} ({seconds:.1f} s){f': {detail}' if detail else ''}", flush=True)

    def _fail(self, name: str, reason: str, output: str) -> None:
        self.failed.append(name)
        print(f"FAILED  {name}: {reason}", flush=True)
        for line in output.strip().splitlines()[-20:]:
            print(f"        {line}", flush=True)


def _private_folders(folder: Path) -> None:
    """Settings, data, logs and caches in the temporary folder (platformdirs and Qt read these on
    Linux and the other Unix desktops; Windows and macOS have no such switch)."""
    for name, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                      ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):  # fmt: skip
        os.environ[name] = str(folder / sub)
    os.environ.pop("CSP_DESK_DB", None)


def _command(*args: object) -> int:
    """One headless command, run in this process as `csp-desk ARGS` runs it."""
    from . import cli

    return cli.run([str(a) for a in args])


def _expect(code: int, *args: object) -> None:
    result = _command(*args)
    if result != code:
        raise StepFailed(f"`csp-desk {' '.join(map(str, args))}` ended with {result}, not {code}")


def _wait(predicate: Callable[[], object], seconds: float, what: str) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise StepFailed(f"{what} within {seconds:.0f} s")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)


class _Dialogs:
    """Closes any modal dialog that opens (nobody is there to answer it) and remembers what it said:
    an unexpected dialog is a failure of the window step."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._close)
        self.timer.start()

    def _close(self) -> None:
        from PySide6.QtWidgets import QApplication

        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        text = getattr(dialog, "text", None)
        said = text() if callable(text) else ""
        self.seen.append(f"{dialog.windowTitle()}: {said}".strip(": "))
        dialog.close()

    def stop(self) -> None:
        self.timer.stop()


def _window(db: Path) -> str:
    """The window as the producer sees it: first paint, the database opened off the GUI thread,
    the clients listed, every page built and shown, then closed (backing the file up)."""
    from PySide6.QtWidgets import QApplication

    from . import i18n
    from .app import apply_palette, open_database_async
    from .gui.context import Desk
    from .gui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install(i18n.chosen_language())
    apply_palette(app, dark=False)
    errors: list[str] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda kind, value, tb: errors.append(
        "".join(traceback.format_exception(kind, value, tb))
    )  # an error in a slot: said at the end of the step
    dialogs = _Dialogs()
    started = time.perf_counter()
    try:
        window = MainWindow(Desk())
        painted: list[float] = []
        window.firstPainted.connect(lambda: painted.append(time.perf_counter() - started))
        window.resize(1280, 800)
        window.show()
        _wait(lambda: painted or errors, WINDOW_SECONDS, "the window did not paint")
        model = window.clients_page.model  # the order of app._after_first_paint
        open_database_async(window, db, demo=False)
        window.build_remaining_pages()
        _wait(lambda: window.desk.store is not None or errors or dialogs.seen, WINDOW_SECONDS,
              "the window did not open the database")  # fmt: skip
        _wait(lambda: model.rowCount() > 0 or errors or dialogs.seen, WINDOW_SECONDS,
              "the window did not list the demo clients")  # fmt: skip
        for page in range(window.ui.pages.count()):
            window.go_to(page)
            QApplication.processEvents()
        rows = model.rowCount()
        window.close()
        _wait(lambda: not window.isVisible() or errors or dialogs.seen, 30, "the window did not close")
    finally:
        dialogs.stop()
        sys.excepthook = previous_hook
    if errors:
        raise StepFailed("an error in the window:\n" + "\n".join(errors))
    if dialogs.seen:
        raise StepFailed("the window showed a message: " + " | ".join(dialogs.seen))
    if not list((db.parent / "backups").glob("*")):
        raise StepFailed("closing the window made no backup")
    return f"first paint {painted[0] * 1000:.0f} ms, {rows} clients, {window.ui.pages.count()} pages"


def _ids(db: Path) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(db)) as connection:
        order, client, work_item = connection.execute(
            "SELECT id, client_id, work_item_id FROM engagement ORDER BY id LIMIT 1"
        ).fetchone()
        workshop = connection.execute("SELECT id FROM workshop ORDER BY id LIMIT 1").fetchone()[0]
        notice = connection.execute("SELECT id FROM issued_notice ORDER BY id LIMIT 1").fetchone()[0]
    return {"order": order, "client": client, "work_item": work_item, "workshop": workshop, "notice": notice}


def _exports(db: Path, out: Path, ids: dict[str, int]) -> list[tuple[str, list[object], Path]]:
    """Every kind the command line exports (and the window exports with the same writers)."""
    return [
        ("proposal", ["--client", ids["client"]], out / "提案書.docx"),
        ("budget", ["--client", ids["client"]], out / "予算表.xlsx"),
        ("progress", ["--client", ids["client"]], out / "進捗報告書.docx"),
        ("ledger", ["--client", ids["client"]], out / "進捗管理表.xlsx"),
        ("record", ["--order", ids["order"]], out / "案件記録.xlsx"),
        ("issued-notice", ["--notice", ids["notice"]], out / "取引条件明示書.docx"),
        ("order", ["--work-item", ids["work_item"]], out / "order.json"),
        ("client", ["--client", ids["client"]], out / "client.json"),
        ("workshop-summary", ["--workshop", ids["workshop"]], out / "ワークショップ集計.xlsx"),
        ("handouts", ["--workshop", ids["workshop"]], out / "配布資料"),
        ("template", [], out / "house_style.docx"),
    ]


def _export(kind: str, options: list[object], target: Path, db: Path) -> str:
    _expect(0, "export", kind, *options, "--out", target, "--db", db)
    if target.is_dir():
        files = [p for p in target.rglob("*") if p.is_file()]
        if not files:
            raise StepFailed(f"{target.name} is empty")
        return f"{len(files)} files"
    if not target.is_file() or target.stat().st_size == 0:
        raise StepFailed(f"{target.name} was not written")
    if target.suffix in (".docx", ".xlsx"):
        import zipfile

        with zipfile.ZipFile(target) as archive:
            bad = archive.testzip()
        if bad is not None:
            raise StepFailed(f"{target.name} is a broken archive ({bad})")
    elif target.suffix == ".json":
        json.loads(target.read_text(encoding="utf-8"))
    return f"{target.name}, {target.stat().st_size:,} bytes"


def _checker(order_file: Path) -> str:
    """The compliance rules on the exported order file, as `csp-desk check --json` prints them."""
    if not order_file.is_file():
        raise StepFailed("no order file to check (the order export failed)")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = _command("check", order_file, "--json")
    if code not in (0, 1):  # 1: the rules found an error, which a demo order may have
        raise StepFailed(f"`csp-desk check` ended with {code}: the order file was not readable")
    findings = json.loads(out.getvalue())
    if findings.get("format") != "csp-desk.findings/1":
        raise StepFailed(f"unexpected output: {out.getvalue()[:200]}")
    return f"{len(findings['findings'])} findings"


def _analyser() -> str:
    """The Japanese analyser and its dictionary (the posting checks read postings with it)."""
    from .domain.language.analyser import tokens

    found = [t.lemma for t in tokens("仕事を断ります")]
    if "断る" not in found:
        raise StepFailed(f"the dictionary did not read 断ります: {found}")
    return f"{len(found)} tokens"


def _single_window(db: Path) -> str:
    """A second start hands its file to the window already open on the database (gui/instance.py):
    `csp-desk FILE --db DB` started as a second process while this one listens, as a file manager
    starts it; it must end by itself, and the file arrive here."""
    import subprocess

    from PySide6.QtWidgets import QApplication

    from .gui.instance import Listener, server_name

    name = server_name(db)
    if name is None:
        return "no private folder for the socket here: every start is a window of its own"
    listener = Listener(name)
    got: list[object] = []
    listener.given.connect(got.append)
    if not listener.listen():
        raise StepFailed(f"cannot listen on a local socket ({name})")
    file = db.parent / "handed.csp-client.json"
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "csp_desk"]
    second = subprocess.Popen([*program, str(file), "--db", str(db)], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT)  # fmt: skip
    try:
        _wait(lambda: second.poll() is not None, WINDOW_SECONDS, "the second start did not end")
        _wait(lambda: got, 10, "the open window did not receive the file")
    finally:
        if second.poll() is None:
            second.kill()
        output = second.communicate()[0].decode(errors="replace")
        QApplication.processEvents()
        listener.close()
    if second.returncode != 0 or got != [file.resolve()]:
        status = second.returncode
        raise StepFailed(f"the hand-over did not arrive (status {status}, received {got}): {output}")
    return "a second start's file reaches the open window"


def _keyring() -> str:
    """The platform's keyring backends travel with this copy (the bundle carries keyring's own
    list of them); which one answers here is said, not judged: a machine without a keyring
    service is a fact of the machine, and the window tells the producer so when it matters."""
    from importlib.metadata import entry_points

    import keyring

    names = sorted(point.name for point in entry_points(group="keyring.backends"))
    if not names:
        raise StepFailed("this copy carries no keyring backends (keyring's metadata is missing)")
    backend = keyring.get_keyring()
    return f"backends {', '.join(names)}; here: {type(backend).__module__}.{type(backend).__name__}"


def run() -> int:
    from . import __version__

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="csp-desk-self-test-"))
    _private_folders(folder)
    print(f"csp-desk {__version__} self-test in {folder}", flush=True)
    from PySide6.QtWidgets import QApplication

    # before any command: a chart drawn for a document would make a QGuiApplication, and no
    # window could be made after it
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("csp-desk")
    db = folder / "demo.sqlite3"
    out = folder / "exports"
    out.mkdir()
    test = _Run(folder)
    test.step("store: demo database", lambda: _expect(0, "demo", "--db", db, "--clients", 4, "--workers", 12))
    test.step("store: integrity and schema", lambda: _expect(0, "verify", "--db", db))
    test.step("window", lambda: _window(db))
    test.step("store: backup", lambda: _expect(0, "backup", "--db", db, "--out", folder / "copy.sqlite3"))
    ids: dict[str, int] = {}
    test.step("store: read", lambda: ids.update(_ids(db)) or f"ids {ids}")
    if ids:
        for kind, options, target in _exports(db, out, ids):
            test.step(f"export {kind}", lambda k=kind, o=options, t=target: _export(k, o, t, db))  # type: ignore[misc]
    test.step("checker", lambda: _checker(out / "order.json"))
    test.step("Japanese analyser", _analyser)
    test.step("single window", lambda: _single_window(db))
    test.step("keyring", _keyring)
    if test.failed:
        print(f"self-test FAILED: {', '.join(test.failed)} (files kept in {folder})", flush=True)
        return 1
    shutil.rmtree(folder, ignore_errors=True)
    print("self-test passed", flush=True)
    return 0
