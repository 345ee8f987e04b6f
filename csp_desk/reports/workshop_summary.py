"""The organiser's summary of a workshop (Excel) for its activity report (実績報告): plan and
attendance, problems by frequency, work items by order type and budget band, the questionnaire
before and after with a chart, and who asked for a follow-up consultation.

Numbers are numbers and dates are dates (an organiser sums and charts them again); every piece of
outside text goes through `put` so a company called "=HYPERLINK(…)" stays text.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..domain.order_types import LABELS_JA, OrderType
from ..domain.proposal_text import type_reason
from ..domain.workshop import ITEMS, ORDERING_TEXT_JA, Attendance, Intention
from ..domain.workshop_documents import ATTENDANCE_JA, BAND_LABELS, SummaryData
from .common import Progress, effort, jp_date, no_progress, put
from .files import into_place, save
from .xlsx import WIDE, Labels, document_properties, hidden_chart_labels, print_setup, wrapped_lines

FONT = "Yu Gothic"
DATE_FORMAT = "yyyy/mm/dd"
TIME_FORMAT = "hh:mm"
MEAN_FORMAT = "0.00"
CHANGE_FORMAT = "+0.00;-0.00;0.00"
SHARE_FORMAT = "0.0%"
POINTS_FORMAT = '+0.0"ポイント";-0.0"ポイント";0.0"ポイント"'
"""A change of a share, in percentage points."""
YEN_FORMAT = '"¥"#,##0'

SHEETS = ("概要", "出欠", "課題", "業務", "業務の一覧", "アンケート", "フォローアップ")
SHORT_JA = {"can_solve": "課題を解決できそう", "knows_costs": "費用の目安が分かる", "anxious": "発注に不安"}
"""The questionnaire's items as the header over its two columns (事前・事後)."""
LINE_PT = 18.0
"""Points per line of 11-point text in a row: Excel's own row for Yu Gothic 11 is 18.75, and
LibreOffice's CJK font needs about 16 (at 15 a second line sat on the row's border)."""
MAX_ROW_PT = 409.0
"""Excel's highest row."""
FIT = 1.2
"""Room a label is given beyond its estimated width: WIDE is LibreOffice's full-width character
(9 pixels a unit); Excel's unit is a Calibri digit, 7 pixels, and a full-width character of 11-pt
Yu Gothic is 14.7 pixels, about 2.1 units — 1.65 × 1.2 and the 2 units added hold a label of up to
16 full-width characters in both (more room made the list of work items too wide for A3)."""
INTENTION_JA = {Intention.YES: "はい", Intention.UNDECIDED: "検討中", Intention.NO: "いいえ"}


class _Style:
    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.title = Font(name=FONT, bold=True, size=14)
        self.bold = Font(name=FONT, bold=True)
        self.plain = Font(name=FONT)
        self.header_fill = PatternFill("solid", fgColor="D9E2F3")
        self.total_fill = PatternFill("solid", fgColor="F2F2F2")
        thin = Side(style="thin", color="808080")
        self.boxed = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.center = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.left = Alignment(horizontal="left", vertical="top", wrap_text=True)


def _title(ws: Any, style: _Style, text: str, data: SummaryData) -> None:
    put(ws, 1, 1, text).font = style.title
    plan = data.plan
    line = f"{plan.title}　{jp_date(plan.held_on)} {plan.starts_at:%H:%M}〜"
    put(ws, 2, 1, line).font = style.plain


def units(text: str) -> float:
    """The width of `text` in characters of a column's width (a full-width character is WIDE)."""
    import unicodedata

    return sum(WIDE if unicodedata.east_asian_width(c) in "WF" else 1.0 for c in text)


def label_width(*texts: object) -> float:
    """The column width that holds each line of each of `texts` on one line: a label is never
    broken mid-word (its line breaks are written into it, at a sensible place)."""
    longest = max((units(line) for text in texts if text is not None for line in str(text).split("\n")),
                  default=0.0)  # fmt: skip
    return math.ceil(longest * FIT) + 2


def _col_width(ws: Any, col: int) -> float:
    from openpyxl.utils import get_column_letter

    return ws.column_dimensions[get_column_letter(col)].width or 8.43


def _set_width(ws: Any, col: int, width: float) -> None:
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(col)
    if (ws.column_dimensions[letter].width or 0) < width:
        ws.column_dimensions[letter].width = width


