"""The projector view of a workshop: the privacy rule (what the room may read), the slides in
order, and the window driven as a facilitator does — View ▸ プロジェクター表示, keys of a
presenter's clicker, a volunteer chosen, names and amounts shown only when ticked."""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest

from csp_desk.domain.projector import (
    Disclosure,
    SlideKey,
    SlideKind,
    budget_band,
    letter,
    name_variants,
    projected,
    slide_keys,
)
from tests.clicks import choose_in_combo, click, click_row, press, settle

YEN = re.compile(r"\d[\d,]*\s*(?:万|千)?\s*円|[¥￥]\s*\d")

HIDDEN = Disclosure(
    own=("株式会社山田製作所", "やまだせいさくしょ", "山田太郎", "03-1234-5678", "taro@yamada.example.jp"),
    others=("有限会社鈴木商店", "合同会社佐藤デザイン"),
)


# --- the privacy rule ----------------------------------------------------------------------------


def test_the_volunteers_company_becomes_its_label_with_or_without_its_legal_form():
    text = "株式会社山田製作所の新商品。山田製作所のロゴを作る。担当は山田太郎。"
    shown = projected(text, HIDDEN)
    assert "山田" not in shown
    assert shown.count("参加企業A") == 3


def test_other_participants_names_are_never_shown_by_default():
    shown = projected("鈴木商店さんや佐藤デザインさんと同じく", HIDDEN)
    assert "鈴木" not in shown and "佐藤" not in shown
    assert "他の参加企業" in shown


@pytest.mark.parametrize(
    "money",
    [
        "30,000円",
        "30,000〜50,000円",
        "¥30,000",
        "￥ 12,000",
        "3万円",
        "1万5千円",
        "３０，０００円",
        "5,000 円",
    ],
)
def test_amounts_of_yen_are_hidden_by_default(money):
    shown = projected(f"報酬は{money}です", HIDDEN)
    assert not YEN.search(shown), shown
    assert "（金額非表示）" in shown


def test_contacts_are_hidden_by_default():
    shown = projected("連絡先 03-1234-5678、090-9876-5432、taro@yamada.example.jp、other@example.com", HIDDEN)
    assert not re.search(r"\d{3,}", shown) and "@" not in shown, shown


def test_dates_hours_and_counts_stay():
    text = "納期 2026/12/10、作業 20時間、1000件、4〜8ページ"
    assert projected(text, HIDDEN) == text


def test_everything_is_shown_once_the_facilitator_turns_it_on():
    text = "株式会社山田製作所（03-1234-5678）報酬30,000円、鈴木商店と比べて"
    assert projected(text, replace(HIDDEN, reveal=True)) == text


def test_budget_bands_are_hidden_unless_revealed():
    assert budget_band(30_000, 50_000, HIDDEN) == "（金額非表示）"
    assert budget_band(30_000, 50_000, replace(HIDDEN, reveal=True)) == "30,000〜50,000円"
    assert budget_band(40_000, None, replace(HIDDEN, reveal=True)) == "40,000円"
    assert budget_band(None, None, HIDDEN) == ""


def test_a_long_run_of_digits_is_read_at_once():
    started = time.perf_counter()
    projected("1" * 20_000 + "x" + "2," * 5_000, HIDDEN)
    assert time.perf_counter() - started < 1.0


def test_names_are_compared_as_written_in_full_or_half_width():
    assert name_variants("株式会社ＡＢＣ商事") == ["株式会社ABC商事", "ABC商事"]
    assert "ABC" not in projected("ＡＢＣ商事の件", Disclosure(own=("株式会社ＡＢＣ商事",)))


def test_volunteers_are_lettered_in_the_order_shown():
    assert [letter(n) for n in (1, 2, 26, 27, 28)] == ["A", "B", "Z", "AA", "AB"]


