"""Errors the store reports to the producer, each with a message the GUI translates."""

from __future__ import annotations

from pathlib import Path

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
    """A csp-desk window holds the database's writer lock (store.lock)."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "{path} is open in another csp-desk window ({user} on {host}, process {pid}, since {since}). "
        "Only one program may change a database at a time: work in that window, or close it first. "
        "Nothing was changed.",
    )


class BeingChanged(AlreadyOpen):
    """A csp-desk command (restore, import, demo …) holds the database's writer lock."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "{path} is being changed by the command “csp-desk {program}” ({user} on {host}, "
        "process {pid}, since {since}). Wait until it has finished, then try again. Nothing was changed.",
    )


class InUse(AlreadyOpen):
    """The writer lock is held, but its holder has not said who it is."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "{path} is in use by another csp-desk program. Only one program may change a database at a "
        "time: close the other one, then try again. Nothing was changed.",
    )


class FolderGiven(StoreError):
    """A folder was given where a database file was expected (`--db ~/Documents`, say)."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "{path} is a folder, not a database file. Give the database file itself, for example "
        "{example}; a file name that does not exist yet starts a new, empty database. Nothing was changed.",
    )

    @classmethod
    def at(cls, folder: Path) -> FolderGiven:
        """The error for `folder`, its example a database inside it when there is one."""
        try:
            found = sorted(folder.glob("*.sqlite3"))
        except OSError:
            found = []
        return cls(path=str(folder), example=str(found[0] if found else folder / "csp-desk.sqlite3"))


class ChangedMeanwhile(StoreError):
    """Someone else saved the record after this form was opened (optimistic versions)."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "Someone else saved this record after you opened it and changed: {fields}. Nothing was "
        "saved, so their changes are kept and what you typed is still in the form. Discard your "
        "changes to see their version, then make yours again.",
    )

    def __init__(self, names: list[str]):
        self.names = names
        super().__init__(fields=names)  # translated one by one where shown (i18n.store_text)


class NotFound(StoreError):
    message = QT_TRANSLATE_NOOP("store", "The record no longer exists; it may have been removed.")


class KeptRecord(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "This work item has records that must be kept (a posting as it went out, an issued terms "
        "notice or an order being followed); it cannot be removed before {until}. Nothing was changed.",
    )


class AlreadyParticipant(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store", "{client} is already a participant of this workshop. Nothing was changed."
    )


class ClientInWorkshop(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "This client takes part in the workshop «{workshop}» and cannot be deleted; archive it "
        "instead, or remove it from the workshop first. Nothing was changed.",
    )


class BadServerAddress(StoreError):
    """A --db value that starts like a server's address but is not a usable one."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "“{address}” is not a team database address. Write it as postgresql://user@host:5432/dbname "
        "(the server's administrator gives the user, host and database name). Nothing was changed.",
    )


class ServerUnreachable(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "The team database server could not be reached ({detail}). Check the network connection and "
        "the server's address, then try again; what you typed is kept and nothing was saved.",
    )


class ServerRefusedLogin(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "The team database server refused the sign-in ({detail}). Check the user name and password "
        "with the server's administrator; nothing was changed.",
    )


class ConnectionLost(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "The connection to the team database was lost before the change was saved. Nothing was "
        "half-written: check the network and try again; what you typed is kept.",
    )


class NoServerDatabase(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "The server has no database “{name}”. Ask the server's administrator to create it (createdb), "
        "or check the name in the address; nothing was changed.",
    )


class NotEmpty(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "A backup is restored into a new, empty team database only; {where} already holds records "
        "({table}). Ask the server's administrator for a new database (createdb), then restore into "
        "it. Nothing was changed.",
    )


class NoServerDriver(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "This installation of csp-desk cannot reach team database servers (its PostgreSQL driver, "
        "psycopg, is missing). Install csp-desk with it (pip install \"psycopg[binary]\") or use a "
        "database file; nothing was changed.",
    )


class NotAllowed(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "Your role on the team database does not allow this (the server refused it); nothing was "
        "changed. Ask the team's administrator if you need it.",
    )


class TeamNeedsUpgrade(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "The team database must be updated for this version of csp-desk (schema {found}), and only "
        "its administrator can do that: they run csp-desk team init --db with the database's "
        "address. Nothing was changed.",
    )


class TeamNeedsOwner(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "Only the team database's owner, with the right to create roles on the server, makes the "
        "team and adds its members. Sign in as that user in the address (--db); nothing was changed.",
    )


class NotOnTeam(StoreError):
    message = QT_TRANSLATE_NOOP("store", "{login} is not a member of this team; nothing was changed.")


class BadLoginName(StoreError):
    message = QT_TRANSLATE_NOOP(
        "store",
        "“{login}” cannot be a sign-in name: use up to 63 lower-case letters, digits, “_”, “.” or "
        "“-”, starting with a letter or a digit. Nothing was changed.",
    )
