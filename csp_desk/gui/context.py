"""What every page shares: the open store, the catalogue, the chosen client and one undo stack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:
    from ..domain.catalogue import Catalogue
    from ..store.db import Store
    from .edits import Drafts, Editor


class Desk(QObject):
    """The one place pages read shared state from and announce what they changed."""

    storeOpened = Signal()
    storeSettled = Signal()
    """Emitted once every page has taken the new store (the time to offer recovered drafts)."""
    clientChanged = Signal(int)
    changed = Signal(str)
    """Emitted with what changed: "clients", "consultations", "breakdown" or "profile"."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.store: Store | None = None
        self.catalogue: Catalogue | None = None
        self.client_id: int | None = None
        self.client_name = ""
        self.is_demo = False
        self.undo = QUndoStack(self)
        self.drafts: Drafts | None = None
        """The recovery drafts of the open database (None for the demo, which is thrown away)."""
        self._editors: list[Editor] = []

    def register_editor(self, editor: Editor) -> None:
        """A page or dialog with a form: asked before quitting, switching database or client."""
        if editor not in self._editors:
            self._editors.append(editor)

    def unregister_editor(self, editor: Editor) -> None:
        if editor in self._editors:
            self._editors.remove(editor)

    def editors(self) -> list[Editor]:
        return list(self._editors)

    def set_store(self, store: Store, catalogue: Catalogue, *, is_demo: bool = False) -> None:
        if self.store is not None and self.store is not store:
            self.store.close()
        self.store, self.catalogue, self.is_demo = store, catalogue, is_demo
        self.undo.clear()
        self.client_id, self.client_name = None, ""
        self.drafts = None  # the pages' empty forms must not drop the drafts still to be offered
        self.storeOpened.emit()
        self.clientChanged.emit(0)
        if not is_demo:
            from .edits import Drafts

            self.drafts = Drafts(store.path or store.where)  # a team database: by its address
        self.storeSettled.emit()

    def set_client(self, client_id: int | None, name: str = "") -> None:
        if client_id == self.client_id and name == self.client_name:
            return
        if client_id != self.client_id:
            self.undo.clear()
        self.client_id, self.client_name = client_id, name
        self.clientChanged.emit(client_id or 0)
