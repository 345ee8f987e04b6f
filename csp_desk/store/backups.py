"""Backups that can be trusted: checked before they are taken, checked after, rotated so that a
bad day never pushes the good copies out, and restored only after the current file is kept.

Plain sqlite3 (no SQLAlchemy): the command line and the window's close use it directly.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from ..domain.text import QT_TRANSLATE_NOOP
from .errors import StoreError
from .files import BUSY_TIMEOUT_MS, REVISIONS, backup_file, schema_revision
from .lock import WriterLock, writing

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?P<reason>-[a-z0-9-]+)?\.sqlite3$")


class DamagedDatabase(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "The database failed its integrity check ({detail}). No backup was taken, so the good "
        "backups are kept; restore the newest one (File → Restore a backup…).",
    )


class NotABackup(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store", "{path} is not a usable csp-desk backup ({detail}); nothing was changed."
    )


def integrity_problems(path: Path, *, quick: bool = True) -> list[str]:
    """[] when SQLite finds the file sound; else what it reports (first lines)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchmany(20)]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str


def backups_folder(db: Path) -> Path:
    return db.parent / "backups"


def list_backups(db: Path, folder: Path | None = None) -> list[Backup]:
    """The backups of `db` in `folder`, newest first."""
    folder = folder or backups_folder(db)
    found = []
    for path in folder.glob(f"{db.stem}-*.sqlite3") if folder.exists() else ():
        match = _NAME.match(path.name)
        if match is None or match["stem"] != db.stem:
            continue
        taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        found.append(Backup(path, taken, (match["reason"] or "").lstrip("-")))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def rotate(db: Path, folder: Path | None = None, now: datetime | None = None) -> list[Path]:
    """Keeps every backup of the last 24 hours, the ones taken before a migration or a restore
    for 30 days, and the newest of each of the last 7 days, 4 weeks and 12 months; removes the
    rest. Returns what was removed."""
    now = now or datetime.now()
    backups = list_backups(db, folder)
    keep = {b.path for b in backups if now - b.taken_at < timedelta(hours=24)}
    keep |= {
        b.path for b in backups if b.reason.startswith("before-") and now - b.taken_at < timedelta(days=30)
    }
    for key, count in (
        (lambda d: d, KEEP_DAILY),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    ):
        periods: dict[object, Path] = {}
        for backup in backups:  # newest first: the first seen of a period wins
            period = key(backup.taken_at.date())
            if period not in periods and len(periods) < count:
                periods[period] = backup.path
        keep |= set(periods.values())
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def take_backup(
    db: Path,
    *,
    folder: Path | None = None,
    reason: str = "",
    now: datetime | None = None,
    out: Path | None = None,
) -> Path:
    """Checks `db`, copies it through SQLite's backup API, checks the copy, then rotates.

    A database that fails the check is not copied (DamagedDatabase): rotating would otherwise
    replace good backups with bad ones. With `out` the copy goes there and nothing rotates.
    """
    problems = integrity_problems(db)
    if problems:
        raise DamagedDatabase("; ".join(problems[:3]))
    now = now or datetime.now()
    folder = folder or backups_folder(db)
    suffix = f"-{reason}" if reason else ""
    target = out or folder / f"{db.stem}-{now:%Y%m%d-%H%M%S}{suffix}.sqlite3"
    partial = target.with_name(target.name + ".partial")
    try:
        backup_file(db, partial)
        copy_problems = integrity_problems(partial)
        if copy_problems:
            raise DamagedDatabase("; ".join(copy_problems[:3]))
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    if out is None:
        rotate(db, folder, now)
    return target


def check_backup(path: Path) -> str:
    """The schema revision of a sound backup this version can open; raises NotABackup."""
    if not path.is_file():
        raise NotABackup("not found", path=str(path))
    problems = integrity_problems(path, quick=False)
    if problems:
        raise NotABackup("; ".join(problems[:3]), path=str(path))
    try:
        revision = schema_revision(path)
    except StoreError as exc:
        raise NotABackup(str(exc), path=str(path)) from exc
    if revision not in REVISIONS:
        raise NotABackup(f"schema {revision}", path=str(path))
    return revision


def restore(
    backup: Path,
    db: Path,
    *,
    folder: Path | None = None,
    now: datetime | None = None,
    lock: WriterLock | None = None,
) -> Path | None:
    """Replaces `db` with `backup` (checked first). The current file is kept first: as a backup
    when it is sound, else copied aside as it is. Returns where the current file was kept.

    Nothing may have the database open while this runs: the restore holds the database's writer
    lock throughout. A caller that holds it already (the window restoring its own file) passes
    `lock` and keeps it; anyone else is refused (AlreadyOpen …) while another program holds it."""
    check_backup(backup)
    with writing(db, "restore", lock):
        return _replace(backup, db, folder or backups_folder(db), now or datetime.now())


def _replace(backup: Path, db: Path, folder: Path, now: datetime) -> Path | None:
    kept = None
    if db.exists():
        if integrity_problems(db):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            kept = folder / f"{db.stem}-{now:%Y%m%d-%H%M%S}-damaged.sqlite3"
            shutil.copy2(db, kept)
        else:
            kept = take_backup(db, folder=folder, reason="before-restore", now=now)
    # the copy is made beside the file and moved over it whole; the old file's journal goes
    # with it (its content is in the backup just taken)
    partial = db.with_name(db.name + ".restoring")
    try:
        backup_file(backup, partial)
        for journal in ("-wal", "-shm"):
            Path(f"{db}{journal}").unlink(missing_ok=True)
        partial.replace(db)
    finally:
        partial.unlink(missing_ok=True)
    problems = integrity_problems(db)
    if problems:
        raise DamagedDatabase("; ".join(problems[:3]))
    return kept


def due_today(db: Path, today: date | None = None, folder: Path | None = None) -> bool:
    """Whether today's backup is still to be taken (the window takes one a day while open)."""
    today = today or date.today()
    return not any(b.taken_at.date() == today for b in list_backups(db, folder))


def take_sealed_backup(db: Path, out: Path, key: bytes) -> Path:
    """A checked backup, encrypted for carrying away (the plain copy never leaves a temp folder)."""
    import tempfile

    from .sealed import seal

    with tempfile.TemporaryDirectory(prefix="csp-desk-seal-") as folder:
        plain = take_backup(db, out=Path(folder) / "plain.sqlite3")
        return seal(plain, out, key)


def restore_sealed(
    sealed_file: Path, db: Path, key: bytes, *, folder: Path | None = None, lock: WriterLock | None = None
) -> Path | None:
    """Opens an encrypted backup (every chunk checked) and restores it like a plain one."""
    import tempfile

    from .sealed import unseal

    with tempfile.TemporaryDirectory(prefix="csp-desk-seal-") as temporary:
        plain = unseal(sealed_file, Path(temporary) / "plain.sqlite3", key)
        return restore(plain, db, folder=folder, lock=lock)


def is_sealed(path: Path) -> bool:
    from .sealed import MAGIC

    try:
        with path.open("rb") as data:
            return data.read(len(MAGIC)) == MAGIC
    except OSError:
        return False
