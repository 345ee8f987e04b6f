import re
import zipfile
from datetime import date

import pytest
from docx import Document
from openpyxl import load_workbook

from csp_desk.domain.breakdown import WorkItemDraft
from csp_desk.domain.order_types import OrderType
from csp_desk.domain.proposal import (
    ClientSummary,
    ProblemBreakdown,
    ProducerProfile,
    ProposalData,
)
from csp_desk.reports.budget import ITEMS_SHEET, SUMMARY_SHEET, write_budget
from csp_desk.reports.proposal import write_proposal

from .office import pdf_text, to_pdf

BOTH_ENGINES = True  # the tests with a `store` run on SQLite and on PostgreSQL (conftest)


@pytest.fixture
def data():
    return ProposalData(
        client=ClientSummary(1, "株式会社さくら食品", industry="食料品製造業", prefecture="長野県"),
        producer=ProducerProfile(name="森 さやか", organisation="もり経営サポート",
                                 certification="CSP認定", phone="03-1234-5678",
                                 email="mori@example.jp"),
        issued_on=date(2026, 11, 26),
        problems=(
            ProblemBreakdown("広報・PR", date(2026, 11, 1), (
                WorkItemDraft("ロゴデザイン", OrderType.COMPETITION, "案を見比べて選べるため",
                              "design.logo", "ロゴ一式", budget_min=20000, budget_max=50000,
                              hours=12, start_date=date(2026, 12, 1),
                              due_date=date(2026, 12, 21)),
                WorkItemDraft("プレスリリース", OrderType.PROJECT, "やり取りが必要なため",
                              "writing.copy", "原稿", budget_min=10000, budget_max=30000),
            )),
            ProblemBreakdown("業務効率化", date(2026, 11, 1), (
                WorkItemDraft("紙書類の電子化", OrderType.TASK, "多数の人で分担できるため",
                              "data.entry", "入力データ", minutes_per_item=3, quantity=1000,
                              budget_min=1000, budget_max=5000),
            )),
        ),
        category_names={"design.logo": "ロゴデザイン", "data.entry": "データ入力"},
    )


def _all_text(doc):
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_proposal_shows_cover_problems_breakdown_budget_flow_and_contact(tmp_path, data):
    path = write_proposal(data, tmp_path / "proposal.docx")
    doc = Document(str(path))
    text = _all_text(doc)
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert "株式会社さくら食品 御中" in text
    assert "2026年11月26日" in text
    assert "1. ご提案の概要" in headings and "9. ご承認とお問い合わせ先" in headings
    assert "2.1 広報・PR" in headings and "2.2 業務効率化" in headings
    assert "コンペ形式" in text and "案を見比べて選べるため" in text
    assert "1件3分 × 1,000件" in text
    assert "合計" in text and "¥31,000" in text and "¥85,000" in text
    assert "依頼　→　契約　→　納品　→　支払　→　評価" in text
    assert "mori@example.jp" in text and "クラウドソーシング・プロデューサー　森 さやか" in text


def test_proposal_is_a4_with_japanese_fonts_page_numbers_and_unsplit_rows(tmp_path, data):
    path = write_proposal(data, tmp_path / "proposal.docx")
    doc = Document(str(path))
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    with zipfile.ZipFile(path) as archive:
        styles = archive.read("word/styles.xml").decode()
        body = archive.read("word/document.xml").decode()
        footer = "".join(archive.read(n).decode() for n in archive.namelist() if "footer" in n)
    assert 'w:eastAsia="Yu Gothic"' in styles
    assert "PAGE" in footer and "NUMPAGES" in footer
    assert "<w:tblHeader/>" in body and "<w:cantSplit/>" in body


