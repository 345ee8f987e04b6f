"""The posting editor reads payment rules and timeframes as words, as a producer types them
(issue 12: CONT-05/06/07, POST-02): the checklist says what the words leave open."""

from .clicks import click, inspect, press, type_into
from .test_gui import window  # noqa: F401
from .test_posting_dialog import _contract_terms, _select, _show_tab_of, _type, dialog, rules  # noqa: F401


def _messages(dlg, rule_id):
    return [f.text() for f in dlg.findings if f.rule == rule_id]


def test_a_timeframe_of_undecided_words_is_a_missing_due_date_and_points_at_the_timeframe(qtbot, dialog):  # noqa: F811
    _show_tab_of(dialog, dialog.ui.due)
    type_into(dialog.ui.due, "")
    _type(dialog, dialog.ui.timeframe, "未定")
    qtbot.waitUntil(lambda: any("未定" in m for m in _messages(dialog, "POST-02")), timeout=2000)
    assert "POST-02" in rules(dialog, "error")
    dialog.ui.tabs.setCurrentIndex(dialog.ui.tabs.count() - 1)
    _select(dialog, "POST-02")
    assert dialog.ui.tabs.currentWidget().isAncestorOf(dialog.ui.timeframe)
    _type(dialog, dialog.ui.timeframe, "契約から2週間程度")
    qtbot.waitUntil(lambda: "POST-02" not in rules(dialog), timeout=2000)


def test_a_payment_rule_in_words_is_read_and_open_wording_stops_the_notice(qtbot, dialog, modals):  # noqa: F811
    _contract_terms(dialog)
    qtbot.waitUntil(lambda: "CONT-02" not in rules(dialog), timeout=2000)
    _type(dialog, dialog.ui.paymentDue, "")
    _type(dialog, dialog.ui.paymentDueRule, "月末締め翌々月末払い")
    late = ("CONT-06", "CONT-07")
    qtbot.waitUntil(lambda: any("翌々月末" in m for r in late for m in _messages(dialog, r)), timeout=2000)
    assert "CONT-05" not in rules(dialog)  # a cycle is a concrete rule: its lateness is the problem
    # the client's employees are not recorded: Art 4 is not known to apply, the guideline warns
    assert "CONT-07" in rules(dialog, "warning") and "CONT-06" not in rules(dialog)

    _type(dialog, dialog.ui.paymentDueRule, "月末締め翌月末払い")
    qtbot.waitUntil(lambda: "CONT-07" in rules(dialog, "info"), timeout=2000)
    assert "CONT-06" not in rules(dialog)  # within 2 calendar months (JFTC)

    _type(dialog, dialog.ui.paymentDueRule, "速やかに")
    qtbot.waitUntil(lambda: any("速やか" in m for m in _messages(dialog, "CONT-05")), timeout=2000)
    assert "CONT-02" in rules(dialog, "error")  # the Act's payment date counts as missing

    modals.expect(inspect(lambda box: _assert_payment_missing(box.text()), press("OK")))
    click(dialog.ui.issueNotice)


def _assert_payment_missing(text):
    assert "CONT-02" in text or "支払期日" in text, text
