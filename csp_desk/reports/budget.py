"""予算表 (budget) as an Excel workbook: one row per work item, real formulas, a native chart."""

from __future__ import annotations

from pathlib import Path

from ..domain.order_types import LABELS_JA, OrderType
from ..domain.proposal import ProposalData
from .common import Progress, jp_date, no_progress, put
from .xlsx import (
    HEIGHTS_MM,
    LAID_OUT,
    LINE_HEIGHT,
    MM,
    POINTS_PER_INCH,
    Labels,
    document_properties,
    fit_row_height,
    hidden_chart_labels,
    paginate,
    print_setup,
)

YEN_FORMAT = '"¥"#,##0'
DATE_FORMAT = "yyyy/mm/dd"
HOURS_FORMAT = "#,##0.0"
FONT = "Yu Gothic"

ITEMS_SHEET = "予算表"
SUMMARY_SHEET = "課題別集計"
COSTS_SHEET = "費用"
MONTHS_SHEET = "月別支出"
SCHEDULE_SHEET = "工程表"
ORDERED_SHEET = "発注済み"
PERCENT_FORMAT = "0.0#%"
HEADER_ROW = 4
COLUMNS = (
    ("No.", 5), ("経営課題", 12), ("業務", 22), ("発注形式", 13), ("作業カテゴリ", 15),
    ("成果物", 24), ("見積工数\n（時間）", 9), ("開始予定", 12), ("納期予定", 11),
    ("予算下限\n（税抜）", 11), ("予算上限\n（税抜）", 11),
)  # fmt: skip
"""Narrow enough to print on A4 landscape with 8-point text or larger; long text wraps, but
「プロジェクト形式」 and 「コピー・広報文」 fit a line (a row is as high as its longest text). A header
with a bracket breaks before it (never 「見積工数（/時間）」), and the amounts say they are 税抜."""
COL_PROBLEM, COL_TYPE, COL_HOURS, COL_START, COL_DUE, COL_LOW, COL_HIGH = 2, 4, 7, 8, 9, 10, 11
TOP_ROWS_PT = (21.0, LINE_HEIGHT, LINE_HEIGHT)
"""The heights of the rows above the table (the title, the date line, the notes' line): every row
of the items sheet has its height set, so where its pages break is known (`_no_lone_rows`)."""
NO_NOTES_PT = 6.0
"""The notes' line (row 3) when it has none: a little room between the date line and the table."""
TOP_BOTTOM_IN, HEADER_FOOTER_IN = 0.5, 0.2
"""The budget's margins, narrower than other workbooks' (0.75, 0.3): the header and footer (9 points)
still stand apart from the table, and the rows' even heights (a line of one as high as each of
several) cost no page — the items of the demo's client of 13 and the schedule of its client of 16
ran onto a page of their own with the wider margins."""
EARLY_FORMAT = '"※"yyyy/mm/dd'
"""A start date before the document's date: marked where the dates are, the legend above the table."""
EARLY_COLOUR = "C00000"
LAST_PAGE_ROWS = 4
"""Rows (the total among them) a table's last page holds at least when it runs onto one."""


CHART_CM, CHART_CM_HIGH = 22, 9
CHART_ROWS = 18
"""Rows of 15 points the chart (9 cm high) covers."""
PLOT_CM = CHART_CM - 4
"""The plot's width inside the chart (the amounts' axis takes the rest)."""


