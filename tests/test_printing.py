"""Every Word document and workbook the app writes, printed as a reader prints it.

The documents are written from the demo database by the command line, converted to PDF by
LibreOffice in one run, and read back with poppler: pages there are, no word below 8 points, the
running header and footer with 「1 / N ページ」, and the producer (never python-docx or openpyxl)
as the author in the file's properties.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from csp_desk.cli import run
from csp_desk.domain.orders import parse_order
from csp_desk.reports.terms_notice import write_terms_notice
from csp_desk.reports.xlsx import A3_LANDSCAPE, A4_LANDSCAPE, A4_PORTRAIT, choose_paper, column_points

from .office import soffice
from .test_rules import CONTRACT

SMALLEST_PT = 8.0
BOX_PER_PT = 1.16
"""Height of a word's box per point of its size, for the font with the lowest boxes of those
LibreOffice prints with here (DejaVu Sans 1.16; Noto Sans CJK 1.30)."""
TOLERANCE = 0.97
PRODUCER = "森 さやか"
"""The demo producer."""


@dataclass
class Printed:
    document: Path
    pdf: Path

    @property
    def name(self) -> str:
        return self.document.name


def _pdftotext(*args: str) -> str:
    tool = shutil.which("pdftotext")
    if not tool:
        pytest.skip("poppler's pdftotext is not installed")
    return subprocess.run([tool, *args, "-"], capture_output=True, text=True, check=True).stdout


def _convert(documents: list[Path], out_dir: Path) -> None:
    """All documents in one LibreOffice run (each start costs seconds)."""
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    env = {**os.environ, "HOME": str(profile), "XDG_CACHE_HOME": str(profile / "cache")}
    try:
        result = subprocess.run(
            [soffice(), f"-env:UserInstallation=file://{profile}/user", "--headless",
             "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, documents)],
            capture_output=True, text=True, timeout=600, env=env,
        )  # fmt: skip
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> list[Printed]:
    folder = tmp_path_factory.mktemp("printed")
    db = folder / "demo.sqlite3"
    out = folder / "out"
    out.mkdir()
    assert run(["demo", "--db", str(db)]) == 0
    with sqlite3.connect(db) as connection:
        order, client = connection.execute(
            "SELECT id, client_id FROM engagement ORDER BY id LIMIT 1"
        ).fetchone()
        workshop = connection.execute("SELECT id FROM workshop ORDER BY id LIMIT 1").fetchone()[0]
        notices = [row[0] for row in connection.execute("SELECT id FROM issued_notice ORDER BY id LIMIT 1")]
    exports = [
        ("proposal", "--client", client, "提案書.docx"),
        ("budget", "--client", client, "予算表.xlsx"),
        ("progress", "--client", client, "進捗報告書.docx"),
        ("ledger", "--client", client, "進捗管理表.xlsx"),
        ("record", "--order", order, "案件記録.xlsx"),
        ("workshop-summary", "--workshop", workshop, "ワークショップ集計.xlsx"),
    ]
    exports += [("issued-notice", "--notice", notice, "取引条件明示書_交付済.docx") for notice in notices]
    for kind, option, value, name in exports:
        fee = ["--fee-rate", "10"] if kind in ("proposal", "budget") else []
        assert run(["export", kind, option, str(value), "--out", str(out / name), "--db", str(db), *fee]) == 0
    assert run(["export", "ledger", "--out", str(out / "進捗管理表_全顧客.xlsx"), "--db", str(db)]) == 0
    handouts = folder / "handouts"
    handouts_args = ["export", "handouts", "--workshop", str(workshop), "--out", str(handouts)]
    assert run([*handouts_args, "--db", str(db)]) == 0
    # one result sheet stands for the others (they are the same part of the combined file)
    results = sorted(handouts.glob("結果シート_*.docx"))
    for path in [*(p for p in handouts.glob("*.docx") if p not in results), results[0]]:
        shutil.copy(path, out / path.name)
    write_terms_notice(parse_order(CONTRACT), out / "取引条件明示書.docx", date(2026, 12, 1))
    documents = sorted(p for p in out.iterdir() if p.suffix in (".docx", ".xlsx"))
    pdfs = folder / "pdf"
    _convert(documents, pdfs)
    return [Printed(document, pdfs / (document.stem + ".pdf")) for document in documents]


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
_LINE = re.compile(r"<line [^>]*>(.*?)</line>", re.S)


def word_sizes(pdf: Path) -> list[list[tuple[float, str]]]:
    """Per page, each word's printed size in box points (the height of its box; a line set
    vertically, as an axis title, by its width) with the word."""
    pages = []
    for page in _pdftotext("-bbox-layout", str(pdf)).split("<page ")[1:]:
        sizes = []
        for line in _LINE.finditer(page):
            words = [(*map(float, m.groups()[:4]), m.group(5)) for m in _WORD.finditer(line.group(1))]
            vertical = len(words) > 1 and len({round(w[0], 1) for w in words}) == 1
            for x0, y0, x1, y1, text in words:
                sizes.append(((x1 - x0) if vertical else (y1 - y0), text))
        pages.append(sizes)
    return pages


def test_every_document_is_printed(printed):
    names = {p.name for p in printed}
    assert {"提案書.docx", "予算表.xlsx", "進捗報告書.docx", "進捗管理表.xlsx", "進捗管理表_全顧客.xlsx",
            "案件記録.xlsx", "ワークショップ集計.xlsx", "取引条件明示書.docx", "印刷用_すべて.docx",
            "出席簿.docx", "ワークシート.docx", "クラウドソーシングの基本.docx"} <= names  # fmt: skip
    assert any(name.startswith("結果シート_") for name in names)
    for p in printed:
        assert p.pdf.exists() and p.pdf.stat().st_size > 1000, p.name


def test_no_word_prints_below_8_points(printed):
    lowest = SMALLEST_PT * BOX_PER_PT * TOLERANCE
    for p in printed:
        pages = word_sizes(p.pdf)
        assert pages, p.name
        for number, sizes in enumerate(pages, start=1):
            small = sorted((round(size, 1), text) for size, text in sizes if size < lowest)
            assert not small, f"{p.name} page {number}: {small[:5]}"


def test_no_font_is_set_below_8_points(printed):
    """poppler's own reading of the sizes (rounded to whole points)."""
    tool = shutil.which("pdftohtml")
    if not tool:
        pytest.skip("poppler's pdftohtml is not installed")
    for p in printed:
        xml = subprocess.run([tool, "-xml", "-i", "-zoom", "1", "-stdout", str(p.pdf)], capture_output=True,
                             text=True, check=True).stdout  # fmt: skip
        sizes = {int(size) for size in re.findall(r'<fontspec id="\d+" size="(-?\d+)"', xml)}
        assert sizes and min(sizes) >= SMALLEST_PT, (p.name, sorted(sizes))


