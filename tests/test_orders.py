"""Reading order files: every kind of bad file is refused with what and where, never a crash."""

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csp_desk.domain.orders import OrderFileError, read_order_bytes

from .test_cli import csp_desk
from .test_rules import PROJECT, changed

ORDERS = Path(__file__).parent / "orders"


def _bytes(data):
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize(
    ("raw", "where"),
    [
        (b"\xff\xfe not utf-8", "byte 0"),
        (b'{"format": "csp-desk.order/1",', "line 1"),
        (_bytes(changed(PROJECT, colour="red")), "colour: unknown field"),
        (_bytes(changed(PROJECT, reward__amont=5)), "reward.amont: unknown field"),
        (_bytes(changed(PROJECT, estimated_hours="forty")), "estimated_hours: expected a number"),
        (_bytes(changed(PROJECT, due="2027-02-30")), "due: 2027-02-30 is not a real date"),
        (_bytes(changed(PROJECT, due="2027/01/29")), "due: 2027/01/29 is not a real date"),
        (_bytes(changed(PROJECT, contract={"payment_due": "9999-12-31"})), "contract.payment_due: 9999"),
        (_bytes(changed(PROJECT, reward__amount=-1)), "reward.amount: -1 is below the minimum 0"),
        (_bytes(changed(PROJECT, reward__amount=True)), "reward.amount: expected a whole number"),
        (_bytes(changed(PROJECT, order_type="auction")), "order_type: \"auction\" is not one of"),
        (_bytes(changed(PROJECT, orderer=None)), "orderer: required field is missing"),
        (_bytes(changed(PROJECT, orderer__name=" ")), "orderer.name: must not be empty"),
        (_bytes(changed(PROJECT, category="design.nothing")), "category: design.nothing is not"),
        (_bytes(changed(PROJECT, format="csp-desk.order/2")), "format:"),
        (_bytes([1, 2, 3]), "(top): expected an object"),
        (b"[" * 100_000, "line 1"),
    ],
)  # fmt: skip
def test_bad_order_files_are_refused_saying_what_and_where(raw, where):
    with pytest.raises(OrderFileError) as caught:
        read_order_bytes(raw, frozenset({"web.landing_page", "design.logo"}))
    assert where in str(caught.value)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash_the_reader(raw):
    with contextlib.suppress(OrderFileError):
        read_order_bytes(raw)


def test_check_prints_findings_as_json_and_exits_by_severity(tmp_path):
    good = csp_desk("check", ORDERS / "compliant_competition.json", "--json")
    assert good.returncode == 0, good.stderr
    result = json.loads(good.stdout)
    assert result["format"] == "csp-desk.findings/1"
    assert {f["rule"] for f in result["findings"]} == {"ID-04", "TAX-01", "TAX-02"}
    assert set(result["findings"][0]) == {"rule", "severity", "message", "basis", "field"}
    assert "源泉徴収" in "".join(f["message"] for f in result["findings"])

    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(changed(PROJECT, due=None, place=None), ensure_ascii=False),
                      encoding="utf-8")  # fmt: skip
    bad = csp_desk("check", broken, "--json")
    assert bad.returncode == 1
    rules = {f["rule"]: f for f in json.loads(bad.stdout)["findings"]}
    assert rules["POST-02"]["severity"] == "error" and rules["POST-02"]["field"] == "due"
    assert "業務に従事する場所" in rules["POST-08"]["message"]


def test_check_refuses_an_invalid_file_with_one_line_and_exit_2(tmp_path):
    path = tmp_path / "order.json"
    path.write_text(json.dumps(changed(PROJECT, due="2027-02-30")), encoding="utf-8")
    result = csp_desk("check", path)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "due" in lines[0] and "2027-02-30" in lines[0]
    assert "Traceback" not in result.stderr


def test_check_of_a_missing_file_exits_2(tmp_path):
    result = csp_desk("check", tmp_path / "nothing.json")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_a_work_item_exported_as_an_order_file_reads_back_with_the_same_findings(tmp_path, catalogue):
    from datetime import date as day

    from csp_desk.domain.orders import order_to_json, parse_order
    from csp_desk.domain.rules import check, load_reference
    from csp_desk.paths import DATA
    from csp_desk.store import repo
    from csp_desk.store.db import open_store
    from csp_desk.store.demo import fill_demo

    db = tmp_path / "demo.sqlite3"
    store = open_store(db)
    fill_demo(store, catalogue, clients=2, today=day(2026, 11, 26))
    with store.session() as session:
        client = repo.list_clients(session)[0]
        problem = repo.list_problems(session, client_id=client.id)[0]
        items = repo.list_work_items(session, problem.id)
        in_memory = [repo.load_posting(session, item.id, catalogue) for item in items]
    store.close()
    reference = load_reference(DATA)
    for item, order in zip(items, in_memory, strict=True):
        out = tmp_path / f"order-{item.id}.json"
        result = csp_desk("export", "order", "--work-item", item.id, "--out", out, "--db", db)
        assert result.returncode == 0, result.stderr
        data = json.loads(out.read_text(encoding="utf-8"))
        assert data == order_to_json(order)
        read_back = read_order_bytes(out.read_bytes(), frozenset(c.id for c in catalogue.categories))
        assert read_back == order
        assert check(read_back, reference=reference) == check(order, reference=reference)
        assert parse_order(data).orderer.name == client.name


def test_exporting_an_unknown_work_item_is_refused(tmp_path):
    db = tmp_path / "demo.sqlite3"
    csp_desk("demo", "--db", db, "--clients", 1)
    result = csp_desk("export", "order", "--work-item", 9999, "--out", tmp_path / "x.json", "--db", db)
    assert result.returncode == 1 and "9999" in result.stderr
    assert not (tmp_path / "x.json").exists()
