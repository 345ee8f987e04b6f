"""進捗報告書 (progress report) for a client, in Word: where each order stands, what is late,
troubles and what was done about them, money contracted, paid and still to pay, and a chart."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.lifecycle import LABELS, State
from ..domain.order_types import LABELS_JA
from ..domain.progress import NoticeLine, OrderLine, ProgressData, TroubleLine
from .common import Progress, jp_date, no_progress, short_date, yen
from .word import keep_next, new_document, styled, table

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table

STATE_JA = {
    State.DRAFT: "募集準備中",
    State.ESCROWED_BEFORE_POSTING: "仮払い済み（公開前）",
    State.POSTED: "募集中",
    State.PROPOSALS: "提案受付中",
    State.ENTRIES: "作品受付中",
    State.CONTRACTED: "契約済み",
    State.SELECTED: "採用決定",
    State.ESCROWED: "仮払い済み",
    State.IN_PROGRESS: "作業中",
    State.APPROVAL: "承認期間",
    State.DELIVERED: "納品済み（検収待ち）",
    State.REVISING: "修正中",
    State.ACCEPTED: "検収済み（支払待ち）",
    State.PAID: "支払済み",
    State.RATED: "評価済み",
    State.CLOSED: "完了",
    State.CANCELLED: "キャンセル",
}
"""Documents are always Japanese (the interface labels are in domain.lifecycle.LABELS)."""
STAGES_JA = ("募集", "契約・仮払い", "作業中", "検収待ち", "支払待ち", "評価・完了待ち")
TROUBLES_JA = {
    "unclear_request": "依頼内容が不明確",
    "major_change": "大幅な変更",
    "no_contact": "連絡不通",
    "many_revisions": "納品後の修正多数",
    "ip_unclear": "著作権の扱い不明確",
    "other": "その他",
}
assert set(STATE_JA) == set(LABELS)


def running_stages(data: ProgressData) -> list[tuple[str, int]]:
    """(stage in Japanese, orders in it) for the chart of running orders: the stages of finished
    orders (paid, rated) and the stages no order is in left out — a chart of four empty bars and
    one of 1 said nothing — and orders still in preparation (募集準備中) not counted: nothing is
    ordered yet, and the report does not call them 進行中."""
    from ..domain.lifecycle import PHASES
    from ..domain.progress import DONE

    running = data.running
    phases = [phase for phase, _count in data.stages()]
    counts = [sum(o.state in PHASES[phase] for o in running) for phase in phases]
    return [(label, count) for label, count, phase in zip(STAGES_JA, counts, phases, strict=True)
            if count and not set(PHASES[phase]) <= DONE]  # fmt: skip


TAX_BASIS_NOTE = (
    "金額はすべて税抜です。お支払いの際に消費税（10%）が加わり、源泉徴収の対象となる報酬は"
    "その税額を差し引いてワーカーに支払われます。"
)
REMITTANCE_NOTE = (
    "源泉徴収した所得税は、支払った月の翌月10日（土日・祝日の場合は翌営業日）までに税務署へ納付します。"
    "ワーカーへの報酬・料金には、納期の特例（半年ごとの納付）は使えません。"
)
NEXT_STEP = {
    "納品": "ワーカーに進捗と納品予定日を確認し、決まり次第ご報告します。連絡が取れない場合は"
    "プラットフォームの運営に相談します。",
    "検収": "納品物のご確認をお願いします。問題がなければ検収、直す点があれば修正を依頼します"
    "（検収は納品からおおむね7日以内が目安です）。",
    "支払": "支払期日を過ぎています。至急お支払いの手続きをお願いします（フリーランス法は支払期日"
    "までの支払いを求めています）。",
    "仮払い": "仮払い（プラットフォームへの入金）をお願いします。作業は仮払いの後に始まるため、"
    "入金後に新しい納期をワーカーと相談し、契約条件の変更として記録します。",
}
WHAT_IS_LATE = {"納品": "納期", "検収": "検収の目安（納品から7日）", "支払": "支払期日",
                "仮払い": "仮払いがないまま納期"}  # fmt: skip


TABLE_PT = 9
"""The size of the tables' text: a date and 「プロジェクト形式」 stay on one line, above 8 points."""


