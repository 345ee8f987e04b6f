"""Postings in the store: drafts, posted versions kept unchanged, overrides, issued notices."""

import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from csp_desk.domain.orders import parse_order
from csp_desk.domain.posting_record import LegalOrderer, PostingRecord, PostingStatus, Undetermined
from csp_desk.domain.proposal import ProducerProfile
from csp_desk.domain.rules import Severity
from csp_desk.domain.text import InvalidInput
from csp_desk.store import repo
from csp_desk.store.db import HEAD, open_store
from tests.postgres import Outside

from .test_rules import CONTRACT

BOTH_ENGINES = True  # the tests with a `store` run on SQLite and on PostgreSQL (conftest)

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_database_of_schema_0001_upgrades_with_its_data(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema_0001.sqlite3", path)
    before = sqlite3.connect(path)
    clients = before.execute("SELECT id, name FROM client ORDER BY id").fetchall()
    items = before.execute("SELECT count(*) FROM work_item").fetchone()[0]
    before.close()
    store = open_store(path)
    with store.session() as session:
        listed = repo.list_clients(session, include_archived=True)
        assert sorted((c.id, c.name) for c in listed) == sorted(clients)
        client = clients[0][0]
        problems = repo.list_problems(session, client_id=client)
        assert sum(len(repo.list_work_items(session, p.id)) for p in problems) > 0
    store.close()
    after = sqlite3.connect(path)
    assert after.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    assert after.execute("SELECT count(*) FROM work_item").fetchone()[0] == items
    assert after.execute("SELECT count(*) FROM posting").fetchone()[0] == 0
    assert list((tmp_path / "backups").glob("*.sqlite3")), "no backup before the migration"


@pytest.fixture
def work_item(demo_store):
    with demo_store.session() as session:
        client = repo.list_clients(session)[0]
        problem = repo.list_problems(session, client_id=client.id)[0]
        return repo.list_work_items(session, problem.id)[0].id


def test_a_posting_starts_from_its_work_item_and_keeps_edits(demo_store, work_item):
    with demo_store.session() as session:
        first = repo.load_posting(session, work_item)
        assert first.description == "" and first.orderer.name
        repo.save_posting(session, work_item, replace(first, description="具体的な内容" * 30))
    with demo_store.session() as session:
        assert repo.load_posting(session, work_item).description.startswith("具体的な内容")


def test_posted_versions_are_kept_unchanged_and_editing_makes_a_new_one(demo_store, work_item):
    order = parse_order(CONTRACT)
    with demo_store.session() as session:
        repo.record_posted_version(session, work_item, order, platform="crowdworks",
                                   url="https://crowdworks.jp/public/jobs/1", posted_on=date(2026, 12, 1))
        repo.save_posting(session, work_item, replace(order, title="改訂版"))
        repo.record_posted_version(session, work_item, replace(order, title="改訂版"),
                                   platform="crowdworks", url="", posted_on=date(2026, 12, 3))  # fmt: skip
    with demo_store.session() as session:
        versions = repo.list_posted_versions(session, work_item)
    assert len(versions) == 2
    assert versions[0].text.startswith("【新商品") and versions[1].text.startswith("【改訂版】")
    assert versions[0].sha256 != versions[1].sha256
    conn = Outside(demo_store)
    stored = conn.execute("SELECT text, sha256 FROM posted_version ORDER BY id").fetchall()
    import hashlib

    assert all(hashlib.sha256(t.encode()).hexdigest() == h for t, h in stored)


def test_warnings_can_be_overridden_with_a_reason_errors_cannot(demo_store, work_item):
    with demo_store.session() as session:
        repo.set_override(session, work_item, "POST-13", Severity.WARNING, "週1回の定例会議のみで拘束はない")
    with demo_store.session() as session:
        assert repo.overrides(session, work_item) == {"POST-13": "週1回の定例会議のみで拘束はない"}
    with pytest.raises(InvalidInput) as caught, demo_store.session() as session:
        repo.set_override(session, work_item, "POST-01", Severity.ERROR, "急ぎのため")
    assert "cannot be overridden" in str(caught.value)
    with pytest.raises(InvalidInput), demo_store.session() as session:
        repo.set_override(session, work_item, "POST-05", Severity.WARNING, "  ")
    with demo_store.session() as session:
        assert set(repo.overrides(session, work_item)) == {"POST-13"}


def test_an_issued_notice_is_kept_with_its_hash_and_alteration_is_detected(demo_store, work_item):
    with demo_store.session() as session:
        notice = repo.record_issued_notice(session, work_item, parse_order(CONTRACT), b"docx bytes",
                                           "notice.docx", date(2026, 12, 1))  # fmt: skip
        assert repo.issued_notice_intact(session, notice)
    conn = Outside(demo_store)
    with pytest.raises(conn.IntegrityError, match="unchanged"):  # the database refuses edits
        conn.execute("UPDATE issued_notice SET content = ? WHERE id = ?", (b"tampered", notice))
    # a tool that removes the guard first is still found out by the hash
    conn.execute("DROP TRIGGER unchanged_issued_notice" + (" ON issued_notice" if demo_store.url else ""))
    conn.execute("UPDATE issued_notice SET content = ? WHERE id = ?", (b"tampered", notice))
    conn.commit()
    conn.close()
    with demo_store.session() as session:
        assert not repo.issued_notice_intact(session, notice)


def test_a_draft_posting_goes_with_its_work_item_but_a_posted_one_holds_it(demo_store, work_item):
    from csp_desk.store.errors import KeptRecord

    with demo_store.session() as session:
        repo.save_posting(session, work_item, repo.load_posting(session, work_item))
        repo.delete_work_item(session, work_item)  # the draft goes too
    with demo_store.session() as session:
        client = repo.list_clients(session)[0]
        problem = repo.list_problems(session, client_id=client.id)[0]
        other = repo.list_work_items(session, problem.id)[0].id
        repo.record_posted_version(session, other, parse_order(CONTRACT), platform="lancers", url="",
                                   posted_on=date(2026, 12, 1))  # fmt: skip
    with pytest.raises(KeptRecord), demo_store.session() as session:
        repo.delete_work_item(session, other)


def test_a_database_of_schema_0002_keeps_its_postings_when_upgraded(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema_0002.sqlite3", path)
    before = sqlite3.connect(path)
    (work_item_id, order_json), = before.execute("SELECT work_item_id, order_json FROM posting").fetchall()
    (sha,), = before.execute("SELECT sha256 FROM posted_version").fetchall()
    before.close()
    store = open_store(path)
    with store.session() as session:
        assert repo.load_record(session, work_item_id).status is PostingStatus.DRAFT
        assert [v.sha256 for v in repo.list_posted_versions(session, work_item_id)] == [sha]
    store.close()
    after = sqlite3.connect(path)
    assert after.execute("SELECT order_json, record_json FROM posting").fetchone() == (order_json, "{}")
    assert after.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)


def test_a_postings_circumstances_are_kept_and_read_with_the_parties(demo_store, work_item):
    pending = Undetermined("納品形式", "印刷会社が未定", date(2026, 12, 5))
    record = PostingRecord(status=PostingStatus.OPEN, deadline=date(2026, 12, 10),
                           legal_orderer=LegalOrderer.PRODUCER, platform_party="田中事務所",
                           undetermined=(pending,))  # fmt: skip
    with demo_store.session() as session:
        repo.save_producer(session, ProducerProfile(name="田中 一郎", organisation="田中事務所"))
        repo.save_record(session, work_item, record)
    with demo_store.session() as session:
        loaded = repo.load_record(session, work_item)
        client = repo.list_clients(session)[0].name
    assert loaded == record
    assert loaded.producer_name == "田中事務所" and loaded.client_name == client
    assert loaded.expected_party == "田中事務所"


def test_a_changed_posted_version_dates_the_change_of_terms(demo_store, work_item):
    with demo_store.session() as session:
        order = repo.load_posting(session, work_item)
        repo.record_posted_version(session, work_item, order, platform="crowdworks", url="",
                                   posted_on=date(2026, 11, 10))  # fmt: skip
        assert repo.load_record(session, work_item).terms_changed_on is None
        repo.record_posted_version(session, work_item, replace(order, expenses="なし（報酬に含む）"),
                                   platform="crowdworks", url="", posted_on=date(2026, 11, 18))  # fmt: skip
        assert repo.load_record(session, work_item).terms_changed_on == date(2026, 11, 18)
