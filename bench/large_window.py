"""The window on a large database: how long each list takes to show its first screen, how long
the dashboard takes to refresh, and the memory the process needs. Prints `NAME VALUE` lines.

    python bench/large_window.py DB [--runs N]
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _own_peak_kb() -> float:
    """This process's own peak resident memory. ru_maxrss is not it on Linux: a child keeps the
    peak of the parent it was forked from across exec (684 MB reported when the bench had just
    built the large database); VmHWM belongs to the address space exec made."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return float(line.split()[1])
    except OSError:
        pass
    peak = float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    return peak / 1024 if sys.platform == "darwin" else peak  # bytes on macOS, KiB elsewhere


def main() -> int:
    from PySide6.QtWidgets import QApplication, QTableView

    db: Path | str = sys.argv[1] if "://" in sys.argv[1] else Path(sys.argv[1])  # a file, or a team server
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
    app = QApplication([])
    from sqlalchemy import func, select

    from csp_desk import app as application
    from csp_desk import i18n
    from csp_desk.gui import jobs
    from csp_desk.gui.context import Desk
    from csp_desk.gui.dashboard_page import _load
    from csp_desk.gui.main_window import MainWindow
    from csp_desk.store.models import ContactEntry

    i18n.install("ja")
    jobs.INLINE = True  # the dashboard's worker runs in this thread so its time is measured
    window = MainWindow(Desk())
    window.resize(1400, 900)
    window.show()
    window.finish_setup()
    application.open_database_async(window, db, demo=False)
    desk = window.desk
    assert desk.store is not None
    window.build_remaining_pages()
    app.processEvents()

    def first_screen(view: QTableView, load: Callable[[], object]) -> float:
        """Milliseconds to query the list and paint its first screen."""
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            load()
            view.viewport().repaint()
            times.append((time.perf_counter() - started) * 1000)
        return statistics.median(times)

    clients = window.clients_page
    window.go_to(0)
    lists = {"clients": first_screen(clients.ui.clients, clients.refresh)}
    with desk.store.session() as session:
        busiest = session.execute(
            select(ContactEntry.engagement_id, func.count())
            .group_by(ContactEntry.engagement_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()[0]
    window.go_to(4)
    workers = window.workers_page
    lists["workers"] = first_screen(workers.ui.workers, workers.refresh)
    workers.model.sort(0)  # by kana, in SQL
    lists["workers_sorted_by_rating"] = first_screen(workers.ui.workers, lambda: workers.model.sort(4))
    workers.ui.search.setText("佐藤")
    lists["workers_search"] = first_screen(workers.ui.workers, workers.refresh)
    window.go_to(3)
    orders = window.orders_page
    orders.ui.stateFilter.setCurrentIndex(1)  # all orders
    lists["orders"] = first_screen(orders.ui.orders, orders.refresh)
    orders.ui.stateFilter.setCurrentIndex(0)  # open ones
    lists["orders_open"] = first_screen(orders.ui.orders, orders.refresh)
    lists["order_detail_with_contacts"] = first_screen(orders.ui.contacts, lambda: orders.load(busiest))
    for name, value in lists.items():
        print(f"list_{name}_ms {value:.1f}")
    print(f"list_first_screen_ms {max(lists.values()):.1f}")

    window.go_to(5)
    board = window.dashboard_page
    today = date.today()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        board.show_board(_load(desk.store, today, None))
        board.ui.statesChart.repaint()
        times.append((time.perf_counter() - started) * 1000)
    print(f"dashboard_first_ms {times[0]:.1f}")
    print(f"dashboard_ms {statistics.median(times):.1f}")
    print(f"rss_large_mb {_own_peak_kb() / 1024:.0f}")
    desk.store.close()
    sys.stdout.flush()
    os._exit(0)  # the figures are out; skip tearing down Qt and the pages


if __name__ == "__main__":
    sys.exit(main())
