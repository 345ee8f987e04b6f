"""Client lists from outside, as CSV in the encodings Excel writes and as .xlsx: read, checked
row by row, imported all or nothing; and hostile files (zip bomb, entity expansion, huge cells,
wrong encodings, random bytes) refused with a clear message and the database unchanged."""

import contextlib
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from csp_desk import i18n
from csp_desk.domain.client import ClientDraft
from csp_desk.domain.list_import import CLIENTS, ListRefused, read_list
from csp_desk.services.imports import ImportRefused, import_clients, import_workers
from csp_desk.store import repo
from csp_desk.tables import MAX_ROWS, TableError, read_table

from .test_cli import csp_desk

BOTH_ENGINES = True  # the tests with a `store` run on SQLite and on PostgreSQL (conftest)

HEADER = "会社名,フリガナ,都道府県,担当者,電話番号,従業員数,資本金,メモ,社内コード\r\n"
ROWS = (
    'さくら食品株式会社,サクラショクヒン,東京,山田 花子,03-1111-2222,12,"1,000,000",=HYPERLINK("http://x"),A-1\r\n'
    "有限会社みどり工房,ミドリコウボウ,大阪府,,,,,,A-2\r\n"
)


def _clients(store):
    with store.session() as session:
        return {c.name: repo.load_client(session, c.id)[0] for c in repo.list_clients(session)}


def _write(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("encoding", "delimiter"), [("utf-8-sig", ","), ("utf-8", ","), ("cp932", ","), ("utf-16", "\t")]
)
def test_a_client_list_as_excel_writes_csv_is_imported(store, tmp_path, encoding, delimiter):
    text = (HEADER + ROWS).replace(",", delimiter) if delimiter == "\t" else HEADER + ROWS
    if delimiter == "\t":  # Excel's "Unicode text": tab separated, no quoting needed here
        text = text.replace('"1\t000\t000"', "1000000")
    path = _write(tmp_path / "clients.csv", text, encoding)
    result = import_clients(store, path)
    assert (result.added, result.already_there, result.repeated) == (2, 0, 0)
    assert result.ignored_columns == ("社内コード",)
    clients = _clients(store)
    sakura = clients["さくら食品株式会社"]
    assert sakura.prefecture == "東京都" and sakura.employees == 12 and sakura.capital == 1_000_000
    assert sakura.notes == '=HYPERLINK("http://x")'  # kept as text, never evaluated
    assert clients["有限会社みどり工房"].prefecture == "大阪府"


def test_an_excel_workbook_is_imported_and_numbers_and_dates_read_as_written(store, tmp_path):
    from datetime import datetime

    wb = Workbook()
    ws = wb.active
    ws.append(["顧客名", "従業員数", "メモ", "電話"])
    ws.append(["株式会社エクセル", 25, datetime(2026, 4, 1), "03-1234-5678"])
    ws.append([None, None, None, None])  # a blank row is skipped
    ws.append(["  合同会社スペース  ", 3.0, "=SUM(A1:A2)", None])
    path = tmp_path / "顧客一覧.xlsx"
    wb.save(path)
    assert import_clients(store, path).added == 2
    clients = _clients(store)
    assert clients["株式会社エクセル"].employees == 25 and clients["株式会社エクセル"].notes == "2026-04-01"
    assert clients["合同会社スペース"].employees == 3
    assert clients["合同会社スペース"].notes == ""  # a formula without a computed value is not taken as text


def test_clients_already_there_or_repeated_are_left_out(store, tmp_path):
    path = _write(tmp_path / "c.csv", HEADER + ROWS + "さくら食品株式会社,,,,,,,,\r\n", "utf-8")
    first = import_clients(store, path)
    assert (first.added, first.repeated) == (2, 1)
    again = import_clients(store, path)
    assert (again.added, again.already_there, again.repeated) == (0, 3, 0)  # the repeat is there now too
    assert len(_clients(store)) == 2


