"""Runs long work off the GUI thread with progress and cancel; results come back on the GUI thread.

Jobs get plain data and ids, open their own short store sessions and never touch a widget.
Tests set INLINE so a job runs at once in the calling thread and no thread outlives a test.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

INLINE = False

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job when the producer pressed Cancel."""


class Job(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Callable[..., Any], *args: Any):
        super().__init__()
        self._work = work
        self._args = args
        self._cancel = threading.Event()

    @property
    def name(self) -> str:
        return getattr(self._work, "__qualname__", type(self._work).__name__)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        """The progress callback handed to the work; raises Cancelled once cancel() was called."""
        if self._cancel.is_set():
            raise Cancelled()
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work(*self._args, progress=self.report)
        except Cancelled:
            log.info("job %s cancelled", self.name)
            self.failed.emit(Cancelled())
        except Exception as exc:  # handed to the GUI, which shows a message
            exc.details = traceback.format_exc()  # type: ignore[attr-defined]
            log.error("job %s failed", self.name, exc_info=True)  # the arguments are not logged: keys
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, job: Job):
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job.run()


_running: set[Job] = set()


def start(job: Job) -> Job:
    """Starts `job` on the thread pool (or inline in tests); keeps it alive until it finishes."""
    _running.add(job)
    job.finished.connect(lambda: _running.discard(job))
    if INLINE:
        job.run()
    else:
        QThreadPool.globalInstance().start(_Runnable(job))
    return job


def wait_all(timeout_ms: int = 30_000) -> bool:
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
