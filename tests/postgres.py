"""The tests' PostgreSQL server: the one `tools/test_postgres.sh start` made (CSP_DESK_TEST_PG,
an administrator's URL; its password in PGPASSFILE). A test's database is a copy of a template
migrated once per run, made in a few milliseconds and dropped after the test."""

from __future__ import annotations

import itertools
import os

import pytest


class Server:
    def __init__(self, admin_url: str):
        import psycopg

        self.admin_url = admin_url
        self._admin = psycopg.connect(admin_url, autocommit=True)
        self._names = itertools.count(1)
        self._prefix = f"csp_test_{os.getpid()}"
        self.template = f"{self._prefix}_template"
        self.run(f"DROP DATABASE IF EXISTS {self.template}")
        self.run(f"CREATE DATABASE {self.template}")
        from csp_desk.store.db import open_store

        open_store(self.url(self.template)).close()

    @classmethod
    def from_environment(cls) -> Server:
        url = os.environ.get("CSP_DESK_TEST_PG")
        if not url:
            message = (
                "no PostgreSQL server for the tests: start one with "
                'eval "$(tools/test_postgres.sh start)" (CI does, in .ci/run)'
            )
            if os.environ.get("CI"):
                pytest.fail(message)
            pytest.skip(message)
        return cls(url)

    def run(self, sql: str) -> None:
        """A statement as the server's administrator (outside any test database)."""
        self._admin.execute(sql)  # type: ignore[arg-type]


    def new_empty_database(self) -> str:
        """A database with no schema yet, as a team's administrator makes one with createdb."""
        name = f"{self._prefix}_{next(self._names)}"
        self.run(f"CREATE DATABASE {name}")
        return self.url(name)

    def url(self, name: str) -> str:
        base, _slash, _db = self.admin_url.rpartition("/")
        return f"{base}/{name}"

    def new_database(self) -> str:
        name = f"{self._prefix}_{next(self._names)}"
        self.run(f"CREATE DATABASE {name} TEMPLATE {self.template}")
        return self.url(name)

    def drop(self, url: str) -> None:
        name = url.rpartition("/")[2]
        self.run(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        # a team's roles are the server's: its groups (store/team.py) and the test's sign-ins,
        # named after the database (Server.login)
        pattern = name.replace("_", "\\_")
        roles = self._admin.execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %s OR rolname LIKE %s "
            "ORDER BY rolname LIKE 'csp\\_desk%%'",
            (f"{pattern}\\_%", f"csp\\_desk\\_{pattern}\\_%"),
        ).fetchall()
        for (role,) in roles:
            self.run(f'DROP ROLE IF EXISTS "{role}"')

    @staticmethod
    def login(url: str, who: str) -> str:
        """A sign-in name of a test's team member, unique on the server (dropped with the database)."""
        return f"{url.rpartition('/')[2]}_{who}"

    @staticmethod
    def as_member(url: str, login: str, password: str) -> str:
        """The database's address as `login` signs in with it."""
        scheme, _sep, rest = url.partition("://")
        return f"{scheme}://{login}:{password}@{rest.partition('@')[2]}"

    def close(self) -> None:
        self.run(f"DROP DATABASE IF EXISTS {self.template} WITH (FORCE)")
        self._admin.close()


class Outside:
    """Another program's connection to a test's database, past csp-desk's code (sqlite3 or psycopg,
    each statement its own transaction on PostgreSQL): what the database itself refuses."""

    def __init__(self, store):  # type: ignore[no-untyped-def]
        if store.url is None:
            import sqlite3

            self.IntegrityError: type[Exception] = sqlite3.IntegrityError
            self._conn = sqlite3.connect(store.path)
            self._mark = "?"
        else:
            import psycopg

            self.IntegrityError = psycopg.IntegrityError
            address = store.url.set(drivername="postgresql").render_as_string(hide_password=False)
            self._conn = psycopg.connect(address, autocommit=True)
            self._mark = "%s"

    def execute(self, sql: str, params: tuple = ()):  # type: ignore[no-untyped-def]
        return self._conn.execute(sql.replace("?", self._mark), params)

    def commit(self) -> None:
        self._conn.commit()

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Outside:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
