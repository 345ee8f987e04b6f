"""提案書 (proposal) as a Word document: what the client said, the work it becomes and why, a
schedule the client can see, what it costs (税抜 and 税込, fees as rows), risks, roles, next steps,
and a line to approve it. The cover carries no page number and no running header."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.costs import Amount, Costs, percent
from ..domain.order_types import LABELS_JA, MECHANISMS_JA, ORDER_FLOW_JA, OrderType
from ..domain.proposal import ProblemBreakdown, ProposalData
from ..domain.proposal_text import ROLES, expected_effect, next_steps, risks, type_reason
from .common import Progress, effort, jp_date, no_progress, short_date, yen, yen_range
from .japanese import state_ja
from .schedule import EARLY_MARK, Timeline, timeline
from .word import cover_page, grid_style, keep_next, keep_table, new_document, styled, table

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject

TITLE = "クラウドソーシング活用のご提案"
AUTHORED = ("design.", "writing.", "translation.", "naming", "sns.", "video.", "idea.")
"""Categories whose deliverables are works of authorship (IP and revisions matter)."""


def amount_range(amount: Amount, gross: bool) -> str:
    low, high = (amount.gross_low, amount.gross_high) if gross else (amount.net_low, amount.net_high)
    return yen(low) if low == high else f"{yen(low)}〜{yen(high)}"


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def _hearing_lines(problem: ProblemBreakdown) -> list[str]:
    """The lines of the consultation's notes that speak of this problem (its title named), or none."""
    hearing = problem.hearing
    if hearing is None or not hearing.notes.strip():
        return []
    key = unicodedata.normalize("NFKC", problem.title).strip()
    lines = [line.strip() for line in hearing.notes.splitlines() if line.strip()]
    return [line for line in lines if key and key in unicodedata.normalize("NFKC", line)]


def write_proposal(data: ProposalData, out: Path, progress: Progress = no_progress,
                   schedule_png: bytes | None = None) -> Path:  # fmt: skip
    """Writes the proposal to `out` (a .docx) and returns the path. `schedule_png`: the schedule
    drawn as a picture (charts.gantt_png); without it, a chart of shaded table cells."""
    total_steps = data.item_count + 6
    done = 0
    client, producer = data.client, data.producer
    doc = new_document(
        f"{TITLE}（{jp_date(data.issued_on)}）",
        subject="クラウドソーシング活用の提案書",
        author=producer.name or producer.organisation,
        client=client.name,
        producer=" ".join(x for x in (producer.organisation, producer.name) if x),
    )
    cover_page(doc)  # the cover: no running title, no number (a house style's letterhead stays)
    whole = data.costs
    plan = timeline(data)
    _cover(doc, data, whole)
    done += 1
    progress(done, total_steps)

    _summary(doc, data, whole, plan)
    styled(doc, "2. 課題ごとの業務", "Heading1")
    shown: dict[int, str] = {}
    for number, problem in enumerate(data.problems, start=1):
        _problem(doc, data, number, problem, shown)
        done += len(problem.items)
        progress(done, total_steps)

    _schedule(doc, data, plan, schedule_png)
    done += 1
    progress(done, total_steps)
    _money(doc, data, whole)
    done += 1
    progress(done, total_steps)

    styled(doc, "5. 役割分担", "Heading1")
    table(doc, ["担当", "行うこと"], [[who, what] for who, what in ROLES], [48, 122])

    styled(doc, "6. 想定されるリスクと対策", "Heading1")
    items = [item for problem in data.problems for item in problem.items]
    authored = [item.category_id.startswith(AUTHORED) for item in items]
    found = risks(items, authored)
    if found:
        keep_next(doc.add_paragraph(
            "クラウドソーシングでよく聞かれるトラブルのうち、今回の業務で起こりうるものと、その防ぎ方です。"
        ))  # fmt: skip
        table(doc, ["トラブル", "今回の業務で起こりうること", "防ぎ方"],
              [[f"{r.number} {r.trouble}", r.why, r.avoid] for r in found], [46, 54, 70])  # fmt: skip
    else:
        doc.add_paragraph("業務が決まると、ここに起こりうるトラブルと防ぎ方が入ります。")
    done += 1
    progress(done, total_steps)

    styled(doc, "7. クラウドソーシングの発注形式と流れ", "Heading1")
    used = {item.order_type for item in items} or set(OrderType)
    for order_type in OrderType:
        if order_type in used:
            keep_next(styled(doc, LABELS_JA[order_type], "Heading3"))
            doc.add_paragraph(MECHANISMS_JA[order_type])
    keep_next(styled(doc, "発注の流れ", "Heading3"))
    doc.add_paragraph("　→　".join(ORDER_FLOW_JA))
    doc.add_paragraph(
        "仕事の依頼から契約、納品、支払、評価まで、すべてWeb上で行うことができます。"
        "契約の際は、自営型テレワークガイドラインとフリーランス・事業者間取引適正化等法に沿って、"
        "業務の内容、報酬の額、支払期日などを書面またはメールで明示します。"
    )

    styled(doc, "8. 今後の進め方", "Heading1")
    platforms = [terms.platform_name for _item, terms in data.priced()]
    first = plan.first_start if plan.first_start and plan.first_start >= data.issued_on else None
    for step in next_steps(data.valid_until, first, platforms, rescheduled=bool(plan.early)):
        styled(doc, step, "ListNumber")

    _approval(doc, data)
    done += 1
    progress(done, total_steps)

    doc.core_properties.title = f"提案書 {client.name}"
    out = Path(out)
    from .files import save

    save(doc, out)
    done += 1
    progress(done, total_steps)
    return out


