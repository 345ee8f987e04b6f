"""The terms notice is built from the recorded contract (issue 13): differences refuse it, the
posting fills what the record does not hold, and ⑪ counts the posting's IP clause."""

from datetime import date

from csp_desk.domain.notice import RecordedContract, days_late, differences, notice_order
from csp_desk.domain.orders import Worker, parse_order
from csp_desk.reports.terms_notice import missing_items, quoted

from .test_rules import CONTRACT, changed

RECORD = RecordedContract(
    id=7, worker=Worker("佐藤ウェブ制作", "individual", False, "長野県"), contracted_on=date(2026, 12, 1),
    amount=220000, free_rounds=2, delivery_due=date(2027, 1, 29), inspection_due=date(2027, 2, 5),
    payment_due=date(2027, 2, 26), period_end=date(2027, 1, 29),
)  # fmt: skip


def test_the_ip_clause_of_the_posting_counts_for_item_eleven():
    """The notice prints the posting's IP clause when the contract's is empty, so the check that
    stops the notice must accept it too (it looked at the contract's alone and refused ⑪)."""
    order = parse_order(changed(CONTRACT, contract__ip_handling=None))
    assert order.ip.handling and not order.contract.ip_handling
    assert missing_items(order) == []
    bare = parse_order(changed(CONTRACT, contract__ip_handling=None, ip__handling=None))
    assert "⑪ intellectual property" in missing_items(bare)


def test_a_posting_that_agrees_with_the_record_has_no_differences():
    assert differences(parse_order(CONTRACT), RECORD) == []


def test_a_typed_amount_other_than_the_recorded_one_is_a_difference():
    """The ¥99,000 notice over a ¥22,000 contract cannot happen: the typed amount is listed."""
    order = parse_order(changed(CONTRACT, contract__amount=99000))
    found = [(d.item, d.posting, d.contract) for d in differences(order, RECORD)]
    assert found == [("contract amount", "99,000円", "220,000円")]


def test_a_competition_prize_other_than_the_contract_is_a_difference_a_project_budget_not():
    project = parse_order(changed(CONTRACT, reward__amount=250000))
    assert differences(project, RECORD) == []  # the worker quoted under the posted budget
    prize = parse_order(changed(CONTRACT, order_type="competition", reward__amount=99000))
    assert [(d.item, d.posting) for d in differences(prize, RECORD)] == [("prize in the posting", "99,000円")]


def test_dates_rounds_worker_and_ip_that_differ_are_each_listed():
    order = parse_order(changed(
        CONTRACT, contract__delivery_due="2027-01-20", contract__payment_due="2027-03-31",
        contract__contracted_on="2026-11-30", revisions__free_rounds=3, worker__name="別の人",
        contract__ip_handling="著作権は受注者に留保し、発注者に利用を許諾する",
    ))  # fmt: skip
    items = [d.item for d in differences(order, RECORD)]
    assert items == ["worker", "date of the order", "delivery date", "payment date",
                     "free revision rounds", "intellectual property"]  # fmt: skip


def test_a_recorded_payment_later_than_the_posting_promised_is_a_difference():
    order = parse_order(changed(CONTRACT, contract__payment_due=None))
    late = RecordedContract(**{**RECORD.__dict__, "payment_due": date(2027, 3, 31)})
    (found,) = differences(order, late)
    assert found.item == "payment date" and "30日目" in found.posting and found.contract == "2027年3月31日"


def test_the_notice_takes_the_record_and_fills_the_rest_from_the_posting():
    bare = changed(CONTRACT, contract=None, worker=None)
    order = notice_order(parse_order(bare), RecordedContract(**{**RECORD.__dict__, "amount": 22000}))
    k = order.contract
    assert k.amount == 22000 and k.contracted_on == date(2026, 12, 1) and k.payment_due == date(2027, 2, 26)
    assert order.worker.name == "佐藤ウェブ制作"
    assert "信州りんごジャム" in k.content and "HTML/CSS一式" in k.content
    assert k.payment_method == "クラウドワークスの仮払い（エスクロー）"
    assert "著作権法第27条" in k.ip_handling and "改めて協議" in k.change_handling


def test_late_days_and_quotes():
    assert days_late(date(2026, 12, 1), date(2026, 12, 1)) == 0
    assert days_late(date(2026, 12, 1), date(2026, 12, 9)) == 8
    assert quoted("新商品「信州りんごジャム」のLP") == "「新商品『信州りんごジャム』のLP」"
