"""What the workshops page asks of the store: the participants' table, registering SMEs by hand and
from the organiser's list (reusing clients already there), the consultation where a participant's
work is recorded, and the follow-up consultation that carries it to the producer's desk."""

from datetime import date, datetime, time

import pytest

from csp_desk.domain.breakdown import WorkItemDraft
from csp_desk.domain.client import ClientDraft
from csp_desk.domain.order_types import OrderType
from csp_desk.domain.text import InvalidInput
from csp_desk.domain.workshop import Answers, Attendance, Phase, WorkshopDraft, parse_start, parse_time
from csp_desk.services.imports import ImportRefused, import_participants
from csp_desk.store import repo
from csp_desk.store import workshops as w

BOTH_ENGINES = True  # the tests with a `store` run on SQLite and on PostgreSQL (conftest)

START = datetime(2026, 11, 20, 13, 30)


def _workshop(session, capacity=20):
    return w.create_workshop(
        session, WorkshopDraft(title="活用セミナー", starts_at=START, venue="大会議室", capacity=capacity)
    )


def _client(session, name, **fields):
    return repo.save_client(session, ClientDraft(name=name, **fields))


def test_the_start_is_typed_as_a_date_and_a_time_full_width_too():
    assert parse_start("２０２６／１２／０５", "１３：３０") == (datetime(2026, 12, 5, 13, 30), [])
    assert parse_time("late_at", "13時45分") == (time(13, 45), [])
    for bad in ("25:00", "13:60", "午後", "1330"):
        assert [e.field for e in parse_time("late_at", bad)[1]] == ["late_at"]
    assert [e.field for e in parse_start("2026/12/05", "")[1]] == ["start_time"]
    assert [e.field for e in parse_start("2026/13/05", "13:30")[1]] == ["starts_at"]
    assert parse_start("", "") == (None, [])  # the draft then says the start is required


def test_the_participants_table_shows_contact_and_which_questionnaires_were_answered(store):
    with store.session() as session:
        workshop = _workshop(session)
        a = _client(session, "株式会社あおば", contact_person="青葉 太郎")
        b = _client(session, "いろは商店")
        added = w.add_participants(session, workshop, [a, b])
        first = added.participant_ids[0]
        w.record_answers(session, first, Phase.BEFORE, Answers({"can_solve": 2}))
        w.set_attendance(session, first, Attendance.LATE, time(13, 50))
    with store.session() as session:
        lines = {line.client_name: line for line in w.participant_lines(session, workshop)}
    assert lines["株式会社あおば"].contact_person == "青葉 太郎"
    assert lines["株式会社あおば"].answered_before and not lines["株式会社あおば"].answered_after
    assert lines["株式会社あおば"].attendance is Attendance.LATE
    assert lines["株式会社あおば"].late_at == time(13, 50)
    assert not lines["いろは商店"].answered_before


def test_picking_clients_already_registered_leaves_them_out_and_over_capacity_only_warns(store):
    with store.session() as session:
        workshop = _workshop(session, capacity=1)
        a, b = _client(session, "あおば"), _client(session, "いろは")
        w.add_participants(session, workshop, [a])
        again = w.add_participants(session, workshop, [a, b])
        assert again.already == ("あおば",) and len(again.participant_ids) == 1
        assert again.warning is not None and again.warning.params == {"count": 2, "capacity": 1}
        assert w.count_participants(session, workshop) == 2


def test_registering_by_hand_reuses_a_client_of_the_same_name_or_corporate_number(store):
    with store.session() as session:
        workshop = _workshop(session)
        known = _client(session, "株式会社ABC")
        numbered = _client(session, "旧社名の会社", corporate_number="7000012050002")
        done = w.register_participants(
            session, workshop,
            [ClientDraft(name="株式会社ＡＢＣ"), ClientDraft(name="新社名", corporate_number="7000012050002"),
             ClientDraft(name="まったく新しい会社", contact_person="新井")],
        )  # fmt: skip
        assert done.new_clients == 1 and done.reused_clients == ("株式会社ABC", "旧社名の会社")
        clients = {line.client_id for line in w.participant_lines(session, workshop)}
        assert {known, numbered} <= clients and len(clients) == 3
        assert repo.count_clients(session) == 3


def test_a_bad_registration_writes_nothing(store):
    with store.session() as session:
        workshop = _workshop(session)
    with pytest.raises(InvalidInput), store.session() as session:
        w.register_participants(session, workshop, [ClientDraft(name="よい会社"), ClientDraft(name="  ")])
    with store.session() as session:
        assert repo.count_clients(session) == 0 and w.count_participants(session, workshop) == 0