def test_rows_in_error_are_all_listed_with_row_and_column_and_nothing_is_imported(store, tmp_path):
    bad = HEADER + ROWS + "株式会社メール,,,,,-3,,,\r\n,ナマエナシ,,,,,,,\r\n株式会社県,,ムー大陸,,,,,,\r\n"
    path = _write(tmp_path / "c.csv", bad.replace("山田 花子,03-1111-2222", "山田 花子,電話して"), "utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_clients(store, path)
    where = [(e.row, e.column) for e in refused.value.errors]
    assert where == [(2, "電話番号"), (4, "従業員数"), (5, "会社名"), (6, "都道府県")]
    assert _clients(store) == {}
    i18n.install("ja")
    text = i18n.import_text(refused.value)
    assert text.splitlines()[0] == "取り込みませんでした。一覧に4件の問題があります。"
    assert "2行目・電話番号：" in text and "5行目・会社名：" in text


def test_only_the_first_row_errors_are_listed_and_the_rest_counted(store, tmp_path):
    path = _write(tmp_path / "c.csv", HEADER + "株式会社A,,,,,-1,,,\r\n" * 30, "utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_clients(store, path)
    i18n.install("ja")
    text = i18n.import_text(refused.value)
    assert len(text.splitlines()) == 1 + 20 + 1 and "ほか10件" in text


def _zip_bomb(path: Path, megabytes: int) -> Path:
    """A workbook with a part that unpacks to `megabytes` of zeros from a few hundred kilobytes."""
    wb = Workbook()
    wb.active["A1"] = "顧客名"
    wb.save(path)
    chunk = bytes(1024 * 1024)
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/media/padding.bin", "w", force_zip64=True) as part,
    ):
        for _ in range(megabytes):
            part.write(chunk)
    return path


def _entity_expansion(path: Path) -> Path:
    """A sheet with the 'billion laughs' entities in its XML."""
    wb = Workbook()
    wb.active["A1"] = "x"
    plain = tmp = path.with_suffix(".plain.xlsx")
    wb.save(tmp)
    lol = '<!DOCTYPE lolz [<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = (lol + "]>" + data.decode().replace("<t>x", "<t>&lol9;x", 1)).encode()
            out.writestr(info, data)
    return path


HOSTILE = {
    "zip bomb": (lambda p: _zip_bomb(p / "bomb.xlsx", 300), "unpack"),
    "entity expansion": (lambda p: _entity_expansion(p / "laughs.xlsx"), "not an Excel workbook"),
    "random bytes as xlsx": (lambda p: _write(p / "x.xlsx", "PK\x03\x04garbage", "latin-1"), "not an Excel"),
    "old excel": (lambda p: _write(p / "old.xls", "\xd0\xcf\x11\xe0", "latin-1"), ".xls"),
    "unknown kind": (lambda p: _write(p / "list.pdf", "%PDF-1.4", "ascii"), "CSV"),
    "not text": (lambda p: (p / "x.csv").write_bytes(b"\x80\x81\xfd\xfe\xff" * 100) and p / "x.csv", "UTF-8"),
    "10 MB cell": (
        lambda p: _write(p / "big.csv", "会社名,メモ\r\n株式会社A," + "あ" * 5_000_000, "utf-8"),
        "longer",
    ),
    "25 MB file": (
        lambda p: _write(p / "huge.csv", "会社名\r\n" + "株式会社A\r\n" * 2_200_000, "utf-8"),
        "larger",
    ),
    "too many rows": (
        lambda p: _write(
            p / "rows.csv", "会社名\r\n" + "".join(f"株式会社{i}\r\n" for i in range(MAX_ROWS + 1)), "utf-8"
        ),
        "rows",
    ),
    "no name column": (
        lambda p: _write(p / "h.csv", "住所,電話\r\n東京,03\r\n", "utf-8"),
        "name (顧客名・会社名)",
    ),
    "header only": (lambda p: _write(p / "h.csv", "会社名,電話\r\n", "utf-8"), "no rows"),
    "empty": (lambda p: _write(p / "e.csv", "", "utf-8"), "no rows"),
    "missing": (lambda p: p / "gone.csv", "cannot be read"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_files_are_refused_with_a_clear_message_and_change_nothing(store, tmp_path, case):
    import time

    make, says = HOSTILE[case]
    path = make(tmp_path)
    with store.session() as session:
        repo.save_client(session, ClientDraft(name="株式会社既存"))
    started = time.perf_counter()
    with pytest.raises((TableError, ListRefused)) as refused:
        import_clients(store, path)
    assert time.perf_counter() - started < 20
    i18n.install("en")
    assert says in i18n.import_text(refused.value)
    assert list(_clients(store)) == ["株式会社既存"]


def test_nul_characters_and_control_codes_are_dropped_from_cells(store, tmp_path):
    path = _write(tmp_path / "c.csv", '会社名,メモ\r\n株式会社\x00ヌル,"改行\nあり\x07"\r\n', "utf-8")
    assert import_clients(store, path).added == 1
    assert _clients(store)["株式会社ヌル"].notes == "改行\nあり"


def test_a_cancelled_import_writes_nothing(store, tmp_path):
    from csp_desk.gui.jobs import Cancelled

    path = _write(
        tmp_path / "c.csv", "会社名\r\n" + "".join(f"株式会社{i}\r\n" for i in range(1000)), "utf-8"
    )

    def cancel_midway(done, total):
        if total and done >= 400:
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_clients(store, path, cancel_midway)
    assert _clients(store) == {}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=4000), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_any_bytes_are_read_or_refused_never_crash(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        rows = read_table(path)
    except TableError:
        return
    assert all(isinstance(cell, str) for row in rows for cell in row)
    with contextlib.suppress(ListRefused):
        read_list(rows, CLIENTS)


cells = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(st.lists(cells, max_size=6), max_size=8),
    header=st.lists(
        st.sampled_from(
            [
                "会社名",
                "フリガナ",
                "都道府県",
                "従業員数",
                "資本金",
                "メール",
                "電話番号",
                "法人番号",
                "謎",
                "",
            ]
        ),
        max_size=6,
    ),
)
def test_any_table_gives_drafts_or_row_errors_and_imports_all_or_nothing(store, tmp_path, rows, header):
    import csv

    path = tmp_path / "t.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, *rows])
    before = set(_clients(store))
    try:
        result = import_clients(store, path)
    except (TableError, ListRefused, ImportRefused):
        assert set(_clients(store)) == before
        return
    assert len(_clients(store)) == len(before) + result.added


def test_the_command_line_imports_and_refuses(tmp_path):
    db = tmp_path / "desk.sqlite3"
    good = _write(tmp_path / "c.csv", HEADER + ROWS, "cp932")
    done = csp_desk("import", "clients", good, "--db", db)
    assert done.returncode == 0, done.stderr
    assert "Imported 2 clients" in done.stdout or "2" in done.stdout
    bad = _write(tmp_path / "b.csv", HEADER + "株式会社B,,,,,-1,,,\r\n", "utf-8")
    refused = csp_desk("import", "clients", bad, "--db", db)
    assert refused.returncode == 1 and "2" in refused.stderr and "従業員数" in refused.stderr
    listed = csp_desk("list", "clients", "--db", db, "--json")
    assert len(__import__("json").loads(listed.stdout)) == 2


def test_the_window_imports_a_list_and_shows_why_another_is_refused(qtbot, demo_window, tmp_path, modals):
    from tests.clicks import choose_file, click, open_page, press

    good = _write(tmp_path / "c.csv", HEADER + ROWS, "cp932")
    modals.expect(choose_file(good), press("OK"))
    click(demo_window.clients_page.ui.importList)  # the button beside 新しい顧客
    said = modals.texts()
    assert said[-1].splitlines()[0] == "2件の顧客を追加しました。" and "社内コード" in said[-1]
    page = demo_window.clients_page
    names = [page.model.row_at(r).name for r in range(page.model.rowCount())]
    assert "さくら食品株式会社" in names and "有限会社みどり工房" in names
    open_page(demo_window, 4)
    workers_before = demo_window.workers_page.model.total
    modals.expect(choose_file(_write(tmp_path / "w.csv", WORKERS_CSV, "utf-8")), press("OK"))
    demo_window.ui.actionImportWorkers.trigger()
    assert modals.texts()[-1].splitlines()[0] == "2件のワーカーを追加しました。"
    assert demo_window.workers_page.model.total == workers_before + 2
    bad = _write(tmp_path / "b.csv", HEADER + "株式会社B,,,,,-1,,,\r\n", "utf-8")
    modals.expect(choose_file(bad), press("OK"))
    demo_window.ui.actionImportClients.trigger()
    assert (
        modals.texts()[-1].startswith("取り込みませんでした。") and "2行目・従業員数：" in modals.texts()[-1]
    )
    modals.expect(choose_file(_zip_bomb(tmp_path / "bomb.xlsx", 250)), press("OK"))
    demo_window.ui.actionImportClients.trigger()
    assert "展開すると" in modals.texts()[-1]
    assert page.model.rowCount() == len(names)


WORKERS_CSV = (
    "氏名,フリガナ,登録サイト,プロフィールURL,個人・法人,従業員,都道府県,スキル,登録番号,メモ\r\n"
    "佐藤 花子,サトウハナコ,クラウドワークス,https://crowdworks.jp/public/employees/1,個人,なし,北海道,"
    "ロゴデザイン,Ｔ１２３４５６７８９０１２３,\r\n"
    "株式会社デザイン工房,,ランサーズ,,法人,あり,東京,Web制作,,\r\n"
)


def test_a_worker_list_is_imported_with_kind_employees_and_invoice_number(store, tmp_path):
    from csp_desk.store import following

    path = _write(tmp_path / "workers.csv", WORKERS_CSV, "cp932")
    result = import_workers(store, path)
    assert (result.added, result.already_there) == (2, 0)
    with store.session() as session:
        workers = {w.name: following.get_worker(session, w.id).draft for w in following.list_workers(session)}
    hanako, studio = workers["佐藤 花子"], workers["株式会社デザイン工房"]
    assert hanako.invoice_number == "T1234567890123" and hanako.kind == "individual"
    assert hanako.has_employees is False and hanako.prefecture == "北海道"
    assert studio.kind == "corporation" and studio.has_employees is True and studio.prefecture == "東京都"
    assert import_workers(store, path).already_there == 2


def test_a_worker_list_in_error_is_refused_whole(store, tmp_path):
    from csp_desk.store import following

    bad = WORKERS_CSV + "田中 一郎,,,ftp://x,組合,たぶん,,,T123,\r\n"
    with pytest.raises(ImportRefused) as refused:
        import_workers(store, _write(tmp_path / "w.csv", bad, "utf-8"))
    assert [(e.row, e.column) for e in refused.value.errors] == [
        (4, "プロフィールURL"), (4, "個人・法人"), (4, "従業員"), (4, "登録番号"),
    ]  # fmt: skip
    with store.session() as session:
        assert following.list_workers(session) == []


def test_the_command_line_imports_workers(tmp_path):
    db = tmp_path / "desk.sqlite3"
    done = csp_desk("import", "workers", _write(tmp_path / "w.csv", WORKERS_CSV, "utf-8"), "--db", db)
    assert done.returncode == 0, done.stderr
    assert "2" in done.stdout


def _worker_names(store):
    from csp_desk.store import following

    with store.session() as session:
        return {w.name for w in following.list_workers(session, include_archived=True, limit=10_000)}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(st.lists(cells, max_size=7), max_size=8),
    header=st.lists(
        st.sampled_from(
            ["氏名", "個人・法人", "従業員", "都道府県", "登録番号", "プロフィールURL", "謎", ""]
        ),
        max_size=7,
    ),
)
def test_any_worker_table_imports_all_or_nothing(store, tmp_path, rows, header):
    import csv

    path = tmp_path / "w.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, *rows])
    before = _worker_names(store)
    try:
        result = import_workers(store, path)
    except (TableError, ListRefused, ImportRefused):
        assert _worker_names(store) == before
        return
    assert len(_worker_names(store)) == len(before) + result.added


def test_cancelling_while_a_workbook_is_read_cancels_and_is_not_taken_for_damage(store, tmp_path):
    from csp_desk.gui.jobs import Cancelled

    wb = Workbook()
    wb.active.append(["顧客名"])
    for i in range(2500):
        wb.active.append([f"株式会社{i}"])
    wb.save(tmp_path / "many.xlsx")

    def cancel(done, total):
        if done >= 1000:
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_clients(store, tmp_path / "many.xlsx", cancel)
    assert _clients(store) == {}


def test_a_long_import_keeps_no_one_waiting_while_it_reads_and_a_cancel_writes_nothing(store, tmp_path):
    """The list is read, checked and prepared with no transaction open: the window's own saves go
    through meanwhile (they would wait, then fail, behind a transaction held for seconds); only
    the short write at the end takes the database."""
    from csp_desk.services import clients

    names = "".join(f"株式会社{i}\r\n" for i in range(2_000))
    path = _write(tmp_path / "c.csv", "会社名\r\n" + names, "utf-8")
    saved: list[int] = []

    def meanwhile(done: int, total: int) -> None:
        if not saved and 0 < done < total:
            saved.extend(clients.save_client(store, ClientDraft(name="窓口で保存")).ids)

    assert import_clients(store, path, meanwhile).added == 2_000
    assert saved and clients.list_clients(store).any_client
    assert len(clients.list_clients(store, "株式会社").rows) == 2_000

    def cancel(done: int, total: int) -> None:
        if 0 < done < total:
            raise InterruptedError

    others = "".join(f"有限会社{i}\r\n" for i in range(2_000))
    other = _write(tmp_path / "d.csv", "会社名\r\n" + others, "utf-8")
    with pytest.raises(InterruptedError):
        import_clients(store, other, cancel)
    assert clients.list_clients(store, "有限会社").rows == []


def test_a_write_inside_a_write_is_refused_at_once_instead_of_waiting_for_ever(store):
    with store.write() as session:
        repo.save_client(session, ClientDraft(name="外側"))
        with pytest.raises(RuntimeError), store.write():
            pass
    with store.session() as session:
        assert [c.name for c in repo.list_clients(session)] == ["外側"]
