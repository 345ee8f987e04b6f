"""One writer at a time: an OS lock on a file beside the database, which names who holds it.

The window and every command that changes a database take it; readers do not. The operating
system drops the lock when its holder ends, however it ends (a crash, a power cut, SIGKILL), so
a lock left behind never blocks the next opener: there is nothing stale to recognise. The lock
file holds who took it (program, user, host, process, since), read by whoever is refused.

POSIX: flock on the whole file; the holder removes the file before letting go, and a taker
checks that the file it locked is still the one at the path (else it raced a release and
tries again). Windows: msvcrt.locking on one byte far past the text, so the text stays readable.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .errors import AlreadyOpen, BeingChanged, FolderGiven, InUse, ReadOnlyDatabase

WINDOW = "window"
"""The program name the window takes the lock with; a command takes it with its own words."""
WAIT_SECONDS = 0.2
"""How long a taker waits for a holder that is just finishing before it is refused."""
_WINDOWS_OFFSET = 1 << 30
_MAX_TEXT = 4096

_held: dict[str, WriterLock] = {}
_held_guard = threading.Lock()


@dataclass(frozen=True)
class Holder:
    """Who holds a database's writer lock."""

    program: str
    user: str
    host: str
    pid: int
    since: datetime

    def to_json(self) -> str:
        return json.dumps(
            {
                "program": self.program,
                "user": self.user,
                "host": self.host,
                "pid": self.pid,
                "since": self.since.isoformat(timespec="seconds"),
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Holder | None:
        try:
            data = json.loads(text)
            return cls(
                program=str(data["program"]),
                user=str(data["user"]),
                host=str(data["host"]),
                pid=int(data["pid"]),
                since=datetime.fromisoformat(str(data["since"])),
            )
        except (ValueError, TypeError, KeyError):
            return None


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


def _key(db: Path) -> str:
    return os.path.normcase(str(lock_path(db.absolute()).resolve()))


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        return "?"


def read_holder(db: Path) -> Holder | None:
    """Who holds `db`'s lock as its lock file says, or None when nobody has written it (yet)."""
    try:
        with lock_path(db).open("rb") as file:
            text = file.read(_MAX_TEXT)
    except OSError:
        return None
    return Holder.from_json(text.rstrip(b"\0").decode("utf-8", "replace"))


def refusal(db: Path, holder: Holder | None) -> AlreadyOpen:
    """The error that says who holds `db` and since when."""
    if holder is None:
        return InUse(path=str(db))
    cls = AlreadyOpen if holder.program == WINDOW else BeingChanged
    return cls(
        path=str(db),
        program=holder.program,
        user=holder.user,
        host=holder.host,
        pid=holder.pid,
        since=f"{holder.since.astimezone():%Y/%m/%d %H:%M}",
    )


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _still_at(fd: int, path: Path) -> bool:
        return True  # an open file cannot be removed on Windows: the one locked is the one there

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _still_at(fd: int, path: Path) -> bool:
        try:
            there = os.stat(path)
        except FileNotFoundError:
            return False
        mine = os.fstat(fd)
        return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


class WriterLock:
    """A database's writer lock, held until `release()` (or the end of the process)."""

    def __init__(self, db: Path, fd: int, holder: Holder):
        self.db = db
        self.holder = holder
        self._fd: int | None = fd
        self._key = _key(db)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def holds(self, db: Path) -> bool:
        """Whether this is the live lock of `db` (a caller passing its lock for a restore, say)."""
        return self.held and _key(db) == self._key

    def release(self) -> None:
        """Lets the database go; safe to call more than once."""
        with _held_guard:
            fd, self._fd = self._fd, None
            if fd is None:
                return
            if _held.get(self._key) is self:
                del _held[self._key]
        try:
            if sys.platform != "win32":
                # removed while still locked, so nobody can lock the old file after we let go
                with contextlib.suppress(OSError):
                    lock_path(self.db).unlink()
            with contextlib.suppress(OSError):
                _unlock(fd)
        finally:
            os.close(fd)
        if sys.platform == "win32":
            with contextlib.suppress(OSError):  # another taker has it open already: theirs now
                lock_path(self.db).unlink()

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _open(path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as exc:  # a read-only folder or file system, a full disk
        raise ReadOnlyDatabase() from exc


def _lock_file(db: Path, path: Path) -> int:
    """An open descriptor of `path`, locked; refused with who holds it after WAIT_SECONDS."""
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        fd = _open(path)
        if _try_lock(fd):
            if _still_at(fd, path):
                return fd
            _unlock(fd)  # its holder removed it as we locked it: lock the file there now
            os.close(fd)
            continue
        os.close(fd)
        if time.monotonic() >= deadline:
            raise refusal(db, read_holder(db))
        time.sleep(0.02)


def take(db: Path, program: str) -> WriterLock:
    """Takes `db`'s writer lock for `program` ("window", or the command's words).

    Refused with AlreadyOpen (or its kinds) naming the holder when someone has it, also in this
    process; ReadOnlyDatabase when no lock file can be written beside the database; FolderGiven
    when `db` is a folder."""
    db = Path(db)
    if db.is_dir():
        raise FolderGiven.at(db)
    key = _key(db)
    with _held_guard:
        mine = _held.get(key)
    if mine is not None:
        raise refusal(db, mine.holder)
    try:
        db.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise ReadOnlyDatabase() from exc
    path = lock_path(db)
    fd = _lock_file(db, path)
    holder = Holder(program, _user(), socket.gethostname(), os.getpid(), datetime.now().astimezone())
    lock = WriterLock(db, fd, holder)
    with _held_guard:
        if key in _held:  # another thread of this process took it meanwhile
            lock._fd = None
            os.close(fd)
            raise refusal(db, _held[key].holder)
        _held[key] = lock
    try:
        text = holder.to_json().encode("utf-8")
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, text)
        os.fsync(fd)
    except OSError as exc:  # a full disk
        lock.release()
        raise ReadOnlyDatabase() from exc
    return lock


@contextlib.contextmanager
def writing(db: Path, program: str, lock: WriterLock | None = None) -> Iterator[WriterLock]:
    """Holds `db`'s writer lock for a block: `lock` when the caller passes the one it holds (the
    window restoring its own file), else one taken here and released at the end."""
    if lock is not None:
        if not lock.holds(db):
            raise ValueError(f"the lock passed is not the live lock of {db}")
        yield lock
        return
    with take(db, program) as taken:
        yield taken


def held_here(db: Path) -> WriterLock | None:
    """The lock this process holds on `db`, if any (the window's, while it has the file open)."""
    with _held_guard:
        return _held.get(_key(db))
