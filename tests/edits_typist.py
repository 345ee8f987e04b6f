"""A producer at a real window: adds a client, types a note, and keeps typing until the test kills
this process with SIGKILL (the honest crash of test_unsaved_edits)."""

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from csp_desk import i18n
from csp_desk.app import open_database_async
from csp_desk.gui import jobs
from csp_desk.gui.context import Desk
from csp_desk.gui.main_window import MainWindow
from csp_desk.paths import recovery_path
from tests.clicks import click, type_into


def main() -> None:
    db, text = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([sys.argv[0]])
    jobs.INLINE = True
    i18n.install("ja")
    window = MainWindow(Desk())
    window.show()
    window.finish_setup()
    window.build_remaining_pages()
    open_database_async(window, db, demo=False)
    page = window.clients_page
    click(page.ui.newClient)
    type_into(page.ui.name, "株式会社さくら食品")
    click(page.ui.save)
    type_into(page.ui.notes, text)
    drafts = recovery_path(db)

    def written() -> None:  # the pause after typing writes the draft
        if text in (drafts.read_text(encoding="utf-8") if drafts.exists() else ""):
            json.loads(drafts.read_text(encoding="utf-8"))
            watch.stop()
            print("typed", flush=True)

    watch = QTimer(interval=50)
    watch.timeout.connect(written)
    watch.start()
    app.exec()  # typing on, until killed


if __name__ == "__main__":
    main()
