"""Undoable edits of the breakdown: each writes through the store, then announces the change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from .context import Desk
from .feedback import warn


class StoreCommand(QUndoCommand):
    """`do` and `undo` each run one short store session; every page refreshes from the signal.

    A step that fails (a locked database, say) is reported and dropped from the stack, so the
    stack never claims a change the database does not hold.
    """

    def __init__(
        self,
        desk: Desk,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        *,
        done: bool = False,
    ):
        super().__init__(text)
        self.desk, self._do, self._undo = desk, do, undo
        self._done = done
        """`do` already ran (and succeeded) before the push: the push's own redo only refreshes."""

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except Exception as exc:
            self.setObsolete(True)
            title = QCoreApplication.translate("BreakdownPage", "Breakdown")
            warn(QApplication.activeWindow(), title, exc)
        self.desk.changed.emit("breakdown")

    def redo(self) -> None:
        if self._done:
            self._done = False
            self.desk.changed.emit("breakdown")
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)