def _cover(doc: DocumentObject, data: ProposalData, whole: Costs) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    client, producer = data.client, data.producer
    when = doc.add_paragraph(f"{jp_date(data.issued_on)}")
    when.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    to = doc.add_paragraph()
    run = to.add_run(f"{client.name} 御中")
    run.bold = True
    run.font.size = Pt(16)
    if client.contact_person:
        doc.add_paragraph(f"{client.contact_person} 様")
    for _ in range(4):  # room to spare below: a house style's letterhead takes some of the page
        doc.add_paragraph()
    title = styled(doc, TITLE, "Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lead = doc.add_paragraph(
        f"経営課題{len(data.problems)}件・業務{data.item_count}件の発注計画と費用の目安"
    )
    lead.alignment = WD_ALIGN_PARAGRAPH.CENTER
    valid = doc.add_paragraph(f"本提案の有効期限：{jp_date(data.valid_until)}")
    valid.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(6):
        doc.add_paragraph()
    lines = [
        producer.organisation,
        # the role once: where the certification already names it, the name alone
        producer.name and (producer.name if ROLE in producer.certification else f"{ROLE}　{producer.name}"),
        producer.certification,
        producer.address and f"所在地：{producer.address}",
        producer.phone and f"電話：{producer.phone}",
        producer.email and f"メール：{producer.email}",
    ]
    for line in [x for x in lines if x] or ["（プロデューサー情報が未設定です）"]:
        said = doc.add_paragraph(line)
        said.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        said.paragraph_format.space_after = Pt(2)
    # the page ends here: the next heading starts a page (a page-break paragraph of its own, with a
    # house style's taller lines, fell onto a second page and left it blank)


def _summary(doc: DocumentObject, data: ProposalData, whole: Costs, plan: Timeline) -> None:
    styled(doc, "1. ご提案の概要", "Heading1").paragraph_format.page_break_before = True  # after the cover
    if not data.problems:
        doc.add_paragraph("まだ経営課題が登録されていません。ご相談の内容をうかがったうえで作成します。")
        return
    keep_next(doc.add_paragraph(
        "ご相談で伺った経営課題を、クラウドソーシングで発注できる業務に分けました。"
        "課題ごとの業務と費用の目安（ワーカーへの報酬、税抜）は次のとおりです。"
    ))  # fmt: skip
    _general_hearing(doc, data)
    rows = [[p.title, f"{len(p.items)}件", yen_range(p.budget.low, p.budget.high)] for p in data.problems]
    rows.append(["合計", f"{data.item_count}件", amount_range(whole.rewards, False)])
    _bold_last(table(doc, ["経営課題", "業務数", "報酬の目安（税抜）"], rows, [90, 22, 58], right=(1, 2)))
    lines = [f"費用の総額（手数料を含む）の目安：{amount_range(whole.total, True)}（税込）"
             f"／{amount_range(whole.total, False)}（税抜）"]  # fmt: skip
    if not whole.complete:
        lines.append("※ 確認できていない手数料は総額に含めていません（4. 費用をご覧ください）。")
    if plan.first_start and plan.last_due:
        lines.append(f"期間の目安：{jp_date(plan.first_start)}〜{jp_date(plan.last_due)}")
    if data.ordered:
        lines.append(f"このほか、すでに発注済みの業務が{len(data.ordered)}件あります。発注済みの業務は"
                     "課題ごとに状況を記載し（2.）、本提案の件数と費用には含めていません。")  # fmt: skip
    if plan.early:
        lines.append(f"※ 開始予定日が本書の日付（{jp_date(data.issued_on)}）より前の業務が"
                     f"{len(plan.early)}件あります。日程を見直してご相談します"
                     "（3. スケジュール）。")  # fmt: skip
    for line in lines:
        doc.add_paragraph(line)


