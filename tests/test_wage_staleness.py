"""A minimum-wage table that may be stale says so (issue 12): after 1 October of the year that
follows the newest fiscal year in the table, POST-16 says the figures may be out of date and how
to add the new year; the check still runs on the newest rates known (REFERENCE §7.2, §12.1)."""

from datetime import date
from pathlib import Path

import pytest

from csp_desk.domain.minimum_wage import parse_wages
from csp_desk.domain.orders import parse_order
from csp_desk.domain.rules import Severity, check, load_reference
from csp_desk.paths import DATA

from .test_rules import CONTRACT, PROJECT, changed

SHIPPED = load_reference(DATA)
HEADER = "prefecture,fiscal_year,yen,valid_from,source\n"


def _post16(data, reference=SHIPPED):
    return next(f for f in check(parse_order(data), reference=reference) if f.rule == "POST-16")


def test_the_shipped_table_ends_at_fy2025_and_a_newer_year_is_due_on_2026_10_01():
    wages = SHIPPED.wages
    assert wages.newest_year == 2025 and wages.newer_year_due() == date(2026, 10, 1)
    assert not wages.may_be_stale(date(2026, 9, 30))
    assert not wages.may_be_stale(date(2026, 10, 1))  # "after 1 October"
    assert wages.may_be_stale(date(2026, 10, 2))
    assert parse_wages(HEADER, Path("x.csv")).newer_year_due() is None


@pytest.mark.parametrize(("as_of", "stale"), [("2026-09-30", False), ("2026-10-01", False),
                                              ("2026-10-02", True), ("2028-02-29", True)])  # fmt: skip
@pytest.mark.parametrize(("amount", "severity"), [(40_000, Severity.WARNING), (44_000, Severity.INFO)])
def test_post_16_says_the_figures_may_be_out_of_date_after_the_boundary(as_of, stale, amount, severity):
    finding = _post16(changed(PROJECT, as_of=as_of, reward__amount=amount))
    assert finding.severity is severity
    assert finding.params["year"] == 2025 and finding.params["wage"] == 1061  # newest rates still used
    text = finding.text()
    assert ("2026-10-01" in text and "FY2026" in text and "CSV" in text) is stale
    assert ("since" in finding.params) is stale


def test_the_contract_date_decides_the_year_and_the_staleness():
    order = changed(CONTRACT, as_of="2026-09-01", reward__amount=40_000, contract__contracted_on="2026-10-05",
                    contract__notice_sent_on="2026-10-05")  # fmt: skip
    assert _post16(order).params.get("since") == "2026-10-01"
    order = changed(order, as_of="2026-11-26", contract__contracted_on="2026-09-30",
                    contract__notice_sent_on="2026-09-30")  # fmt: skip
    assert "since" not in _post16(order).params


def test_a_newer_year_added_ends_the_note_and_is_used(tmp_path):
    added = tmp_path / "added.csv"
    rows = "長野県,2026,1150,2026-10-01,MHLW FY2026\n全国加重平均,2026,1180,2026-10-01,x\n"
    added.write_text(HEADER + rows, encoding="utf-8")
    reference = load_reference(DATA, added)
    finding = _post16(changed(PROJECT, as_of="2026-10-02", reward__amount=44_000), reference)
    assert finding.params["year"] == 2026 and finding.params["wage"] == 1150
    assert "since" not in finding.params
    assert reference.wages.may_be_stale(date(2027, 10, 2))


def test_a_reward_well_above_the_rate_gives_no_finding_even_when_stale():
    findings = check(parse_order(changed(PROJECT, as_of="2027-01-10")), reference=SHIPPED)
    assert "POST-16" not in {f.rule for f in findings}
