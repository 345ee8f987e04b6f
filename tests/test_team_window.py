"""The window on a team database, as a producer uses it: opened from the File menu or at start,
signed in once with a password kept in the keyring, and a save that meets a lost connection."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from csp_desk.domain.client import ClientDraft
from csp_desk.services import clients, team
from csp_desk.store.db import open_store
from tests.clicks import answer_input, press
from tests.test_gui import _add_client, _type


@pytest.fixture
def team_db(postgres):
    url = postgres.new_database()
    store = open_store(url)
    clients.save_client(store, ClientDraft(name="チーム共有商店"))
    store.close()
    yield url
    postgres.drop(url)


def _names(win) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.name for r in win.clients_page.model.rows()]


def test_a_producer_opens_the_team_database_from_the_file_menu_and_goes_back(
    qtbot, team_db, window_on_file, modals
):
    assert _names(window_on_file) == []
    window_on_file.own_db = window_on_file.desk.store.path  # as started on its own file
    modals.expect(answer_input(team_db))
    window_on_file.ui.actionOpenTeam.trigger()
    assert not modals.pending
    assert _names(window_on_file) == ["チーム共有商店"]
    assert "127.0.0.1" in window_on_file.windowTitle() and "/csp_test_" in window_on_file.windowTitle()
    assert not window_on_file.ui.actionRestoreBackup.isEnabled()  # the server's administrator restores it
    assert window_on_file.ui.actionOpenOwn.isVisible()
    _add_client(qtbot, window_on_file, name="新しいチームの顧客")
    store = open_store(team_db)
    assert {c.name for c in clients.list_clients(store).rows} == {"チーム共有商店", "新しいチームの顧客"}
    store.close()
    window_on_file.ui.actionOpenOwn.trigger()
    assert _names(window_on_file) == []  # back on the laptop's own file


def test_a_mistyped_address_is_refused_and_the_open_database_stays(window_on_file, modals):
    modals.expect(answer_input("postgresql://desk.example.jp:port/team"), press("OK"))
    window_on_file.ui.actionOpenTeam.trigger()
    assert not modals.pending
    assert "postgresql://ユーザー@ホスト:5432/データベース名 の形で" in " ".join(modals.texts())
    assert window_on_file.desk.store is not None and window_on_file.desk.store.path is not None


def test_the_password_is_asked_once_kept_in_the_keyring_and_never_shown(
    started, modals, team_db, monkeypatch
):
    import os

    password = Path(os.environ["PGPASSFILE"]).read_text().split(":")[-1].strip()
    monkeypatch.delenv("PGPASSFILE")  # no libpq password: the window asks
    team.forget_password(team_db)
    modals.expect(answer_input(password))
    status, listed = started(modals, "--db", team_db)
    assert status == 0 and listed == ["チーム共有商店"]
    assert password not in " ".join(modals.texts())
    assert team.with_kept_password(team_db) != team_db  # kept: the next start asks nothing
    status, listed = started(modals, "--db", team_db)
    assert status == 0 and listed == ["チーム共有商店"]
    team.forget_password(team_db)


def test_a_save_while_the_server_is_away_keeps_the_form_and_saves_on_the_next_try(
    qtbot,
    team_db,
    window_on_file,
    postgres,
    modals,  # the window closes before its database goes
):
    modals.expect(answer_input(team_db))
    window_on_file.ui.actionOpenTeam.trigger()
    page = window_on_file.clients_page
    qtbot.mouseClick(page.ui.newClient, Qt.MouseButton.LeftButton)
    _type(qtbot, page.ui.name, "接続が切れても残る商店")
    name = team_db.rpartition("/")[2]
    # the server goes away (restarting, the network down): connections dropped, none taken
    postgres.run(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")
    postgres.run(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
    modals.expect(press("OK"))
    qtbot.mouseClick(page.ui.save, Qt.MouseButton.LeftButton)
    said = " ".join(modals.texts()) + page.ui.errors.text()
    assert "接続できません" in said or "接続が切れました" in said, said
    assert page.ui.name.text() == "接続が切れても残る商店"  # what was typed is kept
    assert "接続が切れても残る商店" not in _names(window_on_file)
    postgres.run(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")  # back
    qtbot.mouseClick(page.ui.save, Qt.MouseButton.LeftButton)
    assert "接続が切れても残る商店" in _names(window_on_file)


def test_an_address_typed_with_its_password_is_remembered_and_shown_without_it(
    team_db, window_on_file, modals
):
    import os

    from csp_desk.gui.language import window_settings
    from csp_desk.gui.main_window import TEAM_ADDRESS_KEY

    password = Path(os.environ["PGPASSFILE"]).read_text().split(":")[-1].strip()
    typed = team_db.replace("postgresql://csp@", f"postgresql://csp:{password}@")
    modals.expect(answer_input(typed))
    window_on_file.ui.actionOpenTeam.trigger()
    assert _names(window_on_file) == ["チーム共有商店"]
    assert window_settings().value(TEAM_ADDRESS_KEY) == team_db  # offered next time, no password
    assert password not in window_on_file.windowTitle() and "***" not in window_on_file.windowTitle()


def test_a_server_that_does_not_answer_at_start_is_said_with_try_again(started, modals):
    from tests.clicks import buttons_of, inspect

    def offers_try_again(dialog) -> None:  # type: ignore[no-untyped-def]
        assert "もう一度試す" in [b.text() for b in buttons_of(dialog)]

    modals.expect(inspect(offers_try_again, press("デモデータベースを開く")))
    status, _listed = started(modals, "--db", "postgresql://csp@127.0.0.1:9/team")  # nobody listens
    assert status == 0
    assert "チームのデータベースサーバーに接続できませんでした" in " ".join(modals.texts())


def test_two_producers_on_one_client_the_second_save_is_refused_with_what_changed(
    qtbot, team_db, window_on_file, modals
):
    from tests.clicks import click_row

    win = window_on_file
    modals.expect(answer_input(team_db))
    win.ui.actionOpenTeam.trigger()
    page = win.clients_page
    click_row(page.ui.clients, 0)
    assert page.ui.name.text() == "チーム共有商店"
    colleague = open_store(team_db)  # another producer's desk, the same client open there
    (client,) = [row.id for row in clients.list_clients(colleague).rows]
    theirs = clients.open_client(colleague, client)
    clients.save_client(colleague, ClientDraft(name="チーム共有商店", phone="0120-000-111"), client,
                        opened=theirs)  # fmt: skip
    _type(qtbot, page.ui.phone, "03-9999-0000")  # this producer changes the same field
    modals.expect(press("OK"))
    qtbot.mouseClick(page.ui.save, Qt.MouseButton.LeftButton)
    assert "電話番号" in " ".join(modals.texts()) and "保存していません" in " ".join(modals.texts())
    assert page.ui.phone.text() == "03-9999-0000"  # what was typed stays in the form
    assert clients.open_client(colleague, client).draft.phone == "0120-000-111"  # theirs stays
    qtbot.mouseClick(page.ui.revert, Qt.MouseButton.LeftButton)  # 変更を破棄: their version
    assert page.ui.phone.text() == "0120-000-111"
    _type(qtbot, page.ui.notes, "電話は平日のみ")
    qtbot.mouseClick(page.ui.save, Qt.MouseButton.LeftButton)  # made again on theirs: saved
    saved = clients.open_client(colleague, client).draft
    assert (saved.phone, saved.notes) == ("0120-000-111", "電話は平日のみ")
    colleague.close()


@pytest.fixture
def two_producers(postgres, team_db):
    """The team database with a team: alice (who owns the client there) and vic, a viewer."""
    owner = open_store(team_db)
    team.init_team(owner)
    people = {"alice": ("producer", "山田 花子"), "bob": ("producer", ""), "vic": ("viewer", "監査 太郎")}
    logins = {who: postgres.login(team_db, who) for who in people}
    for who, (role, name) in people.items():
        team.add_member(owner, logins[who], role, name, f"pw-{who}-123")
    team.assign(owner, logins["alice"], None)
    owner.close()
    return {who: postgres.as_member(team_db, logins[who], f"pw-{who}-123") for who in people}, logins


def test_the_window_says_who_is_signed_in_and_shows_only_their_clients(
    qtbot, two_producers, window_on_file, modals
):
    addresses, logins = two_producers
    win = window_on_file
    modals.expect(answer_input(addresses["alice"]))
    win.ui.actionOpenTeam.trigger()
    assert win.who_label.isVisible()
    assert win.who_label.text() == f"サインイン中：山田 花子（{logins['alice']}）・プロデューサー"
    assert _names(win) == ["チーム共有商店"]
    modals.expect(answer_input(addresses["bob"]))
    win.ui.actionOpenTeam.trigger()
    assert win.who_label.text() == f"サインイン中：{logins['bob']}・プロデューサー"
    assert _names(win) == []  # alice's client is not his
    _add_client(qtbot, win, name="ボブの顧客")
    assert _names(win) == ["ボブの顧客"]
    win.ui.actionOpenOwn.trigger()  # a laptop's file: nobody to name
    assert not win.who_label.isVisible()


def test_a_viewer_reads_and_a_save_is_refused_plainly_with_the_form_kept(
    qtbot, two_producers, window_on_file, modals
):
    from tests.clicks import click_row

    addresses, _logins = two_producers
    win = window_on_file
    modals.expect(answer_input(addresses["vic"]))
    win.ui.actionOpenTeam.trigger()
    assert "閲覧のみ" in win.who_label.text()
    assert _names(win) == ["チーム共有商店"]
    page = win.clients_page
    click_row(page.ui.clients, 0)
    _type(qtbot, page.ui.phone, "03-1111-2222")
    modals.expect(press("OK"))
    qtbot.mouseClick(page.ui.save, Qt.MouseButton.LeftButton)
    said = " ".join(modals.texts()) + page.ui.errors.text()
    assert "役割" in said and "何も変更していません" in said, said
    assert page.ui.phone.text() == "03-1111-2222"
    store = open_store(addresses["alice"])
    (row,) = clients.list_clients(store).rows
    assert clients.load_client(store, row.id)[0].phone == ""
    store.close()


def _on_team(win, team_db, modals):  # type: ignore[no-untyped-def]
    modals.expect(answer_input(team_db))
    win.ui.actionOpenTeam.trigger()
    assert not modals.pending


def test_a_workers_form_keeps_a_colleagues_change_and_refuses_a_clash(qtbot, team_db, window_on_file, modals):
    from csp_desk.domain.worker import WorkerDraft
    from csp_desk.services import workers
    from tests.clicks import click, click_row, type_into

    colleague = open_store(team_db)
    (worker,) = workers.save_worker(colleague, WorkerDraft(name="佐藤 一郎", skills="ロゴ")).ids
    win = window_on_file
    _on_team(win, team_db, modals)
    win.go_to(4)
    page = win.workers_page
    click_row(page.ui.workers, 0)
    there = workers.load_worker(colleague, worker).row
    workers.save_worker(colleague, replace(there.draft, skills="ロゴ、名刺"), worker, opened=there)
    type_into(page.ui.notes, "納期を守る")  # another field than theirs: both kept
    click(page.ui.save)
    saved = workers.load_worker(colleague, worker).row.draft
    assert (saved.skills, saved.notes) == ("ロゴ、名刺", "納期を守る")
    assert page.ui.skills.toPlainText() == "ロゴ、名刺"  # the form shows theirs after the save
    there = workers.load_worker(colleague, worker).row
    workers.save_worker(colleague, replace(there.draft, notes="連絡は夜"), worker, opened=there)
    type_into(page.ui.notes, "連絡は朝")  # the same field: refused, said, kept in the form
    modals.expect(press("OK"))
    click(page.ui.save)
    assert "メモ" in " ".join(modals.texts()) and "何も保存していません" in " ".join(modals.texts())
    assert page.ui.notes.toPlainText() == "連絡は朝"
    assert workers.load_worker(colleague, worker).row.draft.notes == "連絡は夜"
    colleague.close()


def test_a_work_item_clash_is_refused_with_the_typing_kept_and_no_undo_step(
    qtbot, team_db, window_on_file, modals
):
    from datetime import date

    from csp_desk.domain.breakdown import WorkItemDraft
    from csp_desk.domain.consultation import ConsultationDraft
    from csp_desk.services import breakdown, consultations
    from tests.clicks import click, type_into

    colleague = open_store(team_db)
    (client,) = [r.id for r in clients.list_clients(colleague).rows]
    (consultation,) = consultations.save_consultation(
        colleague, client, ConsultationDraft(date(2026, 11, 30))
    ).ids
    consultations.add_problem(colleague, consultation, "集客", items=[WorkItemDraft(title="チラシ")])
    win = window_on_file
    _on_team(win, team_db, modals)
    win.clients_page.open_client(client)
    win.go_to(2)
    page = win.breakdown_page
    page.ui.tree.setCurrentIndex(page.model.index(0, 0, page.model.index(0, 0)))
    assert page.ui.title.text() == "チラシ"
    (item,) = breakdown.breakdown(colleague, client)[0].items
    breakdown.update_work_item(colleague, item.id, replace(item.draft, skills="Illustrator"), base=item.draft)
    steps = win.desk.undo.count()
    type_into(page.ui.skills, "Photoshop")
    modals.expect(press("OK"))
    click(page.ui.apply)
    said = " ".join(modals.texts())
    assert "スキル" in said and "何も保存していません" in said, said
    assert page.ui.skills.text() == "Photoshop" and win.desk.undo.count() == steps
    assert breakdown.breakdown(colleague, client)[0].items[0].draft.skills == "Illustrator"
    colleague.close()


def test_a_posting_saved_meanwhile_is_merged_and_shown_in_the_editor(
    qtbot, team_db, window_on_file, modals
):
    from datetime import date

    from csp_desk.domain.breakdown import WorkItemDraft
    from csp_desk.domain.consultation import ConsultationDraft
    from csp_desk.services import breakdown, consultations, postings
    from tests.clicks import click, type_into

    colleague = open_store(team_db)
    (client,) = [r.id for r in clients.list_clients(colleague).rows]
    held = ConsultationDraft(date(2026, 11, 30))
    (consultation,) = consultations.save_consultation(colleague, client, held).ids
    consultations.add_problem(colleague, consultation, "集客", items=[WorkItemDraft(title="チラシ")])
    (item,) = breakdown.breakdown(colleague, client)[0].items
    first = postings.load_posting(colleague, item.id, None)
    postings.save_draft(colleague, item.id, first.order, first.record)
    win = window_on_file
    _on_team(win, team_db, modals)
    win.clients_page.open_client(client)
    win.go_to(2)
    dialog = win.breakdown_page.posting_dialog(item.id)
    dialog.show()
    there = postings.load_posting(colleague, item.id, None)
    postings.save_draft(colleague, item.id, replace(there.order, skills="Illustrator必須"), there.record,
                        base=(there.order, there.record))  # fmt: skip
    type_into(dialog.ui.title, "春のチラシのデザイン")
    click(dialog.ui.save)
    assert "保存しました" in dialog.ui.saveStatus.text(), dialog.ui.saveStatus.text()
    assert dialog.ui.skills.text() == "Illustrator必須"  # the colleague's change, shown
    assert dialog.ui.title.text() == "春のチラシのデザイン"
    saved = postings.load_posting(colleague, item.id, None).order
    assert (saved.title, saved.skills) == ("春のチラシのデザイン", "Illustrator必須")
    there = postings.load_posting(colleague, item.id, None)
    postings.save_draft(colleague, item.id, replace(there.order, title="夏のチラシ"), there.record,
                        base=(there.order, there.record))  # fmt: skip
    type_into(dialog.ui.title, "秋のチラシ")
    modals.expect(press("OK"))
    click(dialog.ui.save)
    assert "タイトル" in " ".join(modals.texts())
    assert dialog.ui.title.text() == "秋のチラシ" and "保存されていません" in dialog.ui.saveStatus.text()
    modals.expect(press("破棄"))  # closing asks about what was typed: the colleague's title stays
    dialog.close()
    assert postings.load_posting(colleague, item.id, None).order.title == "夏のチラシ"
    colleague.close()


def test_a_client_taken_along_offline_and_brought_back_from_the_file_menu(
    qtbot, team_db, window_on_file, modals, tmp_path
):
    """On the team database: File ▸ take the client along, open the file, change the phone
    there, File ▸ bring the clients back: the server has it, and no longer shows it taken."""
    from tests.clicks import choose_file, click, click_row, type_into

    win = window_on_file
    _on_team(win, team_db, modals)
    assert win.ui.actionTakeAlong.isVisible() and not win.ui.actionTakeAlong.isEnabled()
    assert not win.ui.actionBringBack.isVisible()
    click_row(win.clients_page.ui.clients, 0)
    out = tmp_path / "持ち出し.sqlite3"
    modals.expect(choose_file(out), press("あとで"))
    win.ui.actionTakeAlong.trigger()
    assert not modals.pending
    click_row(win.clients_page.ui.clients, 0)  # the team database says who has it
    assert win.clients_page.ui.editorTitle.text() == "チーム共有商店（持ち出し中）"
    assert "さんが" in win.clients_page.ui.editorTitle.toolTip()
    assert win.ui.actionOpenTaken.isVisible()
    win.ui.actionOpenTaken.trigger()  # later: File ▸ Open the file taken along
    assert win.desk.store is not None and win.desk.store.path == out  # working in the file now
    assert win.ui.actionBringBack.isVisible() and not win.ui.actionTakeAlong.isVisible()
    said = win.who_label.text()
    assert said.endswith("から持ち出した顧客：1 件") and "postgresql://" not in said
    page = win.clients_page
    click_row(page.ui.clients, 0)
    type_into(page.ui.phone, "03-5555-0000")
    click(page.ui.save)
    modals.expect(press("チームのデータベースを開く"))
    win.ui.actionBringBack.trigger()
    assert not modals.pending
    assert "変更 1 件、追加 0 件、削除 0 件" in " ".join(modals.texts())
    assert win.desk.store is not None and win.desk.store.on_server  # back on the team database
    (row,) = clients.list_clients(win.desk.store).rows
    assert clients.load_client(win.desk.store, row.id)[0].phone == "03-5555-0000"
