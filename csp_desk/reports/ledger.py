"""進捗管理表 and 支払台帳 as one Excel workbook: every order with its states and dates (overdue
rows highlighted by formulas that follow TODAY()), the payment ledger with gross, withholding, net,
due and paid dates, totals per payee and per month as formulas, for the accountant; for one
client or one order (案件記録) also the audit log of these orders (変更履歴), so the history goes
with the records."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..domain.history import ACTIONS, RECORDS, changes_text, japanese
from ..domain.lifecycle import State
from ..domain.order_types import LABELS_JA, OrderType
from ..domain.progress import ProgressData
from .common import Progress, jp_date, no_progress, put
from .progress import STATE_JA

YEN = '"¥"#,##0'
DATE = "yyyy/mm/dd"
FONT = "Yu Gothic"
HEADER_ROW = 4
ORDER_COLUMNS = (
    ("No.", 6),
    ("顧客", 24),
    ("業務", 34),
    ("発注形式", 13),
    ("状況", 18),
    ("状況の日付", 12),
    ("ワーカー", 22),
    ("予算上限", 12),
    ("契約金額", 12),
    ("納期", 12),
    ("納品日", 12),
    ("検収日", 12),
    ("支払期日", 12),
    ("支払日", 12),
    ("修正回数", 9),
    ("トラブル", 9),
    ("遅れ", 8),
)
PAYMENT_COLUMNS = (
    ("No.", 6),
    ("支払先", 22),
    ("登録番号", 17),
    ("個人・法人", 10),
    ("顧客", 22),
    ("業務", 30),
    ("支払期日", 12),
    ("報酬（税抜）", 13),
    ("消費税", 11),
    ("税込", 13),
    ("源泉徴収税額", 13),
    ("差引支払額", 13),
    ("支払日", 12),
    ("支払月", 10),
    ("源泉税納付日", 13),
)

HISTORY_COLUMNS = (
    ("No.", 6),
    ("日時", 18),
    ("業務", 30),
    ("記録", 14),
    ("操作", 8),
    ("内容（変更前 → 変更後）", 90),
)
"""The audit log of the orders above; No. is the order's number in 進捗管理表."""
HISTORY_LINE_CHARS = 44
"""Japanese characters on one line of the 内容 column (90 wide)."""


def _coded_japanese(field: str, value: str) -> str | None:
    if field == "state" and value in State._value2member_map_:
        return STATE_JA[State(value)]
    if field == "order_type" and value in OrderType._value2member_map_:
        return LABELS_JA[OrderType(value)]
    return None


