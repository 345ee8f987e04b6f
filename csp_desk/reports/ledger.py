"""進捗管理表 and 支払台帳 as one Excel workbook: every order with its states and dates (overdue
rows highlighted by formulas that follow TODAY()), the payment ledger with gross, withholding, net,
due and paid dates, totals per payee and per month as formulas, for the accountant; for one
client or one order (案件記録) also the audit log of these orders (変更履歴), so the history goes
with the records."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.history import ACTIONS, RECORDS, changes_text, japanese
from ..domain.lifecycle import State
from ..domain.money import remittance_due
from ..domain.order_types import LABELS_JA, OrderType
from ..domain.progress import OrderLine, ProgressData
from .common import Progress, jp_date, no_progress, safe
from .progress import STATE_JA, late_label
from .xlsx import (
    LINE_HEIGHT,
    Fit,
    Labels,
    document_properties,
    narrow_lines,
    no_short_last_page,
    print_area,
    print_setup,
    wrapped_lines,
)

YEN = '"¥"#,##0'
DATE = "yyyy/mm/dd"
MONTH = "yyyy/mm"
FONT = "Yu Gothic"
HEADER_ROW = 4
TOP_ROWS_PT = (24.0, LINE_HEIGHT, LINE_HEIGHT)
"""The heights of the rows above the header: the sheet's title (14 points), the date line and the note."""
ORDER_COLUMNS = (
    ("No.", 6),
    ("顧客", 16),
    ("業務", 26),
    ("発注形式", 15),
    ("状況", 14),
    ("状況の日付", 11),
    ("ワーカー", 16),
    ("予算上限", 11),
    ("契約金額\n（税抜）", 11),
    ("納期", 11),
    ("納品日", 11),
    ("検収日", 11),
    ("支払期日", 11),
    ("支払日", 11),
    ("修正回数", 7),
    ("トラブル", 7),
    ("遅れ・備考", 14),
)
"""Narrow enough for one page wide on A3 landscape with text of 8 points or more; 発注形式 wide
enough for 「プロジェクト形式」 on one line (rows stay one line high unless their text wraps), and a
header with a bracket broken before it."""
ORDER_NOTE = (
    "桃色の行：納期を過ぎて納品・検収の記録がないもの、支払期日を過ぎて支払日の記録がないもの"
    "（ファイルを開いた日で判定します）。"
)
PAYMENT_COLUMNS = (
    ("No.", 6),
    ("支払先", 16),
    ("登録番号", 15),
    ("個人・法人", 10),
    ("顧客", 16),
    ("業務", 22),
    ("支払期日", 11),
    ("報酬（税抜）", 12),
    ("消費税", 10),
    ("税込", 12),
    ("源泉徴収税額", 12),
    ("差引支払額", 12),
    ("支払日", 11),
    ("支払月", 8),
    ("源泉税の\n納付期限", 11),
    ("源泉税の\n納付日", 11),
)
REMITTANCE_NOTE = (
    "源泉徴収税は支払った月の翌月10日（土日・祝日は翌営業日）までに納付（納期の特例は使えません）。"
    "納付日は記録があれば表示、なければ納付後に記入。桃色の行：支払期日・源泉税の納付期限を過ぎて、"
    "支払日・納付日の記録がないもの（開いた日で判定）。"
)
ESCROW_COLUMNS = (
    ("No.", 6),
    ("顧客", 18),
    ("業務", 26),
    ("発注形式", 15),
    ("状況", 14),
    ("ワーカー", 16),
    ("仮払日", 11),
    ("仮払額（税抜）", 12),
    ("支払・解放日", 11),
    ("仮払い中（税抜）", 14),
    ("確認事項", 34),
)
ESCROW_NOTE = (
    "仮払い：プラットフォームに預けた報酬（税抜）。支払で解放。作業開始前・要返金確認のものは確認事項に表示"
    "（コンペ・タスク形式の公開前・募集中の仮払いは通常の流れのため表示しません）。"
)
PAYEE_YEAR_COLUMNS = (
    ("年", 7),
    ("顧客（支払者）", 25),
    ("支払先", 18),
    ("個人・法人", 9),
    ("件数", 6),
    ("報酬（税抜）", 13),
    ("消費税", 11),
    ("支払金額（税込）", 13),
    ("源泉徴収税額", 12),
    ("支払調書", 22),
)
STATEMENT_NOTE = (
    "支払調書：源泉徴収の対象となる報酬を同じ人に年間5万円を超えて支払った顧客（支払者）が、"
    "翌年1月31日までに税務署へ提出します（税込の支払金額で判定）。桃色＝提出が必要なもの。"
)
MONTH_NOTE = (
    "源泉徴収税の納付期限：支払った月の翌月10日（土日・祝日は翌営業日）。"
    "この報酬・料金には納期の特例（半年ごとの納付）は使えません。"
)