COVERED = {"提案書.docx"}
"""Documents whose first page is a cover: no running header, no page number."""


def test_every_page_carries_its_number_of_all(printed):
    for p in printed:
        pages = _pdftotext("-layout", str(p.pdf)).split("\f")[:-1]
        assert pages, p.name
        for number, text in enumerate(pages, start=1):
            flat = " ".join(text.split())
            if number == 1 and p.name in COVERED:
                assert "ページ" not in flat and "御中" in flat, p.name  # the addressee, unnumbered
                continue
            assert f"{number} / {len(pages)} ページ" in flat, f"{p.name} page {number}"


def test_the_running_header_names_the_document_and_the_client(printed):
    by_name = {p.name: p for p in printed}
    expected = {
        "提案書.docx": ("クラウドソーシング活用のご提案", "御中", PRODUCER),
        "予算表.xlsx": ("予算表", "御中", PRODUCER),
        "進捗報告書.docx": ("進捗報告書", "御中", PRODUCER),
        "進捗管理表.xlsx": ("進捗管理表", "御中", PRODUCER),
        "案件記録.xlsx": ("案件記録", "御中", PRODUCER),
        "進捗管理表_全顧客.xlsx": ("進捗管理表・支払台帳", PRODUCER),
        "ワークショップ集計.xlsx": ("ワークショップ集計", "御中", PRODUCER),
        "印刷用_すべて.docx": ("印刷用", PRODUCER),
        "出席簿.docx": ("出席簿", PRODUCER),
    }
    for name, parts in expected.items():
        for number, text in enumerate(_pdftotext("-layout", str(by_name[name].pdf)).split("\f")[:-1], 1):
            if number == 1 and name in COVERED:
                continue
            for part in parts:
                assert part in text, f"{name} page {number}: {part}"


