import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from csp_desk.domain.breakdown import Budget, WorkItemDraft
from csp_desk.domain.client import ClientDraft
from csp_desk.domain.consultation import ConsultationDraft
from csp_desk.domain.text import InvalidInput
from csp_desk.store import repo
from csp_desk.store.db import HEAD, REVISIONS, open_store
from csp_desk.store.errors import NewerDatabase, NotADatabase
from csp_desk.store.models import WorkItem

BOTH_ENGINES = True  # the tests with a `store` run on SQLite and on PostgreSQL (conftest)


def test_migrations_create_every_table_from_empty(tmp_path):
    path = tmp_path / "new.sqlite3"
    open_store(path).close()
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"client", "consultation", "problem", "work_item", "producer"} <= tables
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)


def test_head_is_the_newest_alembic_revision():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option(
        "script_location", str(Path(__file__).parent.parent / "csp_desk/store/migrations")
    )
    script = ScriptDirectory.from_config(config)
    assert script.get_current_head() == HEAD
    assert [r.revision for r in reversed(list(script.walk_revisions()))] == list(REVISIONS)


def test_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.sqlite3"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabase) as caught:
        open_store(path)
    assert "9999" in str(caught.value)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is a text file, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(NotADatabase):
        open_store(path)
    assert path.read_bytes() == before


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE something (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADatabase):
        open_store(path)


@pytest.mark.sqlite_only
def test_pragmas_are_set_on_every_connection(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_database_refuses_a_negative_budget_even_past_the_domain(store, catalogue):
    with store.session() as session:
        client = repo.save_client(session, ClientDraft(name="株式会社A"))
        consultation = repo.save_consultation(session, client, ConsultationDraft(date(2026, 1, 1)))
        problem = repo.add_problem(session, consultation, "集客")
    with pytest.raises(IntegrityError), store.session() as session:
        session.add(WorkItem(problem_id=problem, title="x", order_type="project", budget_min=-1))


def test_database_refuses_min_above_max_and_unknown_order_type(store):
    with store.session() as session:
        client = repo.save_client(session, ClientDraft(name="株式会社A"))
        consultation = repo.save_consultation(session, client, ConsultationDraft(date(2026, 1, 1)))
        problem = repo.add_problem(session, consultation, "集客")
    for bad in ({"budget_min": 10, "budget_max": 5}, {"order_type": "auction"}):
        values = {"problem_id": problem, "title": "x", "order_type": "project", **bad}
        with pytest.raises(IntegrityError), store.session() as session:
            session.add(WorkItem(**values))


def test_invalid_client_is_not_half_saved(store):
    with pytest.raises(InvalidInput), store.session() as session:
        repo.save_client(session, ClientDraft(name="A", email="bad"))
    with store.session() as session:
        assert repo.list_clients(session) == []


def test_clients_are_searched_by_kana_in_either_script_and_two_characters(store):
    with store.session() as session:
        repo.save_client(session, ClientDraft(name="山田商店", kana="ヤマダショウテン"))
        repo.save_client(session, ClientDraft(name="青葉印刷", kana="アオバインサツ",
                                              contact_person="佐藤 花子"))  # fmt: skip
        assert [c.name for c in repo.list_clients(session, "やまだ")] == ["山田商店"]
        assert [c.name for c in repo.list_clients(session, "印刷")] == ["青葉印刷"]
        assert [c.name for c in repo.list_clients(session, "佐藤")] == ["青葉印刷"]
        assert [c.name for c in repo.list_clients(session)] == ["青葉印刷", "山田商店"]


def test_archived_clients_leave_the_daily_list_but_are_kept(store):
    with store.session() as session:
        client = repo.save_client(session, ClientDraft(name="山田商店"))
        repo.set_client_archived(session, client, True)
    with store.session() as session:
        assert repo.list_clients(session) == []
        assert [c.id for c in repo.list_clients(session, include_archived=True)] == [client]


def _problem_with_items(store, count=3):
    with store.session() as session:
        client = repo.save_client(session, ClientDraft(name="株式会社A"))
        consultation = repo.save_consultation(session, client, ConsultationDraft(date(2026, 1, 1)))
        items = [WorkItemDraft(f"業務{i}", budget_min=1000 * i, budget_max=2000 * i)
                 for i in range(1, count + 1)]  # fmt: skip
        problem = repo.add_problem(session, consultation, "集客", items=items)
    return client, problem


def test_work_items_can_be_reordered_removed_and_put_back(store):
    client, problem = _problem_with_items(store)
    with store.session() as session:
        ids = [r.id for r in repo.list_work_items(session, problem)]
        repo.move_work_item(session, ids[2], 0)
    with store.session() as session:
        assert [r.draft.title for r in repo.list_work_items(session, problem)] == [
            "業務3", "業務1", "業務2"
        ]
        removed = repo.delete_work_item(session, ids[0])
    with store.session() as session:
        assert repo.client_budget(session, client).low == 5000
        repo.insert_work_item(session, problem, removed.draft, removed.position, removed.id)
    with store.session() as session:
        rows = repo.list_work_items(session, problem)
        assert [r.draft.title for r in rows] == ["業務3", "業務1", "業務2"]
        assert rows[1].id == ids[0]
        assert repo.client_budget(session, client) == Budget(6000, 12000)


def test_removed_problem_comes_back_with_its_items(store):
    client, problem = _problem_with_items(store)
    with store.session() as session:
        removed = repo.remove_problem(session, problem)
    with store.session() as session:
        assert repo.list_problems(session, client_id=client) == []
        repo.restore_problem(session, removed)
    with store.session() as session:
        assert [p.id for p in repo.list_problems(session, client_id=client)] == [problem]
        assert len(repo.list_work_items(session, problem)) == 3


def test_proposal_data_carries_problems_items_totals_and_producer(demo_store, catalogue):
    with demo_store.session() as session:
        client = repo.list_clients(session)[0]
        data = repo.proposal_data(session, client.id, catalogue, date(2026, 11, 26))
        assert data.client.name == client.name
        assert data.producer.name
        assert data.item_count == sum(len(p.items) for p in data.problems) > 0
        assert data.budget == repo.client_budget(session, client.id)


def test_a_locked_database_gets_a_clear_message_and_nothing_is_saved(tmp_path, monkeypatch):
    from csp_desk.store import db
    from csp_desk.store.errors import DatabaseLocked

    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "locked.sqlite3"
    store = open_store(path)
    other = sqlite3.connect(path)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked) as caught, store.session() as session:
            repo.save_client(session, ClientDraft(name="株式会社A"))
        assert "ロック" not in str(caught.value)  # untranslated here; the window translates it
        assert "locked" in str(caught.value)
    finally:
        other.rollback()
        other.close()
    with store.session() as session:
        assert repo.list_clients(session) == []
    store.close()