def _fit_height(ws: Any, row: int, values: Sequence[object], spans: Sequence[int] | None = None) -> None:
    """Makes `row` high enough for its wrapped text; `spans`: the columns each value covers."""
    lines, col = 1, 1
    for index, value in enumerate(values):
        span = spans[index] if spans else 1
        if isinstance(value, str) and value:
            width = sum(_col_width(ws, c) for c in range(col, col + span))
            lines = max(lines, wrapped_lines(value, width))
        col += span
    if lines > 1:
        height = min(LINE_PT * lines + 2, MAX_ROW_PT)
        ws.row_dimensions[row].height = max(ws.row_dimensions[row].height or 0, height)


def _header(ws: Any, style: _Style, row: int, columns: Sequence[tuple[str, float]]) -> None:
    """The header row of a table: each column at least as wide as asked and as its label's
    longest line."""
    for col, (title, width) in enumerate(columns, start=1):
        cell = ws.cell(row=row, column=col, value=title)
        cell.font, cell.fill = style.bold, style.header_fill
        cell.border, cell.alignment = style.boxed, style.center
        _set_width(ws, col, max(width, label_width(title)))
    _fit_height(ws, row, [title for title, _width in columns])


def _note(ws: Any, style: _Style, row: int, text: str, columns: int) -> None:
    """A line of text under a table, wrapped within the table's width (and so the print area)."""
    cell = put(ws, row, 1, text)
    cell.font = style.plain
    cell.alignment = style.left
    if columns > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
    _fit_height(ws, row, [text], [columns])


def _row(ws: Any, style: _Style, row: int, values: list[object],
         formats: dict[int, str] | None = None) -> None:  # fmt: skip
    for col, value in enumerate(values, start=1):
        cell = put(ws, row, col, value)
        cell.font, cell.border, cell.alignment = style.plain, style.boxed, style.wrap
        if formats and col in formats:
            cell.number_format = formats[col]
    _fit_height(ws, row, values)


def _print_setup(ws: Any, data: SummaryData, title_rows: str | None = None) -> None:
    plan = data.plan
    producer = " ".join(x for x in (data.producer.organisation, data.producer.name) if x)
    labels = Labels(f"ワークショップ集計　{plan.title}（{jp_date(plan.held_on)}）", plan.organiser, producer)
    print_setup(ws, labels, title_rows=title_rows)


def _overview(ws: Any, style: _Style, data: SummaryData) -> None:
    plan, summary = data.plan, data.summary
    put(ws, 1, 1, "ワークショップ実施概要").font = style.title
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 60
    counts = summary.attendance
    rows: list[tuple[str, object, str | None]] = [
        ("名称", plan.title, None),
        ("実施日", plan.held_on, DATE_FORMAT),
        ("開始時刻", plan.starts_at.time(), TIME_FORMAT),
        ("会場", plan.venue, None),
        ("主催", plan.organiser, None),
        ("講師（ファシリテーター）", plan.facilitator, None),
        ("定員", plan.capacity, "#,##0"),
        ("参加登録（社）", summary.participants, "#,##0"),
        ("出席（社）", counts[Attendance.PRESENT], "#,##0"),
        ("遅刻（社）", counts[Attendance.LATE], "#,##0"),
        ("欠席（社）", counts[Attendance.ABSENT], "#,##0"),
        ("出欠未確認（社）", counts[Attendance.REGISTERED], "#,##0"),
        ("参加（出席＋遅刻）（社）", summary.attended, "#,##0"),
        ("参加率（参加÷登録）", summary.attended / summary.participants if summary.participants else None,
         SHARE_FORMAT),
        ("個別相談の希望（社）", summary.follow_ups, "#,##0"),
        (f"「{ORDERING_TEXT_JA}」はい の割合（事前）", summary.ordering_before, SHARE_FORMAT),
        (f"「{ORDERING_TEXT_JA}」はい の割合（事後）", summary.ordering_after, SHARE_FORMAT),
        ("作成日", data.issued_on, DATE_FORMAT),
    ]  # fmt: skip
    row = 2
    for label, value, number_format in rows:
        row += 1
        _row(ws, style, row, [label, value], {2: number_format} if number_format else None)
        ws.cell(row=row, column=1).font = style.bold
        ws.cell(row=row, column=2).alignment = style.left
    if plan.agenda:
        # the programme in the same table: its label once beside the numbered lines, the number
        # next to its line (not right-aligned at the far end of the wide label column)
        first = row + 1
        for number, line in enumerate(plan.agenda, start=1):
            row += 1
            _row(ws, style, row, ["プログラム" if number == 1 else None, f"{number}．{line}"])
            ws.cell(row=row, column=2).alignment = style.left
        ws.cell(row=first, column=1).font = style.bold
        if row > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=row, end_column=1)
    if summary.warning is not None:
        row += 2
        warning = f"定員を超える登録です（{summary.participants}社／定員{plan.capacity}）。"
        _note(ws, style, row, warning, 2)
        ws.cell(row=row, column=1).font = style.bold
    _print_setup(ws, data)