def _general_hearing(doc: DocumentObject, data: ProposalData) -> None:
    """What the client said of the business as a whole: the lines of a consultation's notes that
    name none of its problems, when others do (those are quoted under their problem)."""
    by_hearing: dict[int, list[ProblemBreakdown]] = {}
    for problem in data.problems:
        if problem.hearing is not None:
            by_hearing.setdefault(problem.hearing.id, []).append(problem)
    for problems in by_hearing.values():
        hearing = problems[0].hearing
        assert hearing is not None
        attributed = {line for problem in problems for line in _hearing_lines(problem)}
        if not attributed:
            continue
        lines = [line.strip() for line in hearing.notes.splitlines() if line.strip()]
        rest = [line for line in lines if line not in attributed]
        if rest:
            keep_next(doc.add_paragraph(f"ご相談（{jp_date(hearing.held_on)}）で伺ったこと："))
            for line in rest:
                styled(doc, f"「{line.strip('「」')}」", "Quote")


def _problem(
    doc: DocumentObject, data: ProposalData, number: int, problem: ProblemBreakdown, shown: dict[int, str]
) -> None:
    keep_next(styled(doc, f"2.{number} {problem.title}", "Heading2"))
    keep_next(styled(doc, "現状と課題", "Heading3"))
    hearing = problem.hearing
    if hearing is not None:
        where = "、".join(x for x in (jp_date(hearing.held_on), hearing.place) if x and x != "未定")
        said = _hearing_lines(problem)
        if said:
            keep_next(doc.add_paragraph(f"ご相談（{where}）で伺ったこと："))
            for line in said:
                styled(doc, f"「{line.strip('「」')}」", "Quote")
        elif hearing.notes.strip() and hearing.id not in shown:
            keep_next(doc.add_paragraph(f"ご相談（{where}）で伺ったこと："))
            for line in hearing.notes.splitlines():
                if line.strip():
                    styled(doc, f"「{line.strip().strip('「」')}」", "Quote")
            shown[hearing.id] = f"2.{number}"
        elif hearing.notes.strip():
            doc.add_paragraph(f"ご相談（{where}）で伺った内容は {shown[hearing.id]} に記載しています。")
        else:
            doc.add_paragraph(f"ご相談（{where}）で伺った課題です。")
    said_already = hearing is not None and _plain(problem.description) in _plain(hearing.notes)
    if problem.description and not said_already:
        doc.add_paragraph(f"課題：{problem.description}")
    if not problem.items:
        if problem.ordered:
            doc.add_paragraph("この課題の業務はすべて発注済みです。新たにご提案する業務はありません。")
            _ordered(doc, problem)
        else:
            doc.add_paragraph("この課題の業務はまだ決まっていません。")
        return

    keep_next(styled(doc, "業務の分解と発注形式", "Heading3"))
    rows = []
    for order, item in enumerate(problem.items, start=1):
        rows.append([
            str(order), item.title, SHORT_TYPES[item.order_type], item.deliverables, effort(item),
            yen_range(item.budget_min, item.budget_max),
        ])  # fmt: skip
    # widths from the longest words each column holds: 「プロジェクト」 (6 characters) whole
    table(doc, ["No.", "業務", "発注形式", "成果物", "作業量の目安", "報酬（税抜）"], rows,
          [12, 33, 27, 38, 27, 33], right=(0, 5), phrased=(1, 3))  # fmt: skip
    budget = problem.budget
    doc.add_paragraph(f"この課題の報酬の目安：{yen_range(budget.low, budget.high)}（税抜）")

    keep_next(styled(doc, "発注形式を選んだ理由", "Heading3"))
    for item in problem.items:
        category = data.category_names.get(item.category_id, "")
        reason = type_reason(item, category)
        styled(doc, f"{item.title}（{LABELS_JA[item.order_type]}）：{reason}", "ListBullet")
    effect = expected_effect(problem.description, problem.items)
    if effect:
        keep_next(styled(doc, "期待される効果", "Heading3"))
        doc.add_paragraph(effect)
    if problem.caution:
        doc.add_paragraph(f"ご注意：{problem.caution}")
    _ordered(doc, problem)


