"""The client file (csp-desk.client/1): one client moved between desks offline — written, read
back equal, imported under new ids all or nothing, refused on a collision, and hostile files
refused with their own message and nothing changed."""

import contextlib
import json
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csp_desk.domain import corporate_number
from csp_desk.domain.client_file import (
    FORMAT,
    MAX_FILE_BYTES,
    client_file_to_json,
    parse_client_file,
    problem_text,
    read_client_bytes,
)
from csp_desk.domain.consultation import ConsultationDraft
from csp_desk.domain.orders import OrderFileError, parse_order
from csp_desk.domain.posting_record import LegalOrderer, PostingRecord, PostingStatus, Undetermined
from csp_desk.domain.text import Refused
from csp_desk.store import client_file as store_file
from csp_desk.store import repo
from csp_desk.store.db import open_store

from .test_cli import csp_desk

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = json.loads((ROOT / "tests" / "orders" / "compliant_contract.json").read_text(encoding="utf-8"))
TODAY = date(2026, 11, 30)
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _number(base12: str) -> str:
    return f"{corporate_number.check_digit(base12)}{base12}"


def _dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def _enrich(store) -> int:
    """The first demo client with a corporate number, a second consultation with a typed-in
    problem, a saved posting and a posting record with an undetermined term."""
    with store.session() as session:
        client_id = repo.list_clients(session)[0].id
        draft, _ = repo.load_client(session, client_id)
        repo.save_client(session, replace(draft, corporate_number=_number("123456789012")), client_id)
        consultation = repo.save_consultation(
            session, client_id, ConsultationDraft(date(2026, 11, 20), "商工会議所", "森、田中", "二回目")
        )
        repo.add_problem(session, consultation, "　手入力の課題　", items=[])
        item = repo.list_work_items(session, repo.list_problems(session, client_id=client_id)[0].id)[0]
        repo.save_posting(session, item.id, parse_order(CONTRACT))
        record = PostingRecord(
            status=PostingStatus.OPEN, deadline=date(2026, 12, 10), legal_orderer=LegalOrderer.CLIENT,
            undetermined=(Undetermined("納品形式", "印刷会社が未定", date(2026, 12, 5)),),
        )  # fmt: skip
        repo.save_record(session, item.id, record)
    return client_id


def _exported(store, client_id: int) -> dict:
    with store.session() as session:
        return client_file_to_json(store_file.export_client(session, client_id, TODAY))


def _bytes(data) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


@pytest.fixture
def exported(demo_store):
    return _exported(demo_store, _enrich(demo_store))


def test_a_client_goes_to_another_desk_and_comes_back_equal(demo_store, exported, tmp_path):
    assert exported["format"] == FORMAT and exported["client"]["corporate_number"]
    problems = [p for c in exported["consultations"] for p in c.get("problems", [])]
    items = [i for p in problems for i in p.get("work_items", [])]
    assert any("posting" in i and "record" in i for i in items)
    assert read_client_bytes(_bytes(exported)) == parse_client_file(exported)

    other = open_store(tmp_path / "other.sqlite3")
    try:
        with other.session() as session:
            new_id = store_file.import_client(session, read_client_bytes(_bytes(exported)))
        again = _exported(other, new_id)
        with other.session() as session:
            assert repo.load_posting(session, repo.list_work_items(session, repo.list_problems(
                session, client_id=new_id)[0].id)[0].id).contract is not None  # fmt: skip
    finally:
        other.close()
    for data in (exported, again):
        del data["source_id"], data["exported_on"]
    assert again == exported
    held = [c["held_on"] for c in again["consultations"]]
    assert held == sorted(held)


@pytest.mark.parametrize(
    "change",
    [
        lambda c: c,  # the same file twice
        lambda c: {**c, "name": " " + c["name"].replace("株式会社", "株式会社　") + " "},  # spaced
        lambda c: {**c, "name": "全く別の名前株式会社"},  # another name, the same corporate number
    ],
)
def test_a_client_already_there_is_refused_and_nothing_changes(demo_store, exported, tmp_path, change):
    path = tmp_path / "test.sqlite3"
    data = {**exported, "client": change(exported["client"])}
    before = _dump(path)
    with pytest.raises(Refused) as refused, demo_store.session() as session:
        store_file.import_client(session, read_client_bytes(_bytes(data)))
    assert "nothing was imported" in str(refused.value)
    assert exported["client"]["name"] in str(refused.value)
    assert _dump(path) == before


def test_a_failure_half_way_leaves_nothing_behind(exported, tmp_path, monkeypatch):
    other = open_store(tmp_path / "other.sqlite3")
    path = tmp_path / "other.sqlite3"
    try:
        before = _dump(path)

        def broken(*_args, **_kwargs):
            raise OSError("disk full")

        monkeypatch.setattr(repo, "save_record", broken)
        with pytest.raises(OSError), other.session() as session:
            store_file.import_client(session, read_client_bytes(_bytes(exported)))
        assert _dump(path) == before
        with other.session() as session:
            assert repo.count_clients(session) == 0
    finally:
        other.close()


