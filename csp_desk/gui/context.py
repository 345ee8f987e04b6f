"""What every page shares: the open store, the catalogue, the chosen client and one undo stack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:
    from ..domain.catalogue import Catalogue
    from ..store.db import Store


class Desk(QObject):
    """The one place pages read shared state from and announce what they changed."""

    storeOpened = Signal()
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

    def set_store(self, store: Store, catalogue: Catalogue, *, is_demo: bool = False) -> None:
        if self.store is not None and self.store is not store:
            self.store.close()
        self.store, self.catalogue, self.is_demo = store, catalogue, is_demo
        self.undo.clear()
        self.client_id, self.client_name = None, ""
        self.storeOpened.emit()
        self.clientChanged.emit(0)

    def set_client(self, client_id: int | None, name: str = "") -> None:
        if client_id == self.client_id and name == self.client_name:
            return
        if client_id != self.client_id:
            self.undo.clear()
        self.client_id, self.client_name = client_id, name
        self.clientChanged.emit(client_id or 0)