def test_an_older_database_is_backed_up_before_it_is_migrated(tmp_path, monkeypatch):
    # only one revision is released so far: pretend the file is one revision behind
    from csp_desk.store import db

    path = tmp_path / "old.sqlite3"
    store = open_store(path)
    with store.session() as session:
        repo.save_client(session, ClientDraft(name="株式会社古い"))
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0000'")
    conn.commit()
    conn.close()
    seen = []

    def migrate(engine, target):
        seen.append((target, sorted((tmp_path / "backups").glob("*.sqlite3"))))

    monkeypatch.setattr(db, "REVISIONS", ("0000", HEAD))
    monkeypatch.setattr(db, "_migrate", migrate)
    db.open_store(path).close()
    assert len(seen) == 1
    target, backups = seen[0]
    assert target == HEAD and len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT name FROM client").fetchall() == [("株式会社古い",)]
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0000",)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_schema_changes_run_inside_a_real_transaction(store):
    # pysqlite would commit before DDL on its own; the store's BEGIN makes DDL roll back too
    with pytest.raises(RuntimeError), store.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE half_done (x INTEGER)")
        conn.exec_driver_sql("ALTER TABLE client ADD COLUMN half_done INTEGER")
        raise RuntimeError("migration failed halfway")
    from sqlalchemy import inspect

    tables = inspect(store.engine).get_table_names()
    columns = {c["name"] for c in inspect(store.engine).get_columns("client")}
    assert "half_done" not in tables
    assert "half_done" not in columns


def test_a_second_save_of_the_same_fields_is_refused_with_what_changed(store):
    """Two desks (two open stores, as two laptops on a team database) have the same client open:
    the first saves. The second's save keeps what only the first changed and saves what only it
    changed; a field both changed, to different values, refuses it, and the first's change stays."""
    from csp_desk.services import clients
    from csp_desk.store.errors import ChangedMeanwhile

    other = open_store(store.url.render_as_string(hide_password=False) if store.url else store.path)
    (client,) = clients.save_client(store, ClientDraft(name="さくら商店", phone="03-1111-1111")).ids
    mine, theirs = clients.open_client(store, client), clients.open_client(other, client)
    clients.save_client(other, ClientDraft(name="さくら商店", phone="03-2222-2222"), client, opened=theirs)
    # the name only here, the phone only there: both kept
    renamed = ClientDraft(name="さくら商店株式会社", phone="03-1111-1111")
    clients.save_client(store, renamed, client, opened=mine)
    both = clients.open_client(other, client).draft
    assert (both.name, both.phone) == ("さくら商店株式会社", "03-2222-2222")
    # the same field changed on both desks: the second is refused, naming it
    mine, theirs = clients.open_client(store, client), clients.open_client(other, client)
    clients.save_client(other, replace(both, email="a@example.jp"), client, opened=theirs)
    with pytest.raises(ChangedMeanwhile) as refused:
        clients.save_client(store, replace(both, email="b@example.jp"), client, opened=mine)
    assert refused.value.names == ["Email"]
    from csp_desk import i18n

    i18n.install("ja")
    assert "メール" in i18n.store_text(refused.value)
    again = clients.open_client(store, client)
    assert again.draft.email == "a@example.jp"  # theirs kept
    clients.set_archived(other, client, True)  # not a field of the form: saving over it is fine
    clients.save_client(store, replace(again.draft, notes="電話は午前中"), client, opened=again)
    assert clients.open_client(other, client).draft.notes == "電話は午前中"
    other.close()