def _ordered(doc: DocumentObject, problem: ProblemBreakdown) -> None:
    """The problem's work items already ordered, apart: what the client approved before, with where
    each order stands — not planned work, and not in this proposal's costs."""
    if not problem.ordered:
        return
    keep_next(styled(doc, "発注済みの業務", "Heading3"))
    keep_next(doc.add_paragraph(
        "次の業務はすでに発注済みです。状況をお知らせするもので、本提案の費用には含めていません。"
    ))  # fmt: skip
    rows = [[done.item.title, SHORT_TYPES[done.item.order_type], short_date(done.ordered_on),
             f"{state_ja(done.state)}（{short_date(done.since)}〜）" if done.since else state_ja(done.state)]
            for done in problem.ordered]  # fmt: skip
    keep_table(table(doc, ["業務", "発注形式", "発注日", "現在の状況"], rows, [62, 27, 27, 54], phrased=(0,)))


def _schedule(doc: DocumentObject, data: ProposalData, plan: Timeline, picture: bytes | None) -> None:
    styled(doc, "3. スケジュール", "Heading1")
    if not plan.rows:
        doc.add_paragraph("業務が登録されると、ここに日程が入ります。")
        return
    if picture is not None:
        import io

        from docx.shared import Mm

        keep_next(doc.add_paragraph(
            "業務ごとの開始予定日から納期までを帯で示します（予定は変わることがあります）。"
            f"赤い線は本書の日付（{jp_date(data.issued_on)}）です。"
        ))  # fmt: skip
        doc.add_picture(io.BytesIO(picture), width=Mm(170))
    elif plan.periods:
        unit = "週" if plan.weekly else "月"
        keep_next(doc.add_paragraph(
            f"業務ごとの開始予定日から納期までを、{unit}ごとの帯で示します（予定は変わることがあります）。"
            f"黄色の列は本書の日付（{jp_date(data.issued_on)}）を含む{unit}です。"
        ))  # fmt: skip
        _gantt(doc, plan)
    if data.ordered:
        keep_next(doc.add_paragraph("発注済みの業務は含めていません（2. の各課題に状況を記載）。"))
    keep_next(doc.add_paragraph(""))
    rows = [
        [f"{EARLY_MARK}{row.title}" if row.early else row.title, row.problem, short_date(row.start),
         short_date(row.due), "日程の見直し" if row.early else ""]
        for row in plan.rows
    ]  # fmt: skip
    table(doc, ["業務", "経営課題", "開始予定", "納期予定", "注意"], rows, [50, 28, 28, 28, 36],
          phrased=(0, 1))
    if plan.early:
        doc.add_paragraph(
            f"{EARLY_MARK} 開始予定日が本書の日付（{jp_date(data.issued_on)}）より前の業務が"
            f"{len(plan.early)}件あります。このままでは始められないため、ご承認の際に開始日と納期を見直します。"
        )  # fmt: skip


GANTT_PT = 8
BAR = "4472C4"
BAR_EARLY = "E69138"
TODAY = "FFF2CC"


