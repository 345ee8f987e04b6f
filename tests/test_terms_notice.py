from datetime import date

import pytest
from docx import Document

from csp_desk.domain.orders import parse_order
from csp_desk.reports.terms_notice import NoticeIncomplete, missing_items, write_terms_notice

from .office import pdf_text, to_pdf
from .test_rules import CONTRACT, PROJECT, changed

GIVEN = ("--given-on", date.today().isoformat(), "--channel", "platform")


def _text(path):
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_the_notice_carries_every_guideline_and_act_item(tmp_path):
    path = write_terms_notice(parse_order(CONTRACT), tmp_path / "notice.docx", date(2026, 12, 1))
    text = _text(path)
    for label in ["発注者（名称・所在地・連絡先）", "受注者（氏名又は名称）",
                  "業務委託をした日（注文年月日）", "給付の内容", "報酬の額", "支払期日",
                  "支払方法", "諸経費の取扱い",
                  "給付を受領する期日（納期）", "給付を受領する場所", "検査を完了する期日（検収日）",
                  "契約条件を変更する場合の取扱い", "成果物に瑕疵がある場合", "知的財産権の取扱い",
                  "個人情報の取扱い", "ハラスメントに関する相談窓口"]:  # fmt: skip
        assert label in text.replace("\n", ""), label  # labels break only between words
    assert "株式会社さくら食品" in text and "佐藤ウェブ制作 様" in text
    assert "2027年2月26日" in text and "220,000円（消費税別）" in text
    assert "特定受託事業者に係る取引の適正化等に関する法律第3条" in text
    assert "総務部ハラスメント相談窓口" in text
    assert "交付日：2026年12月1日" in text and "改めて交付" not in text  # the first notice
    assert "「新商品『信州りんごジャム』のランディングページ制作」の取引条件" in text
    assert text.rstrip().endswith("以上") or "\n以上\n" in text



def test_the_work_is_the_postings_deliverables_when_the_contract_does_not_word_it(tmp_path):
    """③ 給付の内容: with the contract's own words empty, the notice states the posting's description
    and deliverables — and the order's checklist reads them the same way (the exported order file
    said CONT-02 「給付の内容」 missing for a notice issued with it)."""
    from csp_desk.domain.rules import check

    from .test_rules import REFERENCE

    order = parse_order(changed(CONTRACT, contract__content=""))
    assert "CONT-02" not in {f.rule for f in check(order, reference=REFERENCE)}
    text = _text(write_terms_notice(order, tmp_path / "notice.docx", date(2026, 12, 1)))
    assert "成果物：HTML/CSS一式" in text and "ランディングページ" in text
    bare = parse_order(changed(CONTRACT, contract__content="", description="", deliverables=""))
    assert "CONT-02" in {f.rule for f in check(bare, reference=REFERENCE)}
    with pytest.raises(NoticeIncomplete):
        write_terms_notice(bare, tmp_path / "bare.docx", date(2026, 12, 1))

def test_a_notice_with_missing_items_is_refused_with_the_list(tmp_path):
    order = parse_order(changed(CONTRACT, contract__delivery_place=None,
                                orderer__harassment_contact=None))  # fmt: skip
    with pytest.raises(NoticeIncomplete) as caught:
        write_terms_notice(order, tmp_path / "notice.docx", date(2026, 12, 1))
    assert caught.value.items == ["⑦ where and how it is delivered", "the harassment consultation desk"]
    assert not (tmp_path / "notice.docx").exists()


def test_no_notice_without_contract_terms():
    assert missing_items(parse_order(PROJECT)) == ["the contract terms"]


def test_withholding_is_shown_for_an_individual_designer(tmp_path):
    order = parse_order(changed(CONTRACT, category="design.banner", contract__amount=50000))
    text = _text(write_terms_notice(order, tmp_path / "n.docx", date(2026, 12, 1)))
    if order.reward.tax == "excluded":  # 50,000 + 5,000 − 5,105
        assert "消費税 5,000円を加え、源泉徴収税額 5,105円を差し引いた49,895円を支払います。" in text
    else:
        assert "源泉徴収税額 5,105円を差し引き、44,895円を支払います。" in text


def test_the_notice_opens_in_a_real_office_suite(tmp_path):
    path = write_terms_notice(parse_order(CONTRACT), tmp_path / "notice.docx", date(2026, 12, 1))
    text = pdf_text(to_pdf(path, tmp_path))
    if text:
        assert "取引条件明示書" in text


