"""The progress report (Word) and the progress sheet and payment ledger (Excel): what they
show, that their formulas add up, and that a real office suite opens them."""

import re
from datetime import date, datetime, timedelta

import pytest
from docx import Document
from openpyxl import load_workbook

from csp_desk.charts import PICTURES
from csp_desk.services.documents import write_ledger, write_progress_report
from csp_desk.store import following, repo
from csp_desk.store.demo import fill_demo, fill_following

from .office import pdf_text, to_pdf

BOTH_ENGINES = True  # the tests with a `store` run on SQLite and on PostgreSQL (conftest)

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
    out = write_progress_report(store, client.id, tmp_path / "進捗報告書.docx", TODAY, pictures=PICTURES)
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
    # all clients: no history
    assert wb.sheetnames == ["進捗管理表", "支払台帳", "仮払い", "支払先別（暦年）", "月別（支払日）"]
    orders, ledger = wb["進捗管理表"], wb["支払台帳"]
    assert orders.max_row == 4 + len(data.orders)
    assert orders.conditional_formatting and ledger.conditional_formatting
    first = 5
    assert (
        ledger.cell(first, 10).value == f"=H{first}+I{first}"
        and ledger.cell(first, 12).value == f"=J{first}-K{first}"
    )
    assert ledger.cell(4 + len(data.payments) + 1, 12).value.startswith("=SUBTOTAL(109,L")
    months = wb["月別（支払日）"]
    assert months.cell(5, 2).value.startswith("=SUMIFS(支払台帳!$H$")
    assert sum(p.withholding for p in data.payments) > 0  # the demo has designers and writers


def test_a_clients_ledger_carries_the_history_of_its_orders(followed, tmp_path):
    store, _data, client = followed
    with store.session() as session:
        data = following.progress_data(session, client.id, TODAY, with_history=True)
    wb = load_workbook(write_ledger(store, client.id, tmp_path / "client.xlsx", TODAY))
    assert wb.sheetnames[-1] == "変更履歴"
    history = wb["変更履歴"]
    assert history.max_row == 4 + len(data.history) and len(data.history) > len(data.orders)
    numbers = [row[0].value for row in history.iter_rows(min_row=5)]
    assert set(numbers) <= set(range(1, len(data.orders) + 1))  # each line points at its order's row
    assert numbers == sorted(numbers) and history["A4"].value == "案件\nNo."  # order by order
    assert history["A5"].alignment.horizontal != "left" and history["B5"].alignment.horizontal == "left"
    assert "案件No.は進捗管理表" in history["A3"].value
    for number in set(numbers):  # within an order, oldest first
        times = [row[1].value for row in history.iter_rows(min_row=5) if row[0].value == number]
        assert times == sorted(times)
    # an order with several workers (a task) names the worker of each contract and payment line,
    # which would read alike otherwise; an order with one worker does not repeat the name
    several = {o.engagement_id: number for number, o in enumerate(data.orders, start=1) if "、" in o.workers}
    assert several  # the demo's task
    rows = [(row[0].value, row[3].value) for row in history.iter_rows(min_row=5)]
    named = [record for number, record in rows if number in several.values() and record.startswith("契約")]
    assert len(named) > 1 and len(set(named)) == len(named) and all(r.startswith("契約\n（") for r in named)
    assert not any(record.endswith("（）") for _number, record in rows)  # the order's own lines: no worker
    assert all(record in ("契約", "マイルストーン", "支払", "納品", "評価", "案件", "募集", "掲載した版",
                          "条件明示書", "修正依頼", "契約変更")
               for number, record in rows if number not in several.values())  # fmt: skip


def test_the_office_suite_opens_both_and_computes_the_totals(followed, tmp_path):
    store, data, client = followed
    report = write_progress_report(store, client.id, tmp_path / "progress.docx", TODAY)
    assert "進捗報告書" in pdf_text(to_pdf(report, tmp_path))
    ledger = write_ledger(store, None, tmp_path / "ledger.xlsx", TODAY)
    text = pdf_text(to_pdf(ledger, tmp_path))
    net = sum(p.net for p in data.payments if p.paid_on)
    assert f"¥{net:,}" in text  # the month sheet's SUM of SUMIFS, computed by LibreOffice


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


# --- what the documents say, checked against the database itself ---------------------------


