"""The yardstick: a bare PySide6 window that shows, paints once, says so and quits."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
spy = _FirstPaint()
window.installEventFilter(spy)
window.show()
sys.exit(app.exec())
