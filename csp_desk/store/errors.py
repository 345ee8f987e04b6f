"""Errors the store reports to the producer, each with a message the GUI translates."""

from __future__ import annotations

from ..domain.text import QT_TRANSLATE_NOOP


class StoreError(Exception):
    """A database problem the producer must hear about; `message` is translated when shown."""

    message = QT_TRANSLATE_NOOP("store", "The database could not be used: {detail}")

    def __init__(self, detail: str = "", **params: object):
        self.params = {"detail": detail, **params}
        super().__init__(self.message.format(**self.params))


class NewerDatabase(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "This database was written by a newer version of csp-desk (schema {found}). "
        "Install the newer version to open it; nothing was changed.",
    )


class NotADatabase(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store", "{path} is not a csp-desk database or is damaged; nothing was changed."
    )


class DatabaseLocked(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "The database is busy or locked by another program. Close the other program and try "
        "again; nothing was saved.",
    )


class ReadOnlyDatabase(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "The database cannot be written (the file or its folder is read-only, or the disk is "
        "full); nothing was saved.",
    )


class RetainedRecord(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "This record must be kept: contracts, notices, payments and their history stay for 3 years "
        "after the order ends (telework guideline; REC-01). Nothing was deleted.",
    )


class UnchangedRecord(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store", "This record is kept as it was issued and cannot be changed; record a new version instead."
    )


class AlreadyOpen(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "{path} is open in another csp-desk window. Only one window may write a database at a "
        "time: switch to that window, or open another file.",
    )


class NotFound(StoreError):
    message = QT_TRANSLATE_NOOP("store", "The record no longer exists; it may have been removed.")


class KeptRecord(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "This work item has records that must be kept (a posting as it went out, an issued terms "
        "notice or an order being followed); it cannot be removed before {until}. Nothing was changed.",
    )
