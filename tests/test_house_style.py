"""The producer's own Word template (issue 13, house style): written from the default, given once in
Settings (or with --template), and every Word document then starts from it — its letterhead, fonts
and page numbers — while a file that is not a Word document is refused with a message."""

import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from csp_desk.paths import house_style_path
from csp_desk.reports import word

from .clicks import choose_file, click, inspect, open_page, press, row_where, type_into
from .test_cli import csp_desk

LETTERHEAD = "もり経営サポート　〒380-0836 長野市南県町1-1　TEL 026-000-0000"


@pytest.fixture(autouse=True)
def no_house_style():
    """Each test starts and ends on the default style (the per-user folder is shared by the run)."""
    house_style_path().unlink(missing_ok=True)
    word.use_template(None)
    yield
    house_style_path().unlink(missing_ok=True)
    word.use_template(None)


def _letterhead_template(start: Path, out: Path) -> Path:
    """What a producer does in Word with the default template: a letterhead in the header, another
    font for the text, a sample paragraph — and, as Word saves, only the styles it uses."""
    document = Document(str(start))
    header = document.sections[0].header
    header.paragraphs[0].text = LETTERHEAD
    normal = document.styles["Normal"]
    normal.font.name = "BIZ UDMincho"
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "BIZ UDMincho")
    document.add_paragraph("ここは見本の本文です。")
    styles = document.styles.element
    for style in list(styles):
        if style.get(qn("w:styleId")) in ("Heading2", "Heading3", "ListBullet", "TableGrid"):
            styles.remove(style)
    document.save(str(out))
    return out


def _header_text(document) -> str:
    return "\n".join(p.text for s in document.sections for p in s.header.paragraphs)


def _has_page_numbers(document) -> bool:
    return any(
        s.footer._element.xpath(".//w:instrText[contains(., 'PAGE')]") for s in document.sections
    )


def test_the_default_template_is_written_and_a_changed_one_styles_every_document(tmp_path):
    db = tmp_path / "desk.sqlite3"
    assert csp_desk("demo", "--db", db, "--clients", 3).returncode == 0
    start = tmp_path / "テンプレート.docx"
    made = csp_desk("export", "template", "--out", start)
    assert made.returncode == 0, made.stderr
    assert "--template" in made.stdout
    default = Document(str(start))
    assert {"Heading1", "Heading2", "ListBullet", "TableGrid"} <= {s.style_id for s in default.styles}
    assert _header_text(default).strip() == "" and _has_page_numbers(default)
    # a line in each style the documents use, to see and change it where it stands, and a table
    shown = {p.style.style_id for p in default.paragraphs}
    assert {"Title", "Heading1", "Heading2", "Heading3", "Normal", "ListBullet", "Quote"} <= shown
    assert default.tables and default.tables[0].style.style_id == "TableGrid"

    template = _letterhead_template(start, tmp_path / "レターヘッド.docx")
    out = tmp_path / "進捗報告書.docx"
    done = csp_desk("export", "progress", "--client", 1, "--out", out, "--db", db, "--template", template)
    assert done.returncode == 0, done.stderr
    document = Document(str(out))
    header = _header_text(document)
    assert LETTERHEAD in header and "進捗報告書" in header  # the letterhead, and the running title
    body = "\n".join(p.text for p in document.paragraphs)
    assert "見本の本文" not in body and "テンプレートです" not in body and "進捗報告書" in body
    assert "スタイル「" not in body and "スタイル「" not in "".join(c.text for t in document.tables
                                                                    for c in t._cells)  # fmt: skip
    assert document.styles["Normal"].font.name == "BIZ UDMincho"
    assert {"Heading2", "ListBullet", "TableGrid"} <= {s.style_id for s in document.styles}
    assert _has_page_numbers(document)

    pdf = _pdf(out, tmp_path)
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", pdf, "-"], capture_output=True,
                           text=True, check=True).stdout  # fmt: skip
    assert "もり経営サポート" in first and "1 / " in first


