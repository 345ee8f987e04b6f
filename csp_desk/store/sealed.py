"""Encrypted backups for carrying data on a USB stick: authenticated encryption (AES-256-GCM from
the `cryptography` library) in chunks, so a file of any size is sealed with little memory and any
change, truncation or reordering is detected. The key is random; a recovery key (the same key,
written for people) is shown once."""

from __future__ import annotations

import base64
import os
import re
import struct
import tempfile
import unicodedata
from pathlib import Path

from ..domain.text import QT_TRANSLATE_NOOP
from .errors import StoreError

MAGIC = b"CSPDESK-SEALED-1\n"
CHUNK = 1 << 20
KEY_BYTES = 32


class SealBroken(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "This encrypted backup cannot be opened: the key does not fit, or the file was changed or "
        "cut short ({detail}). Nothing was changed.",
    )


class BadRecoveryKey(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store", "This is not a recovery key: it has 52 letters and digits, in groups of four."
    )


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def recovery_text(key: bytes) -> str:
    """The key as people keep it: 52 characters in groups of four (base32, no padding)."""
    text = base64.b32encode(key).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def key_from_recovery(text: str) -> bytes:
    cleaned = re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", text)).upper()
    if len(cleaned) != 52 or not re.fullmatch(r"[A-Z2-7]+", cleaned):
        raise BadRecoveryKey()
    return base64.b32decode(cleaned + "=" * 4)


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", counter, 1 if last else 0)


def seal(source: Path, out: Path, key: bytes) -> Path:
    """Encrypts `source` into `out` (written beside it first, then moved into place)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead = AESGCM(key)
    file_id = os.urandom(7)
    aad = MAGIC + file_id
    handle, name = tempfile.mkstemp(dir=out.parent, prefix=".csp-desk-", suffix=".partial")
    partial = Path(name)
    try:
        with os.fdopen(handle, "wb") as sink, source.open("rb") as data:
            sink.write(MAGIC + file_id)
            counter = 0
            block = data.read(CHUNK)
            while True:
                following = data.read(CHUNK)
                last = not following
                sealed = aead.encrypt(_nonce(file_id, counter, last), block, aad)
                sink.write(struct.pack(">I", len(sealed)) + sealed)
                if last:
                    break
                block, counter = following, counter + 1
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    return out


def unseal(source: Path, out: Path, key: bytes) -> Path:
    """Decrypts and checks every chunk; SealBroken when the key or the file is not right."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead = AESGCM(key)
    try:
        with source.open("rb") as data, out.open("wb") as sink:
            head = data.read(len(MAGIC) + 7)
            if len(head) != len(MAGIC) + 7 or not head.startswith(MAGIC):
                raise SealBroken("not an encrypted csp-desk backup")
            file_id, counter = head[len(MAGIC) :], 0
            while True:
                size = data.read(4)
                if len(size) != 4:
                    raise SealBroken("cut short")
                (length,) = struct.unpack(">I", size)
                if length > CHUNK + 16:
                    raise SealBroken("damaged")
                sealed = data.read(length)
                if len(sealed) != length:
                    raise SealBroken("cut short")
                last = data.peek(1)[:1] == b"" if hasattr(data, "peek") else False
                try:
                    sink.write(aead.decrypt(_nonce(file_id, counter, last), sealed, head))
                except InvalidTag:
                    raise SealBroken("changed, or another key") from None
                if last:
                    return out
                counter += 1
    except BaseException:
        out.unlink(missing_ok=True)
        raise