def test_the_organisers_list_is_imported_reusing_clients_and_skipping_repeats(store, tmp_path):
    with store.session() as session:
        workshop = _workshop(session)
        known = _client(session, "株式会社あおば")
    listing = tmp_path / "申込名簿.csv"
    listing.write_text(
        "会社名,担当者,電話番号,申込日\n株式会社あおば,青葉,03-1234-5678,11/01\n"
        "いろは商店,伊呂波,,11/02\nいろは商店,伊呂波,,11/03\n",
        encoding="utf-8-sig",
    )
    result, ignored = import_participants(store, listing, workshop)
    assert result.new_clients == 1 and result.reused_clients == ("株式会社あおば",) and result.repeated == 1
    assert ignored == ("申込日",)
    with store.session() as session:
        names = [line.client_name for line in w.participant_lines(session, workshop)]
        assert sorted(names) == ["いろは商店", "株式会社あおば"] and repo.count_clients(session) == 2
        assert known in {line.client_id for line in w.participant_lines(session, workshop)}


def test_a_registration_list_with_a_bad_row_imports_nothing(store, tmp_path):
    with store.session() as session:
        workshop = _workshop(session)
    listing = tmp_path / "bad.csv"
    text = "会社名,メールアドレス\nよい会社,a@example.jp\n悪い会社,not-an-address\n"
    listing.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRefused):
        import_participants(store, listing, workshop)
    with store.session() as session:
        assert repo.count_clients(session) == 0


def test_a_participants_work_is_recorded_in_one_consultation_of_the_workshops_day(store):
    with store.session() as session:
        workshop = _workshop(session)
        pid = w.add_participants(session, workshop, [_client(session, "あおば")]).participant_ids[0]
        first = w.workshop_consultation(session, pid)
        assert w.workshop_consultation(session, pid) == first  # opened again, not made twice
        client_id = w.participant_lines(session, workshop)[0].client_id
        rows = repo.list_consultations(session, client_id)
    assert [(r.held_on, r.place) for r in rows] == [(date(2026, 11, 20), "大会議室")]
    assert "活用セミナー" in rows[0].notes


def test_a_follow_up_carries_the_workshops_problems_and_work_items_in_one_new_consultation(store):
    with store.session() as session:
        workshop = _workshop(session)
        pid = w.add_participants(session, workshop, [_client(session, "あおば")]).participant_ids[0]
        day = w.workshop_consultation(session, pid)
        item = WorkItemDraft("ロゴ作成", OrderType.COMPETITION, budget_min=30000, budget_max=50000)
        repo.add_problem(session, day, "ブランドが弱い", catalogue_id=None, items=[item])
        repo.add_problem(session, day, "人手不足")
        follow = w.start_follow_up(session, pid, date(2026, 12, 1))
        assert w.start_follow_up(session, pid, date(2026, 12, 2)) == follow  # asked again: the same one
        problems = repo.list_problems(session, consultation_id=follow)
        assert [p.title for p in problems] == ["ブランドが弱い", "人手不足"]
        assert [r.draft for r in repo.list_work_items(session, problems[0].id)] == [item]
        assert w.participant_lines(session, workshop)[0].follow_up
        client_id = w.participant_lines(session, workshop)[0].client_id
        held = {r.id: r.held_on for r in repo.list_consultations(session, client_id)}
    assert held == {day: date(2026, 11, 20), follow: date(2026, 12, 1)}
    with store.session() as session:  # the workshop's record stays as it was
        titles = [p.title for p in repo.list_problems(session, consultation_id=day)]
    assert titles == ["ブランドが弱い", "人手不足"]


def test_a_follow_up_held_on_the_workshops_own_day_is_not_taken_for_the_work_of_the_day(store):
    with store.session() as session:
        workshop = _workshop(session)
        pid = w.add_participants(session, workshop, [_client(session, "あおば")]).participant_ids[0]
        day = w.workshop_consultation(session, pid)
        repo.add_problem(session, day, "人手不足")
        follow = w.start_follow_up(session, pid, START.date())  # the same afternoon
        assert follow != day
        assert w.workshop_consultation(session, pid) == day
        repo.add_problem(session, follow, "資金繰り")  # the producer's own work from then on
        assert w.start_follow_up(session, pid, START.date()) == follow
        problems = w.participant_records(session, workshop)[0].problems
    assert problems == ("人手不足",)  # counted once, and the producer's problem is not the workshop's