def test_the_command_line_refuses_an_incomplete_notice_then_issues_and_keeps_it(tmp_path):
    import sqlite3

    from csp_desk.store import repo
    from csp_desk.store.db import open_store

    from .test_cli import csp_desk

    db, out = tmp_path / "demo.sqlite3", tmp_path / "notice.docx"
    csp_desk("demo", "--db", db, "--clients", 1)
    store = open_store(db)
    with store.session() as session:
        client = repo.list_clients(session)[0]
        item = repo.list_work_items(session, repo.list_problems(session, client_id=client.id)[0].id)[0].id
    store.close()
    refused = csp_desk("export", "notice", "--work-item", item, "--out", out, "--db", db, *GIVEN)
    assert refused.returncode == 1 and "取引条件明示書" in refused.stderr and "契約条件" in refused.stderr
    assert not out.exists()
    store = open_store(db)
    with store.session() as session:
        repo.save_posting(session, item, parse_order(CONTRACT))
    store.close()
    issued = csp_desk("export", "notice", "--work-item", item, "--out", out, "--db", db, *GIVEN)
    assert issued.returncode == 0, issued.stderr
    assert "株式会社さくら食品" in _text(out)
    (stored,) = sqlite3.connect(db).execute("SELECT content FROM issued_notice ORDER BY id DESC").fetchone()
    assert stored == out.read_bytes()


def test_an_issued_notice_is_exported_exactly_as_issued_and_refused_once_altered(tmp_path):
    import sqlite3

    from csp_desk.store import repo
    from csp_desk.store.db import open_store

    from .test_cli import csp_desk

    db, first = tmp_path / "demo.sqlite3", tmp_path / "notice.docx"
    csp_desk("demo", "--db", db, "--clients", 1)
    store = open_store(db)
    with store.session() as session:
        client = repo.list_clients(session)[0]
        item = repo.list_work_items(session, repo.list_problems(session, client_id=client.id)[0].id)[0].id
        repo.save_posting(session, item, parse_order(CONTRACT))
    store.close()
    issued = csp_desk("export", "notice", "--work-item", item, "--out", first, "--db", db, *GIVEN)
    assert issued.returncode == 0, issued.stderr
    store = open_store(db)
    with store.session() as session:
        (notice,) = repo.list_issued_notices(session, item)
    store.close()
    again = tmp_path / "again.docx"
    done = csp_desk("export", "issued-notice", "--notice", notice.id, "--out", again, "--db", db)
    assert done.returncode == 0, done.stderr
    assert again.read_bytes() == first.read_bytes()
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER unchanged_issued_notice")  # only a tool that removes the guard can
    conn.execute("UPDATE issued_notice SET content = ?", (b"altered",))
    conn.commit()
    conn.close()
    refused = csp_desk(
        "export", "issued-notice", "--notice", notice.id, "--out", tmp_path / "x.docx", "--db", db
    )
    assert refused.returncode == 1 and not (tmp_path / "x.docx").exists()


def test_a_reward_plus_tax_states_the_tax_added_and_the_net_the_ledger_pays(tmp_path):
    """16,000円（消費税別）with withholding: 16,000 + 1,600 − 1,633 = 15,967円 — what the ledger pays,
    not 16,000 − 1,633 (the tax left out)."""
    from csp_desk.domain.money import settle

    order = parse_order(changed(CONTRACT, category="design.banner", contract__amount=16000,
                                reward__tax="excluded"))  # fmt: skip
    text = _text(write_terms_notice(order, tmp_path / "n.docx", date(2026, 12, 1)))
    paid = settle(16000, withheld=True)
    assert paid.amount + paid.tax - paid.withholding == 15967
    assert "16,000円（消費税別）" in text
    assert "消費税 1,600円を加え、源泉徴収税額 1,633円を差し引いた15,967円を支払います。" in text


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from .test_cli import csp_desk

    db = tmp_path_factory.mktemp("notices") / "demo.sqlite3"
    assert csp_desk("demo", "--db", db).returncode == 0
    return db


def _body_sizes(doc) -> set[float]:
    """The point sizes of the body's text as a reader's office suite reads them (a run's own size,
    else its paragraph style's)."""
    sizes = set()
    paragraphs = list(doc.paragraphs) + [p for t in doc.tables for row in t.rows for c in row.cells
                                         for p in c.paragraphs]  # fmt: skip
    for paragraph in paragraphs:
        style = paragraph.style
        fallback = None
        while style is not None and fallback is None:
            fallback = style.font.size
            style = style.base_style
        for run in paragraph.runs:
            if run.text.strip():
                sizes.add((run.font.size or fallback).pt)
    return sizes