def _db(store, sql, **params):
    from sqlalchemy import text

    with store.session() as session:
        return session.execute(text(sql), params).all()


FINISHED_STATES = "('paid', 'rated', 'closed')"


def _client_with(store, condition):
    """A client whose orders meet `condition` (SQL on engagement e)."""
    rows = _db(store, f"SELECT e.client_id FROM engagement e WHERE {condition} ORDER BY e.client_id")
    assert rows, condition
    return rows[0][0]


def test_the_report_counts_finished_cancelled_and_running_orders_as_the_database_has_them(followed, tmp_path):
    store, _data, _busiest = followed
    client = _client_with(store, f"e.state IN {FINISHED_STATES} AND e.client_id IN (SELECT client_id FROM "
                                 "engagement WHERE state IN ('draft', 'posted', 'proposals', 'contracted'))")
    (eid,) = _db(store, "SELECT id FROM engagement WHERE client_id = :c AND state IN "
                        "('draft', 'posted', 'proposals', 'contracted') ORDER BY id LIMIT 1", c=client)[0]
    with store.session() as session:
        following.take_step(session, eid, following.State.CANCELLED, TODAY, "顧客の都合")
    states = [s for (s,) in _db(store, "SELECT state FROM engagement WHERE client_id = :c", c=client)]
    finished = sum(s in ("paid", "rated", "closed") for s in states)
    cancelled = states.count("cancelled")
    text, _doc = _docx_text(write_progress_report(store, client, tmp_path / "p.docx", TODAY))
    assert (f"ご依頼の業務{len(states)}件のうち、完了（支払済み）が{finished}件、"
            f"進行中が{len(states) - finished - cancelled}件") in text  # fmt: skip
    assert f"キャンセルが{cancelled}件です。" in text


def test_the_reports_money_is_tax_exclusive_and_matches_the_database(followed, tmp_path):
    store, _data, client = followed
    (contracted,) = _db(store, "SELECT COALESCE(SUM(c.amount), 0) FROM work_contract c JOIN engagement e "
                               "ON e.id = c.engagement_id WHERE e.client_id = :c AND e.state <> 'cancelled'",
                        c=client.id)[0]  # fmt: skip
    (paid,) = _db(store, "SELECT COALESCE(SUM(p.amount), 0) FROM work_payment p JOIN work_contract c "
                         "ON c.id = p.contract_id JOIN engagement e ON e.id = c.engagement_id "
                         "WHERE e.client_id = :c AND p.paid_on IS NOT NULL", c=client.id)[0]  # fmt: skip
    _text, doc = _docx_text(write_progress_report(store, client.id, tmp_path / "p.docx", TODAY))
    money = {row.cells[0].text: row.cells[1].text for row in doc.tables[0].rows}
    assert money["項目"] == "金額（税抜）"  # one basis, said once for the whole table
    assert money["契約金額（キャンセル分を除く）"] == f"¥{contracted:,}"
    assert money["支払済み"] == f"¥{paid:,}"
    assert "税込" not in "".join(money)


def test_escrow_held_for_an_order_not_under_way_or_cancelled_is_flagged(followed, tmp_path):
    store, _data, _client = followed
    with store.session() as session:
        eid = following.list_engagements(session, states=(following.State.CONTRACTED,), limit=1)[0].id
        following.record_escrow(session, eid, TODAY)
        client = following.get_engagement(session, eid).client_id
        title = following.get_engagement(session, eid).title
    (held,) = _db(store, "SELECT SUM(m.amount) FROM milestone m JOIN work_contract c ON c.id = m.contract_id "
                         "WHERE c.engagement_id = :e AND m.escrowed_on IS NOT NULL AND m.released_on IS NULL",
                  e=eid)[0]  # fmt: skip
    _text, doc = _docx_text(write_progress_report(store, client, tmp_path / "p.docx", TODAY))
    escrow = next(t for t in doc.tables if t.rows[0].cells[0].text == "業務" and len(t.columns) == 5)
    row = next(r for r in escrow.rows if r.cells[0].text == title)
    assert row.cells[3].text == f"¥{held:,}" and row.cells[4].text.startswith("作業開始前")
    with store.session() as session:
        following.take_step(session, eid, following.State.CANCELLED, TODAY, "顧客の都合")
    wb = load_workbook(write_ledger(store, None, tmp_path / "l.xlsx", TODAY))
    rows = [[c.value for c in r] for r in wb["仮払い"].iter_rows(min_row=5)]
    flagged = next(r for r in rows if r[2] == title)
    assert flagged[4] == "キャンセル" and flagged[9] == held and "返金" in flagged[10]


