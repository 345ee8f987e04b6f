"""How every workbook prints and what it says about itself: one helper for all the Excel writers.

A sheet prints on A4 portrait, A4 landscape or A3 landscape — the first on which its columns fit at
a scale that keeps the smallest text at 8 points or more. A sheet too wide even for A3 is printed at
that scale across several pages wide rather than shrunk into illegibility. Every sheet repeats its
header rows on each page, has a print area, and carries a header (the document's title and the
client) and a footer (the producer and 「1 / 3 ページ」).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

FONT = "Yu Gothic"
BODY_PT = 11.0
"""The size of the text in the cells (openpyxl's default font size)."""
SMALLEST_PT = 8.0
"""No text prints smaller than this."""
HEADER_PT = 9
"""The size of the printed header and footer at full scale. Excel keeps it when the sheet is
scaled (scaleWithDoc off); LibreOffice shrinks it with the sheet, so a scaled sheet's header is
set larger (`header_pt`)."""
CHART_PT = 10.0
"""The size of a chart's labels (the default of Excel and LibreOffice)."""
MARGIN = 0.05
"""Room left for the difference between Excel's and LibreOffice's column widths (LibreOffice
printed a sheet estimated at 0.744 at 0.74)."""

LEFT_RIGHT_IN = 0.4
TOP_BOTTOM_IN = 0.75
HEADER_FOOTER_IN = 0.3
POINTS_PER_INCH = 72.0
MM = 72.0 / 25.4


@dataclass(frozen=True)
class Paper:
    name: str
    size: int  # the paperSize code of SpreadsheetML
    orientation: str
    width_mm: float

    @property
    def printable_pt(self) -> float:
        return self.width_mm * MM - 2 * LEFT_RIGHT_IN * POINTS_PER_INCH


A4_PORTRAIT = Paper("A4 縦", 9, "portrait", 210)
A4_LANDSCAPE = Paper("A4 横", 9, "landscape", 297)
A3_LANDSCAPE = Paper("A3 横", 8, "landscape", 420)
PAPERS = (A4_PORTRAIT, A4_LANDSCAPE, A3_LANDSCAPE)

DEFAULT_WIDTH = 8.43
"""Characters of a column whose width was never set."""


CHARACTER_PX = 9.0
"""Pixels of one character of a column's width as printed. Excel draws one as wide as a digit of
the workbook's font (7 pixels of Calibri 11); LibreOffice without Calibri draws one about 9
(measured: DejaVu Sans stands in). The wider is taken, so a sheet fits in both."""


def column_points(width: float | None) -> float:
    """A column `width` characters wide in points (5 pixels of padding, 96 pixels an inch)."""
    return ((width or DEFAULT_WIDTH) * CHARACTER_PX + 5) * 0.75


@dataclass(frozen=True)
class Fit:
    paper: Paper
    scale: int
    """Percent; 100 when the columns fit as they are."""
    fits_width: bool
    """Whether the columns fit on one page wide."""

    @property
    def header_pt(self) -> int:
        """The header's size: HEADER_PT, or larger as far as the sheet's scale shrinks it."""
        return max(HEADER_PT, math.ceil(SMALLEST_PT * (1 + MARGIN) * 100 / self.scale))


def choose_paper(width_pt: float, landscape_only: bool = False, body_pt: float = BODY_PT) -> Fit:
    """The first paper on which `width_pt` of columns fits at a scale keeping `body_pt` text at
    SMALLEST_PT or more; otherwise A3 landscape at that smallest scale, several pages wide."""
    lowest = SMALLEST_PT / body_pt * (1 + MARGIN)
    papers = PAPERS[1:] if landscape_only else PAPERS
    for paper in papers:
        scale = min(1.0, paper.printable_pt / max(width_pt, 1.0))
        if scale >= lowest:
            return Fit(paper, math.floor(scale * 100), True)
    return Fit(A3_LANDSCAPE, math.ceil(lowest * 100), False)


def header_text(text: str, limit: int = 60) -> str:
    """Text as a header or footer holds it: `&` doubled (a lone one starts a code), one line, cut
    to at most `limit` characters as written (Excel refuses a header over 255)."""
    escaped = " ".join(str(text).split()).replace("&", "&&")
    if len(escaped) <= limit:
        return escaped
    cut = escaped[: limit - 1]
    if (len(cut) - len(cut.rstrip("&"))) % 2:  # never half of a doubled &
        cut = cut[:-1]
    return cut + "…"


_CELL = re.compile(r"^([A-Z]+)(\d+)$")


def _chart_extent(ws: Any) -> tuple[float, int]:
    """The right edge (points from column A) and the last row the sheet's charts reach."""
    from openpyxl.utils import column_index_from_string

    right, bottom = 0.0, 0
    for chart in getattr(ws, "_charts", []):
        anchor = chart.anchor if isinstance(chart.anchor, str) else None
        match = _CELL.match(anchor or "")
        if not match:
            continue
        col, row = column_index_from_string(match.group(1)), int(match.group(2))
        left = sum(column_points(_width(ws, c)) for c in range(1, col))
        right = max(right, left + chart.width / 2.54 * POINTS_PER_INCH)
        bottom = max(bottom, row + math.ceil(chart.height / 2.54 * POINTS_PER_INCH / 15) + 1)
    return right, bottom


def _width(ws: Any, col: int) -> float | None:
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(col)
    dimensions = ws.column_dimensions
    return dimensions[letter].width if letter in dimensions else None


@dataclass(frozen=True)
class Labels:
    """What the header and footer of every page say."""

    title: str
    client: str = ""
    producer: str = ""


def print_setup(
    ws: Any,
    labels: Labels,
    *,
    widths: Sequence[float] | None = None,
    title_rows: str | None = None,
    last_row: int | None = None,
    landscape_only: bool = False,
    body_pt: float = BODY_PT,
) -> Fit:
    """Sets up how `ws` prints. `widths` are the columns' widths in characters (read from the
    sheet when not given); `last_row` ends the print area (the sheet's last row, or its charts',
    when not given). A write-only sheet is set up before its first row, with `widths`, and gets
    its print area afterwards from `print_area`."""
    streamed = _streamed(ws)
    if widths is None:
        columns = max(ws.max_column, 1)
        widths = [_width(ws, col) or DEFAULT_WIDTH for col in range(1, columns + 1)]
    chart_right, chart_bottom = (0.0, 0) if streamed else _chart_extent(ws)
    width_pt = max(sum(column_points(w) for w in widths), chart_right)
    if chart_right:
        body_pt = min(body_pt, CHART_PT)
    fit = choose_paper(width_pt, landscape_only, body_pt)

    setup = ws.page_setup
    setup.paperSize = fit.paper.size
    setup.orientation = fit.paper.orientation
    if fit.fits_width:  # one page wide, also at 100 %: LibreOffice's columns may come out a little
        # wider than the estimate (a sheet estimated 0.5 % under A3's width printed its last column
        # on a page of its own); fitting only ever shrinks
        setup.fitToWidth, setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    else:
        setup.scale = fit.scale
        ws.sheet_properties.pageSetUpPr.fitToPage = False
    margins = ws.page_margins
    margins.left = margins.right = LEFT_RIGHT_IN
    margins.top = margins.bottom = TOP_BOTTOM_IN
    margins.header = margins.footer = HEADER_FOOTER_IN
    ws.print_options.horizontalCentered = fit.fits_width
    if title_rows:
        ws.print_title_rows = title_rows
    _header_footer(ws, labels, fit.header_pt)
    if not streamed:  # an ordinary sheet: its rows are all there
        columns = max(len(widths), _columns_reaching(ws, chart_right))
        print_area(ws, max(last_row or ws.max_row, chart_bottom), columns)
    return fit


def _columns_reaching(ws: Any, right_pt: float) -> int:
    """How many columns from A the print area needs to reach `right_pt` points (a chart's right
    edge, its legend and axis labels with it): 0 when nothing is drawn."""
    if right_pt <= 0:
        return 0
    columns, edge = 0, 0.0
    while edge < right_pt - 0.5:
        columns += 1
        edge += column_points(_width(ws, columns))
    return columns


HEIGHTS_MM = {(297, "portrait"): 297.0, (210, "portrait"): 297.0, (297, "landscape"): 210.0,
              (420, "landscape"): 297.0}
"""The paper's height as printed, by (width, orientation)."""
SHORT_LAST_PAGE = 1 / 3
"""A last page filled less than this is drawn onto the pages before, when that keeps the text legible."""


def printable_height_pt(paper: Paper) -> float:
    """The height the rows have on a page of `paper`."""
    height_mm = HEIGHTS_MM.get((int(paper.width_mm), paper.orientation), 297.0)
    return height_mm * MM - 2 * TOP_BOTTOM_IN * POINTS_PER_INCH


LAID_OUT = 0.98
"""The part of the margins' height LibreOffice fills with rows (measured on A4 portrait: about
720 of 734 points; see order_record.PAGE_PT)."""


def paginate(heights: Sequence[float], page_pt: float, *, repeated_pt: float = 0.0,
             first_pt: float = 0.0) -> list[int]:  # fmt: skip
    """How many of the rows (`heights`, in points) each page holds, as an office suite breaks
    them: a row is never split, the header rows (`repeated_pt`) head every page, and `first_pt`
    stands above them on the first."""
    pages: list[int] = []
    used, count = first_pt + repeated_pt, 0
    for height in heights:
        if count and used + height > page_pt:
            pages.append(count)
            used, count = repeated_pt, 0
        used += height
        count += 1
    if count:
        pages.append(count)
    return pages


def no_short_last_page(ws: Any, fit: Fit, heights: Sequence[float], *, repeated_pt: float = 0.0,
                       first_pt: float = 0.0, body_pt: float = BODY_PT,
                       first_row: int = 0) -> bool:  # fmt: skip
    """Never leaves the last page of `ws` with a lone row or only a few (less than a third of a
    page): the sheet is printed on one page fewer when shrinking it to fit keeps `body_pt` text at
    SMALLEST_PT or more; otherwise a lone last row gets the row before it along (a page break
    before that row: `first_row` is the sheet's row of heights[0]). The rows (`heights`, in
    points, every row's height set) are laid out whole, page by page (`paginate`): a sum of the
    heights promised a page less than LibreOffice printed, for it leaves the foot of each page
    empty where the next row does not fit. `repeated_pt` is the header rows on every page,
    `first_pt` what stands above them on the first. Returns whether it changed anything."""
    if not fit.fits_width or len(heights) < 2:
        return False
    page = printable_height_pt(fit.paper) * LAID_OUT

    def layout(scale: int) -> list[int]:
        return paginate(heights, page * 100 / scale, repeated_pt=repeated_pt, first_pt=first_pt)

    pages = layout(fit.scale)
    last = sum(heights[-pages[-1] :]) + repeated_pt
    if len(pages) < 2 or (pages[-1] > 1 and last >= SHORT_LAST_PAGE * page * 100 / fit.scale):
        return False
    lowest = SMALLEST_PT / body_pt * (1 + MARGIN)
    for scale in range(fit.scale - 1, math.ceil(lowest * 100) - 1, -1):
        if len(layout(scale)) < len(pages):
            setup = ws.page_setup
            setup.fitToWidth, setup.fitToHeight = 1, len(pages) - 1
            ws.sheet_properties.pageSetUpPr.fitToPage = True
            return True
    if pages[-1] > 1 or pages[-2] < 3 or not first_row:  # the page before keeps two rows at least
        return False
    from openpyxl.worksheet.pagebreak import Break

    ws.row_breaks.append(Break(id=first_row + len(heights) - 3))  # after it, the last two rows
    return True


def _streamed(ws: Any) -> bool:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    return isinstance(ws, WriteOnlyWorksheet)


def print_area(ws: Any, last_row: int, columns: int) -> None:
    from openpyxl.utils import get_column_letter

    ws.print_area = f"A1:{get_column_letter(max(columns, 1))}{max(last_row, 1)}"


def _header_footer(ws: Any, labels: Labels, size: int) -> None:
    hf = ws.HeaderFooter
    hf.scaleWithDoc = False  # the header stays readable however the sheet is scaled
    hf.alignWithMargins = True
    header, footer = ws.oddHeader, ws.oddFooter
    for item, text in (
        (header.left, header_text(labels.title)),
        (header.right, header_text(labels.client, 40) + " 御中" if labels.client else ""),
        (footer.left, header_text(labels.producer)),
        (footer.center, "&P / &N ページ"),
        (footer.right, header_text(ws.title, 31)),
    ):
        if text:
            item.text = text
            item.size = size
            item.font = f"{FONT},Regular"


def document_properties(wb: Any, *, title: str, subject: str = "", author: str = "") -> None:
    """Title, subject and author of the workbook: the producer, never the library that wrote it."""
    properties = wb.properties
    properties.title = title[:250] or None
    properties.subject = subject[:250] or None
    properties.creator = author[:250]
    properties.lastModifiedBy = author[:250] or None
    properties.description = None


WIDE = 1.65
"""Characters of a column's width one full-width character takes."""
LINE_HEIGHT = 18.0
"""Points per line of 11-point text in a row: Excel draws Yu Gothic 11 lines 18.75 points apart,
LibreOffice its CJK stand-in about 16 (at 15 the last line of a three-line cell was cut off)."""
MAX_LINES = 22
"""Lines a row grows to at most: Excel's highest row is 409 points."""


NO_LINE_START = set("、。，．,.）」』】〕〉》！？!?:：;；ー〜ぁぃぅぇぉっゃゅょァィゥェォッャュョ")
"""Characters a line does not start with (禁則): they stay with the character before."""


CHART_LABEL_PT = 10.0
"""The size of a chart's axis labels (Excel's and LibreOffice's default)."""


def chart_label_lines(texts: Sequence[str], plot_cm: float) -> list[str]:
    """A column chart's category labels broken into lines between phrases (`linebreak.break_lines`)
    to fit the width each category has under its columns in a plot `plot_cm` wide."""
    from .linebreak import break_lines

    room = plot_cm / max(len(texts), 1) * 0.8 / 2.54 * 72  # points: the plot's width a column group
    return ["\n".join(break_lines(text, room, wide=CHART_LABEL_PT, narrow=CHART_LABEL_PT * 0.62))
            for text in texts]  # fmt: skip


def hidden_chart_labels(ws: Any, texts: Sequence[str], row: int, plot_cm: float) -> Any:
    """Writes a column chart's labels (`chart_label_lines`) into hidden rows from `row` in column A
    and returns their Reference for `set_categories`: LibreOffice reads a chart's labels from cells
    only (the chart must then be told to read hidden cells: visible_cells_only off)."""
    from openpyxl.chart import Reference

    lines = chart_label_lines(texts, plot_cm)
    for offset, text in enumerate(lines):
        ws.cell(row=row + offset, column=1, value=text)
        ws.row_dimensions[row + offset].hidden = True
    return Reference(ws, min_col=1, min_row=row, max_row=row + len(lines) - 1)


def narrow_lines(text: str, width: float) -> str:
    """`text` broken between phrases for a narrow column `width` characters wide: LibreOffice
    breaks a cell's words anywhere (「（公開／前）」, a 「、」 starting a line)."""
    from .linebreak import break_lines

    return "\n".join(break_lines(text, max(width - 1, 1.0), wide=WIDE, narrow=1.0, word_room=width - 0.5))


def wrapped_lines(text: str, width: float) -> int:
    """How many lines `text` takes wrapped in a column `width` characters wide (a full-width
    character is about 1.65, measured in LibreOffice with the CJK fonts). Lines are filled as an
    office suite fills them: a full-width character may start a new line anywhere, but a run of
    Latin letters and digits (「2026/10/09」, a file name, a hash) moves to the next line whole,
    and 「、」 or 「）」 never starts one — so a line often ends short of the column's edge, and a
    count of characters alone promised too few lines: neither LibreOffice nor every Excel grows a
    row to its wrapped text."""
    import unicodedata

    room = max(width - 1, 1)
    lines = 0
    for part in text.split("\n"):
        tokens: list[float] = []
        word = 0.0
        for c in part:
            wide = unicodedata.east_asian_width(c) in "WF"
            if wide or c == " ":
                if word:
                    tokens.append(word)
                    word = 0.0
                units = WIDE if wide else 1.0
                if tokens and (c in NO_LINE_START or c == " "):
                    tokens[-1] += units  # stays at the end of the line before
                else:
                    tokens.append(units)
            else:
                word += 1.0
        if word:
            tokens.append(word)
        count, used = 1, 0.0
        for units in tokens:
            if used and used + units > room:
                count, used = count + 1, 0.0
            while units > room:  # longer than a line: broken inside after all
                units -= room
                count += 1
            used += units
        lines += count
    return min(lines, MAX_LINES)


BREAK_WIDE = 2.1
"""Characters of a column's width one full-width character takes in Excel: a character of the
width is a digit of the workbook's font (7 pixels of Calibri 11), a full-width character of Yu
Gothic 11 is 14.7 pixels. Wider than in LibreOffice (WIDE), so lines broken for Excel fit both."""
BREAK_NARROW = 1.2
"""The same for a Latin letter or digit of Yu Gothic (a little wider than Calibri's digit)."""


def break_cell_text(text: str, width: float) -> str:
    """`text` with line breaks where a Japanese reader breaks it (`linebreak.break_lines`), so that
    each line fits a column `width` characters wide in Excel and in LibreOffice: LibreOffice
    applies no 禁則 in a cell (「バリエーシ／ョン」, a lone 「）」 starting a line). Text that fits
    on one line is returned as it is."""
    from .linebreak import break_lines

    room = max(width - 0.5, 1.0)
    word_room = max(width - 1, 1.0) * BREAK_WIDE / WIDE  # a word LibreOffice shows whole stays whole
    return "\n".join(break_lines(text, room, wide=BREAK_WIDE, narrow=BREAK_NARROW, word_room=word_room))


def fit_row_height(ws: Any, row: int, values: Sequence[object]) -> None:
    """Makes `row` high enough for its wrapped text (columns' widths as set on the sheet). A
    wrapped cell holding one of `values` gets its text's line breaks set here (`break_cell_text`)."""
    lines = 1
    for col, value in enumerate(values, start=1):
        if isinstance(value, str) and value:
            width = _width(ws, col) or DEFAULT_WIDTH
            cell = ws.cell(row=row, column=col)
            if cell.value == value and cell.alignment is not None and cell.alignment.wrap_text:
                value = cell.value = break_cell_text(value, width)
            lines = max(lines, wrapped_lines(value, width))
    if lines > 1:
        ws.row_dimensions[row].height = LINE_HEIGHT * lines
