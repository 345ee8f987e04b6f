"""A facilitator's whole workshop, clicks and typing only, on an empty database: the plan typed,
participants imported from the organiser's list and one registered by hand, attendance taken, the
questionnaire before, two participants' work recorded (problems, breakdown, one draft posting),
the projector view opened and left again, the questionnaire after, a follow-up asked for, and
the handouts and the organiser's summary exported and read back."""

from __future__ import annotations

import shiboken6
from docx import Document
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from csp_desk.store import workshops as w
from tests.clicks import (
    answer_input,
    choose_file,
    choose_in_combo,
    click,
    click_row,
    fill,
    open_page,
    open_tab,
    press,
    row_where,
    settle,
    type_into,
)
from tests.test_journeys import _choose_item, desk_window  # noqa: F401  (the window on an empty database)

TITLE = "はじめてのクラウドソーシング体験会"
ARRIVING = ["株式会社あさひ製菓", "有限会社みどり工務店", "合同会社そよかぜ", "株式会社やまなみ旅館"]


def _digits(digits: str):  # type: ignore[no-untyped-def]
    """A paper questionnaire typed as digits and Enter (1–5 per item, 1–3 for ordering)."""

    def handler(dialog) -> None:  # type: ignore[no-untyped-def]
        for digit in digits:
            QTest.keyClick(QApplication.focusWidget() or dialog, digit)
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)

    return handler


def _participant(page, name: str) -> None:  # type: ignore[no-untyped-def]
    click_row(page.ui.participants, row_where(page.ui.participants, lambda texts: texts[0] == name))


def _record_work(window, page, name: str, problem: str, item: str, modals, posting: str = "") -> None:  # type: ignore[no-untyped-def]
    """From the participants' list to the participant's consultation of the day: a problem from the
    catalogue, its breakdown as proposed, and (when given) a draft posting saved."""
    open_page(window, 6)
    open_tab(page.ui.tabs, "参加者・出欠")
    _participant(page, name)
    click(page.ui.recordWork)
    assert window.ui.pages.currentIndex() == 1 and window.desk.client_name == name
    consultations = window.consultations_page
    choose_in_combo(consultations.ui.catalogueProblems, problem)
    click(consultations.ui.addFromCatalogue)
    assert problem in [r.title for r in consultations.problems._rows]
    breakdown = _choose_item(window, item)
    if posting:

        def draft(dialog) -> None:  # type: ignore[no-untyped-def]
            open_tab(dialog.ui.tabs, "仕事の内容")
            type_into(dialog.ui.description, posting)
            click(dialog.ui.save)
            click(dialog.ui.close)

        modals.expect(draft)
        click(breakdown.ui.editPosting)
        assert modals.pending == 0