def test_budget_has_formulas_validation_frozen_header_filter_chart_and_print_setup(tmp_path, data):
    path = write_budget(data, tmp_path / "budget.xlsx")
    wb = load_workbook(path)
    ws = wb[ITEMS_SHEET]
    header = [c.value for c in ws[4]]
    assert header[:4] == ["No.", "経営課題", "業務", "発注形式"]
    assert [ws.cell(row=r, column=3).value for r in (5, 6, 7)] == [
        "ロゴデザイン", "プレスリリース", "紙書類の電子化"
    ]
    assert ws["J5"].value == 20000 and ws["J5"].number_format == '"¥"#,##0'
    assert ws["J8"].value == "=SUBTOTAL(109,J5:J7)"
    assert ws.freeze_panes == "A5"
    assert ws.auto_filter.ref.startswith("A4:")
    validation = ws.data_validations.dataValidation[0]
    assert validation.type == "list" and "コンペ形式" in validation.formula1
    assert "D5" in str(validation.sqref)
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$4:$4"
    summary = wb[SUMMARY_SHEET]
    assert summary["A4"].value == "広報・PR"
    assert summary["C4"].value.startswith("=SUMIFS(")
    assert summary["C6"].value == "=SUM(C4:C5)"
    assert len(summary._charts) == 1


def test_budget_totals_compute_to_the_right_yen_in_a_real_office_suite(tmp_path, data):
    path = write_budget(data, tmp_path / "budget.xlsx")
    pdf = to_pdf(path, tmp_path)
    text = pdf_text(pdf)
    if text:
        assert "¥31,000" in text and "¥85,000" in text
        assert "¥30,000" in text  # 広報・PR subtotal (SUMIFS)


def test_proposal_opens_in_a_real_office_suite(tmp_path, data):
    pdf = to_pdf(write_proposal(data, tmp_path / "proposal.docx"), tmp_path)
    text = pdf_text(pdf)
    if text:
        assert "株式会社さくら食品" in text
        pages = text.split("\f")[:-1]
        assert "ページ" not in pages[0]  # the cover is not numbered
        assert f"2/{len(pages)}ページ" in pages[1].replace(" ", "")


def test_empty_breakdown_still_makes_valid_documents(tmp_path, data):
    from dataclasses import replace

    empty = replace(data, problems=())
    doc = Document(str(write_proposal(empty, tmp_path / "p.docx")))
    assert "まだ経営課題が登録されていません。" in _all_text(doc)
    wb = load_workbook(write_budget(empty, tmp_path / "b.xlsx"))
    assert wb[ITEMS_SHEET]["J5"].value == 0


# --- the terms notice: refused for exactly what the checklist counts ---------------------------


def _notice_case(**paths):
    from csp_desk.domain.orders import parse_order
    from csp_desk.domain.rules import check

    from .test_rules import CONTRACT, REFERENCE, changed

    order = parse_order(changed(CONTRACT, **paths))
    return order, check(order, reference=REFERENCE)


@pytest.mark.parametrize(
    "paths",
    [
        {},
        {"contract__delivery_place": None},  # an Art 3 item: CONT-02 error (and guideline ⑦)
        {"contract__change_handling": None},  # a guideline-only item: CONT-01 warning
        {"orderer__harassment_contact": None},  # CONT-14 warning
        {"contract__change_handling": None, "worker__has_employees": True},  # the Act does not apply
        {"worker__name": None},  # the parties: Art 3 only
    ],
)
def test_the_notice_is_refused_exactly_when_the_checklist_says_it_is_blocked(paths):
    from csp_desk.domain.rules.contract import notice_blockers
    from csp_desk.reports.terms_notice import missing_items

    order, found = _notice_case(**paths)
    for accepted in ((), ("CONT-01",), ("CONT-14",), ("CONT-01", "CONT-14")):
        blocked = notice_blockers(found, accepted)
        assert bool(blocked) == bool(missing_items(order, accepted)), (paths, accepted, blocked)