def write_budget(data: ProposalData, out: Path, progress: Progress = no_progress) -> Path:
    """Writes the budget workbook to `out` (an .xlsx) and returns the path."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    total_steps = data.item_count + 2
    done = 0
    wb = Workbook()
    ws = wb.active
    ws.title = ITEMS_SHEET
    bold = Font(name=FONT, bold=True)
    plain = Font(name=FONT)
    header_fill = PatternFill("solid", fgColor="D9E2F3")
    total_fill = PatternFill("solid", fgColor="F2F2F2")
    thin = Side(style="thin", color="808080")
    boxed = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws["A1"] = f"予算表　{data.client.name} 御中"
    ws["A1"].font = Font(name=FONT, bold=True, size=14)
    producer = " ".join(x for x in (data.producer.organisation, data.producer.name) if x)
    ws["A2"] = (
        f"作成日：{jp_date(data.issued_on)}　作成：{producer or 'csp-desk'}　"
        "金額はワーカーの提案で決まる目安です"
    )
    ws["A2"].font = plain
    early = [item for _problem, item in data.early_starts()]
    notes = []
    if early:  # the mark's legend, repeated with the header on every page the table takes
        notes.append(f"※印の開始予定は本書の日付（{jp_date(data.issued_on)}）より前です"
                     f"（{len(early)}件。ご承認の際に日程を見直します）。")  # fmt: skip
    if data.ordered:
        notes.append(f"発注済みの業務{len(data.ordered)}件は「{ORDERED_SHEET}」シートに状況を示し、"
                     "この表と合計には含めていません。")  # fmt: skip
    if notes:
        ws["A3"] = "　".join(notes)
        ws["A3"].font = Font(name=FONT, color=EARLY_COLOUR) if early else plain
    for r, height in enumerate(TOP_ROWS_PT, start=1):
        ws.row_dimensions[r].height = height if r < 3 or notes else NO_NOTES_PT

    for col, (title, width) in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=HEADER_ROW, column=col, value=title)
        cell.font, cell.fill, cell.border = bold, header_fill, boxed
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(col)].width = width
    fit_row_height(ws, HEADER_ROW, [title for title, _width in COLUMNS])

    row = HEADER_ROW
    number = 0
    first_rows: list[tuple[str, int, int]] = []
    for problem in data.problems:
        start_row = row + 1
        for item in problem.items:
            row += 1
            number += 1
            values = (
                number, problem.title, item.title, LABELS_JA[item.order_type],
                data.category_names.get(item.category_id, item.category_id), item.deliverables,
                item.estimated_hours, item.start_date, item.due_date, item.budget_min,
                item.budget_max,
            )  # fmt: skip
            for col, value in enumerate(values, start=1):
                cell = put(ws, row, col, value)
                cell.font, cell.border, cell.alignment = plain, boxed, wrap
            fit_row_height(ws, row, values)
            # a row of one line as high as each line of the others (left to the suite, it is
            # lower: its text touched the borders)
            ws.row_dimensions[row].height = ws.row_dimensions[row].height or LINE_HEIGHT
            ws.cell(row=row, column=COL_HOURS).number_format = HOURS_FORMAT
            for col in (COL_START, COL_DUE):
                ws.cell(row=row, column=col).number_format = DATE_FORMAT
            if item.start_date is not None and item.start_date < data.issued_on:
                start = ws.cell(row=row, column=COL_START)
                start.number_format = EARLY_FORMAT
                start.font = Font(name=FONT, color=EARLY_COLOUR, bold=True)
            for col in (COL_LOW, COL_HIGH):
                ws.cell(row=row, column=col).number_format = YEN_FORMAT
            done += 1
            progress(done, total_steps)
        first_rows.append((problem.title, start_row, row))
    last_item_row = row

    # totals: SUBTOTAL(109) follows the autofilter, so a filtered view totals what it shows
    total_row = last_item_row + 1
    label = ws.cell(row=total_row, column=COL_PROBLEM, value="合計")
    label.font = bold
    ws.row_dimensions[total_row].height = LINE_HEIGHT
    for col in range(1, len(COLUMNS) + 1):
        cell = ws.cell(row=total_row, column=col)
        cell.fill, cell.border = total_fill, boxed
    for col in (COL_HOURS, COL_LOW, COL_HIGH):
        letter = get_column_letter(col)
        cell = ws.cell(row=total_row, column=col)
        if last_item_row > HEADER_ROW:
            cell.value = f"=SUBTOTAL(109,{letter}{HEADER_ROW + 1}:{letter}{last_item_row})"
        else:
            cell.value = 0
        cell.font = bold
        cell.number_format = HOURS_FORMAT if col == COL_HOURS else YEN_FORMAT

    last_col = get_column_letter(len(COLUMNS))
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{max(last_item_row, HEADER_ROW + 1)}"
    types = DataValidation(
        type="list",
        formula1='"' + ",".join(LABELS_JA[t] for t in OrderType) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="発注形式",
        error="プロジェクト形式・コンペ形式・タスク形式から選んでください。",
    )
    type_col = get_column_letter(COL_TYPE)
    types.add(f"{type_col}{HEADER_ROW + 1}:{type_col}{max(last_item_row, HEADER_ROW + 1) + 200}")
    ws.add_data_validation(types)
    labels = Labels(f"予算表（{jp_date(data.issued_on)}）", data.client.name, producer)
    title_rows = (3 if early else HEADER_ROW, HEADER_ROW)
    fit = print_setup(ws, labels, title_rows=f"{title_rows[0]}:{title_rows[1]}")
    _margins(ws)
    _no_lone_rows(ws, fit, title_rows[0], [start for _title, start, _end in first_rows], total_row)

    # per-problem subtotals (SUMIFS over the item rows) and the chart
    summary = wb.create_sheet(SUMMARY_SHEET)
    summary["A1"] = f"経営課題別の予算　{data.client.name} 御中"
    summary["A1"].font = Font(name=FONT, bold=True, size=14)
    heads = ("経営課題", "業務数", "予算下限", "予算上限")
    for col, title in enumerate(heads, start=1):
        cell = summary.cell(row=3, column=col, value=title)
        cell.font, cell.fill, cell.border = bold, header_fill, boxed
    for letter, width in zip("ABCD", (36, 10, 16, 16), strict=True):
        summary.column_dimensions[letter].width = width
    problem_col = get_column_letter(COL_PROBLEM)
    low_col, high_col = get_column_letter(COL_LOW), get_column_letter(COL_HIGH)
    span = f"${HEADER_ROW + 1}:$%s{max(last_item_row, HEADER_ROW + 1)}"
    rng = {
        key: f"'{ITEMS_SHEET}'!${letter}{span % letter}"
        for key, letter in (("problem", problem_col), ("low", low_col), ("high", high_col))
    }
    srow = 3
    for title, _start, _end in first_rows:
        srow += 1
        put(summary, srow, 1, title)
        summary.cell(row=srow, column=2, value=f"=COUNTIFS({rng['problem']},A{srow})")
        summary.cell(row=srow, column=3, value=f"=SUMIFS({rng['low']},{rng['problem']},A{srow})")
        summary.cell(row=srow, column=4, value=f"=SUMIFS({rng['high']},{rng['problem']},A{srow})")
        for col in range(1, 5):
            cell = summary.cell(row=srow, column=col)
            cell.font, cell.border = plain, boxed
            if col >= 3:
                cell.number_format = YEN_FORMAT
    total = srow + 1
    summary.cell(row=total, column=1, value="合計").font = bold
    for col, letter in ((2, "B"), (3, "C"), (4, "D")):
        cell = summary.cell(row=total, column=col)
        cell.value = f"=SUM({letter}4:{letter}{srow})" if srow >= 4 else 0
        cell.font = bold
        if col >= 3:
            cell.number_format = YEN_FORMAT
    for col in range(1, 5):
        summary.cell(row=total, column=col).fill = total_fill
        summary.cell(row=total, column=col).border = boxed

    if srow >= 4:
        chart = BarChart()
        # Columns, not bars across (as the questionnaire chart of the workshop summary): a chart of
        # bars across lists its legend backwards in LibreOffice (予算上限 above 予算下限) and Excel
        # draws its first problem at the bottom, the table's last at the top. Columns read left to
        # right in the table's order — the problems, 下限 then 上限 in each, and the legend under
        # them — in Excel (c:order, c:legendPos b) and in LibreOffice (the file's order) alike.
        chart.type = "col"
        chart.style = 10
        chart.title = "経営課題別の予算（目安）"
        chart.y_axis.title = None  # the amounts say ¥ themselves (an axis title beside columns is turned)
        chart.y_axis.numFmt = YEN_FORMAT
        chart.x_axis.title = None
        values = Reference(summary, min_col=3, max_col=4, min_row=3, max_row=srow)
        chart.add_data(values, titles_from_data=True)
        chart.height, chart.width = CHART_CM_HIGH, CHART_CM
        # the problems' names under their columns, broken between phrases, from hidden cells under
        # the chart (LibreOffice reads a chart's labels from cells only), which the chart is told to
        # read (plotVisOnly off)
        names = [str(summary.cell(row=r, column=1).value or "") for r in range(4, srow + 1)]
        chart.set_categories(hidden_chart_labels(summary, names, total + 2 + CHART_ROWS + 2, PLOT_CM))
        chart.visible_cells_only = False
        chart.legend.position = "b"
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        summary.add_chart(chart, f"A{total + 2}")  # below the table: both fit on the page's width
    _even_rows(summary, 3, total)
    print_setup(summary, labels, title_rows="3:3", last_row=total)  # with the chart, not its hidden labels
    _margins(summary)

    _costs_sheet(wb, data, labels, last_item_row, total_row)
    _months_sheet(wb, data, labels)
    _schedule_sheet(wb, data, labels)
    _ordered_sheet(wb, data, labels)

    document_properties(
        wb, title=f"予算表 {data.client.name}", subject="クラウドソーシング活用の予算（目安）",
        author=data.producer.name or data.producer.organisation)  # fmt: skip
    out = Path(out)
    from .files import save

    save(wb, out)
    done += 2
    progress(done, total_steps)
    return out



def _margins(ws) -> None:  # type: ignore[no-untyped-def]
    margins = ws.page_margins
    margins.top = margins.bottom = TOP_BOTTOM_IN
    margins.header = margins.footer = HEADER_FOOTER_IN


def _even_rows(ws, first: int, last: int) -> None:  # type: ignore[no-untyped-def]
    """Rows `first` to `last` of one line as high as each line of a row of several (left to the
    suite, a row of one line is lower than that: its text touched the borders)."""
    for r in range(first, last + 1):
        ws.row_dimensions[r].height = ws.row_dimensions[r].height or LINE_HEIGHT


def _no_lone_rows(ws, fit, repeated_from: int, group_starts: list[int], total_row: int) -> None:  # type: ignore[no-untyped-def]
    """Never leaves the table's last row or two and its total alone on a last page: when the rows
    run onto a page that would hold fewer than LAST_PAGE_ROWS of them, that page starts at the first
    item of a problem (its items read together), or else LAST_PAGE_ROWS before the end. The items
    sheet prints at the smallest legible scale already (its columns fill A4 landscape), so it cannot
    be shrunk onto fewer pages. Every row's height is set: the pages are laid out as LibreOffice
    lays them (`paginate`)."""
    from openpyxl.worksheet.pagebreak import Break

    first = HEADER_ROW + 1
    heights = [ws.row_dimensions[r].height or LINE_HEIGHT for r in range(first, total_row + 1)]
    repeated = sum(ws.row_dimensions[r].height or LINE_HEIGHT for r in range(repeated_from, HEADER_ROW + 1))
    above = sum(ws.row_dimensions[r].height or LINE_HEIGHT for r in range(1, repeated_from))
    height_mm = HEIGHTS_MM.get((int(fit.paper.width_mm), fit.paper.orientation), 297.0)
    page = (height_mm * MM - 2 * TOP_BOTTOM_IN * POINTS_PER_INCH) * LAID_OUT * 100 / fit.scale
    pages = paginate(heights, page, repeated_pt=repeated, first_pt=above)
    if len(pages) < 2 or pages[-1] >= LAST_PAGE_ROWS:
        return
    last_start = len(heights) - pages[-1]  # index of the last page's first row
    before_start = last_start - pages[-2]
    fits = [i for i in range(before_start + 1, last_start)
            if sum(heights[i:]) + repeated <= page]  # the rest fits on one page from row i
    starts = [r - first for r in group_starts if r - first in fits]
    at_least_half = [i for i in starts if i - before_start >= pages[-2] / 2]
    if at_least_half:
        start = max(at_least_half)
    else:
        enough = [i for i in fits if len(heights) - i >= LAST_PAGE_ROWS]
        if not enough:
            return
        start = max(enough)
    ws.row_breaks.append(Break(id=first + start - 1))  # the page ends after the row before


def _styles():  # type: ignore[no-untyped-def]
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="808080")
    return {
        "bold": Font(name=FONT, bold=True),
        "plain": Font(name=FONT),
        "title": Font(name=FONT, bold=True, size=14),
        "header": PatternFill("solid", fgColor="D9E2F3"),
        "total": PatternFill("solid", fgColor="F2F2F2"),
        "box": Border(left=thin, right=thin, top=thin, bottom=thin),
        "wrap": Alignment(wrap_text=True, vertical="top"),
        "center": Alignment(horizontal="center", vertical="center", wrap_text=True),
    }


def _head(ws, row: int, titles: tuple[str, ...], widths: tuple[float, ...]) -> None:  # type: ignore[no-untyped-def]
    from openpyxl.utils import get_column_letter

    st = _styles()
    for col, (title, width) in enumerate(zip(titles, widths, strict=True), start=1):
        cell = ws.cell(row=row, column=col, value=title)
        cell.font, cell.fill, cell.border, cell.alignment = st["bold"], st["header"], st["box"], st["center"]
        ws.column_dimensions[get_column_letter(col)].width = width
    fit_row_height(ws, row, titles)


def _costs_sheet(wb, data: ProposalData, labels: Labels, last_item_row: int, total_row: int) -> None:  # type: ignore[no-untyped-def]
    """The cost: rewards (from the items sheet), platform fees (rate known: the amount; unknown:
    「料率未確認」, left out), the producer's fee (its rate is a cell: change it and the sheet
    follows), the total and the tax in it; 税抜 and 税込, low and high."""
    from ..domain.costs import percent

    st = _styles()
    whole = data.costs
    ws = _titled_sheet(wb, COSTS_SHEET, f"費用の目安　{data.client.name} 御中",
                       f"作成日：{jp_date(data.issued_on)}　有効期限：{jp_date(data.valid_until)}　"
                       "消費税10%（1円未満切り捨て）")  # fmt: skip
    heads = ("項目", "料率", "税抜（下限）", "税抜（上限）", "税込（下限）", "税込（上限）", "備考")
    _head(ws, 4, heads, (40, 12, 14, 14, 14, 14, 30))
    first = HEADER_ROW + 1
    span = max(last_item_row, first)
    low, high = get_letter(COL_LOW), get_letter(COL_HIGH)
    items = f"'{ITEMS_SHEET}'!"

    def with_tax(col: str) -> str:
        rng = f"{items}${col}${first}:${col}${span}"
        return f"=SUMPRODUCT({rng}+INT({rng}*10/100))" if last_item_row >= first else "=0"

    rows: list[tuple[object, ...]] = [(
        f"ワーカーへの報酬（業務{whole.items}件）", None,
        f"={items}{low}{total_row}", f"={items}{high}{total_row}", with_tax(low), with_tax(high),
        "予算表シートの合計（目安）",
    )]  # fmt: skip
    for line in whole.fees:
        name = f"システム利用料（{line.platform_name or 'プラットフォーム未定'}・{line.items}件）"
        if line.amount is None:
            rows.append((name, "料率未確認", None, None, None, None, "料率が未確認のため合計に含めず"))
        else:
            a = line.amount
            rate = percent(line.terms.orderer_rate) if line.terms.orderer_rate is not None else ""
            basis = "税込" if line.terms.rate_basis == "tax_included" else "税抜"
            note = f"報酬（{basis}）に対する率"
            if line.terms.as_of:
                note += f"（{jp_date(line.terms.as_of)}時点）"
            rows.append((name, rate, a.net_low, a.net_high, a.gross_low, a.gross_high, note))
    row = 4
    for values in rows:
        row += 1
        for col, value in enumerate(values, start=1):
            formula = isinstance(value, str) and value.startswith("=")
            cell = ws.cell(row=row, column=col, value=value) if formula else put(ws, row, col, value)
            cell.font, cell.border, cell.alignment = st["plain"], st["box"], st["wrap"]
            if 3 <= col <= 6:
                cell.number_format = YEN_FORMAT
        fit_row_height(ws, row, ["" if isinstance(v, str) and v.startswith("=") else v for v in values])
    reward_row = 5
    row += 1
    producer_row = row
    put(ws, row, 1, "プロデューサー報酬")
    rate_cell = ws.cell(row=row, column=2)
    if whole.producer_rate is not None:
        rate_cell.value = float(whole.producer_rate)
        rate_cell.number_format = PERCENT_FORMAT
        for col, source in ((3, "C"), (4, "D")):
            ws.cell(row=row, column=col, value=f"=INT(ROUND({source}{reward_row}*$B${row},6))")
        for col, net in ((5, "C"), (6, "D")):
            ws.cell(row=row, column=col, value=f"={net}{row}+INT({net}{row}*10/100)")
        put(ws, row, 7, "報酬（税抜）に対する率。料率を変えると金額も変わります")
    else:
        rate_cell.value = "料率未設定"
        put(ws, row, 7, "料率が決まっていないため合計に含めず")
    for col in range(1, 8):
        cell = ws.cell(row=row, column=col)
        cell.font, cell.border, cell.alignment = st["plain"], st["box"], st["wrap"]
        if 3 <= col <= 6:
            cell.number_format = YEN_FORMAT
    fit_row_height(ws, row, [ws.cell(row=row, column=c).value for c in (1, 2)] + [""] * 4
                   + [ws.cell(row=row, column=7).value])  # its amounts are formulas, not text to break
    row += 1
    total = row
    put(ws, row, 1, "合計")
    for col, letter in ((3, "C"), (4, "D"), (5, "E"), (6, "F")):
        ws.cell(row=row, column=col, value=f"=SUM({letter}5:{letter}{producer_row})")
    row += 1
    put(ws, row, 1, "うち消費税（10%）")
    ws.cell(row=row, column=5, value=f"=E{total}-C{total}")
    ws.cell(row=row, column=6, value=f"=F{total}-D{total}")
    for r in (total, row):
        for col in range(1, 8):
            cell = ws.cell(row=r, column=col)
            cell.font, cell.fill, cell.border = st["bold"], st["total"], st["box"]
            if 3 <= col <= 6:
                cell.number_format = YEN_FORMAT
    notes = ["報酬は目安で、実際の金額はワーカーの提案・見積もりで決まります。"]
    if whole.unknown_fees:
        notes.append("システム利用料は、プラットフォームと料率が決まりしだい加えます（いまは合計に含めていません）。")
    for note in notes:
        row += 2 if note is notes[0] else 1
        put(ws, row, 1, f"※ {note}").font = st["plain"]
    _even_rows(ws, 4, row - len(notes) - 1)
    print_setup(ws, labels, title_rows="4:4")
    _margins(ws)


def _titled_sheet(wb, name: str, title: str, note: str):  # type: ignore[no-untyped-def]
    """A new sheet with its title (A1) and the line under it (A2) in the sheets' fonts."""
    st = _styles()
    ws = wb.create_sheet(name)
    ws["A1"], ws["A2"] = title, note
    ws["A1"].font, ws["A2"].font = st["title"], st["plain"]
    return ws


