"""File ▸ 顧客ファイルを書き出す… / 顧客ファイルを読み込む…: one client moves from one desk to another
as a client file (csp-desk.client/1), by clicks and the file dialog only."""

from __future__ import annotations

import json

import pytest

from tests.clicks import choose_file, click_row, press, row_where


@pytest.fixture
def fresh_window(qtbot, tmp_path, monkeypatch):
    """A second desk: the window on a new, empty database."""
    from csp_desk import i18n
    from csp_desk.app import open_database_async
    from csp_desk.gui import jobs
    from csp_desk.gui.context import Desk
    from csp_desk.gui.main_window import MainWindow

    monkeypatch.setattr(jobs, "INLINE", True)
    i18n.install("ja")
    win = MainWindow(Desk())
    win.show()
    win.finish_setup()
    win.build_remaining_pages()
    open_database_async(win, tmp_path / "other-desk.sqlite3", demo=False)
    assert win.desk.store is not None
    yield win
    win.close()
    win.deleteLater()


def _client_names(window) -> list[str]:
    model = window.clients_page.ui.clients.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def _export_first_client(window, modals, out) -> str:
    assert not window.ui.actionExportClientFile.isEnabled()  # no client chosen yet
    click_row(window.clients_page.ui.clients, 0)
    name = window.desk.client_name
    assert name and window.ui.actionExportClientFile.isEnabled()
    modals.expect(choose_file(out))
    window.ui.actionExportClientFile.trigger()
    assert not modals.pending
    return name


def test_the_chosen_client_is_written_as_a_client_file(demo_window, modals, tmp_path):
    out = tmp_path / "顧客ファイル"
    name = _export_first_client(demo_window, modals, out)
    written = out.with_name(out.name + ".json")
    data = json.loads(written.read_text("utf-8"))
    assert data["format"] == "csp-desk.client/1"
    assert data["client"]["name"] == name
    assert data["consultations"], "the client's consultations travel with it"
    assert not list(tmp_path.glob("*.part"))
    assert str(written) in demo_window.statusBar().currentMessage()


def test_a_client_file_comes_into_another_desk_once(demo_window, fresh_window, modals, tmp_path):
    out = tmp_path / "client.json"
    name = _export_first_client(demo_window, modals, out)

    modals.expect(choose_file(out), press("OK"))
    fresh_window.ui.actionImportClientFile.trigger()
    assert not modals.pending
    assert name in modals.texts()[-1] and "追加しました" in modals.texts()[-1]
    assert name in _client_names(fresh_window)
    row_where(fresh_window.clients_page.ui.clients, lambda texts: name in texts)

    # the same file again: refused, nothing changes
    before = _client_names(fresh_window)
    modals.expect(choose_file(out), press("OK"))
    fresh_window.ui.actionImportClientFile.trigger()
    assert not modals.pending
    assert "すでにある" in modals.texts()[-1] and "何も取り込んでいません" in modals.texts()[-1]
    assert _client_names(fresh_window) == before
    with fresh_window.desk.store.session() as session:
        from csp_desk.store import repo

        assert repo.count_clients(session) == 1


@pytest.mark.parametrize(
    "content",
    [b"{not json", b'{"format": "csp-desk.client/9"}', b'{"format": "csp-desk.client/1", "client": {}}'],
)
def test_a_broken_client_file_is_refused_with_its_name_and_nothing_changes(
    fresh_window, modals, tmp_path, content
):
    broken = tmp_path / "壊れた.json"
    broken.write_bytes(content)
    modals.expect(choose_file(broken), press("OK"))
    fresh_window.ui.actionImportClientFile.trigger()
    assert not modals.pending
    text = modals.texts()[-1]
    assert "壊れた.json" in text and "何も読み込んでいません" in text
    assert _client_names(fresh_window) == []


def test_cancelling_the_file_dialog_imports_nothing(fresh_window, modals):
    from tests.clicks import cancel

    modals.expect(cancel)
    assert fresh_window.ui.actionImportClientFile.trigger() is None
    assert not modals.pending
    assert _client_names(fresh_window) == []