def test_an_act_item_blocks_the_notice_even_with_a_reason_a_guideline_item_not():
    from csp_desk.domain.rules.contract import notice_blockers
    from csp_desk.reports.terms_notice import missing_items, notice_gaps

    order, found = _notice_case(contract__delivery_place=None)
    assert [f.rule for f in notice_blockers(found, ("CONT-01",))] == ["CONT-02"]
    assert missing_items(order, ("CONT-01",)) == ["where it is received"]
    order, found = _notice_case(contract__change_handling=None)
    assert [(f.rule, f.severity.value) for f in notice_blockers(found)] == [("CONT-01", "warning")]
    assert notice_gaps(order) == ([], ["⑨ how changes are handled"])
    assert notice_blockers(found, ("CONT-01",)) == [] and missing_items(order, ("CONT-01",)) == []


def test_a_notice_left_short_for_a_recorded_reason_is_written(tmp_path):
    from csp_desk.reports.terms_notice import NoticeIncomplete, write_terms_notice

    order, _found = _notice_case(contract__change_handling=None)
    with pytest.raises(NoticeIncomplete):
        write_terms_notice(order, tmp_path / "n.docx", date(2026, 12, 1))
    assert write_terms_notice(order, tmp_path / "n.docx", date(2026, 12, 1), accepted={"CONT-01"}).exists()


# --- no internal reference in what the client reads --------------------------------------------

INTERNAL = re.compile(
    r"REFERENCE|§\s*\d|\b(?:POST|CONT|RUN|TAX|ID|REC)-\d{2}\b|\bPB\d{1,2}\b|\bEST\b"
)
"""What only the producer's desk knows: the domain reference file and its sections, the checker's
rule ids, and the catalogue's price-source tags. The checklist in the posting editor and the CLI's
findings show rule ids on purpose; documents for a client or a worker never do."""


def _docx_all_text(path):
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in doc.sections:
        parts.extend(p.text for p in section.header.paragraphs)
        parts.extend(p.text for p in section.footer.paragraphs)
    parts += [doc.core_properties.title or "", doc.core_properties.subject or ""]
    return "\n".join(parts)


def _xlsx_all_text(path):
    book = load_workbook(path)
    return "\n".join(
        str(cell.value) for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
        if cell.value is not None
    )  # fmt: skip


def test_no_internal_reference_reaches_a_client_facing_document(store, catalogue, tmp_path):
    from dataclasses import replace

    from csp_desk.domain.breakdown import from_template
    from csp_desk.domain.orders import Contract
    from csp_desk.services.documents import issue_terms_notice, write_client_document, write_progress_report
    from csp_desk.store import following, repo
    from csp_desk.store.demo import fill_demo, fill_following

    today = date(2026, 11, 26)
    fill_demo(store, catalogue, clients=6, today=today)
    fill_following(store, workers=20, share=0.9, today=today)
    with store.session() as session:
        clients = repo.list_clients(session, include_archived=True)
        busiest = max(clients, key=lambda c: len(following.progress_data(session, c.id, today).orders))
        problems = repo.list_problems(session, client_id=busiest.id)
        item_id = next(item.id for p in problems for item in repo.list_work_items(session, p.id))
        order = repo.load_posting(session, item_id, catalogue)
    texts = {}
    for client in clients:  # every client's proposal: every problem's caution and note is printed
        proposal = write_client_document(store, client.id, "proposal", tmp_path / f"p{client.id}.docx",
                                         catalogue, today)  # fmt: skip
        texts[f"proposal {client.name}"] = _docx_all_text(proposal)
        budget = write_client_document(store, client.id, "budget", tmp_path / f"b{client.id}.xlsx",
                                       catalogue, today)  # fmt: skip
        texts[f"budget {client.name}"] = _xlsx_all_text(budget)
    whole = ProposalData(  # a client who heard of every problem: every caution of the catalogue printed
        client=ClientSummary(1, "株式会社さくら食品"), producer=ProducerProfile(name="森 さやか"),
        issued_on=today,
        problems=tuple(ProblemBreakdown(p.name_ja, today, tuple(from_template(t) for t in p.work_items),
                                        p.caution) for p in catalogue.problems),
        category_names={c.id: c.name_ja for c in catalogue.categories},
    )  # fmt: skip
    texts["proposal of the whole catalogue"] = _docx_all_text(write_proposal(whole, tmp_path / "all.docx"))
    texts["budget of the whole catalogue"] = _xlsx_all_text(write_budget(whole, tmp_path / "all.xlsx"))
    report = write_progress_report(store, busiest.id, tmp_path / "progress.docx", today)
    texts["progress report"] = _docx_all_text(report)
    order = replace(
        order,
        orderer=replace(order.orderer, address="長野県長野市中央1-2-3", contact="info@example.jp",
                        harassment_contact="総務部 相談窓口"),
        expenses="通信費は受注者負担",
        # the worker, date, amount and due dates are the contract recorded for the item (issue 13)
        contract=Contract(
            content="制作一式", delivery_place="メッセージ機能で納品", payment_method="仮払い",
            change_handling="合意により変更", defect_handling="14日以内は無償で修正",
            personal_data_handling="業務以外に使用しない",
        ),
    )  # fmt: skip
    notice = issue_terms_notice(store, item_id, order, tmp_path / "notice.docx", today, channel="email")
    texts["terms notice"] = _docx_all_text(notice)
    leaks = {name: INTERNAL.findall(text) for name, text in texts.items()}
    assert not {name: found for name, found in leaks.items() if found}
    assert all(texts.values())


