"""A workshop's documents: the handouts in Word (worksheets, common handout, attendance sheet,
result sheets, the combined print file) and the organiser's summary workbook — opened in
LibreOffice, their numbers checked against the database, file names safe, a cancelled run
leaving nothing, hostile text kept as text, and the command line."""

import json
import os
import shutil
import subprocess
import sys
import time as clock
import zipfile
from datetime import date, datetime, time
from pathlib import Path

import pytest

from csp_desk.domain.order_types import LABELS_JA
from csp_desk.domain.orders import Orderer
from csp_desk.domain.workshop import ITEMS, Answers, Attendance, Intention, Phase, WorkshopDraft
from csp_desk.domain.workshop_documents import BAND_LABELS, budget_band
from csp_desk.reports.japanese import finding_ja
from csp_desk.reports.workshop import (
    ATTENDANCE_FILE,
    COMBINED_FILE,
    HANDOUT_FILE,
    WORKSHEETS_FILE,
    file_stem,
    unique_names,
    write_handouts,
)
from csp_desk.reports.workshop_summary import SHEETS, write_workshop_summary
from csp_desk.store import repo
from csp_desk.store import workshops as w
from csp_desk.store.db import open_store
from csp_desk.store.demo import DEMO_PRODUCER, fill_demo, fill_workshop
from csp_desk.store.errors import NotFound
from csp_desk.store.models import Client, Consultation, Problem, WorkItem
from csp_desk.store.workshop_documents import handout_data, summary_data
from tests.office import pdf_text, to_pdf

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 26)
FORBIDDEN = set('/\\:*?"<>|')


def _docx_text(path: Path) -> str:
    from docx import Document

    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(parts)


@pytest.fixture(scope="module")
def demo(tmp_path_factory, catalogue):
    """The demo database with its workshop of 20, the handouts and the summary written once."""
    folder = tmp_path_factory.mktemp("workshop-documents")
    store = open_store(folder / "demo.sqlite3")
    fill_demo(store, catalogue, clients=4, today=TODAY)
    wid = fill_workshop(store, catalogue, today=TODAY)
    with store.session() as session:
        handouts = handout_data(session, wid, catalogue, today=TODAY)
        summary = summary_data(session, wid, today=TODAY)
        figures = w.workshop_summary(session, wid)
    written = write_handouts(handouts, folder / "handouts")
    workbook = write_workshop_summary(summary, folder / "集計.xlsx")
    yield {"store": store, "wid": wid, "handouts": handouts, "summary": summary, "figures": figures,
           "written": written, "workbook": workbook, "folder": folder}  # fmt: skip
    store.close()


# --- the data ---------------------------------------------------------------------------------


def test_the_demo_workshop_records_work_items_and_a_few_posting_drafts(demo):
    data = demo["handouts"]
    came = [p for p in data.participants if p.attended]
    assert len(data.participants) == 20 and len(came) == 18
    assert all(1 <= len(p.items) <= 3 for p in came)
    assert all(not p.items and not p.problems for p in data.participants if not p.attended)
    assert all(line.draft.type_reason and line.draft.budget_max for p in came for line in p.items)
    drafted = [p for p in came if p.posting is not None]
    assert 3 <= len(drafted) <= 6
    assert any(p.posting.findings for p in drafted) and any(not p.posting.findings for p in drafted)
    assert data.producer == DEMO_PRODUCER
    assert len(data.catalogue) == 17 and data.plan.agenda


def test_the_demo_workshop_is_the_same_every_time_and_fills_fast(tmp_path, catalogue):
    def fill(name):
        store = open_store(tmp_path / name)
        fill_demo(store, catalogue, clients=4, today=TODAY)
        started = clock.perf_counter()
        wid = fill_workshop(store, catalogue, today=TODAY)
        elapsed = clock.perf_counter() - started
        with store.session() as session:
            data = handout_data(session, wid, catalogue, today=TODAY)
        store.close()
        return data, elapsed

    first, elapsed = fill("a.sqlite3")
    second, _ = fill("b.sqlite3")
    assert first.participants == second.participants
    assert elapsed < 1.0  # about 15 ms; the window's demo start waits for it


def test_an_unknown_workshop_is_not_found(store, catalogue):
    with store.session() as session, pytest.raises(NotFound):
        handout_data(session, 404, catalogue)
    with store.session() as session, pytest.raises(NotFound):
        summary_data(session, 404)


def test_budget_bands_go_by_the_upper_end():
    assert budget_band(None, None) == "未定"
    assert budget_band(10_000, 29_999) == BAND_LABELS[0]
    assert budget_band(10_000, 30_000) == BAND_LABELS[1]
    assert budget_band(50_000, None) == BAND_LABELS[1]
    assert budget_band(None, 300_000) == BAND_LABELS[3]