def _at(data, path, value):
    """A copy of `data` with the value at `path` (keys and indexes) replaced."""
    out = json.loads(json.dumps(data))
    target = out
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return out


HOSTILE = [
    (lambda d: {**d, "format": "csp-desk.client/2"}, "csp-desk.client/2"),
    (lambda d: {**d, "format": "csp-desk.order/1"}, "format"),
    (lambda d: {k: v for k, v in d.items() if k != "format"}, "format"),
    (lambda d: {**d, "extra": 1}, "extra"),
    (lambda d: _at(d, ["client", "name"], "   "), "client.name"),
    (lambda d: _at(d, ["client", "name"], 3), "client.name"),
    (lambda d: _at(d, ["client", "email"], "not-an-address"), "client.email"),
    (lambda d: _at(d, ["client", "corporate_number"], "1234567890123"), "client.corporate_number"),
    (lambda d: _at(d, ["client", "prefecture"], "火星"), "client.prefecture"),
    (lambda d: _at(d, ["client", "employees"], -1), "client.employees"),
    (lambda d: _at(d, ["client", "capital"], 10**30), "client.capital"),
    (lambda d: _at(d, ["client", "notes"], "あ" * 10_000_000), "client.notes"),
    (lambda d: _at(d, ["client", "kana"], "あ" * 501), "client.kana"),
    (lambda d: _at(d, ["consultations", 0, "held_on"], "2026-02-30"), "consultations[0].held_on"),
    (lambda d: _at(d, ["consultations", 0, "surprise"], True), "consultations[0].surprise"),
    (lambda d: _at(d, ["consultations"], [{"held_on": "2026-01-01"}] * 1001), "consultations"),
    (lambda d: _at(d, ["consultations", 0, "problems", 0, "title"], ""),
     "consultations[0].problems[0].title"),
    (lambda d: _at(d, ["consultations", 0, "problems", 0, "work_items", 0, "order_type"], "auction"),
     "consultations[0].problems[0].work_items[0].order_type"),
    (lambda d: _at(d, ["consultations", 0, "problems", 0, "work_items", 0, "budget_min"], 10**9),
     "consultations[0].problems[0].work_items[0].budget_max"),
    (lambda d: _at(d, ["consultations", 0, "problems", 0, "work_items", 0, "hours"], float("nan")),
     "consultations[0].problems[0].work_items[0].hours"),
    (lambda d: _at(d, ["consultations", 0, "problems", 0, "work_items", 0, "hours"], 10**400),
     "consultations[0].problems[0].work_items[0].hours"),
    (lambda d: _at(d, ["consultations", 0, "problems", 0, "work_items", 0, "posting"],
                   {**CONTRACT, "format": "x"}),
     "consultations[0].problems[0].work_items[0].posting.format"),
    (lambda d: _at(d, ["consultations", 0, "problems", 0, "work_items", 0, "posting"],
                   {**CONTRACT, "description": "あ" * 10_000_000}),
     "consultations[0].problems[0].work_items[0].posting.description"),
    (lambda d: _at(d, ["consultations", 0, "problems", 0, "work_items", 0, "record"], {"status": "lost"}),
     "consultations[0].problems[0].work_items[0].record.status"),
]  # fmt: skip


@pytest.mark.parametrize("index", range(len(HOSTILE)))
def test_a_hostile_client_file_is_refused_naming_the_place(demo_store, index, tmp_path):
    with demo_store.session() as session:
        data = client_file_to_json(store_file.export_client(session, repo.list_clients(session)[0].id, TODAY))
    change, where = HOSTILE[index]
    raw = json.dumps(change(data), ensure_ascii=False).encode("utf-8")
    with pytest.raises(OrderFileError) as refused:
        read_client_bytes(raw)
    assert where in problem_text(refused.value)


def test_hostile_bytes_are_refused_cleanly():
    hostile = [
        b"",
        b"\xff\xfe" + "{}".encode("utf-16-le"),  # UTF-16
        b"[" * 100_000 + b"]" * 100_000,  # nested too deeply
        b'{"format": "csp-desk.client/1", "format": "csp-desk.client/1", "client": {"name": "x"}}',
        b'{"format": "csp-desk.client/1", "client": {"name": "x", "employees": ' + b"9" * 5000 + b"}}",
        b"\x00" * 1000,
        b"[]",
        b'"csp-desk.client/1"',
        b" " * (MAX_FILE_BYTES + 1),
    ]
    for raw in hostile:
        with pytest.raises(OrderFileError):
            read_client_bytes(raw)


def _mutations(raw: bytes) -> st.SearchStrategy[bytes]:
    """Truncations, flipped and inserted bytes, and whole random blobs of the same size."""
    cut = st.integers(0, len(raw)).map(lambda n: raw[:n])
    flip = st.tuples(st.integers(0, len(raw) - 1), st.integers(0, 255)).map(
        lambda p: raw[: p[0]] + bytes([p[1]]) + raw[p[0] + 1 :]
    )
    insert = st.tuples(st.integers(0, len(raw)), st.binary(min_size=1, max_size=40)).map(
        lambda p: raw[: p[0]] + p[1] + raw[p[0] :]
    )
    return st.one_of(cut, flip, insert, st.binary(max_size=len(raw)))


