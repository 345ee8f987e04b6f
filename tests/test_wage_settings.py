"""A producer adds next year's minimum wages in Settings; checks use them from their dates."""

import pytest

from csp_desk.domain.orders import parse_order
from csp_desk.domain.rules import check, load_reference
from csp_desk.paths import DATA, added_wages_path
from tests.clicks import cancel, choose_file, click, press

from .test_rules import PROJECT, changed

HEADER = "prefecture,fiscal_year,yen,valid_from,source\n"


@pytest.fixture
def settings(qtbot):
    from csp_desk import i18n
    from csp_desk.gui.dialogs import SettingsDialog

    i18n.install("ja")
    added_wages_path().unlink(missing_ok=True)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    added_wages_path().unlink(missing_ok=True)


def test_a_new_year_is_added_and_used_from_its_date(settings, tmp_path, modals):
    csv = tmp_path / "fy2026.csv"
    csv.write_text(HEADER + "長野県,2026,1150,2026-10-01,MHLW FY2026\n", encoding="utf-8")
    modals.expect(choose_file(csv), press("OK"))
    click(settings.ui.addWages)
    assert "2026" in modals.texts()[-1] and "2026" in settings.ui.wagesInfo.text()
    reference = load_reference(DATA, added_wages_path())
    order = changed(PROJECT, reward__amount=44_000)  # ¥1,100 an hour
    before = check(parse_order(changed(order, as_of="2026-09-30")), reference=reference)
    after = check(parse_order(changed(order, as_of="2026-10-01")), reference=reference)
    assert next(f for f in before if f.rule == "POST-16").params["wage"] == 1061
    wage = next(f for f in after if f.rule == "POST-16")
    assert wage.params["wage"] == 1150 and wage.params["year"] == 2026


def test_a_broken_table_is_refused_and_nothing_is_added(settings, tmp_path, modals):
    csv = tmp_path / "bad.csv"
    csv.write_text(HEADER + "長野,2026,1150,2026-10-01,x\n", encoding="utf-8")
    modals.expect(choose_file(csv), press("OK"))
    click(settings.ui.addWages)
    warned = modals.texts()[-1]
    assert "bad.csv" in warned and "line 2" in warned
    assert not added_wages_path().exists()
    assert load_reference(DATA, added_wages_path()).wages.newest_year == 2025


def test_choosing_no_file_adds_nothing(settings, modals):
    modals.expect(cancel)
    click(settings.ui.addWages)
    assert not added_wages_path().exists()


def test_a_stale_table_is_said_so_and_adding_the_new_year_clears_the_note(settings, tmp_path, modals):
    from datetime import date

    from csp_desk.domain.values import format_date

    shipped = load_reference(DATA).wages
    due = shipped.newer_year_due()
    assert date.today() > due  # the shipped table ends at FY2025: a newer year is in force today
    note = settings.ui.wagesInfo.text()
    assert format_date(due) in note and str(shipped.newest_year + 1) in note

    this_year = date.today().year  # a table ending at this year is not stale before next October
    csv = tmp_path / "new_year.csv"
    csv.write_text(HEADER + f"長野県,{this_year},1150,{this_year}-10-01,MHLW\n", encoding="utf-8")
    modals.expect(choose_file(csv), press("OK"))
    click(settings.ui.addWages)
    after = settings.ui.wagesInfo.text()
    assert str(this_year) in after and format_date(due) not in after


def test_the_note_is_shown_when_the_settings_open_on_a_stale_table(qtbot):
    from csp_desk import i18n
    from csp_desk.gui.dialogs import SettingsDialog

    i18n.install("ja")
    added_wages_path().unlink(missing_ok=True)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert "2026/10/01" in dialog.ui.wagesInfo.text() and "2026" in dialog.ui.wagesInfo.text()
