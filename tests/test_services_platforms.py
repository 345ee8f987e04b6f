"""The platform register through the service layer (services/platforms.py): each edit one
transaction on a real store, read back through the register; bad input refused, nothing kept."""

from __future__ import annotations

from datetime import date

import pytest

from csp_desk.domain.platform_register import parse_fee
from csp_desk.domain.text import InvalidInput
from csp_desk.services import Changed, platforms

BOTH_ENGINES = True  # the tests with a `store` run on SQLite and on PostgreSQL (conftest)


def test_before_any_edit_the_producers_register_is_the_shipped_one(store):
    assert platforms.register(store).ids() == platforms.shipped_register().ids()


def test_facts_fees_checks_and_a_new_platform_are_kept_and_read_back(store):
    changed = Changed("platforms")
    assert platforms.set_facts(store, "coconala", {"escrow": "yes"}, notes="公式FAQで確認") == changed
    fee = parse_fee("worker", "22", "", "2026/12/01", "料金ページ")
    assert platforms.record_fee(store, "coconala", fee) == changed
    assert platforms.set_check(store, "coconala", 9, True, "仮払いあり", date(2026, 12, 2)) == changed
    assert platforms.add_platform(store, "ビズシーク") == "ビズシーク"
    register = platforms.register(store)
    coconala = register.get("coconala")
    assert coconala.escrow.value is True and coconala.notes == "公式FAQで確認"
    assert coconala.fee_terms(date(2026, 12, 1)).worker.rate_text() == "22 %"
    assert coconala.checks[9].note == "仮払いあり" and coconala.checks[9].checked_on == date(2026, 12, 2)
    assert "ビズシーク" in register and register.get("ビズシーク").custom


def test_bad_input_is_refused_and_nothing_is_kept(store):
    for bad in (
        lambda: platforms.add_platform(store, "クラウドワークス"),  # the shipped list knows it
        lambda: platforms.add_platform(store, "  "),
        lambda: platforms.set_check(store, "lancers", 25, True, ""),
        lambda: platforms.set_check(store, "lancers", 3, True, "x" * 5000),
    ):
        with pytest.raises(InvalidInput):
            bad()
    assert platforms.register(store).ids() == platforms.shipped_register().ids()
    assert not platforms.register(store).get("lancers").checks