def test_slides_run_title_agenda_then_the_volunteers_work():
    assert slide_keys(2) == [
        SlideKey(SlideKind.TITLE),
        SlideKey(SlideKind.AGENDA, 0),
        SlideKey(SlideKind.AGENDA, 1),
    ]
    keys = slide_keys(1, [2, 0])
    assert [k.kind for k in keys] == [
        SlideKind.TITLE, SlideKind.AGENDA, SlideKind.PROBLEMS,
        SlideKind.BREAKDOWN, SlideKind.BREAKDOWN, SlideKind.BREAKDOWN,  # problem 1: overview + 2 items
        SlideKind.BREAKDOWN,  # problem 2: overview only
        SlideKind.POSTING, SlideKind.CHECKLIST,
    ]  # fmt: skip
    assert keys[4] == SlideKey(SlideKind.BREAKDOWN, 0, 0)
    assert [k.kind for k in slide_keys(0, [])].count(SlideKind.BREAKDOWN) == 1


def test_the_rule_knows_no_screen():
    import subprocess
    import sys

    code = "import sys, csp_desk.domain.projector, csp_desk.store.projector; print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# --- the window ------------------------------------------------------------------------------------


def _panel(window):
    from csp_desk.gui.projector import ProjectorPanel

    panels = [p for p in window.findChildren(ProjectorPanel) if p.isVisible()]
    assert len(panels) == 1, panels
    return panels[0]


def _volunteer_with_work(window):
    """A participant who recorded a breakdown and a posting draft at the workshop, naming its
    company, contacts and money in what it typed."""
    from csp_desk.domain.breakdown import WorkItemDraft
    from csp_desk.domain.order_types import OrderType
    from csp_desk.domain.orders import Reward
    from csp_desk.store import repo
    from csp_desk.store.models import Consultation
    from csp_desk.store.workshops import list_participants, list_workshops

    store, catalogue = window.desk.store, window.desk.catalogue
    with store.session() as session:
        workshop = list_workshops(session)[0]
        people = list_participants(session, workshop.id)
        chosen = next(p for p in people if p.attendance.value == "present")
        held = session.query(Consultation).filter_by(client_id=chosen.client_id).order_by(Consultation.id)
        consultation = next(c for c in held if c.held_on == workshop.starts_at.date())
        company = chosen.client_name
        items = [
            WorkItemDraft(
                "新商品のロゴ", OrderType.COMPETITION, f"{company}の社長が複数案から選びたいため",
                budget_min=30_000, budget_max=50_000,
            ),
            WorkItemDraft("商品説明文の作成", OrderType.TASK, "", minutes_per_item=30, quantity=20,
                          budget_min=10_000, budget_max=20_000),
        ]  # fmt: skip
        problem_id = repo.add_problem(session, consultation.id, "新商品の認知が低い", items=items)
        item_id = repo.list_work_items(session, problem_id)[0].id
        order = repo.load_posting(session, item_id, catalogue)
        order = replace(
            order,
            description=f"{company}（電話 03-5555-1234）の新商品ロゴを募集します。報酬40,000円。",
            reward=Reward(amount=40_000),
            orderer=replace(order.orderer, name=company, contact="info@volunteer.example.jp"),
        )
        repo.save_posting(session, item_id, order)
    return company, [p.client_name for p in people]


def _slide_texts(panel) -> str:
    return "\n".join(panel.projector.visible_texts())


def test_the_projector_opens_from_the_view_menu_and_steps_through_the_agenda_by_keys(demo_window):
    window = demo_window
    assert window.ui.actionProjector.shortcut().toString() == "F5"
    window.ui.actionProjector.trigger()
    panel = _panel(window)
    projector = panel.projector
    settle(lambda: projector.isVisible())
    assert projector.isVisible() and projector.isWindow()
    title = panel.workshop.currentText()
    assert "はじめてのクラウドソーシング活用ワークショップ" in title
    assert projector.heading.text() == "はじめてのクラウドソーシング活用ワークショップ"
    agenda = [panel.slide_names.index(i, 0).data() for i in range(1, panel.slide_names.rowCount())]
    assert len(agenda) == 6
    headings = []
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Down):
        QTest.keyClick(projector, key)
        headings.append(projector.heading.text())
        assert agenda[len(headings) - 1].split(". ", 1)[1] in _slide_texts(panel)
    assert len(set(headings)) == 4
    QTest.keyClick(projector, Qt.Key.Key_PageUp)
    assert projector.heading.text() == headings[2]
    # the facilitator's clicker works on the panel as well, and a click on the list jumps
    QTest.keyClick(panel.slides, Qt.Key.Key_PageDown)
    assert projector.heading.text() == headings[3]
    click_row(panel.slides, 0)
    assert projector.heading.text() == "はじめてのクラウドソーシング活用ワークショップ"
    click(panel.next)
    assert projector.heading.text() == headings[0]
    assert panel.position.text() == "2 / 7"