def _sample() -> bytes:
    """A valid client file with a posting and a record, without a database."""
    return _bytes(
        {
            "format": FORMAT,
            "exported_on": "2026-11-30",
            "client": {"name": "株式会社テスト", "prefecture": "東京都", "employees": 5, "email": "a@b.jp"},
            "consultations": [
                {
                    "held_on": "2026-11-20",
                    "problems": [
                        {
                            "title": "ロゴがない",
                            "catalogue_id": "brand.logo",
                            "work_items": [
                                {
                                    "title": "ロゴ制作",
                                    "order_type": "competition",
                                    "budget_min": 30000,
                                    "budget_max": 50000,
                                    "posting": CONTRACT,
                                    "record": {"status": "open", "undetermined": [{"item": "納品形式"}]},
                                }
                            ],
                        }
                    ],
                }
            ],
        }
    )


SAMPLE = _sample()


def test_the_sample_reads_and_writes_back_equal():
    found = read_client_bytes(SAMPLE)
    assert read_client_bytes(_bytes(client_file_to_json(found))) == found


@FUZZ
@given(_mutations(SAMPLE))
def test_a_damaged_client_file_is_read_or_refused_with_where(raw):
    try:
        read_client_bytes(raw)
    except OrderFileError as exc:
        assert problem_text(exc)


@FUZZ
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
        lambda children: (
            st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
        ),
        max_leaves=20,
    )
)
def test_any_json_value_as_a_client_file_is_read_or_refused(value):
    with contextlib.suppress(OrderFileError):
        read_client_bytes(json.dumps(value).encode())
    with contextlib.suppress(OrderFileError):  # the same value in each place of a valid file
        base = json.loads(SAMPLE)
        item = ["consultations", 0, "problems", 0, "work_items", 0]
        for path in (["client"], ["client", "name"], ["consultations"], ["consultations", 0],
                     ["consultations", 0, "problems", 0], item, [*item, "record"]):  # fmt: skip
            with contextlib.suppress(OrderFileError):
                read_client_bytes(json.dumps(_at(base, path, value)).encode())


def test_export_and_import_from_the_command_line(tmp_path):
    first, second = tmp_path / "desk.sqlite3", tmp_path / "venue.sqlite3"
    assert csp_desk("demo", "--db", first, "--clients", 2).returncode == 0
    client = json.loads(csp_desk("list", "clients", "--db", first, "--json").stdout)[0]
    out = tmp_path / "クライアント.json"
    written = csp_desk("export", "client", "--client", client["id"], "--out", out, "--db", first)
    assert written.returncode == 0, written.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == FORMAT

    imported = csp_desk("import", "client", out, "--db", second)
    assert imported.returncode == 0, imported.stderr
    assert client["name"] in imported.stdout
    listed = json.loads(csp_desk("list", "clients", "--db", second, "--json").stdout)
    assert [c["name"] for c in listed] == [client["name"]]

    before = _dump(second)
    again = csp_desk("import", "client", out, "--db", second)
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert client["name"] in again.stderr and "何も取り込んでいません" in again.stderr
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "csp-desk.client/2"}), encoding="utf-8")
    refused = csp_desk("import", "client", bad, "--db", second)
    assert refused.returncode == 1 and "csp-desk.client/2" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert _dump(second) == before

    missing = csp_desk("export", "client", "--client", 999, "--out", tmp_path / "x.json", "--db", first)
    assert missing.returncode == 1 and "999" in missing.stderr and not (tmp_path / "x.json").exists()


def test_import_waits_for_the_writer_lock_and_export_goes_on(tmp_path):
    from csp_desk.store.lock import take

    db = tmp_path / "desk.sqlite3"
    assert csp_desk("demo", "--db", db, "--clients", 1).returncode == 0
    out = tmp_path / "client.json"
    data = json.loads(_bytes({"format": FORMAT, "client": {"name": "別の会社"}}))
    (tmp_path / "new.json").write_text(json.dumps(data), encoding="utf-8")
    held = take(db, "import clients")
    try:
        exported = csp_desk("export", "client", "--client", 1, "--out", out, "--db", db)
        before = _dump(db)
        refused = csp_desk("import", "client", tmp_path / "new.json", "--db", db)
    finally:
        held.release()
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "import clients" in refused.stderr
    assert exported.returncode == 0, exported.stderr
    assert out.exists()
    assert _dump(db) == before
    assert csp_desk("import", "client", tmp_path / "new.json", "--db", db).returncode == 0


def test_a_broken_json_file_is_refused_in_japanese_from_end_to_end(tmp_path):
    broken = tmp_path / "途中まで.json"
    broken.write_text('{"format": "csp-desk.client/1", "client": ', encoding="utf-8")
    db = tmp_path / "d.sqlite3"
    result = csp_desk("import", "client", broken, "--db", db)
    assert result.returncode != 0
    assert "値がありません" in result.stderr and "Expecting" not in result.stderr
    assert "顧客ファイル" in result.stderr