HISTORY_COLUMNS = (
    ("案件\nNo.", 6),
    ("日時", 18),
    ("業務", 24),
    ("記録", 14),
    ("操作", 12),  # with who did it, on a team database
    ("内容（変更前 → 変更後）", 66),
)
"""The audit log of the orders above, order by order (案件No. is the order's number in 進捗管理表),
each oldest first."""
HISTORY_NOTE = "案件No.は進捗管理表の No. です。案件ごとに、古い順に並べています。"


def _coded_japanese(field: str, value: str) -> str | None:
    if field == "state" and value in State._value2member_map_:
        return STATE_JA[State(value)]
    if field == "order_type" and value in OrderType._value2member_map_:
        return LABELS_JA[OrderType(value)]
    return None


class _Sheets:
    """Streams the workbook's sheets row by row (openpyxl's write-only mode: 60,000 orders take
    tens of megabytes, not most of a gigabyte); styles as in the rest of the documents."""

    def __init__(self, data: ProgressData, *, heading: str = "進捗管理表・支払台帳", write_only: bool = True):
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.wb = Workbook(write_only=write_only)
        if not write_only:  # an ordinary workbook (cells can be merged) starts with an empty sheet
            self.wb.remove(self.wb.active)
        self.heading = heading
        self.columns: dict[str, int] = {}
        self.fits: dict[str, Fit] = {}
        self.bold, self.plain = Font(name=FONT, bold=True), Font(name=FONT)
        self.header_fill = PatternFill("solid", fgColor="D9E2F3")
        self.late_fill = PatternFill("solid", fgColor="F8D7DA", bgColor="F8D7DA")
        thin = Side(style="thin", color="808080")
        self.boxed = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.top, self.top_wrapped = Alignment(vertical="top"), Alignment(vertical="top", wrap_text=True)
        self.left = Alignment(horizontal="left", vertical="top")
        producer = " ".join(x for x in (data.producer.organisation, data.producer.name) if x)
        self.scope = f"{data.client} 御中" if data.client else "全顧客"
        self.made = f"{jp_date(data.issued_on)}現在　作成：{producer or 'csp-desk'}"
        self.client, self.producer, self.issued_on = data.client or "", producer, data.issued_on
        document_properties(
            self.wb, title=f"{heading} {self.scope}", subject=heading,
            author=data.producer.name or data.producer.organisation)  # fmt: skip

    def labels(self) -> Labels:
        """What the running header and footer of each sheet say."""
        return Labels(f"{self.heading}（{jp_date(self.issued_on)}現在）", self.client, self.producer)

    def sheet(self, title: str, columns: tuple[tuple[str, int], ...], note: str = "") -> Any:
        """A new sheet with its title, date line and header row (row 4), set up to print (its print
        area is set by `end` once its rows are written)."""
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter
        ws = self.wb.create_sheet(title)
        for col, (_name, width) in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(col)].width = width
        ws.freeze_panes = f"A{HEADER_ROW + 1}"
        self.fits[ws.title] = print_setup(
            ws, self.labels(), widths=[width for _name, width in columns],
            title_rows=f"{HEADER_ROW}:{HEADER_ROW}", landscape_only=True)  # fmt: skip
        self.columns[ws.title] = len(columns)
        lines = max(wrapped_lines(name, width) for name, width in columns)
        # every row above the table given its height (a header that wraps the height it needs):
        # where the pages break is then known (`no_short_last_page`)
        for row, height in enumerate(TOP_ROWS_PT, start=1):
            ws.row_dimensions[row].height = height
        ws.row_dimensions[HEADER_ROW].height = LINE_HEIGHT * lines
        ws.append([self.cell(ws, f"{title}　{self.scope}", font=Font(name=FONT, bold=True, size=14))])
        ws.append([self.cell(ws, self.made)])
        ws.append([self.cell(ws, note)] if note else [])
        ws.append([
            self.cell(ws, name, font=self.bold, fill=self.header_fill, alignment=self.centred)
            for name, _width in columns
        ])  # fmt: skip
        return ws

    @staticmethod
    def fit(ws: Any, row: int, values: Any, columns: tuple[tuple[str, int], ...]) -> None:
        """Sets a row's height for its wrapped text before it is written (a streamed sheet cannot
        go back to it; and neither LibreOffice nor every Excel grows a row itself)."""
        lines = max(
            (wrapped_lines(value, width) for value, (_name, width) in zip(values, columns, strict=True)
             if isinstance(value, str) and value),
            default=1,
        )  # fmt: skip
        # a row of one line too: left to LibreOffice's default it was shorter than its text
        # (the line touched the borders on paper)
        ws.row_dimensions[row].height = LINE_HEIGHT * lines

    def end(self, ws: Any, last_row: int) -> None:
        """The print area of a finished sheet: its title down to `last_row`."""
        print_area(ws, last_row, self.columns[ws.title])

    def cell(self, ws: Any, value: object, *, font: Any = None, number_format: str = "",
             formula: bool = False, boxed: bool = False, fill: Any = None,
             alignment: Any = None) -> Any:  # fmt: skip
        """One cell: outside text kept as text (never a formula), our own formulas as formulas."""
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(ws)
        if formula:
            cell.value = value
        else:
            safe(cell, value)
        cell.font = font or self.plain
        if number_format:
            cell.number_format = number_format
        if boxed or fill is not None:
            cell.border = self.boxed
        if fill is not None:
            cell.fill = fill
        if alignment is not None:
            cell.alignment = alignment
        return cell


