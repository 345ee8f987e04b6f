"""Records kept as the law asks: the database refuses to delete an order's records before 3
years after it ended, and keeps an audit log of every change to them."""

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from csp_desk.domain.lifecycle import State
from csp_desk.domain.worker import WorkerDraft
from csp_desk.store import following as f
from csp_desk.store import repo
from csp_desk.store.audit import history_of, history_of_engagement
from csp_desk.store.db import HEAD, open_store
from csp_desk.store.errors import RetainedRecord
from csp_desk.store.models import Engagement, WorkPayment
from tests.postgres import Outside

BOTH_ENGINES = True  # the tests with a `store` run on SQLite and on PostgreSQL (conftest)

FIXTURES = Path(__file__).parent / "fixtures"


def _paid_order(session):
    item = next(
        i
        for c in repo.list_clients(session)
        for p in repo.list_problems(session, client_id=c.id)
        for i in repo.list_work_items(session, p.id)
        if i.draft.order_type.value == "project"
    )
    worker = f.create_worker(session, WorkerDraft(name="佐藤"))
    eid = f.start_engagement(session, item.id, date(2026, 9, 1))
    f.take_step(session, eid, State.POSTED, date(2026, 9, 1))
    app = f.add_application(session, eid, worker, date(2026, 9, 2), amount=100_000)
    contract = f.select_application(session, app, f.Terms(contracted_on=date(2026, 9, 3), amount=100_000))
    f.record_escrow(session, eid, date(2026, 9, 4))
    f.take_step(session, eid, State.IN_PROGRESS, date(2026, 9, 4))
    f.record_delivery(session, contract, date(2026, 9, 20))
    (payment,) = f.accept(session, eid, date(2026, 9, 21))
    f.record_payment(session, payment, date(2026, 10, 20))
    return eid, contract, payment


def test_an_open_orders_records_cannot_be_deleted_by_any_program(demo_store):
    with demo_store.session() as session:
        eid, contract, payment = _paid_order(session)
    conn = Outside(demo_store)
    for table, key in (("work_payment", payment), ("work_contract", contract), ("engagement", eid)):
        with pytest.raises(conn.IntegrityError, match="retention"):
            conn.execute(f"DELETE FROM {table} WHERE id = ?", (key,))
    conn.close()


def test_a_closed_order_is_kept_three_years_then_may_go(demo_store):
    with demo_store.session() as session:
        eid, _contract, payment = _paid_order(session)
        f.take_step(session, eid, State.CLOSED, date(2026, 10, 21))
    with demo_store.session() as session:
        row = session.get(Engagement, eid)
        assert row.keep_until == date(2029, 10, 21)
    with pytest.raises(RetainedRecord), demo_store.session() as session:
        session.delete(session.get(WorkPayment, payment))
    conn = Outside(demo_store)
    conn.execute("UPDATE engagement SET keep_until = '2020-01-01' WHERE id = ?", (eid,))  # as if years passed
    conn.execute("DELETE FROM work_payment WHERE id = ?", (payment,))
    conn.commit()
    conn.close()


def test_every_change_to_a_contract_payment_and_order_is_logged_with_old_and_new(demo_store):
    with demo_store.session() as session:
        eid, _contract, payment = _paid_order(session)
    with demo_store.session() as session:
        log = history_of_engagement(session, eid)
        payment_log = history_of(session, "work_payment", payment)
    tables = {row.record for row in log}
    assert {"engagement", "work_contract", "work_payment", "delivery", "milestone"} <= tables
    assert [row.action for row in payment_log] == ["insert", "update"]
    assert payment_log[1].changes == {"paid_on": [None, "2026-10-20"]}
    steps = [row.changes["state"] for row in log if row.record == "engagement" and "state" in row.changes]
    assert ["accepted", "paid"] in steps


def test_a_posting_edit_is_logged_field_by_field(demo_store):
    from dataclasses import replace

    with demo_store.session() as session:
        item = repo.list_work_items(
            session, repo.list_problems(session, client_id=repo.list_clients(session)[0].id)[0].id
        )[0]
        order = repo.load_posting(session, item.id)
        posting = repo.save_posting(session, item.id, order)
    with demo_store.session() as session:
        repo.save_posting(session, item.id, replace(order, place="東京都内の事務所"))
    with demo_store.session() as session:
        (created, edited) = history_of(session, "posting", posting)
    assert created.action == "insert"
    assert edited.changes == {"order_json.place": ["在宅（リモート）", "東京都内の事務所"]}


def test_the_audit_log_itself_cannot_be_rewritten(demo_store):
    with demo_store.session() as session:
        _paid_order(session)
    conn = Outside(demo_store)
    with pytest.raises(conn.IntegrityError):
        conn.execute("UPDATE audit_log SET changes = '{}'")
    with pytest.raises(conn.IntegrityError):
        conn.execute("DELETE FROM audit_log")
    conn.close()


