"""Where lines and pages break in the exports, as LibreOffice prints them.

LibreOffice applies no Japanese line-breaking rules (禁則) in a spreadsheet cell, and Writer breaks
Japanese anywhere in a narrow table cell: 「バリエーシ／ョン」 was split over two lines and a lone
「）」 started a line in the budget's 成果物 column. The 案件記録 left a section of one line to a
page of its own and split a contract's terms over two pages; the questionnaire chart's legend
read 事後 before 事前 in LibreOffice.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from csp_desk.cli import run
from csp_desk.reports.linebreak import NO_LINE_END, NO_LINE_START, break_lines, may_break
from csp_desk.reports.xlsx import BREAK_NARROW, BREAK_WIDE, WIDE, break_cell_text

from .office import to_pdfs

LOGO = "ロゴ（AI/PNG/SVG、バリエーション含む）"
WORDS = ("バリエーション", "パンフレット", "スプレッドシート", "インタビュー", "ブースグラフィック",
         "デザイン", "カテゴリ", "テキスト", "ショップ")  # fmt: skip
"""Katakana words of the demo's work items that were cut inside."""


def _width(text: str, wide: float, narrow: float) -> float:
    import unicodedata

    return sum(wide if unicodedata.east_asian_width(c) in "WF" else narrow for c in text)


# --- the breaking itself ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    LOGO, "ショップページ一式、商品カテゴリ設定、決済設定", "文字起こしテキスト（素起こし／ケバ取り）",
    "会議・インタビューの文字起こし", "展示会パネル・ブースグラフィック", "商品ごとの説明文（200〜800字）",
    "クラウドソーシングで自社の課題を解決できそうだ", "事務データ入力（請求書・帳票）",
])  # fmt: skip
@pytest.mark.parametrize("room", [12.0, 17.0, 24.0, 30.0])
def test_lines_break_between_phrases_and_never_start_with_a_closing_mark(text, room):
    lines = break_lines(text, room, wide=BREAK_WIDE, narrow=BREAK_NARROW)
    assert "".join(lines) == text  # nothing lost, nothing added
    for line in lines:
        assert _width(line, BREAK_WIDE, BREAK_NARROW) <= room + 1e-9 or not any(
            may_break(a, b) for a, b in itertools.pairwise(line)), (lines, room)
    for before, after in itertools.pairwise(lines):
        assert after[0] not in NO_LINE_START and before[-1] not in NO_LINE_END, lines
    for word in WORDS:
        if word in text and _width(word, BREAK_WIDE, BREAK_NARROW) <= room:
            assert any(word in line for line in lines), (word, lines)


def test_a_text_that_fits_is_left_as_it_is_and_its_own_lines_are_kept():
    assert break_cell_text("ロゴデザイン", 15) == "ロゴデザイン"
    assert break_cell_text("見積工数\n（時間）", 9) == "見積工数\n（時間）"
    assert break_cell_text("プロジェクト形式", 13) == "プロジェクト\n形式"
    # nowhere a line may end: full lines, and never a word's last character alone
    assert break_lines("ー" * 12, 10, wide=2.0, narrow=1.0) == ["ー" * 5] * 2 + ["ー" * 2]
    assert break_lines("ブースグラフィック", 17, wide=2.1, narrow=1.2) == ["ブースグラ", "フィック"]


def test_a_word_libreoffice_shows_whole_stays_whole_though_excel_would_wrap_it():
    # 「ロゴデザイン」 is 6 full-width characters: 12.6 by Excel's measure, 9.9 by LibreOffice's
    assert 6 * WIDE <= 13 - 1 < 6 * BREAK_WIDE
    assert break_cell_text("ロゴデザイン", 13) == "ロゴデザイン"


# --- the exports, printed ---------------------------------------------------------------------


@dataclass(frozen=True)
class Exports:
    budget: Path
    proposal: Path
    summary: Path
    records: list[Path]
    pdfs: dict[str, Path]