def test_a_late_order_says_how_late_what_was_done_and_what_comes_next(followed, tmp_path):
    store, data, _client = followed
    late = next(o for o in data.orders if o.late == "納品")
    with store.session() as session:
        client = following.get_engagement(session, late.engagement_id).client_id
        following.add_contact(session, late.engagement_id, datetime(2026, 11, 25, 10, 0),
                              following.followup.Party.WORKER, following.followup.Direction.OUT, "電話",
                              "納品予定日を確認")  # fmt: skip
    (due,) = _db(store, "SELECT MIN(delivery_due) FROM work_contract WHERE engagement_id = :e",
                 e=late.engagement_id)[0]  # fmt: skip
    days = (TODAY - date.fromisoformat(str(due))).days
    _text, doc = _docx_text(write_progress_report(store, client, tmp_path / "p.docx", TODAY))
    table = next(t for t in doc.tables if t.rows[0].cells[1].text == "遅れ")
    row = next(r for r in table.rows if r.cells[0].text.startswith(late.title))
    assert f"を{days}日過ぎています" in row.cells[1].text
    assert "2026/11/25 ワーカーへ連絡（電話）：納品予定日を確認" in row.cells[2].text
    assert "納品予定日を確認し" in row.cells[3].text
    orders = doc.tables[1]
    assert any(r.cells[0].text == late.title and r.cells[7].text.splitlines()[0] == f"納品 {days}日遅れ"
               for r in orders.rows)


def test_before_a_payment_is_set_up_the_contracts_payment_date_is_shown(followed, tmp_path):
    store, _data, _client = followed
    _eid, client, title, due = _db(store, """
        SELECT e.id, e.client_id, w.title, MIN(c.payment_due) FROM engagement e
        JOIN work_item w ON w.id = e.work_item_id JOIN work_contract c ON c.engagement_id = e.id
        WHERE e.state NOT IN ('cancelled') AND NOT EXISTS (
            SELECT 1 FROM work_payment p JOIN work_contract k ON k.id = p.contract_id
            WHERE k.engagement_id = e.id)
        GROUP BY e.id, w.id ORDER BY e.id LIMIT 1""")[0]  # fmt: skip
    _text, doc = _docx_text(write_progress_report(store, client, tmp_path / "p.docx", TODAY))
    row = next(r for r in doc.tables[1].rows if r.cells[0].text == title)
    assert row.cells[6].text == f"{date.fromisoformat(str(due)):%Y/%m/%d} 予定"
    cancelled = [r for r in doc.tables[1].rows if r.cells[2].text == "キャンセル"]
    assert all(r.cells[6].text == "—" for r in cancelled)


