"""The order reader follows REFERENCE §12.0 and order.schema.json: duplicate keys at any depth,
integers with a zero fraction, the 100,000-character limit, an orderer name shown on the
profile only, the byte-order mark, NaN/Infinity — in the reader and through `csp-desk check`."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csp_desk.domain.orders import MAX_TEXT, OrderFileError, read_order_bytes

from .test_cli import csp_desk
from .test_rules import CONTRACT, PROJECT, changed


def _bytes(data):
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _refusal(raw):
    with pytest.raises(OrderFileError) as caught:
        read_order_bytes(raw)
    return str(caught.value)


def _dump_twice(value, path, where=()):
    """JSON text of `value` in which the key at `path` (a tuple of keys) is written twice."""
    if isinstance(value, dict):
        parts = []
        for key, item in value.items():
            text = f"{json.dumps(key, ensure_ascii=False)}: {_dump_twice(item, path, (*where, key))}"
            parts.append(text)
            if (*where, key) == path:
                parts.append(text)
        return "{" + ", ".join(parts) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_dump_twice(v, path, where) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def _key_paths(value, where=()):
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*where, key)
            yield from _key_paths(item, (*where, key))


KEY_PATHS = sorted(set(_key_paths(CONTRACT)))


@pytest.mark.parametrize("path", KEY_PATHS, ids=".".join)
def test_a_key_twice_at_any_depth_is_refused_naming_it(path):
    raw = _dump_twice(CONTRACT, path).encode("utf-8")
    message = _refusal(raw)
    assert ".".join(path) + ":" in message and f'"{path[-1]}"' in message


def test_the_same_value_twice_is_still_a_duplicate():
    assert "format" in _refusal(b'{"format": "csp-desk.order/1", "format": "csp-desk.order/1"}')


def test_a_duplicate_inside_an_unknown_field_is_named_too():
    raw = _dump_twice(changed(PROJECT, extra={"a": {"b": 1}}), ("extra", "a", "b")).encode()
    assert "extra.a.b:" in _refusal(raw)


@pytest.mark.parametrize(
    ("field", "value", "read"),
    [("reward__amount", 90000.0, 90000), ("quantity", 3.0, 3), ("revisions__free_rounds", 0.0, 0),
     ("orderer__capital_yen", 1e7, 10_000_000)],
)  # fmt: skip
def test_a_whole_number_with_a_zero_fraction_is_an_integer(field, value, read):
    order = read_order_bytes(_bytes(changed(PROJECT, **{field: value})))
    got = order
    for part in field.split("__"):
        got = getattr(got, part)
    assert got == read and type(got) is int


@pytest.mark.parametrize(
    ("field", "value", "where"),
    [("reward__amount", 90000.5, "reward.amount"), ("quantity", 2.25, "quantity"),
     ("contract__amount", "1e400", "contract.amount")],
)  # fmt: skip
def test_a_fraction_is_refused_for_an_integer_field(field, value, where):
    raw = _bytes(changed(CONTRACT, **{field: "@@"})).replace(b'"@@"', str(value).encode())
    assert f"{where}: expected a whole number" in _refusal(raw)


def test_text_up_to_100000_characters_is_read_longer_is_refused_naming_field_and_limit():
    longest = read_order_bytes(_bytes(changed(PROJECT, description="あ" * MAX_TEXT)))
    assert len(longest.description) == MAX_TEXT
    message = _refusal(_bytes(changed(PROJECT, description="あ" * (MAX_TEXT + 1))))
    assert "description:" in message and "100,000" in message and "100,001" in message
    message = _refusal(_bytes(changed(CONTRACT, contract__reentrustment={"original_client": "x" * 100_001})))
    assert "contract.reentrustment.original_client:" in message


def test_an_empty_orderer_name_is_read_when_the_profile_shows_it():
    order = read_order_bytes(_bytes(changed(PROJECT, orderer__name="", orderer__profile_shows=["name"])))
    assert order.orderer.name == "" and "name" in order.orderer.profile_shows
    message = _refusal(_bytes(changed(PROJECT, orderer__name="", orderer__profile_shows=["address"])))
    assert "orderer.name: must not be empty" in message
    assert "orderer.name: must not be empty" in _refusal(_bytes(changed(PROJECT, orderer__name="")))


def test_a_byte_order_mark_is_accepted():
    assert read_order_bytes(b"\xef\xbb\xbf" + _bytes(PROJECT)).title == PROJECT["title"]


@pytest.mark.parametrize("word", ["NaN", "Infinity", "-Infinity"])
@pytest.mark.parametrize("field", ["estimated_hours", "reward.amount", "title"])
def test_nan_and_infinity_are_refused_naming_the_field(word, field):
    raw = _bytes(changed(PROJECT, **{field.replace(".", "__"): "@@"})).replace(b'"@@"', word.encode())
    message = _refusal(raw)
    assert f"{field}: {word}" in message


@settings(max_examples=150, deadline=None)
@given(path=st.sampled_from(KEY_PATHS), bom=st.booleans())
def test_any_duplicated_key_is_refused_whatever_else_the_file_holds(path, bom):
    raw = (b"\xef\xbb\xbf" if bom else b"") + _dump_twice(CONTRACT, path).encode("utf-8")
    with pytest.raises(OrderFileError, match=path[-1]):
        read_order_bytes(raw)


@settings(max_examples=150, deadline=None)
@given(st.floats(min_value=0, max_value=1e9))
def test_a_number_for_the_reward_is_read_exactly_when_it_is_whole(amount):
    try:
        order = read_order_bytes(_bytes(changed(PROJECT, reward__amount=amount)))
    except OrderFileError as exc:
        assert not amount.is_integer() and "reward.amount" in str(exc)
    else:
        assert amount.is_integer() and order.reward.amount == int(amount)


# --- the command line --------------------------------------------------------------------------


def _one_line_exit_2(path):
    result = csp_desk("check", path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    return lines[0]


def test_check_refuses_the_new_cases_with_exit_2_and_one_line_naming_the_path(tmp_path):
    path = tmp_path / "order.json"
    path.write_bytes(_dump_twice(CONTRACT, ("reward", "amount")).encode("utf-8"))
    assert "reward.amount" in _one_line_exit_2(path)
    path.write_bytes(_bytes(changed(PROJECT, reward__amount=90000.5)))
    assert "reward.amount" in _one_line_exit_2(path)
    path.write_bytes(_bytes(changed(PROJECT, estimated_hours="@@")).replace(b'"@@"', b"NaN"))
    assert "estimated_hours" in _one_line_exit_2(path)
    path.write_bytes(_bytes(changed(PROJECT, skills="x" * (MAX_TEXT + 1))))
    line = _one_line_exit_2(path)
    assert "skills" in line and "100,000" in line
    path.write_bytes(_bytes(changed(PROJECT, orderer__name="")))
    assert "orderer.name" in _one_line_exit_2(path)


def test_check_reads_a_bom_a_whole_float_and_a_profile_name(tmp_path):
    path = tmp_path / "order.json"
    data = changed(PROJECT, reward__amount=220000.0, orderer__name="", orderer__profile_shows=["name"])
    path.write_bytes(b"\xef\xbb\xbf" + _bytes(data))
    result = csp_desk("check", path, "--json")
    assert result.returncode in (0, 1), result.stderr
    assert json.loads(result.stdout)["format"] == "csp-desk.findings/1"


@pytest.mark.parametrize(
    "raw",
    [b'{"format": "csp-desk.order/1", "{x}": 1, "{x}": 2}', b'{"format": "csp-desk.order/1", "{x}": 1}',
     _bytes(changed(PROJECT, reward={"{0}": 1}))],
)  # fmt: skip
def test_a_key_with_braces_is_named_as_written_not_taken_for_a_parameter(tmp_path, raw):
    path = tmp_path / "order.json"
    path.write_bytes(raw)
    line = _one_line_exit_2(path)
    assert "{x}" in line or "reward.{0}" in line