def write_ledger(data: ProgressData, out: Path, progress: Progress = no_progress) -> Path:
    """Writes the workbook to `out` (an .xlsx) and returns the path."""
    from openpyxl import Workbook
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    total = len(data.orders) + len(data.payments) + len(data.history) + 2
    done = 0
    bold, plain = Font(name=FONT, bold=True), Font(name=FONT)
    header_fill = PatternFill("solid", fgColor="D9E2F3")
    late_fill = PatternFill("solid", fgColor="F8D7DA", bgColor="F8D7DA")
    thin = Side(style="thin", color="808080")
    boxed = Border(left=thin, right=thin, top=thin, bottom=thin)
    producer = " ".join(x for x in (data.producer.organisation, data.producer.name) if x)
    scope = f"{data.client} 御中" if data.client else "全顧客"

    def sheet(ws: object, title: str, columns: tuple[tuple[str, int], ...]) -> None:
        ws.title = title  # type: ignore[attr-defined]
        ws["A1"] = f"{title}　{scope}"  # type: ignore[index]
        ws["A1"].font = Font(name=FONT, bold=True, size=14)  # type: ignore[index]
        ws["A2"] = f"{jp_date(data.issued_on)}現在　作成：{producer or 'csp-desk'}"  # type: ignore[index]
        ws["A2"].font = plain  # type: ignore[index]
        for col, (name, width) in enumerate(columns, start=1):
            cell = ws.cell(row=HEADER_ROW, column=col, value=name)  # type: ignore[attr-defined]
            cell.font, cell.fill, cell.border = bold, header_fill, boxed
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            ws.column_dimensions[get_column_letter(col)].width = width  # type: ignore[attr-defined]
        ws.freeze_panes = f"A{HEADER_ROW + 1}"  # type: ignore[attr-defined]
        ws.page_setup.orientation = "landscape"  # type: ignore[attr-defined]
        ws.page_setup.paperSize = ws.PAPERSIZE_A4  # type: ignore[attr-defined]
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0  # type: ignore[attr-defined]
        ws.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[attr-defined]
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"  # type: ignore[attr-defined]

    wb = Workbook()
    orders = wb.active
    sheet(orders, "進捗管理表", ORDER_COLUMNS)
    row = HEADER_ROW
    for number, o in enumerate(data.orders, start=1):
        row += 1
        values = (
            number,
            o.client,
            o.title,
            LABELS_JA[o.order_type],
            STATE_JA[o.state],
            o.state_since,
            o.workers,
            o.budget_max,
            o.contracted or None,
            o.delivery_due,
            o.delivered_on,
            o.accepted_on,
            o.payment_due,
            o.paid_on,
            o.revisions,
            o.troubles,
            o.late,
        )
        for col, value in enumerate(values, start=1):
            cell = put(orders, row, col, value)
            cell.font, cell.border = plain, boxed
        for col in (6, 10, 11, 12, 13, 14):
            orders.cell(row=row, column=col).number_format = DATE
        for col in (8, 9):
            orders.cell(row=row, column=col).number_format = YEN
        done += 1
        if done % 200 == 0:
            progress(done, total)
    last_order = max(row, HEADER_ROW + 1)
    orders.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(ORDER_COLUMNS))}{last_order}"
    first = HEADER_ROW + 1
    # overdue as of the day the file is opened: delivery past due and not delivered, payment past
    # due and not paid (cancelled and finished orders excepted)
    overdue = (
        f'OR(AND($J{first}<>"",$K{first}="",$L{first}="",$J{first}<TODAY(),$E{first}<>"キャンセル",$E{first}<>"完了"),'
        f'AND($M{first}<>"",$N{first}="",$M{first}<TODAY()))'
    )
    orders.conditional_formatting.add(
        f"A{first}:{get_column_letter(len(ORDER_COLUMNS))}{last_order}",
        FormulaRule(formula=[overdue], fill=late_fill),
    )

    ledger = wb.create_sheet()
    sheet(ledger, "支払台帳", PAYMENT_COLUMNS)
    row = HEADER_ROW
    for number, p in enumerate(data.payments, start=1):
        row += 1
        values = (
            number,
            p.payee,
            p.invoice_number or "",
            "法人" if p.kind == "corporation" else "個人",
            p.client,
            p.title,
            p.due_on,
            p.amount,
            p.tax,
            f"=H{row}+I{row}",
            p.withholding,
            f"=J{row}-K{row}",
            p.paid_on,
            p.paid_on.strftime("%Y-%m") if p.paid_on else "",
            p.remitted_on,
        )
        for col, value in enumerate(values, start=1):
            cell = ledger.cell(row=row, column=col) if col in (10, 12) else put(ledger, row, col, value)
            if col in (10, 12):
                cell.value = value  # our own formulas
            cell.font, cell.border = plain, boxed
        for col in (7, 13, 15):
            ledger.cell(row=row, column=col).number_format = DATE
        for col in (8, 9, 10, 11, 12):
            ledger.cell(row=row, column=col).number_format = YEN
        done += 1
        if done % 200 == 0:
            progress(done, total)
    last = max(row, HEADER_ROW + 1)
    ledger.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(PAYMENT_COLUMNS))}{last}"
    ledger.conditional_formatting.add(
        f"A{first}:{get_column_letter(len(PAYMENT_COLUMNS))}{last}",
        FormulaRule(formula=[f'AND($G{first}<>"",$M{first}="",$G{first}<TODAY())'], fill=late_fill),
    )
    totals = last + 1
    ledger.cell(row=totals, column=2, value="合計（表示中の行）").font = bold
    for col in (8, 9, 10, 11, 12):
        letter = get_column_letter(col)
        cell = ledger.cell(row=totals, column=col, value=f"=SUBTOTAL(109,{letter}{first}:{letter}{last})")
        cell.font, cell.number_format, cell.border = bold, YEN, boxed

    def summary(title: str, key_title: str, keys: list[str], key_column: str) -> None:
        ws = wb.create_sheet()
        columns = (
            (key_title, 26),
            ("報酬（税抜）", 14),
            ("消費税", 12),
            ("税込", 14),
            ("源泉徴収税額", 14),
            ("差引支払額", 14),
            ("件数", 8),
        )
        sheet(ws, title, columns)
        r = HEADER_ROW
        for key in keys:
            r += 1
            put(ws, r, 1, key).font = plain  # type: ignore[attr-defined]
            criteria = f"支払台帳!${key_column}${first}:${key_column}${last},$A{r}"
            for col, source in ((2, "H"), (3, "I"), (4, "J"), (5, "K"), (6, "L")):
                cell = ws.cell(
                    row=r,
                    column=col,
                    value=f"=SUMIFS(支払台帳!${source}${first}:${source}${last},{criteria})",
                )
                cell.number_format, cell.font = YEN, plain
            ws.cell(row=r, column=7, value=f"=COUNTIFS({criteria})").font = plain
            for col in range(1, 8):
                ws.cell(row=r, column=col).border = boxed
        end = max(r, HEADER_ROW + 1)
        r += 1
        ws.cell(row=r, column=1, value="合計").font = bold
        for col in range(2, 8):
            letter = get_column_letter(col)
            cell = ws.cell(row=r, column=col, value=f"=SUM({letter}{HEADER_ROW + 1}:{letter}{end})")
            cell.font, cell.border = bold, boxed
            cell.number_format = YEN if col < 7 else "0"

    payees = sorted({p.payee for p in data.payments})
    summary("支払先別", "支払先", payees, "B")
    months = sorted({p.paid_on.strftime("%Y-%m") for p in data.payments if p.paid_on})
    summary("月別（支払日）", "支払月", months, "N")

    def tick() -> None:
        nonlocal done
        done += 1
        if done % 200 == 0:
            progress(done, total)

    if data.client:  # one client's or one order's records carry their history
        write_history(wb, data, sheet, (plain, boxed), tick)
    done += 1
    progress(done, total)
    wb.save(str(out))
    progress(total, total)
    return out