def test_findings_are_written_in_japanese_whatever_the_interface_language():
    from csp_desk.domain.orders import Order
    from csp_desk.domain.rules import check

    orderer = Orderer(name="株式会社テスト")
    order = Order(order_type="project", title="ロゴ", description="短い", orderer=orderer)
    findings = check(order, today=TODAY)
    texts = [finding_ja(f.message, f.basis, f.params) for f in findings]
    assert texts and all(text != f.message for (text, _basis), f in zip(texts, findings, strict=True))
    described = next(text for (text, _b), f in zip(texts, findings, strict=True) if f.rule == "POST-01")
    assert "2" in described and "100" in described  # the parameters are filled in
    assert all("ガイドライン" in basis or "法" in basis or "CrowdWorks" in basis for _t, basis in texts)


# --- the handouts -----------------------------------------------------------------------------


def test_every_handout_is_written_with_the_participants_names(demo):
    names = sorted(p.name for p in demo["written"])
    data = demo["handouts"]
    expected = {HANDOUT_FILE, ATTENDANCE_FILE, WORKSHEETS_FILE, COMBINED_FILE}
    expected |= {f"結果シート_{p.company}.docx" for p in data.participants if p.attended}
    assert set(names) == expected and len(names) == 4 + 18
    folder = demo["folder"] / "handouts"
    assert sorted(p.name for p in folder.iterdir()) == names  # no staging folder left
    absent = [p.company for p in data.participants if not p.attended]
    assert absent and not any(company in name for company in absent for name in names)


def test_the_combined_file_opens_in_libreoffice_with_every_part_and_page_numbers(demo, tmp_path):
    pdf = to_pdf(demo["folder"] / "handouts" / COMBINED_FILE, tmp_path)
    text = pdf_text(pdf)
    if not text:
        pytest.skip("pdftotext is not installed")
    data = demo["handouts"]
    for heading in ("クラウドソーシングの基本", "出席簿", "ワークシート", "結果シート", "お問い合わせ先"):
        assert heading in text
    pages = text.count("\f")
    assert pages >= 1 + 2 + 1 + 20 + 18
    assert f"- 1 / {pages}" in text.replace("\u00a0", " ") or f"1 / {pages}" in text
    for p in data.participants:
        assert p.company in text
    absent = [p for p in data.participants if not p.attended]
    for p in absent:
        assert f"なし（{'欠席'}）" in text and p.company in text

    # no label broken by the end of a line: the cover's title on one line (under the running
    # header's), the line under each part's title broken before 「会場：」, never inside the
    # venue, 「プロジェクト形式」 whole in every table; the cover dated as the day it was printed
    cover = text.split("\f")[0]
    assert sum(data.plan.title in line for line in cover.splitlines()) >= 2
    assert "印刷日：" in cover and "作成日" not in cover
    venue = data.plan.venue.replace(" ", "")
    assert venue
    said = [line.replace(" ", "") for line in text.splitlines() if "会場：" in line]
    assert said and all(f"会場：{venue}" in line for line in said)
    assert text.count("プロジェク") == text.count("プロジェクト") > 20

    # a result sheet without a posting draft is read on one page, its contact whole at its end
    # (it spilled its last lines onto a page of their own)
    from csp_desk.reports.workshop import _contact_compact

    last = _contact_compact(data.producer)[-1].replace(" ", "")
    sheets = text.split("\f")
    for p in data.participants:
        if p.posting is not None or not p.items:
            continue
        page = next((s for s in sheets if f"{p.company}御中" in s.replace(" ", "")), None)
        if page is not None:
            assert last in page.replace(" ", ""), p.company


def test_the_common_handout_cites_the_guideline_and_the_freelance_act(demo):
    text = _docx_text(demo["folder"] / "handouts" / HANDOUT_FILE)
    assert "自営型テレワークの適正な実施のためのガイドライン" in text
    assert "特定受託事業者に係る取引の適正化等に関する法律" in text and "令和5年法律第25号" in text
    for word in ("プロジェクト形式", "コンペ形式", "タスク形式", "仮払い", "依頼内容が明確でない",
                 "著作権の取り扱いが明確でない", "60日以内", "3年間保存", "プロデューサー"):  # fmt: skip
        assert word in text.replace("\n", ""), word  # a label broken between its words


def test_the_attendance_sheet_counts_equal_the_database(demo, tmp_path):
    from docx import Document

    figures = demo["figures"]
    path = demo["folder"] / "handouts" / ATTENDANCE_FILE
    (grid,) = Document(str(path)).tables
    marks = [row.cells[3].text.split()[0] if row.cells[3].text else "" for row in grid.rows[1:]]
    assert len(marks) == figures.participants == 20
    assert marks.count("出席") == figures.attendance[Attendance.PRESENT]
    assert marks.count("遅刻") == figures.attendance[Attendance.LATE]
    assert marks.count("欠席") == figures.attendance[Attendance.ABSENT]
    assert all(row.cells[4].text == "" for row in grid.rows[1:])  # the signature column is blank
    text = pdf_text(to_pdf(path, tmp_path))
    if text:
        assert f"出席 {figures.attendance[Attendance.PRESENT]}" in text.replace("　", " ")


