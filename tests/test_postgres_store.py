"""The same store on a team's PostgreSQL server: its address, its refusals, a lost connection,
the guards in PL/pgSQL, and two desks arriving at a new database at once."""

from __future__ import annotations

import threading
import time

import pytest

from csp_desk.domain.client import ClientDraft
from csp_desk.services import clients
from csp_desk.store import repo
from csp_desk.store.db import is_server, open_store, server_url
from csp_desk.store.errors import (
    BadServerAddress,
    ConnectionLost,
    NoServerDatabase,
    ServerRefusedLogin,
    ServerUnreachable,
)
from tests.postgres import Outside


@pytest.mark.parametrize(
    "text", ["postgresql://", "postgresql://host:port/db", "postgres://user@host:5432/", "mysql://u@h/db"]
)
def test_an_address_that_is_not_a_team_database_is_refused_with_the_form_to_write(text):
    if not is_server(text):
        assert text.startswith("mysql")  # not taken for a server at all: it would be a file name
        return
    with pytest.raises(BadServerAddress) as refused:
        open_store(text)
    assert "postgresql://user@host:5432/dbname" in str(refused.value)


def test_the_address_shown_never_carries_the_password():
    url = server_url("postgres://sato:s3cret@desk.example.jp:5432/team")
    assert url.drivername == "postgresql+psycopg"
    from csp_desk.store.db import shown

    assert "s3cret" not in shown(url) and shown(url) == "postgresql://sato@desk.example.jp:5432/team"


def test_a_server_that_does_not_answer_is_said_plainly():
    with pytest.raises(ServerUnreachable) as refused:
        open_store("postgresql://csp@127.0.0.1:9/team")  # the discard port: nobody listens
    assert "could not be reached" in str(refused.value)
    assert "refused" in str(refused.value).lower()


def test_a_wrong_password_and_a_missing_database_are_told_apart(postgres):
    base = postgres.url("postgres")
    wrong = base.replace("postgresql://csp@", "postgresql://csp:wrong@")
    with pytest.raises(ServerRefusedLogin) as refused:
        open_store(wrong)
    assert "wrong" not in str(refused.value)  # the password is not repeated back
    with pytest.raises(NoServerDatabase) as missing:
        open_store(postgres.url("no_such_team"))
    assert "no_such_team" in str(missing.value)


def test_two_desks_opening_a_new_team_database_at_once_make_one_schema(postgres):
    url = postgres.new_empty_database()
    opened, failed = [], []

    def open_one() -> None:
        try:
            opened.append(open_store(url))
        except Exception as exc:
            failed.append(exc)

    desks = [threading.Thread(target=open_one) for _ in range(3)]
    for desk in desks:
        desk.start()
    for desk in desks:
        desk.join(60)
    assert not failed and len(opened) == 3
    clients.save_client(opened[0], ClientDraft(name="さくら商店"))
    assert [c.name for c in clients.list_clients(opened[2]).rows] == ["さくら商店"]
    for store in opened:
        store.close()
    postgres.drop(url)


@pytest.mark.postgresql_only
def test_a_connection_lost_mid_save_writes_nothing_and_the_next_save_works(postgres, store):
    with pytest.raises(ConnectionLost), store.session() as session:
        repo.save_client(session, ClientDraft(name="途中で切れた商店"))
        session.flush()
        pid = session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()
        postgres.run(f"SELECT pg_terminate_backend({pid})")  # the network, the server restarting …
    assert clients.list_clients(store).rows == []  # nothing half-written
    clients.save_client(store, ClientDraft(name="さくら商店"))  # a fresh connection, no restart
    assert [c.name for c in clients.list_clients(store).rows] == ["さくら商店"]


@pytest.mark.postgresql_only
def test_the_connection_is_encrypted_when_the_server_offers_tls(store):
    with store.session() as session:
        encrypted = session.connection().exec_driver_sql(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
        ).scalar()
    assert encrypted is True  # the test server has a certificate (tools/test_postgres.sh)


@pytest.mark.postgresql_only
def test_the_guarded_tables_cannot_be_emptied_by_truncate(store):
    with Outside(store) as conn:
        for table in ("audit_log", "issued_notice", "posted_version", "work_payment", "engagement"):
            with pytest.raises(conn.IntegrityError, match="csp-desk retention"):
                conn.execute(f"TRUNCATE {table} CASCADE")


def test_writers_take_turns_so_a_read_then_write_loses_nothing(store):
    """Two desks (each its own open store, as two laptops) add one to a shared count 60 times each:
    a writer's transaction begins only when the other's has ended, so no addition is lost."""
    from csp_desk.store.models import Setting

    other = open_store(store.url.render_as_string(hide_password=False) if store.url else store.path)

    def add(desk, times: int) -> None:  # type: ignore[no-untyped-def]
        for _ in range(times):
            with desk.write() as session:
                counter = session.get(Setting, "count")
                time.sleep(0.003)  # the other desk has time to read the same count meanwhile
                if counter is None:
                    session.add(Setting(key="count", value="1"))
                else:
                    counter.value = str(int(counter.value) + 1)

    desks = [threading.Thread(target=add, args=(desk, 60)) for desk in (store, other)]
    for desk in desks:
        desk.start()
    for desk in desks:
        desk.join(60)
    other.close()
    with store.session() as session:
        assert session.get(Setting, "count").value == "120"


BOTH_ENGINES = True  # the `store` tests run on SQLite and on PostgreSQL (conftest)
