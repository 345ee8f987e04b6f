"""Payment dates written as words, read into the latest date they can yield (REFERENCE §3.4,
§12.2 CONT-05/06): the day of receipt is day 1; month ends and leap years; cycles' worst case."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csp_desk.domain.payment_terms import (
    day_count,
    lawful_limit,
    names_date_or_duration,
    read_payment_rule,
)

D = date.fromisoformat

DUE = [
    # rule as written, received, accepted (None: same as receipt), the payment date it yields
    ("月末締め翌月末払い", "2027-01-10", None, "2027-02-28"),
    ("月末締め翌月末払い", "2027-01-31", None, "2027-02-28"),
    ("月末締め翌月末払い", "2027-02-01", None, "2027-03-31"),
    ("月末締め翌月末払い", "2028-01-15", None, "2028-02-29"),  # leap year
    ("毎月末日締め、翌月末日払い", "2027-11-30", None, "2027-12-31"),
    ("20日締め翌月10日払い", "2027-01-20", None, "2027-02-10"),
    ("20日締め翌月10日払い", "2027-01-21", None, "2027-03-10"),
    ("２０日〆翌１０日払い", "2027-01-21", None, "2027-03-10"),  # full-width digits, 〆, 翌 alone
    ("二十日締め翌月十日払い", "2027-01-21", None, "2027-03-10"),  # kanji numerals
    ("月末締め翌々月末払い", "2026-12-01", None, "2027-02-28"),
    ("月末締め翌々月末日払い", "2027-12-15", None, "2028-02-29"),
    ("毎月15日締め当月末日払い", "2027-02-15", None, "2027-02-28"),
    ("毎月15日締め当月末日払い", "2027-02-16", None, "2027-03-31"),
    ("毎月三十一日締め翌月二十五日支払", "2027-04-30", None, "2027-05-25"),  # 31日 = month end
    ("翌月末", "2027-03-15", None, "2027-04-30"),
    ("納品月の翌月25日", "2027-01-31", None, "2027-02-25"),
    ("検収完了日の翌月末日", "2027-01-29", "2027-02-05", "2027-03-31"),
    ("検収月末締め翌月末払い", "2027-01-29", "2027-02-05", "2027-03-31"),
    ("月末締め3か月後の10日払い", "2027-01-05", None, "2027-04-10"),
    ("納品後30日以内", "2027-01-10", None, "2027-02-09"),  # 後: the later reading, 31st day
    ("納品日から三十日以内に支払う", "2027-01-10", None, "2027-02-09"),
    ("受領日から起算して60日を超えない日までに", "2025-01-10", None, "2025-03-10"),  # §3.4 example
    ("受領日を含めて６０日以内", "2025-01-10", None, "2025-03-10"),
    ("納品後2週間以内", "2027-01-10", None, "2027-01-24"),
    ("納品後1か月以内", "2027-01-31", None, "2027-02-28"),
    ("検収後5営業日", "2027-04-28", None, "2027-05-11"),  # 昭和の日, the May holidays
    ("検収後5営業日", "2027-04-28", "2027-05-06", "2027-05-13"),
    ("納品後三営業日以内", "2027-12-27", None, "2028-01-05"),  # year-end closing is not business
    ("2027年3月31日", "2027-01-10", None, "2027-03-31"),
    ("２０２７年３月３１日までに振込", "2027-01-10", None, "2027-03-31"),
    ("2027-03-31", "2027-01-10", None, "2027-03-31"),
    ("令和9年3月31日", "2027-01-10", None, "2027-03-31"),
    ("令和九年三月三十一日払い", "2027-01-10", None, "2027-03-31"),
    ("受領日から60日目", "2025-01-10", None, "2025-03-10"),  # N日目 from the day itself: day N
    ("納品後20日目", "2027-01-10", None, "2027-01-30"),
    ("納品の翌営業日", "2027-01-08", None, "2027-01-12"),  # Friday, then 成人の日
    ("納品当日", "2027-01-10", None, "2027-01-10"),
    ("月末締め、翌月末日に銀行振込（土日祝の場合は前営業日）", "2027-01-10", None, "2027-02-28"),
    ("毎月20日締切、翌月5日支払", "2027-01-21", None, "2027-03-05"),
]


@pytest.mark.parametrize(("text", "received", "accepted", "due"), DUE)
def test_a_rule_yields_its_latest_date_for_a_receipt(text, received, accepted, due):
    rule = read_payment_rule(text)
    assert rule.readable, rule
    assert rule.due_for(D(received), D(accepted) if accepted else None) == D(due)


@pytest.mark.parametrize(
    ("text", "concrete"),
    [
        ("月末締め翌月末払い", True), ("検収完了日の翌月末日", True), ("2027年3月31日", True),
        ("2027年3月31日までに", True), ("納品後20日目", True), ("検収後5営業日", True),
        ("納品後30日以内", False), ("受領日から起算して60日を超えない日までに", False),
        ("検収後十営業日以内", False), ("翌月末日以内", False),
    ],
)  # fmt: skip
def test_a_period_is_read_but_is_not_a_concrete_date(text, concrete):
    rule = read_payment_rule(text)
    assert rule.readable and rule.concrete is concrete


@pytest.mark.parametrize(
    "text", ["速やかに", "すみやかに支払う", "別途協議", "追って連絡します", "未定", "支払日は別途ご相談",
             "決定次第お知らせします", "遅滞なく支払う", "都度"],
)  # fmt: skip
def test_open_wording_is_said_so_never_a_date(text):
    rule = read_payment_rule(text)
    assert rule.kind == "open" and not rule.readable and not rule.concrete
    assert rule.due_for(D("2027-01-10")) is None
    assert rule.worst(D("2027-01-01")) is None
    assert rule.words


@pytest.mark.parametrize("text", ["よろしくお願いします", "", "   ", "払い", "毎月25日払い", "3月31日"])
def test_words_that_are_no_rule_are_unknown(text):
    rule = read_payment_rule(text)
    assert rule.kind == "unknown" and not rule.readable


def test_day_one_is_the_day_of_receipt():
    assert day_count(D("2025-01-10"), D("2025-01-10")) == 1
    assert day_count(D("2025-01-10"), D("2025-03-10")) == 60
    assert lawful_limit(D("2025-01-10"), monthly=False) == D("2025-03-10")
    assert lawful_limit(D("2028-01-01"), monthly=False) == D("2028-02-29")  # leap year: Jan 31 + 29
    assert lawful_limit(D("2027-01-01"), monthly=False) == D("2027-03-01")


def test_a_monthly_cycle_may_take_two_calendar_months():
    assert lawful_limit(D("2027-07-01"), monthly=True) == D("2027-08-31")  # §12.2 CONT-06
    assert lawful_limit(D("2027-12-01"), monthly=True) == D("2028-01-31")
    assert lawful_limit(D("2027-01-01"), monthly=True) == D("2027-03-01")  # 60 days is later here


@pytest.mark.parametrize(
    ("text", "allowed", "least_days"),
    [
        ("月末締め翌月末払い", True, 62),  # JFTC: within 2 months; day 62 for a receipt on 07-01
        ("翌月末日", True, 62),
        ("20日締め翌月10日払い", True, 52),
        ("毎月15日締め当月末日払い", True, 47),
        ("月末締め翌々月末払い", False, 90),
        ("20日締め翌月末払い", False, 71),
        ("納品後30日以内", True, 31),
        ("納品後60日以内", False, 61),  # the later reading: day 61
        ("受領日から起算して60日以内", True, 60),
    ],
)  # fmt: skip
def test_a_cycle_is_judged_by_its_worst_receipt_day(text, allowed, least_days):
    worst = read_payment_rule(text).worst(D("2027-01-01"))
    assert worst is not None
    assert (worst.over <= 0) is allowed
    assert worst.days >= least_days
    assert worst.paid == read_payment_rule(text).due_for(worst.received)
    assert day_count(worst.received, worst.paid) == worst.days


def test_the_worst_receipt_of_a_month_end_cycle_is_the_day_after_closing():
    worst = read_payment_rule("月末締め翌々月末払い").worst(D("2027-01-01"))
    assert worst.received.day == 1
    assert worst.over > 0


def test_an_acceptance_lag_delays_a_rule_counted_from_acceptance():
    rule = read_payment_rule("検収完了日の翌月末日")
    assert rule.worst(D("2027-01-01")).over <= 0
    late = rule.worst(D("2027-01-01"), acceptance_lag=7)
    assert late.over > 0  # received 06-25, accepted 07-02, paid 08-31: past the 2 months


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("契約から2週間程度", True), ("二週間", True), ("来月末まで", True), ("１０日以内", True),
        ("1月中旬", True), ("年内", True), ("未定", False), ("相談のうえ決定", False), ("別途", False),
        ("別途ご相談", False), ("追ってご連絡します", False), ("", False),
    ],
)  # fmt: skip
def test_a_timeframe_must_name_a_date_or_a_duration(text, says):
    assert names_date_or_duration(text) is says


WORDS = [
    "月末", "締め", "翌月", "翌々月", "当月", "末日", "払い", "日", "営業日", "か月後の", "以内", "後",
    "から", "起算", "検収", "速やかに", "〆", "翌", "年", "月", "令和", "目", "当日", "翌営業日",
    "週間", "を超えない",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(WORDS), st.integers(0, 99999).map(str), st.text(max_size=3)),
             max_size=8),
    st.dates(min_value=date(2022, 1, 1), max_value=date(2199, 12, 31)),
)
def test_any_words_are_read_or_said_unreadable_never_a_crash(parts, received):
    rule = read_payment_rule("".join(parts))
    assert rule.kind in ("date", "offset", "cycle", "open", "unknown")
    paid = rule.due_for(received, received)
    if rule.kind in ("offset", "cycle") and paid is not None:
        assert paid >= received
    worst = rule.worst(received)
    if worst is not None:
        assert worst.days == day_count(worst.received, worst.paid)
