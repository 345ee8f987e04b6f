"""Runs every benchmark and prints `NAME VALUE UNIT` lines.

    uv run python -m bench            # all figures
    uv run python -m bench --runs 11  # more start-up runs for steadier medians
    uv run python -m bench --only large --large-db /tmp/large.sqlite3  # build once, reuse
    uv run python -m bench --only workshops  # the demo workshop's handouts and summary
    uv run python -m bench --only scanner    # the concept scanner on tests/corpus (bench/scanner_eval.py)

Start-up is measured from process spawn to the line the process prints, for a bare PySide6
window and for csp-desk, alternating in one run so machine noise hits both alike.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    # an installed app runs from cached bytecode; this workplace sets PYTHONDONTWRITEBYTECODE,
    # which would make every start recompile our sources (the bare window has none to compile)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    env["XDG_CACHE_HOME"] = str(home / "cache")
    return env


def _timed(command: list[str], env: dict[str, str], marks: tuple[str, ...]) -> dict[str, float]:
    """Seconds from spawn until each mark word first starts a line of the child's output."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env=env, cwd=ROOT, text=True)  # fmt: skip
    seen: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        word = line.split(" ", 1)[0].strip()
        if word in marks and word not in seen:
            seen[word] = time.perf_counter() - started
    process.wait(timeout=60)
    missing = set(marks) - set(seen)
    if missing:
        raise RuntimeError(f"{command} never printed {missing}")
    return seen


def make_database(path: Path, clients: int, work_items: int) -> None:
    from csp_desk.domain.catalogue import load_catalogue
    from csp_desk.paths import DATA
    from csp_desk.store.db import open_store
    from csp_desk.store.demo import fill_demo

    store = open_store(path)
    try:
        fill_demo(store, load_catalogue(DATA), clients=clients, work_items=work_items,
                  today=date(2026, 11, 26))  # fmt: skip
    finally:
        store.close()


def bench_startup(home: Path, runs: int) -> list[tuple[str, float, str]]:
    db = home / "startup.sqlite3"
    make_database(db, clients=1000, work_items=10_000)
    env = _env(home)
    app_env = {**env, "CSP_DESK_BENCH": "1"}
    bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    app_cmd = [sys.executable, "-m", "csp_desk", "--db", str(db)]
    # one untimed run each: the first start pays for the OS file cache and the .qm build
    _timed(bare_cmd, env, ("painted",))
    _timed(app_cmd, app_env, ("painted", "ready"))
    bare, painted, ready = [], [], []
    for _ in range(runs):
        bare.append(_timed(bare_cmd, env, ("painted",))["painted"])
        marks = _timed(app_cmd, app_env, ("painted", "ready"))
        painted.append(marks["painted"])
        ready.append(marks["ready"])
    base = statistics.median(bare)
    return [
        ("startup_bare_ms", base * 1000, "ms"),
        ("startup_painted_ms", statistics.median(painted) * 1000, "ms"),
        ("startup_ready_ms", statistics.median(ready) * 1000, "ms"),
        ("startup_ratio", statistics.median(painted) / base, "x"),
        ("startup_ready_ratio", statistics.median(ready) / base, "x"),
    ]


def bench_exports(home: Path, repeats: int = 5) -> list[tuple[str, float, str]]:
    from csp_desk.domain.catalogue import load_catalogue
    from csp_desk.paths import DATA
    from csp_desk.reports.budget import write_budget
    from csp_desk.reports.proposal import write_proposal
    from csp_desk.store import repo
    from csp_desk.store.db import open_store

    db = home / "export.sqlite3"
    make_database(db, clients=1, work_items=300)
    store = open_store(db)
    with store.session() as session:
        client = repo.list_clients(session, include_archived=True)[0]
        data = repo.proposal_data(session, client.id, load_catalogue(DATA), date(2026, 11, 26))
    store.close()
    assert data.item_count == 300, data.item_count
    out = []
    for name, writer, suffix in (("export_proposal_300_s", write_proposal, ".docx"),
                                 ("export_budget_300_s", write_budget, ".xlsx")):  # fmt: skip
        times = []
        for i in range(repeats + 1):
            started = time.perf_counter()
            writer(data, home / f"out{i}{suffix}")
            times.append(time.perf_counter() - started)
        out.append((name.replace("_s", "_first_s"), times[0], "s"))  # includes the library import
        out.append((name, statistics.median(times[1:]), "s"))
    return out


