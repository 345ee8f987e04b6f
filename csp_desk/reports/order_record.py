"""案件記録: the record of one order in Excel, in words — the order, each contract's terms and the
notices given, escrow, its course, deliveries, revisions and changes, contacts, troubles, payments
with the withheld tax's 納付期限, ratings — on one sheet that prints on A4, and its audit log
(変更履歴) on a second."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.lifecycle import State
from ..domain.notice import CHANNELS_JA
from ..domain.order_record import ContractTerms, OrderRecord
from ..domain.order_types import LABELS_JA
from ..domain.progress import NoticeLine
from .common import Progress, jp_date, no_progress, short_date, yen
from .ledger import _Sheets, late_words, write_history
from .progress import STATE_JA, TROUBLES_JA, unremitted
from .xlsx import (
    LINE_HEIGHT,
    MM,
    POINTS_PER_INCH,
    TOP_BOTTOM_IN,
    narrow_lines,
    print_area,
    print_setup,
    wrapped_lines,
)

TITLE = "案件記録"
COLUMNS = (("日付", 17), ("区分", 13), ("内容", 31), ("金額・結果", 14))
"""Four columns that print on A4 portrait at full size (11-point text)."""
NARROW = 14
"""Columns this narrow or narrower have their texts broken between phrases (`_Form._broken`)."""
VALUE_WIDTH = sum(width for _name, width in COLUMNS[1:])
PARTY_JA = {"worker": "ワーカー", "client": "顧客"}
DIRECTION_JA = {"in": "から", "out": "へ"}
CHANGE_JA = {"scope": "業務の範囲", "price": "報酬", "dates": "日程"}
KIND_JA = {"individual": "個人", "corporation": "法人"}


def _state(value: str) -> str:
    return STATE_JA[State(value)] if value in State._value2member_map_ else "—"


def _yes(value: bool, yes: str, no: str) -> str:
    return yes if value else no


PAGE_PT = (297 * MM - 2 * TOP_BOTTOM_IN * POINTS_PER_INCH) * 0.98
"""The height the rows have on an A4 portrait page at full size (the sheet prints at 100%), less a
little: LibreOffice lays out about 720 of the margins' 734 points (measured: 40 rows of 18, 60 of
12, 80 of 9 and 34 of 21 points fit a page, one more does not); at 99% it broke a page before the
writer did."""
SECTION_PT = 21.0
FIELD_MERGE = (2, 4)
"""A field's value spans the three columns right of its label."""
GAP_PT = 9.0
"""The space above a section's title: half a line (a whole line left a lone section of one line
to a page of its own)."""
TITLE_PT = 24.0




