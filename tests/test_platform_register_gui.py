"""The platform register as a producer keeps it (Settings → プラットフォーム台帳…) and the posting
editor showing the chosen platform's terms and, calmly, its checklist gaps — all by clicks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLineEdit

from csp_desk.store import platforms

from .clicks import answer_input, choose_in_combo, click, click_row, open_tab, press, type_into
from .test_gui import _consultation_with_problem, _select_first_item, window  # noqa: F401


def _register(window):  # noqa: F811
    with window.desk.store.session() as session:
        return platforms.register(session)


def _fee_rows(window) -> int:  # noqa: F811
    from sqlalchemy import text

    with window.desk.store.session() as session:
        return session.execute(text("SELECT count(*) FROM platform_fee")).scalar()


def _row_of(dialog, platform_id: str) -> int:
    return next(i for i in range(dialog.model.rowCount()) if dialog.model.row_at(i).id == platform_id)


def _close(dialog) -> None:
    click(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Close))


def test_the_register_opens_from_settings_and_keeps_ticks_notes_facts_and_fees(qtbot, window, modals):  # noqa: F811
    done = []

    def keep_the_register(dialog):
        ui = dialog.ui
        names = [dialog.model.data(dialog.model.index(i, 0)) for i in range(dialog.model.rowCount())]
        assert names == [
            "クラウドワークス（未確認 24件）",
            "ランサーズ（未確認 24件）",
            "ココナラ（未確認 24件）",
            "直接取引（プラットフォームなし）",
        ]
        click_row(ui.platforms, _row_of(dialog, "lancers"))
        assert dialog.current_platform().id == "lancers" and "ランサーズ" in ui.heading.text()

        open_tab(ui.tabs, "チェックリスト（24項目）")
        click(dialog.findChild(QCheckBox, "check9"))
        note = dialog.findChild(QLineEdit, "note9")
        type_into(note, "ヘルプ「仮払いとは」で確認")
        QTest.keyClick(note, Qt.Key.Key_Return)
        assert dialog.findChild(QCheckBox, "check9").isChecked()
        assert dialog.findChild(QLineEdit, "note9").text() == "ヘルプ「仮払いとは」で確認"
        assert "23項目" in ui.heading.text()

        open_tab(ui.tabs, "条件")
        choose_in_combo(ui.associationMember, "いいえ")
        assert ui.associationMemberBasis.text() == "あなたが記録した内容"

        open_tab(ui.tabs, "手数料")
        assert "ワーカー 未確認" in ui.feesToday.text()
        type_into(ui.feeSource, "料金ページ（2026/11/30 確認）")
        refused = (
            ("-5", "2026/12/01", "マイナス"),
            ("120", "2026/12/01", "100％を超えられません"),
            ("5", "2026/13/45", "正しい日付"),
            ("", "2026/12/01", "料率か最低額"),
        )
        for rate, as_of, said in refused:
            type_into(ui.feeRate, rate)
            type_into(ui.feeAsOf, as_of)
            modals.expect(press("OK"))
            click(ui.recordFee)
            assert said in modals.texts()[-1], modals.texts()[-1]
            assert said in ui.feeErrors.text() and ui.feeErrors.isVisible()
            assert _fee_rows(window) == 0, rate  # refused: nothing written
        choose_in_combo(ui.feeSide, "ワーカー")
        type_into(ui.feeRate, "１６.５％")
        type_into(ui.feeMinimum, "500")
        type_into(ui.feeAsOf, "2026/11/01")
        type_into(ui.feeChargedWhen, "報酬の支払い時")
        click(ui.recordFee)
        assert _fee_rows(window) == 1 and not ui.feeErrors.isVisible()
        assert "ワーカー 16.5 %、最低 500円" in ui.feesToday.text()
        assert dialog.fees.rowCount() == 3 and ui.feeRate.text() == ""
        open_tab(ui.tabs, "チェックリスト（24項目）")
        type_into(dialog.findChild(QLineEdit, "note24"), "協会の会員一覧に記載なし")  # still typing …
        done.append(True)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)  # … when Esc closes the register: the note is kept

    modals.expect(keep_the_register)
    window.ui.actionPlatforms.trigger()
    assert done and modals.pending == 0
    lancers = _register(window).get("lancers")
    assert lancers.checks[9].done and lancers.checks[9].note == "ヘルプ「仮払いとは」で確認"
    assert lancers.checks[9].checked_on == date.today()
    assert lancers.association_member.value is False
    fee = lancers.fee_on("worker", date(2026, 12, 1))
    assert fee.own and fee.rate_text() == "16.5 %" and fee.minimum_yen == 500
    assert fee.source == "料金ページ（2026/11/30 確認）" and fee.charged_when == "報酬の支払い時"
    assert len(_register(window).gaps("lancers")) == 23
    assert lancers.checks[24].note == "協会の会員一覧に記載なし" and not lancers.checks[24].done


def test_a_platform_the_list_does_not_know_is_added_and_a_known_name_refused(qtbot, window, modals):  # noqa: F811
    def add(dialog):
        modals.expect(answer_input("ランサーズ"), press("OK"))  # already known: told, nothing added
        click(dialog.ui.addPlatform)
        assert "すでに台帳にあります" in modals.texts()[-1]
        modals.expect(answer_input("ビズシーク"))
        click(dialog.ui.addPlatform)
        assert dialog.current_platform().id == "ビズシーク" and dialog.current_platform().custom
        assert dialog.ui.project.currentText() == "未確認" and dialog.ui.escrow.currentText() == "未確認"
        _close(dialog)

    modals.expect(add)
    window.ui.actionPlatforms.trigger()
    register = _register(window)
    assert "ビズシーク" in register and len(register.ids()) == 5
    # the Workers page offers it for a worker's platform from then on
    box = window.workers_page.ui.platform
    assert box.findText("ビズシーク") >= 0 and box.findText("ランサーズ") >= 0


def test_the_posting_editor_shows_the_chosen_platforms_terms_and_gaps(qtbot, window, modals):  # noqa: F811
    _consultation_with_problem(qtbot, window)
    with window.desk.store.session() as session, session.begin():  # 23 of 24 items confirmed
        for item in range(1, 24):
            platforms.set_check(session, "lancers", item, True, "利用規約で確認")
        platforms.set_facts(session, "coconala", {"competition": "no"})
    window.go_to(2)
    _select_first_item(window)
    seen = {}

    def look(dialog):
        ui = dialog.ui
        type_into(ui.platform, "クラウドワークス")
        seen["crowdworks"] = (ui.platformTerms.text(), ui.platformGaps.text(), ui.platformGaps.isVisible())
        choose_in_combo(ui.platform, "ランサーズ")
        seen["lancers"] = (ui.platformTerms.text(), ui.platformGaps.text(), ui.platformGaps.toolTip())
        choose_in_combo(ui.platform, "直接取引（プラットフォームなし）")
        seen["direct"] = (ui.platformTerms.text(), ui.platformGaps.isVisible())
        type_into(ui.platform, "ビズシーク")  # typed, never registered: all unknown
        seen["typed"] = (ui.platformTerms.text(), ui.platformGaps.text())
        choose_in_combo(ui.platform, "ココナラ")
        choose_in_combo(ui.orderType, "コンペ")  # the register says ココナラ offers none
        seen["competition"] = ui.platformGaps.text()
        dialog.discard_edits()
        click(ui.close)

    modals.expect(look)
    click(window.breakdown_page.ui.editPosting)
    terms, gaps, shown = seen["crowdworks"]
    assert terms == (
        "手数料：発注者 未確認／ワーカー 5–20 %　仮払い：あり　"
        "発注形式：プロジェクト・コンペ・タスク"
    )
    assert shown and gaps.startswith("このプラットフォームは、協会の24項目のうち24項目が未確認です。")
    terms, gaps, tip = seen["lancers"]
    assert "仮払い：あり" in terms and "ワーカー 未確認" in terms
    assert gaps == (
        "このプラットフォームは、協会のチェックリストの次の項目が未確認です："
        "24. 一般社団法人クラウドソーシング協会の正会員である。"
        "「設定 → プラットフォーム台帳」で確認した項目にチェックできます。"
    )
    assert tip == "24. 一般社団法人クラウドソーシング協会の正会員である"
    assert seen["direct"] == ("手数料：発注者 0 %／ワーカー 0 %　仮払い：なし　発注形式：未確認", False)
    terms, gaps = seen["typed"]
    assert terms == "手数料：発注者 未確認／ワーカー 未確認　仮払い：未確認　発注形式：未確認"
    assert "24項目が未確認" in gaps
    not_offered, gaps = seen["competition"].split("\n")
    assert not_offered == "プラットフォーム台帳では、このプラットフォームはコンペ形式を扱っていません。"
    assert "24項目が未確認" in gaps
    assert modals.pending == 0