def test_a_file_that_is_not_a_word_document_is_refused_as_a_template(tmp_path):
    db = tmp_path / "desk.sqlite3"
    assert csp_desk("demo", "--db", db, "--clients", 2).returncode == 0
    fake = tmp_path / "letterhead.docx"
    fake.write_text("これはWordの文書ではありません", encoding="utf-8")
    out = tmp_path / "進捗報告書.docx"
    refused = csp_desk("export", "progress", "--client", 1, "--out", out, "--db", db, "--template", fake)
    assert refused.returncode == 1 and not out.exists()
    assert "letterhead.docx" in refused.stderr and "テンプレート" in refused.stderr, refused.stderr
    missing = csp_desk("export", "progress", "--client", 1, "--out", out, "--db", db,
                       "--template", tmp_path / "ない.docx")  # fmt: skip
    assert missing.returncode == 1 and not out.exists() and "ない.docx" in missing.stderr


def test_the_template_is_given_in_settings_by_clicks_and_used_until_taken_back(
    qtbot, demo_window, modals, tmp_path
):
    window = demo_window
    start = tmp_path / "既定.docx"
    broken = tmp_path / "壊れた.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    seen: dict[str, str] = {}

    def give_template(settings):
        assert not settings.ui.defaultTemplate.isEnabled()  # nothing to take back yet
        click(settings.ui.saveTemplate)
        _letterhead_template(start, tmp_path / "レターヘッド.docx")
        click(settings.ui.chooseTemplate)  # a broken file: refused, the default stays
        assert not house_style_path().exists()
        click(settings.ui.chooseTemplate)
        seen["info"] = settings.ui.templateInfo.text()
        assert settings.ui.defaultTemplate.isEnabled()

    modals.expect(
        inspect(give_template, press("OK")),
        choose_file(start), press("OK"),  # the default template saved, and where it is said
        choose_file(broken), press("OK"),  # the refusal read and closed
        choose_file(tmp_path / "レターヘッド.docx"),
    )  # fmt: skip
    window.ui.actionPreferences.trigger()
    assert not modals.pending, modals.texts()
    texts = modals.texts()
    assert any(str(start) in t for t in texts), texts
    assert any("壊れた.docx" in t and "テンプレート" in t for t in texts), texts
    assert "テンプレート" in seen["info"] and house_style_path().is_file()

    # a Word document written from the window now carries the letterhead
    out = tmp_path / "worker.json"
    open_page(window, 4)
    page = window.workers_page
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1)
    name = page.model.index(0, 0).data()
    type_into(page.ui.search, name)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1)
    from .clicks import click_row

    click_row(page.ui.workers, row_where(page.ui.workers, lambda texts: texts[0] == name))
    modals.expect(choose_file(out))
    click(page.ui.exportData)
    assert LETTERHEAD in _header_text(Document(str(tmp_path / "worker.docx")))

    def take_back(settings):
        click(settings.ui.defaultTemplate)
        assert not house_style_path().exists() and not settings.ui.defaultTemplate.isEnabled()

    modals.expect(inspect(take_back, press("OK")))
    window.ui.actionPreferences.trigger()
    modals.expect(choose_file(tmp_path / "worker2.json"))
    click(page.ui.exportData)
    assert LETTERHEAD not in _header_text(Document(str(tmp_path / "worker2.docx")))


def _pdf(docx: Path, folder: Path) -> str:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(docx)],
                   capture_output=True, check=True, timeout=180)  # fmt: skip
    pdf = folder / (docx.stem + ".pdf")
    assert pdf.exists()
    return str(pdf)


def _japanese_word_ids(path: Path) -> Path:
    """What Japanese Word does when it saves: the same style names under other ids (Normal 「a」,
    heading 1 「1」, Title 「a3」, Table Grid 「a5」), every reference to them renamed too."""
    document = Document(str(path))
    renamed = {"Normal": "a", "Heading1": "1", "Heading2": "2", "Title": "a3", "TableGrid": "a5",
               "ListBullet": "a4"}  # fmt: skip
    root = document.styles.element
    for element in root.iter():
        for attribute in (qn("w:styleId"), qn("w:val")):
            value = element.get(attribute)
            if value in renamed and (attribute == qn("w:styleId") or element.tag in (
                    qn("w:basedOn"), qn("w:next"), qn("w:link"), qn("w:pStyle"), qn("w:tblStyle"))):
                element.set(attribute, renamed[value])
    document.save(str(path))
    return path


