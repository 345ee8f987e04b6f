"""How the posting editor answers while its live checklist reads a long description. Prints
`NAME VALUE` lines.

    python bench/posting_typing.py DB

The editor opens on the first work item of DB with the analyser warm, the checks in their worker
(as in the producer's window). A timer on the GUI thread ticks every 5 ms; the longest gap between
ticks is how long the window did not answer.

- posting_long_paste_ms: a 20,000-character description pasted, until the checklist shows its finding;
- posting_long_paste_stall_ms: the longest the window did not answer meanwhile;
- posting_typing_stall_ms: typing 20 characters, one every 80 ms, at the end of that description,
  and the check after them: the longest the window did not answer.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LONG = "商品ページの紹介文を、写真に合わせて一点ずつ書いていただきます。" * 640  # 20,480 characters
SIGNAL = "作業中は画面を常に共有していただきます。"


def main() -> int:
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtGui import QGuiApplication, QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    db = Path(sys.argv[1])
    app = QApplication([])
    from csp_desk import app as application
    from csp_desk import i18n
    from csp_desk.gui import jobs
    from csp_desk.gui.context import Desk
    from csp_desk.gui.main_window import MainWindow
    from csp_desk.store.models import WorkItem

    i18n.install("ja")
    window = MainWindow(Desk())
    window.show()
    window.finish_setup()
    jobs.INLINE = True  # the database opens before anything is measured
    application.open_database_async(window, db, demo=False)
    jobs.INLINE = False  # the checklist's worker runs on its thread, as in the producer's window
    from csp_desk.gui.main_window import _warm

    _warm()
    assert window.desk.store is not None
    with window.desk.store.session() as session:
        item_id = session.scalars(select(WorkItem.id).order_by(WorkItem.id)).first()
    dialog = window.breakdown_page.posting_dialog(item_id)
    dialog.resize(1366, 768)
    dialog.show()
    for _ in range(20):
        app.processEvents()

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer(interval=5)
    ticker.timeout.connect(tick)

    def wait_for(condition, seconds: float = 60) -> None:  # type: ignore[no-untyped-def]
        deadline = time.perf_counter() + seconds
        while not condition():
            if time.perf_counter() > deadline:
                raise SystemExit("the checklist never came up to date")
            app.processEvents()
            time.sleep(0.001)
        until = time.perf_counter() + 0.05  # a tick after the last event: a block just before counts
        while time.perf_counter() < until:
            app.processEvents()
            time.sleep(0.001)

    def posted_13() -> bool:
        return any(f.rule == "POST-13" for f in dialog.findings) and dialog._job is None

    editor = dialog.ui.description
    for tab in range(dialog.ui.tabs.count()):
        if dialog.ui.tabs.widget(tab).isAncestorOf(editor):
            dialog.ui.tabs.setCurrentIndex(tab)
    editor.setFocus()
    QGuiApplication.clipboard().setText(LONG + SIGNAL)
    last[0] = clock.elapsed()
    ticker.start()
    started = time.perf_counter()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    wait_for(posted_13)
    paste_ms = (time.perf_counter() - started) * 1000
    paste_stall = max(gaps)

    gaps.clear()
    last[0] = clock.elapsed()
    for char in "写真は弊社でご用意します。入稿は毎週です":
        commit = QInputMethodEvent()  # what an input method sends for each character it commits
        commit.setCommitString(char)
        QApplication.sendEvent(editor, commit)
        until = time.perf_counter() + 0.08
        while time.perf_counter() < until:
            app.processEvents()
            time.sleep(0.001)
    before = dialog._edit_count
    wait_for(lambda: posted_13() and dialog._checked_count == before)
    typing_stall = max(gaps)
    ticker.stop()
    print(f"posting_long_paste_ms {paste_ms:.1f}")
    print(f"posting_long_paste_stall_ms {paste_stall:.1f}")
    print(f"posting_typing_stall_ms {typing_stall:.1f}")
    dialog.discard_edits()
    dialog.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
