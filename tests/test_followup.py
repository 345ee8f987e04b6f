"""Rules while an order runs (REFERENCE §12.3, TAX-03), and the money of one payment."""

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csp_desk.domain.followup import (
    RULES,
    Change,
    ChangeKind,
    Contact,
    Delivery,
    Direction,
    Facts,
    NoticeGiven,
    Party,
    Payment,
    Revision,
    business_days_between,
    check_followup,
    rejection_cap,
)
from csp_desk.domain.holidays import holidays, is_holiday
from csp_desk.domain.lifecycle import State
from csp_desk.domain.money import remittance_due, settle
from csp_desk.domain.order_types import OrderType
from csp_desk.domain.rules import Severity

TODAY = date(2026, 11, 26)  # a Thursday
GOOD = Facts(
    order_type=OrderType.PROJECT,
    state=State.PAID,
    contracted_on=date(2026, 9, 1),
    period_end=date(2026, 10, 31),
    specified_orderer=True,
    free_rounds=2,
    inspection_due=date(2026, 11, 6),
    deliveries=(Delivery(date(2026, 10, 20)), Delivery(date(2026, 10, 30))),
    revisions=(Revision(date(2026, 10, 22)),),
    changes=(Change(date(2026, 9, 20), ChangeKind.DATES, True, date(2026, 9, 20)),),
    payments=(Payment(date(2026, 11, 30), date(2026, 11, 20), 10_210, date(2026, 11, 25)),),
    contacts=(Contact(date(2026, 11, 24), Party.WORKER, Direction.IN),
              Contact(date(2026, 11, 25), Party.WORKER, Direction.OUT)),
    accepted_on=date(2026, 11, 2),
)  # fmt: skip


def rules(facts, today=TODAY):
    return {f.rule: f for f in check_followup(facts, today)}


def test_an_order_run_by_the_book_has_no_finding():
    assert rules(GOOD) == {}


BROKEN = [
    ("RUN-01", {"changes": (Change(date(2026, 9, 20), ChangeKind.SCOPE, True, None),)}, Severity.WARNING),
    ("RUN-01", {"changes": (Change(date(2026, 9, 20), ChangeKind.PRICE, False, date(2026, 9, 21)),)},
     Severity.WARNING),
    ("RUN-02", {"revisions": (Revision(date(2026, 10, 25), in_scope=False),)}, Severity.WARNING),
    ("RUN-03", {"changes": (Change(date(2026, 10, 1), ChangeKind.PRICE, True, date(2026, 10, 1), -5000),)},
     Severity.ERROR),
    ("RUN-04", {"deliveries": (Delivery(date(2026, 10, 20), refused=True),)}, Severity.ERROR),
    ("RUN-05", {"revisions": tuple(Revision(date(2026, 10, 21 + i)) for i in range(3))}, Severity.WARNING),
    ("RUN-06", {"contacts": (Contact(date(2026, 11, 18), Party.CLIENT, Direction.IN),)}, Severity.WARNING),
    ("RUN-06", {"state": State.IN_PROGRESS, "payments": (),
                "contacts": (Contact(date(2026, 11, 16), Party.WORKER, Direction.OUT),)}, Severity.WARNING),
    ("RUN-07", {"state": State.DELIVERED, "accepted_on": None, "payments": ()}, Severity.WARNING),
    ("RUN-08", {"payments": (Payment(date(2026, 11, 20), None),)}, Severity.ERROR),
    ("RUN-08", {"specified_orderer": False, "payments": (Payment(date(2026, 11, 20), date(2026, 11, 21)),)},
     Severity.WARNING),
    ("RUN-09", {"order_type": OrderType.TASK, "task_completed": 20, "task_rejected": 7}, Severity.INFO),
    ("RUN-09", {"order_type": OrderType.TASK, "task_completed": 20, "task_rejected": 2,
                "task_rejected_without_reason": 1}, Severity.INFO),
    ("TAX-03", {"payments": (Payment(date(2026, 11, 30), date(2026, 11, 20), 10_210),)}, Severity.INFO),
    ("CONT-06", {"state": State.ACCEPTED, "payments": (Payment(date(2026, 12, 31), None),)}, Severity.ERROR),
    # a terms notice given after the day of commissioning stays flagged in the order view (issue 13)
    ("CONT-03", {"notices": (NoticeGiven(date(2026, 9, 10), date(2026, 9, 17), "佐藤"),)}, Severity.ERROR),
]  # fmt: skip


@pytest.mark.parametrize(("rule_id", "change", "severity"), BROKEN,
                         ids=[f"{b[0]}-{i}" for i, b in enumerate(BROKEN)])  # fmt: skip
def test_each_running_rule_flags_what_breaks_it(rule_id, change, severity):
    found = rules(replace(GOOD, **change))
    assert rule_id in found, found
    assert found[rule_id].severity is severity
    assert found[rule_id].basis and found[rule_id].text()


def test_every_running_rule_has_a_case():
    assert set(RULES) == {b[0] for b in BROKEN}


def test_art5_duties_need_a_month_and_a_specified_orderer():
    short = replace(GOOD, period_end=date(2026, 9, 20), changes=BROKEN[3][1]["changes"])
    assert "RUN-03" not in rules(short)
    small = replace(GOOD, specified_orderer=False, revisions=BROKEN[2][1]["revisions"])
    assert "RUN-02" not in rules(small)


