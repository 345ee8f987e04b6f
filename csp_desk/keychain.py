"""Secrets (the key of encrypted backups, a team server's password) live only in the operating
system's keyring, behind this one small module. When no keyring works, the secret is kept in
memory for this session and the caller is told so — never that a password is wrong, and never
written to a file."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from enum import StrEnum

SERVICE = "csp-desk"
_memory: dict[str, str] = {}


class Kept(StrEnum):
    KEYRING = "keyring"
    MEMORY = "memory"
    """No keyring backend works: kept for this session only."""


def _keyring():  # type: ignore[no-untyped-def]
    import keyring

    return keyring


def put(name: str, secret: str) -> Kept:
    """Stores a secret; says where it went."""
    try:
        _keyring().set_password(SERVICE, name, secret)
    except Exception:  # no backend, a locked or refused keyring: keep it for this session
        _memory[name] = secret
        return Kept.MEMORY
    _memory.pop(name, None)
    return Kept.KEYRING


def get(name: str) -> str | None:
    if name in _memory:
        return _memory[name]
    try:
        return _keyring().get_password(SERVICE, name)  # type: ignore[no-any-return]
    except Exception:
        return None


def forget(name: str) -> None:
    _memory.pop(name, None)
    with contextlib.suppress(Exception):
        _keyring().delete_password(SERVICE, name)


BACKUP_KEY = "backup-key"


@dataclass(frozen=True)
class NewKey:
    """A backup key just made: its recovery text is shown to the producer once."""

    recovery: str
    kept: Kept


def backup_key() -> tuple[bytes, NewKey | None]:
    """The key of encrypted backups; made and kept on first use, when NewKey says what to show."""
    from .store.sealed import key_from_recovery, new_key, recovery_text

    kept = get(BACKUP_KEY)
    if kept:
        return key_from_recovery(kept), None
    key = new_key()
    recovery = recovery_text(key)
    return key, NewKey(recovery, put(BACKUP_KEY, recovery))


def kept_backup_key() -> bytes | None:
    """The key kept on this computer, if any (a backup from elsewhere needs its recovery key)."""
    from .store.sealed import key_from_recovery

    kept = get(BACKUP_KEY)
    return key_from_recovery(kept) if kept else None