def test_a_volunteers_slides_hide_names_contacts_and_money_until_the_facilitator_ticks_the_box(demo_window):
    window = demo_window
    company, everyone = _volunteer_with_work(window)
    window.ui.actionProjector.trigger()
    panel = _panel(window)
    choose_in_combo(panel.volunteer, company)  # with the arrow keys, passing others on the way
    settle(lambda: panel.current_key().kind is SlideKind.PROBLEMS)
    assert panel.current_key().kind is SlideKind.PROBLEMS
    seen = []
    while True:
        seen.append(_slide_texts(panel))
        if not panel.next.isEnabled():
            break
        QTest.keyClick(panel.projector, Qt.Key.Key_PageDown)
    shown = "\n".join(seen)
    assert "参加企業A" in shown
    assert "新商品の認知が低い" in shown and "新商品のロゴ" in shown and "コンペ" in shown
    assert "複数案から選びたいため" in shown  # the reason typed, its company hidden
    assert "エラー" in shown or "警告" in shown  # the live checklist, severity said in words
    listed = "\n".join(panel.slide_names.stringList())  # the panel may be mirrored as well
    for name in everyone:
        assert name not in shown, name
        assert name not in listed, name
    assert not YEN.search(shown), shown
    assert "03-5555-1234" not in shown and "@" not in shown

    click(panel.reveal)
    panel.go(next(i for i, k in enumerate(panel._keys) if k == SlideKey(SlideKind.BREAKDOWN, 2, 0)))
    revealed = _slide_texts(panel)
    assert company in revealed and "30,000〜50,000円" in revealed
    click(panel.reveal)
    assert company not in _slide_texts(panel) and not YEN.search(_slide_texts(panel))
    # shown for one company, the next volunteer starts hidden again
    click(panel.reveal)
    other = next(name for name in everyone if name != company)
    choose_in_combo(panel.volunteer, other)
    settle(lambda: not panel.reveal.isChecked())
    assert not panel.reveal.isChecked() and other not in _slide_texts(panel)


def test_the_checklist_on_the_projector_is_the_posting_editors(demo_window):
    from csp_desk.domain.rules import check

    window = demo_window
    company, _ = _volunteer_with_work(window)
    window.ui.actionProjector.trigger()
    panel = _panel(window)
    choose_in_combo(panel.volunteer, company)
    settle(lambda: panel.current_key().kind is SlideKind.PROBLEMS)
    panel.go(len(panel._keys) - 1)
    assert panel.current_key().kind is SlideKind.CHECKLIST
    draft = panel._posting
    expected = check(draft.order, reference=panel._reference_data(), record=draft.record)
    rules = [text.split("　")[1] for text, _kind, _accepted in panel.checklist()]
    assert rules == [f.rule for f in expected]
    # a checklist longer than the screen is shown a screenful at a time by the same clicker
    screens = [_slide_texts(panel)]
    while panel.next.isEnabled():
        QTest.keyClick(panel.projector, Qt.Key.Key_PageDown)
        screens.append(_slide_texts(panel))
    assert len(screens) > 1 and "（続き）" in screens[-1]
    assert all(rule in "\n".join(screens) for rule in rules)
    QTest.keyClick(panel.projector, Qt.Key.Key_PageUp)
    assert _slide_texts(panel) == screens[-2]
    # the same draft as the posting editor opens
    dialog = window.breakdown_page.posting_dialog(_first_item(window, company))
    try:
        assert [f.rule for f in dialog.findings] == rules
    finally:
        dialog.discard_edits()
        dialog.reject()


