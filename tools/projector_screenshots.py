"""Pictures of the workshop projector view on the demo database, to look at: every kind of slide,
full screen, and the facilitator's panel, as PNG files in the folder given.

    xvfb-run -s "-screen 0 1024x768x24" uv run python tools/projector_screenshots.py OUT
    uv run python tools/projector_screenshots.py OUT          # offscreen (800×600 unless sized)

One volunteer gets a recorded breakdown and a posting draft first (the demo's participants only
chose problems), so that its slides show what a facilitator projects.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _volunteer(desk) -> str:  # type: ignore[no-untyped-def]
    from csp_desk.domain.breakdown import WorkItemDraft
    from csp_desk.domain.order_types import OrderType
    from csp_desk.domain.orders import Reward
    from csp_desk.store import repo
    from csp_desk.store.models import Consultation
    from csp_desk.store.workshops import list_participants, list_workshops

    with desk.store.session() as session:
        workshop = list_workshops(session)[0]
        person = next(p for p in list_participants(session, workshop.id) if p.attendance.value == "present")
        held = session.query(Consultation).filter_by(client_id=person.client_id).order_by(Consultation.id)
        consultation = next(c for c in held if c.held_on == workshop.starts_at.date())
        items = [
            WorkItemDraft("新商品のロゴ", OrderType.COMPETITION, "社長が複数の案を見比べて選びたいため",
                          budget_min=30_000, budget_max=50_000),
            WorkItemDraft("商品説明文の作成（20商品）", OrderType.TASK, "", minutes_per_item=30, quantity=20,
                          budget_min=10_000, budget_max=20_000),
        ]  # fmt: skip
        problem_id = repo.add_problem(session, consultation.id, "新商品の認知が低い", items=items)
        item_id = repo.list_work_items(session, problem_id)[0].id
        order = repo.load_posting(session, item_id, desk.catalogue)
        order = replace(order, reward=Reward(amount=40_000),
                        description=f"{person.client_name}の新商品のロゴを募集します。")  # fmt: skip
        repo.save_posting(session, item_id, order)
    return person.client_name


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from csp_desk import i18n
    from csp_desk.app import open_database_async
    from csp_desk.domain.projector import SlideKind
    from csp_desk.gui import jobs
    from csp_desk.gui.context import Desk
    from csp_desk.gui.main_window import MainWindow

    def wait(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    i18n.install("ja")
    jobs.INLINE = True
    window = MainWindow(Desk())
    window.show()
    window.finish_setup()
    open_database_async(window, None, demo=True)
    company = _volunteer(window.desk)
    window.ui.actionProjector.trigger()
    panel = window._projector
    projector = panel.projector
    screen = app.primaryScreen().geometry()
    size = f"{screen.width()}x{screen.height()}"
    projector.toggle_full_screen()
    projector.setGeometry(app.primaryScreen().geometry())  # Xvfb has no window manager to do it
    wait(300)
    panel.volunteer.setCurrentIndex(panel.volunteer.findText(company))
    wait(500)
    wanted = {
        "1-title": lambda k: k.kind is SlideKind.TITLE,
        "2-agenda": lambda k: k.kind is SlideKind.AGENDA and k.index == 2,
        "3-problems": lambda k: k.kind is SlideKind.PROBLEMS,
        "4-breakdown": lambda k: k.kind is SlideKind.BREAKDOWN and k.item < 0 and k.index == 2,
        "5-work-item": lambda k: k.kind is SlideKind.BREAKDOWN and k.item == 0 and k.index == 2,
        "6-posting": lambda k: k.kind is SlideKind.POSTING,
        "7-checklist": lambda k: k.kind is SlideKind.CHECKLIST,
    }
    for name, chosen in wanted.items():
        panel.go(next(i for i, k in enumerate(panel._keys) if chosen(k)))
        wait()
        projector.grab().save(str(out / f"{size}-{name}.png"))
    panel.reveal.setChecked(True)
    panel.go(next(i for i, k in enumerate(panel._keys) if wanted["5-work-item"](k)))
    wait()
    projector.grab().save(str(out / f"{size}-8-work-item-revealed.png"))
    panel.reveal.setChecked(False)
    projector.toggle_full_screen()
    wait()
    panel.grab().save(str(out / f"{size}-panel.png"))
    print("\n".join(str(p) for p in sorted(out.glob(f"{size}-*.png"))))
    panel.close()
    window.close()
    QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
