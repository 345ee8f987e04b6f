"""The team server's figures: the large demo loaded into PostgreSQL over loopback, the window's
lists and dashboard on it (bench/large_window.py, the same script as on the file), and two desks
writing in a loop for a minute, after which nothing may be lost.

The server is CSP_DESK_TEST_PG when it is set (an administrator's URL), else a throw-away one
started with tools/test_postgres.sh (with a server's default durability: every commit on disk)
and stopped at the end."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RACE_SECONDS = 60


@contextlib.contextmanager
def server() -> Iterator[str]:
    """An administrator's URL of a PostgreSQL server for the bench."""
    if os.environ.get("CSP_DESK_TEST_PG"):
        yield os.environ["CSP_DESK_TEST_PG"]
        return
    env = {**os.environ, "CSP_DESK_TEST_PG_DIR": "/tmp/csp-desk-bench-pg", "CSP_DESK_TEST_PG_PORT": "55439",
           "CSP_DESK_TEST_PG_DURABLE": "1"}  # fmt: skip
    script = str(ROOT / "tools" / "test_postgres.sh")
    exports = subprocess.run([script, "start"], env=env, capture_output=True, text=True, check=True).stdout
    found = dict(line.removeprefix("export ").split("=", 1) for line in exports.splitlines())
    os.environ["PGPASSFILE"] = found["PGPASSFILE"]
    try:
        yield found["CSP_DESK_TEST_PG"]
    finally:
        subprocess.run([script, "stop"], env=env, check=False)


def _admin(url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(sql)  # type: ignore[arg-type]


def _database(admin_url: str, name: str) -> str:
    _admin(admin_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    _admin(admin_url, f"CREATE DATABASE {name}")
    return f"{admin_url.rpartition('/')[0]}/{name}"


def _race_writer(url: str, name: str, seconds: float, results: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    """One desk: in each of its own transactions, adds a client and counts it in a shared setting
    (read, add one, write: the update two desks would lose to each other if writes interleaved)."""
    from csp_desk.domain.client import ClientDraft
    from csp_desk.store import repo
    from csp_desk.store.db import open_store
    from csp_desk.store.errors import StoreError
    from csp_desk.store.models import Setting

    store = open_store(url)
    done = failed = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with store.write() as session:
                counter = session.get(Setting, "bench.race")
                if counter is None:
                    session.add(Setting(key="bench.race", value="1"))
                else:
                    counter.value = str(int(counter.value) + 1)
                repo.save_client(session, ClientDraft(name=f"{name} {done + 1}"))
            done += 1
        except StoreError:
            failed += 1
    store.close()
    results.put((done, failed))


def race(url: str, seconds: float = RACE_SECONDS) -> list[tuple[str, float, str]]:
    from sqlalchemy import func, select

    from csp_desk.store.db import open_store
    from csp_desk.store.models import Client, Setting

    open_store(url).close()  # migrated once, before the desks arrive
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    desks = [context.Process(target=_race_writer, args=(url, f"デスク{i}", seconds, results)) for i in (1, 2)]
    for desk in desks:
        desk.start()
    outcomes = [results.get(timeout=seconds + 120) for _ in desks]
    for desk in desks:
        desk.join(30)
    store = open_store(url)
    with store.session() as session:
        clients = session.scalar(select(func.count(Client.id))) or 0
        counted = int(session.get(Setting, "bench.race").value)  # type: ignore[union-attr]
    store.close()
    written = sum(done for done, _failed in outcomes)
    lost = (written - clients) + (written - counted)
    return [
        ("pg_race_writes", float(written), "writes"),
        ("pg_race_writes_per_desk_min", float(min(done for done, _ in outcomes)), "writes"),
        ("pg_race_refused", float(sum(failed for _, failed in outcomes)), "writes"),
        ("pg_race_lost", float(lost), "writes"),
    ]


def _window(url: str, env: dict[str, str], prefix: str) -> list[tuple[str, float, str]]:
    command = [sys.executable, str(ROOT / "bench" / "large_window.py"), url]
    result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=900)
    if result.returncode:
        raise RuntimeError(result.stderr)
    out = []
    for line in result.stdout.splitlines():
        name, value = line.split()
        out.append((f"{prefix}{name}", float(value), "MB" if name.endswith("_mb") else "ms"))
    return out


def _producer(url: str) -> str:
    """The team made on the database (csp-desk team init), a producer added who owns every other
    client; their address, with the password a script would give."""
    from csp_desk.services import team
    from csp_desk.store.db import open_store

    store = open_store(url)
    login, colleague = "csp_bench_producer", "csp_bench_colleague"
    try:
        team.init_team(store)
        team.add_member(store, login, "producer", "ベンチ 太郎", "bench-password-1")
        team.add_member(store, colleague, "producer", "", "bench-password-2")
    finally:
        store.close()
    _admin(url, f"UPDATE client SET owner = CASE WHEN id % 2 = 0 THEN '{login}' ELSE '{colleague}' END")
    _admin(url, "ANALYZE client")
    scheme, _sep, rest = url.partition("://")
    return f"{scheme}://{login}:bench-password-1@{rest.partition('@')[2]}"


def bench_postgres(home: Path, large_db: Path | None, env: dict[str, str]) -> list[tuple[str, float, str]]:
    from csp_desk.store.db import open_store
    from csp_desk.store.transfer import copy_rows

    from .__main__ import make_large_database

    out: list[tuple[str, float, str]] = []
    with server() as admin:
        db = large_db or home / "large.sqlite3"
        if not db.exists():
            started = time.perf_counter()
            make_large_database(db)
            print(f"# large database built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        url = _database(admin, "csp_bench_large")
        source, target = open_store(db), open_store(url)
        started = time.perf_counter()
        rows = copy_rows(source, target)
        took = time.perf_counter() - started
        source.close()
        target.close()
        print(f"# {rows:,} rows copied into PostgreSQL in {took:.0f} s", file=sys.stderr)
        _admin(url, "ANALYZE")  # as autovacuum would soon after a bulk load
        env = {**env, "PGPASSFILE": os.environ.get("PGPASSFILE", "")}
        out += _window(url, env, "pg_")
        # the same as a producer of a team, under its rules (row-level security): half the
        # clients are theirs, the other half a colleague's
        out += _window(_producer(url), env, "pg_producer_")
        out += race(_database(admin, "csp_bench_race"))
        for name in ("csp_bench_large", "csp_bench_race"):
            _admin(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        for role in ("csp_bench_producer", "csp_bench_colleague", *(f"csp_desk_csp_bench_large_{r}" for r in
                     ("admin", "producer", "facilitator", "viewer"))):  # fmt: skip
            _admin(admin, f"DROP ROLE IF EXISTS {role}")
    return out
