"""Run by test_projector on an offscreen platform of two screens (a laptop and a projector):
opens the projector view from the View menu as a facilitator does and prints where each window
went, as `NAME VALUE` lines."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

app = QApplication([])

from csp_desk import i18n  # noqa: E402
from csp_desk.app import open_database_async  # noqa: E402
from csp_desk.gui import jobs  # noqa: E402
from csp_desk.gui.context import Desk  # noqa: E402
from csp_desk.gui.main_window import MainWindow  # noqa: E402

i18n.install("ja")
jobs.INLINE = True
window = MainWindow(Desk())
window.move(100, 100)
window.show()
window.finish_setup()
open_database_async(window, None, demo=True)
app.processEvents()
window.ui.actionProjector.trigger()
app.processEvents()
panel = window._projector
projector = panel.projector
print("screens", len(app.screens()))
print("window_screen", window.screen().name())
print("panel_screen", panel.screen().name())
print("projector_screen", projector.screen().name())
print("projector_full_screen", projector.isFullScreen())
print("projector_frameless", bool(projector.windowFlags() & Qt.WindowType.FramelessWindowHint))
projector.toggle_full_screen()  # F11: a window with a frame to move
app.processEvents()
print("after_f11_full_screen", projector.isFullScreen())
print("after_f11_frameless", bool(projector.windowFlags() & Qt.WindowType.FramelessWindowHint))
print("panel_visible", panel.isVisible())
panel.close()
window.close()
sys.exit(0)