def test_a_database_of_schema_0004_upgrades_with_its_orders_kept(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema_0004.sqlite3", path)
    before = sqlite3.connect(path)
    orders = before.execute("SELECT id, state, state_since FROM engagement ORDER BY id").fetchall()
    payments = before.execute("SELECT count(*) FROM work_payment").fetchone()
    before.close()
    store = open_store(path)
    store.close()
    after = sqlite3.connect(path)
    assert after.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    assert after.execute("SELECT id, state, state_since FROM engagement ORDER BY id").fetchall() == orders
    assert after.execute("SELECT count(*) FROM work_payment").fetchone() == payments
    cancelled = after.execute("SELECT keep_until FROM engagement WHERE state = 'cancelled'").fetchall()
    assert cancelled and all(k[0] is not None for k in cancelled)
    triggers = {r[0] for r in after.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"retain_engagement", "retain_work_payment", "unchanged_issued_notice"} <= triggers


def test_removing_a_followed_work_item_says_until_when_it_is_kept(demo_store):
    from csp_desk import i18n
    from csp_desk.store.errors import KeptRecord

    i18n.install("ja")
    with demo_store.session() as session:
        eid, _contract, _payment = _paid_order(session)
        item_id = f.get_engagement(session, eid).work_item_id
    with pytest.raises(KeptRecord) as open_order, demo_store.session() as session:
        repo.delete_work_item(session, item_id)
    assert "案件の終了から3年後" in i18n.store_text(open_order.value)
    with demo_store.session() as session:
        f.take_step(session, eid, State.CLOSED, date(2026, 10, 21))
    with pytest.raises(KeptRecord) as closed, demo_store.session() as session:
        repo.delete_work_item(session, item_id)
    assert "2029/10/21まで" in i18n.store_text(closed.value)


def test_the_history_reads_in_words_in_the_window_and_in_japanese_documents():
    from csp_desk.domain.history import changes_text

    assert changes_text({"paid_on": [None, "2026-10-20"]}, "update") == "支払日: — → 2026/10/20"
    assert changes_text({"state": ["accepted", "paid"]}, "update") == "状況: Accepted → Paid"
    japanese = changes_text(
        {"state": ["accepted", "paid"], "order_type": [None, "task"], "kind": [None, "dates"]},
        "update",
        coded=lambda field, value: {"accepted": "検収済み", "paid": "支払済み", "task": "タスク形式"}.get(
            value
        ),
    )
    assert japanese == "状況: 検収済み → 支払済み、発注形式: — → タスク形式、種類: — → 日程"
    recorded = changes_text(
        {
            "id": [None, 7],
            "contract_id": [None, 3],
            "amount": [None, 100000],
            "taxable": [None, True],
            "notes": [None, ""],
        },
        "insert",
    )
    assert recorded == "金額: 100,000、消費税の対象: はい"  # keys to other rows and empty fields left out
    english = changes_text({"amount": [100000, 120000]}, "update", words=lambda pair: pair[0])
    assert english == "Amount: 100,000 → 120,000"
    assert changes_text({"order_json.place": ["在宅", "東京"]}, "update") == "募集条件・作業場所: 在宅 → 東京"
    before, after = {"payment_method": "仮払い", "notice_sent_on": None}, {"payment_method": "仮払い",
                                                                       "notice_sent_on": "2026-09-18"}
    kept = {"order_json.contract": [before, after]}
    assert changes_text(kept, "update") == "募集条件・契約・明示書の交付日: — → 2026/09/18"  # not a dict
    given = changes_text({"channel": [None, "platform"]}, "insert")
    assert given == "交付の方法: プラットフォームのメッセージ"
    assert changes_text({"text": [None, "あ" * 500]}, "insert").endswith("…")


def test_an_orders_history_covers_its_posting_and_goes_out_with_its_record(demo_store, tmp_path):
    from openpyxl import load_workbook

    from csp_desk.services.documents import write_order_record
    from csp_desk.store.audit import history_lines

    with demo_store.session() as session:
        eid, _contract, _payment = _paid_order(session)
        item_id = f.get_engagement(session, eid).work_item_id
        repo.save_posting(session, item_id, repo.load_posting(session, item_id))
    with demo_store.session() as session:
        lines = history_lines(session, engagement_id=eid)
        client_id = f.get_engagement(session, eid).client_id
        assert {line.engagement_id for line in history_lines(session, client_id=client_id)} >= {eid}
    assert {"engagement", "work_contract", "work_payment", "posting"} <= {line.record for line in lines}
    assert all(line.engagement_id == eid for line in lines)

    out = write_order_record(demo_store, eid, tmp_path / "案件記録.xlsx", date(2026, 11, 26))
    wb = load_workbook(out)
    assert wb.sheetnames == ["案件記録", "変更履歴"]  # the order in words, then its whole log
    history = wb["変更履歴"]
    rows = [[c.value for c in row] for row in history.iter_rows(min_row=5)]
    assert len(rows) == len(lines)
    assert ["支払", "変更", "支払日: — → 2026/10/20"] in [row[1:4] for row in rows]
    assert any(row[1] == "募集" for row in rows)
    assert any("状況: 検収済み（支払待ち） → 支払済み" in (row[3] or "") for row in rows)


def test_the_command_line_exports_an_order_record_and_refuses_an_unknown_order(tmp_path):
    from .test_cli import csp_desk

    db = tmp_path / "demo.sqlite3"
    assert csp_desk("demo", "--db", db, "--clients", 3).returncode == 0
    done = csp_desk("export", "record", "--order", 1, "--out", tmp_path / "r.xlsx", "--db", db)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "r.xlsx").stat().st_size > 5000
    refused = csp_desk("export", "record", "--order", 99999, "--out", tmp_path / "x.xlsx", "--db", db)
    assert refused.returncode == 1 and "99999" in refused.stderr and not (tmp_path / "x.xlsx").exists()
    missing = csp_desk("export", "record", "--out", tmp_path / "x.xlsx", "--db", db)
    assert missing.returncode == 1 and "--order" in missing.stderr