class _Form:
    """Writes the record sheet row by row: section titles, label–value rows and small tables.

    Every row is given its height, so where the pages break is known as the rows are written: a
    table running onto the next page is broken there by hand and its header row written again at
    the top of that page (a sheet repeats one set of rows on every page; this sheet has a table per
    section), and a section title never ends a page."""

    def __init__(self, book: _Sheets, ws: Any):
        from openpyxl.styles import Font, PatternFill

        self.book, self.ws, self.row = book, ws, 0
        self.section_font = Font(name=book.bold.name, bold=True, size=12)
        self.section_fill = PatternFill("solid", fgColor="D9E2F3")
        self.head_fill = PatternFill("solid", fgColor="EEF2F9")
        self.used = 0.0
        """Points of the current page the rows written so far take."""
        self.header: tuple[list[str | None], tuple[int, int] | None] | None = None
        """The header row of the table being written (repeated on a new page), or None."""
        self.table: tuple[list[str | None], tuple[int, int] | None] | None = None
        """The header of a table whose rows are held in `pending` until it ends."""
        self.pending: list[tuple[list[object], tuple[int, ...], tuple[int, int] | None]] = []
        self.fields: list[list[object]] = []
        self.flagged: set[int] = set()
        """The fields of the section being written, held until it ends."""
        self.title: str | None = None
        """The title of the section begun, written with its first rows."""

    def _height(self, row: int, height: float) -> None:
        self.ws.row_dimensions[row].height = height
        self.used += height

    def _new_page(self) -> None:
        from openpyxl.worksheet.pagebreak import Break

        self.ws.row_breaks.append(Break(id=self.row))  # after the last row written
        self.used = 0.0

    def _room(self, height: float) -> None:
        """Starts a new page when `height` more points would not fit on this one; within a table,
        the new page starts with its header row again."""
        if self.used + height <= PAGE_PT or self.used == 0:
            return
        self._new_page()
        if self.header is not None:
            names, merge = self.header
            self._put(list(names), bold=True, fill=self.head_fill, merge=merge, header=True)

    def top_rows(self, heights: Sequence[float]) -> None:
        """The heights of the rows written above the first section (the title lines)."""
        for row, height in enumerate(heights, start=1):
            self._height(row, height)

    @staticmethod
    def _widths(merge: tuple[int, int] | None) -> list[float]:
        widths: list[float] = [w for _n, w in COLUMNS]
        if merge is not None:
            first, last = merge
            widths[first - 1] = sum(widths[first - 1 : last])
        return widths

    @classmethod
    def _broken(cls, values: Sequence[object], merge: tuple[int, int] | None) -> list[object]:
        """`values` with the texts of the narrow columns (区分, 状況, 相手, 金額・結果, 手段…)
        broken into lines between phrases (`linebreak.break_lines`): LibreOffice breaks a cell's
        Japanese anywhere (「仮払い済み（公開／前）」). Measured as the rows' heights are
        (`wrapped_lines`: LibreOffice's characters, narrower than Excel's), and a word LibreOffice
        shows whole kept whole (「プラットフォーム／のメッセージ」, not 「プラット／フォームの／
        メッセージ」): broken for Excel's wider characters the record took a page more. The wide
        内容 column and the merged values are left to wrap as they fit."""
        merged = range(merge[0], merge[1] + 1) if merge is not None else range(0)
        widths = cls._widths(merge)
        return [narrow_lines(v, w) if isinstance(v, str) and v and w <= NARROW and col not in merged else v
                for col, (v, w) in enumerate(zip(values, widths, strict=False), start=1)]  # fmt: skip

    @classmethod
    def _row_height(cls, values: Sequence[object], merge: tuple[int, int] | None) -> float:
        widths = cls._widths(merge)
        # a narrow column's lines are broken to fit (a word as long as LibreOffice shows whole too)
        widths = [w + 0.5 if w <= NARROW else w for w in widths]
        lines = max((wrapped_lines(v, w) for v, w in zip(cls._broken(values, merge), widths, strict=False)
                     if isinstance(v, str) and v), default=1)  # fmt: skip
        return LINE_HEIGHT * lines

    def _put(self, values: Sequence[object], *, bold: bool = False, fill: Any = None,
             money: Sequence[int] = (), merge: tuple[int, int] | None = None,
             header: bool = False) -> None:  # fmt: skip
        book, ws = self.book, self.ws
        height = self._row_height(values, merge)
        values = self._broken(values, merge)
        if not header:
            self._title(height)
            self._room(height)
        self.row += 1
        cells = []
        for col, value in enumerate(values, start=1):
            cells.append(book.cell(
                ws, value, boxed=True, fill=fill, font=book.bold if bold else None,
                # a date reads from the left as the written dates (日時 of a contact) do
                alignment=book.top_wrapped if isinstance(value, str) else book.left if isinstance(value, date)
                else book.top,
                number_format='"¥"#,##0' if col in money else "yyyy/mm/dd" if isinstance(value, date) else "",
            ))  # fmt: skip
        ws.append(cells)
        if merge is not None:
            first, last = merge
            for col in range(first + 1, last + 1):  # the merged cells keep their border
                ws.cell(self.row, col).border = book.boxed
            ws.merge_cells(start_row=self.row, start_column=first, end_row=self.row, end_column=last)
        self._height(self.row, height)

    def blank(self) -> None:
        self.row += 1
        self.ws.append([])
        self._height(self.row, GAP_PT)

    def section(self, title: str) -> None:
        """A section's title (after a little space), written with what follows it and kept on
        its page: the first row, or a table's header and first row (`_title`)."""
        self.flush()
        self.header = None
        self.title = title

    def _title(self, after: float) -> None:
        """Writes the section's title held by `section`, on a new page when it and the `after`
        points that must follow it would not fit on this one."""
        if self.title is None:
            return
        title, self.title = self.title, None
        if self.used and self.used + GAP_PT + SECTION_PT + after > PAGE_PT:
            self._new_page()  # a title at the foot of a page: the section starts the next one
        if self.used:
            self.blank()
        self.row += 1
        self._height(self.row, SECTION_PT)
        cell = self.book.cell(self.ws, title, font=self.section_font, fill=self.section_fill)
        self.ws.append([cell])
        for col in range(2, len(COLUMNS) + 1):
            self.ws.cell(self.row, col).fill = self.section_fill
            self.ws.cell(self.row, col).border = self.book.boxed
        self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=len(COLUMNS))

    def field(self, label: str, value: str, *, flagged: bool = False) -> None:
        """A label and its value; a section's fields are held until it ends (`flush`) and kept on
        one page with its title when they fit on one (a contract's terms were split, 「納期」
        starting a page without the title saying whose). A `flagged` value (something to act on)
        is tinted as the ledger tints what is late."""
        if self.table is not None:
            self.flush()
        self.fields.append([label, value or "—", None, None])
        if flagged:
            self.flagged.add(len(self.fields) - 1)

    def _flush_fields(self) -> None:
        fields, self.fields = self.fields, []
        flagged, self.flagged = self.flagged, set()
        if not fields:
            return
        heights = [self._row_height(values, FIELD_MERGE) for values in fields]
        whole = sum(heights)
        title = GAP_PT + SECTION_PT if self.title is not None else 0.0
        if self.used and title + whole <= PAGE_PT and self.used + title + whole > PAGE_PT:
            self._new_page()  # the section on the next page, whole
        self._title(sum(heights[:2]))
        for index, values in enumerate(fields):
            if index and index == len(fields) - 2:
                self._room(heights[index] + heights[index + 1])  # never a last field alone
            self._put(values, merge=FIELD_MERGE, fill=self.book.late_fill if index in flagged else None)
            self.ws.cell(self.row, 1).font = self.book.bold

    def heads(self, names: Sequence[str | None], merge: tuple[int, int] | None = None) -> None:
        """A table's header row: written again at the top of each page the table runs onto. The
        table's rows are held until it ends (`flush`), so where it breaks is chosen knowing them all."""
        self.flush()
        self.table = (list(names), merge)

    def line(self, values: Sequence[object], money: Sequence[int] = (),
             merge: tuple[int, int] | None = None) -> None:  # fmt: skip
        if self.table is None:
            self.flush()
            self._put(values, money=money, merge=merge)
        else:
            self.pending.append((list(values), tuple(money), merge))

    def flush(self) -> None:
        """Writes the fields or the table held (`field`, `heads` and `line`). A table's header
        stays with its first two rows (a table of three rows or fewer is never split), and its
        last row never starts a page alone: the row before it goes along, below the header
        written again."""
        self._flush_fields()
        if self.table is None:
            return
        names, head_merge = self.table
        rows, self.table, self.pending = self.pending, None, []
        heights = [self._row_height(values, merge) for values, _money, merge in rows]
        head = self._row_height(names, head_merge)
        # the header never with fewer than two rows; a table of three or fewer rows not split
        first = head + sum(heights if len(rows) <= 3 else heights[:2])
        self.header = None
        self._title(first)
        self._room(first)
        self._put(names, bold=True, fill=self.head_fill, merge=head_merge, header=True)
        self.header = (names, head_merge)
        for index, (values, money, merge) in enumerate(rows):
            if index and index == len(rows) - 2:  # the last but one: room for the last row too
                self._room(heights[index] + heights[index + 1])
            self._put(values, money=money, merge=merge)

    def none(self, text: str = "記録はありません。") -> None:
        self.flush()
        self.header = None
        self._put([text, None, None, None], merge=(1, 4))