def test_the_follow_up_documents_print_on_a_sensible_number_of_pages(printed):
    """The demo's first client: its report, its ledger and its first order's record, each page with
    something on it besides the running header and footer."""
    pages_of = {p.name: _pdftotext("-layout", str(p.pdf)).split("\f")[:-1] for p in printed}
    limits = {"進捗報告書.docx": (1, 4), "進捗管理表.xlsx": (4, 12), "案件記録.xlsx": (2, 6),
              "進捗管理表_全顧客.xlsx": (5, 16)}  # fmt: skip
    for name, (least, most) in limits.items():
        pages = pages_of[name]
        assert least <= len(pages) <= most, (name, len(pages))
        for number, text in enumerate(pages, start=1):
            body = [line for line in text.splitlines() if line.strip() and "ページ" not in line
                    and "現在）" not in line]  # fmt: skip
            assert len(body) >= 2, f"{name} page {number} is empty"
    sheets = "".join(pages_of["進捗管理表_全顧客.xlsx"])
    assert "仮払い" in sheets and "支払先別（暦年）" in sheets and "納期の特例" in sheets
    record = "".join(pages_of["案件記録.xlsx"])
    assert "1. 概要" in record and "2. 契約条件" in record and "変更履歴" in record


def _properties(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        core = z.read("docProps/core.xml").decode("utf-8")
    return {tag: value for tag, value in re.findall(r"<(?:\w+:)?(\w+)[^>]*>([^<]*)</", core)}


def test_the_author_is_the_producer_never_the_library(printed):
    for p in printed:
        properties = _properties(p.document)
        for field in ("creator", "lastModifiedBy", "description", "title", "subject"):
            value = properties.get(field, "").lower()
            assert "python-docx" not in value and "openpyxl" not in value, (p.name, field, value)
        assert properties.get("title"), p.name
        if not p.name.startswith("取引条件明示書"):  # a terms notice is the orderer's document
            assert properties.get("creator") == PRODUCER, (p.name, properties)
            assert properties.get("subject"), p.name


def test_a_sheet_takes_the_smallest_paper_on_which_it_stays_legible():
    narrow = sum(column_points(w) for w in (6, 30, 12, 12))
    assert choose_paper(narrow).paper is A4_PORTRAIT and choose_paper(narrow).scale == 100
    assert choose_paper(narrow, landscape_only=True).paper is A4_LANDSCAPE
    wide = A4_LANDSCAPE.printable_pt / 0.7  # would shrink 11-point text to 7.7 points on A4
    fit = choose_paper(wide)
    assert fit.paper is A3_LANDSCAPE and fit.fits_width and fit.scale == 100
    too_wide = A3_LANDSCAPE.printable_pt * 2
    fit = choose_paper(too_wide)
    assert fit.paper is A3_LANDSCAPE and not fit.fits_width and fit.scale * 11 / 100 >= SMALLEST_PT
    assert fit.header_pt * fit.scale / 100 >= SMALLEST_PT


def test_a_long_or_odd_name_keeps_the_header_valid(tmp_path):
    """Excel refuses a header over 255 characters, and a lone & starts a code."""
    from openpyxl import Workbook, load_workbook

    from csp_desk.reports.xlsx import Labels, document_properties, print_setup

    wb = Workbook()
    ws = wb.active
    ws["A1"] = "x"
    name = "株式会社A&B" * 40
    fit = print_setup(ws, Labels(name, name, name), title_rows="1:1")
    document_properties(wb, title=name * 10, subject="予算表", author="森 さやか")
    wb.save(tmp_path / "x.xlsx")
    again = load_workbook(tmp_path / "x.xlsx").active
    header, footer = again.oddHeader, again.oddFooter
    assert "A&&B" in header.left.text and header.right.text.endswith("御中")
    assert footer.center.text == "&P / &N ページ"
    for item in (header, footer):
        assert len(str(item.left.text) + str(item.center.text) + str(item.right.text)) < 255
    assert fit.paper.size == 9 and again.print_area and again.print_title_rows == "$1:$1"


def test_the_print_area_covers_a_charts_anchor_and_size():
    """A chart wider than the table beside it prints whole: its right edge, legend and axis labels
    inside the print area, not only the table's columns (the budget's 課題別集計 lost its legend)."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.utils import column_index_from_string

    from csp_desk.reports.xlsx import Labels, print_setup

    wb = Workbook()
    ws = wb.active
    for row in range(1, 6):
        ws.append([f"課題{row}", row * 100])
    ws.column_dimensions["A"].width = 20
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=5))
    chart.width, chart.height = 22, 7.5  # cm: wider than columns A and B together
    ws.add_chart(chart, "A8")
    print_setup(ws, Labels("予算表"))
    area = ws.print_area.split("!")[-1].replace("$", "")
    last = re.match(r"A1:([A-Z]+)(\d+)", area)
    assert last, area
    columns, rows = column_index_from_string(last.group(1)), int(last.group(2))
    reached = sum(column_points(ws.column_dimensions[chr(64 + c)].width if chr(64 + c) in
                                ws.column_dimensions else None) for c in range(1, columns + 1))
    assert reached >= 22 / 2.54 * 72  # the chart's right edge
    assert rows >= 8 + 7.5 / 2.54 * 72 / 15  # its bottom


def test_a_rows_height_counts_lines_as_an_office_suite_breaks_them():
    """A date or a file name moves to the next line whole, 「、」 never starts a line, and a line of
    11-point CJK text needs more than 15 points (the 案件記録 lost the last line of a cell)."""
    from csp_desk.reports.xlsx import LINE_HEIGHT, wrapped_lines

    assert wrapped_lines("aaaa bbbb cccc dddd", 8) == 4  # four words, one a line: not 19 / 7 = 3
    assert wrapped_lines("2026/10/09 2026/10/10", 12) == 2
    assert wrapped_lines("プロジェクト形式", 15) == 1 and wrapped_lines("あ" * 20, 10) == 4
    assert wrapped_lines("あ" * 8 + "、いいえ", 15) == 2  # the 、 goes with the character before it
    assert LINE_HEIGHT >= 16


def test_a_few_rows_are_not_left_alone_on_a_last_page():
    """The 案件記録's log ran three rows onto a page of their own: such a sheet is fitted onto one
    page fewer when that keeps its text at 8 points or more, and left as it is otherwise."""
    from openpyxl import Workbook

    from csp_desk.reports.xlsx import Fit, no_short_last_page, printable_height_pt

    page = printable_height_pt(A4_LANDSCAPE)
    fit = Fit(A4_LANDSCAPE, 100, True)

    def sheet():
        return Workbook().active

    nearly = sheet()
    assert no_short_last_page(nearly, fit, [15.0] * round(page * 1.1 / 15))
    assert nearly.page_setup.fitToHeight == 1 and nearly.sheet_properties.pageSetUpPr.fitToPage
    half = sheet()
    assert not no_short_last_page(half, fit, [15.0] * round(page * 1.6 / 15))  # a real second page
    assert not half.sheet_properties.pageSetUpPr.fitToPage
    assert not no_short_last_page(sheet(), fit, [15.0] * round(page * 0.9 / 15))  # one page already
    squeezed = Fit(A4_LANDSCAPE, 80, True)  # already at 80 %: 1.1 pages would print below 8 points
    assert not no_short_last_page(sheet(), squeezed, [15.0] * round(page / 0.8 * 1.1 / 15))