def _months_sheet(wb, data: ProposalData, labels: Labels) -> None:  # type: ignore[no-untyped-def]
    """Month by month: an order's reward is deposited (仮払い) in the month it starts."""
    st = _styles()
    ws = _titled_sheet(wb, MONTHS_SHEET, f"月ごとの支出の目安　{data.client.name} 御中",
                       "報酬は業務を始めるときに仮払いするため、開始予定の月に計上しています（税込は消費税10%込み）。")
    if data.costs.unknown_fees:  # the 支出 columns hold the known fees only: say which are left out
        ws["A3"] = "支出＝報酬＋手数料（料率を確認できていないシステム利用料は含めず。費用シート参照）。"
    else:
        ws["A3"] = "支出＝報酬＋手数料（システム利用料・プロデューサー報酬）。"
    ws["A3"].font = st["plain"]
    heads = ("月", "業務数", "報酬 税抜\n（下限）", "報酬 税抜\n（上限）", "支出 税込\n（下限）",
             "支出 税込\n（上限）")  # fmt: skip
    _head(ws, 4, heads, (14, 8, 15, 15, 18, 18))
    row = 4
    for month in data.months():
        row += 1
        total = month.total
        values = (
            f"{month.month.year}年{month.month.month}月" if month.month else "時期未定", month.items,
            month.rewards.net_low, month.rewards.net_high, total.gross_low, total.gross_high,
        )  # fmt: skip
        for col, value in enumerate(values, start=1):
            cell = put(ws, row, col, value)
            cell.font, cell.border = st["plain"], st["box"]
            if col >= 3:
                cell.number_format = YEN_FORMAT
    row += 1
    put(ws, row, 1, "合計")
    for col, letter in ((2, "B"), (3, "C"), (4, "D"), (5, "E"), (6, "F")):
        ws.cell(row=row, column=col, value=f"=SUM({letter}5:{letter}{row - 1})" if row > 5 else 0)
    for col in range(1, 7):
        cell = ws.cell(row=row, column=col)
        cell.font, cell.fill, cell.border = st["bold"], st["total"], st["box"]
        if col >= 3:
            cell.number_format = YEN_FORMAT
    _even_rows(ws, 5, row)
    print_setup(ws, labels, title_rows="4:4")
    _margins(ws)