def test_words_are_where_a_japanese_line_may_break():
    from csp_desk.reports.workshop import words

    assert words("はじめてのクラウドソーシング活用ワークショップ") == [
        "はじめての", "クラウドソーシング", "活用", "ワークショップ"]  # fmt: skip
    assert words("営業資料・提案書のデザイン") == ["営業資料・", "提案書の", "デザイン"]
    assert words("会社案内パンフレット（4〜8ページ）") == ["会社案内", "パンフレット", "（4〜8ページ）"]
    assert words("商工会議所 3階 大会議室") == ["商工会議所 ", "3階 ", "大会議室"]
    assert words("IT化・DX") == ["IT化・", "DX"]
    assert words("プロジェクト形式") == ["プロジェクト", "形式"]
    for text in ("大会議室", "12時間", "¥20,000〜¥50,000"):
        assert words(text) == [text]


def test_a_label_is_broken_between_its_words_and_phrases_first():
    from csp_desk.reports.workshop import fit_lines, text_pt, words

    first = "はじめてのクラウドソーシング活用ワークショップ　2026年7月3日（金）13:30〜"
    venue = "会場：商工会議所 3階 大会議室"
    assert fit_lines(f"{first}　{venue}", 480, 9).split("\n") == [first, venue]
    for text in ("営業資料・提案書のデザイン", "会社案内パンフレット（4〜8ページ）",
                 "③ 発注者と連絡が取れなくなってしまった"):  # fmt: skip
        for width in (60, 90, 120, 150):
            lines = fit_lines(text, width).split("\n")
            assert "".join(lines).replace(" ", "") == text.replace(" ", "")
            cuts = {len("".join(words(text)[:n])) for n in range(len(words(text)) + 1)}
            at = 0
            for part in lines:
                at = text.index(part, at) + len(part)
                assert at in cuts or text[at:at + 1] == " ", (text, width, lines)
                assert text_pt(part, 10.5) <= width or len(words(part)) == 1


def test_the_cover_title_fits_one_line_or_breaks_between_words():
    from csp_desk.reports.workshop import TITLE_SMALLEST_PT, title_size

    size, text = title_size("はじめてのクラウドソーシング活用ワークショップ", 480)
    assert TITLE_SMALLEST_PT <= size < 26 and "\n" not in text
    assert title_size("短い題名", 480) == (26, "短い題名")
    size, text = title_size("地域の中小企業のためのはじめてのクラウドソーシング活用ワークショップ", 480)
    assert size == TITLE_SMALLEST_PT
    assert text.split("\n") == ["地域の中小企業のためのはじめてのクラウドソーシング", "活用ワークショップ"]


def test_the_result_sheet_table_is_as_wide_as_its_longest_labels(demo):
    """「プロジェクト形式」 broke after ク in a 26 mm column: each column of short labels is as wide
    as its longest one; the work item takes the rest, broken only between words."""
    from docx import Document
    from docx.shared import Mm

    from csp_desk.reports.workshop import (
        CELL_PADDING_MM,
        MM_PER_PT,
        result_file_names,
        text_pt,
        words,
    )

    checked = 0
    for p, name in result_file_names(demo["handouts"]):
        if not p.items:
            continue
        grid = Document(str(demo["folder"] / "handouts" / name)).tables[0]
        widths = [column.width / Mm(1) for column in grid.columns]
        assert sum(widths) == pytest.approx(170, abs=1.5)
        for row, line in zip(grid.rows[1:], p.items, strict=True):
            for col in (1, 3, 4, 5):  # the problem, the order type, the effort, the budget
                for part in row.cells[col].text.split("\n"):  # a budget range broken after its 〜
                    assert text_pt(part, 10.5) * MM_PER_PT + CELL_PADDING_MM <= widths[col] + 0.01, part
            assert row.cells[3].text == LABELS_JA[line.draft.order_type]
            title = row.cells[2].text.split("\n")
            assert "".join(title) == line.draft.title
            pieces = words(line.draft.title)
            ends = {len("".join(pieces[:n])) for n in range(len(pieces) + 1)}
            assert all(len("".join(title[: n + 1])) in ends for n in range(len(title)))
            checked += 1
    assert checked > 10


