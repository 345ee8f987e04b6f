"""Facts about the stack the app relies on, checked where they once failed."""

import sys

from PySide6.QtWidgets import QApplication, QPushButton


def test_qt_calls_that_return_nothing_keep_pythons_none_alive(qapp):
    """PySide6 6.12.0 dropped a reference to None on every call returning nothing (setText,
    click, processEvents …): under Python 3.11 the window aborted after some thousand calls
    ("deallocating None"). The window makes that many in minutes of use."""
    button = QPushButton()
    before = sys.getrefcount(None)
    for _ in range(1000):  # few enough that the old version fails here instead of aborting
        button.setText("保存")
        QApplication.processEvents()
    assert sys.getrefcount(None) >= before - 100