def test_the_ledger_gives_the_remittance_deadline_and_refuses_no_special_rule(followed, tmp_path):
    store, _data, _client = followed
    paid = _db(store, "SELECT p.paid_on, p.withholding, p.remitted_on FROM work_payment p "
                      "ORDER BY p.due_on, p.id")  # fmt: skip
    wb = load_workbook(write_ledger(store, None, tmp_path / "l.xlsx", TODAY))
    ledger = wb["支払台帳"]
    assert "納期の特例" in ledger["A3"].value and "使えません" in ledger["A3"].value
    assert [ledger.cell(4, c).value for c in (15, 16)] == ["源泉税の\n納付期限", "源泉税の\n納付日"]
    assert "桃色の行" in ledger["A3"].value and "桃色の行" in wb["進捗管理表"]["A3"].value  # the highlight
    assert "桃色＝提出が必要" in wb["支払先別（暦年）"]["A3"].value
    for sheet in ("進捗管理表", "支払台帳", "仮払い"):  # one page wide, rows not split off to a second page
        assert wb[sheet].sheet_properties.pageSetUpPr.fitToPage and wb[sheet].page_setup.fitToWidth == 1
    months = [ledger.cell(row, 14) for row in range(5, ledger.max_row) if ledger.cell(row, 14).value]
    assert months and all(m.value.day == 1 and m.number_format == "yyyy/mm" for m in months)  # 2026/09
    for row, (paid_on, withholding, remitted_on) in enumerate(paid, start=5):
        deadline = ledger.cell(row, 15).value
        if paid_on is None or not withholding:
            assert deadline is None
            continue
        paid_on = date.fromisoformat(str(paid_on))
        month = date(paid_on.year + paid_on.month // 12, paid_on.month % 12 + 1, 10)
        assert month <= deadline.date() <= month + timedelta(days=4)  # the 10th, or the next business day
        assert deadline.date().weekday() < 5
        remitted = ledger.cell(row, 16).value
        assert (remitted.date() if remitted else None) == (
            date.fromisoformat(str(remitted_on)) if remitted_on else None)  # fmt: skip


def test_the_ledger_totals_each_payees_year_and_flags_the_annual_statement(followed, tmp_path):
    store, _data, _client = followed
    expected = {
        (int(year), client, payee): (n, amount, tax, withholding)
        for year, client, payee, n, amount, tax, withholding in _db(store, """
            SELECT substr(CAST(p.paid_on AS TEXT), 1, 4), cl.name, w.name, COUNT(*), SUM(p.amount),
                   SUM(p.tax), SUM(p.withholding)
            FROM work_payment p JOIN work_contract c ON c.id = p.contract_id
            JOIN worker w ON w.id = c.worker_id
            JOIN engagement e ON e.id = c.engagement_id JOIN client cl ON cl.id = e.client_id
            WHERE p.paid_on IS NOT NULL GROUP BY 1, 2, 3""")
    }  # fmt: skip
    sheet = load_workbook(write_ledger(store, None, tmp_path / "l.xlsx", TODAY))["支払先別（暦年）"]
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=5) if r[0].value is not None]
    assert len(rows) == len(expected) and rows
    for year, client, payee, _kind, n, amount, tax, gross, withholding, flag in rows:
        assert expected[(year, client, payee)] == (n, amount, tax, withholding) and gross == amount + tax
        assert flag.startswith("要") == (withholding > 0 and gross > 50_000), (payee, gross, flag)
    assert any(row[-1].startswith("要") for row in rows)


def test_the_order_record_is_the_order_in_japanese_words(followed, tmp_path):
    import re

    from csp_desk.services.documents import write_order_record

    store, _data, _client = followed
    # a finished order with a revision
    eid, title, amount, payment_due = _db(store, """
        SELECT e.id, w.title, c.amount, c.payment_due FROM engagement e
        JOIN work_item w ON w.id = e.work_item_id
        JOIN work_contract c ON c.engagement_id = e.id WHERE e.state IN ('paid', 'rated', 'closed')
        AND EXISTS (SELECT 1 FROM revision_request r WHERE r.contract_id = c.id) ORDER BY e.id LIMIT 1""")[0]
    with store.session() as session:
        following.add_contact(session, eid, datetime(2026, 11, 20, 9, 30), following.followup.Party.CLIENT,
                              following.followup.Direction.IN, "メール", "追加のご相談")  # fmt: skip
    wb = load_workbook(write_order_record(store, eid, tmp_path / "案件記録.xlsx", TODAY))
    assert wb.sheetnames == ["案件記録", "変更履歴"]
    sheet = wb["案件記録"]
    cells = [[c.value for c in r] for r in sheet.iter_rows()]
    fields: dict[str, object] = {}
    for r in cells:  # the label–value rows come first; a table's header repeats some labels later
        if isinstance(r[0], str) and r[1] is not None:
            fields.setdefault(r[0], r[1])
    assert fields["業務"] == title and fields["契約金額"].startswith(f"¥{amount:,}（消費税別")
    assert fields["支払期日"] == f"{date.fromisoformat(str(payment_due)):%Y年%-m月%-d日}"
    sections = [r[0] for r in cells if isinstance(r[0], str) and re.match(r"\d\. ", r[0])]
    assert sections[:2] == ["1. 概要", "2. 契約条件"] or sections[1].startswith("2. 契約条件")
    assert {"3. 仮払い（プラットフォームへの預け入れ）", "5. 納品・修正・条件の変更", "6. 連絡記録",
            "8. 支払と源泉徴収"} <= set(sections)  # fmt: skip
    flat = [str(v) for r in cells for v in r if v is not None]
    assert "修正依頼" in flat and "追加のご相談" in flat
    assert any(v.startswith("顧客から") for v in flat)
    history = [[str(c.value) for c in r if c.value is not None] for r in wb["変更履歴"].iter_rows(min_row=5)]
    everything = flat + [v for r in history for v in r]
    raw = re.compile(r"[{}\[\]]|'[a-z_]+'|\b(?:in_progress|escrowed|prepaid|platform|individual|corporation|"
                     r"order_json|change_handling|True|False|None)\b")  # fmt: skip
    assert not [v for v in everything if raw.search(v)]
    assert sheet.page_setup.paperSize == 9 and sheet.page_setup.orientation == "portrait"
    nested = re.compile(r"（[^（）]*（[^（）]*）[^（）]*）")  # 「（消費税別（…））」 reads badly: 、 or 『』
    assert not [v for v in flat if nested.search(v)]
    dates = [c for r in sheet.iter_rows() for c in r if isinstance(c.value, datetime | date)]
    dates += [c for r in wb["変更履歴"].iter_rows(min_row=5) for c in r if isinstance(c.value, datetime)]
    assert dates and all(c.alignment.horizontal == "left" for c in dates)  # as the written 日時 are