def _terms(form: _Form, c: ContractTerms, place: int, many: bool, notice: NoticeLine | None) -> None:
    """One contract's terms; `notice`: its terms notice as the documents flag it (missing or late)."""
    form.section(f"2. 契約条件{f'（{place}）' if many else ''}：{c.worker}")
    who = KIND_JA.get(c.worker_kind, "")
    number = f"　登録番号 {c.invoice_number}" if c.invoice_number else ""
    form.field("ワーカー", f"{c.worker}（{who}）{number}")
    form.field("契約日", jp_date(c.contracted_on))
    tax = "消費税別、支払時に10%を加算" if c.taxable else "消費税込み"  # never （…（…））
    form.field("契約金額", f"{yen(c.amount)}（{tax}）")
    form.field("源泉徴収", _yes(c.withheld, "対象（支払時に所得税を差し引き、翌月10日までに納付）", "対象外"))
    form.field("納期", jp_date(c.delivery_due))
    inspection = jp_date(c.inspection_due) if c.inspection_due else "定めなし（納品から7日以内が目安）"
    form.field("検収の期日", inspection)
    form.field("支払期日", jp_date(c.payment_due) if c.payment_due else "定めなし（受領日から60日以内）")
    if c.period_end:
        form.field("契約期間の終了", jp_date(c.period_end))
    form.field("無償の修正回数", f"{c.free_rounds}回" if c.free_rounds is not None else "定めなし")
    given = [
        f"{jp_date(on)}交付（{CHANNELS_JA.get(channel, '方法の記録なし')}）"
        + (f"、契約日から{(on - c.contracted_on).days}日後" if on and on > c.contracted_on else "")
        for on, channel in c.notices
        if on is not None
    ]
    advice = notice.remedy if notice is not None else ""
    words = "、".join(given) if given else "交付の記録なし"
    form.field("取引条件明示書", f"{words}\n※ {advice}" if advice else words, flagged=bool(advice))
    if c.notes:
        form.field("備考", c.notes)