def test_the_leak_check_would_catch_the_old_caution():
    assert INTERNAL.findall("雇用に近い使い方になりやすい（REFERENCE §9）") == ["REFERENCE", "§9"]
    assert INTERNAL.search("根拠：POST-16") and not INTERNAL.search("ID-Card") and not INTERNAL.search("TEST")


def test_every_document_names_csp_desk_as_the_application_that_wrote_it(tmp_path):
    """docProps/app.xml of every Word document and workbook the demo can produce says 「csp-desk
    <version>」 — never 「Microsoft Excel Compatible / Openpyxl」 nor python-docx's 「Microsoft Macintosh
    Word」 — without another application's version or the blank template's page and word counts."""
    import sqlite3

    from csp_desk import __version__
    from csp_desk.cli import run

    db = tmp_path / "demo.sqlite3"
    assert run(["demo", "--db", str(db)]) == 0
    (notice,) = sqlite3.connect(db).execute("SELECT min(id) FROM issued_notice").fetchone()
    (order,) = sqlite3.connect(db).execute("SELECT min(id) FROM engagement").fetchone()
    out = tmp_path / "out"
    out.mkdir()
    exports = [
        ("proposal", "--client", "1", "提案書.docx"), ("budget", "--client", "1", "予算表.xlsx"),
        ("progress", "--client", "1", "進捗報告書.docx"), ("ledger", "--client", "1", "台帳.xlsx"),
        ("record", "--order", str(order), "案件記録.xlsx"),
        ("issued-notice", "--notice", str(notice), "明示書.docx"),
        ("workshop-summary", "--workshop", "1", "集計.xlsx"), ("handouts", "--workshop", "1", "配布資料"),
    ]  # fmt: skip
    for kind, option, value, name in exports:
        assert run(["export", kind, option, value, "--out", str(out / name), "--db", str(db)]) == 0, kind
    assert run(["export", "template", "--out", str(out / "テンプレート.docx")]) == 0
    personal = ["personal-data", "export", "--worker", "1", "--out", str(out / "本人.json"), "--db", str(db)]
    assert run(personal) == 0
    written = sorted(p for p in out.rglob("*") if p.suffix in (".docx", ".xlsx"))
    assert {p.suffix for p in written} == {".docx", ".xlsx"} and len(written) >= 12
    for path in written:
        with zipfile.ZipFile(path) as package:
            app = package.read("docProps/app.xml").decode("utf-8")
        named = re.search(r"<Application>(.*?)</Application>", app)
        assert named and named.group(1) == f"csp-desk {__version__}", (path.name, app)
        assert "Openpyxl" not in app and "Microsoft" not in app and "<Pages>" not in app, path.name
        assert "<AppVersion>" not in app, path.name