def test_a_template_saved_by_japanese_word_keeps_its_own_styles(tmp_path):
    db = tmp_path / "desk.sqlite3"
    assert csp_desk("demo", "--db", db, "--clients", 3).returncode == 0
    start = tmp_path / "既定.docx"
    assert csp_desk("export", "template", "--out", start).returncode == 0
    template = _japanese_word_ids(_letterhead_template(start, tmp_path / "和文Word.docx"))
    out = tmp_path / "提案書.docx"
    done = csp_desk("export", "proposal", "--client", 1, "--out", out, "--db", db, "--template", template)
    assert done.returncode == 0, done.stderr
    document = Document(str(out))
    names = [s.name for s in document.styles]
    assert names.count("Normal") == 1 and names.count("Title") == 1 and names.count("Heading 1") == 1
    assert document.styles["Normal"].style_id == "a" and document.styles["Normal"].font.name == "BIZ UDMincho"
    used = {p.style.style_id for p in document.paragraphs}
    assert "1" in used and "Heading1" not in used  # the template's heading 1, by its own id
    assert names.count("Table Grid") == 1 and {t.style.name for t in document.tables} == {"Table Grid"}


def test_a_letterhead_in_the_first_of_several_sections_is_kept(tmp_path):
    from docx.enum.section import WD_SECTION

    db = tmp_path / "desk.sqlite3"
    assert csp_desk("demo", "--db", db, "--clients", 2).returncode == 0
    start = tmp_path / "既定.docx"
    assert csp_desk("export", "template", "--out", start).returncode == 0
    template = _letterhead_template(start, tmp_path / "二つの節.docx")
    document = Document(str(template))
    document.add_section(WD_SECTION.NEW_PAGE)  # its header 「前と同じ」 (linked to the first)
    document.add_paragraph("二つ目の節の見本")
    assert document.sections[1].header.is_linked_to_previous
    document.save(str(template))
    out = tmp_path / "進捗報告書.docx"
    done = csp_desk("export", "progress", "--client", 1, "--out", out, "--db", db, "--template", template)
    assert done.returncode == 0, done.stderr
    assert LETTERHEAD in _header_text(Document(str(out)))


@pytest.mark.parametrize("damage", ["no page size", "no section"])
def test_a_hand_made_template_without_page_set_up_is_used_on_a4(tmp_path, damage):
    db = tmp_path / "desk.sqlite3"
    assert csp_desk("demo", "--db", db, "--clients", 2).returncode == 0
    template = tmp_path / "手作り.docx"
    document = Document()
    body = document.element.body
    sect = body.find(qn("w:sectPr"))
    if damage == "no section":
        body.remove(sect)
    else:
        sect.remove(sect.find(qn("w:pgSz")))
    document.save(str(template))
    out = tmp_path / "進捗報告書.docx"
    done = csp_desk("export", "progress", "--client", 1, "--out", out, "--db", db, "--template", template)
    assert done.returncode == 0, done.stderr
    section = Document(str(out)).sections[-1]
    assert round(section.page_width.mm) in (210, 297) and "Traceback" not in done.stderr



SERIF = "Noto Serif CJK JP"