def test_faults_of_the_worker_are_not_held_against_the_orderer():
    assert "RUN-04" not in rules(replace(GOOD, deliveries=(Delivery(date(2026, 10, 20), True, True),)))
    cut = Change(date(2026, 10, 1), ChangeKind.PRICE, True, date(2026, 10, 1), -5000, worker_at_fault=True)
    assert "RUN-03" not in rules(replace(GOOD, changes=(cut,)))


def test_a_quiet_worker_is_only_chased_while_they_have_work_to_do():
    quiet = (Contact(date(2026, 11, 16), Party.WORKER, Direction.OUT),)
    assert "RUN-06" not in rules(replace(GOOD, state=State.DELIVERED, contacts=quiet, payments=()))


def test_silence_counts_business_days():
    assert business_days_between(date(2026, 11, 20), date(2026, 11, 24)) == 1  # Fri → Tue after 勤労感謝の日
    assert business_days_between(date(2026, 11, 23), date(2026, 11, 23)) == 0
    assert business_days_between(date(2026, 11, 2), date(2026, 11, 30)) == 18  # 3 and 23 Nov are holidays
    waiting = (Contact(date(2026, 11, 19), Party.WORKER, Direction.IN),)  # 4 business days ago
    assert "RUN-06" in rules(replace(GOOD, contacts=waiting))
    assert "RUN-06" not in rules(replace(GOOD, contacts=waiting, silence_days=5))


@given(st.dates(date(2022, 1, 1), date(2030, 1, 1)), st.integers(0, 400))
def test_business_days_are_weekdays_that_are_not_holidays(start, span):
    from datetime import timedelta

    end = start + timedelta(days=span)
    days = [start + timedelta(days=i) for i in range(1, span + 1)]
    assert business_days_between(start, end) == sum(
        d.weekday() < 5
        and not is_holiday(d)
        and not ((d.month, d.day) >= (12, 29) or (d.month, d.day) <= (1, 3))
        for d in days
    )


HOLIDAYS_2026 = ["01-01", "01-12", "02-11", "02-23", "03-20", "04-29", "05-03", "05-04", "05-05", "05-06",
                 "07-20", "08-11", "09-21", "09-22", "09-23", "10-12", "11-03", "11-23"]  # fmt: skip
HOLIDAYS_2027 = ["01-01", "01-11", "02-11", "02-23", "03-21", "03-22", "04-29", "05-03", "05-04", "05-05",
                 "07-19", "08-11", "09-20", "09-23", "10-11", "11-03", "11-23"]  # fmt: skip


@pytest.mark.parametrize(("year", "expected"), [(2026, HOLIDAYS_2026), (2027, HOLIDAYS_2027)])
def test_national_holidays_follow_the_law(year, expected):
    assert sorted(holidays(year)) == [date.fromisoformat(f"{year}-{d}") for d in expected]


@pytest.mark.parametrize(("completed", "cap"), [(100, 30), (10, 3), (3, 3), (0, 3), (11, 3), (14, 4)])
def test_the_task_rejection_cap_follows_the_platform(completed, cap):
    assert rejection_cap(completed) == cap


def test_a_payment_shows_tax_withholding_and_net_in_whole_yen():
    s = settle(100_000, withheld=True)
    assert (s.amount, s.tax, s.gross, s.withholding, s.net) == (100_000, 10_000, 110_000, 10_210, 99_790)
    plain = settle(55_555)
    assert (plain.tax, plain.withholding, plain.net) == (5_555, 0, 61_110)
    with pytest.raises(ValueError):
        settle(-1)


@pytest.mark.parametrize(("paid", "due"), [
    (date(2026, 11, 20), date(2026, 12, 10)),  # Thursday
    (date(2026, 12, 1), date(2027, 1, 12)),  # Sunday the 10th, then 成人の日
    (date(2026, 4, 30), date(2026, 5, 11)),  # Sunday the 10th
    (date(2026, 9, 30), date(2026, 10, 13)),  # Saturday the 10th, then スポーツの日
])  # fmt: skip
def test_withheld_tax_is_due_on_the_tenth_of_the_next_month(paid, due):
    assert remittance_due(paid) == due


def test_a_notice_given_on_the_day_is_not_flagged():
    on_time = NoticeGiven(date(2026, 9, 10), date(2026, 9, 10), "佐藤")
    assert "CONT-03" not in rules(replace(GOOD, notices=(on_time,)))


def test_a_notice_given_again_later_does_not_make_the_first_late():
    """CONT-03 asks for the notice at once: the first given for a commissioning counts; the same
    terms given again later (a copy, a correction) are not a late notice."""
    on_time = NoticeGiven(date(2026, 9, 10), date(2026, 9, 10), "佐藤")
    again = NoticeGiven(date(2026, 9, 10), date(2026, 11, 20), "佐藤")
    assert "CONT-03" not in rules(replace(GOOD, notices=(on_time, again)))
    late = NoticeGiven(date(2026, 9, 10), date(2026, 9, 14), "佐藤")
    assert "CONT-03" in rules(replace(GOOD, notices=(again, late)))


def test_a_late_notice_is_flagged_only_where_the_freelance_act_asks_for_it_at_once():
    """REFERENCE §12.2 CONT-03: an error when later, when the Act applies; a company with staff as
    the worker (the Act does not apply) is not flagged for the day it was given."""
    late = NoticeGiven(date(2026, 9, 10), date(2026, 9, 17), "鈴木翻訳事務所", act_applies=False)
    assert "CONT-03" not in rules(replace(GOOD, notices=(late,)))