def _compact(tbl: Table) -> Table:
    """Sets the table's text in TABLE_PT."""
    from docx.shared import Pt

    for row in tbl.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(TABLE_PT)
    return tbl


def unremitted(due: date | None, today: date) -> str:
    """The withheld tax not recorded as paid to the tax office, flagged once its deadline passed."""
    return "納付の記録なし（期限超過）" if due is not None and due < today else "納付の記録なし"


def payment_words(order: OrderLine) -> str:
    """The payment day, or the day it is due (the payment's, or the contract's before it is set up)."""
    if order.paid_on:
        return f"{short_date(order.paid_on)} 支払済"
    if order.state is State.CANCELLED:
        return "—"
    due = order.due_for_payment
    return f"{short_date(due)} 予定" if due else "—"


def late_label(order: OrderLine) -> str:
    """What is late and by how many days, in a few words: 「納品 12日遅れ」."""
    if order.late == "仮払い":
        return f"仮払い待ち（納期を{order.days_late}日超過）"
    return f"{order.late} {order.days_late}日遅れ" if order.late else ""


def late_words(order: OrderLine) -> str:
    if order.late:
        return late_label(order)
    if order.state is State.CANCELLED:
        return f"キャンセル：{order.cancel_reason}" if order.cancel_reason else "キャンセル"
    return ""


def late_row(order: OrderLine, troubles: list[TroubleLine]) -> list[str]:
    """One late order: what is late and by how much, what was done, what happens next."""
    due = {"納品": order.delivery_due, "検収": order.delivered_on, "支払": order.payment_due,
           "仮払い": order.delivery_due}[order.late]  # fmt: skip
    since = "納品" if order.late == "検収" else ""
    what = (f"{WHAT_IS_LATE[order.late]}（{short_date(due)}{since}）を{order.days_late}日過ぎています。"
            f"現在：{STATE_JA[order.state]}")  # fmt: skip
    done = [f"最後の連絡：{order.last_contact}"] if order.last_contact else []
    for t in troubles:
        kind = TROUBLES_JA.get(t.category, "その他")
        state = f"{short_date(t.resolved_on)}解決" if t.resolved_on else "未解決"
        action = t.actions or "対応を検討中"
        done.append(f"トラブル（{kind}、{short_date(t.opened_on)}）：{action}（{state}）")
    worker = f"（{order.workers}）" if order.workers else ""
    actions = "\n".join(done) or "記録された対応はありません。"
    return [f"{order.title}{worker}", what, actions, NEXT_STEP[order.late]]


NOTICE_HEADING = "取引条件明示書（ワーカーへの取引条件の明示）"


def overview(data: ProgressData) -> str:
    """The counts of the client's work items, each counted once and adding up to the whole: the same
    number of work items the proposal and the budget show (those without an order included)."""
    parts = [f"完了（支払済み）が{len(data.finished)}件", f"進行中が{len(data.running)}件"]
    if data.cancelled:
        parts.append(f"キャンセルが{len(data.cancelled)}件")
    waiting = len(data.preparing) + len(data.unordered)
    if waiting:
        preparing = f"（うち募集準備中{len(data.preparing)}件）" if data.preparing else ""
        parts.append(f"まだ発注していないものが{waiting}件{preparing}")
    return f"ご依頼の業務{data.item_count}件のうち、" + "、".join(parts) + "です。"