@pytest.fixture(scope="module")
def exports(tmp_path_factory) -> Exports:
    folder = tmp_path_factory.mktemp("breaks")
    db = folder / "demo.sqlite3"
    assert run(["demo", "--db", str(db)]) == 0
    with sqlite3.connect(db) as connection:
        client = connection.execute(
            "SELECT c.client_id FROM work_item w JOIN problem p ON p.id = w.problem_id"
            " JOIN consultation c ON c.id = p.consultation_id WHERE w.deliverables = ? ORDER BY c.client_id",
            (LOGO,)).fetchone()[0]  # fmt: skip
        workshop = connection.execute("SELECT id FROM workshop ORDER BY id LIMIT 1").fetchone()[0]
        # the order with the most contracts (their terms ran over a page) and every other one
        orders = [row[0] for row in connection.execute(
            "SELECT e.id FROM engagement e LEFT JOIN work_contract c ON c.engagement_id = e.id"
            " GROUP BY e.id ORDER BY count(c.id) DESC, e.id")]  # fmt: skip
    out = folder / "out"
    out.mkdir()
    budget, proposal, summary = out / "予算表.xlsx", out / "提案書.docx", out / "ワークショップ集計.xlsx"
    assert run(["export", "budget", "--client", str(client), "--out", str(budget), "--db", str(db)]) == 0
    assert run(["export", "proposal", "--client", str(client), "--out", str(proposal), "--db", str(db)]) == 0
    assert run(["export", "workshop-summary", "--workshop", str(workshop), "--out", str(summary),
                "--db", str(db)]) == 0  # fmt: skip
    records = []
    for order in orders:
        record = out / f"案件記録_{order}.xlsx"
        assert run(["export", "record", "--order", str(order), "--out", str(record), "--db", str(db)]) == 0
        records.append(record)
    printed = [budget, proposal, summary, records[0]]
    pdfs = to_pdfs(printed, folder / "pdf")
    named = {path.stem: pdf for path, pdf in zip(printed, pdfs, strict=True)}
    return Exports(budget, proposal, summary, records, named)


_LINE = re.compile(r"<line [^>]*>(.*?)</line>", re.S)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>')