def write_history(
    wb: Any, data: ProgressData, sheet: Callable[..., None], style: tuple[Any, Any], tick: Callable[[], None]
) -> None:
    """The 変更履歴 sheet: every logged change of these orders, oldest first."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    history = wb.create_sheet()
    sheet(history, "変更履歴", HISTORY_COLUMNS)
    number_of = {o.engagement_id: number for number, o in enumerate(data.orders, start=1)}
    row = HEADER_ROW
    for line in data.history:
        row += 1
        values = (
            number_of.get(line.engagement_id),
            line.at,
            line.title,
            japanese(RECORDS[line.record]) if line.record in RECORDS else line.record,
            japanese(ACTIONS[line.action]) if line.action in ACTIONS else line.action,
            changes_text(line.changes, line.action, japanese, _coded_japanese),
        )
        for col, value in enumerate(values, start=1):
            cell = put(history, row, col, value)
            cell.font, cell.border = style  # type: ignore[attr-defined]
            cell.alignment = Alignment(vertical="top", wrap_text=col == 6)  # type: ignore[attr-defined]
        history.cell(row=row, column=2).number_format = "yyyy/mm/dd hh:mm"
        lines = -(-len(str(values[5])) // HISTORY_LINE_CHARS)  # rows do not grow for wrapped text
        if lines > 1:
            history.row_dimensions[row].height = 15 * min(lines, 20)
        tick()
    last_change = max(row, HEADER_ROW + 1)
    history.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(HISTORY_COLUMNS))}{last_change}"