def write_notices(doc: Document, data: ProgressData) -> None:
    """The contracts whose terms notice is missing or was given late, with what to do; or that every
    contract's was given on its day."""
    flagged = data.flagged_notices
    if not flagged:
        doc.add_paragraph(f"すべての契約（{len(data.notices)}件）で、契約した日に取引条件明示書を交付しています。")
        return
    keep_next(doc.add_paragraph(
        f"契約{len(data.notices)}件のうち{len(flagged)}件は、取引条件明示書の交付の記録がないか、交付が遅れています。"
        "フリーランス法は、発注（契約）したら直ちに取引条件をワーカーに明示することを求めています。"
    ))  # fmt: skip
    grouped: dict[tuple[int, date, date | None], list[NoticeLine]] = {}
    for n in flagged:  # a task's workers contracted on one day: one row, their names one a line
        grouped.setdefault((n.engagement_id, n.contracted_on, n.given_on), []).append(n)
    rows = [
        [same[0].title, "\n".join(n.worker for n in same), short_date(same[0].contracted_on),
         "記録なし" if same[0].given_on is None
         else f"{short_date(same[0].given_on)}\n（{same[0].days_late}日後）", same[0].remedy]
        for same in grouped.values()
    ]  # fmt: skip
    _compact(table(doc, ["業務", "ワーカー", "契約日", "交付日", "確認事項"], rows, [50, 32, 24, 34, 117]))


