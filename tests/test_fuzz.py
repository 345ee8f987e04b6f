"""Bad input, tried on purpose: every reader of outside data gets malformed, truncated, huge and
hostile input and answers with its own clear error — never a crash, never a partial write."""

import contextlib
import json
import random
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csp_desk.domain.catalogue import CatalogueError, load_catalogue, load_categories
from csp_desk.domain.minimum_wage import parse_wages
from csp_desk.domain.orders import OrderFileError, read_order_bytes
from csp_desk.domain.posting_record import parse_record
from csp_desk.paths import DATA
from csp_desk.store.backups import NotABackup, check_backup

from .test_rules import PROJECT

ORDER = json.dumps(PROJECT, ensure_ascii=False).encode("utf-8")
CATEGORIES = (DATA / "categories.json").read_bytes()
WAGES = (DATA / "minimum_wages.csv").read_text(encoding="utf-8")
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


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


@FUZZ
@given(_mutations(ORDER))
def test_a_damaged_order_file_is_read_or_refused_with_where(raw):
    try:
        read_order_bytes(raw)
    except OrderFileError as exc:
        assert str(exc)  # a message naming what and where


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
def test_any_json_value_as_an_order_or_a_posting_record_is_read_or_refused(value):
    for reader in (lambda v: read_order_bytes(json.dumps(v).encode()), parse_record):
        with contextlib.suppress(OrderFileError):
            reader(value)


def test_hostile_order_files_are_refused_cleanly():
    hostile = [
        b"\xff\xfe" + "{}".encode("utf-16-le"),  # UTF-16
        b"[" * 100_000 + b"]" * 100_000,  # nested too deeply
        json.dumps({**PROJECT, "description": "あ" * 5_000_000}).encode(),  # 15 MB of text: read, not crashed
        b'{"format": "csp-desk.order/1", "format": "x"}',
        b"\x00" * 1000,
        b"\xef\xbb\xbf" * 3 + ORDER,  # more than one byte-order mark
        ORDER.replace(b'"estimated_hours": 40', b'"estimated_hours": NaN'),
        ORDER.replace(b'"amount": 220000', b'"amount": 1e999999'),
        b'{"a": ' * 5000 + b"1" + b"}" * 5000,
        b'{"orderer": {"x": 1, "x": 2}, "orderer": 3}',
    ]
    for raw in hostile:
        with contextlib.suppress(OrderFileError):
            read_order_bytes(raw)
    with pytest.raises(OrderFileError, match="format"):
        read_order_bytes(hostile[3])


@FUZZ
@given(_mutations(b"\xef\xbb\xbf" + ORDER))
def test_a_damaged_order_file_with_a_byte_order_mark_is_read_or_refused(raw):
    try:
        read_order_bytes(raw)
    except OrderFileError as exc:
        assert str(exc)


@FUZZ
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
        lambda children: (
            st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
        ),
        max_leaves=10,
    ),
    st.sampled_from(["format", "title", "reward"]),
)
def test_a_key_written_twice_anywhere_is_refused(value, key):
    body = json.dumps(value)
    raw = f'{{"format": "csp-desk.order/1", "{key}": {body}, "{key}": {body}}}'.encode()
    with pytest.raises(OrderFileError, match=key):
        read_order_bytes(raw)


@FUZZ
@given(raw=_mutations(CATEGORIES))
def test_a_damaged_catalogue_is_refused_naming_file_entry_and_field(raw, tmp_path_factory):
    folder = tmp_path_factory.mktemp("data")
    (folder / "categories.json").write_bytes(raw)
    try:
        load_categories(folder / "categories.json")
    except CatalogueError as exc:
        assert exc.path.name == "categories.json" and str(exc)


@FUZZ
@given(
    st.one_of(_mutations(WAGES.encode()).map(lambda b: b.decode("utf-8", "replace")), st.text(max_size=400))
)
def test_a_damaged_minimum_wage_table_is_refused_with_its_line(text):
    try:
        parse_wages(text, Path("wages.csv"))
    except CatalogueError as exc:
        assert str(exc)


def test_the_shipped_catalogue_and_wages_still_read():
    assert load_catalogue(DATA).problems
    assert parse_wages(WAGES, Path("minimum_wages.csv")).newest_year >= 2025


@pytest.mark.parametrize("seed", range(40))
def test_a_damaged_backup_is_refused_before_anything_is_replaced(demo_store, tmp_path, seed):
    from csp_desk.store.backups import restore, take_backup

    path = demo_store.path
    demo_store.close()
    backup = take_backup(path, folder=tmp_path / "b")
    raw = bytearray(backup.read_bytes())
    rng = random.Random(seed)
    page = 4096
    for _ in range(rng.randint(1, 6)):  # damaged pages, a truncated tail, or zeroed header
        kind = rng.random()
        if kind < 0.5:
            start = rng.randrange(page, len(raw) - 200)
            raw[start : start + rng.randint(1, 200)] = bytes(rng.randrange(256) for _ in range(200))[:200]
        elif kind < 0.8:
            del raw[rng.randrange(page, len(raw)) :]
        else:
            raw[: rng.randint(1, 100)] = b"\x00" * 100
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(bytes(raw))
    before = sqlite3.connect(path).execute("SELECT count(*) FROM client").fetchone()
    try:
        check_backup(damaged)
    except NotABackup:
        with pytest.raises(NotABackup):
            restore(damaged, path, folder=tmp_path / "b")
    after = sqlite3.connect(path).execute("SELECT count(*) FROM client").fetchone()
    assert after == before
