"""提案書 (proposal) as a Word document: problems heard, breakdown, schedule, budget, contact."""

from __future__ import annotations

from pathlib import Path

from ..domain.order_types import LABELS_JA, MECHANISMS_JA, ORDER_FLOW_JA, OrderType
from ..domain.proposal import ProposalData
from .common import Progress, effort, jp_date, no_progress, short_date, yen, yen_range
from .word import keep_next, new_document, styled, table


def write_proposal(data: ProposalData, out: Path, progress: Progress = no_progress) -> Path:
    """Writes the proposal to `out` (a .docx) and returns the path."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

    total_steps = data.item_count + 4
    done = 0
    client, producer = data.client, data.producer
    doc = new_document(
        f"クラウドソーシング活用のご提案（{jp_date(data.issued_on)}）",
        subject="クラウドソーシング活用の提案書",
        author=producer.name or producer.organisation,
        client=client.name,
        producer=" ".join(x for x in (producer.organisation, producer.name) if x),
    )

    # cover
    for _ in range(6):
        doc.add_paragraph()
    title = styled(doc, "クラウドソーシング活用のご提案", "Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub = doc.add_paragraph("提案書")
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(4):
        doc.add_paragraph()
    to = doc.add_paragraph()
    to.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = to.add_run(f"{client.name} 御中")
    run.bold = True
    run.font.size = doc.styles["Heading 1"].font.size
    when = doc.add_paragraph(jp_date(data.issued_on))
    when.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(6):
        doc.add_paragraph()
    signature = producer.name and f"クラウドソーシング・プロデューサー　{producer.name}"
    for line in (producer.organisation, signature, producer.certification):
        if line:
            doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    done += 1
    progress(done, total_steps)

    # problems heard
    styled(doc, "1. ご相談いただいた経営課題", "Heading1")
    if data.problems:
        intro = doc.add_paragraph(
            "ご相談の中で伺った経営課題と、それぞれをクラウドソーシングで解決するための業務の"
            "分解は次のとおりです。"
        )
        keep_next(intro)
        for problem in data.problems:
            heard = f"（{jp_date(problem.held_on)}のご相談）" if problem.held_on else ""
            styled(doc, f"{problem.title}{heard}", "ListBullet")
    else:
        doc.add_paragraph("まだ経営課題が登録されていません。")

    # breakdown
    styled(doc, "2. 業務の分解と発注形式", "Heading1")
    for number, problem in enumerate(data.problems, start=1):
        keep_next(styled(doc, f"2.{number} {problem.title}", "Heading2"))
        if not problem.items:
            doc.add_paragraph("この課題の業務はまだ決まっていません。")
            continue
        rows = []
        for order, item in enumerate(problem.items, start=1):
            rows.append([
                str(order),
                item.title,
                LABELS_JA[item.order_type],
                item.deliverables,
                effort(item),
                yen_range(item.budget_min, item.budget_max),
            ])  # fmt: skip
            done += 1
            progress(done, total_steps)
        table(doc, ["順序", "業務", "発注形式", "成果物", "作業量の目安", "予算（目安）"], rows,
               [10, 40, 24, 40, 24, 32], right=(0, 5))  # fmt: skip
        budget = problem.budget
        doc.add_paragraph(f"この課題の予算（目安）：{yen_range(budget.low, budget.high)}")
        keep_next(styled(doc, "発注形式を選んだ理由", "Heading3"))
        for item in problem.items:
            reason = item.type_reason or "（理由は未記入です）"
            styled(doc, f"{item.title}（{LABELS_JA[item.order_type]}）：{reason}", "ListBullet")
        if problem.caution:
            doc.add_paragraph(f"ご注意：{problem.caution}")

    # schedule
    styled(doc, "3. スケジュール", "Heading1")
    scheduled = [
        (problem.title, item) for problem in data.problems for item in problem.items
    ]
    scheduled.sort(key=lambda pair: (pair[1].start_date is None, pair[1].start_date or 0))
    if scheduled:
        keep_next(doc.add_paragraph("業務ごとの開始予定日と納期の予定です（予定は変わることがあります）。"))
        table(doc, ["業務", "経営課題", "開始予定", "納期予定"],
               [[item.title, title_, short_date(item.start_date), short_date(item.due_date)]
                for title_, item in scheduled],
               [64, 54, 26, 26])  # fmt: skip
    else:
        doc.add_paragraph("業務が登録されると、ここに日程が入ります。")
    done += 1
    progress(done, total_steps)

    # budget
    styled(doc, "4. 予算", "Heading1")
    keep_next(doc.add_paragraph(
        "予算は公開されている相場や過去の事例をもとにした目安です。実際の金額はワーカーからの"
        "提案・見積もりにより決まります。"
    ))  # fmt: skip
    budget_rows = [
        [p.title, f"{len(p.items)}件", yen(p.budget.low), yen(p.budget.high)]
        for p in data.problems
    ]
    whole = data.budget
    budget_rows.append(["合計", f"{data.item_count}件", yen(whole.low), yen(whole.high)])
    totals = table(doc, ["経営課題", "業務数", "予算下限", "予算上限"], budget_rows,
                   [80, 20, 35, 35], right=(1, 2, 3))  # fmt: skip
    for cell in totals.rows[-1].cells:
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                run.bold = True

    # order types and flow
    styled(doc, "5. クラウドソーシングの発注形式と流れ", "Heading1")
    for order_type in OrderType:
        keep_next(styled(doc, LABELS_JA[order_type], "Heading3"))
        doc.add_paragraph(MECHANISMS_JA[order_type])
    keep_next(styled(doc, "発注の流れ", "Heading3"))
    doc.add_paragraph("　→　".join(ORDER_FLOW_JA))
    doc.add_paragraph(
        "仕事の依頼から契約、納品、支払、評価まで、すべてWeb上で行うことができます。"
        "契約の際は、自営型テレワークガイドラインとフリーランス・事業者間取引適正化等法に沿って、"
        "業務の内容、報酬の額、支払期日などを書面またはメールで明示します。"
    )
    done += 1
    progress(done, total_steps)

    # contact
    styled(doc, "6. お問い合わせ先", "Heading1")
    contact = [
        ("担当", producer.name), ("所属", producer.organisation),
        ("資格", producer.certification), ("電話", producer.phone),
        ("メール", producer.email), ("所在地", producer.address),
    ]  # fmt: skip
    lines = [f"{label}：{value}" for label, value in contact if value]
    for line in lines or ["（プロデューサー情報が未設定です）"]:
        doc.add_paragraph(line)

    doc.core_properties.title = f"提案書 {client.name}"
    out = Path(out)
    doc.save(str(out))
    done += 1
    progress(done, total_steps)
    return out
