"""A team database on a server, as the window and the command line reach it: its address, and
the password kept for it in the system keyring (never in a file, a setting or a log).

Where a password comes from, first found: the address itself (a script's choice), the keyring
(asked once in the window, then kept), libpq's own mechanisms (PGPASSFILE, PGPASSWORD)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..store.db import server_url, shown

if TYPE_CHECKING:
    from sqlalchemy import Connection


def _key(address: str) -> str:
    url = server_url(address)
    return f"team:{url.username or ''}@{url.host or ''}:{url.port or 5432}/{url.database}"


def shown_address(address: str) -> str:
    """The address as it may be shown, kept in settings or logged: without its password."""
    return shown(server_url(address))


def without_password(address: str) -> str:
    """The address to remember (the window offers it next time): its password left out."""
    url = server_url(address).set(drivername="postgresql")._replace(password=None)
    return url.render_as_string(hide_password=False)


def with_kept_password(address: str) -> str:
    """The address to connect with: the keyring's password added when the address has none."""
    url = server_url(address)
    if url.password:
        return address
    from ..keychain import get

    kept = get(_key(address))
    if not kept:
        return address
    return url.set(password=kept, drivername="postgresql").render_as_string(hide_password=False)


def keep_password(address: str, password: str) -> str:
    """Keeps the password typed for `address` (the keyring, or memory until the program ends
    where no keyring works); returns where: 'keyring' or 'memory'."""
    from ..keychain import put

    return put(_key(address), password).value


def forget_password(address: str) -> None:
    from ..keychain import forget

    forget(_key(address))


def has_password(address: str) -> bool:
    """Whether the address itself carries a password (a script's), so none is asked."""
    return bool(server_url(address).password)


# --- the team: members, roles, who owns and shares which client (store/team.py) --------------

if TYPE_CHECKING:
    from ..store.db import Store
    from ..store.team import Member


def as_owner(store: Store) -> None:
    """Refuses (TeamNeedsOwner) a team command from anybody but the database's owner with the
    right to create roles, before anything is tried."""
    from sqlalchemy import text

    from ..store.errors import TeamNeedsOwner

    if not store.on_server:
        raise TeamNeedsOwner()
    with store.session() as session:
        allowed = session.execute(
            text(
                "SELECT (r.rolsuper OR r.rolcreaterole) "
                "AND pg_has_role(current_user, t.tableowner, 'MEMBER') "
                "FROM pg_roles r, pg_tables t WHERE r.rolname = current_user "
                "AND t.tablename = 'alembic_version' AND t.schemaname = current_schema()"
            )
        ).scalar()
    if not allowed:
        raise TeamNeedsOwner()


@contextmanager
def _owner_writes(store: Store) -> Iterator[Connection]:
    from ..store.errors import NotAllowed, ReadOnlyDatabase, TeamNeedsOwner

    as_owner(store)
    try:
        with store.write() as session:
            yield session.connection()
    except (NotAllowed, ReadOnlyDatabase) as exc:  # a right taken away meanwhile
        raise TeamNeedsOwner() from exc


@dataclass(frozen=True)
class TeamState:
    members: list[Member]
    unowned: int
    """Clients nobody owns yet (made before the team): only admins and viewers see them."""


def init_team(store: Store) -> TeamState:
    """Makes the team's roles and rules on the database (again: a second run brings them up to
    date and changes no member)."""
    from ..store import team

    with _owner_writes(store) as connection:
        team.apply(connection)
        return TeamState(team.members(connection), team.unowned(connection))


def add_member(store: Store, login: str, role: str, display_name: str, password: str | None) -> bool:
    """Adds a member (or gives one a new role, name or password); True when their sign-in is new.
    A new sign-in needs a password (BadLoginName, NoPassword …: nothing changed)."""
    from ..store import team
    from ..store.errors import BadLoginName

    if not team.LOGIN_NAME.match(login) or role not in team.ROLES:
        raise BadLoginName(login=login)
    with _owner_writes(store) as connection:
        if not team.exists(connection):
            team.apply(connection)
        return team.add_member(connection, login, role, display_name.strip()[:200], password or None)


def needs_password(store: Store, login: str) -> bool:
    """Whether `login` is no sign-in of the server yet (adding them needs a password)."""

    from ..store import team

    with store.session() as session:
        return not team.login_exists(session.connection(), login)


def remove_member(store: Store, login: str) -> None:
    from ..store import team
    from ..store.errors import NotOnTeam

    with _owner_writes(store) as connection:
        if not team.remove_member(connection, login):
            raise NotOnTeam(login=login)


def members(store: Store) -> list[Member]:
    from ..store import team

    with store.session() as session:
        return team.members(session.connection())


def _member(connection: Connection, login: str) -> None:
    from ..store import team
    from ..store.errors import NotOnTeam

    if login not in {m.login for m in team.members(connection)}:
        raise NotOnTeam(login=login)


def assign(store: Store, login: str, client_ids: list[int] | None) -> tuple[int, int]:
    """Gives clients to a member (None: every client and workshop nobody owns)."""
    from ..store import team

    with _owner_writes(store) as connection:
        _member(connection, login)
        return team.assign(connection, login, client_ids)


def share(store: Store, client_id: int, login: str) -> bool:
    """Shares a client with a member, as its owner or an admin (the server refuses anybody else:
    NotAllowed); False when it was shared with them already."""
    from ..store import team
    from ..store.errors import NotFound

    with store.write() as session:
        connection = session.connection()
        _member(connection, login)
        from sqlalchemy import text

        if connection.execute(text("SELECT 1 FROM client WHERE id = :c"), {"c": client_id}).first() is None:
            raise NotFound()
        return team.share(connection, client_id, login)


def signed_in(store: Store) -> Member | None:
    """Who the window works as on a team database (None for a laptop's file)."""
    return store.member  # asked once as the database opened (store.db)