def test_a_result_sheet_shows_the_participants_work_posting_and_checklist(demo):
    data = demo["handouts"]
    p = next(p for p in data.participants if p.posting is not None and p.posting.findings)
    text = _docx_text(demo["folder"] / "handouts" / f"結果シート_{p.company}.docx")
    for title in p.problems:
        assert title in text
    from csp_desk.domain.proposal_text import type_reason

    reasons = [type_reason(line.draft) for line in p.items]
    for line, reason in zip(p.items, reasons, strict=True):
        assert line.draft.title in text and reason in text
    if len({line.draft.order_type for line in p.items}) == len(p.items) > 1:
        assert len(set(reasons)) == len(reasons), "each item's reason is its own, as in the proposal"
    assert p.posting.body.splitlines()[0] in text
    first, basis = finding_ja(p.posting.findings[0].message, p.posting.findings[0].basis,
                              p.posting.findings[0].params)  # fmt: skip
    assert first in text and basis in text
    assert DEMO_PRODUCER.phone in text and DEMO_PRODUCER.email in text
    assert "次のステップ" in text


def test_the_worksheet_has_every_participant_and_the_catalogue_to_tick(demo):
    text = _docx_text(demo["folder"] / "handouts" / WORKSHEETS_FILE)
    data = demo["handouts"]
    for p in data.participants:
        assert f"{p.company}　様" in text
    for line in data.catalogue:
        assert text.count(line.title) >= len(data.participants)


# --- file names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ['a/b\\c:d*e?f"g<h>i|j', "  株式会社\tタブ\n改行  ", "CON", "nul.txt", "...", " ", "名" * 300,
     "末尾の点。. ."],
)
def test_file_names_are_safe_on_every_system(name):
    stem = file_stem(name, "参加者1")
    assert stem and not FORBIDDEN & set(stem)
    assert stem == stem.strip() and not stem.endswith(".")
    assert all(ord(c) >= 32 for c in stem) and len(stem) <= 60
    assert stem.split(".")[0].upper() not in ("CON", "PRN", "AUX", "NUL")


def test_two_participants_of_one_name_get_two_files():
    assert unique_names(["結果シート_A", "結果シート_a", "結果シート_A"], ".docx") == [
        "結果シート_A.docx", "結果シート_a_2.docx", "結果シート_A_3.docx",
    ]  # fmt: skip


# --- a workshop with hostile text ----------------------------------------------------------------

HOSTILE = '=HYPERLINK("http://example.invalid/?x","押してください")'


def _hostile_workshop(store) -> int:
    """Participants named like formulas, alike after sanitising, with control characters and
    10,000-character texts, as an imported client file could bring them."""
    day = datetime(2026, 11, 20, 13, 30)
    with store.session() as session:
        wid = w.create_workshop(session, WorkshopDraft(title="検証用 <b>ワークショップ</b>", starts_at=day,
                                                       capacity=3, agenda=("開会",)))  # fmt: skip
        names = [HOSTILE, "株式会社 A/B", "株式会社 A:B", "制御\x07文字\x00の会社"]
        for index, name in enumerate(names):
            client = Client(name=name, contact_person="担当\x0b者", notes="長" * 10_000, email="x@example.jp")
            session.add(client)
            session.flush()
            pid = w.add_participant(session, wid, client.id).participant_id
            w.set_attendance(session, pid, Attendance.PRESENT)
            w.set_follow_up(session, pid, True)
            w.record_answers(session, pid, Phase.BEFORE, Answers({"can_solve": 1}, Intention.NO))
            w.record_answers(session, pid, Phase.AFTER, Answers({"can_solve": 5}, Intention.YES))
            consultation = Consultation(client_id=client.id, held_on=day.date(), notes="メモ" * 5_000)
            session.add(consultation)
            session.flush()
            problem = Problem(consultation_id=consultation.id, title=f"課題{index}" + "題" * 400, position=0)
            session.add(problem)
            session.flush()
            item = WorkItem(problem_id=problem.id, title=HOSTILE, order_type="task",
                            type_reason="理由" * 5_000 + "\x01", minutes_per_item=5, quantity=100,
                            budget_min=10_000, budget_max=20_000)  # fmt: skip
            session.add(item)
            session.flush()
            if index == 0:
                order = repo.load_posting(session, item.id)
                from dataclasses import replace

                repo.save_posting(session, item.id, replace(order, description="説明" * 5_000))
    return wid


def test_hostile_text_stays_text_and_the_documents_still_open(store, catalogue, tmp_path):
    from openpyxl import load_workbook

    wid = _hostile_workshop(store)
    with store.session() as session:
        data = handout_data(session, wid, catalogue, today=TODAY)
        summary = summary_data(session, wid, today=TODAY)
    written = write_handouts(data, tmp_path / "out")
    names = [p.name for p in written]
    results = [n for n in names if n.startswith("結果シート_")]
    assert len(results) == 4 and len(set(n.casefold() for n in results)) == 4
    assert "結果シート_株式会社 A_B.docx" in names and "結果シート_株式会社 A_B_2.docx" in names
    assert all(not FORBIDDEN & set(n) for n in names)
    hostile = next(p for p in written if "HYPERLINK" in p.name)
    assert to_pdf(hostile, tmp_path).exists()

    book = write_workshop_summary(summary, tmp_path / "集計.xlsx")
    wb = load_workbook(book)
    cell = wb["出欠"]["B5"]
    assert cell.value == HOSTILE and cell.data_type == "s"
    formulas = [c.coordinate for ws in wb for row in ws.iter_rows() for c in row
                if c.data_type == "f"]  # fmt: skip
    assert formulas == []
    heights = [d.height for ws in wb for d in ws.row_dimensions.values() if d.height]
    assert heights and max(heights) <= 409  # Excel's highest row: a 10,000-character text is cut there
    assert to_pdf(book, tmp_path).exists()