def _gantt(doc: DocumentObject, plan: Timeline) -> None:
    """The chart as a table of shaded cells: one row per work item, one column per week or month."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    label_mm = 46.0
    period_mm = (170.0 - label_mm) / len(plan.periods)
    columns = 1 + len(plan.periods)
    grid = doc.add_table(rows=2 + len(plan.rows), cols=columns)
    grid_style(grid)
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), "17")
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    grid._tbl.tblPr.append(margins)
    widths = [label_mm] + [period_mm] * len(plan.periods)
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = Mm(width)

    def put(row: int, col: int, text: str, fill: str | None = None, bold: bool = False) -> None:
        cell = grid.cell(row, col)
        cell.width = Mm(widths[col])
        paragraph = cell.paragraphs[0]
        paragraph.paragraph_format.space_after = Pt(0)
        if col:
            from docx.enum.text import WD_ALIGN_PARAGRAPH

            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if text:
            run = paragraph.add_run(text)
            run.font.size = Pt(GANTT_PT)
            run.bold = bold
        if fill:
            shading = OxmlElement("w:shd")
            shading.set(qn("w:val"), "clear")
            shading.set(qn("w:fill"), fill)
            cell._tc.get_or_add_tcPr().append(shading)

    put(0, 0, "業務", "D9E2F3", True)
    put(1, 0, "", "D9E2F3")
    for index, period in enumerate(plan.periods, start=1):
        fill = TODAY if period.holds_today else "D9E2F3"
        put(0, index, period.top, fill, True)
        put(1, index, period.label, fill)
    # the top header row names each month (or year) once, over its weeks (or months)
    start = 1
    for index in range(2, len(plan.periods) + 2):
        if index == len(plan.periods) + 1 or plan.periods[index - 1].top:
            if index - 1 > start:
                merged = grid.cell(0, start).merge(grid.cell(0, index - 1))
                for paragraph in merged.paragraphs[1:]:
                    paragraph._p.getparent().remove(paragraph._p)
            start = index
    for r, row in enumerate(plan.rows, start=2):
        label = f"{EARLY_MARK}{row.title}" if row.early else row.title
        put(r, 0, label)
        for c, period in enumerate(plan.periods, start=1):
            fill = None
            if row.covers(period):
                fill = BAR_EARLY if row.early and period.end < plan.today else BAR
            elif period.holds_today:
                fill = TODAY
            put(r, c, "", fill)
    for index, tr in enumerate(grid._tbl.tr_lst):
        trpr = tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:cantSplit"))
        if index < 2:
            trpr.append(OxmlElement("w:tblHeader"))
    legend = doc.add_paragraph()
    run = legend.add_run("凡例：青＝作業期間　橙＝本書の日付より前に始まる予定の期間　黄＝本書の日付")
    run.font.size = Pt(GANTT_PT + 1)
    if plan.undated:
        doc.add_paragraph("日程が未定の業務：" + "、".join(plan.undated))


def _money(doc: DocumentObject, data: ProposalData, whole: Costs) -> None:
    styled(doc, "4. 費用", "Heading1")
    keep_next(doc.add_paragraph(
        "ワーカーへの報酬は公開されている相場や過去の事例をもとにした目安で、実際の金額はワーカーからの"
        "提案・見積もりで決まります。消費税は10%で計算しています（1円未満切り捨て）。"
    ))  # fmt: skip
    rows = [[f"ワーカーへの報酬（業務{whole.items}件）", "—", amount_range(whole.rewards, False),
             amount_range(whole.rewards, True)]]  # fmt: skip
    notes = []
    for line in whole.fees:
        name = line.platform_name or "プラットフォーム未定"
        label = f"システム利用料（{name}・{line.items}件）"
        if line.amount is None:
            rows.append([label, "料率未確認", "合計に含めず", "—"])
        else:
            basis = "報酬（税込）" if line.terms.rate_basis == "tax_included" else "報酬（税抜）"
            rate = f"{basis}の{percent(line.terms.orderer_rate)}" if line.terms.orderer_rate else ""
            if line.terms.orderer_minimum:
                rate += f"（最低{yen(line.terms.orderer_minimum)}）"
            if line.terms.as_of:
                rate += f"　{short_date(line.terms.as_of)}時点"
            rows.append([label, rate, amount_range(line.amount, False), amount_range(line.amount, True)])
    if whole.unknown_fees:
        notes.append(
            "※ システム利用料（プラットフォームの手数料）は、料率を確認できていないため合計に含めていません。"
            "利用するプラットフォームと料率が決まりしだい、金額を加えてお知らせします。"
        )  # fmt: skip
    if whole.producer is not None and whole.producer_rate is not None:
        rows.append(["プロデューサー報酬", f"報酬（税抜）の{percent(whole.producer_rate)}",
                     amount_range(whole.producer, False), amount_range(whole.producer, True)])  # fmt: skip
    else:
        rows.append(["プロデューサー報酬", "料率未設定", "合計に含めず", "—"])
        notes.append("※ プロデューサー報酬の料率が決まっていないため、合計に含めていません。")
    if data.ordered:
        notes.append(f"※ すでに発注済みの業務（{len(data.ordered)}件）の費用は含めていません。")
    rows.append(["合計", "", amount_range(whole.total, False), amount_range(whole.total, True)])
    tax = Amount(whole.total.tax_low, whole.total.tax_high, whole.total.tax_low, whole.total.tax_high)
    rows.append(["うち消費税（10%）", "", "", amount_range(tax, True)])
    money = table(doc, ["項目", "料率", "税抜", "税込"], rows, [40, 24, 53, 53], right=(2, 3))
    keep_table(money)
    _bold_row(money, len(rows) - 1)
    for note in notes:
        doc.add_paragraph(note)

    months = data.months()
    if months:
        keep_next(styled(doc, "月ごとの支出の目安", "Heading3"))
        keep_next(doc.add_paragraph(
            "報酬は業務を始めるときにプラットフォームへ仮払いするため、開始予定の月に計上しています。"
            "プロデューサー報酬は各月の報酬の割合で分けています。"
        ))  # fmt: skip
        month_rows = []
        for month in months:
            label = f"{month.month.year}年{month.month.month}月" if month.month else "時期未定"
            month_rows.append([label, f"{month.items}件", amount_range(month.rewards, False),
                               amount_range(month.total, True)])  # fmt: skip
        month_rows.append(["合計", f"{whole.items}件", amount_range(whole.rewards, False),
                           amount_range(whole.total, True)])  # fmt: skip
        _bold_last(table(doc, ["月", "業務数", "報酬（税抜）", "支出の合計（税込）"], month_rows,
                         [40, 20, 55, 55], right=(1, 2, 3)))  # fmt: skip


def _approval(doc: DocumentObject, data: ProposalData) -> None:
    from docx.shared import Mm

    keep_next(styled(doc, "9. ご承認とお問い合わせ先", "Heading1"))
    keep_next(doc.add_paragraph(
        f"本提案の有効期限は{jp_date(data.valid_until)}です（本書の日付から{data.valid_days}日）。"
        "内容にご同意いただける場合は、承認欄にご記入のうえ、写しをお返しください。"
    ))  # fmt: skip
    keep_next(styled(doc, "承認欄", "Heading3"))
    grid = table(doc, ["項目", "ご記入欄"], [
        ["承認日", "　　　　年　　　月　　　日"],
        ["会社名", data.client.name],
        ["ご署名（ご捺印）", ""],
    ], [40, 130])  # fmt: skip
    for row in grid.rows[1:]:
        row.height = Mm(14)
    keep_table(grid)  # the approval box is never split between two pages
    producer = data.producer
    contact = [
        ("担当", producer.name), ("所属", producer.organisation),
        ("資格", producer.certification), ("電話", producer.phone),
        ("メール", producer.email), ("所在地", producer.address),
    ]  # fmt: skip
    keep_next(styled(doc, "お問い合わせ先", "Heading3"))
    lines = [f"{label}：{value}" for label, value in contact if value]
    for line in lines or ["（プロデューサー情報が未設定です）"]:
        doc.add_paragraph(line)
    doc.add_paragraph("以上").alignment = 2  # right


ROLE = "クラウドソーシング・プロデューサー"
SHORT_TYPES = {OrderType.PROJECT: "プロジェクト", OrderType.COMPETITION: "コンペ", OrderType.TASK: "タスク"}
"""The order types in a narrow column headed 発注形式 (「プロジェクト形式」 broke mid-word there)."""


def _bold_row(grid: object, index: int) -> None:
    for cell in grid.rows[index].cells:  # type: ignore[attr-defined]
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                run.bold = True


def _bold_last(grid: object) -> None:
    _bold_row(grid, len(grid.rows) - 1)  # type: ignore[attr-defined]
