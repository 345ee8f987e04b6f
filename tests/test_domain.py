from datetime import date

import pytest

from csp_desk.domain import values
from csp_desk.domain.breakdown import Budget, WorkItemDraft, from_template, total
from csp_desk.domain.client import ClientDraft
from csp_desk.domain.order_types import OrderType
from csp_desk.domain.text import InvalidInput, search_key


def test_client_without_a_name_is_refused_with_the_name_field():
    with pytest.raises(InvalidInput) as caught:
        ClientDraft(name="  ").validated()
    assert [e.field for e in caught.value.errors] == ["name"]


def test_invalid_email_and_phone_point_at_their_fields():
    errors = ClientDraft(name="A", email="not-an-address", phone="電話してね").errors()
    assert {e.field for e in errors} == {"email", "phone"}


def test_a_one_megabyte_paste_into_notes_is_refused():
    errors = ClientDraft(name="A", notes="あ" * 1_000_000).errors()
    assert [e.field for e in errors] == ["notes"]


def test_unknown_prefecture_is_refused():
    assert ClientDraft(name="A", prefecture="東京").errors()[0].field == "prefecture"


def test_full_width_email_is_normalised():
    assert ClientDraft(name="A", email="ｉｎｆｏ＠ｅｘａｍｐｌｅ.ｊｐ").validated().email == (
        "info@example.jp"
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("12,000", 12000), ("１２０００円", 12000), ("¥3,000", 3000), ("", None), (" 0 ", 0)],
)
def test_yen_amounts_are_read_as_producers_type_them(raw, expected):
    assert values.parse_count("budget_min", raw) == (expected, [])


@pytest.mark.parametrize("raw", ["-500", "abc", "12.5", "1e9", "五千"])
def test_negative_or_non_numeric_amounts_are_refused(raw):
    value, errors = values.parse_count("budget_min", raw)
    assert value is None
    assert errors and errors[0].field == "budget_min"


def test_negative_amount_says_it_is_negative():
    assert values.parse_count("x", "−500")[1][0].message == values.NEGATIVE


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("2026/12/01", date(2026, 12, 1)), ("2026-1-5", date(2026, 1, 5)),
     ("２０２６年１２月１日", date(2026, 12, 1)), ("", None)],
)  # fmt: skip
def test_dates_are_read_in_the_forms_producers_write(raw, expected):
    assert values.parse_date("due_date", raw) == (expected, [])


@pytest.mark.parametrize("raw", ["2026/02/30", "2026/13/01", "tomorrow", "12/01"])
def test_impossible_dates_are_refused(raw):
    assert values.parse_date("due_date", raw)[1][0].field == "due_date"


def test_min_above_max_and_due_before_start_are_refused():
    draft = WorkItemDraft(
        title="ロゴ", budget_min=50000, budget_max=20000,
        start_date=date(2026, 12, 10), due_date=date(2026, 12, 1),
    )  # fmt: skip
    assert {e.field for e in draft.errors()} == {"budget_max", "due_date"}


def test_work_item_without_title_is_refused():
    assert WorkItemDraft(title=" ").errors()[0].field == "title"


def test_budget_totals_add_ranges_and_treat_blanks_as_zero():
    items = [
        WorkItemDraft("a", budget_min=10000, budget_max=30000),
        WorkItemDraft("b", budget_min=None, budget_max=5000),
        WorkItemDraft("c"),
    ]
    assert total(items) == Budget(10000, 35000)


def test_task_hours_come_from_minutes_and_quantity():
    item = WorkItemDraft("入力", order_type=OrderType.TASK, minutes_per_item=3, quantity=100)
    assert item.estimated_hours == 5


def test_template_becomes_a_scheduled_work_item_with_a_reason(catalogue):
    template = catalogue.problem("public_relations").work_items[0]
    item = from_template(template, date(2026, 12, 1))
    assert item.order_type is OrderType.COMPETITION
    assert "コンペ" in item.type_reason
    assert item.due_date == date(2026, 12, 1 + template.days_max)
    assert not item.errors()


def test_search_key_matches_hiragana_katakana_and_width():
    assert search_key("ヤマダ　ショウテン") == search_key("やまだしょうてん")
    assert search_key("ＡＢＣ") == search_key("abc")
