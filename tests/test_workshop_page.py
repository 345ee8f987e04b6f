"""The workshops page as a facilitator uses it: plan a workshop by typing, register participants
(picked from the clients, typed by hand, imported from the organiser's list), take attendance,
type the questionnaires before and after, record a participant's work and continue it in a
follow-up consultation — clicks and typing only, dialogs answered through their own buttons."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from csp_desk.domain.workshop import Attendance, Intention, Phase
from csp_desk.store import repo
from csp_desk.store import workshops as w
from tests.clicks import (
    answer_input,
    cancel,
    choose_file,
    click,
    click_row,
    fill,
    open_page,
    open_tab,
    press,
    row_where,
    settle,
    type_into,
)
from tests.test_unsaved_edits import windows as on_files  # noqa: F401  (windows on database files)

PAGE = 6
DEMO_TITLE = "はじめてのクラウドソーシング活用ワークショップ"


def _page(window):
    open_page(window, PAGE)
    return window.workshops_page


def _plan(window, title="春のクラウドソーシング体験会", capacity="2"):
    """Plans a workshop by typing, as a facilitator does, and saves it."""
    page = _page(window)
    click(page.ui.newWorkshop)
    ui = page.ui
    type_into(ui.title, title)
    type_into(ui.startsAt, "2026/12/05")
    type_into(ui.startTime, "13:30")
    type_into(ui.venue, "市民会館 第2会議室")
    type_into(ui.organiser, "△△商工会")
    type_into(ui.facilitator, "森 さやか")
    type_into(ui.capacity, capacity)
    type_into(ui.agenda, "開会\nワーク1：課題を選ぶ\n\nワーク2：募集文を書く")
    click(ui.save)
    assert page._editing is not None, ui.errors.text()
    return page


def _workshops(window):
    with window.desk.store.session() as session:
        return {row.title: row for row in w.list_workshops(session)}


def _lines(window, workshop_id):
    with window.desk.store.session() as session:
        return {line.client_name: line for line in w.participant_lines(session, workshop_id)}


def _open_demo_workshop(window):
    page = _page(window)
    click_row(page.ui.workshops, row_where(page.ui.workshops, lambda texts: texts[0] == DEMO_TITLE))
    open_tab(page.ui.tabs, "参加者・出欠")
    return page


def _choose_participant(page, name):
    click_row(page.ui.participants, row_where(page.ui.participants, lambda texts: texts[0] == name))


def test_ctrl_7_and_the_navigation_open_the_workshops_page(demo_window, qtbot):
    qtbot.waitExposed(demo_window)
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    QTest.keyClick(demo_window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.ui.pages.currentWidget() is demo_window.workshops_page
    assert demo_window.ui.actionGoWorkshops.shortcut().toString() == "Ctrl+7"
    assert demo_window.navigation.item(PAGE).text() == "ワークショップ"


def test_a_workshop_is_planned_by_typing_and_saved(demo_window):
    page = _plan(demo_window)
    saved = _workshops(demo_window)["春のクラウドソーシング体験会"]
    assert saved.starts_at == datetime(2026, 12, 5, 13, 30)
    assert (saved.venue, saved.organiser, saved.capacity, saved.participants) == (
        "市民会館 第2会議室", "△△商工会", 2, 0)  # fmt: skip
    with demo_window.desk.store.session() as session:
        plan = w.get_workshop(session, saved.id)
    assert plan.agenda == ("開会", "ワーク1：課題を選ぶ", "ワーク2：募集文を書く")
    assert plan.facilitator == "森 さやか"
    assert page.ui.participantsTab.isEnabled() and not page.has_unsaved()
    assert page.ui.editorTitle.text() == "春のクラウドソーシング体験会"


def test_a_bad_capacity_is_shown_at_its_field_and_nothing_is_saved(demo_window):
    before = set(_workshops(demo_window))
    page = _page(demo_window)
    click(page.ui.newWorkshop)
    type_into(page.ui.title, "定員を間違えた会")
    type_into(page.ui.startsAt, "2026/12/05")
    type_into(page.ui.startTime, "13:30")
    for typed, words in (("0", "定員"), ("たくさん", "数")):
        type_into(page.ui.capacity, typed)
        click(page.ui.save)
        assert page.ui.errors.isVisible() and words in page.ui.errors.text()
        assert page.ui.capacity.property("invalid") is True
        assert set(_workshops(demo_window)) == before
    type_into(page.ui.capacity, "20")
    type_into(page.ui.startTime, "25:00")
    click(page.ui.save)
    assert "13:30" in page.ui.errors.text() and page.ui.startTime.property("invalid") is True
    assert set(_workshops(demo_window)) == before
    page.discard_edits()


def test_participants_are_picked_from_the_clients_and_too_many_only_warn(demo_window, modals):
    page = _plan(demo_window, capacity="1")
    open_tab(page.ui.tabs, "参加者・出欠")

    def pick_two(dialog) -> None:
        view = dialog.findChild(type(page.ui.participants), "clients")
        assert view.model().rowCount() >= 2
        click_row(view, 0)
        QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
        assert "2 社を選択" in dialog.count.text()
        click(dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    modals.expect(pick_two, press("OK"))
    click(page.ui.addClients)
    assert page.participants.rowCount() == 2
    assert any("2 participants are registered for 1 seats" in t or "定員" in t for t in modals.texts())
    assert not page.ui.capacityWarning.isHidden() and "定員" in page.ui.status.text()
    assert "出席 0／申込 2" in page.ui.status.text()
    workshop = _workshops(demo_window)["春のクラウドソーシング体験会"]
    assert workshop.participants == 2  # a warning, never a refusal

    def none_left_to_pick_twice(dialog) -> None:  # the registered ones are not offered again
        view = dialog.findChild(type(page.ui.participants), "clients")
        names = {view.model().index(r, 0).data() for r in range(view.model().rowCount())}
        assert names.isdisjoint(set(_lines(demo_window, workshop.id)))
        click(dialog.buttons.button(dialog.buttons.StandardButton.Cancel))

    modals.expect(none_left_to_pick_twice)
    click(page.ui.addClients)


def test_a_new_sme_is_registered_by_hand_and_becomes_a_client(demo_window, modals):
    page = _plan(demo_window, capacity="10")
    open_tab(page.ui.tabs, "参加者・出欠")
    with demo_window.desk.store.session() as session:
        clients = repo.count_clients(session)
    # the name left blank: the dialog says so and stays; then it is typed
    typed = {"name": "株式会社みなと製作所", "contactPerson": "港 一郎"}
    modals.expect(fill({"name": "  "}, then="登録"), fill(typed))
    click(page.ui.registerNew)
    assert modals.pending == 0
    workshop = _workshops(demo_window)["春のクラウドソーシング体験会"]
    line = _lines(demo_window, workshop.id)["株式会社みなと製作所"]
    assert line.contact_person == "港 一郎"
    with demo_window.desk.store.session() as session:
        assert repo.count_clients(session) == clients + 1


def test_the_organisers_registration_list_is_imported_reusing_existing_clients(demo_window, modals, tmp_path):
    page = _plan(demo_window, capacity="10")
    open_tab(page.ui.tabs, "参加者・出欠")
    with demo_window.desk.store.session() as session:
        existing = repo.list_clients(session)[0]
        clients = repo.count_clients(session)
    listing = tmp_path / "申込名簿.csv"
    listing.write_text(
        "会社名,担当者,電話番号,申込日\n"
        f"{existing.name},{existing.contact_person},03-0000-0000,11/01\n"
        "有限会社しおかぜ,潮 風子,0120-000-000,11/02\n"
        "株式会社やまびこ,山 彦,,11/03\n",
        encoding="utf-8-sig",
    )
    modals.expect(choose_file(listing), press("OK"))
    click(page.ui.importList)
    assert modals.pending == 0
    text = modals.texts()[-1]
    assert "参加者を 3 社追加しました" in text and existing.name in text and "申込日" in text
    workshop = _workshops(demo_window)["春のクラウドソーシング体験会"]
    assert set(_lines(demo_window, workshop.id)) == {existing.name, "有限会社しおかぜ", "株式会社やまびこ"}
    with demo_window.desk.store.session() as session:
        assert repo.count_clients(session) == clients + 2  # the existing one reused, not duplicated


def test_a_registration_list_with_a_bad_row_is_refused_naming_the_row(demo_window, modals, tmp_path):
    page = _plan(demo_window, capacity="10")
    open_tab(page.ui.tabs, "参加者・出欠")
    listing = tmp_path / "bad.csv"
    text = "会社名,メールアドレス\nよい会社,a@example.jp\n悪い会社,not-an-address\n"
    listing.write_text(text, encoding="utf-8")
    modals.expect(choose_file(listing), press("OK"))
    click(page.ui.importList)
    assert "3" in modals.texts()[-1]  # the row in the file
    assert page.participants.rowCount() == 0


def test_attendance_is_taken_row_by_row_with_a_late_arrival_and_its_time(demo_window, modals):
    page = _plan(demo_window, capacity="10")
    open_tab(page.ui.tabs, "参加者・出欠")
    modals.expect(fill({"name": "一番商事"}), fill({"name": "二番工業"}), fill({"name": "三番食品"}))
    for _ in range(3):
        click(page.ui.registerNew)
    workshop = _workshops(demo_window)["春のクラウドソーシング体験会"].id
    names = [line.client_name for line in page.participants.rows()]
    click_row(page.ui.participants, 0)
    click(page.ui.markPresent)
    assert page.current().client_name == names[1]  # the cursor moved on to the next row
    # a time before the start is refused with the reason, and nothing changes
    modals.expect(answer_input("12:00"), press("OK"))
    click(page.ui.markLate)
    assert "13:30" in modals.texts()[-1]
    assert _lines(demo_window, workshop)[names[1]].attendance is Attendance.REGISTERED
    modals.expect(answer_input("１３：５５"))
    click(page.ui.markLate)
    click(page.ui.markAbsent)
    lines = _lines(demo_window, workshop)
    assert [lines[n].attendance for n in names] == [Attendance.PRESENT, Attendance.LATE, Attendance.ABSENT]
    assert lines[names[1]].late_at == time(13, 55)
    assert "出席 2／申込 3（遅刻 1・欠席 1）" in page.ui.status.text()
    row = row_where(page.ui.participants, lambda texts: texts[0] == names[1])
    assert page.participants.index(row, 2).data() == "13:55"


def test_the_attendance_keys_work_from_the_list(demo_window, modals, qtbot):
    page = _plan(demo_window, capacity="10")
    open_tab(page.ui.tabs, "参加者・出欠")
    modals.expect(fill({"name": "一番商事"}), fill({"name": "二番工業"}))
    for _ in range(2):
        click(page.ui.registerNew)
    qtbot.waitExposed(demo_window)
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    click_row(page.ui.participants, 0)
    QTest.keyClick(page.ui.participants, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(page.ui.participants, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    settle(lambda: page.participants.row_at(1).attendance is Attendance.ABSENT)
    assert [p.attendance for p in page.participants.rows()] == [Attendance.PRESENT, Attendance.ABSENT]


def test_the_questionnaire_before_and_after_is_typed_sheet_after_sheet(demo_window, modals):
    page = _plan(demo_window, capacity="10")
    open_tab(page.ui.tabs, "参加者・出欠")
    modals.expect(fill({"name": "一番商事"}), fill({"name": "二番工業"}))
    for _ in range(2):
        click(page.ui.registerNew)
    first, second = (line.client_name for line in page.participants.rows())
    _choose_participant(page, first)
    modals.expect(
        fill({"can_solve_2": True, "knows_costs_1": True, "anxious_5": True, "ordering_undecided": True},
             then="保存して次の参加者へ"),
        fill({"can_solve_3": True, "ordering_no": True}),
    )  # fmt: skip
    click(page.ui.answersBefore)
    assert modals.pending == 0
    _choose_participant(page, first)
    modals.expect(fill({"can_solve_5": True, "knows_costs_4": True, "anxious_2": True, "ordering_yes": True}))
    click(page.ui.answersAfter)
    workshop = _workshops(demo_window)["春のクラウドソーシング体験会"].id
    lines = _lines(demo_window, workshop)
    with demo_window.desk.store.session() as session:
        one = w.load_answers(session, lines[first].id)
        two = w.load_answers(session, lines[second].id)
    assert one[Phase.BEFORE].scores == {"can_solve": 2, "knows_costs": 1, "anxious": 5}
    assert one[Phase.BEFORE].ordering is Intention.UNDECIDED
    assert one[Phase.AFTER].scores == {"can_solve": 5, "knows_costs": 4, "anxious": 2}
    assert one[Phase.AFTER].ordering is Intention.YES
    assert two[Phase.BEFORE].scores == {"can_solve": 3} and two[Phase.BEFORE].ordering is Intention.NO
    assert lines[first].answered_before and lines[first].answered_after and not lines[second].answered_after
    assert "アンケート 事前 2・事後 1" in page.ui.status.text()

    # opened again, the sheet shows what was saved; left blank, an answer is cleared
    _choose_participant(page, first)

    def shows_saved(dialog) -> None:
        assert dialog.findChild(type(dialog.groups["anxious"].button(2)), "anxious_2").isChecked()
        fill({"anxious_none": True})(dialog)

    modals.expect(shows_saved)
    click(page.ui.answersAfter)
    with demo_window.desk.store.session() as session:
        assert "anxious" not in w.load_answers(session, lines[first].id)[Phase.AFTER].scores


def test_a_sheet_is_typed_as_digits_and_enter_goes_on_to_the_next_participant(demo_window, modals):
    page = _plan(demo_window, capacity="10")
    open_tab(page.ui.tabs, "参加者・出欠")
    modals.expect(fill({"name": "一番商事"}), fill({"name": "二番工業"}))
    for _ in range(2):
        click(page.ui.registerNew)
    first, second = page.participants.rows()

    def type_digits(digits: str):
        def handler(dialog) -> None:
            for digit in digits:
                QTest.keyClick(QApplication.focusWidget() or dialog, digit)
            QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)

        return handler

    click_row(page.ui.participants, 0)
    modals.expect(type_digits("2411"), type_digits("3503"))  # the second: "0", no answer to 3.
    click(page.ui.answersBefore)
    assert modals.pending == 0
    with demo_window.desk.store.session() as session:
        one = w.load_answers(session, first.id)[Phase.BEFORE]
        two = w.load_answers(session, second.id)[Phase.BEFORE]
    assert (one.scores, one.ordering) == ({"can_solve": 2, "knows_costs": 4, "anxious": 1}, Intention.YES)
    assert (two.scores, two.ordering) == ({"can_solve": 3, "knows_costs": 5}, Intention.NO)


def test_recording_a_participants_work_opens_its_consultation_of_the_day(demo_window):
    page = _open_demo_workshop(demo_window)
    workshop = _workshops(demo_window)[DEMO_TITLE]
    lines = _lines(demo_window, workshop.id)
    name = next(n for n, line in lines.items() if line.attendance is Attendance.PRESENT)
    line = lines[name]
    _choose_participant(page, name)
    click(page.ui.recordWork)
    assert demo_window.ui.pages.currentIndex() == 1
    assert demo_window.desk.client_id == line.client_id and demo_window.desk.client_name == name
    consultations = demo_window.consultations_page
    shown = consultations.model.row_at(consultations.ui.consultations.currentIndex().row())
    assert shown.id == consultations._editing
    assert shown.held_on == workshop.starts_at.date()
    assert consultations.problems.rowCount() >= 1  # the problems ticked on the day


def test_recording_work_for_a_new_participant_makes_its_consultation_of_the_day(demo_window, modals):
    page = _plan(demo_window, capacity="10")
    open_tab(page.ui.tabs, "参加者・出欠")
    modals.expect(fill({"name": "株式会社はじめて"}))
    click(page.ui.registerNew)
    click_row(page.ui.participants, 0)
    click(page.ui.recordWork)
    assert demo_window.ui.pages.currentIndex() == 1
    assert demo_window.desk.client_name == "株式会社はじめて"
    with demo_window.desk.store.session() as session:
        rows = repo.list_consultations(session, demo_window.desk.client_id)
    assert [(r.held_on, r.place) for r in rows] == [(date(2026, 12, 5), "市民会館 第2会議室")]
    assert demo_window.consultations_page._editing == rows[0].id


def test_a_follow_up_becomes_a_consultation_carrying_the_workshops_problems(demo_window):
    page = _open_demo_workshop(demo_window)
    workshop = _workshops(demo_window)[DEMO_TITLE]
    lines = _lines(demo_window, workshop.id)
    name = next(n for n, p in lines.items() if p.attendance is Attendance.PRESENT and not p.follow_up)
    with demo_window.desk.store.session() as session:
        on_the_day = [p.title for p in repo.list_problems(session, client_id=lines[name].client_id)
                      if p.held_on == workshop.starts_at.date()]  # fmt: skip
    assert on_the_day
    _choose_participant(page, name)
    assert not page.ui.followUp.isChecked()
    click(page.ui.startFollowUp)
    assert demo_window.ui.pages.currentIndex() == 1 and demo_window.desk.client_id == lines[name].client_id
    consultations = demo_window.consultations_page
    shown = consultations.model.row_at(consultations.ui.consultations.currentIndex().row())
    assert shown.held_on == date.today() and shown.id == consultations._editing
    titles = [consultations.problems.row_at(r).title for r in range(consultations.problems.rowCount())]
    assert titles == on_the_day
    assert _lines(demo_window, workshop.id)[name].follow_up


def test_the_follow_up_box_records_who_asked_for_a_consultation(demo_window):
    page = _open_demo_workshop(demo_window)
    workshop = _workshops(demo_window)[DEMO_TITLE]
    name = next(n for n, line in _lines(demo_window, workshop.id).items() if not line.follow_up)
    _choose_participant(page, name)
    click(page.ui.followUp)
    assert _lines(demo_window, workshop.id)[name].follow_up
    assert page.current().client_name == name and page.ui.followUp.isChecked()
    click(page.ui.followUp)
    assert not _lines(demo_window, workshop.id)[name].follow_up


def test_removing_a_participant_asks_first(demo_window, modals):
    page = _plan(demo_window, capacity="10")
    open_tab(page.ui.tabs, "参加者・出欠")
    modals.expect(fill({"name": "株式会社やめます"}))
    click(page.ui.registerNew)
    click_row(page.ui.participants, 0)
    modals.expect(press("いいえ"))
    click(page.ui.removeParticipant)
    assert page.participants.rowCount() == 1
    click_row(page.ui.participants, 0)
    modals.expect(press("はい"))
    click(page.ui.removeParticipant)
    assert page.participants.rowCount() == 0
    with demo_window.desk.store.session() as session:  # the client stays
        assert any(r.name == "株式会社やめます" for r in repo.list_clients(session))


def test_deleting_a_workshop_asks_no_keeps_it_yes_deletes_it(demo_window, modals):
    page = _plan(demo_window)
    modals.expect(press("いいえ"))
    click(page.ui.deleteWorkshop)
    assert "春のクラウドソーシング体験会" in _workshops(demo_window)
    modals.expect(press("はい"))
    click(page.ui.deleteWorkshop)
    assert "春のクラウドソーシング体験会" not in _workshops(demo_window)
    assert page._editing is None and not page.ui.participantsTab.isEnabled()
    assert "春のクラウドソーシング体験会" in modals.texts()[0]


def test_leaving_a_plan_typed_but_not_saved_asks(demo_window, modals):
    page = _plan(demo_window)
    type_into(page.ui.venue, "変更した会場")
    modals.expect(press("キャンセル"))
    click_row(demo_window.ui.navigation, 0)
    assert demo_window.ui.pages.currentIndex() == PAGE and page.has_unsaved()
    modals.expect(press("保存"))
    click_row(demo_window.ui.navigation, 0)
    assert demo_window.ui.pages.currentIndex() == 0
    assert _workshops(demo_window)["春のクラウドソーシング体験会"].venue == "変更した会場"


def test_a_plan_typed_before_a_crash_is_offered_and_restored_next_time(qtbot, modals, on_files, tmp_path):  # noqa: F811
    from tests.test_unsaved_edits import crash, drafts_of

    db = tmp_path / "desk.sqlite3"
    first = on_files(db)
    page = _plan(first)
    type_into(page.ui.venue, "雨天のため体育館")
    qtbot.waitUntil(lambda: "workshops" in drafts_of(db), timeout=3000)
    crash(first)
    modals.expect(press("復元"))
    second = on_files(db)
    assert modals.pending == 0
    restored = second.workshops_page
    assert second.ui.pages.currentWidget() is restored
    assert restored.ui.venue.text() == "雨天のため体育館" and restored.has_unsaved()
    assert restored.ui.title.text() == "春のクラウドソーシング体験会"
    modals.expect(press("保存"))
    second.close()


# --- the projector and the documents from the page --------------------------------------------


def _projector_panels(window):
    from csp_desk.gui.projector import ProjectorPanel

    return [p for p in window.findChildren(ProjectorPanel) if p.isVisible()]


def test_the_projector_button_shows_the_workshop_on_the_page_not_the_newest(demo_window):
    window = demo_window
    page = _plan(window, title="秋の体験会")  # now the newest
    _open_demo_workshop(window)
    click(page.ui.showProjector)
    panels = _projector_panels(window)
    assert len(panels) == 1
    assert panels[0].projector.heading.text() == DEMO_TITLE
    # from the page of the newer one, the open show switches to it
    click_row(page.ui.workshops, row_where(page.ui.workshops, lambda texts: texts[0] == "秋の体験会"))
    click(page.ui.showProjector)
    assert _projector_panels(window) == panels
    assert panels[0].projector.heading.text() == "秋の体験会"
    panels[0].close()
    settle(lambda: not _projector_panels(window))


def test_a_new_workshop_not_saved_yet_cannot_be_projected_or_exported(demo_window):
    page = _page(demo_window)
    click(page.ui.newWorkshop)
    for button in (
        page.ui.showProjector,
        page.ui.exportHandouts,
        page.ui.exportSummary,
        page.ui.deleteWorkshop,
    ):
        assert not button.isEnabled()


def test_unsaved_changes_to_the_plan_are_asked_about_before_projecting(demo_window, modals):
    window = demo_window
    page = _open_demo_workshop(window)
    open_tab(page.ui.tabs, "計画")
    type_into(page.ui.venue, "市民ホール 小会議室")
    modals.expect(press("キャンセル"))
    click(page.ui.showProjector)
    assert not _projector_panels(window)
    modals.expect(press("保存"))
    click(page.ui.showProjector)
    panels = _projector_panels(window)
    assert len(panels) == 1
    with window.desk.store.session() as session:
        assert w.get_workshop(session, page.shown_workshop()).venue == "市民ホール 小会議室"
    panels[0].close()


def test_the_handouts_are_written_into_a_new_folder_inside_the_one_chosen(demo_window, modals, tmp_path):
    window = demo_window
    page = _open_demo_workshop(window)
    modals.expect(choose_file(tmp_path), press("OK"))
    click(page.ui.exportHandouts)
    settle(lambda: window._job is None)
    folders = list(tmp_path.iterdir())
    assert [f.name for f in folders] == [f"配布資料_{DEMO_TITLE}_{_demo_day(window):%Y%m%d}"]
    names = sorted(p.name for p in folders[0].iterdir())
    assert "印刷用_すべて.docx" in names and "出席簿.docx" in names
    assert sum(name.startswith("結果シート_") for name in names) == 18  # who came: 16 present, 2 late
    said = modals.texts()[-1]
    assert f"{len(names)} " in said and "印刷用_すべて.docx" in said
    # again: a second folder, the first left as it was
    modals.expect(choose_file(tmp_path), press("OK"))
    click(page.ui.exportHandouts)
    settle(lambda: window._job is None)
    assert sorted(f.name for f in tmp_path.iterdir())[-1].endswith("(2)")


def test_the_summary_workbook_is_saved_where_the_facilitator_says(demo_window, modals, tmp_path):
    from openpyxl import load_workbook

    window = demo_window
    page = _open_demo_workshop(window)
    modals.expect(choose_file(tmp_path / "集計"))
    click(page.ui.exportSummary)
    settle(lambda: window._job is None)
    book = load_workbook(tmp_path / "集計.xlsx")
    assert {"概要", "出欠", "アンケート"} <= set(book.sheetnames)
    assert "集計.xlsx" in window.statusBar().currentMessage()


def test_cancelling_the_folder_writes_nothing(demo_window, modals, tmp_path):
    window = demo_window
    page = _open_demo_workshop(window)
    modals.expect(cancel)
    click(page.ui.exportHandouts)
    assert window._job is None and list(tmp_path.iterdir()) == []


def _demo_day(window):
    with window.desk.store.session() as session:
        return next(r for r in w.list_workshops(session) if r.title == DEMO_TITLE).starts_at.date()


def test_a_participants_own_file_is_brought_into_its_consultation_of_the_day(demo_window, modals, tmp_path):
    from tests.test_workshop_store2 import _laptop_file

    window = demo_window
    page = _plan(window, capacity="10")
    open_tab(page.ui.tabs, "参加者・出欠")
    modals.expect(fill({"name": "あおば"}))
    click(page.ui.registerNew)
    mine = _laptop_file(tmp_path, day=date(2026, 12, 5))
    other = _laptop_file(tmp_path, name="みなと商事", day=date(2026, 12, 5))
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "csp-desk.client/1", "client": ', encoding="utf-8")
    click_row(page.ui.participants, 0)
    cases = ((other, ("みなと商事", "あおば")), (broken, ("broken.json", "何も読み込んでいません")))
    for wrong, words in cases:
        modals.expect(choose_file(wrong), press("OK"))
        click(page.ui.bringInFile)
        assert all(word in modals.texts()[-1] for word in words), modals.texts()[-1]
    client_id = page.current().client_id
    with window.desk.store.session() as session:
        assert repo.list_consultations(session, client_id) == []  # nothing changed
    modals.expect(choose_file(mine), press("OK"))
    click(page.ui.bringInFile)
    said = modals.texts()[-1]
    assert "1" in said and "あおば" in said
    with window.desk.store.session() as session:
        problems = repo.list_problems(session, client_id=client_id)
    assert [(p.title, p.held_on) for p in problems] == [("ブランドが弱い", date(2026, 12, 5))]
    # the same file again: nothing added, and it says so
    modals.expect(choose_file(mine), press("OK"))
    click(page.ui.bringInFile)
    assert "既に" in modals.texts()[-1] or "記録済み" in modals.texts()[-1]
