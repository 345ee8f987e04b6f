"""Issuing a terms notice from the window, by clicks, on the demo database (issue 13): refused while
the posting states another amount than the recorded contract, then issued from the contract with the
day it was given and how, a late day flagged in the checklist and the order view."""

import sqlite3
from datetime import date, timedelta

from docx import Document

from csp_desk.domain.values import format_date, format_yen
from csp_desk.store import following, repo

from .clicks import choose_file, click, fill, inspect, open_tab, press, type_into


def _noticed_item(window):
    """A demo order with one recorded contract whose posting carries the notice's terms — one whose
    notice was given late (a notice given again is late only if the first was: CONT-03)."""
    db = window.desk.store.path
    conn = sqlite3.connect(db)
    item, contract, engagement = conn.execute(
        "SELECT p.work_item_id, n.work_contract_id, c.engagement_id FROM issued_notice n "
        "JOIN posting p ON p.id = n.posting_id JOIN work_contract c ON c.id = n.work_contract_id "
        "ORDER BY n.given_on > c.contracted_on DESC, n.id LIMIT 1"
    ).fetchone()
    conn.close()
    with window.desk.store.session() as session:
        (recorded,) = [c for c in repo.recorded_contracts(session, item) if c.id == contract]
    return item, recorded, engagement


def test_a_notice_is_refused_on_a_different_amount_then_issued_late_and_flagged(
    qtbot, demo_window, modals, tmp_path
):
    window = demo_window
    item, recorded, engagement = _noticed_item(window)
    window.go_to(2)
    dialog = window.breakdown_page.posting_dialog(item)
    dialog.show()
    ui = dialog.ui
    open_tab(ui.tabs, "契約")
    assert ui.amount.text() == format_yen(recorded.amount)  # the recorded terms are shown
    type_into(ui.amount, "99,000")

    def differs(box):
        text = box.text()
        assert "食い違って" in text and "契約金額" in text, text
        assert "99,000円" in text and f"{recorded.amount:,}円" in text, text

    modals.expect(inspect(differs, press("OK")))
    click(ui.issueNotice)
    before = _notices(window)

    type_into(ui.amount, format_yen(recorded.amount))
    given = min(date.today(), recorded.contracted_on + timedelta(days=4))
    out = tmp_path / "取引条件明示書.docx"

    def late_is_said(dialog_given):
        assert recorded.worker.name in dialog_given.ui.contractText.text()
        type_into(dialog_given.ui.givenOn, format_date(recorded.contracted_on - timedelta(days=2)))
        assert "契約日" in dialog_given.ui.lateText.text() and "前" in dialog_given.ui.lateText.text()
        type_into(dialog_given.ui.givenOn, format_date(given))
        if given > recorded.contracted_on:
            assert "CONT-03" in dialog_given.ui.lateText.text()

    modals.expect(inspect(late_is_said, fill({"channel": "書面"})), choose_file(out))
    click(ui.issueNotice)
    assert out.exists(), modals.texts()
    rows = _notices(window)
    assert len(rows) == len(before) + 1
    kept = rows[-1]
    assert (kept.work_contract_id, kept.given_on, kept.channel) == (recorded.id, given, "paper")
    cells = "\n".join(c.text for t in Document(str(out)).tables for r in t.rows for c in r.cells)
    assert f"{recorded.amount:,}円" in cells and "99,000" not in cells
    paragraphs = [p.text for p in Document(str(out)).paragraphs]
    assert f"交付日：{given.year}年{given.month}月{given.day}日" in paragraphs
    assert "この書面は、紙の書面で交付します。" in "".join(paragraphs) and paragraphs[-1] == "以上"
    if given > recorded.contracted_on:
        assert "CONT-03" in ui.versions.text()
        qtbot.waitUntil(lambda: "CONT-03" in {f.rule for f in dialog.findings}, timeout=2000)
        with window.desk.store.session() as session:
            facts = following.facts(session, engagement)
        assert any(n.given_on == given for n in facts.notices)
    dialog.discard_edits()
    dialog.close()


def _notices(window):
    with window.desk.store.session() as session:
        return repo.list_issued_notices(session)