def test_the_demos_notices_print_on_one_page_with_their_closing_line(demo_db, tmp_path):
    """The demo's issued notices ran a few rows and 「以上」 onto a second page. Each now prints on one
    A4 page in LibreOffice — tightened where it was just over (body text 9 pt or more) — its rows
    never split (cantSplit), its last row kept with 「以上」."""
    import sqlite3

    from .office import to_pdfs
    from .test_cli import csp_desk

    ids = [row[0] for row in sqlite3.connect(demo_db).execute("SELECT id FROM issued_notice ORDER BY id")]
    assert len(ids) >= 10
    files = []
    for notice in ids:
        out = tmp_path / f"notice{notice}.docx"
        done = csp_desk("export", "issued-notice", "--notice", notice, "--out", out, "--db", demo_db)
        assert done.returncode == 0, done.stderr
        files.append(out)
    for path, pdf in zip(files, to_pdfs(files, tmp_path), strict=True):
        pages = pdf_text(pdf).split("\f")[:-1]
        if not pages:
            continue  # no pdftotext
        assert len(pages) == 1, f"{path.name}: {len(pages)} pages"
        assert "以上" in pages[0] and "知的財産権の取扱い" in pages[0]
        doc = Document(str(path))
        assert min(_body_sizes(doc)) >= 9.0
        (grid,) = doc.tables
        assert all(row._tr.trPr is not None and row._tr.trPr.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cantSplit") is not None
            for row in grid.rows)  # fmt: skip
        assert all(p.paragraph_format.keep_with_next for c in grid.rows[-1].cells for p in c.paragraphs)
        assert doc.paragraphs[-1].text == "以上"


def test_a_document_is_tightened_only_when_just_over_a_page_and_never_below_9_points():
    from docx.shared import Pt

    from csp_desk.reports.word import estimated_height, fit_one_page, new_document, table

    short = new_document("短い文書")
    short.add_paragraph("本文です。")
    assert fit_one_page(short) is None
    assert short.paragraphs[0].paragraph_format.line_spacing is None  # untouched

    def rows(count: int):
        doc = new_document("表")
        table(doc, ["項目", "内容"], [[f"項目{i}", "業務上知り得た個人情報は本業務以外に使用しません。" * 2]
                                      for i in range(count)], [50, 120])  # fmt: skip
        doc.add_paragraph("以上")
        return doc

    _width, room = 481.9, 728.5
    just_over = next(n for n in range(10, 80) if estimated_height(rows(n)) > room)
    doc = rows(just_over)
    size = fit_one_page(doc)
    assert size is not None and size >= 9.0
    assert estimated_height(doc) <= room
    assert min(_body_sizes(doc)) >= 9.0
    line = doc.tables[0].rows[1].cells[1].paragraphs[0].paragraph_format.line_spacing
    assert line == Pt(round(size * 1.3, 1))  # exact: the same in Word and LibreOffice
    long = rows(just_over * 2)
    assert fit_one_page(long) is None  # two pages whatever is done: left as it is
    assert long.tables[0].rows[1].cells[1].paragraphs[0].runs[0].font.size is None


def test_a_workers_personal_data_just_over_a_page_prints_on_one_with_its_closing_line(demo_db, tmp_path):
    """The personal-data document of the demo's first worker put its last section and 「以上」 on a
    page of their own; it now prints on one page (body 9 pt or more), 「以上」 with the last section."""
    from .office import to_pdfs
    from .test_cli import csp_desk

    files = []
    for worker in (1, 3):
        out = tmp_path / f"worker{worker}.json"
        done = csp_desk("personal-data", "export", "--worker", worker, "--out", out, "--db", demo_db)
        assert done.returncode == 0, done.stderr
        files.append(out.with_suffix(".docx"))
    for path, pdf in zip(files, to_pdfs(files, tmp_path), strict=True):
        pages = pdf_text(pdf).split("\f")[:-1]
        if not pages:
            continue
        assert len(pages) == 1, f"{path.name}: {len(pages)} pages"
        assert "連絡の記録" in pages[0] and "以上" in pages[0]
        doc = Document(str(path))
        assert min(_body_sizes(doc)) >= 9.0
        assert doc.paragraphs[-1].text == "以上" and doc.paragraphs[-2].paragraph_format.keep_with_next