def _schedule_sheet(wb, data: ProposalData, labels: Labels) -> None:  # type: ignore[no-untyped-def]
    """The work items as bars: one column per week (or month), filled by conditional formats from
    the start and due dates in the row — change a date and the bar follows. The document's date
    is in B2: rows starting before it are flagged and their early part drawn orange."""
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from .schedule import timeline

    st = _styles()
    plan = timeline(data)
    ws = wb.create_sheet(SCHEDULE_SHEET)
    ws["A1"] = f"工程表　{data.client.name} 御中"
    ws["A1"].font = st["title"]
    ws["A2"] = "本書の日付："  # next to its value (B2, which the bars' rules read), the legend under the bars
    ws["A2"].alignment = Alignment(horizontal="right")
    ws["B2"] = data.issued_on
    ws["B2"].number_format = DATE_FORMAT
    ws["B2"].alignment = Alignment(horizontal="left")
    for cell in (ws["A2"], ws["B2"]):
        cell.font = st["plain"]
    legend = "凡例：青＝作業期間　橙＝本書の日付より前の期間　黄＝本書の日付の"
    legend += "週" if plan.weekly else "月"
    heads = ("業務", "開始予定", "納期予定", "注意")
    period_width = 5.5 if plan.weekly else 6.0
    _head(ws, 4, heads, (30, 11, 11, 14))
    first_col = len(heads) + 1
    small = Font(name=FONT, size=9, bold=True)
    for index, period in enumerate(plan.periods):
        col = first_col + index
        ws.column_dimensions[get_column_letter(col)].width = period_width
        top = ws.cell(row=3, column=col, value=period.top or None)
        top.font = small
        cell = ws.cell(row=4, column=col, value=period.start)
        cell.number_format = "d" if plan.weekly else r"m\月"
        cell.font, cell.fill, cell.border, cell.alignment = small, st["header"], st["box"], st["center"]
    row = 4
    for item in plan.rows:
        row += 1
        values = (item.title, item.start, item.due)
        for col, value in enumerate(values, start=1):
            cell = put(ws, row, col, value)
            cell.font, cell.border, cell.alignment = st["plain"], st["box"], st["wrap"]
            if col > 1:
                cell.number_format = DATE_FORMAT
        flag = ws.cell(row=row, column=4, value=f'=IF(AND(B{row}<>"",B{row}<$B$2),"※ 日程の見直し","")')
        flag.font, flag.border, flag.alignment = Font(name=FONT, color="C00000"), st["box"], st["wrap"]
        fit_row_height(ws, row, (item.title,))
        for index in range(len(plan.periods)):
            ws.cell(row=row, column=first_col + index).border = st["box"]
    last_row = row
    _even_rows(ws, 5, last_row)
    if plan.periods and last_row > 4:
        left = get_column_letter(first_col)
        right = get_column_letter(first_col + len(plan.periods) - 1)
        grid = f"{left}5:{right}{last_row}"
        end = f"({left}$4+6)" if plan.weekly else f"EOMONTH({left}$4,0)"
        start, due = "$B5", "$C5"
        last = f'IF({due}<>"",{due},{start})'
        first = f'IF({start}<>"",{start},{due})'
        on = f'AND(OR({start}<>"",{due}<>""),{left}$4<={last},{end}>={first})'
        early = f'AND({on},{start}<>"",{start}<$B$2,{left}$4<$B$2)'
        today = f"AND({left}$4<=$B$2,{end}>=$B$2)"
        rules = ws.conditional_formatting
        rules.add(grid, FormulaRule(formula=[early], fill=PatternFill("solid", fgColor="E69138",
                                                                      bgColor="E69138"), stopIfTrue=True))
        rules.add(grid, FormulaRule(formula=[on], fill=PatternFill("solid", fgColor="4472C4",
                                                                   bgColor="4472C4"), stopIfTrue=True))
        rules.add(grid, FormulaRule(formula=[today], fill=PatternFill("solid", fgColor="FFF2CC",
                                                                      bgColor="FFF2CC")))
        ws.freeze_panes = ws.cell(row=5, column=first_col)
    put(ws, last_row + 2, 1, legend).font = st["plain"]
    print_setup(ws, labels, title_rows="3:4", body_pt=9)
    _margins(ws)