def write_ledger(data: ProgressData, out: Path, progress: Progress = no_progress) -> Path:
    """Writes the workbook to `out` (an .xlsx) and returns the path."""
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.utils import get_column_letter

    total = len(data.orders) + len(data.payments) + len(data.history) + 2
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if done % 200 == 0:
            progress(done, total)

    book = _Sheets(data)
    cell = book.cell
    first = HEADER_ROW + 1

    orders = book.sheet("進捗管理表", ORDER_COLUMNS, ORDER_NOTE)
    dates, money = (6, 10, 11, 12, 13, 14), (8, 9)
    for number, o in enumerate(data.orders, start=1):
        values = (
            number, o.client, o.title, LABELS_JA[o.order_type], STATE_JA[o.state], o.state_since,
            _names(o.workers), o.budget_max, o.contracted or None, o.delivery_due, o.delivered_on,
            o.accepted_on, None if o.state is State.CANCELLED else o.due_for_payment, o.paid_on,
            o.revisions, o.troubles, remarks(o, data),
        )  # fmt: skip
        book.fit(orders, HEADER_ROW + number, values, ORDER_COLUMNS)
        orders.append([
            cell(orders, value, boxed=True,
                 alignment=book.top_wrapped if isinstance(value, str) else book.top,
                 number_format=DATE if col in dates else YEN if col in money else "")
            for col, value in enumerate(values, start=1)
        ])  # fmt: skip
        tick()
    last_order = max(HEADER_ROW + len(data.orders), first)
    orders.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(ORDER_COLUMNS))}{last_order}"
    book.end(orders, last_order)
    # overdue as of the day the file is opened: delivery past due and not delivered, payment past
    # due and not paid (cancelled and finished orders excepted)
    overdue = (
        f'OR(AND($J{first}<>"",$K{first}="",$L{first}="",$J{first}<TODAY(),$E{first}<>"キャンセル",$E{first}<>"完了"),'
        f'AND($M{first}<>"",$N{first}="",$M{first}<TODAY(),$E{first}<>"キャンセル"))'
    )
    orders.conditional_formatting.add(
        f"A{first}:{get_column_letter(len(ORDER_COLUMNS))}{last_order}",
        FormulaRule(formula=[overdue], fill=book.late_fill),
    )

    ledger = book.sheet("支払台帳", PAYMENT_COLUMNS, REMITTANCE_NOTE)
    dates, money = (7, 13, 15, 16), (8, 9, 10, 11, 12)
    # 支払月 (col 14) is a date, the month's first day, shown 2026/09: the sums by month compare dates
    formats = {**dict.fromkeys(dates, DATE), **dict.fromkeys(money, YEN), 14: MONTH}
    for number, p in enumerate(data.payments, start=1):
        row = HEADER_ROW + number
        values = (
            number, p.payee, p.invoice_number or "", "法人" if p.kind == "corporation" else "個人",
            p.client, p.title, p.due_on, p.amount, p.tax, f"=H{row}+I{row}", p.withholding,
            f"=J{row}-K{row}", p.paid_on, p.paid_on.replace(day=1) if p.paid_on else None,
            p.remittance_due, p.remitted_on,
        )  # fmt: skip
        book.fit(ledger, row, [v if col not in (10, 12) else None for col, v in enumerate(values, 1)],
                 PAYMENT_COLUMNS)  # fmt: skip
        ledger.append([
            cell(ledger, value, boxed=True, formula=col in (10, 12),  # our own formulas
                 alignment=book.top_wrapped if isinstance(value, str) and col not in (10, 12) else book.top,
                 number_format=formats.get(col, ""))
            for col, value in enumerate(values, start=1)
        ])  # fmt: skip
        tick()
    last = max(HEADER_ROW + len(data.payments), first)
    ledger.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(PAYMENT_COLUMNS))}{last}"
    ledger.conditional_formatting.add(
        f"A{first}:{get_column_letter(len(PAYMENT_COLUMNS))}{last}",
        FormulaRule(formula=[f'OR(AND($G{first}<>"",$M{first}="",$G{first}<TODAY()),'
                             f'AND($O{first}<>"",$P{first}="",$O{first}<TODAY()))'], fill=book.late_fill),
    )
    if not data.payments:
        ledger.append([])  # the totals stay below the (empty) first data row
    totals: list[Any] = [None, cell(ledger, "合計（表示中の行）", font=book.bold)] + [None] * 5
    for col in (8, 9, 10, 11, 12):
        letter = get_column_letter(col)
        formula = f"=SUBTOTAL(109,{letter}{first}:{letter}{last})"
        totals.append(cell(ledger, formula, formula=True, font=book.bold, number_format=YEN, boxed=True))
    ledger.append(totals)
    book.end(ledger, last + 1)

    def summary(title: str, key_title: str, keys: list[date], key_column: str,
                due: Callable[[date], Any] | None = None) -> None:  # fmt: skip
        columns: tuple[tuple[str, int], ...] = (
            (key_title, 26), ("報酬（税抜）", 14), ("消費税", 12), ("税込", 14), ("源泉徴収税額", 14),
            ("差引支払額", 14), ("件数", 8),
        )  # fmt: skip
        if due is not None:
            columns += (("源泉税の納付期限", 14),)
        ws = book.sheet(title, columns, MONTH_NOTE if due is not None else "")
        for r, key in enumerate(keys, start=first):
            criteria = f"支払台帳!${key_column}${first}:${key_column}${last},$A{r}"
            sums = [
                cell(ws, f"=SUMIFS(支払台帳!${source}${first}:${source}${last},{criteria})",
                     formula=True, number_format=YEN, boxed=True)
                for source in "HIJKL"
            ]  # fmt: skip
            count = cell(ws, f"=COUNTIFS({criteria})", formula=True, boxed=True)
            extra = [cell(ws, due(key), number_format=DATE, boxed=True)] if due is not None else []
            ws.append([cell(ws, key, boxed=True, number_format=MONTH, alignment=book.left), *sums, count,
                       *extra])  # fmt: skip
        if not keys:
            ws.append([])
        end = max(first + len(keys) - 1, first)
        sums = [
            cell(ws, f"=SUM({letter}{first}:{letter}{end})", formula=True, font=book.bold, boxed=True,
                 number_format=YEN if letter != "G" else "0")
            for letter in "BCDEFG"
        ]  # fmt: skip
        ws.append([cell(ws, "合計", font=book.bold), *sums])
        book.end(ws, end + 1)

    write_escrows(book, data, tick)
    write_payee_years(book, data)
    months = sorted({p.paid_on.replace(day=1) for p in data.payments if p.paid_on})
    summary("月別（支払日）", "支払月", months, "N", remittance_due)

    if data.client:  # one client's or one order's records carry their history
        write_history(book, data, tick)
    done += 1
    progress(done, total)
    from .files import save

    save(book.wb, out)
    progress(total, total)
    return out