# --- cancelling -------------------------------------------------------------------------------


@pytest.mark.parametrize("stop_at", [0, 1, 10, "last"])
def test_a_cancelled_run_leaves_no_file_and_keeps_the_old_ones(demo, tmp_path, stop_at):
    out = tmp_path / "out"
    out.mkdir()
    old = out / HANDOUT_FILE
    old.write_bytes(b"the handout printed last week")
    seen = []

    class Cancelled(Exception):
        pass

    def progress(done, total):
        seen.append((done, total))
        if done == (total if stop_at == "last" else stop_at):
            raise Cancelled

    with pytest.raises(Cancelled):
        write_handouts(demo["handouts"], out, progress)
    assert sorted(p.name for p in out.iterdir()) == [HANDOUT_FILE]
    assert old.read_bytes() == b"the handout printed last week"
    assert all(total == seen[0][1] for _done, total in seen)


def test_a_cancelled_run_into_a_new_folder_leaves_no_folder_behind(demo, tmp_path):
    class Cancelled(Exception):
        pass

    def progress(done, total):
        if done == 5:
            raise Cancelled

    with pytest.raises(Cancelled):
        write_handouts(demo["handouts"], tmp_path / "配布資料", progress)
    assert list(tmp_path.iterdir()) == []


def test_progress_runs_from_zero_to_the_total(demo, tmp_path):
    seen = []
    write_handouts(demo["handouts"], tmp_path / "out", lambda done, total: seen.append((done, total)))
    total = seen[0][1]
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [done for done, _t in seen] == sorted(done for done, _t in seen)


def test_a_cancelled_summary_leaves_no_workbook(demo, tmp_path):
    def stop(done, total):
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_workshop_summary(demo["summary"], tmp_path / "集計.xlsx", stop)
    assert list(tmp_path.iterdir()) == []


def test_an_empty_workshop_still_has_its_handouts_and_summary(store, catalogue, tmp_path):
    with store.session() as session:
        wid = w.create_workshop(session, WorkshopDraft(title="空の会", starts_at=datetime(2026, 12, 1, 10),
                                                       capacity=10))  # fmt: skip
        data = handout_data(session, wid, catalogue)
        summary = summary_data(session, wid)
    names = {p.name for p in write_handouts(data, tmp_path / "out")}
    assert names == {HANDOUT_FILE, ATTENDANCE_FILE, WORKSHEETS_FILE, COMBINED_FILE}
    assert write_workshop_summary(summary, tmp_path / "s.xlsx").exists()
    # as printed: a worksheet to copy with the name left to write, an attendance sheet with a line
    # for each seat, no 「結果シート（0社分）」; the summary's empty list on one page (its last column
    # was printed on a page of its own)
    from tests.office import to_pdfs

    combined, book = to_pdfs([tmp_path / "out" / COMBINED_FILE, tmp_path / "s.xlsx"], tmp_path / "pdf")
    text = pdf_text(combined)
    if not text:
        pytest.skip("pdftotext is not installed")
    assert "会社名：＿" in text and "0社分" not in text
    roll = next(page for page in text.split("\f") if "ご署名" in page)
    numbers = [line.split()[0] for line in roll.splitlines() if line.split()]
    assert [n for n in numbers if n.isdigit()][:10] == [str(n) for n in range(1, 11)]
    book_text = pdf_text(book)
    assert "参加登録はまだありません" in book_text and "経営課題は記録されていません" in book_text
    footers = [page.strip().splitlines()[-1] for page in book_text.split("\f") if page.strip()]
    assert sum(footer.endswith("業務の一覧") for footer in footers) == 1  # the sheet's name in its footer


# --- the summary workbook -----------------------------------------------------------------------


def _rows(ws, first, width):
    out = []
    for row in ws.iter_rows(min_row=first, max_col=width, values_only=True):
        if row[0] is None:
            break
        out.append(row)
    return out