def test_the_order_record_prints_without_empty_pages(followed, tmp_path):
    from csp_desk.services.documents import write_order_record

    store, _data, _client = followed
    (eid,) = _db(store, "SELECT id FROM engagement WHERE state = 'cancelled' ORDER BY id LIMIT 1")[0]
    pdf = to_pdf(write_order_record(store, eid, tmp_path / "記録.xlsx", TODAY), tmp_path)
    pages = pdf_text(pdf).split("\f")[:-1]
    assert 2 <= len(pages) <= 6
    for number, page in enumerate(pages, start=1):
        body = [line for line in page.splitlines()
                if line.strip() and "ページ" not in line and "現在）" not in line]  # fmt: skip
        assert len(body) >= 2, f"page {number} is empty"
    assert "キャンセル" in pages[0] and "記録はありません。" in "".join(pages)


def test_the_order_records_contact_table_repeats_its_header_on_each_page_it_runs_onto(followed, tmp_path):
    """An order with many contacts: the 連絡記録 table runs over pages; every page it continues on
    starts with its header row (日時・相手・内容・手段), written again after a page break placed by
    hand (the sheet's rows all have their heights, so the breaks are where a reader's office suite
    puts them), and no section title is left at the foot of a page."""
    from csp_desk.services.documents import write_order_record

    store, _data, _client = followed
    (eid,) = _db(store, "SELECT id FROM engagement WHERE state = 'cancelled' ORDER BY id LIMIT 1")[0]
    with store.session() as session:
        for i in range(70):
            detail = "：納期と修正の範囲について詳しい説明を求められた" if i % 4 == 0 else ""
            summary = f"追加のご相談{i + 1:02d}{detail}"
            following.add_contact(session, eid, datetime(2026, 10, 1, 9, 0) + timedelta(hours=5 * i),
                                  following.followup.Party.CLIENT, following.followup.Direction.IN, "メール",
                                  summary)  # fmt: skip
    path = write_order_record(store, eid, tmp_path / "記録.xlsx", TODAY)
    sheet = load_workbook(path)["案件記録"]
    breaks = [b.id for b in sheet.row_breaks.brk]
    assert breaks
    heads = ["日時", "相手", "内容", "手段"]
    header_rows = [r for r in range(1, sheet.max_row + 1)
                   if [sheet.cell(r, c).value for c in range(1, 5)] == heads]  # fmt: skip
    assert len(header_rows) >= 3  # the first, and again on each page the table runs onto
    assert all(row - 1 in breaks for row in header_rows[1:])
    assert all(sheet.row_dimensions[r].height for r in range(1, sheet.max_row + 1))  # heights known
    pages = pdf_text(to_pdf(path, tmp_path)).split("\f")[:-1]
    if not pages:
        return
    continued = [p for p in pages if "追加のご相談" in p]
    assert len(continued) >= 3
    for page in continued[1:]:
        body = [line.split() for line in page.splitlines() if line.strip()][1:]  # under the running header
        assert body[0] == heads, body[:2]
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip() and "ページ" not in line]
        assert not re.match(r"\d\. ", lines[-1]), f"a section title ends a page: {lines[-1]}"


