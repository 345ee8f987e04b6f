"""Platforms are shown by their names (クラウドワークス), stored by their ids (crowdworks)."""

from PySide6.QtCore import Qt

from csp_desk.domain.platforms import name_ja, platform_id
from csp_desk.domain.worker import WorkerDraft
from csp_desk.store import following

from .clicks import click, type_into


def test_a_platform_typed_or_picked_in_either_language_is_one_platform():
    for typed in ("crowdworks", "CrowdWorks", "クラウドワークス", " ｸﾗｳﾄﾞﾜｰｸｽ ", "CROWDWORKS"):
        assert platform_id(typed) == "crowdworks", typed
    assert platform_id("ランサーズ") == platform_id("Lancers") == "lancers"
    assert platform_id("直接取引") == platform_id("Direct (no platform)") == "direct"
    assert platform_id("  ビズシーク ") == "ビズシーク"  # one the list does not know, kept as typed
    assert name_ja("coconala") == "ココナラ" and name_ja("ビズシーク") == "ビズシーク"
    assert WorkerDraft(name="森", platform="ココナラ").cleaned().platform == "coconala"


def test_the_workers_page_shows_platform_names_and_keeps_their_ids(qtbot, demo_window):
    demo_window.go_to(4)
    page = demo_window.workers_page
    shown = {page.model.data(page.model.index(row, 1), Qt.ItemDataRole.DisplayRole)
             for row in range(page.model.rowCount())}  # fmt: skip
    assert "クラウドワークス" in shown and not {"crowdworks", "lancers", "coconala", "direct"} & shown
    page.ui.workers.selectRow(0)
    assert page.ui.platform.currentText() in {"クラウドワークス", "ランサーズ", "ココナラ",
                                              "直接取引（プラットフォームなし）"}  # fmt: skip
    click(page.ui.newWorker)
    type_into(page.ui.name, "佐藤 花子")
    page.ui.platform.setCurrentIndex(page.ui.platform.findText("ランサーズ"))
    click(page.ui.save)
    with demo_window.desk.store.session() as session:
        (row,) = following.list_workers(session, search="佐藤 花子")
        assert row.platform == "lancers"
        assert "佐藤 花子" in [r.name for r in following.list_workers(session, search="ランサーズ")]