def test_a_follow_up_is_found_again_whatever_language_its_note_was_written_in(store):
    with store.session() as session:
        workshop = _workshop(session)
        pid = w.add_participants(session, workshop, [_client(session, "あおば")]).participant_ids[0]
        first = w.start_follow_up(session, pid, date(2026, 12, 1), note="Follow-up of {title} ({day}).")
        again = w.start_follow_up(session, pid, date(2026, 12, 1))  # the window now in Japanese
    assert again == first


def test_a_deleted_follow_up_consultation_can_be_started_again(store):
    with store.session() as session:
        workshop = _workshop(session)
        pid = w.add_participants(session, workshop, [_client(session, "あおば")]).participant_ids[0]
        first = w.start_follow_up(session, pid, date(2026, 12, 1))
    with store.session() as session:
        repo.delete_consultation(session, first)
    with store.session() as session:
        second = w.start_follow_up(session, pid, date(2026, 12, 2))
        held = {
            r.id: r.held_on
            for r in repo.list_consultations(session, w.participant_lines(session, workshop)[0].client_id)
        }[second]
    assert held == date(2026, 12, 2)  # a new one (SQLite may give it the same id again)


# --- a participant's own work from its laptop ---------------------------------------------------


def _laptop_file(tmp_path, name="あおば", day=None, corporate=""):
    """What a participant records on its own laptop: itself as a client, the workshop day's
    consultation with a problem broken down and a draft posting — written as a client file."""
    from dataclasses import replace

    from csp_desk.domain.consultation import ConsultationDraft
    from csp_desk.services.client_files import write_client_file
    from csp_desk.store.db import open_store

    day = day or START.date()
    laptop = open_store(tmp_path / f"laptop-{name}.sqlite3")
    with laptop.session() as session:
        client = repo.save_client(session, ClientDraft(name=name, corporate_number=corporate))
        consultation = repo.save_consultation(session, client, ConsultationDraft(held_on=day, place="会場"))
        item = WorkItemDraft("ロゴ作成", OrderType.COMPETITION, "複数案から選びたい", budget_min=30000,
                             budget_max=50000)  # fmt: skip
        problem = repo.add_problem(session, consultation, "ブランドが弱い", items=[item])
        item_id = repo.list_work_items(session, problem)[0].id
        order = repo.load_posting(session, item_id, None)
        repo.save_posting(session, item_id, replace(order, description="新しいロゴを募集します。"))
    out = write_client_file(laptop, client, tmp_path / f"{name}.json", date(2026, 11, 20))
    laptop.close()
    return out


def test_a_participants_file_goes_into_its_consultation_of_the_day_once(store, tmp_path):
    from csp_desk.domain.client_file import read_client_bytes

    found = read_client_bytes(_laptop_file(tmp_path).read_bytes())
    with store.session() as session:
        workshop = _workshop(session)
        pid = w.add_participants(session, workshop, [_client(session, "あおば")]).participant_ids[0]
        day = w.workshop_consultation(session, pid)
        repo.add_problem(session, day, "人手不足")  # typed by the facilitator from the paper sheet
    with store.session() as session:
        merged = w.bring_in_participant_work(session, pid, found)
    assert (merged.problems, merged.work_items, merged.postings, merged.skipped) == (1, 1, 1, 0)
    with store.session() as session:
        client_id = w.participant_lines(session, workshop)[0].client_id
        assert [r.id for r in repo.list_consultations(session, client_id)] == [day]  # no second one
        problems = repo.list_problems(session, consultation_id=day)
        assert [p.title for p in problems] == ["人手不足", "ブランドが弱い"]
        item = repo.list_work_items(session, problems[1].id)[0]
        assert item.draft.type_reason == "複数案から選びたい"
        assert "新しいロゴ" in repo.load_posting(session, item.id, None).description
        again = w.bring_in_participant_work(session, pid, found)
    assert (again.problems, again.skipped) == (0, 1)  # the same file twice adds nothing


def test_a_file_about_another_company_is_refused_and_nothing_changes(store, tmp_path):
    from csp_desk.domain.client_file import read_client_bytes
    from csp_desk.domain.text import Refused

    found = read_client_bytes(_laptop_file(tmp_path, name="みなと商事").read_bytes())
    with store.session() as session:
        workshop = _workshop(session)
        pid = w.add_participants(session, workshop, [_client(session, "あおば")]).participant_ids[0]
    with pytest.raises(Refused) as refused, store.session() as session:
        w.bring_in_participant_work(session, pid, found)
    assert refused.value.params == {"found": "みなと商事", "chosen": "あおば"}
    with store.session() as session:
        client_id = w.participant_lines(session, workshop)[0].client_id
        assert repo.list_consultations(session, client_id) == []


