"""A team database on a server, as the window and the command line reach it: its address, and
the password kept for it in the system keyring (never in a file, a setting or a log).

Where a password comes from, first found: the address itself (a script's choice), the keyring
(asked once in the window, then kept), libpq's own mechanisms (PGPASSFILE, PGPASSWORD)."""

from __future__ import annotations

from ..store.db import server_url, shown


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
