"""Screenshots of every page and dialog on the demo database, to look at: each screen size, language
and palette, as PNG files named like 1024x768-ja-light-orders.png in the folder given.

    uv run python tools/screenshots.py OUT                       # offscreen, every combination
    uv run python tools/screenshots.py OUT --xvfb                # a real window on an Xvfb screen
    uv run python tools/screenshots.py OUT --size 1024x768 --lang ja --palette dark
    QT_SCALE_FACTOR=2 uv run python tools/screenshots.py OUT --size 1024x768 --lang ja

Each size × language × palette runs in its own process (a translator cannot be taken back, and
the settings start empty there). A window forced larger than the screen is reported at the end;
its pictures are then larger than the screen too, which is what to look for.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ("1024x768", "1366x768")
LANGUAGES = ("ja", "en")
PALETTES = ("light", "dark")
PAGES = ("clients", "consultations", "breakdown", "orders", "workers", "dashboard", "workshops")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--size", nargs="+", default=list(SIZES), help="screen sizes, WIDTHxHEIGHT")
    parser.add_argument("--lang", nargs="+", default=list(LANGUAGES), choices=LANGUAGES)
    parser.add_argument("--palette", nargs="+", default=list(PALETTES), choices=PALETTES)
    parser.add_argument("--xvfb", action="store_true", help="a real X window on an Xvfb screen of each size")
    parser.add_argument("--jobs", type=int, default=4, help="combinations rendered at once")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.one:
        return shoot(args.out, args.size[0], args.lang[0], args.palette[0])
    combos = [(s, lang, p) for s in args.size for lang in args.lang for p in args.palette]
    with ThreadPoolExecutor(max(1, args.jobs)) as pool:
        results = list(pool.map(lambda combo: _run_one(args.out, *combo, xvfb=args.xvfb), combos))
    failed = [combo for combo, ok in zip(combos, results, strict=True) if not ok]
    for combo in failed:
        print("FAILED:", "-".join(combo), file=sys.stderr)
    report = sorted(args.out.glob("*.too-large.json"))
    for path in report:
        for line in json.loads(path.read_text(encoding="utf-8")):
            print("larger than the screen:", line)
    print(f"{len(list(args.out.glob('*.png')))} pictures in {args.out}")
    return 1 if failed else 0


def _run_one(out: Path, size: str, language: str, palette: str, *, xvfb: bool) -> bool:
    home = Path(tempfile.mkdtemp(prefix="csp-desk-shots-"))
    env = dict(os.environ)
    env.update(
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        HOME=str(home),
    )
    env.pop("CSP_DESK_DB", None)
    width, height = (int(n) for n in size.split("x"))
    command = [sys.executable, str(Path(__file__).resolve()), str(out), "--one",
               "--size", size, "--lang", language, "--palette", palette]  # fmt: skip
    if xvfb:
        env["QT_QPA_PLATFORM"] = "xcb"
        depth = f"-screen 0 {width}x{height}x24 -dpi 96"
        command = ["xvfb-run", "-a", "-s", depth, *command]
    else:
        config = home / "offscreen.json"
        config.write_text(json.dumps({"screens": [{
            "name": "screen", "x": 0, "y": 0, "width": width, "height": height,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1,
        }]}))  # fmt: skip
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    shutil.rmtree(home, ignore_errors=True)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
    return done.returncode == 0


# --- inside one combination's process -------------------------------------------------------------


def shoot(out: Path, size: str, language: str, palette: str) -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from csp_desk import app as start
    from csp_desk import i18n
    from csp_desk.gui import jobs
    from csp_desk.gui.context import Desk
    from csp_desk.gui.main_window import MainWindow

    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    qapp.setApplicationName("csp-desk")
    qapp.setOrganizationName(i18n.SETTINGS_ORG)
    i18n.install(language)
    start.apply_palette(qapp, dark=palette == "dark")
    jobs.INLINE = True
    width, height = (int(n) for n in size.split("x"))
    prefix = f"{size}-{language}-{palette}"
    camera = Camera(out, prefix, width, height)

    window = MainWindow(Desk())
    window.resize(width, height)
    window.move(0, 0)
    window.show()
    window.finish_setup()
    window.build_remaining_pages()
    start.open_database_async(window, None, demo=True)
    assert window.desk.store is not None, "the demo database did not open"
    if os.environ.get("QT_QPA_PLATFORM", "").startswith("xcb"):
        window.setGeometry(window.screen().availableGeometry())
        window.showMaximized()
    camera.settle()

    for index, page in enumerate(PAGES):
        window.go_to(index)
        camera.settle()
        camera.window(window, f"{page}-empty" if page in ("clients", "orders", "workers") else page)
        getattr(Shots, page)(window, camera)

    Shots.dialogs(window, camera)
    camera.finish()
    QTimer.singleShot(0, window.close)
    window.desk.store.close()
    return 0


class Camera:
    """Grabs widgets into PNG files and notes any window larger than the screen."""

    def __init__(self, out: Path, prefix: str, width: int, height: int):
        self.out, self.prefix, self.width, self.height = out, prefix, width, height
        self.too_large: list[str] = []

    @staticmethod
    def settle() -> None:
        from PySide6.QtWidgets import QApplication

        for _ in range(3):
            QApplication.processEvents()

    def window(self, widget, name: str) -> None:  # type: ignore[no-untyped-def]
        self.settle()
        image = widget.grab()
        image.save(str(self.out / f"{self.prefix}-{name}.png"))
        size, hint = widget.size(), widget.minimumSizeHint()
        if size.width() > self.width or size.height() > self.height:
            self.too_large.append(
                f"{self.prefix}-{name}: {size.width()}x{size.height()} "
                f"(needs at least {hint.width()}x{hint.height()})"
            )

    def modal(self, name: str, then=None) -> None:  # type: ignore[no-untyped-def]
        """Grabs the next modal dialog once it shows (after `then(dialog)`), then closes it."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        def grab() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(50, grab)
                return
            self.settle()
            if then is not None:
                then(dialog)
            else:
                self.window(dialog, name)
            dialog.reject() if hasattr(dialog, "reject") else dialog.close()

        QTimer.singleShot(100, grab)

    def finish(self) -> None:
        path = self.out / f"{self.prefix}.too-large.json"
        if self.too_large:
            path.write_text(json.dumps(self.too_large, ensure_ascii=False, indent=1), encoding="utf-8")
        else:
            path.unlink(missing_ok=True)


