"""Kills a writer with SIGKILL at random moments, many times: every commit it reported survives
and the database stays sound (WAL, synchronous=FULL)."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

KILLS = int(os.environ.get("CSP_DESK_CRASH_KILLS", "25"))


def test_every_reported_commit_survives_repeated_sigkill(tmp_path):
    db = tmp_path / "crash.sqlite3"
    rng = random.Random(1)
    reported: set[int] = set()
    writer = [sys.executable, str(Path(__file__).with_name("crash_writer.py")), str(db)]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    survived = 0
    for kill in range(KILLS):
        process = subprocess.Popen([*writer, str(kill * 100_000)], stdout=subprocess.PIPE, text=True, env=env)
        assert process.stdout is not None
        first = process.stdout.readline()  # the store is open and committing
        assert first.strip(), "the writer did not start"
        reported.add(int(first))
        time.sleep(rng.uniform(0.0, 0.25))
        process.send_signal(signal.SIGKILL)
        out, _ = process.communicate(timeout=30)
        reported |= {int(line) for line in out.split() if line.strip()}
        survived += 1
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = {row[0] for row in conn.execute("SELECT name FROM client")}
        conn.close()
        missing = [n for n in reported if f"クラッシュ試験 {n}" not in names]
        assert not missing, f"lost after kill {kill}: {missing[:5]}"
    assert survived == KILLS and len(reported) > KILLS
    print(f"crash test: {survived} SIGKILLs survived, {len(reported)} reported commits all present")