def _first_item(window, company):
    from csp_desk.store import repo

    with window.desk.store.session() as session:
        client = next(c for c in repo.list_clients(session, include_archived=True) if c.name == company)
        problem = next(
            p for p in repo.list_problems(session, client_id=client.id) if p.title == "新商品の認知が低い"
        )
        return repo.list_work_items(session, problem.id)[0].id


def _deleted() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def test_closing_the_panel_or_the_projector_closes_both_and_nothing_is_left_behind(demo_window):
    from csp_desk.gui.projector import ProjectorPanel, ProjectorWindow

    window = demo_window
    for round_ in range(20):
        window.ui.actionProjector.trigger()
        panel = _panel(window)
        if round_ % 2:
            click(panel.end)
        else:
            panel.projector.close()
        assert not panel.isVisible()
        _deleted()
        assert window.findChildren(ProjectorPanel) == [] and window.findChildren(ProjectorWindow) == []
    window.ui.actionProjector.trigger()
    window.ui.actionProjector.trigger()  # again while open: the same panel comes to the front
    assert len(window.findChildren(ProjectorPanel)) == 1


def test_f11_makes_the_projector_full_screen_and_escape_leaves_it(demo_window):
    window = demo_window
    window.ui.actionProjector.trigger()
    panel = _panel(window)
    projector = panel.projector
    assert not projector.isFullScreen()  # one screen: a window the facilitator moves
    QTest.keyClick(projector, Qt.Key.Key_F11)
    assert projector.isFullScreen()
    assert not panel.isVisible()  # one screen, perhaps mirrored: the controls step aside
    QTest.keyClick(projector, Qt.Key.Key_PageDown)
    assert panel.position.text() == "2 / 7"
    QTest.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isFullScreen()
    assert projector.isVisible() and panel.isVisible()
    click(panel.full_screen)
    assert projector.isFullScreen()
    QTest.keyClick(projector, Qt.Key.Key_F11)
    assert not projector.isFullScreen() and panel.isVisible()


def test_the_projector_uses_large_type(demo_window):
    window = demo_window
    window.ui.actionProjector.trigger()
    projector = _panel(window).projector
    QTest.keyClick(projector, Qt.Key.Key_PageDown)
    assert projector.heading.font().pointSizeF() >= 44
    lines = [label for label in projector._lines if label.isVisible()]
    assert lines and all(label.font().pointSizeF() >= 28 for label in lines)


def test_without_a_workshop_the_projector_says_where_to_plan_one(qtbot, tmp_path, monkeypatch, modals):
    from csp_desk import i18n
    from csp_desk.app import open_database_async
    from csp_desk.gui import jobs
    from csp_desk.gui.context import Desk
    from csp_desk.gui.main_window import MainWindow
    from csp_desk.gui.projector import ProjectorPanel

    monkeypatch.setattr(jobs, "INLINE", True)
    i18n.install("ja")
    window = MainWindow(Desk())
    window.show()
    window.finish_setup()
    open_database_async(window, tmp_path / "empty.sqlite3", demo=False)
    try:
        modals.expect(press("OK"))
        window.ui.actionProjector.trigger()
        assert "ワークショップ" in modals.texts()[-1]
        assert window.findChildren(ProjectorPanel) == []
    finally:
        window.close()
        window.deleteLater()


def test_with_two_screens_the_projector_fills_the_second_and_the_controls_stay_on_the_first(tmp_path):
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    screens = {"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96},
        {"name": "projector", "x": 1366, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96},
    ]}  # fmt: skip
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    script = Path(__file__).parent / "projector_screens.py"
    result = subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    seen = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert seen["screens"] == "2"
    assert seen["window_screen"] == seen["panel_screen"] == "laptop"
    assert seen["projector_screen"] == "projector"
    assert seen["projector_full_screen"] == "True" and seen["projector_frameless"] == "True"
    assert seen["after_f11_full_screen"] == "False" and seen["after_f11_frameless"] == "False"
    assert seen["panel_visible"] == "True"  # two screens: the controls never step aside


