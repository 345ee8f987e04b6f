"""The progress report (Word) and the progress sheet and payment ledger (Excel): what they
show, that their formulas add up, and that a real office suite opens them."""

from datetime import date

import pytest
from docx import Document
from openpyxl import load_workbook

from csp_desk.documents import write_ledger, write_progress_report
from csp_desk.store import following, repo
from csp_desk.store.demo import fill_demo, fill_following

from .office import pdf_text, to_pdf

TODAY = date(2026, 11, 26)


@pytest.fixture
def followed(store, catalogue):
    fill_demo(store, catalogue, clients=8, today=TODAY)
    fill_following(store, workers=20, share=0.9, today=TODAY)
    with store.session() as session:
        data = following.progress_data(session, None, TODAY)
        busiest = max(
            repo.list_clients(session, include_archived=True),
            key=lambda c: len(following.progress_data(session, c.id, TODAY).orders),
        )
    return store, data, busiest


def _docx_text(path):
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts), doc


def test_the_progress_report_shows_each_order_money_and_a_chart(followed, tmp_path):
    store, _data, client = followed
    with store.session() as session:
        data = following.progress_data(session, client.id, TODAY)
    out = write_progress_report(store, client.id, tmp_path / "進捗報告書.docx", TODAY)
    text, doc = _docx_text(out)
    assert "進捗報告書" in text and f"{client.name} 御中" in text
    assert f"¥{data.contracted:,}" in text
    orders_table = doc.tables[1]
    assert len(orders_table.rows) == 1 + len(data.orders)
    assert {o.title for o in data.orders} <= set(text.split("\n"))
    assert len(doc.inline_shapes) == 1  # the stage chart


def test_the_ledger_adds_up_with_formulas_and_highlights_overdue_rows(followed, tmp_path):
    store, data, _client = followed
    out = write_ledger(store, None, tmp_path / "台帳.xlsx", TODAY)
    wb = load_workbook(out)
    assert wb.sheetnames == ["進捗管理表", "支払台帳", "支払先別", "月別（支払日）"]  # all: no history
    orders, ledger = wb["進捗管理表"], wb["支払台帳"]
    assert orders.max_row == 4 + len(data.orders)
    assert orders.conditional_formatting and ledger.conditional_formatting
    first = 5
    assert (
        ledger.cell(first, 10).value == f"=H{first}+I{first}"
        and ledger.cell(first, 12).value == f"=J{first}-K{first}"
    )
    assert ledger.cell(4 + len(data.payments) + 1, 12).value.startswith("=SUBTOTAL(109,L")
    payees = wb["支払先別"]
    assert payees.cell(5, 2).value.startswith("=SUMIFS(支払台帳!$H$")
    assert sum(p.withholding for p in data.payments) > 0  # the demo has designers and writers


def test_a_clients_ledger_carries_the_history_of_its_orders(followed, tmp_path):
    store, _data, client = followed
    with store.session() as session:
        data = following.progress_data(session, client.id, TODAY, with_history=True)
    wb = load_workbook(write_ledger(store, client.id, tmp_path / "client.xlsx", TODAY))
    assert wb.sheetnames[-1] == "変更履歴"
    history = wb["変更履歴"]
    assert history.max_row == 4 + len(data.history) and len(data.history) > len(data.orders)
    numbers = {row[0].value for row in history.iter_rows(min_row=5)}
    assert numbers <= set(range(1, len(data.orders) + 1))  # each line points at its order's row


def test_the_office_suite_opens_both_and_computes_the_totals(followed, tmp_path):
    store, data, client = followed
    report = write_progress_report(store, client.id, tmp_path / "progress.docx", TODAY)
    assert "進捗報告書" in pdf_text(to_pdf(report, tmp_path))
    ledger = write_ledger(store, None, tmp_path / "ledger.xlsx", TODAY)
    text = pdf_text(to_pdf(ledger, tmp_path))
    net = sum(p.net for p in data.payments)
    assert f"¥{net:,}" in text  # the payee sheet's SUM of SUMIFS, computed by LibreOffice


def test_the_command_line_writes_both_and_refuses_an_unknown_client(tmp_path):
    from .test_cli import csp_desk

    db = tmp_path / "demo.sqlite3"
    assert csp_desk("demo", "--db", db, "--clients", 3).returncode == 0
    done = csp_desk("export", "progress", "--client", 1, "--out", tmp_path / "p.docx", "--db", db)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "p.docx").exists()
    done = csp_desk("export", "ledger", "--out", tmp_path / "l.xlsx", "--db", db)
    assert done.returncode == 0, done.stderr
    refused = csp_desk("export", "ledger", "--client", 999, "--out", tmp_path / "x.xlsx", "--db", db)
    assert refused.returncode == 1 and "999" in refused.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_outside_text_never_becomes_a_formula_and_fits_a_cell(store, catalogue, tmp_path):
    from csp_desk.domain.worker import WorkerDraft

    fill_demo(store, catalogue, clients=1, today=TODAY)
    hostile = '=HYPERLINK("http://example.com","請求書")'
    with store.session() as session:
        client = repo.list_clients(session)[0]
        draft, _archived = repo.load_client(session, client.id)
        draft.name = hostile
        repo.save_client(session, draft, client.id)
        item = repo.list_work_items(session, repo.list_problems(session, client_id=client.id)[0].id)[0]
        worker = following.create_worker(session, WorkerDraft(name="=1+1"))
        eid = following.start_engagement(session, item.id, TODAY)
        order_type = item.draft.order_type.value
        if order_type != "project":
            following.record_escrow(session, eid, TODAY, 10_000)
        following.take_step(session, eid, following.State.POSTED, TODAY)
        app = following.add_application(session, eid, worker, TODAY, amount=10_000)
        following.select_application(session, app, following.Terms(contracted_on=TODAY, amount=10_000))
    out = write_ledger(store, None, tmp_path / "ledger.xlsx", TODAY)
    orders = load_workbook(out)["進捗管理表"]
    names = [orders.cell(5, 2), orders.cell(5, 7)]
    assert [c.value for c in names] == [hostile, "=1+1"]
    assert all(c.data_type == "s" for c in names)
    text = pdf_text(to_pdf(out, tmp_path))
    assert "=1+1" in text and "HYPERLINK" in text


def test_a_ten_megabyte_text_is_cut_to_what_a_cell_holds():
    from openpyxl import Workbook

    from csp_desk.reports.common import EXCEL_CELL_LIMIT, put

    ws = Workbook().active
    cell = put(ws, 1, 1, "あ" * 10_000_000)
    assert len(cell.value) == EXCEL_CELL_LIMIT and cell.value.endswith("…")