def test_a_file_is_recognised_by_the_corporate_number_when_the_name_was_written_otherwise(store, tmp_path):
    from csp_desk.domain import corporate_number
    from csp_desk.domain.client_file import read_client_bytes

    number = f"{corporate_number.check_digit('234567890123')}234567890123"  # with its check digit
    found = read_client_bytes(_laptop_file(tmp_path, name="(株)あおば", corporate=number).read_bytes())
    with store.session() as session:
        workshop = _workshop(session)
        client = _client(session, "株式会社あおば", corporate_number=number)
        pid = w.add_participants(session, workshop, [client]).participant_ids[0]
        merged = w.bring_in_participant_work(session, pid, found)
    assert merged.problems == 1


def test_the_work_stays_the_workshops_when_its_date_is_corrected(store):
    from dataclasses import replace

    with store.session() as session:
        workshop = _workshop(session)
        pid = w.add_participants(session, workshop, [_client(session, "あおば")]).participant_ids[0]
        day = w.workshop_consultation(session, pid)
        repo.add_problem(session, day, "人手不足", items=[WorkItemDraft("データ入力", OrderType.TASK)])
        plan = w.get_workshop(session, workshop)
        w.update_workshop(session, workshop, replace(plan, starts_at=datetime(2026, 11, 27, 13, 30)))
    with store.session() as session:
        assert w.participant_records(session, workshop)[0].problems == ("人手不足",)
        assert w.workshop_consultation(session, pid) == day  # opened again: the same record
        client_id = w.participant_lines(session, workshop)[0].client_id
        held = [(r.id, r.held_on) for r in repo.list_consultations(session, client_id)]
    assert held == [(day, date(2026, 11, 27))]  # the record moved with the workshop


def test_another_consultation_of_the_client_on_the_same_day_is_not_the_workshops(store):
    from csp_desk.domain.consultation import ConsultationDraft

    with store.session() as session:
        workshop = _workshop(session)
        client = _client(session, "あおば")
        pid = w.add_participants(session, workshop, [client]).participant_ids[0]
        day = w.workshop_consultation(session, pid)
        repo.add_problem(session, day, "人手不足")
        visit = ConsultationDraft(held_on=START.date(), place="事務所")
        other = repo.save_consultation(session, client, visit)
        repo.add_problem(session, other, "事業承継")  # the producer's own visit that morning
        assert w.participant_records(session, workshop)[0].problems == ("人手不足",)


def test_a_problem_typed_from_the_paper_sheet_gets_the_laptops_breakdown_and_posting(store, tmp_path):
    from csp_desk.domain.client_file import read_client_bytes

    found = read_client_bytes(_laptop_file(tmp_path).read_bytes())
    with store.session() as session:
        workshop = _workshop(session)
        pid = w.add_participants(session, workshop, [_client(session, "あおば")]).participant_ids[0]
        day = w.workshop_consultation(session, pid)
        typed = repo.add_problem(session, day, "ブランドが弱い")  # ticked on paper, nothing broken down
        merged = w.bring_in_participant_work(session, pid, found)
        assert (merged.problems, merged.work_items, merged.postings, merged.skipped) == (0, 1, 1, 0)
        items = repo.list_work_items(session, typed)
        assert [i.draft.title for i in items] == ["ロゴ作成"]
        assert "新しいロゴ" in repo.load_posting(session, items[0].id, None).description
        again = w.bring_in_participant_work(session, pid, found)
    assert (again.work_items, again.postings, again.skipped) == (0, 0, 1)


def test_a_company_written_with_its_legal_form_abbreviated_is_the_same_company(store, tmp_path):
    from csp_desk.domain.client_file import read_client_bytes
    from csp_desk.domain.text import company_key

    assert company_key("㈱あおば") == company_key("（株）あおば") == company_key("株式会社 あおば")
    assert company_key("株式会社あおば") != company_key("あおば株式会社")  # 前株 and 後株 are two names
    found = read_client_bytes(_laptop_file(tmp_path, name="(株)あおば").read_bytes())
    with store.session() as session:
        workshop = _workshop(session)
        pid = w.add_participants(session, workshop, [_client(session, "株式会社あおば")]).participant_ids[0]
        assert w.bring_in_participant_work(session, pid, found).problems == 1