def test_late_reasons_and_days_count_from_the_date_each_refers_to():
    from csp_desk.domain.progress import days_late, late_reason

    State = following.State
    due, today = date(2026, 11, 1), date(2026, 11, 11)
    assert late_reason(State.IN_PROGRESS, today, due, None, None, None) == "納品"
    assert late_reason(State.CONTRACTED, today, due, None, None, None) == "仮払い"  # escrow never came
    assert late_reason(State.ESCROWED, today, date(2026, 11, 30), None, None, None) == ""
    assert late_reason(State.DELIVERED, today, due, date(2026, 11, 2), None, None) == "検収"
    assert late_reason(State.ACCEPTED, today, due, date(2026, 11, 2), date(2026, 11, 5), None) == "支払"
    assert days_late("納品", today, due, None, None) == 10
    assert days_late("仮払い", today, due, None, None) == 10
    assert days_late("検収", today, due, date(2026, 11, 2), None) == 2  # seven days after delivery
    assert days_late("支払", today, due, None, date(2026, 11, 5)) == 6


def test_escrow_flags_and_the_annual_statement_threshold():
    from csp_desk.domain.order_types import OrderType
    from csp_desk.domain.progress import EscrowLine, PayeeYear

    State = following.State
    today = date(2026, 11, 30)

    def escrow(state, held=10_000):
        return EscrowLine(1, "顧客", "業務", OrderType.PROJECT, state, "", date(2026, 11, 1), 10_000, None,
                          held)  # fmt: skip

    started = "作業開始前：仮払いから29日、ワーカーの着手を確認してください"
    assert escrow(State.ESCROWED).flag(today) == started
    assert escrow(State.ESCROWED_BEFORE_POSTING).flag(today) == "作業開始前（公開前）：仮払いから29日"
    # competitions and tasks are prepaid before publication (REFERENCE §1.3, §1.4): the normal flow
    before = (State.ESCROWED_BEFORE_POSTING, State.POSTED)
    for kind, states in ((OrderType.COMPETITION, (*before, State.ENTRIES)), (OrderType.TASK, before)):
        for state in states:
            line = EscrowLine(1, "顧客", "ロゴ", kind, state, "", date(2026, 11, 1), 10_000, None, 10_000)
            assert line.flag(today) == "", (kind, state)
        cancelled = EscrowLine(1, "顧客", "ロゴ", kind, State.CANCELLED, "", date(2026, 11, 1), 10_000, None,
                               10_000)  # fmt: skip
        assert "返金" in cancelled.flag(today)
    assert "返金" in escrow(State.CANCELLED).flag(today)
    assert escrow(State.IN_PROGRESS).flag(today) == "" and escrow(State.CANCELLED, held=0).flag(today) == ""
    year = PayeeYear(2026, "顧客", "森", "individual", 1, 45_455, 4_545, 4_640)
    assert year.gross == 50_000 and not year.statement_needed  # not over ¥50,000
    assert PayeeYear(2026, "顧客", "森", "individual", 1, 45_456, 4_545, 4_641).statement_needed
    assert not PayeeYear(2026, "顧客", "社", "corporation", 1, 90_000, 9_000, 0).statement_needed


def test_a_sentence_in_the_history_is_quoted_so_no_comma_follows_its_full_stop():
    from csp_desk.domain.history import changes_text

    comment = {"comment": [None, "丁寧に対応いただきました。"], "communication": [None, 5]}
    rated = changes_text(comment, "insert")
    assert rated == "コメント: 「丁寧に対応いただきました。」、連絡: 5"
    assert "。、" not in rated
    assert changes_text({"title": [None, "契約金額"]}, "insert") == "名称: 契約金額"  # a name stays as it is


def test_a_document_says_what_was_kept_and_shows_the_start_of_a_hash_not_64_digits():
    from csp_desk.domain.history import changes_text

    digest = "89d910a84a6c3dd731af0d5509a926da82405839167187668b7441c28bf12727"
    issued = changes_text({"order_json": [None, "…"], "sha256": [None, digest]}, "insert")
    assert issued == "募集条件: その時点の内容をすべて保存、改ざん確認用の値: 89d910a84a6c…（SHA-256 の先頭）"
    window = changes_text({"sha256": [None, digest]}, "insert", words=lambda pair: pair[0])
    assert window == f"Hash (SHA-256): {digest}"  # the window keeps it whole