def _ordered_sheet(wb, data: ProposalData, labels: Labels) -> None:  # type: ignore[no-untyped-def]
    """The work items already ordered, apart from the plan: where each order stands. They are in no
    total of this workbook (the client approved them before; their money is in the ledger)."""
    from openpyxl.styles import Alignment

    from .common import short_date
    from .japanese import state_ja

    if not data.ordered:
        return
    st = _styles()
    ws = _titled_sheet(wb, ORDERED_SHEET, f"発注済みの業務　{data.client.name} 御中",
                       "すでに発注した業務の状況です（予算表・費用・月別支出の合計には含めていません）。")
    heads = ("経営課題", "業務", "発注形式", "発注日", "現在の状況", "状況の日付")
    _head(ws, 4, heads, (22, 30, 18, 11, 18, 11))  # 「プロジェクト形式」 on one line
    row = 4
    for problem, done in data.ordered:
        row += 1
        values = (problem, done.item.title, LABELS_JA[done.item.order_type], done.ordered_on,
                  state_ja(done.state), done.since)  # fmt: skip
        for col, value in enumerate(values, start=1):
            cell = put(ws, row, col, value)
            cell.font, cell.border, cell.alignment = st["plain"], st["box"], st["wrap"]
            if col in (4, 6):
                cell.number_format = DATE_FORMAT
                cell.alignment = Alignment(horizontal="center", vertical="top")  # apart from the state
        fit_row_height(ws, row, [short_date(v) if hasattr(v, "year") else v for v in values])
    _even_rows(ws, 5, row)
    print_setup(ws, labels, title_rows="4:4")
    _margins(ws)


def get_letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(col)
