from hypothesis import given
from hypothesis import strategies as st

from csp_desk.domain import corporate_number
from csp_desk.domain.client import ClientDraft


def test_published_numbers_pass_the_check():
    for number in ("7000012050002", "1180301018771", "7010705000725", "8700110005901",
                   "5010001008846"):  # fmt: skip
        assert corporate_number.is_valid(number), number


def test_number_with_wrong_check_digit_fails():
    assert not corporate_number.is_valid("6010001008846")


def test_full_width_digits_and_hyphens_are_cleaned_before_checking():
    assert corporate_number.clean("７０００-０１２０-５０００２") == "7000012050002"
    assert corporate_number.is_valid(corporate_number.clean("7000 0120 50002"))


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_check_digit_is_between_one_and_nine_and_validates(base):
    digit = corporate_number.check_digit(base)
    assert 1 <= digit <= 9
    assert corporate_number.is_valid(f"{digit}{base}")


@given(st.text(alphabet="0123456789", min_size=12, max_size=12), st.integers(0, 11),
       st.integers(1, 8))  # fmt: skip
def test_any_single_digit_change_other_than_zero_nine_is_caught(base, index, delta):
    number = f"{corporate_number.check_digit(base)}{base}"
    digits = list(number)
    old = int(digits[index + 1])
    new = (old + delta) % 10
    if {old, new} == {0, 9}:
        return
    digits[index + 1] = str(new)
    assert not corporate_number.is_valid("".join(digits))


def test_client_with_bad_corporate_number_gets_a_message_on_that_field():
    errors = ClientDraft(name="株式会社テスト", corporate_number="6010001008846").errors()
    assert [e.field for e in errors] == ["corporate_number"]
    assert "check digit" in errors[0].text()


def test_wrong_length_corporate_number_is_refused():
    assert ClientDraft(name="A", corporate_number="123").errors()[0].field == "corporate_number"