def bench_workshops(home: Path, repeats: int = 3) -> list[tuple[str, float, str]]:
    """The demo workshop of 20 participants: all its handouts (combined file included) and the
    organiser's summary workbook, each read from the database and written, as the command does."""
    from csp_desk.domain.catalogue import load_catalogue
    from csp_desk.paths import DATA
    from csp_desk.services.documents import export_handouts, export_workshop_summary
    from csp_desk.store.db import open_store
    from csp_desk.store.demo import fill_demo, fill_following, fill_workshop

    catalogue = load_catalogue(DATA)
    today = date(2026, 11, 26)
    store = open_store(home / "workshop.sqlite3")
    try:
        fill_demo(store, catalogue, clients=12, today=today)
        fill_following(store, workers=40)
        workshop = fill_workshop(store, catalogue, participants=20, today=today)
        out = []
        for name, run in (
            ("workshop_handouts_20_s",
             lambda i: export_handouts(store, workshop, home / f"handouts{i}", catalogue, today)),
            ("workshop_summary_s",
             lambda i: export_workshop_summary(store, workshop, home / f"summary{i}.xlsx", today)),
        ):  # fmt: skip
            times = []
            for i in range(repeats + 1):
                started = time.perf_counter()
                run(i)
                times.append(time.perf_counter() - started)
            out.append((name.removesuffix("_s") + "_first_s", times[0], "s"))  # with the libraries' import
            out.append((name, statistics.median(times[1:]), "s"))
        return out
    finally:
        store.close()