def _attendance(ws: Any, style: _Style, data: SummaryData) -> None:
    _title(ws, style, "出欠", data)
    columns = [("No", 6), ("会社名", 34), ("ご担当者", 16), ("電話", 16), ("メール", 26), ("出欠", 10),
               ("到着時刻", 10), ("個別相談の希望", 12), ("選んだ課題数", 12), ("業務数", 10)]  # fmt: skip
    _header(ws, style, 4, columns)
    for number, p in enumerate(data.participants, start=1):
        _row(ws, style, 4 + number, [
            number, p.company, p.contact_person, p.phone, p.email, ATTENDANCE_JA[p.attendance], p.late_at,
            "希望" if p.follow_up else "", len(p.problems), len(p.items),
        ], {1: "0", 7: TIME_FORMAT, 9: "0", 10: "0"})  # fmt: skip
    last = 4 + len(data.participants)
    if not data.participants:
        _note(ws, style, 5, "参加登録はまだありません。", len(columns))
    ws.freeze_panes = "C5"
    ws.auto_filter.ref = f"A4:J{max(last, 5)}"
    _print_setup(ws, data, "4:4")


def _problems(ws: Any, style: _Style, data: SummaryData) -> None:
    _title(ws, style, "経営課題（選んだ社数の多い順）", data)
    _header(ws, style, 4, [("順位", 6), ("経営課題", 36), ("選んだ社数", 12), ("参加企業に占める割合", 14)])
    # who took part in the work: came, or had problems recorded (a forgotten roll call) — the same
    # group counts above and below the line, so a share never passes 100 %
    attended = sum(1 for p in data.participants if p.attended or p.problems)
    rank, previous = 0, None
    for index, (title, count) in enumerate(data.summary.problems, start=1):
        if count != previous:
            rank, previous = index, count
        share = count / attended if attended else None
        _row(ws, style, 4 + index, [rank, title, count, share], {1: "0", 3: "#,##0", 4: SHARE_FORMAT})
    if not data.summary.problems:
        _note(ws, style, 5, "選ばれた経営課題は記録されていません。", 4)
    _note(ws, style, 6 + len(data.summary.problems),
          "割合は参加（出席＋遅刻、出欠未入力でも課題の記録がある企業を含む）企業数に対するものです。"
          "1社が複数の課題を選べます。", 4)  # fmt: skip
    _print_setup(ws, data, "4:4")


def _band_header(label: str) -> str:
    """A budget band as a header: broken after 〜 (「10万円〜」「30万円未満」), never inside a word."""
    return label.replace("〜", "〜\n")


def _work(ws: Any, style: _Style, data: SummaryData) -> None:
    """The cross-tab of order types by budget band (the list of the items is a sheet of its own:
    its columns are not this table's, and its header repeats on every page)."""
    _title(ws, style, "業務（発注形式 × 予算帯）", data)
    lines = [line for p in data.participants for line in p.items]
    counts = Counter((line.draft.order_type, line.band) for line in lines)
    heads = [("発注形式", label_width(*LABELS_JA.values(), "合計")),
             *((_band_header(label), 8) for label in BAND_LABELS), ("合計", 8)]  # fmt: skip
    _header(ws, style, 4, heads)
    numbers = {c: "#,##0" for c in range(2, len(BAND_LABELS) + 3)}
    row = 4
    for order_type in OrderType:
        row += 1
        values = [counts[(order_type, band)] for band in BAND_LABELS]
        _row(ws, style, row, [LABELS_JA[order_type], *values, sum(values)], numbers)
    row += 1
    totals = [sum(counts[(t, band)] for t in OrderType) for band in BAND_LABELS]
    _row(ws, style, row, ["合計", *totals, sum(totals)], numbers)
    for col in range(1, len(BAND_LABELS) + 3):
        ws.cell(row=row, column=col).fill = style.total_fill
        ws.cell(row=row, column=col).font = style.bold
    _note(ws, style, row + 1, "予算帯は予算（目安）の上限で分けています。業務ごとの内容は「業務の一覧」の"
                              "シートにあります。", len(heads))  # fmt: skip
    _print_setup(ws, data)


