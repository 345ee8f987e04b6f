"""The rules about a posting's circumstances (POST-18, CONT-04, CONT-18, CONT-19): each with a
record that meets it and one that breaks it, and the record's strict reading."""

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csp_desk.domain.orders import OrderFileError, parse_order
from csp_desk.domain.posting_record import (
    LegalOrderer,
    PostingRecord,
    PostingStatus,
    Undetermined,
    parse_record,
    record_to_json,
)
from csp_desk.domain.rules import Severity, check
from csp_desk.domain.rules.record import same_party

from .test_rules import CONTRACT, PROJECT, REFERENCE

CONTRACTED = parse_order(CONTRACT)
POSTED = parse_order(PROJECT)
TODAY = date(2026, 11, 26)

GOOD = PostingRecord(
    status=PostingStatus.FILLED,
    deadline=date(2026, 11, 30),
    first_application_on=date(2026, 11, 20),
    legal_orderer=LegalOrderer.CLIENT,
    platform_party="株式会社 さくら食品",
    escrowed_on=date(2026, 12, 1),
    started_on=date(2026, 12, 2),
    undetermined=(
        Undetermined(
            "納品ファイル形式",
            "印刷会社が未定のため",
            date(2026, 12, 5),
            date(2026, 12, 4),
            date(2026, 12, 4),
        ),
    ),
    client_name="株式会社さくら食品",
    producer_name="田中 CSP事務所",
)


def found(order, record, rule_id):
    return [f for f in check(order, TODAY, REFERENCE, record) if f.rule == rule_id]


def test_a_good_record_adds_no_warning():
    assert [f for f in check(CONTRACTED, TODAY, REFERENCE, GOOD) if f.severity is not Severity.INFO] == []


def test_without_a_record_the_circumstance_rules_are_skipped():
    rules = {f.rule for f in check(CONTRACTED, TODAY, REFERENCE)}
    assert not rules & {"POST-18", "CONT-04", "CONT-18", "CONT-19"}


BROKEN = [
    ("POST-18", CONTRACTED, replace(GOOD, status=PostingStatus.OPEN), "record.status"),
    (
        "POST-18",
        POSTED,
        replace(GOOD, status=PostingStatus.OPEN, deadline=date(2026, 11, 25)),
        "record.deadline",
    ),
    ("POST-18", POSTED, replace(GOOD, terms_changed_on=date(2026, 11, 21)), "record.applicants_notified"),
    (
        "CONT-04",
        CONTRACTED,
        replace(GOOD, undetermined=(Undetermined("納品ファイル形式"),)),
        "record.undetermined",
    ),
    (
        "CONT-04",
        CONTRACTED,
        replace(GOOD, undetermined=(Undetermined("形式", "未定", date(2026, 12, 5), date(2026, 12, 4)),)),
        "record.undetermined",
    ),
    (
        "CONT-04",
        CONTRACTED,
        replace(GOOD, undetermined=(Undetermined("形式", "未定", date(2026, 11, 1)),)),
        "record.undetermined",
    ),
    ("CONT-18", CONTRACTED, replace(GOOD, escrowed_on=None), "record.escrowed_on"),
    ("CONT-18", CONTRACTED, replace(GOOD, escrowed_on=date(2026, 12, 3)), "record.escrowed_on"),
    ("CONT-19", CONTRACTED, replace(GOOD, legal_orderer=None), "record.legal_orderer"),
    ("CONT-19", CONTRACTED, replace(GOOD, platform_party=""), "record.platform_party"),
    ("CONT-19", CONTRACTED, replace(GOOD, legal_orderer=LegalOrderer.PRODUCER), "record.platform_party"),
    ("CONT-19", CONTRACTED, replace(GOOD, client_name="有限会社まつもと"), "record.platform_party"),
    (
        "CONT-19",
        CONTRACTED,
        replace(GOOD, legal_orderer=LegalOrderer.PRODUCER, platform_party="田中CSP事務所"),
        "orderer.name",
    ),
]


@pytest.mark.parametrize(("rule_id", "order", "record", "field"), BROKEN,
                         ids=[f"{b[0]}-{i}" for i, b in enumerate(BROKEN)])  # fmt: skip
def test_each_circumstance_rule_flags_what_breaks_it(rule_id, order, record, field):
    assert found(order, GOOD, rule_id) == []
    findings = found(order, record, rule_id)
    assert findings, f"{rule_id} not raised"
    assert findings[0].severity is Severity.WARNING
    assert findings[0].field == field
    assert findings[0].basis and findings[0].text()


def test_an_open_posting_within_its_deadline_is_current():
    record = replace(GOOD, status=PostingStatus.OPEN, deadline=TODAY)
    assert found(POSTED, record, "POST-18") == []


def test_changes_before_the_first_application_or_told_to_applicants_are_fine():
    assert found(POSTED, replace(GOOD, terms_changed_on=date(2026, 11, 19)), "POST-18") == []
    told = replace(GOOD, terms_changed_on=date(2026, 11, 21), applicants_notified=True)
    assert found(POSTED, told, "POST-18") == []


def test_no_escrow_is_expected_outside_a_platform():
    direct = replace(CONTRACTED, platform="direct")
    assert found(direct, replace(GOOD, escrowed_on=None), "CONT-18") == []


def test_a_draft_without_contract_needs_no_legal_orderer_yet():
    assert found(POSTED, PostingRecord(), "CONT-19") == []


SAME = [
    ("株式会社さくら食品", "㈱さくら食品"),
    ("株式会社　さくら食品", "さくら食品"),
    ("ＡＢＣ合同会社", "ABC(同)"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_party_names_compare_as_people_read_them(a, b):
    assert same_party(a, b)


def test_different_parties_differ():
    assert not same_party("株式会社さくら食品", "株式会社もみじ食品")
    assert not same_party("", "株式会社さくら食品")


def test_the_record_reads_back_equal():
    assert parse_record(record_to_json(GOOD)) == GOOD
    assert parse_record({}) == PostingRecord()


@pytest.mark.parametrize(("data", "where"), [
    ({"status": "gone"}, "status"),
    ({"deadline": "2026-02-30"}, "deadline"),
    ({"undetermined": [{"item": "x", "planned_on": 5}]}, "undetermined[0].planned_on"),
    ({"undetermined": {}}, "undetermined"),
    ({"surprise": 1}, "surprise"),
    ([], "(top)"),
])  # fmt: skip
def test_a_broken_record_is_refused_with_where(data, where):
    with pytest.raises(OrderFileError) as caught:
        parse_record(data)
    assert where in str(caught.value.params.get("where"))


_dates = st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2030, 12, 31)))
_records = st.builds(
    PostingRecord,
    status=st.sampled_from(PostingStatus), deadline=_dates, first_application_on=_dates,
    applicants_notified=st.booleans(), legal_orderer=st.one_of(st.none(), st.sampled_from(LegalOrderer)),
    platform_party=st.text(max_size=20), escrowed_on=_dates, started_on=_dates,
    undetermined=st.lists(st.builds(Undetermined, st.text(max_size=10), st.text(max_size=10), _dates, _dates,
                                    _dates), max_size=3).map(tuple),
    terms_changed_on=_dates, client_name=st.text(max_size=10), producer_name=st.text(max_size=10),
)  # fmt: skip


@given(_records)
def test_check_never_crashes_on_any_record(record):
    for order in (CONTRACTED, POSTED):
        check(order, TODAY, REFERENCE, record)
    stored = parse_record(record_to_json(record))
    assert stored == record
