"""Backups of a database file: the daily one, a manual or an encrypted copy to carry away, and a
restore (plain or encrypted: the file says which) — one path for the window and the command line.
The backup key is a secret kept in the system keyring (keychain.py), never in a file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..keychain import NewKey
    from ..store.lock import WriterLock


def folder(db: Path) -> Path:
    """Where the database's own backups are kept."""
    from ..store.backups import backups_folder

    return backups_folder(db)


def due_today(db: Path, today: date | None = None) -> bool:
    """Whether today's backup is still to be taken (the window takes one a day while open)."""
    from ..store.backups import due_today as due

    return due(db, today)


def back_up(db: Path, *, out: Path | None = None, reason: str = "manual") -> Path:
    """A checked copy through SQLite's backup API, into the backups folder (rotated) or to `out`."""
    from ..store.backups import take_backup

    return take_backup(db, out=out, reason="" if out is not None else reason)


def backup_key() -> tuple[bytes, NewKey | None]:
    """The key encrypted backups are made with; the first time it is made, with its recovery key
    to show once (the NewKey)."""
    from ..keychain import backup_key as key

    return key()


def kept_key() -> bytes | None:
    from ..keychain import kept_backup_key

    return kept_backup_key()


def back_up_sealed(db: Path, out: Path, key: bytes) -> Path:
    """A checked backup, encrypted for carrying away (the plain copy never leaves a temp folder)."""
    from ..store.backups import take_sealed_backup

    return take_sealed_backup(db, out, key)


def restore(
    backup: Path, db: Path, key: Callable[[], bytes | None], *, lock: WriterLock | None = None
) -> Path | None:
    """Replaces `db` with `backup`, checked first, after keeping the current file as a backup;
    returns where the current file was kept. An encrypted backup is opened with `key()` (asked only
    then: the kept key, or one typed from its recovery key); None from it raises NoBackupKey."""
    from ..store.backups import is_sealed, restore_sealed
    from ..store.backups import restore as restore_plain

    if is_sealed(backup):
        secret = key()
        if secret is None:
            raise NoBackupKey()
        return restore_sealed(backup, db, secret, lock=lock)
    return restore_plain(backup, db, lock=lock)


class NoBackupKey(Exception):
    """An encrypted backup cannot be opened: no key is kept here and none was given."""
