"""The dashboard's figures: orders by state, what is late and due soon, escrow held, budget against
actual per client, and the series for its charts (read side by side on their own connections)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..store.db import Store


def dashboard(store: Store, today: date, client_id: int | None = None) -> Any:
    from ..store.dashboard import load_dashboard_parallel

    return load_dashboard_parallel(store, today, client_id)