def test_a_tasks_second_worker_gets_a_notice_from_the_posting_editor(qtbot, demo_window, modals, tmp_path):
    """A task has a contract per worker: the editor does not show the first worker's terms as the
    posting's, so the second worker's notice is not refused for differences that are not there."""
    from csp_desk.store.demo import with_notice_terms

    window = demo_window
    db = window.desk.store.path
    conn = sqlite3.connect(db)
    task = conn.execute(
        "SELECT e.work_item_id FROM work_contract c JOIN engagement e ON e.id = c.engagement_id "
        "GROUP BY e.work_item_id HAVING count(c.id) > 1 AND e.work_item_id NOT IN (SELECT p.work_item_id "
        "FROM posting p JOIN issued_notice n ON n.posting_id = p.id) LIMIT 1"
    ).fetchone()[0]
    conn.close()
    with window.desk.store.session() as session:
        written = repo.load_posting(session, task, None, agreed=False)
        repo.save_posting(session, task, with_notice_terms(written))
        second = repo.recorded_contracts(session, task)[1]
    window.go_to(2)
    dialog = window.breakdown_page.posting_dialog(task)
    dialog.show()
    open_tab(dialog.ui.tabs, "契約")
    label = f"{second.worker.name}・{format_date(second.contracted_on)}・{format_yen(second.amount)}円"
    out = tmp_path / "notice.docx"

    def for_the_second_worker(given):
        assert second.worker.name in given.ui.contractText.text()
        type_into(given.ui.givenOn, format_date(second.contracted_on))

    from .clicks import answer_input

    modals.expect(answer_input(label), inspect(for_the_second_worker, fill({"channel": "電子メール"})),
                  choose_file(out))  # fmt: skip
    click(dialog.ui.issueNotice)
    assert out.exists(), modals.texts()
    cells = "\n".join(c.text for t in Document(str(out)).tables for r in t.rows for c in r.cells)
    assert second.worker.name in "\n".join(p.text for p in Document(str(out)).paragraphs) + cells
    assert _notices(window)[-1].work_contract_id == second.id
    dialog.discard_edits()
    dialog.close()


def test_after_a_price_change_the_amended_notice_states_the_amount_in_force(
    qtbot, demo_window, modals, tmp_path
):
    """A price change recorded on the Orders page: the editor shows the amount in force, the notice
    is issued (not refused for a difference nobody typed), says it is the amended notice, and is
    not late counted from the change; the posting keeps the first notice's day."""
    from csp_desk.domain.followup import ChangeKind

    window = demo_window
    item, recorded, engagement = _noticed_item(window)
    with window.desk.store.session() as session:
        first_sent = repo.load_posting(session, item, None, agreed=False).contract.notice_sent_on
        changed_on = date.today()
        following.record_change(session, recorded.id, changed_on, ChangeKind.PRICE, "ページを1枚追加",
                                worker_consented=True, amended_notice_on=None, amount_delta=5000)  # fmt: skip
    window.go_to(2)
    dialog = window.breakdown_page.posting_dialog(item)
    dialog.show()
    open_tab(dialog.ui.tabs, "契約")
    assert dialog.ui.amount.text() == format_yen(recorded.amount + 5000)
    out = tmp_path / "変更後の明示書.docx"

    def amended(given):
        assert "変更" in given.ui.contractText.text()
        type_into(given.ui.givenOn, format_date(changed_on))
        assert not given.ui.lateText.isVisibleTo(given)  # on the day of the change: not late

    modals.expect(inspect(amended, fill({"channel": "電子メール"})), choose_file(out))
    click(dialog.ui.issueNotice)
    assert out.exists(), modals.texts()
    document = Document(str(out))
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    text = "\n".join(p.text for p in document.paragraphs)
    assert f"{recorded.amount + 5000:,}円" in cells and "変更後の取引条件" in text
    with window.desk.store.session() as session:
        facts = following.facts(session, engagement)
        kept = repo.load_posting(session, item, None, agreed=False).contract.notice_sent_on
    assert kept == first_sent  # the first notice's day stays (CONT-03 reads it)
    assert dialog.ui.noticeSentOn.text() == format_date(first_sent)  # and the posting shows it (a save
    # would otherwise write the new day over it)
    answered = [n for n in facts.notices if n.given_on == changed_on]
    assert answered and all(n.contracted_on == changed_on for n in answered)
    dialog.discard_edits()
    dialog.close()