def test_the_progress_report_keeps_names_whole_and_charts_only_stages_with_orders(followed, tmp_path):
    from csp_desk.reports.progress import STAGES_JA, running_stages

    store, _data, client = followed
    with store.session() as session:
        data = following.progress_data(session, client.id, TODAY)
    stages = running_stages(data)
    assert stages and all(count > 0 for _label, count in stages)  # no empty bars
    assert {label for label, _count in stages} <= set(STAGES_JA[:-1])  # finished orders are not running
    _text, doc = _docx_text(write_progress_report(store, client.id, tmp_path / "p.docx", TODAY))
    orders = doc.tables[1]
    assert orders.rows[0].cells[4].text == "契約金額\n（税抜）"  # not 「（税/抜）」
    several = [o for o in data.orders if "、" in o.workers]
    assert several  # the demo's task: one name a line, so none breaks in the middle
    row = next(r for r in orders.rows if r.cells[0].text == several[0].title)
    assert row.cells[3].text.split("\n") == several[0].workers.split("、")


# --- issue 13 review: counts that agree with the proposal, terms notices flagged -------------


@pytest.fixture
def noticed(store, catalogue):
    """The demo as `csp-desk demo` makes it: orders followed, some contracts' terms notices issued
    (some late), the other contracts with none."""
    from csp_desk.services.documents import issue_demo_notices
    from csp_desk.store.demo import fill_notice_terms

    fill_demo(store, catalogue, clients=8, today=TODAY)
    fill_following(store, workers=20, share=0.9, today=TODAY)
    assert issue_demo_notices(store, fill_notice_terms(store, catalogue), TODAY)
    return store


def _fields(sheet):
    """The 案件記録's label–value rows, every one (a label may come once per contract)."""
    return [(r[0].value, r[1].value, r[1].fill.fgColor.rgb) for r in sheet.iter_rows()
            if isinstance(r[0].value, str) and r[1].value is not None]  # fmt: skip


def test_the_report_counts_every_work_item_of_the_client_as_the_proposal_does(followed, tmp_path, catalogue):
    """「ご依頼の業務N件」 is the client's work items — those with no order yet too, as the
    proposal and the budget count them — and the parts add up to it; an order still in preparation
    (募集準備中) is not ordered, so not 進行中."""
    store, _data, _client = followed
    with store.session() as session:
        clients = repo.list_clients(session, include_archived=True)
        cases = [(c, following.progress_data(session, c.id, TODAY)) for c in clients]
        client, data = next((c, d) for c, d in cases if d.unordered and d.preparing)
        proposal = repo.proposal_data(session, client.id, catalogue, TODAY)
    assert data.item_count == proposal.item_count + len(proposal.ordered)
    assert not any(o.state.value == "draft" for o in data.running)
    waiting = len(data.preparing) + len(data.unordered)
    assert len(data.finished) + len(data.running) + len(data.cancelled) + waiting == data.item_count
    text, _doc = _docx_text(write_progress_report(store, client.id, tmp_path / "r.docx", TODAY))
    assert f"ご依頼の業務{data.item_count}件のうち、" in text
    assert f"進行中が{len(data.running)}件" in text
    assert f"まだ発注していないものが{waiting}件（うち募集準備中{len(data.preparing)}件）" in text
    lines = text.split("\n")
    listed = next(line for line in lines if line.startswith("このほか、まだ発注の準備に入っていない業務"))
    assert f"{len(data.unordered)}件" in listed and all(title in listed for title in data.unordered)


def test_the_stage_chart_leaves_out_orders_still_in_preparation(followed):
    from csp_desk.reports.progress import running_stages

    store, _data, _client = followed
    with store.session() as session:
        clients = repo.list_clients(session, include_archived=True)
        every = (following.progress_data(session, c.id, TODAY) for c in clients)
        data = next(d for d in every if d.preparing)
    assert sum(count for _stage, count in running_stages(data)) == sum(
        1 for o in data.running if o.state.value not in ("paid", "rated", "closed"))


