"""Backups of a database file: the daily one, a manual or an encrypted copy to carry away, and a
restore (plain or encrypted: the file says which) — one path for the window and the command line.
The backup key is a secret kept in the system keyring (keychain.py), never in a file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
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


def back_up_server(
    address: str, out: Path | None = None, *, key: bytes | None = None, now: datetime | None = None
) -> Path:
    """A team database's backup: every row copied into a csp-desk SQLite file (checked), which
    opens, verifies and restores like any other backup — into a laptop's file, or into a new, empty
    database on a server (restore_into_server). Without `out`, into the per-user backups folder;
    with `key`, encrypted (the plain copy never leaves a temporary folder)."""
    if key is not None:
        import tempfile

        from ..store.sealed import seal

        if out is None:
            raise ValueError("an encrypted backup needs its file")
        with tempfile.TemporaryDirectory(prefix="csp-desk-seal-") as folder:
            return seal(back_up_server(address, Path(folder) / "plain.sqlite3", now=now), out, key)
    from ..paths import data_dir
    from ..store.backups import DamagedDatabase, integrity_problems
    from ..store.db import open_store, server_url
    from ..store.transfer import copy_rows
    from .team import with_kept_password

    now = now or datetime.now()
    name = server_url(address).database or "team"
    target = out or data_dir() / "backups" / f"{name}-{now:%Y%m%d-%H%M%S}.sqlite3"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    source = open_store(with_kept_password(address))
    try:
        copy = open_store(partial)
        try:
            copy_rows(source, copy)
        finally:
            copy.close()
        problems = integrity_problems(partial)
        if problems:
            raise DamagedDatabase("; ".join(problems[:3]))
        partial.replace(target)
    finally:
        source.close()
        partial.unlink(missing_ok=True)
        for leftover in (partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm")):
            leftover.unlink(missing_ok=True)
    return target


def restore_into_server(backup: Path, address: str, key: Callable[[], bytes | None]) -> int:
    """Copies a backup (plain or encrypted) into a new, empty team database; returns the rows
    copied. A database that already holds records is refused (NotEmpty): nothing is replaced."""
    import shutil
    import tempfile

    from ..store.backups import check_backup, is_sealed
    from ..store.db import open_store
    from ..store.sealed import unseal
    from ..store.transfer import copy_rows
    from .team import with_kept_password

    with tempfile.TemporaryDirectory(prefix="csp-desk-restore-") as folder:
        plain = backup
        if is_sealed(backup):
            secret = key()
            if secret is None:
                raise NoBackupKey()
            plain = unseal(backup, Path(folder) / "plain.sqlite3", secret)
        check_backup(plain)  # a damaged or foreign file is refused before the server is touched
        copy = Path(folder) / "copy.sqlite3"
        shutil.copyfile(plain, copy)  # opened (and so upgraded) as a copy: the backup stays as it was
        source_store = open_store(copy, backups=Path(folder) / "before")
        target = open_store(with_kept_password(address))
        try:
            return copy_rows(source_store, target)
        finally:
            target.close()
            source_store.close()


def verify_server(address: str) -> tuple[str, list[str]]:
    """A team database's schema revision and what is wrong with it: a revision this version does
    not know, a guard (retention, unchanged records) missing, a table that cannot be read."""
    from ..store.db import server_url
    from ..store.verify import server_problems
    from .team import with_kept_password

    return server_problems(server_url(with_kept_password(address)))


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
