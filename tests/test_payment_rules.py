"""Payment dates in words on contracts (CONT-05/06/07/08) and timeframes on postings (POST-02):
REFERENCE §3.4 and §12.1–12.2 as decided there."""

import pytest

from csp_desk.domain.rules import Severity

from .test_rules import CONTRACT, PROJECT, REENTRUSTED, changed, findings

NOT_SPECIFIED = changed(CONTRACT, orderer__has_employees=False, orderer__officer_count=1)
"""The orderer is no 特定業務委託事業者: Art 4 does not apply, the guideline does."""


def _with_rule(base, text, **more):
    return changed(base, contract__payment_due=None, contract__payment_due_rule=text, **more)


def _found(data):
    return {f.rule: f for f in findings(data)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("月末締め翌月末払い", {"CONT-07": Severity.INFO}),  # within 2 months (JFTC): allowed
        ("毎月末日締め翌月末日払い", {"CONT-07": Severity.INFO}),
        ("20日締め翌月10日払い", {"CONT-07": Severity.INFO}),
        ("毎月15日締め当月末日払い", {"CONT-07": Severity.INFO}),
        ("納品後20日目", {}),
        ("月末締め翌々月末払い", {"CONT-06": Severity.ERROR}),
        ("月末締め翌々月末日払い", {"CONT-06": Severity.ERROR}),
        ("２０日締め翌月末払い", {"CONT-06": Severity.ERROR}),
        ("検収完了日の翌々月10日", {"CONT-06": Severity.ERROR}),
        ("速やかに", {"CONT-05": Severity.ERROR}),
        ("別途協議", {"CONT-05": Severity.ERROR}),
        ("追って連絡", {"CONT-05": Severity.ERROR}),
        ("未定", {"CONT-05": Severity.ERROR}),
        ("そのうち", {"CONT-05": Severity.ERROR}),
        ("納品後60日以内", {"CONT-05": Severity.ERROR, "CONT-06": Severity.ERROR}),  # day 61 at the latest
        ("受領日から起算して60日を超えない日までに", {"CONT-05": Severity.ERROR, "CONT-07": Severity.INFO}),
        ("受領後３０日以内", {"CONT-05": Severity.ERROR, "CONT-07": Severity.INFO}),  # 後: day 31
        ("2027年2月26日", {}),
        ("2027年3月31日", {"CONT-06": Severity.ERROR}),
    ],
)  # fmt: skip
def test_a_payment_rule_in_words_where_art_4_applies(text, expected):
    found = _found(_with_rule(CONTRACT, text))
    payment = {r: f.severity for r, f in found.items() if r in ("CONT-05", "CONT-06", "CONT-07", "CONT-08")}
    assert payment == expected


def test_a_cycle_past_the_limit_names_the_rule_the_receipt_and_the_day():
    finding = _found(_with_rule(CONTRACT, "月末締め翌々月末払い"))["CONT-06"]
    assert finding.params["rule"] == "月末締め翌々月末払い"
    assert finding.params["days"] >= 90
    assert finding.params["received"].endswith("-01")  # the day after a closing day
    assert "月末締め翌々月末払い" in finding.text() and str(finding.params["days"]) in finding.text()


def test_open_wording_counts_as_a_missing_payment_date():
    found = _found(_with_rule(CONTRACT, "速やかに"))
    assert "速やか" in found["CONT-05"].text()
    assert "the payment date" in found["CONT-02"].params["items"]  # Art 3 item missing as well


def test_a_period_is_read_for_its_days_but_is_no_payment_date():
    found = _found(_with_rule(CONTRACT, "受領日から起算して60日を超えない日までに"))
    assert "を超えない" in found["CONT-05"].text()
    assert "CONT-06" not in found  # the 60th day itself is lawful
    assert "CONT-02" not in found  # a rule is stated, though not a concrete one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("月末締め翌月末払い", Severity.INFO),
        ("月末締め翌々月末払い", Severity.WARNING),
        ("納品後45日目", Severity.INFO),
        ("納品後70日目", Severity.WARNING),
    ],
)
def test_where_art_4_does_not_apply_the_guideline_warns_past_60_days(text, expected):
    found = _found(_with_rule(NOT_SPECIFIED, text))
    assert "CONT-06" not in found
    assert found["CONT-07"].severity is expected
    assert found["CONT-07"].params["rule"] == text


def test_re_entrustment_past_its_limit_is_an_error_and_cont_07_stays_advice():
    # original client pays 2027-03-31: the limit is 2027-04-29 (day 30, that date = day 1)
    late = _found(_with_rule(REENTRUSTED, "月末締め3か月後の末日払い"))
    assert late["CONT-08"].severity is Severity.ERROR
    assert late["CONT-08"].params["latest"] == "2027-04-29" and late["CONT-08"].params["paid"] == "2027-04-30"
    assert "月末締め3か月後の末日払い" in late["CONT-08"].text()
    assert late["CONT-07"].severity is Severity.INFO and "CONT-06" not in late

    on_time = _found(_with_rule(REENTRUSTED, "月末締め翌々月末払い"))  # received 01-29, paid 03-31
    assert "CONT-08" not in on_time and "CONT-06" not in on_time
    assert on_time["CONT-07"].severity is Severity.INFO


@pytest.mark.parametrize("base", [REENTRUSTED, changed(REENTRUSTED, orderer__has_employees=False,
                                                       orderer__officer_count=1)])  # fmt: skip
def test_a_fixed_date_past_the_re_entrustment_limit(base):
    found = _found(changed(base, contract__payment_due="2027-05-10"))
    assert found["CONT-08"].severity is Severity.ERROR and found["CONT-08"].params["latest"] == "2027-04-29"
    assert found["CONT-07"].severity is Severity.INFO  # not silent, not a second warning


def test_on_the_limit_day_itself_re_entrustment_is_fine():
    found = _found(changed(REENTRUSTED, contract__payment_due="2027-04-29"))
    assert "CONT-08" not in found


@pytest.mark.parametrize("timeframe", ["未定", "相談のうえ決定", "別途", "別途ご相談ください", "追って連絡"])
def test_a_timeframe_that_names_no_date_is_as_missing(timeframe):
    found = _found(changed(PROJECT, due=None, timeframe=timeframe))
    assert found["POST-02"].severity is Severity.ERROR
    assert found["POST-02"].field == "timeframe" and timeframe in found["POST-02"].text()


@pytest.mark.parametrize("timeframe", ["契約から2週間程度", "二週間", "来月末まで", "1月中旬"])
def test_a_timeframe_with_a_date_or_duration_is_enough(timeframe):
    assert "POST-02" not in _found(changed(PROJECT, due=None, timeframe=timeframe))


def test_no_due_date_and_no_timeframe_points_at_the_due_date():
    assert _found(changed(PROJECT, due=None))["POST-02"].field == "due"