def bench_check(repeats: int = 500) -> list[tuple[str, float, str]]:
    """Median time to read and check one order (the posting checklist re-runs this as one types)."""
    import json

    from csp_desk.domain.orders import parse_order
    from csp_desk.domain.rules import check, load_reference
    from csp_desk.paths import DATA

    data = json.loads((ROOT / "tests" / "orders" / "compliant_project.json").read_text("utf-8"))
    reference = load_reference(DATA)
    check(parse_order(data), reference=reference)  # registers the rules
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        check(parse_order(data), reference=reference)
        times.append(time.perf_counter() - started)
    # the scanner keeps what it read of a text; while one types every check reads new text
    from csp_desk.domain import language

    fresh = []
    for _ in range(max(20, repeats // 5)):
        language._detect.cache_clear()
        started = time.perf_counter()
        check(parse_order(data), reference=reference)
        fresh.append(time.perf_counter() - started)
    return [("check_order_ms", statistics.median(times) * 1000, "ms"),
            ("check_order_fresh_ms", statistics.median(fresh) * 1000, "ms")]  # fmt: skip


def bench_import(home: Path, rows: int = 20_000) -> list[tuple[str, float, str]]:
    """A list of `rows` clients imported in a worker thread while the window saves a client again
    and again: how long the import takes, and the longest one save waited meanwhile."""
    import csv
    import threading

    from csp_desk.domain.client import ClientDraft
    from csp_desk.services import clients
    from csp_desk.services.imports import import_clients
    from csp_desk.store.db import open_store

    path = home / "import.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["会社名", "フリガナ", "業種", "都道府県", "電話番号", "メールアドレス"])
        for i in range(rows):
            writer.writerow([f"株式会社テスト{i}", f"テスト{i}", "小売業", "東京都", "03-1234-5678",
                             f"a{i}@example.jp"])  # fmt: skip
    store = open_store(home / "import.sqlite3")
    (client,) = clients.save_client(store, ClientDraft(name="窓口")).ids
    took: list[float] = []
    waits: list[float] = []

    def run() -> None:
        started = time.perf_counter()
        import_clients(store, path)
        took.append(time.perf_counter() - started)

    worker = threading.Thread(target=run)
    worker.start()
    count = 0
    while worker.is_alive():
        started = time.perf_counter()
        clients.save_client(store, ClientDraft(name="窓口", notes=str(count)), client)
        waits.append(time.perf_counter() - started)
        count += 1
        time.sleep(0.01)
    worker.join()
    store.close()
    return [(f"import_{rows // 1000}k_clients_ms", took[0] * 1000, "ms"),
            ("save_during_import_max_ms", max(waits) * 1000, "ms")]  # fmt: skip


def bench_scanner() -> list[tuple[str, float, str]]:
    """Recall and false alarms of the concept scanner on the evaluation corpus, overall and per
    concept, and how often a whole posting gets its §9.3 severity. Skipped, saying so, when this
    checkout has no scanner."""
    from bench import scanner_eval

    detect = scanner_eval.load_detect()
    if detect is None:
        print("# scanner: csp_desk.domain.language is not in this checkout; scanner figures skipped",
              file=sys.stderr)  # fmt: skip
        return []
    evaluation = scanner_eval.evaluate(scanner_eval.all_examples(), detect)
    agreement, _ = scanner_eval.evaluate_postings(scanner_eval.load_postings(), detect)
    held_out = scanner_eval.evaluate(scanner_eval.load_folder(scanner_eval.HELD_OUT), detect)
    lines = scanner_eval.figures(evaluation, agreement) + scanner_eval.held_out_figures(held_out)
    return [(name, value, "") for name, value in lines]


def make_large_database(path: Path) -> None:
    """`csp-desk demo --scale large`: 100,000 work items, 20,000 workers, 1,000,000 contacts."""
    from csp_desk.domain.catalogue import load_catalogue
    from csp_desk.paths import DATA
    from csp_desk.store.db import open_store
    from csp_desk.store.demo import LARGE, fill_demo, fill_following

    store = open_store(path)
    try:
        clients = int(LARGE["clients"] or 0)
        fill_demo(store, load_catalogue(DATA), clients=clients, work_items=LARGE["work_items"])
        fill_following(store, workers=int(LARGE["workers"] or 0), contacts=LARGE["contacts"])
    finally:
        store.close()


def bench_large(home: Path, database: Path | None) -> list[tuple[str, float, str]]:
    """Lists, dashboard and memory of the window on the large database (bench/large_window.py)."""
    db = database or home / "large.sqlite3"
    if database is None or not database.exists():
        started = time.perf_counter()
        make_large_database(db)
        print(f"# large database built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    command = [sys.executable, str(ROOT / "bench" / "large_window.py"), str(db)]
    result = subprocess.run(command, env=_env(home), cwd=ROOT, capture_output=True, text=True, timeout=600)
    if result.returncode:
        raise RuntimeError(result.stderr)
    out = []
    for line in result.stdout.splitlines():
        name, value = line.split()
        out.append((name, float(value), "MB" if name.endswith("_mb") else "ms"))
    return out


def _window_script(script: str, home: Path, db: Path) -> list[tuple[str, float, str]]:
    """Runs bench/SCRIPT on DB in a process of its own; its `NAME VALUE` lines are milliseconds."""
    command = [sys.executable, str(ROOT / "bench" / script), str(db)]
    result = subprocess.run(command, env=_env(home), cwd=ROOT, capture_output=True, text=True, timeout=300)
    if result.returncode:
        raise RuntimeError(result.stderr)
    pairs = (line.split() for line in result.stdout.splitlines())
    return [(name, float(value), "ms") for name, value in pairs]


def bench_projector(home: Path) -> list[tuple[str, float, str]]:
    """Switching to the projector view on a database with a workshop of 20 (bench/projector_switch.py)."""
    from csp_desk.domain.catalogue import load_catalogue
    from csp_desk.paths import DATA
    from csp_desk.store.db import open_store
    from csp_desk.store.demo import fill_demo, fill_workshop

    db = home / "projector.sqlite3"
    store = open_store(db)
    try:
        catalogue = load_catalogue(DATA)
        fill_demo(store, catalogue, clients=12, today=date(2026, 11, 26))
        fill_workshop(store, catalogue, participants=20, today=date(2026, 11, 26))
    finally:
        store.close()
    return _window_script("projector_switch.py", home, db)


def bench_posting(home: Path) -> list[tuple[str, float, str]]:
    """The posting editor while its checklist reads a 20,000-character description
    (bench/posting_typing.py)."""
    from csp_desk.domain.catalogue import load_catalogue
    from csp_desk.paths import DATA
    from csp_desk.store.db import open_store
    from csp_desk.store.demo import fill_demo

    db = home / "posting.sqlite3"
    store = open_store(db)
    try:
        fill_demo(store, load_catalogue(DATA), clients=3, today=date(2026, 11, 26))
    finally:
        store.close()
    return _window_script("posting_typing.py", home, db)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench")
    parser.add_argument("--runs", type=int, default=7, help="start-up runs of each kind")
    parser.add_argument("--only", choices=("startup", "exports", "workshops", "check", "large", "projector",
                                                "scanner", "posting", "import", "pg"))
    parser.add_argument("--large-db", type=Path, help="reuse (or keep) the large database here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="csp-desk-bench-") as folder:
        home = Path(folder)
        results = []
        if args.only in (None, "check"):
            results += bench_check()
        if args.only in (None, "scanner"):
            results += bench_scanner()
        if args.only in (None, "exports"):
            results += bench_exports(home)
        if args.only in (None, "workshops"):
            results += bench_workshops(home)
        if args.only in (None, "startup"):
            results += bench_startup(home, args.runs)
        if args.only in (None, "projector"):
            results += bench_projector(home)
        if args.only in (None, "posting"):
            results += bench_posting(home)
        if args.only in (None, "import"):
            results += bench_import(home)
        if args.only in (None, "large"):
            results += bench_large(home, args.large_db)
        if args.only in (None, "pg"):  # the large demo on a PostgreSQL server, and two racing desks
            from .postgres import bench_postgres

            results += bench_postgres(home, args.large_db, _env(home))
    for name, value, unit in results:
        whole = (unit == "ms" and name.startswith("startup")) or unit in ("MB", "writes")
        line = f"{name} {value:.0f} {unit}" if whole else f"{name} {value:.3f} {unit}"
        print(line.rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
