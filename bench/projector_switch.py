"""How long View ▸ プロジェクター表示 takes: from triggering the action to the projector painted
with its first slide, on a database with a workshop of 20 participants. Prints `NAME VALUE` lines.

    python bench/projector_switch.py DB [--runs N]

projector_switch_ms is the first switch, which pays for importing the projector's code as well;
projector_switch_again_ms the median of the next ones, each after closing the view again."""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    db = Path(sys.argv[1])
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 7
    app = QApplication([])
    from csp_desk import app as application
    from csp_desk import i18n
    from csp_desk.gui import jobs
    from csp_desk.gui.context import Desk
    from csp_desk.gui.main_window import MainWindow

    i18n.install("ja")
    jobs.INLINE = True
    window = MainWindow(Desk())
    window.resize(1366, 768)
    window.show()
    window.finish_setup()
    application.open_database_async(window, db, demo=False)
    window.build_remaining_pages()
    for _ in range(5):
        app.processEvents()

    def switch() -> float:
        """Milliseconds from the action to the projector's first paint."""
        started = time.perf_counter()
        window.ui.actionProjector.trigger()
        panel = window._projector
        assert panel is not None, "no workshop in the database"
        deadline = started + 10
        while not panel.projector.was_painted and time.perf_counter() < deadline:
            app.processEvents()
        assert panel.projector.was_painted, "the projector never painted"
        elapsed = (time.perf_counter() - started) * 1000
        panel.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        return elapsed

    first = switch()
    times = [switch() for _ in range(runs)]
    print(f"projector_switch_ms {first:.1f}")
    print(f"projector_switch_again_ms {statistics.median(times):.1f}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
