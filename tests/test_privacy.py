"""Personal data of a worker: exported whole on request, erased once no retention holds it."""

import json
import sqlite3
from datetime import date

import pytest

from csp_desk.domain.lifecycle import State
from csp_desk.domain.worker import WorkerDraft
from csp_desk.store import following as f
from csp_desk.store import repo
from csp_desk.store.privacy import ERASED_NAME, PersonalDataRetained, erase_worker, worker_data
from tests.postgres import Outside

from .test_cli import csp_desk

BOTH_ENGINES = True  # the tests with a `store` run on SQLite and on PostgreSQL (conftest)


def _engaged_worker(session):
    item = next(
        i
        for c in repo.list_clients(session)
        for p in repo.list_problems(session, client_id=c.id)
        for i in repo.list_work_items(session, p.id)
        if i.draft.order_type.value == "project"
    )
    worker = f.create_worker(
        session, WorkerDraft(name="佐藤 花子", invoice_number="T1234567890123", notes="連絡は夜")
    )
    eid = f.start_engagement(session, item.id, date(2026, 9, 1))
    f.take_step(session, eid, State.POSTED, date(2026, 9, 1))
    app = f.add_application(session, eid, worker, date(2026, 9, 2), amount=50_000)
    f.select_application(session, app, f.Terms(contracted_on=date(2026, 9, 3), amount=50_000))
    return worker, eid


def test_everything_held_about_a_worker_is_exported(demo_store):
    with demo_store.session() as session:
        worker, _eid = _engaged_worker(session)
        data = worker_data(session, worker)
    assert data["worker"]["name"] == "佐藤 花子" and data["worker"]["invoice_number"] == "T1234567890123"
    assert data["contracts"][0]["amount"] == 50_000 and data["applications"][0]["amount"] == 50_000
    json.dumps(data, ensure_ascii=False)  # JSON-ready


def test_erasing_waits_for_the_retention_of_their_orders_then_anonymises(demo_store):
    with demo_store.session() as session:
        worker, eid = _engaged_worker(session)
    with pytest.raises(PersonalDataRetained), demo_store.session() as session:
        erase_worker(session, worker, date(2026, 11, 26))
    with demo_store.session() as session:
        f.take_step(session, eid, State.CANCELLED, date(2026, 10, 1), "顧客の都合")
    with pytest.raises(PersonalDataRetained) as held, demo_store.session() as session:
        erase_worker(session, worker, date(2026, 11, 26))
    assert held.value.params["until"] == "2029/10/01"
    with demo_store.session() as session:
        erase_worker(session, worker, date(2029, 10, 2))
        row = f.get_worker(session, worker)
        assert row.draft.name.startswith(ERASED_NAME) and row.draft.invoice_number == "" and row.archived
        assert f.list_contracts(session, eid)[0].worker.startswith(ERASED_NAME)  # the record stays, nameless
    text = "、".join(row[0] for row in Outside(demo_store).execute("SELECT name FROM worker").fetchall())
    assert "佐藤 花子" not in text


def test_the_command_line_exports_and_refuses_to_erase_too_early(tmp_path):
    db = tmp_path / "desk.sqlite3"
    assert csp_desk("demo", "--db", db, "--clients", 3, "--workers", 5).returncode == 0
    out = tmp_path / "worker.json"
    done = csp_desk("personal-data", "export", "--worker", 1, "--out", out, "--db", db)
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "csp-desk.personal-data/1"
    assert "worker.docx" in done.stdout
    _assert_readable(tmp_path / "worker.docx", json.loads(out.read_text(encoding="utf-8")))
    assert csp_desk("personal-data", "export", "--worker", 999, "--out", out, "--db", db).returncode == 1


def test_a_client_contacts_data_is_exported_and_erased_after_retention(demo_store):
    from csp_desk.store.privacy import client_data, erase_client_contact

    with demo_store.session() as session:
        _worker, eid = _engaged_worker(session)
        client_id = f.get_engagement(session, eid).client_id
        data = client_data(session, client_id)
        person = data["client"]["contact_person"]
    assert person and data["orders"] and data["consultations"]
    with pytest.raises(PersonalDataRetained), demo_store.session() as session:
        erase_client_contact(session, client_id, date(2026, 11, 26))
    with demo_store.session() as session:
        for engagement in f.list_engagements(session, client_id):
            if engagement.state not in (State.CLOSED, State.CANCELLED):
                f.take_step(session, engagement.id, State.CANCELLED, date(2026, 10, 1), "終了")
    with demo_store.session() as session:
        erase_client_contact(session, client_id, date(2030, 1, 1))
        after = client_data(session, client_id)["client"]
    assert (after["contact_person"], after["phone"], after["email"]) == ("", "", "")