def _work_list(ws: Any, style: _Style, data: SummaryData) -> None:
    """Every work item, one a row; the header repeats on every printed page. The columns of short
    labels are as wide as their longest label; the free text (業務, 理由) wraps. The reason is each
    item's own (proposal_text.type_reason: the producer's, else from the item), as the result sheet
    and the proposal give it — not the pre-filled sentence of its order type repeated."""
    _title(ws, style, "業務の一覧", data)
    lines = [(p, line) for p in data.participants for line in p.items]
    companies = [p.company for p, _line in lines]
    problems = [line.problem for _p, line in lines]
    efforts = [effort(line.draft) for _p, line in lines]
    titles = [line.draft.title for _p, line in lines]
    columns = [("会社名", min(label_width(*companies), 34)), ("経営課題", min(label_width(*problems), 24)),
               ("業務", min(label_width(*titles), 34)), ("発注形式", label_width(*LABELS_JA.values())),
               ("その形式を選んだ理由", 44),
               ("作業量の目安", min(label_width(*efforts), 24)), ("予算下限", 12), ("予算上限", 12),
               ("予算帯", label_width(*BAND_LABELS))]  # fmt: skip
    _header(ws, style, 4, columns)
    for index, (p, line) in enumerate(lines, start=1):
        d = line.draft
        _row(ws, style, 4 + index, [
            p.company, line.problem, d.title, LABELS_JA[d.order_type], type_reason(d), effort(d),
            d.budget_min, d.budget_max, line.band,
        ], {7: YEN_FORMAT, 8: YEN_FORMAT})  # fmt: skip
    if not lines:
        _note(ws, style, 5, "業務は記録されていません。", len(columns))
    ws.freeze_panes = "B5"
    _print_setup(ws, data, "4:4")


CHART_CM = 22
CHART_ROWS = 16
"""Rows of 15 points the chart (8 cm high) covers."""
PLOT_CM = CHART_CM - 3
"""The plot's width inside the chart (the values' axis takes the rest)."""


def _questionnaire(ws: Any, style: _Style, data: SummaryData) -> None:
    """The means before and after per item, the ordering share, the chart, and every answer."""
    from openpyxl.chart import BarChart, Reference

    _title(ws, style, "アンケート（事前・事後）", data)
    columns = [("項目", 44), ("事前の平均", 11), ("事後の平均", 11), ("変化", 9), ("回答数\n（事前）", 9),
               ("回答数\n（事後）", 9), ("備考", 30)]  # fmt: skip
    _header(ws, style, 4, columns)
    row = 4
    for item in data.summary.items:
        row += 1
        note = "逆転項目：平均が下がるほど改善" if item.item.reverse else "5段階（5＝とてもそう思う）"
        _row(ws, style, row, [item.item.text_ja, item.before, item.after, item.change,
                              item.answered_before, item.answered_after, note],
             {2: MEAN_FORMAT, 3: MEAN_FORMAT, 4: CHANGE_FORMAT, 5: "0", 6: "0"})  # fmt: skip
    last_item_row = row
    row += 1
    before, after = data.summary.ordering_before, data.summary.ordering_after
    # a change of a share is in percentage points (18.2% → 63.6%: +45.5ポイント, not +45.5%)
    change = round((after - before) * 100, 10) if before is not None and after is not None else None
    answered = [sum(p.before.ordering is not None for p in data.participants),
                sum(p.after.ordering is not None for p in data.participants)]
    _row(ws, style, row, [f"{ORDERING_TEXT_JA}（「はい」の割合）", before, after, change, *answered,
                          "はい・検討中・いいえの3択"],
         {2: SHARE_FORMAT, 3: SHARE_FORMAT, 4: POINTS_FORMAT, 5: "0", 6: "0"})  # fmt: skip

    label_row = row + CHART_ROWS + 2  # under the chart (anchored two rows down)
    if data.summary.items:
        chart = BarChart()
        # Columns, not bars across: a chart of bars across draws its series top-down only with the
        # items' axis reversed (maxMin), and LibreOffice lists the legend of such a chart backwards
        # whatever the axis (事後 before 事前, the bars 事前 above 事後). Columns read left to right
        # in the table's order, bars and legend alike, in Excel and LibreOffice.
        chart.type = "col"
        chart.style = 10
        chart.title = "アンケート項目の平均（事前・事後、5段階）"
        chart.y_axis.scaling.min = 0
        chart.y_axis.scaling.max = 5
        chart.y_axis.majorUnit = 1
        chart.y_axis.numFmt = "0.0"
        means = Reference(ws, min_col=2, max_col=3, min_row=4, max_row=last_item_row)
        chart.add_data(means, titles_from_data=True)
        chart.height, chart.width = 8, CHART_CM
        # the items' words under their columns, broken between phrases (LibreOffice broke
        # 「…解決できそう／だ」 anywhere): in hidden rows under the chart (a chart in LibreOffice
        # reads its labels from cells only, in a column as its values), which the chart is told
        # to read (plotVisOnly off)
        texts = [item.item.text_ja for item in data.summary.items]
        chart.set_categories(hidden_chart_labels(ws, texts, label_row, PLOT_CM))
        chart.visible_cells_only = False
        chart.legend.position = "b"
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        ws.add_chart(chart, f"A{row + 2}")

    # every answer, one row per participant who answered: each question over its two columns
    # (事前・事後), so no header breaks inside a word or leaves a bracket alone on a line
    start = label_row + len(data.summary.items) + 1
    put(ws, start, 1, "回答の一覧").font = style.bold
    groups = [SHORT_JA.get(question.id, question.text_ja) for question in ITEMS] + ["発注を検討"]
    top, bottom = start + 1, start + 2
    company = ws.cell(row=top, column=1, value="会社名")
    ws.merge_cells(start_row=top, start_column=1, end_row=bottom, end_column=1)
    cells = [company]
    for index, group in enumerate(groups):
        col = 2 + 2 * index
        cells.append(ws.cell(row=top, column=col, value=group))
        ws.cell(row=top, column=col + 1).border = style.boxed
        ws.merge_cells(start_row=top, start_column=col, end_row=top, end_column=col + 1)
        for offset, when in enumerate(("事前", "事後")):
            cells.append(ws.cell(row=bottom, column=col + offset, value=when))
        # the two columns together hold the question on one line
        half = label_width(group) / 2
        for c in (col, col + 1):
            _set_width(ws, c, max(half, label_width("事前")))
    ws.cell(row=bottom, column=1).border = style.boxed
    for cell in cells:
        cell.font, cell.fill = style.bold, style.header_fill
        cell.border, cell.alignment = style.boxed, style.center
    _set_width(ws, 1, label_width(*(p.company for p in data.participants)))
    r = bottom
    for p in data.participants:
        if p.before.is_empty() and p.after.is_empty():
            continue
        r += 1
        values: list[object] = [p.company]
        for question in ITEMS:
            values += [p.before.scores.get(question.id), p.after.scores.get(question.id)]
        for answers in (p.before, p.after):
            values.append(None if answers.ordering is None else INTENTION_JA[answers.ordering])
        _row(ws, style, r, values)
    _print_setup(ws, data)