def printed_lines(pdf: Path, page: int) -> list[list[tuple[float, str]]]:
    """The lines of one page as LibreOffice laid them out (a cell's lines apart): (x, word) each."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    return [[(float(x), word) for x, _y, word in _WORD.findall(line)] for line in _LINE.findall(xml)]


def _texts(pdf: Path, page: int) -> list[str]:
    return ["".join(word for _x, word in line) for line in printed_lines(pdf, page)]


def test_the_budgets_cells_break_between_phrases_as_printed(exports):
    from openpyxl import load_workbook

    from csp_desk.reports.budget import COLUMNS, HEADER_ROW, ITEMS_SHEET

    ws = load_workbook(exports.budget)[ITEMS_SHEET]
    seen = set()
    for row in ws.iter_rows(min_row=HEADER_ROW + 1, max_row=ws.max_row):
        for cell, (_name, width) in zip(row, COLUMNS, strict=False):
            if isinstance(cell.value, str) and cell.alignment.wrap_text:
                lines = cell.value.split("\n")
                seen.add(cell.value.replace("\n", ""))
                for line in lines[1:]:
                    assert line[0] not in NO_LINE_START, cell.value
                assert cell.value == break_cell_text(cell.value.replace("\n", ""), width)
    assert LOGO in seen
    lines = _texts(exports.pdfs["予算表"], 1)
    assert "ロゴ（AI/PNG/SVG、" in lines and "バリエーション含む）" in lines, lines
    for line in lines:
        assert line[0] not in NO_LINE_START, line
    assert not cut_words(lines)


def cut_words(lines: list[str]) -> list[tuple[str, str]]:
    """Two printed lines, one after the other, between which one of WORDS is cut."""
    return [(before, after) for before, after in itertools.pairwise(lines) for word in WORDS
            for cut in range(1, len(word)) if before.endswith(word[:cut]) and after.startswith(word[cut:])]


def test_the_proposals_work_items_break_between_phrases_as_printed(exports):
    from docx import Document

    document = Document(str(exports.proposal))
    items = [t for t in document.tables if [c.text for c in t.rows[0].cells][3:4] == ["成果物"]]
    assert items
    deliverables = [row.cells[3].text for t in items for row in t.rows[1:]]
    assert any("\n" in text for text in deliverables)
    assert any(text.replace("\n", "") == LOGO for text in deliverables)
    pdf = exports.pdfs["提案書"]
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout).group(1))  # fmt: skip
    every = [line for page in range(1, pages + 1) for line in _texts(pdf, page)]
    assert any("バリエーション含む）" in line for line in every)
    # every line the cells were given is printed as one line: Writer broke none of them again
    given = {line.replace(" ", "") for t in items for row in t.rows[1:] for col in (1, 3)
             for line in row.cells[col].text.split("\n")}  # fmt: skip
    printed = [line.replace(" ", "") for line in every]  # (neighbouring cells may share a line)
    assert all(any(line in p for p in printed) for line in given), [
        line for line in given if not any(line in p for p in printed)]


def test_the_questionnaire_charts_legend_reads_as_its_bars_and_the_table(exports):
    """Columns (事前 then 事後, left to right) with the legend under them in the same order: a
    chart of bars across has its legend listed backwards by LibreOffice whatever the axis."""
    with zipfile.ZipFile(exports.summary) as book:
        (name,) = [n for n in book.namelist() if n.startswith("xl/charts/chart")]
        xml = book.read(name).decode("utf-8").replace("<c:", "<").replace("'", "")
    assert '<barDir val="col"/>' in xml and "maxMin" not in xml
    # 事前 first in the file: LibreOffice takes the series in the file's order (not c:order)
    assert xml.index("アンケート!B4") < xml.index("アンケート!C4")
    assert '<legendPos val="b"/>' in xml and '<plotVisOnly val="0"/>' in xml  # the labels' hidden cells read
    pdf = exports.pdfs["ワークショップ集計"]
    for page in range(1, 20):
        lines = printed_lines(pdf, page)
        texts = ["".join(w for _x, w in line) for line in lines]
        if "アンケート（事前・事後）" in texts:
            break
    else:
        pytest.fail("no questionnaire page")
    xml = subprocess.run(["pdftotext", "-bbox-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    names = ("事前の平均", "事後の平均")
    found = [(float(y), float(x), word) for x, y, word in _WORD.findall(xml) if word in names]
    before, after = (max(f for f in found if f[2] == name) for name in names)
    assert abs(before[0] - after[0]) < 2 and before[1] < after[1], found  # the legend: one line, 事前 first
    # each item's words under its columns, whole: broken between phrases only
    assert "クラウドソーシングで自社の" in texts and "課題を解決できそうだ" in texts, texts


def _sheet_pages(path: Path):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    ws = load_workbook(path)["案件記録"]
    breaks = sorted(b.id for b in ws.row_breaks.brk)
    return ws, breaks


def test_the_record_never_starts_a_page_inside_a_section_without_its_title_or_header(exports):
    from csp_desk.reports.order_record import PAGE_PT

    for path in exports.records:
        ws, breaks = _sheet_pages(path)
        starts = [b + 1 for b in breaks]
        bounds = [1, *starts, ws.max_row + 1]
        for first, end in itertools.pairwise(bounds):  # no page over-full by the estimate
            used = sum(ws.row_dimensions[r].height or 15 for r in range(first, end))
            assert used <= PAGE_PT or end - first == 1, (path.name, first)
        for start in starts:
            top = ws.cell(start, 1)
            section = top.font.size == 12 and top.font.bold  # a section's title
            header = top.fill.fgColor.rgb.endswith("EEF2F9")  # a table's header written again
            assert section or header, (path.name, start, top.value)
            if header:  # the rows under it: at least two (never the table's last row alone)
                rows, row = 0, start + 1
                while row <= ws.max_row and row - 1 not in breaks and ws.cell(row, 1).value is not None \
                        and ws.cell(row, 1).font.size != 12:  # fmt: skip
                    rows, row = rows + 1, row + 1
                assert rows >= 2, (path.name, start)


HEADS = ("日付", "日時", "仮払日", "発生日", "支払期日", "評価日")
"""The first cells of the record's tables' headers."""


def test_the_record_with_the_most_contracts_prints_each_contract_whole(exports):
    pdf = exports.pdfs[exports.records[0].stem]
    terms = 0
    for page in range(1, 4):
        texts = _texts(pdf, page)
        running = ("案件記録（", "もり経営")  # the running header and footer
        body = [t for t in texts if t and not t.startswith(running) and not t.endswith("御中")]
        if page > 1:
            assert re.match(r"^\d\.", body[0]) or body[0].startswith(HEADS), body[:3]
        for index, text in enumerate(texts):
            if re.match(r"^2\. ?契約条件", text):
                terms += 1
                assert any(t.startswith("取引条件明示書") for t in texts[index:]), (page, texts)
    assert terms >= 2


# --- the 変更履歴 sheet's last page, the budget's chart, the record's narrow columns --------------


def test_pages_are_laid_out_with_whole_rows():
    from csp_desk.reports.xlsx import paginate

    assert paginate([10.0] * 10, 35.0) == [3, 3, 3, 1]
    assert paginate([10.0] * 10, 35.0, repeated_pt=5.0, first_pt=10.0) == [2, 3, 3, 2]
    assert paginate([50.0, 10.0], 35.0) == [1, 1]  # a row higher than the page has one of its own
    # the sum of the heights (100 + 30 = 130 of 2 × 66) promised two pages: whole rows take three
    assert paginate([20.0] * 5, 66.0, first_pt=30.0) == [1, 3, 1]


def test_a_lone_last_row_takes_the_row_before_it_along_when_the_sheet_cannot_shrink():
    from openpyxl import Workbook

    from csp_desk.reports.xlsx import (
        A4_LANDSCAPE,
        LAID_OUT,
        Fit,
        no_short_last_page,
        paginate,
        printable_height_pt,
    )

    page = printable_height_pt(A4_LANDSCAPE) * LAID_OUT
    squeezed = Fit(A4_LANDSCAPE, 77, True)  # at 77 %: any smaller would print below 8 points
    room = page / 0.77
    heights = [36.0] * (int(room // 36) + 1)  # one row more than a page holds
    assert paginate(heights, room)[-1] == 1
    ws = Workbook().active
    assert no_short_last_page(ws, squeezed, heights, first_row=5)
    (brk,) = ws.row_breaks.brk
    assert brk.id == 5 + len(heights) - 3  # the page ends before the last two rows
    assert not ws.sheet_properties.pageSetUpPr.fitToPage
    # at full size the same rows are fitted onto one page instead
    fitted = Workbook().active
    rows = [36.0] * (int(page // 36) + 1)
    assert no_short_last_page(fitted, Fit(A4_LANDSCAPE, 100, True), rows, first_row=5)
    assert fitted.page_setup.fitToHeight == 1 and not fitted.row_breaks.brk


def _history_pages(path: Path) -> list[int]:
    """The rows of the 変更履歴 sheet each printed page holds, by the layout the sheet asks for."""
    from openpyxl import load_workbook

    from csp_desk.reports.ledger import HEADER_ROW
    from csp_desk.reports.xlsx import (
        A4_LANDSCAPE,
        BODY_PT,
        LAID_OUT,
        MARGIN,
        SMALLEST_PT,
        paginate,
        printable_height_pt,
    )

    ws = load_workbook(path)["変更履歴"]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    heights = [ws.row_dimensions[r].height for r in range(HEADER_ROW + 1, ws.max_row + 1)]
    assert all(heights), path.name  # every row's height set: where the pages break is known
    top = sum(ws.row_dimensions[r].height for r in range(1, HEADER_ROW))
    head = ws.row_dimensions[HEADER_ROW].height
    page = printable_height_pt(A4_LANDSCAPE) * LAID_OUT
    if ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToHeight:
        lowest = SMALLEST_PT / BODY_PT * (1 + MARGIN)
        pages = paginate(heights, page / lowest, repeated_pt=head, first_pt=top)
        assert len(pages) <= ws.page_setup.fitToHeight, path.name  # it fits legibly
        return [len(heights)] if ws.page_setup.fitToHeight == 1 else pages
    breaks = sorted(b.id for b in ws.row_breaks.brk)
    pages, start = [], 0
    for end in [*(b - HEADER_ROW for b in breaks), len(heights)]:
        part = paginate(heights[start:end], page, repeated_pt=head, first_pt=top if not start else 0.0)
        pages, start = pages + part, end
    return pages


def test_no_audit_log_ends_with_a_lone_row_on_a_page(exports):
    for path in exports.records:
        pages = _history_pages(path)
        assert len(pages) == 1 or pages[-1] >= 2, (path.name, pages)
    # as LibreOffice printed the order with the most contracts: its log's last page, two rows at least
    pdf = exports.pdfs[exports.records[0].stem]
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout).group(1))  # fmt: skip
    log = [page for page in range(1, pages + 1) if _texts(pdf, page)[-1:] == ["変更履歴"]
           or any(t.endswith("変更履歴") for t in _texts(pdf, page)[-3:])]  # the footer names the sheet
    assert log, "no 変更履歴 page"
    rows = [t for t in _texts(pdf, log[-1]) if re.match(r"^20\d\d/\d\d/\d\d ?\d\d:\d\d", t)]
    assert len(rows) >= 2, _texts(pdf, log[-1])


def test_the_budgets_chart_reads_as_its_table_bars_and_legend_alike(exports):
    with zipfile.ZipFile(exports.budget) as book:
        (name,) = [n for n in book.namelist() if n.startswith("xl/charts/chart")]
        xml = book.read(name).decode("utf-8").replace("<c:", "<").replace("'", "")
    assert '<barDir val="col"/>' in xml and "maxMin" not in xml
    assert xml.index("課題別集計!$C$4") < xml.index("課題別集計!$D$4")  # 下限 first, in the file's order
    assert '<legendPos val="b"/>' in xml and '<plotVisOnly val="0"/>' in xml
    pdf = exports.pdfs["予算表"]
    xml = subprocess.run(["pdftotext", "-bbox-layout", "-f", "2", "-l", "2", str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    words = [(float(y), float(x), word) for x, y, word in _WORD.findall(xml)]
    low, high = (max(w for w in words if w[2] == name) for name in ("予算下限", "予算上限"))
    assert abs(low[0] - high[0]) < 2 and low[1] < high[1], words  # the legend: one line, 下限 first
    from openpyxl import load_workbook

    from csp_desk.reports.budget import SUMMARY_SHEET

    summary = load_workbook(exports.budget)[SUMMARY_SHEET]
    problems = [summary.cell(row=r, column=1).value for r in range(4, summary.max_row + 1)]
    problems = problems[: problems.index("合計")]
    lowest = max(w[0] for w in words if w[2] in ("予算下限", "予算上限"))
    under = [w for w in words if w[0] < lowest and any(w[2] and w[2] in p.replace(" ", "") for p in problems)]
    xs = [min(w[1] for w in under if w[2] in p.replace(" ", "") and w[0] > low[0] - 40) for p in problems]
    assert xs == sorted(xs), (problems, under)  # the problems left to right in the table's order


def test_the_records_narrow_columns_break_between_phrases(exports):
    from openpyxl import load_workbook

    from csp_desk.reports.order_record import COLUMNS, NARROW

    seen = set()
    for path in exports.records:
        ws = load_workbook(path)["案件記録"]
        for row in ws.iter_rows(min_row=3):
            for cell, (_name, width) in zip(row, COLUMNS, strict=False):
                if isinstance(cell.value, str) and width <= NARROW and "\n" in cell.value:
                    lines = cell.value.split("\n")
                    seen.add(cell.value)
                    for before, after in itertools.pairwise(lines):
                        assert after[0] not in NO_LINE_START and before[-1] not in NO_LINE_END, cell.value
    assert "仮払い済み\n（公開前）" in seen, sorted(seen)[:20]
    pdf = exports.pdfs[exports.records[0].stem]
    printed = [t for page in (1, 2, 3) for t in _texts(pdf, page)]
    assert not [t for t in printed if t and t[0] in NO_LINE_START], printed
    assert not cut_words(printed)


def test_the_ledgers_worker_names_break_between_names(tmp_path):
    """A task's several workers in the ledger's ワーカー column: broken after a name's 「、」, never with
    a 「、」 starting a line (LibreOffice printed 「…小林 花子／、山田…」)."""
    from openpyxl import load_workbook

    db, out = tmp_path / "demo.sqlite3", tmp_path / "台帳.xlsx"
    assert run(["demo", "--db", str(db)]) == 0
    assert run(["export", "ledger", "--out", str(out), "--db", str(db)]) == 0
    book = load_workbook(out)
    several = []
    for title in ("進捗管理表", "仮払い"):
        ws = book[title]
        column = [c.value for c in ws[4]].index("ワーカー")
        for row in ws.iter_rows(min_row=5, values_only=True):
            names = row[column]
            if isinstance(names, str) and "、" in names:
                several.append(names)
                lines = names.split("\n")
                assert all(line and line[0] not in NO_LINE_START for line in lines), names
    assert several, "the demo has tasks with several workers"
    assert any("\n" in names for names in several), several[:5]


def test_the_clients_quoted_words_are_upright(exports):
    """Japanese fonts have no italic: the hearing notes quoted in the proposal are not slanted."""
    from docx import Document

    doc = Document(exports.proposal)
    quotes = [p for p in doc.paragraphs if p.style.name == "Quote"]
    assert quotes, "the proposal quotes the client's words"
    assert all(not p.style.font.italic and not any(r.italic for r in p.runs) for p in quotes)
    fonts = subprocess.run(["pdffonts", str(exports.pdfs[exports.proposal.stem])], capture_output=True,
                           text=True, check=True).stdout  # fmt: skip
    assert "Oblique" not in fonts and "Italic" not in fonts, fonts
