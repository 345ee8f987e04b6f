"""進捗報告書 (progress report) for a client, in Word: where each order stands, what is late,
troubles and what was done about them, money contracted, paid and still to pay, and a chart."""

from __future__ import annotations

import io
from pathlib import Path

from ..domain.lifecycle import LABELS, State
from ..domain.order_types import LABELS_JA
from ..domain.progress import ProgressData
from .common import Progress, jp_date, no_progress, short_date, yen
from .word import keep_next, new_document, styled, table

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

    open_orders = [o for o in data.orders if o.state not in (State.CLOSED, State.CANCELLED)]
    styled(doc, "1. 概況", "Heading1")
    summary = (
        f"ご依頼の業務{len(data.orders)}件のうち、進行中が{len(open_orders)}件、"
        f"完了が{sum(o.state is State.CLOSED for o in data.orders)}件です。"
        f"遅れているものは{len(data.late)}件、未解決のトラブルは"
        f"{sum(t.resolved_on is None for t in data.troubles)}件です。"
    )
    doc.add_paragraph(summary)
    money = [
        ["契約金額（税抜）", yen(data.contracted)],
        ["支払済み（税込）", yen(data.paid)],
        ["支払予定（検収済み・税込）", yen(data.unpaid)],
        ["作業中の契約（未検収・税抜）", yen(data.committed)],
    ]
    table(doc, ["金額", ""], money, [80, 50], right=(1,))
    if chart_png:
        chart = doc.add_paragraph()
        chart.alignment = WD_ALIGN_PARAGRAPH.CENTER
        chart.add_run().add_picture(io.BytesIO(chart_png), width=Mm(170))
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
                order.workers or "—",
                yen(order.contracted) if order.contracted else "—",
                short_date(order.delivery_due),
                short_date(order.paid_on)
                if order.paid_on
                else (short_date(order.payment_due) if order.payment_due else "—"),
                f"{order.late}遅れ" if order.late else "",
            ]
        )
        done += 1
        progress(done, total)
    if rows:
        table(
            doc,
            ["業務", "発注形式", "状況", "ワーカー", "契約金額", "納期", "支払日（予定）", "遅れ"],
            rows,
            [52, 24, 34, 38, 27, 28, 30, 18],
            right=(4,),
        )
    else:
        doc.add_paragraph("まだ発注した業務はありません。")

    keep_next(styled(doc, "3. 遅れと対応", "Heading1"))
    if data.late:
        for order in data.late:
            what = {
                "納品": "納品が納期を過ぎています",
                "検収": "検収が済んでいません",
                "支払": "支払期日を過ぎています",
            }
            styled(
                doc,
                f"{order.title}：{what[order.late]}（{STATE_JA[order.state]}、"
                f"{short_date(order.state_since)}から）",
                "ListBullet",
            )
    else:
        doc.add_paragraph("遅れている業務はありません。")

    keep_next(styled(doc, "4. トラブルと対応", "Heading1"))
    if data.troubles:
        trouble_rows = [
            [
                t.title,
                TROUBLES_JA.get(t.category, t.category),
                short_date(t.opened_on),
                t.description,
                t.actions or "対応中",
                short_date(t.resolved_on) if t.resolved_on else "未解決",
            ]
            for t in data.troubles
        ]
        table(
            doc, ["業務", "種類", "発生日", "内容", "対応", "解決日"], trouble_rows, [50, 34, 24, 60, 60, 24]
        )
    else:
        doc.add_paragraph("記録されたトラブルはありません。")
    done += 1
    progress(done, total)
    doc.save(str(out))
    done += 1
    progress(done, total)
    return out