def write_order_record(record: OrderRecord, out: Path, progress: Progress = no_progress) -> Path:
    """Writes the record of one order to `out` (an .xlsx) and returns the path."""
    data = record.progress
    (order,) = data.orders
    today = data.issued_on
    steps = 9 + len(data.history)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if done % 200 == 0:
            progress(done, steps)

    book = _Sheets(data, heading=TITLE, write_only=False)
    ws = book.wb.create_sheet(TITLE)
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    for col, (_name, width) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    book.columns[ws.title] = len(COLUMNS)
    form = _Form(book, ws)
    ws.append([book.cell(ws, f"{TITLE}　{order.title}", font=Font(name=book.bold.name, bold=True, size=14))])
    ws.append([book.cell(ws, f"{book.scope}　{book.made}")])
    form.row = 2
    form.top_rows((TITLE_PT, LINE_HEIGHT))

    form.section("1. 概要")
    form.field("顧客", order.client)
    form.field("業務", order.title)
    form.field("発注形式", LABELS_JA[order.order_type])
    form.field("現在の状況", f"{STATE_JA[order.state]}（{jp_date(order.state_since)}から）")
    if order.late:
        form.field("遅れ", late_words(order), flagged=True)
    flagged = data.flagged_notices
    if flagged:
        missing = sum(n.missing for n in flagged)
        late = len(flagged) - missing
        words = "、".join(x for x in (f"交付の記録なし{missing}件" if missing else "",
                                     f"交付の遅れ{late}件" if late else "") if x)  # fmt: skip
        form.field("取引条件明示書", f"{words}（契約{len(data.notices)}件中。「2. 契約条件」をご覧ください）",
                   flagged=True)
    budget = yen(order.budget_max) if record.budget_min in (None, order.budget_max) else (
        f"{yen(record.budget_min)}〜{yen(order.budget_max)}")  # fmt: skip
    form.field("予算（目安）", budget or "未定")
    form.field("契約金額（税抜）", yen(order.contracted) if order.contracted else "契約前")
    if order.state is State.CANCELLED:
        form.field("キャンセルの理由", order.cancel_reason or "記録なし")
    if record.keep_until:
        form.field("記録の保存期限", f"{jp_date(record.keep_until)}まで（契約の終了から3年）")
    done += 1

    if record.contracts:
        notices = {n.contract_id: n for n in data.notices}
        for number, contract in enumerate(record.contracts, start=1):
            _terms(form, contract, number, len(record.contracts) > 1, notices.get(contract.id))
    else:
        form.section("2. 契約条件")
        form.none("まだ契約していません。")
    done += 1

    form.section("3. 仮払い（プラットフォームへの預け入れ）")
    escrow = next(iter(data.escrows), None)
    if record.prepaid_on is not None:
        form.heads(["仮払日", "区分", "内容", "金額（税抜）"])
        form.line([record.prepaid_on, "仮払い", "公開前の仮払い（報酬の全額）", record.prepaid_amount],
                  (4,))  # fmt: skip
        if escrow is not None and escrow.released_on:
            form.line([escrow.released_on, "支払", "ワーカーへの支払で解放", escrow.amount], (4,))
    elif any(m.escrowed_on for m in record.milestones):
        form.heads(["仮払日", "区分", "内容", "金額（税抜）"])
        for m in record.milestones:
            if m.escrowed_on is None:
                form.line([None, "未仮払い", f"{m.title}（{m.worker}）", m.amount], (4,))
                continue
            released = f"、{short_date(m.released_on)}に解放" if m.released_on else "、預け入れ中"
            form.line([m.escrowed_on, "仮払い", f"{m.title}（{m.worker}）{released}", m.amount], (4,))
    else:
        form.none("仮払いの記録はありません。")
    if escrow is not None and escrow.flag(today):
        form.none(f"確認事項：{escrow.flag(today)}")
    done += 1

    form.section("4. 経過（状況の変化）")
    if record.steps:
        form.heads(["日付", "状況", "それまでの状況・メモ", None], merge=(3, 4))
        for step in record.steps:
            was, now = _state(step.from_state), _state(step.to_state)
            note = f"（{step.note}）" if step.note else ""
            form.line([step.on, now, f"{was}から{note}", None], merge=(3, 4))
    else:
        form.none()
    done += 1

    form.section("5. 納品・修正・条件の変更")
    if record.events:
        form.heads(["日付", "区分", "内容", "結果"])
        for e in record.events:
            fault = "（ワーカーの責任）" if e.worker_at_fault else ""
            if e.kind == "delivery":
                form.line([e.on, "納品", f"{e.worker}：{e.text or '納品物を受領'}",
                           ("受領拒否" + fault) if e.refused else "受領"])  # fmt: skip
            elif e.kind == "revision":
                scope = "契約の範囲内" if e.in_scope else "範囲外（追加の作業）"
                pay = "、追加報酬あり" if e.paid_extra else ""
                form.line([e.on, "修正依頼", f"{e.worker}：{e.text or '修正を依頼'}", scope + pay + fault])
            else:
                agreed = _yes(e.worker_consented, "ワーカー合意", "合意の記録なし")
                notice = f"、明示書 {short_date(e.amended_notice_on)}" if e.amended_notice_on else ""
                sign = "+" if e.amount_delta > 0 else ""
                delta = f"（報酬 {sign}{e.amount_delta:,}円）" if e.amount_delta else ""
                form.line([e.on, f"変更：{CHANGE_JA.get(e.change_kind, 'その他')}",
                           f"{e.worker}：{e.text}{delta}", agreed + notice])  # fmt: skip
    else:
        form.none()
    done += 1

    form.section("6. 連絡記録")
    if record.contacts:
        form.heads(["日時", "相手", "内容", "手段"])
        for c in record.contacts:
            who = PARTY_JA.get(c.party, "その他") + DIRECTION_JA.get(c.direction, "")
            if c.worker and c.party == "worker":
                who = f"{c.worker}{DIRECTION_JA.get(c.direction, '')}"
            form.line([f"{c.at:%Y/%m/%d %H:%M}", who, c.summary or "—", c.channel or "—"])
    else:
        form.none()
    done += 1

    form.section("7. トラブルと対応")
    if data.troubles:
        form.heads(["発生日", "種類", "内容と対応", "解決"])
        for t in data.troubles:
            text = f"{t.description}\n対応：{t.actions or '検討中'}"
            form.line([t.opened_on, TROUBLES_JA.get(t.category, "その他"), text,
                       short_date(t.resolved_on) if t.resolved_on else "未解決"])  # fmt: skip
    else:
        form.none()
    done += 1

    form.section("8. 支払と源泉徴収")
    if data.payments:
        form.heads(["支払期日", "支払先", "内訳", "支払日"])
        for p in data.payments:
            text = f"報酬 {yen(p.amount)} ＋ 消費税 {yen(p.tax)} ＝ {yen(p.gross)}"
            if p.withholding:
                text += f"\n源泉徴収 {yen(p.withholding)}、差引支払額 {yen(p.net)}"
                if p.remittance_due:
                    paid = (f"{short_date(p.remitted_on)}納付" if p.remitted_on
                            else unremitted(p.remittance_due, today))  # fmt: skip
                    text += f"\n源泉税の納付期限 {short_date(p.remittance_due)}：{paid}"
            paid_on = short_date(p.paid_on) if p.paid_on else "未払い"
            form.line([p.due_on, p.payee, text, paid_on])
    elif order.due_for_payment and order.state is not State.CANCELLED:
        form.none(f"まだ支払はありません（契約上の支払期日 {jp_date(order.due_for_payment)}）。")
    else:
        form.none("支払の記録はありません。")
    done += 1

    if record.ratings:
        form.section("9. 評価")
        form.heads(["評価日", "ワーカー", "コメント", "平均点（5点満点）"])
        for r in record.ratings:
            form.line([r.rated_on, r.worker, r.comment or "—", f"{r.average:.1f}"])
    done += 1
    progress(done, steps)

    form.flush()
    print_setup(ws, book.labels(), widths=[w for _n, w in COLUMNS])
    print_area(ws, form.row, len(COLUMNS))
    write_history(book, data, tick, one_order=True)
    from .files import save

    save(book.wb, out)
    progress(steps, steps)
    return out