def _names(workers: str) -> str:
    """The workers' names broken between names in the ワーカー column (never a 「、」 starting a line)."""
    return narrow_lines(workers, 16) if workers else workers


def remarks(o: OrderLine, data: ProgressData) -> str:
    """The 遅れ・備考 of an order on the progress sheet: what is late, why it was cancelled, its
    contracts' terms notices missing or late (「明示書 未交付」), an acceptance with no delivery
    recorded (the payment's 60 days run from the delivery)."""
    parts = [late_words(o), *data.notice_flags(o.engagement_id)]
    if o.accepted_on is not None and o.delivered_on is None:
        parts.append("納品日の記録なし")
    return "\n".join(part for part in parts if part)


def late_words(o: OrderLine) -> str:
    if o.late:
        return late_label(o)
    if o.state is State.CANCELLED:
        return o.cancel_reason or "キャンセル"
    return ""


def write_escrows(book: _Sheets, data: ProgressData, tick: Callable[[], None]) -> None:
    """The 仮払い sheet: every deposit with the platform, what is still held, what needs a look."""
    from openpyxl.utils import get_column_letter

    ws = book.sheet("仮払い", ESCROW_COLUMNS, ESCROW_NOTE)
    first = HEADER_ROW + 1
    for number, e in enumerate(data.escrows, start=1):
        values = (
            number, e.client, e.title, LABELS_JA[e.order_type], STATE_JA[e.state], _names(e.workers),
            e.escrowed_on,
            e.amount, e.released_on, e.held, e.flag(data.issued_on),
        )  # fmt: skip
        book.fit(ws, HEADER_ROW + number, values, ESCROW_COLUMNS)
        ws.append([
            book.cell(ws, value, boxed=True, fill=book.late_fill if col == 11 and value else None,
                      alignment=book.top_wrapped if isinstance(value, str) else book.top,
                      number_format=DATE if col in (7, 9) else YEN if col in (8, 10) else "")
            for col, value in enumerate(values, start=1)
        ])  # fmt: skip
        tick()
    last = max(HEADER_ROW + len(data.escrows), first)
    if not data.escrows:
        ws.append([book.cell(ws, "仮払いの記録はありません。")])
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(ESCROW_COLUMNS))}{last}"
    totals: list[Any] = [None, book.cell(ws, "合計（表示中の行）", font=book.bold)] + [None] * 5
    for col in (8, 9, 10):
        letter = get_column_letter(col)
        totals.append(None if col == 9 else book.cell(
            ws, f"=SUBTOTAL(109,{letter}{first}:{letter}{last})", formula=True, font=book.bold,
            number_format=YEN, boxed=True))  # fmt: skip
    ws.append(totals)
    book.end(ws, last + 1)


