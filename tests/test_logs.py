"""When something goes wrong it leaves a trace: the log file, and errors nobody caught shown once."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton

from csp_desk import i18n, logs
from csp_desk.gui import jobs
from csp_desk.gui.crash import CrashHandler
from csp_desk.gui.feedback import error_text
from tests.clicks import click, find_button, inspect, press

ROOT = Path(__file__).resolve().parent.parent
NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def run_cli(*args: object, state: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_STATE_HOME": str(state), **NO_KEYRING}
    return subprocess.run([sys.executable, "-m", "csp_desk", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120, env=env)  # fmt: skip


class UrlsOpened(QObject):
    """Stands in for the file manager: QDesktopServices hands it the URLs it is asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def file_manager():
    opened = UrlsOpened()
    QDesktopServices.setUrlHandler("file", opened, "open")  # type: ignore[arg-type]
    yield opened
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def log_text():
    """The window's log file, as run_gui sets it up; returns a reader of what was added since."""
    path = logs.setup("window", database="test", qt="test")
    assert path is not None and path.parent == Path(os.environ["XDG_STATE_HOME"]) / "csp-desk" / "log"
    start = path.stat().st_size

    def read() -> str:
        logs.flush()
        return path.read_bytes()[start:].decode("utf-8")

    return read


def test_the_command_line_writes_a_start_line_to_the_log_and_never_the_recovery_key(tmp_path):
    state = tmp_path / "state"
    db = tmp_path / "desk.sqlite3"
    assert run_cli("demo", "--db", db, "--clients", 2, state=state).returncode == 0
    made = run_cli("backup", "--db", db, "--out", tmp_path / "usb.cspbackup", "--encrypt", state=state)
    assert made.returncode == 0, made.stderr
    recovery = next(line.strip() for line in made.stdout.splitlines() if line.count("-") == 12)
    log = state / "csp-desk" / "log" / "csp-desk.log"
    text = log.read_text(encoding="utf-8")
    assert "start command demo" in text and "start command backup" in text
    assert f"database {db}" in text and "Python " in text and "csp-desk " in text
    assert "Qt " not in text  # the command line does not load the window's toolkit
    assert recovery not in text and recovery.replace("-", "") not in text


def test_an_error_in_a_slot_is_logged_and_shown_once_with_details(qtbot, modals, log_text, file_manager):
    i18n.install("ja")
    button = QPushButton("壊れたボタン")
    qtbot.addWidget(button)

    def broken_slot() -> None:
        raise RuntimeError("ボタンの処理が壊れた 42")

    button.clicked.connect(broken_slot)
    button.show()
    seen: list[str] = []

    def answer(dialog):
        assert dialog.objectName() == "crashDialog"
        seen.append(dialog.findChild(QLabel, "message").text())
        click(find_button(dialog, "詳細をコピー"))
        click(find_button(dialog, "ログフォルダを開く"))
        press(QDialogButtonBox.StandardButton.Close)(dialog)

    modals.expect(answer)
    threading_hook = threading.excepthook
    # pytest-qt's capture stays on: inside capture_exceptions() the handler installed chains to
    # pytest-qt's own hook, so the errors are both handled by the window's handler (logged, shown)
    # and caught here, where the test checks they are exactly the ones it caused.
    try:
        with qtbot.capture_exceptions() as caught:
            CrashHandler().install()
            click(button)
            qtbot.waitUntil(lambda: bool(seen))
            click(button)  # the same error again at once: logged, not shown again
            qtbot.wait(50)
    finally:
        threading.excepthook = threading_hook
    assert [str(exc) for _kind, exc, _tb in caught] == ["ボタンの処理が壊れた 42"] * 2
    message = seen[0]
    assert "予期しない" in message and "ボタンの処理が壊れた 42" in message
    assert "再起動" in message and "ログフォルダ" in message  # what to do
    clipboard = QGuiApplication.clipboard().text()
    assert "Traceback" in clipboard and "RuntimeError: ボタンの処理が壊れた 42" in clipboard
    assert [url.toLocalFile() for url in file_manager.urls] == [str(logs.log_file().parent)]
    text = log_text()
    assert text.count("CRITICAL") == 2 and text.count("Traceback") == 2 and "in broken_slot" in text
    assert "not shown again: RuntimeError: ボタンの処理が壊れた 42" in text


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_an_error_in_a_thread_is_logged_and_shown_in_the_window(qtbot, modals, log_text):
    i18n.install("ja")
    texts: list[str] = []

    def read(dialog):
        texts.append(dialog.findChild(QLabel, "message").text())

    modals.expect(inspect(read, press(QDialogButtonBox.StandardButton.Close)))
    threading_hook = threading.excepthook
    try:
        with qtbot.capture_exceptions() as caught:
            CrashHandler().install()

            def work() -> None:
                raise ValueError("背景の処理が止まった")

            thread = threading.Thread(target=work, name="worker-7")
            thread.start()
            thread.join()
            qtbot.waitUntil(lambda: bool(texts))
    finally:
        threading.excepthook = threading_hook
    assert not caught  # nothing reached the slot hook: it was the thread's
    assert "バックグラウンド" in texts[0] and "背景の処理が止まった" in texts[0]
    text = log_text()
    assert "uncaught error in thread worker-7" in text and "ValueError: 背景の処理が止まった" in text


def test_a_failed_job_and_its_warning_are_logged_with_the_traceback(qtbot, modals, monkeypatch, log_text):
    from csp_desk.gui.feedback import warn

    i18n.install("ja")
    monkeypatch.setattr(jobs, "INLINE", True)

    def export_that_breaks(progress):
        raise KeyError("列がない")

    job = jobs.Job(export_that_breaks)
    job.failed.connect(lambda exc: warn(None, "書き出し", exc))
    shown: list[str] = []
    modals.expect(inspect(lambda box: shown.append(box.text()), press("OK")))
    jobs.start(job)
    text = log_text()
    assert "job test_a_failed_job_and_its_warning_are_logged_with_the_traceback.<locals>" in text
    assert "export_that_breaks failed" in text and "Traceback" in text and "KeyError" in text
    assert "書き出し: " in text  # what the producer was shown
    assert "再起動" in shown[0] and "列がない" in shown[0]


def test_the_unexpected_error_message_says_what_failed_and_what_to_do():
    i18n.install("ja")
    text = error_text(ZeroDivisionError("division by zero"))
    assert "division by zero" in text and "再起動" in text and "保存" in text
    assert not text.startswith("問題が発生しました")


def test_the_log_file_rotates_and_keeps_five_older_files(tmp_path):
    import logging

    handler = logs.RotatingFile(tmp_path / "csp-desk.log", max_bytes=2_000, backups=5)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("csp_desk.test_rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for n in range(400):
            logger.warning("記録 %04d %s", n, "x" * 40)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["csp-desk.log", *(f"csp-desk.log.{n}" for n in range(1, 6))]
    assert all(p.stat().st_size <= 2_000 * 3 for p in tmp_path.iterdir())  # characters, not bytes
    assert "記録 0399" in (tmp_path / "csp-desk.log").read_text(encoding="utf-8")
    newest_old = (tmp_path / "csp-desk.log.1").read_text(encoding="utf-8").splitlines()[-1]
    current_first = (tmp_path / "csp-desk.log").read_text(encoding="utf-8").splitlines()[0]
    assert int(current_first.split()[1]) == int(newest_old.split()[1]) + 1  # nothing lost in between