def test_the_command_line_exports_a_clients_data(tmp_path):
    db = tmp_path / "desk.sqlite3"
    assert csp_desk("demo", "--db", db, "--clients", 2).returncode == 0
    out = tmp_path / "client.json"
    done = csp_desk("personal-data", "export", "--client", 1, "--out", out, "--db", db)
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["client"]["name"]
    _assert_readable(tmp_path / "client.docx", data)


def _assert_readable(path, data):
    """The Word document beside the JSON says the same in Japanese words: labels, states and kinds
    translated, money in yen; no field name or stored code shows through."""
    from docx import Document

    document = Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    text = "\n".join([p.text for p in document.paragraphs] + cells)
    person = data.get("worker") or data["client"]
    assert person["name"] in text and "保有個人データの開示" in text
    assert document.core_properties.author  # the producer who keeps the data, not empty
    for code in ("individual", "corporation", "received", "selected", "cancelled", "contracted", "paid",
                 "True", "False", "None", "null", "contracted_on", "due_on", "{"):
        assert code not in text, code
    assert ("氏名・名称" in cells) if "worker" in data else ("担当者" in cells)
    for order in data.get("orders", []) + data.get("contracts", []):
        assert order.get("work") or order.get("work_item") in text
    for payment in data.get("payments", []):
        assert f"{payment['amount']:,}円" in cells


def test_a_personal_data_export_is_whole_or_nothing_and_never_overwrites_itself(tmp_path):
    db = tmp_path / "desk.sqlite3"
    assert csp_desk("demo", "--db", db, "--clients", 2, "--workers", 3).returncode == 0
    blocked = tmp_path / "w.json"
    blocked.mkdir()  # the JSON cannot be written there
    failed = csp_desk("personal-data", "export", "--worker", 1, "--out", blocked, "--db", db)
    assert failed.returncode == 1 and "w.json" in failed.stderr
    assert not (tmp_path / "w.docx").exists()  # no Word document left alone
    odd = tmp_path / "x.docx"
    done = csp_desk("personal-data", "export", "--worker", 1, "--out", odd, "--db", db)
    assert done.returncode == 0, done.stderr
    readable = tmp_path / "x（読みやすい形式）.docx"
    assert json.loads(odd.read_text(encoding="utf-8"))["format"] == "csp-desk.personal-data/1"
    _assert_readable(readable, json.loads(odd.read_text(encoding="utf-8")))


def test_the_readable_export_keeps_dates_and_amounts_whole_and_names_the_work_paid(tmp_path):
    """As printed: a date (「2026年11月28日」) or an amount (「191,000円」) is never broken over two
    lines of its cell (the columns were a fixed share of the page), and each payment and rating
    names the work it is for."""
    from csp_desk.reports.common import jp_date
    from tests.office import pdf_text, to_pdf

    db = tmp_path / "desk.sqlite3"
    assert csp_desk("demo", "--db", db).returncode == 0
    worker = sqlite3.connect(db).execute(
        "SELECT c.worker_id FROM work_payment p JOIN work_contract c ON c.id = p.contract_id "
        "JOIN rating r ON r.contract_id = c.id ORDER BY c.amount DESC, c.contracted_on DESC LIMIT 1"
    ).fetchone()[0]
    out = tmp_path / "worker.json"
    assert csp_desk("personal-data", "export", "--worker", worker, "--out", out, "--db", db).returncode == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["payments"] and data["ratings"]
    assert all(p["work"] for p in data["payments"]) and all(r["work"] for r in data["ratings"])
    text = pdf_text(to_pdf(tmp_path / "worker.docx", tmp_path))
    if not text:
        pytest.skip("pdftotext is not installed")
    lines = [line.replace(" ", "") for line in text.splitlines()]
    for contract in data["contracts"]:
        day = jp_date(date.fromisoformat(contract["contracted_on"]))
        assert any(day in line and f"{contract['amount']:,}円" in line for line in lines), contract
    for payment in data["payments"]:
        assert any(payment["work"].replace(" ", "")[:8] in line and f"{payment['amount']:,}円" in line
                   for line in lines), payment  # fmt: skip