def test_a_facilitator_runs_a_workshop_from_the_plan_to_the_organisers_summary(
    qtbot, desk_window, modals, tmp_path  # noqa: F811
):
    window = desk_window
    modals.expect(fill({"name": "森 さやか", "organisation": "もり経営サポート", "email": "mori@example.jp"}))
    window.ui.actionProfile.trigger()

    # the plan
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    page = window.workshops_page
    assert window.ui.pages.currentWidget() is page
    click(page.ui.newWorkshop)
    type_into(page.ui.title, TITLE)
    type_into(page.ui.startsAt, "2026/12/10")
    type_into(page.ui.startTime, "13:30")
    type_into(page.ui.venue, "市民会館 第1会議室")
    type_into(page.ui.organiser, "○○商工会議所")
    type_into(page.ui.facilitator, "森 さやか")
    type_into(page.ui.capacity, "20")
    type_into(page.ui.agenda, "開会・趣旨説明\nクラウドソーシングの基本\nワーク：課題を選ぶ\nワーク：募集文")
    click(page.ui.save)
    assert page.ui.editorTitle.text() == TITLE

    # participants: the organiser's list, and one who registered at the door
    listing = tmp_path / "申込名簿.csv"
    listing.write_text(
        "会社名,担当者,メールアドレス\n"
        + "".join(f"{n},担当 {i},p{i}@example.jp\n" for i, n in enumerate(ARRIVING[:3])),
        encoding="utf-8-sig",
    )
    open_tab(page.ui.tabs, "参加者・出欠")
    modals.expect(choose_file(listing))
    click(page.ui.importList)
    assert "3" in window.statusBar().currentMessage()  # nothing noteworthy: said in the status bar
    modals.expect(fill({"name": ARRIVING[3], "contactPerson": "山並 太郎"}))
    click(page.ui.registerNew)
    assert sorted(line.client_name for line in page.participants.rows()) == sorted(ARRIVING)

    # attendance on the day: three in the room (one late), one absent
    for name in ARRIVING[:2]:
        _participant(page, name)
        click(page.ui.markPresent)
    _participant(page, ARRIVING[2])
    modals.expect(answer_input("13:50"))
    click(page.ui.markLate)
    _participant(page, ARRIVING[3])
    click(page.ui.markAbsent)
    assert "出席 3／申込 4（遅刻 1・欠席 1）" in page.ui.status.text()

    # the questionnaire before, sheet after sheet: digits and Enter go on to the next one in the
    # list, past the absent one
    came = [line.client_name for line in page.participants.rows() if line.client_name != ARRIVING[3]]
    before = {ARRIVING[0]: "2151", ARRIVING[1]: "1242", ARRIVING[2]: "3332"}
    _participant(page, came[0])
    modals.expect(*(_digits(before[name]) for name in came))
    click(page.ui.answersBefore)
    assert modals.pending == 0
    assert "アンケート 事前 3" in page.ui.status.text()

    # two participants' work
    description = (
        "自社の焼き菓子の新しいロゴを募集します。やさしい雰囲気で、包装紙と看板に使える案を"
        "お願いします。ご提案は複数歓迎です。採用案の著作権は報酬のお支払いで移転します。"
    ) * 2
    _record_work(window, page, ARRIVING[0], "広報・PR", "ロゴデザイン", modals, posting=description)
    _record_work(window, page, ARRIVING[1], "集客", "SEO記事の作成（3,000字×5本）", modals)

    # the projector: a volunteer's work on the wall without its name, then back to the controls
    open_page(window, 6)
    click(page.ui.showProjector)
    from csp_desk.gui.projector import ProjectorPanel

    panels = [p for p in window.findChildren(ProjectorPanel) if p.isVisible()]
    assert len(panels) == 1
    panel = panels[0]
    assert panel.projector.heading.text() == TITLE
    choose_in_combo(panel.volunteer, ARRIVING[0])
    settle(lambda: any("参加企業A" in panel.slide_names.index(r, 0).data() or ""
                       for r in range(panel.slide_names.rowCount())), 2000)  # fmt: skip
    for _ in range(panel.slide_names.rowCount()):
        QTest.keyClick(panel.projector, Qt.Key.Key_PageDown)
        shown = "\n".join(panel.projector.visible_texts())
        assert ARRIVING[0] not in shown and "担当 0" not in shown
    assert "ロゴデザイン" in "\n".join(
        panel.slide_names.index(r, 0).data() for r in range(panel.slide_names.rowCount())
    )
    projector = panel.projector
    click(panel.end)
    settle(lambda: not [p for p in window.findChildren(ProjectorPanel) if p.isVisible()])
    assert not shiboken6.isValid(projector) or not projector.isVisible()
    assert window.ui.pages.currentWidget() is page

    # the questionnaire after, and a follow-up asked for
    after = {ARRIVING[0]: "5413", ARRIVING[1]: "4522", ARRIVING[2]: "4423"}
    _participant(page, came[0])
    modals.expect(*(_digits(after[name]) for name in came))
    click(page.ui.answersAfter)
    assert modals.pending == 0
    _participant(page, ARRIVING[0])
    click(page.ui.followUp)
    assert "事後 3" in page.ui.status.text() and "個別相談希望 1" in page.ui.status.text()

    # the handouts and the organiser's summary
    modals.expect(choose_file(tmp_path), press("OK"))
    click(page.ui.exportHandouts)
    settle(lambda: window._job is None)
    folder = next(p for p in tmp_path.iterdir() if p.is_dir() and p.name.startswith("配布資料_"))
    names = sorted(p.name for p in folder.iterdir())
    assert [n for n in names if n.startswith("結果シート_")] == sorted(
        f"結果シート_{n}.docx" for n in ARRIVING[:3]
    )  # who came
    result = Document(folder / f"結果シート_{ARRIVING[0]}.docx")
    text = "\n".join(p.text for p in result.paragraphs)
    text += "\n".join(c.text for t in result.tables for r in t.rows for c in r.cells)
    assert "広報・PR" in text and "ロゴデザイン" in text and "森 さやか" in text
    assert "焼き菓子の新しいロゴ" in text  # the draft posting

    modals.expect(choose_file(tmp_path / "集計.xlsx"))
    click(page.ui.exportSummary)
    settle(lambda: window._job is None)
    book = load_workbook(tmp_path / "集計.xlsx")
    values = [c.value for ws in (book["概要"],) for row in ws.iter_rows() for c in row]
    assert TITLE in values
    with window.desk.store.session() as session:
        workshop = w.list_workshops(session)[0].id
        summary = w.workshop_summary(session, workshop)
    assert summary.attended == 3 and summary.follow_ups == 1
    sheet = book["アンケート"]
    means = {row[0].value: (row[1].value, row[2].value) for row in sheet.iter_rows(min_row=5, max_row=7)}
    assert len(summary.items) == 3
    for item in summary.items:  # 「クラウドソーシングで自社の課題を解決できそうだ」 2.0 → 4.33 …
        before, after = means[item.item.text_ja]
        assert abs(before - item.before) < 1e-9 and abs(after - item.after) < 1e-9
    assert means["クラウドソーシングで自社の課題を解決できそうだ"] == (2, 13 / 3)