def write_payee_years(book: _Sheets, data: ProgressData) -> None:
    """支払先別（暦年）: what each client paid each payee in a calendar year, and whether the annual
    支払調書 is needed (REFERENCE §5.2: over ¥50,000 of withheld fees to one person)."""
    ws = book.sheet("支払先別（暦年）", PAYEE_YEAR_COLUMNS, STATEMENT_NOTE)
    years = data.payee_years()
    for number, y in enumerate(years, start=1):
        if y.statement_needed:
            flag = "要（翌年1月31日まで）"
        elif y.kind == "corporation":
            flag = "不要（法人）"
        elif not y.withholding:
            flag = "不要（源泉徴収の対象外）"
        else:
            flag = "不要（5万円以下）"
        values = (y.year, y.client, y.payee, "法人" if y.kind == "corporation" else "個人", y.payments,
                  y.amount, y.tax, y.gross, y.withholding, flag)  # fmt: skip
        book.fit(ws, HEADER_ROW + number, values, PAYEE_YEAR_COLUMNS)
        ws.append([
            book.cell(ws, value, boxed=True,
                      fill=book.late_fill if col == 10 and y.statement_needed else None,
                      alignment=book.top_wrapped if isinstance(value, str) else book.top,
                      number_format=YEN if col in (6, 7, 8, 9) else "0" if col == 1 else "")
            for col, value in enumerate(values, start=1)
        ])  # fmt: skip
    if not years:
        ws.append([book.cell(ws, "支払済みの記録はありません。")])
    book.end(ws, HEADER_ROW + max(len(years), 1))