def test_a_missing_or_late_terms_notice_is_flagged_in_the_record_the_report_and_the_ledger(noticed, tmp_path):
    from csp_desk.services.documents import write_order_record

    store = noticed
    with store.session() as session:
        data = following.progress_data(session, None, TODAY)
    late = next(n for n in data.notices if n.late)
    missing = next(n for n in data.notices if n.missing)
    on_time = next(n for n in data.notices if n.given_on == n.contracted_on)
    assert late.days_late == (late.given_on - late.contracted_on).days > 0

    # 案件記録: the contract's line says what is wrong and what to do, tinted; the overview too
    pink = "00F8D7DA"
    for notice, words, advice in (
        (late, f"契約日から{late.days_late}日後", "※ 交付が遅れています。"),
        (missing, "交付の記録なし", "※ 発注（契約）したら直ちに取引条件をワーカーに明示し"),
    ):
        wb = load_workbook(write_order_record(store, notice.engagement_id, tmp_path / "r.xlsx", TODAY))
        fields = _fields(wb["案件記録"])
        value, fill = next((v, f) for label, v, f in fields if label == "取引条件明示書" and "\n" in v)
        assert words in value and advice in value and "フリーランス法第3条" in value and fill == pink
        overview = next(v for label, v, f in fields if label == "取引条件明示書")
        assert "「2. 契約条件」をご覧ください" in overview
    wb = load_workbook(write_order_record(store, on_time.engagement_id, tmp_path / "ok.xlsx", TODAY))
    ok = [(v, f) for label, v, f in _fields(wb["案件記録"]) if label == "取引条件明示書"]
    if not any(n.engagement_id == on_time.engagement_id and (n.missing or n.late) for n in data.notices):
        assert ok == [(ok[0][0], "00000000")] and "※" not in ok[0][0]

    # 進捗報告書: the order's remark and a section listing the contracts to look at
    ((client_id,),) = _db(store, "SELECT client_id FROM engagement WHERE id = :id", id=late.engagement_id)
    with store.session() as session:
        mine = following.progress_data(session, client_id, TODAY)
    text, doc = _docx_text(write_progress_report(store, client_id, tmp_path / "p.docx", TODAY))
    assert f"取引条件明示書の交付に確認が必要な契約が{len(mine.flagged_notices)}件あります" in text
    assert "6. 取引条件明示書（ワーカーへの取引条件の明示）" in text
    heads = ["交付日", "確認事項"]
    notices_table = next(t for t in doc.tables if [c.text for c in t.rows[0].cells][3:] == heads)
    row = next(r for r in notices_table.rows
               if r.cells[0].text == late.title and late.worker in r.cells[1].text)  # fmt: skip
    assert f"（{late.days_late}日後）" in row.cells[3].text and "交付が遅れています" in row.cells[4].text
    orders = doc.tables[1]
    remark = next(r.cells[7].text for r in orders.rows if r.cells[0].text == late.title)
    assert f"明示書 {late.days_late}日遅れ" in remark.splitlines()

    # 進捗管理表: the same words in 遅れ・備考
    wb = load_workbook(write_ledger(store, None, tmp_path / "l.xlsx", TODAY))
    rows = {r[2].value: r[16].value or "" for r in wb["進捗管理表"].iter_rows(min_row=5)}
    assert f"明示書 {late.days_late}日遅れ" in rows[late.title].splitlines()
    assert "明示書 未交付" in rows[missing.title].splitlines()


def test_a_tasks_acceptance_has_the_workers_submissions_as_its_delivery(followed):
    """The demo's tasks: the work submitted in the approval period is the delivery, so an accepted
    task shows a 納品日 on or before its 検収日, and its 納期 is not after its acceptance."""
    _store, data, _client = followed
    tasks = [o for o in data.orders if o.order_type.value == "task" and o.accepted_on is not None]
    assert tasks
    for o in tasks:
        assert o.delivered_on is not None and o.delivered_on <= o.accepted_on
        assert o.delivery_due is not None and o.delivery_due <= o.accepted_on


def test_an_acceptance_without_a_recorded_delivery_is_said_in_the_ledger(followed):
    from csp_desk.reports.ledger import remarks

    _store, data, _client = followed
    accepted = next(o for o in data.orders if o.accepted_on is not None)
    from dataclasses import replace

    assert "納品日の記録なし" in remarks(replace(accepted, delivered_on=None), data).splitlines()
    assert "納品日の記録なし" not in remarks(replace(accepted, delivered_on=accepted.accepted_on), data)