def test_the_summary_workbook_numbers_equal_the_database(demo):
    from openpyxl import load_workbook

    figures = demo["figures"]
    wb = load_workbook(demo["workbook"])
    assert wb.sheetnames == list(SHEETS)

    rows = wb["概要"].iter_rows(min_row=3, max_col=2, values_only=True)
    overview = {row[0]: row[1] for row in rows if row[0]}
    assert overview["実施日"] == datetime(2026, 6, 29)  # a date, not text
    assert overview["参加登録（社）"] == figures.participants == 20
    assert overview["出席（社）"] == figures.attendance[Attendance.PRESENT]
    assert overview["遅刻（社）"] == figures.attendance[Attendance.LATE]
    assert overview["欠席（社）"] == figures.attendance[Attendance.ABSENT]
    assert overview["個別相談の希望（社）"] == figures.follow_ups
    assert overview["「発注を検討したい」はい の割合（事前）"] == figures.ordering_before

    attendance = _rows(wb["出欠"], 5, 10)
    assert len(attendance) == 20
    assert sum(r[5] == "出席" for r in attendance) == figures.attendance[Attendance.PRESENT]
    assert all(isinstance(r[0], int) and isinstance(r[8], int) for r in attendance)

    problems = _rows(wb["課題"], 5, 4)
    assert [(r[1], r[2]) for r in problems] == figures.problems

    questionnaire = _rows(wb["アンケート"], 5, 6)[: len(ITEMS) + 1]
    for row, item in zip(questionnaire, figures.items, strict=False):
        assert row[0] == item.item.text_ja
        # the same means, to the last digit a worksheet keeps (15 significant digits)
        assert row[1] == pytest.approx(item.before, rel=1e-14)
        assert row[2] == pytest.approx(item.after, rel=1e-14)
        assert (row[4], row[5]) == (item.answered_before, item.answered_after)
        assert row[3] == pytest.approx(item.change, rel=1e-14)
    ordering = questionnaire[len(ITEMS)]
    assert (ordering[1], ordering[2]) == (figures.ordering_before, figures.ordering_after)
    # the change of a share in percentage points (「+45.5%」 read as a relative change)
    assert ordering[3] == pytest.approx((figures.ordering_after - figures.ordering_before) * 100)
    assert "ポイント" in wb["アンケート"].cell(row=5 + len(ITEMS), column=4).number_format

    work = _rows(wb["業務"], 5, len(BAND_LABELS) + 2)
    total_row = next(r for r in work if r[0] == "合計")
    items = sum(len(p.items) for p in demo["summary"].participants)
    assert total_row[-1] == items > 0

    follow = _rows(wb["フォローアップ"], 5, 7)
    assert len(follow) == figures.follow_ups
    assert all(r[4] for r in follow)  # with the contact to call back


def _width_of(ws, row, col):
    """The width in characters of the cell at (row, col), or of the merged range it starts."""
    from openpyxl.utils import get_column_letter

    last = col
    for merged in ws.merged_cells.ranges:
        if merged.min_row == row and merged.min_col == col:
            last = merged.max_col
    return sum(ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in range(col, last + 1))


def _print_columns(ws):
    import re

    from openpyxl.utils import column_index_from_string

    area = ws.print_area if isinstance(ws.print_area, str) else ws.print_area[0]
    match = re.search(r"\$?([A-Z]+)\$?\d+:\$?([A-Z]+)\$?(\d+)$", area)
    return column_index_from_string(match.group(2)), int(match.group(3))


def test_no_text_of_the_summary_runs_past_the_print_area(demo):
    """A footnote under a narrow table once ran past column D, out of the printed page: every
    text that does not wrap ends inside the print area, and every row is inside it."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    from csp_desk.reports.workshop_summary import units

    wb = load_workbook(demo["workbook"])
    for ws in wb.worksheets:
        assert ws.print_options.horizontalCentered, ws.title  # one page wide (xlsx.print_setup)
        last_col, last_row = _print_columns(ws)
        for row in ws.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str) or not cell.value:
                    continue
                assert cell.row <= last_row and cell.column <= last_col, (ws.title, cell.coordinate)
                room = sum(ws.column_dimensions[get_column_letter(c)].width or 8.43
                           for c in range(cell.column, last_col + 1))  # fmt: skip
                if cell.alignment.wrap_text:
                    assert _width_of(ws, cell.row, cell.column) <= room
                    continue
                assert units(cell.value) <= room, (ws.title, cell.coordinate, cell.value)


def test_the_list_of_work_items_is_a_sheet_whose_header_repeats_on_every_page(demo):
    from openpyxl import load_workbook

    wb = load_workbook(demo["workbook"])
    listing = wb["業務の一覧"]
    assert listing.print_title_rows == "$4:$4"
    assert [c.value for c in listing[4]][:4] == ["会社名", "経営課題", "業務", "発注形式"]
    items = sum(len(p.items) for p in demo["summary"].participants)
    assert len(_rows(listing, 5, 9)) == items
    # the cross-tab's sheet holds only the cross-tab: its columns are its own
    assert wb["業務"].max_row <= 5 + 3 + 2
    # each item's own reason for its order type (as the result sheet and the proposal give it), not
    # the pre-filled sentence of its order type repeated down the column
    from csp_desk.domain.proposal_text import type_reason

    heads = [c.value for c in listing[4]]
    column = heads.index("その形式を選んだ理由") + 1
    reasons = [listing.cell(row=r, column=column).value for r in range(5, 5 + items)]
    drafts = [line.draft for p in demo["summary"].participants for line in p.items]
    assert reasons == [type_reason(d) for d in drafts]
    assert len(set(reasons)) > len({d.order_type for d in drafts})


def test_no_header_or_label_of_the_summary_breaks_inside_a_word(demo):
    """Headers are broken only where written (「10万円〜」「30万円未満」, a question over 事前・事後):
    every line of a header fits its column (or merged columns), none is a lone bracket, and the
    list's short labels (会社名, 発注形式, 予算帯) fit on one line."""
    from openpyxl import load_workbook

    from csp_desk.reports.xlsx import wrapped_lines

    wb = load_workbook(demo["workbook"])
    headers = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.fill.fgColor.rgb not in ("00D9E2F3", "FFD9E2F3") or not isinstance(cell.value, str):
                    continue
                headers += 1
                for line in cell.value.split("\n"):
                    assert wrapped_lines(line, _width_of(ws, cell.row, cell.column)) == 1, (ws.title, line)
                    assert line.strip() not in {")", "）", "(", "（", "」", "]"}, (ws.title, cell.value)
                    assert not line.startswith(("）", ")", "」", "、", "。")), (ws.title, cell.value)
    assert headers > 40
    listing = wb["業務の一覧"]
    for values in listing.iter_rows(min_row=5, values_only=True):
        for col in (0, 3, 8):
            assert wrapped_lines(values[col], _width_of(listing, 4, col + 1)) == 1, values[col]


