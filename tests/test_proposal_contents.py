"""What the client reads in the proposal and the budget, on the demo database: the money (税抜 and
税込, fee rows, the producer's fee, the total) against the database, the client's own words, the
reasons, risks, the schedule with early starts flagged, the validity date and the approval line;
the cover; the command line's and the window's fee rate, a bad one refused."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from csp_desk.cli import run
from csp_desk.domain.breakdown import WorkItemDraft
from csp_desk.domain.costs import (
    TAX_EXCLUDED,
    FeeTerms,
    RateError,
    _share,
    costs,
    parse_rate,
    platform_fee,
    with_tax,
    without_tax,
)
from csp_desk.domain.order_types import DEFAULT_REASONS, OrderType
from csp_desk.domain.proposal_text import risks, type_reason
from csp_desk.reports.budget import COSTS_SHEET, MONTHS_SHEET, ORDERED_SHEET, SCHEDULE_SHEET

from .clicks import choose_file, click_row, fill, open_page
from .office import pdf_text, to_pdf

TODAY = date.today()


def _text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for grid in doc.tables:
        for row in grid.rows:
            parts.extend(cell.text.replace("\n", "") for cell in row.cells)  # a cell's lines as one
    return "\n".join(parts)


def _yen(amount: int) -> str:
    return f"¥{amount:,}"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("proposal")
    db = folder / "demo.sqlite3"
    assert run(["demo", "--db", str(db)]) == 0
    return db


def _client_items(db: Path, client: int) -> list[tuple[int | None, int | None, str | None]]:
    """The client's planned work items: those not yet ordered (no order, or one still a draft or
    cancelled) — the ones the proposal's money counts."""
    with sqlite3.connect(db) as connection:
        return connection.execute(
            "SELECT w.budget_min, w.budget_max, w.start_date FROM work_item w"
            " JOIN problem p ON p.id = w.problem_id"
            " JOIN consultation c ON c.id = p.consultation_id"
            " LEFT JOIN engagement e ON e.work_item_id = w.id WHERE c.client_id = ?"
            " AND (e.id IS NULL OR e.state IN ('draft', 'cancelled'))",
            (client,),
        ).fetchall()


@pytest.fixture(scope="module")
def exported(demo, tmp_path_factory):
    out = tmp_path_factory.mktemp("exported")
    proposal, budget = out / "提案書.docx", out / "予算表.xlsx"
    for kind, path in (("proposal", proposal), ("budget", budget)):
        args = ["export", kind, "--client", "1", "--fee-rate", "10", "--out", str(path), "--db", str(demo)]
        assert run(args) == 0
    return proposal, budget


def test_the_money_is_the_databases_rewards_with_tax_fees_and_the_producers_fee(demo, exported):
    proposal, _budget = exported
    rows = _client_items(demo, 1)
    low = sum(r[0] or 0 for r in rows)
    high = sum(r[1] or 0 for r in rows)
    gross_low = sum(with_tax(r[0] or 0) for r in rows)
    gross_high = sum(with_tax(r[1] or 0) for r in rows)
    fee_low, fee_high = low // 10, high // 10
    text = _text(proposal)
    assert f"ワーカーへの報酬（業務{len(rows)}件）" in text
    assert f"{_yen(low)}〜{_yen(high)}" in text  # 税抜
    assert f"{_yen(gross_low)}〜{_yen(gross_high)}" in text  # 税込
    assert "プロデューサー報酬" in text and "税抜の10%" in text
    assert f"{_yen(fee_low)}〜{_yen(fee_high)}" in text
    assert f"{_yen(with_tax(fee_low))}〜{_yen(with_tax(fee_high))}" in text
    total_net = (low + fee_low, high + fee_high)
    total_gross = (gross_low + with_tax(fee_low), gross_high + with_tax(fee_high))
    assert f"{_yen(total_net[0])}〜{_yen(total_net[1])}" in text
    assert f"{_yen(total_gross[0])}〜{_yen(total_gross[1])}" in text
    # the platform's fee: a row of its own, its rate not known, left out of the total with a note
    assert "システム利用料（" in text and "料率未確認" in text and "合計に含めず" in text
    assert "料率を確認できていないため合計に含めていません" in text
    # the total says what it holds: the rewards and the producer's fee, not the platform's
    assert "費用の総額の目安（ワーカーへの報酬・プロデューサー報酬を含み、システム利用料を含みません）" \
        in text
    assert "手数料を含む" not in text