def test_only_the_chosen_volunteers_work_is_read_and_its_posting_only_when_its_slide_comes(
    demo_window, monkeypatch
):
    from csp_desk.store import projector as reads

    window = demo_window
    company, _ = _volunteer_with_work(window)
    calls = []
    for name in ("volunteer_work", "load_posting_draft"):
        real = getattr(reads, name)
        monkeypatch.setattr(
            reads, name, lambda *a, _real=real, _name=name, **k: (calls.append(_name), _real(*a, **k))[1]
        )
    window.ui.actionProjector.trigger()
    panel = _panel(window)
    assert calls == []
    choose_in_combo(panel.volunteer, company)
    settle(lambda: panel.current_key().kind is SlideKind.PROBLEMS)
    assert calls == ["volunteer_work"]  # once, for the one chosen (not each passed on the way)
    while panel.current_key().kind is not SlideKind.POSTING:
        QTest.keyClick(panel.projector, Qt.Key.Key_PageDown)
    assert calls == ["volunteer_work", "load_posting_draft"]
    QTest.keyClick(panel.projector, Qt.Key.Key_PageDown)
    assert calls.count("load_posting_draft") == 1


def test_the_facilitator_switches_workshops_and_the_show_follows_changes_made_elsewhere(demo_window):
    from datetime import datetime

    from csp_desk.domain.workshop import WorkshopDraft
    from csp_desk.store.workshops import create_workshop, delete_workshop

    window = demo_window
    window.ui.actionProjector.trigger()
    panel = _panel(window)
    draft = WorkshopDraft(
        "DX入門セミナー", datetime(2030, 5, 1, 10, 0), "市民会館", capacity=10, agenda=("はじめに",)
    )
    with window.desk.store.session() as session:
        new_id = create_workshop(session, draft)
    window.desk.changed.emit("workshops")  # as the workshops page announces a new plan
    assert panel.workshop.count() == 2
    choose_in_combo(
        panel.workshop,
        next(panel.workshop.itemText(i) for i in range(2) if "DX入門" in panel.workshop.itemText(i)),
    )
    assert panel.projector.heading.text() == "DX入門セミナー"
    assert panel.slide_names.rowCount() == 2 and panel.volunteer.count() == 1  # nobody registered yet
    with window.desk.store.session() as session:
        delete_workshop(session, new_id)
    window.desk.changed.emit("workshops")
    assert panel.isVisible() and "はじめてのクラウドソーシング" in panel.projector.heading.text()
    panel.show_workshop(panel.workshop.currentData())
    assert panel.workshop.count() == 1


@pytest.mark.parametrize(
    "text",
    ["予算は五万円程度", "二十万円", "報酬は30万程度", "報酬 50,000（税込）", "報酬：40,000円",
     "単価 120（1件）", "予算 3〜5万"],
)  # fmt: skip
def test_amounts_in_kanji_with_man_or_after_the_word_reward_are_hidden_too(text):
    shown = projected(text, Disclosure(hidden_money="（金額非表示）"))
    assert "（金額非表示）" in shown
    assert not any(ch.isdigit() for ch in shown.replace("1件", "")) and "万" not in shown


@pytest.mark.parametrize("text", ["1万件のデータ入力", "三千字の記事", "週30時間", "報酬は5件まで"])
def test_counts_are_not_taken_for_money(text):
    assert projected(text, Disclosure()) == unicodedata.normalize("NFKC", text)


@pytest.mark.parametrize("text", ["電話 03(1234)5678まで", "(03)1234-5678", "+81-3-1234-5678", "0312345678"])
def test_phone_numbers_in_brackets_and_without_hyphens_are_hidden(text):
    assert "（連絡先非表示）" in projected(text, Disclosure(hidden_contact="（連絡先非表示）"))


def test_a_contact_persons_name_is_hidden_however_it_is_written():
    shown = Disclosure(people=("山田 太郎",), hidden_contact="（連絡先非表示）")
    for text in ("担当は山田太郎です", "担当：山田", "太郎さんまで", "山田　太郎"):
        assert "山田" not in projected(text, shown) and "太郎" not in projected(text, shown)
