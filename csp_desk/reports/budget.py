"""予算表 (budget) as an Excel workbook: one row per work item, real formulas, a native chart."""

from __future__ import annotations

from pathlib import Path

from ..domain.order_types import LABELS_JA, OrderType
from ..domain.proposal import ProposalData
from .common import Progress, jp_date, no_progress, put
from .xlsx import Labels, document_properties, fit_row_height, print_setup

YEN_FORMAT = '"¥"#,##0'
DATE_FORMAT = "yyyy/mm/dd"
HOURS_FORMAT = "#,##0.0"
FONT = "Yu Gothic"

ITEMS_SHEET = "予算表"
SUMMARY_SHEET = "課題別集計"
HEADER_ROW = 4
COLUMNS = (
    ("No.", 5), ("経営課題", 18), ("業務", 22), ("発注形式", 14), ("作業カテゴリ", 12),
    ("成果物", 21), ("見積工数（時間）", 9), ("開始予定", 11), ("納期予定", 11),
    ("予算下限", 11), ("予算上限", 11),
)  # fmt: skip
"""Narrow enough to print on A4 landscape with 8-point text or larger; long text wraps."""
COL_PROBLEM, COL_TYPE, COL_HOURS, COL_START, COL_DUE, COL_LOW, COL_HIGH = 2, 4, 7, 8, 9, 10, 11


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
            ws.cell(row=row, column=COL_HOURS).number_format = HOURS_FORMAT
            for col in (COL_START, COL_DUE):
                ws.cell(row=row, column=col).number_format = DATE_FORMAT
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
    print_setup(ws, labels, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")

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
        chart.type = "bar"
        chart.style = 10
        chart.title = "経営課題別の予算（目安）"
        chart.y_axis.title = "円"
        chart.y_axis.numFmt = "#,##0"
        chart.x_axis.title = None
        values = Reference(summary, min_col=3, max_col=4, min_row=3, max_row=srow)
        categories = Reference(summary, min_col=1, min_row=4, max_row=srow)
        chart.add_data(values, titles_from_data=True)
        chart.set_categories(categories)
        chart.height = max(7.5, 1.2 * (srow - 3) + 3)
        chart.width = 22
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        summary.add_chart(chart, f"A{total + 2}")  # below the table: both fit on the page's width
    print_setup(summary, labels, title_rows="3:3")

    document_properties(
        wb, title=f"予算表 {data.client.name}", subject="クラウドソーシング活用の予算（目安）",
        author=data.producer.name or data.producer.organisation)  # fmt: skip
    out = Path(out)
    wb.save(str(out))
    done += 2
    progress(done, total_steps)
    return out

