"""Run by test_store with the permissions of an ordinary user: opens a database the way the
window does (lock, open, a first read) and, asked to, saves a client; prints what the producer
would be told, in Japanese, and the client count the file holds."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

app = QApplication([])

from csp_desk import i18n  # noqa: E402
from csp_desk.app import _open_work  # noqa: E402
from csp_desk.domain.client import ClientDraft  # noqa: E402
from csp_desk.gui.feedback import error_text  # noqa: E402
from csp_desk.store import repo  # noqa: E402

i18n.install("ja")
action, path = sys.argv[1], Path(sys.argv[2])
try:
    store, _catalogue, _error = _open_work(path, False, lambda done, total: None)
except Exception as exc:
    print("refused", type(exc).__name__, error_text(exc), sep="\n")
    sys.exit(0)
print("opened")
if action == "save":
    try:
        with store.session() as session:
            repo.save_client(session, ClientDraft(name="株式会社新規"))
        print("saved")
    except Exception as exc:
        print("refused", type(exc).__name__, error_text(exc), sep="\n")
with store.session() as session:
    print("clients", repo.count_clients(session))
store.close()