ONE_ORDER_HISTORY_COLUMNS = (
    ("日時", 17),
    ("記録", 14),
    ("操作", 12),  # with who did it, on a team database
    ("内容（変更前 → 変更後）", 60),
)
"""The audit log of one order (its 案件記録): the order's number and title would repeat on every line."""


def write_history(
    book: _Sheets, data: ProgressData, tick: Callable[[], None], *, one_order: bool = False
) -> None:
    """The 変更履歴 sheet: every logged change of these orders, oldest first."""
    from openpyxl.utils import get_column_letter

    columns = ONE_ORDER_HISTORY_COLUMNS if one_order else HISTORY_COLUMNS
    history = book.sheet("変更履歴", columns, "" if one_order else HISTORY_NOTE)
    number_of = {o.engagement_id: number for number, o in enumerate(data.orders, start=1)}
    ordered = data.history if one_order else sorted(  # stable: the log's order within an order
        data.history, key=lambda line: (number_of.get(line.engagement_id) or len(number_of) + 1, line.at))
    workers: dict[int, set[str]] = {}
    for line in data.history:
        if line.worker:
            workers.setdefault(line.engagement_id, set()).add(line.worker)
    heights: list[float] = []
    for row, line in enumerate(ordered, start=HEADER_ROW + 1):
        text = changes_text(line.changes, line.action, japanese, _coded_japanese)
        record = japanese(RECORDS[line.record]) if line.record in RECORDS else line.record
        if line.worker and len(workers[line.engagement_id]) > 1:  # a task: whose contract or payment
            record += f"\n（{line.worker}）"
        values: tuple[object, ...] = (
            line.at,
            record,
            (japanese(ACTIONS[line.action]) if line.action in ACTIONS else line.action)
            + (f"\n（{line.by}）" if line.by else ""),  # who, on a team database
            text,
        )
        if not one_order:
            values = (number_of.get(line.engagement_id), line.at, line.title, *values[1:])
        widths = [width for _name, width in columns]
        lines = max((wrapped_lines(value, width) for value, width in zip(values, widths, strict=True)
                     if isinstance(value, str) and value), default=1)  # fmt: skip
        # every row given its height (rows do not grow for wrapped text), so that where the
        # pages break is known: a row left to the suite is 13 points high in LibreOffice, 18.75 in Excel
        history.row_dimensions[row].height = LINE_HEIGHT * min(lines, 20)
        heights.append(LINE_HEIGHT * min(lines, 20))
        history.append([
            book.cell(history, value, boxed=True,
                      number_format="yyyy/mm/dd hh:mm" if value is line.at else "",
                      alignment=book.top_wrapped if isinstance(value, str) else
                      book.left if value is line.at else book.top)
            for value in values
        ])  # fmt: skip
        tick()
    head = max(wrapped_lines(name, width) for name, width in columns)
    # a log running a row or a few onto a last page of its own is printed on the pages before
    fit = book.fits[history.title]
    no_short_last_page(history, fit, heights, repeated_pt=LINE_HEIGHT * head, first_pt=sum(TOP_ROWS_PT),
                       first_row=HEADER_ROW + 1)  # fmt: skip
    last_change = max(HEADER_ROW + len(data.history), HEADER_ROW + 1)
    history.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(columns))}{last_change}"
    book.end(history, last_change)