def test_the_budget_computes_the_same_money_in_an_office_suite(demo, exported, tmp_path):
    _proposal, budget = exported
    wb = load_workbook(budget)
    assert wb.sheetnames[2:] == [COSTS_SHEET, MONTHS_SHEET, SCHEDULE_SHEET, ORDERED_SHEET]
    sheet = wb[COSTS_SHEET]
    labels = [sheet.cell(row=r, column=1).value for r in range(5, 12)]
    assert any(str(label).startswith("システム利用料") for label in labels)
    producer = next(r for r in range(5, 12) if sheet.cell(row=r, column=1).value == "プロデューサー報酬")
    assert sheet.cell(row=producer, column=2).value == pytest.approx(0.1)
    assert sheet.cell(row=producer, column=3).value.startswith("=INT(")  # follows its rate cell
    rows = _client_items(demo, 1)
    low, high = sum(r[0] or 0 for r in rows), sum(r[1] or 0 for r in rows)
    # the producer's fee computes (its formulas were broken into lines as text: #NAME? in every total)
    for col in range(3, 7):
        assert "\n" not in sheet.cell(row=producer, column=col).value
    text = pdf_text(to_pdf(budget, tmp_path)).replace(" ", "")
    assert "#NAME" not in text and "Err:" not in text
    if text:
        gross_high = sum(with_tax(r[1] or 0) for r in rows) + with_tax(high // 10)
        assert _yen(low + low // 10) in text and _yen(high + high // 10) in text
        assert _yen(gross_high) in text
        assert "料率未確認" in text


def test_known_fee_terms_become_a_row_with_its_rate_and_join_the_total(tmp_path):
    from csp_desk.domain.proposal import ClientSummary, ProblemBreakdown, ProducerProfile, ProposalData
    from csp_desk.reports.proposal import write_proposal

    soon, later = TODAY + timedelta(days=3), TODAY + timedelta(days=20)
    items = (WorkItemDraft("ロゴ", OrderType.COMPETITION, budget_min=20_000, budget_max=50_000,
                           start_date=soon, due_date=later),)  # fmt: skip
    terms = FeeTerms("クラウドワークス", Decimal("0.05"), 1_000, date(2026, 11, 1))
    data = ProposalData(ClientSummary(1, "株式会社さくら食品"), ProducerProfile(name="森 さやか"), TODAY,
                        (ProblemBreakdown("広報・PR", TODAY, items, fee_terms=(terms,)),),
                        producer_rate=Decimal("0.1"))  # fmt: skip
    whole = data.costs
    assert whole.complete
    # 5 % of the reward with tax (22,000 → 1,100; 55,000 → 2,750), tax included
    assert whole.fees[0].amount.gross_low == 1_100 and whole.fees[0].amount.gross_high == 2_750
    text = _text(write_proposal(data, tmp_path / "p.docx"))
    assert "システム利用料（クラウドワークス・1件）" in text and "税込の5%（最低¥1,000）" in text
    assert "料率は、ワーカーへの報酬（税抜または税込）に対する割合です" in text
    assert "クラウドワークスの料率は2026年11月1日時点のものです" in text
    assert "料率未確認" not in text
    assert "費用の総額の目安（ワーカーへの報酬・システム利用料・プロデューサー報酬を含む）" in text
    total = 22_000 + 1_100 + with_tax(2_000)
    assert _yen(total) in text


def test_fee_arithmetic():
    assert platform_fee(20_000, FeeTerms("x", Decimal("0.05"))) == (1_000, 1_100)
    assert platform_fee(1_000, FeeTerms("x", Decimal("0.05"), 500)) == (455, 500)
    assert platform_fee(20_000, FeeTerms("x", Decimal("0.2"), rate_basis=TAX_EXCLUDED)) == (4_000, 4_400)
    assert platform_fee(20_000, FeeTerms("x")) is None
    assert all(with_tax(without_tax(g)) <= g for g in range(0, 3_000))
    assert sum(_share(1_001, [1, 1, 1])) == 1_001 and _share(10, [0, 0]) == [10, 0]
    item = WorkItemDraft("a", budget_min=1_000, budget_max=3_000)
    unknown = costs([(item, FeeTerms("ランサーズ"))], None)
    assert unknown.unknown_fees == 1 and unknown.producer is None and not unknown.complete
    assert unknown.total.net_low == 1_000 and unknown.total.gross_high == 3_300


@pytest.mark.parametrize("typed", ["abc", "-5", "100.5", "150", "nan", ""])
def test_a_bad_fee_rate_is_refused(typed):
    with pytest.raises(RateError):
        parse_rate(typed)


def test_a_fee_rate_is_read_as_typed():
    assert parse_rate("10") == Decimal("0.1")
    assert parse_rate("１２．５％") == Decimal("0.125")
    assert parse_rate("0") == 0 and parse_rate("100") == 1


@pytest.mark.parametrize("typed", ["abc", "-5", "101"])
def test_the_command_line_refuses_a_bad_fee_rate_and_writes_nothing(demo, tmp_path, capsys, typed):
    out = tmp_path / "提案書.docx"
    args = ["export", "proposal", "--client", "1", f"--fee-rate={typed}", "--out", str(out)]
    code = run([*args, "--db", str(demo)])
    assert code != 0 and not out.exists()
    error = capsys.readouterr().err
    assert "手数料率" in error and "0〜100" in error and "書き出していません" in error


def test_the_command_line_refuses_bad_validity_days(demo, tmp_path, capsys):
    out = tmp_path / "予算表.xlsx"
    args = ["export", "budget", "--client", "1", "--valid-days", "0", "--out", str(out)]
    assert run([*args, "--db", str(demo)]) != 0
    assert not out.exists() and "--valid-days" in capsys.readouterr().err


def test_the_client_reads_their_own_words_reasons_effects_risks_roles_and_next_steps(demo, exported):
    proposal, _budget = exported
    text = _text(proposal)
    with sqlite3.connect(demo) as connection:
        notes = connection.execute("SELECT notes FROM consultation WHERE client_id = 1 ORDER BY held_on DESC")
        heard = [line for (n,) in notes for line in n.splitlines() if "について：" in line]
    assert heard and all(f"「{line}」" in text for line in heard)
    assert "現状と課題" in text and "期待される効果" in text
    for default in DEFAULT_REASONS.values():
        assert default not in text  # each item's reason is its own, not the pre-filled sentence
    assert "① 依頼内容が明確でない" in text and "防ぎ方" in text
    assert "御社（発注者）" in text and "ワーカー（受注者）" in text
    assert "今後の進め方" in text


def test_reasons_are_written_for_each_item_and_risks_follow_the_items():
    logo = WorkItemDraft("ロゴ", OrderType.COMPETITION, DEFAULT_REASONS[OrderType.COMPETITION], "design.logo",
                         "ロゴ一式", budget_min=20_000, budget_max=50_000)  # fmt: skip
    entry = WorkItemDraft("入力", OrderType.TASK, "", "data.entry", "入力データ", minutes_per_item=3,
                          quantity=1_000, budget_min=1_000, budget_max=5_000)  # fmt: skip
    site = WorkItemDraft("サイト", OrderType.PROJECT, "社長のご希望", "web.site", "サイト一式", hours=80,
                         budget_min=100_000, budget_max=500_000, start_date=date(2026, 12, 1),
                         due_date=date(2027, 1, 31))  # fmt: skip
    reasons = [type_reason(item) for item in (logo, entry, site)]
    assert len(set(reasons)) == 3
    assert "賞金20,000円〜50,000円" in reasons[0] and "1件3分ほどの作業1,000件" in reasons[1]
    assert reasons[2].startswith("社長のご希望（") and "62日" in reasons[2]
    numbers = [r.number for r in risks([logo, entry, site], [True, False, False])]
    assert numbers == ["①", "②", "③", "④", "⑤"]
    assert [r.number for r in risks([entry], [False])] == ["①", "③"]
    unselected = next(r for r in risks([logo], [True]) if r.number == "⑤")
    assert "採用しなかった案" in unselected.avoid


def test_early_starts_are_flagged_and_the_command_line_says_so(demo, tmp_path, capsys):
    out = tmp_path / "提案書.docx"
    assert run(["export", "proposal", "--client", "1", "--out", str(out), "--db", str(demo)]) == 0
    said = capsys.readouterr().out
    early = [r for r in _client_items(demo, 1) if r[2] and date.fromisoformat(r[2]) < TODAY]
    assert early, "the demo has items planned before today"
    assert f"{len(early)}" in said and "より前" in said
    text = _text(out)
    assert f"より前の業務が{len(early)}件あります" in text
    assert text.count("※") >= len(early)
    assert "合計に含めていません" in text  # no fee rate given: the producer's fee is left out, said so


def test_validity_date_and_approval_line(demo, tmp_path):
    out = tmp_path / "提案書.docx"
    args = ["export", "proposal", "--client", "1", "--valid-days", "14", "--out", str(out), "--db", str(demo)]
    assert run(args) == 0
    text = _text(out)
    until = TODAY + timedelta(days=14)
    assert f"本提案の有効期限：{until.year}年{until.month}月{until.day}日" in text
    assert "本書の日付から14日" in text
    assert "承認欄" in text and "承認日" in text and "ご署名（ご捺印）" in text


def test_the_cover_names_the_title_once_with_the_producers_contact_and_no_number(exported, tmp_path):
    proposal, _budget = exported
    doc = Document(str(proposal))
    assert doc.sections[0].different_first_page_header_footer
    pdf = to_pdf(proposal, tmp_path)
    text = pdf_text(pdf)
    if not text:
        pytest.skip("poppler's pdftotext is not installed")
    pages = text.split("\f")[:-1]
    cover = " ".join(pages[0].split())
    assert cover.count("クラウドソーシング活用のご提案") == 1
    assert "ページ" not in cover
    assert "03-1234-5678" in cover and "mori@example.jp" in cover
    assert 6 <= len(pages) <= 16, len(pages)
    assert all(f"{n} / {len(pages)} ページ" in " ".join(p.split()) for n, p in enumerate(pages[1:], 2))


def test_the_budget_draws_the_schedule_as_conditional_bars(exported):
    _proposal, budget = exported
    sheet = load_workbook(budget)[SCHEDULE_SHEET]
    rules = [rule for rng in sheet.conditional_formatting for rule in rng.rules]
    assert len(rules) == 3 and all(rule.formula for rule in rules)
    assert sheet["B2"].value.date() == TODAY
    assert sheet["D5"].value.startswith("=IF(")
    months = load_workbook(budget)[MONTHS_SHEET]
    assert months["A5"].value.endswith("月") or months["A5"].value == "時期未定"


def test_the_window_asks_the_fee_rate_refuses_a_bad_one_and_remembers_it(demo_window, modals, tmp_path):
    from PySide6.QtWidgets import QLabel

    window = demo_window
    open_page(window, 0)
    click_row(window.clients_page.ui.clients, 0)
    assert window.desk.client_id is not None
    out = tmp_path / "提案書.docx"
    seen: dict[str, str] = {}

    def refused_then_corrected(dialog):
        error = dialog.findChild(QLabel, "errorText")
        seen["error"] = error.text() if error.isVisible() else ""
        seen["early"] = dialog.ui.earlyText.text()
        fill({"feeRate": "12.5", "validDays": "21"})(dialog)

    modals.expect(fill({"feeRate": "-5"}), refused_then_corrected, choose_file(out))
    window.ui.actionExportProposal.trigger()
    assert not modals.pending and not modals.unexpected
    assert "マイナス" in seen["error"]
    text = _text(out)
    assert "税抜の12.5%" in text and "本書の日付から21日" in text

    again = tmp_path / "予算表.xlsx"
    remembered: dict[str, str] = {}

    def read_and_keep(dialog):
        remembered["rate"] = dialog.ui.feeRate.text()
        remembered["days"] = dialog.ui.validDays.value()
        fill({})(dialog)

    modals.expect(read_and_keep, choose_file(again))
    window.ui.actionExportBudget.trigger()
    assert remembered == {"rate": "12.5", "days": 21}
    assert load_workbook(again)[COSTS_SHEET] is not None


def test_cancelling_the_fee_dialog_writes_nothing(demo_window, modals, tmp_path):
    from .clicks import cancel

    window = demo_window
    open_page(window, 0)
    click_row(window.clients_page.ui.clients, 0)
    modals.expect(cancel)
    window.ui.actionExportProposal.trigger()
    assert not modals.pending and not list(tmp_path.iterdir())


def test_the_orderer_fee_recorded_in_the_platform_register_is_the_proposals_fee_row(demo, tmp_path):
    """A fee the producer records in the register (Settings → プラットフォーム台帳) reaches the
    proposal of every item posted on that platform: its rate and as-of date in the fee row, and
    the row joins the total. Before, the same row says 料率未確認."""
    import shutil

    from csp_desk.domain.platform_register import Fee
    from csp_desk.store import platforms, repo
    from csp_desk.store.db import open_store

    db = tmp_path / "demo.sqlite3"
    shutil.copy(demo, db)
    store = open_store(db)
    try:
        with store.session() as session:
            before = repo.proposal_data(session, 1, None, TODAY)
        named = {t.platform_name for p in before.problems for t in p.fee_terms if t.platform_name}
        assert named and all(not t.known for p in before.problems for t in p.fee_terms)
        platform = sorted(named)[0]
        with store.session() as session:
            pid = platforms.register(session).id_of(platform)
            platforms.record_fee(session, pid, Fee("orderer", Decimal("5"), None, None, date(2026, 1, 1),
                                                   "テスト用の料率"))  # fmt: skip
        with store.session() as session:
            after = repo.proposal_data(session, 1, None, TODAY)
    finally:
        store.close()
    fees = [t for p in after.problems for t in p.fee_terms if t.platform_name == platform]
    assert fees and all(t.orderer_rate == Decimal("0.05") and t.as_of == date(2026, 1, 1) for t in fees)
    assert any(f.platform_name == platform and f.amount is not None for f in after.costs.fees)


def test_the_proposals_schedule_is_a_picture_of_the_items_bars(exported):
    """The schedule is drawn as a Gantt picture in Word (the budget has it as bars in Excel): one
    picture in section 3, as wide as the text, with the date table under it."""
    from docx.shared import Mm

    proposal, _budget = exported
    document = Document(str(proposal))
    pictures = document.inline_shapes
    assert len(pictures) == 1
    assert abs(pictures[0].width - Mm(170)) < Mm(1)
    paragraphs = [p.text for p in document.paragraphs]
    heading = paragraphs.index("3. スケジュール")
    assert "赤い線は本書の日付" in paragraphs[heading + 1]


def test_the_gantt_picture_has_a_row_per_item_and_marks_today():
    from PySide6.QtGui import QImage

    from csp_desk.charts import gantt_png

    start = date(2026, 12, 1)
    rows = [("ロゴデザイン", start, start + timedelta(days=20)), ("LP制作", start + timedelta(days=10), None)]
    png = gantt_png(rows, start, start + timedelta(days=60), start + timedelta(days=5))
    image = QImage.fromData(png)
    assert image.width() == 1700 and image.height() > 2 * 54
    red = sum(1 for y in range(image.height()) for x in range(image.width())
              if image.pixelColor(x, y).name() == "#c0392b")  # fmt: skip
    assert red > 50  # the line of today (and its legend)


def test_the_budget_prints_its_chart_whole_says_its_tax_basis_and_what_the_months_leave_out(exported):
    """The review of the printed budget: the 課題別集計 chart inside the print area, the amounts'
    tax basis in the headers, headers broken before their bracket, the months' 支出 saying which
    fees it leaves out, and the schedule's date label next to its value with the legend apart."""
    from openpyxl.utils import column_index_from_string

    from csp_desk.reports.budget import ITEMS_SHEET, SUMMARY_SHEET
    from csp_desk.reports.xlsx import column_points

    _proposal, budget = exported
    wb = load_workbook(budget)
    summary = wb[SUMMARY_SHEET]
    (chart,) = summary._charts
    area = summary.print_area.split("!")[-1].replace("$", "")
    last_col = column_index_from_string("".join(c for c in area.split(":")[1] if c.isalpha()))
    widths = [summary.column_dimensions[chr(64 + c)].width for c in range(1, last_col + 1)]
    assert sum(column_points(w) for w in widths) >= chart.width / 2.54 * 72
    heads = [wb[ITEMS_SHEET].cell(row=4, column=c).value for c in range(1, 12)]
    assert "予算下限\n（税抜）" in heads and "予算上限\n（税抜）" in heads and "見積工数\n（時間）" in heads
    months = wb[MONTHS_SHEET]
    assert "料率を確認できていないシステム利用料は含めず" in months["A3"].value  # the demo's fee is unknown
    assert months["E4"].value == "支出 税込\n（下限）"
    schedule = wb[SCHEDULE_SHEET]
    assert schedule["A2"].value == "本書の日付：" and schedule["A2"].alignment.horizontal == "right"
    assert schedule["C2"].value is None
    legend = [schedule.cell(row=r, column=1).value for r in range(5, schedule.max_row + 1)]
    assert any(str(v).startswith("凡例：青＝作業期間") for v in legend)


def _ordered_items(db: Path, client: int) -> list[tuple[str, str, int | None]]:
    with sqlite3.connect(db) as connection:
        return connection.execute(
            "SELECT w.title, e.state, w.budget_max FROM work_item w JOIN problem p ON p.id = w.problem_id"
            " JOIN consultation c ON c.id = p.consultation_id JOIN engagement e ON e.work_item_id = w.id"
            " WHERE c.client_id = ? AND e.state NOT IN ('draft', 'cancelled') ORDER BY w.id",
            (client,),
        ).fetchall()


def test_work_already_ordered_is_shown_as_ordered_and_kept_out_of_the_planned_money(demo, exported):
    """A later proposal does not offer again what the client already ordered: each such work item
    is listed apart under its problem as 発注済み with its order's state and dates, and it is in no
    count, schedule or total of the proposal or the budget — the client approves only new spending."""
    from csp_desk.reports.japanese import state_ja

    proposal, budget = exported
    ordered = _ordered_items(demo, 1)
    assert len(ordered) == 3  # the demo's first client: a task paid, a project contracted, one rated
    doc = Document(str(proposal))
    text = _text(proposal)
    assert f"すでに発注済みの業務が{len(ordered)}件あります" in text
    assert f"※ すでに発注済みの業務（{len(ordered)}件）の費用は含めていません。" in text
    heads = ["業務", "発注形式", "発注日", "現在の状況"]
    tables = [t for t in doc.tables if [c.text for c in t.rows[0].cells] == heads]
    shown = {row.cells[0].text: row.cells[3].text for t in tables for row in t.rows[1:]}
    assert set(shown) == {title for title, _state, _high in ordered}
    for title, state, _high in ordered:
        assert shown[title].startswith(state_ja(state)) and "〜" in shown[title]
    # not among the planned: not in an item table, the schedule or the reasons
    planned = [t for t in doc.tables if t.rows[0].cells[0].text in ("No.", "業務")
               and [c.text for c in t.rows[0].cells] != heads]
    planned_titles = {c.text.lstrip("※") for t in planned for row in t.rows[1:] for c in row.cells[:2]}
    assert not planned_titles & set(shown)
    reasons = [p.text for p in doc.paragraphs if "形式）：" in p.text]
    assert reasons and not any(p.startswith(tuple(shown)) for p in reasons)
    assert f"ワーカーへの報酬（業務{len(_client_items(demo, 1))}件）" in text

    wb = load_workbook(budget)
    items = wb.active
    assert "発注済みの業務3件" in items["A3"].value
    listed = [items.cell(row=r, column=3).value for r in range(5, items.max_row + 1)]
    assert not set(listed) & set(shown)
    sheet = wb[ORDERED_SHEET]
    rows = [[sheet.cell(row=r, column=c).value for c in range(1, 7)] for r in range(5, sheet.max_row + 1)]
    assert {r[1] for r in rows} == set(shown)
    assert all(r[4] == state_ja(dict((t, s) for t, s, _ in ordered)[r[1]]) and r[3] and r[5] for r in rows)
    assert not any(isinstance(v, str) and v.startswith("=") for r in rows for v in r)  # in no formula


def _most_items_client(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return connection.execute(
            "SELECT c.client_id FROM work_item w JOIN problem p ON p.id = w.problem_id"
            " JOIN consultation c ON c.id = p.consultation_id GROUP BY c.client_id"
            " ORDER BY count(w.id) DESC, c.client_id LIMIT 1").fetchone()[0]  # fmt: skip


@pytest.fixture(scope="module")
def longest_budget(demo, tmp_path_factory):
    """The budget of the demo's client with the most work items (its table runs onto a second
    page), and its PDF as LibreOffice prints it."""
    out = tmp_path_factory.mktemp("longest")
    budget = out / "予算表.xlsx"
    client = _most_items_client(demo)
    assert run(["export", "budget", "--client", str(client), "--out", str(budget), "--db", str(demo)]) == 0
    return budget, to_pdf(budget, out)


def _pages_of(pdf: Path) -> list[str]:
    import subprocess

    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    return text.split("\f")


def test_the_budgets_rows_are_even_its_total_never_alone_and_its_early_starts_marked(longest_budget):
    """Every row of the items table as high as each line of the others (a row of one line was
    lower, its text touching the borders); the table's last page holds more than its last row and
    total (16 items printed 15 and then 1 with the total); each start date before the document's
    date marked where it is printed, the mark's legend on that page."""
    import re

    from csp_desk.reports.budget import COL_START, EARLY_FORMAT, HEADER_ROW, ITEMS_SHEET, LAST_PAGE_ROWS
    from csp_desk.reports.xlsx import LINE_HEIGHT

    budget, pdf = longest_budget
    ws = load_workbook(budget)[ITEMS_SHEET]
    total = next(r for r in range(HEADER_ROW + 1, ws.max_row + 1) if ws.cell(row=r, column=2).value == "合計")
    heights = [ws.row_dimensions[r].height for r in range(HEADER_ROW + 1, total + 1)]
    assert all(h and h % LINE_HEIGHT == 0 for h in heights), heights
    assert LINE_HEIGHT in heights  # rows of one line among them, set
    early = [r for r in range(HEADER_ROW + 1, total)
             if ws.cell(row=r, column=COL_START).number_format == EARLY_FORMAT]  # fmt: skip
    assert early  # the demo plans some work before the day it is printed
    for r in early:
        assert ws.cell(row=r, column=COL_START).value.date() < TODAY
    pages = [p for p in _pages_of(pdf) if p.strip() and p.strip().splitlines()[-1].endswith("予算表")]
    assert len(pages) == 2, [p[:200] for p in pages]  # the demo's longest table: two pages, not three
    item_line = re.compile(r"^\s*(\d+)\s+\S")
    last = [m.group(1) for line in pages[-1].splitlines() if (m := item_line.match(line))]
    assert len(last) + 1 >= LAST_PAGE_ROWS and "合計" in pages[-1], pages[-1]
    for page in pages:
        if re.search(r"※\s*20\d\d/\d\d/\d\d", page):
            assert "※印の開始予定は本書の日付" in page
    assert re.search(r"※\s*20\d\d/\d\d/\d\d", pages[0]), pages[0]


def test_the_total_says_which_fees_it_holds_known_unknown_or_some():
    """「費用の総額（手数料を含む）」 stood over a total of the rewards alone while the platform's
    rate was unknown: the label names what the figures contain in every case."""
    from csp_desk.reports.proposal import total_contents

    item = WorkItemDraft("a", budget_min=1_000, budget_max=3_000)
    known, unknown = FeeTerms("クラウドワークス", Decimal("0.05")), FeeTerms("ランサーズ")
    assert total_contents(costs([(item, unknown)], None)) == (
        "（ワーカーへの報酬のみ。システム利用料とプロデューサー報酬を含みません）")
    assert total_contents(costs([(item, known)], Decimal("0.1"))) == (
        "（ワーカーへの報酬・システム利用料・プロデューサー報酬を含む）")
    assert total_contents(costs([(item, known)], None)) == (
        "（ワーカーへの報酬・システム利用料を含み、プロデューサー報酬を含みません）")
    assert total_contents(costs([(item, known), (item, unknown)], Decimal("0.1"))) == (
        "（ワーカーへの報酬・料率を確認できたシステム利用料・プロデューサー報酬を含み、"
        "料率未確認のシステム利用料を含みません）")


def test_a_problem_without_work_is_not_shown_as_free_and_text_under_a_table_stands_apart(tmp_path):
    """The summary listed a problem whose work is not decided as 「0件 ¥0」; and the lines under a
    table (the total, a problem's rewards, the cost notes) touched its edge."""
    from csp_desk.domain.proposal import ClientSummary, ProblemBreakdown, ProducerProfile, ProposalData
    from csp_desk.reports.proposal import write_proposal

    items = (WorkItemDraft("ロゴ", OrderType.COMPETITION, budget_min=20_000, budget_max=50_000),)
    data = ProposalData(ClientSummary(1, "株式会社さくら食品"), ProducerProfile(name="森 さやか"), TODAY,
                        (ProblemBreakdown("広報・PR", TODAY, items), ProblemBreakdown("採用", TODAY)))
    doc = Document(str(write_proposal(data, tmp_path / "p.docx")))
    summary = doc.tables[0]
    rows = [[cell.text for cell in row.cells] for row in summary.rows]
    assert ["採用", "—", "業務は未定"] in rows and not any(r[0] == "採用" and "¥0" in r[2] for r in rows)
    under = [p for p in doc.paragraphs if p.text.startswith(("費用の総額の目安", "この課題の報酬の目安"))]
    assert len(under) == 2 and all(p.paragraph_format.space_before for p in under)
