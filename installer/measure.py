"""Sizes of the Linux packages and the bundle's start-up, as bench measures start-up.

    uv run python installer/build.py linux && uv run python installer/measure.py [--runs 7]

Prints `NAME VALUE UNIT` lines: the bundle unpacked, the tarball and the .deb; then the time
from spawn to first paint (and to the clients shown) of the bundle, of `python -m csp_desk` from
the checkout, and of the bare PySide6 window (bench/bare_window.py), alternating in one run so the
machine's noise hits all three alike (bench's own method, reused).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.__main__ import _env, _timed, make_database  # noqa: E402
from installer.build import BUILD, DIST, NAME, size_mb, version  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    v = version()
    bundle = BUILD / "linux" / NAME
    if not (bundle / NAME).is_file():
        raise SystemExit("no bundle: run `uv run python installer/build.py linux` first")
    print(f"bundle_unpacked_mb {size_mb(bundle):.0f} MB")
    for name, path in (
        ("tarball_mb", DIST / f"{NAME}-{v}-x86_64.tar.gz"),
        ("deb_mb", DIST / f"{NAME}_{v}_amd64.deb"),
    ):
        if path.exists():
            print(f"{name} {path.stat().st_size / 1e6:.0f} MB")
    with tempfile.TemporaryDirectory(prefix="csp-desk-measure-") as folder:
        home = Path(folder)
        db = home / "startup.sqlite3"
        make_database(db, clients=1000, work_items=10_000)
        env = _env(home)
        app_env = {**env, "CSP_DESK_BENCH": "1"}
        commands = {
            "bare": ([sys.executable, str(ROOT / "bench" / "bare_window.py")], env, ("painted",)),
            "bundle": ([str(bundle / NAME), "--db", str(db)], app_env, ("painted", "ready")),
            "source": ([sys.executable, "-m", "csp_desk", "--db", str(db)], app_env, ("painted", "ready")),
        }
        for command, environment, marks in commands.values():  # the first start pays for the file cache
            _timed(command, environment, marks)
        seen: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, (command, environment, marks) in commands.items():
                seen[name].append(_timed(command, environment, marks))
    bare = statistics.median(m["painted"] for m in seen["bare"])
    print(f"startup_bare_ms {bare * 1000:.0f} ms")
    for name in ("bundle", "source"):
        painted = statistics.median(m["painted"] for m in seen[name])
        ready = statistics.median(m["ready"] for m in seen[name])
        print(f"startup_{name}_painted_ms {painted * 1000:.0f} ms")
        print(f"startup_{name}_ready_ms {ready * 1000:.0f} ms")
        print(f"startup_{name}_ratio {painted / bare:.2f} x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