def test_a_house_style_with_taller_lines_leaves_no_blank_page_after_the_proposals_cover(tmp_path):
    """The cover's page ended with a page-break paragraph of its own: with a template set in a font
    of taller lines (a Mincho) it fell onto the next page, which was printed blank. The summary now
    starts its own page, and no paragraph is only a page break."""
    db = tmp_path / "desk.sqlite3"
    assert csp_desk("demo", "--db", db, "--clients", 2).returncode == 0
    start = tmp_path / "テンプレート.docx"
    assert csp_desk("export", "template", "--out", start).returncode == 0
    document = Document(str(start))
    for name in ("Normal", "Title"):
        fonts = document.styles[name].element.get_or_add_rPr().get_or_add_rFonts()
        for key in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            fonts.set(qn(key), SERIF)
    document.sections[0].header.paragraphs[0].text = LETTERHEAD
    template = tmp_path / "明朝.docx"
    document.save(str(template))
    out = tmp_path / "提案書.docx"
    done = csp_desk("export", "proposal", "--client", 2, "--out", out, "--db", db, "--template", template)
    assert done.returncode == 0, done.stderr
    written = Document(str(out))
    breaking = ".//w:br[@w:type='page']"
    assert not [p for p in written.paragraphs if not p.text.strip() and p._p.xpath(breaking)]
    summary = next(p for p in written.paragraphs if p.text == "1. ご提案の概要")
    assert summary.paragraph_format.page_break_before
    # the cover keeps the letterhead, without the running title and page number
    cover = written.sections[0].first_page_header
    assert [p.text for p in cover.paragraphs] == [LETTERHEAD]
    assert LETTERHEAD in _header_text(written) and "ご提案" in _header_text(written)
    fonts = subprocess.run(["fc-list", SERIF], capture_output=True, text=True).stdout
    if not fonts.strip():
        pytest.skip(f"{SERIF} is not installed: the printed pages are not checked")
    pdf = _pdf(out, tmp_path)
    second = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-layout", pdf, "-"], capture_output=True,
                            text=True, check=True).stdout  # fmt: skip
    assert "1. ご提案の概要" in second
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", pdf, "-"], capture_output=True,
                           text=True, check=True).stdout  # fmt: skip
    assert "もり経営サポート　〒380" in first.replace(" ", "　") or "〒380-0836" in first


def test_a_house_style_with_taller_lines_keeps_each_worksheet_on_one_page(tmp_path):
    """A worksheet filled its page in the default style; with a template in a Mincho and a letterhead
    each ran onto a second page (43 pages for 12 participants instead of 31): a sheet just over a
    page is tightened onto one, as the result sheet is."""
    fonts = subprocess.run(["fc-list", SERIF], capture_output=True, text=True).stdout
    if not fonts.strip():
        pytest.skip(f"{SERIF} is not installed")
    db = tmp_path / "desk.sqlite3"
    assert csp_desk("demo", "--db", db).returncode == 0
    start = tmp_path / "テンプレート.docx"
    assert csp_desk("export", "template", "--out", start).returncode == 0
    document = Document(str(start))
    for name in ("Normal", "Title"):
        fonts_of = document.styles[name].element.get_or_add_rPr().get_or_add_rFonts()
        for key in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            fonts_of.set(qn(key), SERIF)
    document.sections[0].header.paragraphs[0].text = LETTERHEAD
    template = tmp_path / "明朝.docx"
    document.save(str(template))
    out = tmp_path / "handouts"
    done = csp_desk("export", "handouts", "--workshop", 1, "--out", out, "--db", db, "--template", template)
    assert done.returncode == 0, done.stderr
    sheets = Document(str(out / "ワークシート.docx"))
    count = sum(p.text.endswith("様") for p in sheets.paragraphs)
    pdf = _pdf(out / "ワークシート.docx", tmp_path)
    pages = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    assert f"Pages: {count}" in " ".join(pages.split()), (count, pages)


def test_the_terms_notice_is_the_orderers_never_on_the_producers_letterhead(tmp_path):
    """The notice is issued by the orderer (the client company) to the worker: with the producer's
    letterhead in its header the worker would take the producer for the orderer. Its fonts and styles
    follow the house style; its header and footer do not, the pages still numbered."""
    from datetime import date

    from csp_desk.domain.orders import parse_order
    from csp_desk.reports.terms_notice import write_terms_notice

    from .test_rules import CONTRACT

    start = word.write_default_template(tmp_path / "テンプレート.docx")
    template = _letterhead_template(start, tmp_path / "レターヘッド.docx")
    word.use_template(template)
    notice = Document(str(write_terms_notice(parse_order(CONTRACT), tmp_path / "n.docx", date(2026, 12, 1))))
    assert LETTERHEAD not in _header_text(notice)
    footers = "".join(p.text for s in notice.sections for p in s.footer.paragraphs)
    assert "もり経営サポート" not in footers and _has_page_numbers(notice)
    assert notice.styles["Normal"].font.name == "BIZ UDMincho"
    proposal_like = word.new_document("見本")  # the producer's own documents keep it
    assert LETTERHEAD in _header_text(proposal_like)