def _follow_ups(ws: Any, style: _Style, data: SummaryData) -> None:
    _title(ws, style, "個別相談（フォローアップ）の希望", data)
    columns = [("No", 6), ("会社名", 34), ("ご担当者", 16), ("電話", 16), ("メール", 28),
               ("選んだ経営課題", 40), ("業務数", 8)]  # fmt: skip
    _header(ws, style, 4, columns)
    wanted = [p for p in data.participants if p.follow_up]
    for number, p in enumerate(wanted, start=1):
        _row(ws, style, 4 + number, [number, p.company, p.contact_person, p.phone, p.email,
                                     "、".join(p.problems), len(p.items)], {1: "0", 7: "0"})  # fmt: skip
    if not wanted:
        _note(ws, style, 5, "個別相談の希望はありませんでした。", len(columns))
    contact = " ".join(x for x in (data.producer.organisation, data.producer.name, data.producer.phone,
                                   data.producer.email) if x)  # fmt: skip
    if contact:
        _note(ws, style, 6 + max(len(wanted), 1), f"担当プロデューサー：{contact}", len(columns))
    _print_setup(ws, data, "4:4")


def _write(data: SummaryData, out: Path, progress: Progress) -> Path:
    from openpyxl import Workbook

    style = _Style()
    wb = Workbook()
    sheets = [wb.active] + [wb.create_sheet() for _ in SHEETS[1:]]
    writers = (_overview, _attendance, _problems, _work, _work_list, _questionnaire, _follow_ups)
    total = len(writers) + 1
    for done, (ws, name, writer) in enumerate(zip(sheets, SHEETS, writers, strict=True), start=1):
        ws.title = name
        writer(ws, style, data)
        progress(done, total)
    document_properties(wb, title=f"ワークショップ集計 {data.plan.title}", subject="ワークショップの実績報告",
                        author=data.producer.name or data.producer.organisation)  # fmt: skip
    save(wb, out)
    progress(total, total)
    return out


def write_workshop_summary(data: SummaryData, out: Path, progress: Progress = no_progress) -> Path:
    """Writes the summary workbook to `out` (an .xlsx) atomically and returns the path;
    `progress(done, total)` may raise to cancel, leaving nothing behind."""
    return into_place(Path(out), lambda temporary: _write(data, temporary, progress))