def write_progress_report(
    data: ProgressData, out: Path, chart_png: bytes | None = None, progress: Progress = no_progress
) -> Path:
    """Writes the report to `out` (a .docx); `chart_png` is the stage chart drawn elsewhere."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    total = len(data.orders) + 3
    done = 0
    producer = " ".join(x for x in (data.producer.organisation, data.producer.name) if x)
    doc = new_document(
        f"進捗報告書（{jp_date(data.issued_on)}現在）",
        subject="クラウドソーシング発注の進捗報告",
        author=data.producer.name or data.producer.organisation,
        client=data.client,
        producer=producer,
        landscape=True,
    )
    title = styled(doc, "進捗報告書", "Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading = doc.add_paragraph()
    heading.add_run(f"{data.client} 御中").bold = True
    doc.add_paragraph(f"{jp_date(data.issued_on)}現在　報告：{producer or 'csp-desk'}")

    open_troubles = sum(t.resolved_on is None for t in data.troubles)
    styled(doc, "1. 概況", "Heading1")
    summary = overview(data)
    summary += f"遅れているものは{len(data.late)}件、未解決のトラブルは{open_troubles}件です。"
    flagged_notices = data.flagged_notices
    if flagged_notices:
        summary += (f"取引条件明示書の交付に確認が必要な契約が{len(flagged_notices)}件あります"
                    "（「6. 取引条件明示書」をご覧ください）。")
    doc.add_paragraph(summary)
    held = data.escrow_held
    flagged = [e for e in data.escrows if e.flag(data.issued_on)]
    money = [
        ["契約金額（キャンセル分を除く）", yen(data.contracted)],
        ["支払済み", yen(data.paid_amount)],
        ["支払予定（検収済み・未払い）", yen(data.unpaid_amount)],
        ["作業中の契約（未検収）", yen(data.committed)],
        ["仮払い中（プラットフォームに預け入れ中）", yen(held)],
    ]
    table(doc, ["項目", "金額（税抜）"], money, [90, 40], right=(1,))
    doc.add_paragraph(TAX_BASIS_NOTE)
    if chart_png:
        chart = doc.add_paragraph()
        chart.alignment = WD_ALIGN_PARAGRAPH.CENTER
        chart.add_run().add_picture(io.BytesIO(chart_png), width=Mm(150))
    done += 1
    progress(done, total)

    keep_next(styled(doc, "2. 業務ごとの状況", "Heading1"))
    rows = []
    for order in data.orders:
        rows.append(
            [
                order.title,
                LABELS_JA[order.order_type],
                STATE_JA[order.state],
                "\n".join(order.workers.split("、")) if order.workers else "—",  # a name per line, whole
                yen(order.contracted) if order.contracted else "—",
                short_date(order.delivery_due) if order.delivery_due else "—",
                payment_words(order),
                "\n".join(x for x in (late_words(order), *data.notice_flags(order.engagement_id)) if x),
            ]
        )
        done += 1
        progress(done, total)
    if rows:
        _compact(table(
            doc,
            ["業務", "発注形式", "状況", "ワーカー", "契約金額\n（税抜）", "納期", "支払日", "遅れ・備考"],
            rows,
            [45, 31, 30, 32, 24, 25, 33, 37],  # ワーカー: a name of 8 characters on a line
            right=(4,),
        ))  # fmt: skip
    else:
        doc.add_paragraph("まだ発注した業務はありません。")
    if data.unordered:
        doc.add_paragraph(
            f"このほか、まだ発注の準備に入っていない業務が{len(data.unordered)}件あります："
            + "、".join(data.unordered) + "。"
        )

    keep_next(styled(doc, "3. 仮払い（プラットフォームに預けているお金）", "Heading1"))
    holding = [e for e in data.escrows if e.held]
    if holding:
        doc.add_paragraph(
            f"仮払い中の業務は{len(holding)}件、合計{yen(held)}（税抜）です。"
            + (f"うち{len(flagged)}件は確認が必要です。" if flagged else "")
        )
        escrow_rows = [
            [e.title, STATE_JA[e.state], short_date(e.escrowed_on), yen(e.held),
             e.flag(data.issued_on) or "—"]
            for e in holding
        ]
        _compact(table(doc, ["業務", "状況", "仮払日", "仮払い中\n（税抜）", "確認事項"], escrow_rows,
                       [60, 34, 24, 30, 109], right=(3,)))  # fmt: skip
    else:
        doc.add_paragraph("現在、プラットフォームに預けている仮払いはありません。")

    keep_next(styled(doc, "4. 遅れと対応", "Heading1"))
    if data.late:
        by_order: dict[int, list[TroubleLine]] = {}
        for t in data.troubles:
            by_order.setdefault(t.engagement_id, []).append(t)
        late_rows = [late_row(o, by_order.get(o.engagement_id, [])) for o in data.late]
        _compact(table(doc, ["業務", "遅れ", "これまでの対応", "今後の対応"], late_rows, [52, 62, 72, 71]))
    else:
        doc.add_paragraph("遅れている業務はありません。")

    keep_next(styled(doc, "5. トラブルと対応", "Heading1"))
    if data.troubles:
        trouble_rows = [
            [
                t.title,
                TROUBLES_JA.get(t.category, "その他"),
                short_date(t.opened_on),
                t.description,
                t.actions or "対応を検討中",
                short_date(t.resolved_on) if t.resolved_on else "未解決",
            ]
            for t in data.troubles
        ]
        _compact(table(
            doc, ["業務", "種類", "発生日", "内容", "対応", "解決日"], trouble_rows, [52, 34, 24, 63, 60, 24]
        ))  # fmt: skip
    else:
        doc.add_paragraph("記録されたトラブルはありません。")

    section = 6
    if data.notices:
        keep_next(styled(doc, f"{section}. {NOTICE_HEADING}", "Heading1"))
        section += 1
        write_notices(doc, data)
    withheld = [p for p in data.payments if p.withholding]
    if withheld:
        keep_next(styled(doc, f"{section}. 源泉徴収税の納付", "Heading1"))
        keep_next(doc.add_paragraph(REMITTANCE_NOTE))
        tax_rows = [
            [
                p.payee,
                p.title,
                short_date(p.paid_on) if p.paid_on else f"未払い（{short_date(p.due_on)}予定）",
                yen(p.withholding),
                short_date(p.remittance_due) if p.remittance_due else "支払の翌月10日",
                short_date(p.remitted_on) if p.remitted_on
                else unremitted(p.remittance_due, data.issued_on) if p.paid_on else "—",
            ]
            for p in withheld
        ]
        _compact(table(doc, ["支払先", "業務", "支払日", "源泉徴収税額", "納付期限", "納付日"], tax_rows,
                       [40, 60, 40, 30, 35, 52], right=(3,)))  # fmt: skip
    done += 1
    progress(done, total)
    from .files import save

    save(doc, out)
    done += 1
    progress(done, total)
    return out
