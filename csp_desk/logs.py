"""The log file: what happened, for the producer's support person when something goes wrong.

Stdlib logging to a rotating file in the per-user log folder (1 MB, and 5 older files), set up
once by the window (app.run_gui) and by the command line (cli.run). Qt-free, so the command line
stays cheap. Nothing secret is logged: no keys, no recovery texts, no passwords — callers pass
ids and paths, and a failed job logs its function's name, never its arguments.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

LOGGER = "csp_desk"
FILE_NAME = "csp-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s [%(process)d %(threadName)s] %(name)s: %(message)s"

_handler: RotatingFile | None = None


class RotatingFile(logging.FileHandler):
    """A log file that, before it grows past `max_bytes`, becomes name.1 (name.1 becomes name.2 …,
    `backups` kept). What logging.handlers.RotatingFileHandler does, without its imports (socket,
    pickle: some 25 ms of the window's start-up), and without stopping when the window and a
    command share the file and the rename is refused (Windows): the file then grows a while longer."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUP_COUNT):
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() + len(self.format(record)) + 1 > self.max_bytes:
                self.stream.close()
                self.stream = None  # type: ignore[assignment]  # reopened by FileHandler.emit
                self._rotate()
        except (OSError, ValueError):
            pass  # rotation is housekeeping: the record is still written
        super().emit(record)

    def _rotate(self) -> None:
        base = Path(self.baseFilename)
        try:
            for n in range(self.backups - 1, 0, -1):
                older = base.with_name(f"{base.name}.{n}")
                if older.exists():
                    os.replace(older, base.with_name(f"{base.name}.{n + 1}"))
            os.replace(base, base.with_name(f"{base.name}.1"))
        except OSError:
            pass  # held open elsewhere (Windows): keep appending, rotate next time


def log_file() -> Path:
    from .paths import log_dir

    return log_dir() / FILE_NAME


def setup(where: str, *, database: Path | str | None = None, qt: str | None = None) -> Path | None:
    """Writes csp-desk's log records to the rotating file (once per process) and a line saying who
    started: the window or a command, the version, Python, Qt (window only) and the database.
    Returns the log file, or None when no log can be written (the program runs on regardless)."""
    global _handler
    from . import __version__

    logger = logging.getLogger(LOGGER)
    if _handler is None:
        try:
            path = log_file()
            handler = RotatingFile(path)
        except OSError as exc:  # a read-only home or a full disk must not stop the work
            print(f"csp-desk: no log file ({exc})", file=sys.stderr)
            return None
        handler.setFormatter(logging.Formatter(FORMAT))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        _handler = handler
    parts = [f"csp-desk {__version__}", f"Python {sys.version.split()[0]}"]
    if qt:
        parts.append(f"Qt {qt}")
    parts.append(f"{sys.platform} {os.uname().release}" if hasattr(os, "uname") else sys.platform)
    parts.append(f"database {database if database is not None else '(default)'}")
    logger.info("start %s: %s", where, ", ".join(parts))
    return Path(_handler.baseFilename)


def log_uncaught() -> None:
    """Errors nobody caught (in the main thread or another) go to the log with their traceback,
    then on to the hook that was there (which prints them). The window installs its own handler,
    which also shows them (gui/crash.py)."""
    import threading

    logger = logging.getLogger(LOGGER)
    previous, previous_thread = sys.excepthook, threading.excepthook

    def hook(kind, value, tb) -> None:  # type: ignore[no-untyped-def]
        if not issubclass(kind, KeyboardInterrupt):
            logger.critical("uncaught error", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit and args.exc_value is not None:
            name = args.thread.name if args.thread else "?"
            logger.critical("uncaught error in thread %s", name, exc_info=args.exc_value)
        previous_thread(args)

    sys.excepthook, threading.excepthook = hook, thread_hook


def flush() -> None:
    if _handler is not None:
        _handler.flush()