def test_a_wrapped_row_of_the_summary_has_room_for_each_line(demo):
    """At 15 points a line, the second line of a reason sat on the row's border in LibreOffice."""
    from openpyxl import load_workbook

    from csp_desk.reports.xlsx import wrapped_lines

    listing = load_workbook(demo["workbook"])["業務の一覧"]
    checked = 0
    for row in range(5, listing.max_row + 1):
        reason = listing.cell(row=row, column=5).value
        lines = wrapped_lines(reason or "", _width_of(listing, 4, 5))
        if lines > 1:
            checked += 1
            assert listing.row_dimensions[row].height >= 17 * lines
    assert checked


def test_the_programme_numbers_stand_beside_their_lines(demo):
    from openpyxl import load_workbook

    overview = load_workbook(demo["workbook"])["概要"]
    lines = [overview.cell(row=r, column=2).value for r in range(1, overview.max_row + 1)]
    agenda = demo["summary"].plan.agenda
    assert agenda and all(f"{n}．{line}" in lines for n, line in enumerate(agenda, start=1))


def test_the_summary_has_a_bar_chart_of_the_questionnaire_before_and_after(demo):
    with zipfile.ZipFile(demo["workbook"]) as book:
        charts = [n for n in book.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 1
        xml = book.read(charts[0]).decode("utf-8")
    xml = xml.replace("<c:", "<").replace("'", "")
    assert "<barChart>" in xml and xml.count("<ser>") == 2
    assert "アンケート!$B$5:$B$7" in xml and "アンケート!$C$5:$C$7" in xml  # before and after, per item


def test_the_questionnaire_charts_items_read_whole_under_their_columns(demo, tmp_path):
    """The column chart broke its long item labels under narrow columns (「…解決できそう／だ」);
    bars across had their legend listed backwards by LibreOffice. The columns' labels are now
    broken between phrases by the writer: in LibreOffice's PDF each of their lines is printed whole
    on the questionnaire's page (tests/test_breaks_as_read.py: the legend's order)."""
    from csp_desk.reports.workshop_summary import PLOT_CM
    from csp_desk.reports.xlsx import chart_label_lines

    with zipfile.ZipFile(demo["workbook"]) as book:
        (name,) = [n for n in book.namelist() if n.startswith("xl/charts/chart")]
        xml = book.read(name).decode("utf-8").replace("<c:", "<")
    assert '<barDir val="col"/>' in xml
    pages = pdf_text(to_pdf(demo["workbook"], tmp_path)).split("\f")
    page = next((p for p in pages if "アンケート（事前・事後）" in p), "")
    if not page:
        return
    labels = chart_label_lines([item.item.text_ja for item in demo["summary"].summary.items], PLOT_CM)
    for label in labels:
        for line in label.split("\n"):
            assert line in page, line


def test_the_summary_opens_in_libreoffice(demo, tmp_path):
    text = pdf_text(to_pdf(demo["workbook"], tmp_path))
    if text:
        assert "ワークショップ実施概要" in text and "アンケート" in text
        assert demo["handouts"].participants[0].company in text


# --- the command line ---------------------------------------------------------------------------


def csp_desk(tmp_path, *args, unprivileged=False):
    """The command in a process of its own; `unprivileged`: with file permissions enforced even as
    root (the capabilities that bypass them dropped), as tests/test_opening_problems.py does."""
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_STATE_HOME": str(tmp_path / "state")}  # fmt: skip
    command = [sys.executable, "-m", "csp_desk", *map(str, args)]
    if unprivileged and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        assert setpriv, "setpriv (util-linux) is needed to test permissions as root"
        command = [setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--", *command]
    return subprocess.run(
        command,
        capture_output=True, text=True, cwd=ROOT, timeout=180, env=env,
    )  # fmt: skip


def test_the_command_line_exports_the_handouts_and_the_summary(demo, tmp_path):
    db, wid = demo["folder"] / "demo.sqlite3", demo["wid"]
    out = tmp_path / "新しい/フォルダー"
    done = csp_desk(tmp_path, "export", "handouts", "--workshop", wid, "--out", out, "--db", db)
    assert done.returncode == 0, done.stderr
    assert "22" in done.stdout and str(out) in done.stdout
    assert len(list(out.glob("*.docx"))) == 22
    book = tmp_path / "集計.xlsx"
    done = csp_desk(tmp_path, "export", "workshop-summary", "--workshop", wid, "--out", book, "--db", db)
    assert done.returncode == 0, done.stderr
    assert book.exists() and str(book) in done.stdout


def test_the_command_line_refuses_what_it_cannot_do_with_a_message(demo, tmp_path):
    db, wid = demo["folder"] / "demo.sqlite3", demo["wid"]
    unknown = csp_desk(tmp_path, "export", "handouts", "--workshop", 404, "--out", tmp_path / "x",
                       "--db", db)  # fmt: skip
    assert unknown.returncode == 1 and "404" in unknown.stderr and not (tmp_path / "x").exists()
    a_file = tmp_path / "file.txt"
    a_file.write_text("keep")
    into_file = csp_desk(tmp_path, "export", "handouts", "--workshop", wid, "--out", a_file, "--db", db)
    assert into_file.returncode == 1 and str(a_file) in into_file.stderr
    assert a_file.read_text() == "keep"
    missing = csp_desk(tmp_path, "export", "workshop-summary", "--out", tmp_path / "s.xlsx", "--db", db)
    assert missing.returncode == 2 and "--workshop" in missing.stderr
    folder = csp_desk(tmp_path, "export", "workshop-summary", "--workshop", wid, "--out", tmp_path,
                      "--db", db)  # fmt: skip
    assert folder.returncode == 1 and str(tmp_path) in folder.stderr
    none = csp_desk(tmp_path, "export", "workshop-summary", "--workshop", 404, "--out", tmp_path / "s.xlsx",
                    "--db", db)  # fmt: skip
    assert none.returncode == 1 and "404" in none.stderr and not (tmp_path / "s.xlsx").exists()


@pytest.mark.skipif(os.name != "posix", reason="folder permissions")
def test_a_folder_that_cannot_be_written_is_said(demo, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        done = csp_desk(tmp_path, "export", "handouts", "--workshop", demo["wid"], "--out", locked,
                        "--db", demo["folder"] / "demo.sqlite3", unprivileged=True)  # fmt: skip
        assert done.returncode == 1 and str(locked) in done.stderr
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_the_json_listing_finds_the_workshop_to_export(demo, tmp_path):
    listed = csp_desk(tmp_path, "list", "workshops", "--db", demo["folder"] / "demo.sqlite3", "--json")
    assert [row["id"] for row in json.loads(listed.stdout)] == [demo["wid"]]


def test_the_participant_records_and_the_documents_agree_on_time(demo):
    late = [p for p in demo["summary"].participants if p.attendance is Attendance.LATE]
    assert late and all(isinstance(p.late_at, time) for p in late)


def test_work_recorded_without_the_roll_call_still_gets_its_result_sheet(store, catalogue, tmp_path):
    from csp_desk.domain.breakdown import WorkItemDraft
    from csp_desk.domain.client import ClientDraft
    from csp_desk.domain.order_types import OrderType
    from csp_desk.store import repo
    from csp_desk.store.workshop_documents import handout_data

    with store.session() as session:
        plan = WorkshopDraft(title="点呼を忘れた会", starts_at=datetime(2026, 12, 1, 10), capacity=5)
        wid = w.create_workshop(session, plan)
        worked = repo.save_client(session, ClientDraft(name="あおば商店"))
        idle = repo.save_client(session, ClientDraft(name="しおかぜ工房"))
        pid = w.add_participants(session, wid, [worked, idle]).participant_ids[0]
        day = w.workshop_consultation(session, pid)
        repo.add_problem(session, day, "人手不足", items=[WorkItemDraft("データ入力", OrderType.TASK)])
        data = handout_data(session, wid, catalogue)
    written = {p.name for p in write_handouts(data, tmp_path / "out")}
    assert "結果シート_あおば商店.docx" in written  # attendance never taken, work recorded
    assert "結果シート_しおかぜ工房.docx" not in written  # nothing recorded: no sheet