def _choose_row(view, row: int = 0) -> bool:  # type: ignore[no-untyped-def]
    """Selects a row as a click does (the page hears of it)."""
    from PySide6.QtCore import QItemSelectionModel

    model = view.model()
    if model is None or model.rowCount() <= row:
        return False
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(model.index(row, 0), flags)
    return True


class Shots:
    """What to show on each page after its first picture."""

    @staticmethod
    def clients(window, camera: Camera) -> None:  # type: ignore[no-untyped-def]
        if _choose_row(window.clients_page.ui.clients):
            camera.window(window, "clients")

    @staticmethod
    def consultations(window, camera: Camera) -> None:  # type: ignore[no-untyped-def]
        page = window.consultations_page
        if _choose_row(page.ui.consultations):
            camera.window(window, "consultations-selected")

    @staticmethod
    def breakdown(window, camera: Camera) -> None:  # type: ignore[no-untyped-def]
        tree = window.breakdown_page.ui.tree
        model = tree.model()
        if model is None or model.rowCount() == 0:
            return
        problem = model.index(0, 0)
        tree.expand(problem)
        if model.rowCount(problem):
            tree.setCurrentIndex(model.index(0, 0, problem))
            camera.window(window, "breakdown-item")

    @staticmethod
    def orders(window, camera: Camera) -> None:  # type: ignore[no-untyped-def]
        page = window.orders_page
        model = page.model
        # the order with the most to show: one with contracts if there is one
        best = 0
        for row in range(model.rowCount()):
            found = model.row_at(row)
            if found is not None and found.workers:
                best = row
                break
        if not _choose_row(page.ui.orders, best):
            return
        tabs = page.ui.tabs
        names = ("applications", "work", "money", "contacts", "troubles", "history")
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            name = names[index] if index < len(names) else f"tab{index}"
            camera.window(window, f"orders-{name}" if index else "orders")
        tabs.setCurrentIndex(0)

    @staticmethod
    def workers(window, camera: Camera) -> None:  # type: ignore[no-untyped-def]
        if _choose_row(window.workers_page.ui.workers):
            camera.window(window, "workers")

    @staticmethod
    def dashboard(window, camera: Camera) -> None:  # type: ignore[no-untyped-def]
        if _choose_row(window.dashboard_page.ui.alerts):
            camera.window(window, "dashboard-selected")

    @staticmethod
    def workshops(window, camera: Camera) -> None:  # type: ignore[no-untyped-def]
        page = window.workshops_page
        if not _choose_row(page.ui.workshops):
            return
        camera.window(window, "workshops-plan")
        page.ui.tabs.setCurrentWidget(page.ui.participantsTab)
        _choose_row(page.ui.participants)
        camera.window(window, "workshops-participants")
        camera.modal("dialog-questionnaire")
        page.ui.answersAfter.click()
        camera.modal("dialog-client-picker")
        page.ui.addClients.click()
        camera.modal("dialog-register-participant")
        page.ui.registerNew.click()
        page.ui.tabs.setCurrentWidget(page.ui.planTab)

    @staticmethod
    def dialogs(window, camera: Camera) -> None:  # type: ignore[no-untyped-def]
        ui = window.ui
        camera.modal("dialog-profile")
        ui.actionProfile.trigger()
        camera.modal("dialog-settings")
        ui.actionPreferences.trigger()

        def platform_tabs(dialog) -> None:  # type: ignore[no-untyped-def]
            for index in range(dialog.ui.tabs.count()):
                dialog.ui.tabs.setCurrentIndex(index)
                camera.settle()
                camera.window(dialog, f"dialog-platforms-{index}")

        camera.modal("dialog-platforms", platform_tabs)
        ui.actionPlatforms.trigger()
        camera.modal("dialog-about")
        ui.actionAbout.trigger()
        camera.modal("dialog-file")
        ui.actionImportClients.trigger()

        # the posting editor, each tab, from the breakdown page's button
        window.go_to(2)
        page = window.breakdown_page
        Shots.breakdown(window, camera)

        def posting_tabs(dialog) -> None:  # type: ignore[no-untyped-def]
            tabs = dialog.ui.tabs
            names = ("work", "reward", "rights", "orderer", "contract", "status")
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                name = names[index] if index < len(names) else f"tab{index}"
                camera.window(dialog, f"dialog-posting-{name}")

        if page.ui.editPosting.isEnabled():
            camera.modal("dialog-posting", posting_tabs)
            page.ui.editPosting.click()

        # the terms of a chosen application, from the orders page
        window.go_to(3)
        orders = window.orders_page
        for row in range(orders.model.rowCount()):
            _choose_row(orders.ui.orders, row)
            if orders.applications.rowCount() and orders.ui.selectApplication.isEnabled():
                _choose_row(orders.ui.applications)
                camera.modal("dialog-terms")
                orders.ui.selectApplication.click()
                break


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
