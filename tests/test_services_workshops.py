"""Workshops through the service layer (services/workshops.py): each call is one transaction on a
real store, returns plain rows or what changed, and passes the store's refusals on unchanged."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from csp_desk.domain.breakdown import WorkItemDraft
from csp_desk.domain.client import ClientDraft
from csp_desk.domain.order_types import OrderType
from csp_desk.domain.text import InvalidInput
from csp_desk.domain.workshop import Answers, Attendance, Phase, WorkshopDraft
from csp_desk.services import Changed
from csp_desk.services import workshops as w
from csp_desk.store import repo
from csp_desk.store.errors import NotFound

BOTH_ENGINES = True  # the tests with a `store` run on SQLite and on PostgreSQL (conftest)

START = datetime(2026, 11, 20, 13, 30)


def _plan(title="活用セミナー", capacity=20):
    return WorkshopDraft(title=title, starts_at=START, venue="大会議室", capacity=capacity)


def _clients(store, *names):
    with store.session() as session:
        return [repo.save_client(session, ClientDraft(name=name)) for name in names]


def test_a_workshop_is_planned_changed_listed_and_deleted(store):
    created = w.save_workshop(store, None, _plan())
    assert created.topic == "workshops" and len(created.ids) == 1
    workshop_id = created.ids[0]
    changed = w.save_workshop(store, workshop_id, _plan("活用セミナー（第2回）"))
    assert changed == Changed("workshops", (workshop_id,))
    assert w.get_workshop(store, workshop_id).title == "活用セミナー（第2回）"
    assert [(r.id, r.title, r.participants) for r in w.list_workshops(store)] == [
        (workshop_id, "活用セミナー（第2回）", 0)
    ]
    assert w.delete_workshop(store, workshop_id) == Changed("workshops", (workshop_id,))
    assert w.list_workshops(store) == []
    with pytest.raises(NotFound):
        w.get_workshop(store, workshop_id)


def test_a_plan_without_a_title_is_refused_and_nothing_is_kept(store):
    with pytest.raises(InvalidInput) as refused:
        w.save_workshop(store, None, _plan(title=""))
    assert "title" in {e.field for e in refused.value.errors}
    assert w.list_workshops(store) == []


def test_participants_are_added_registered_listed_and_removed_all_or_none(store):
    workshop_id = w.save_workshop(store, None, _plan()).ids[0]
    aoba, _iroha = _clients(store, "株式会社あおば", "いろは商店")
    assert {r.name for r in w.clients_to_add(store, workshop_id)} == {"株式会社あおば", "いろは商店"}
    added = w.add_clients(store, workshop_id, [aoba])
    assert len(added.participant_ids) == 1
    assert [r.name for r in w.clients_to_add(store, workshop_id)] == ["いろは商店"]  # registered: left out
    assert [r.name for r in w.clients_to_add(store, workshop_id, "あおば")] == []
    typed = w.register_new(store, workshop_id, [ClientDraft(name="株式会社みどり")])
    assert typed.new_clients == 1
    found = w.participants(store, workshop_id)
    assert {line.client_name for line in found.lines} == {"株式会社あおば", "株式会社みどり"}
    assert found.workshop is not None and found.workshop.participants == 2
    ids = [line.id for line in found.lines]
    with pytest.raises(NotFound):
        w.remove_participants(store, [ids[0], 999_999])  # one unknown: none removed
    assert len(w.participants(store, workshop_id).lines) == 2
    assert w.remove_participants(store, ids) == Changed("workshops", tuple(ids))
    assert w.participants(store, workshop_id).lines == []
    w.delete_workshop(store, workshop_id)
    with pytest.raises(NotFound):
        w.participants(store, workshop_id)


def test_attendance_is_taken_for_several_at_once_and_a_late_arrival_needs_its_time(store):
    workshop_id = w.save_workshop(store, None, _plan()).ids[0]
    clients = _clients(store, "株式会社あおば", "いろは商店")
    ids = list(w.add_clients(store, workshop_id, clients).participant_ids)
    assert w.set_attendance(store, ids, Attendance.PRESENT) == Changed("workshops", tuple(ids))
    with pytest.raises(InvalidInput):
        w.set_attendance(store, ids, Attendance.LATE)  # no time: refused, the two stay present
    assert {line.attendance for line in w.participants(store, workshop_id).lines} == {Attendance.PRESENT}
    w.set_attendance(store, ids[:1], Attendance.LATE, time(13, 50))
    lines = {line.id: line for line in w.participants(store, workshop_id).lines}
    assert lines[ids[0]].attendance is Attendance.LATE and lines[ids[0]].late_at == time(13, 50)


def test_a_questionnaire_is_kept_and_a_score_out_of_range_refused(store):
    workshop_id = w.save_workshop(store, None, _plan()).ids[0]
    [participant] = w.add_clients(store, workshop_id, _clients(store, "株式会社あおば")).participant_ids
    assert w.record_answers(store, participant, Phase.BEFORE, Answers({"can_solve": 2})) == Changed(
        "workshops", (participant,)
    )
    assert w.answers(store, participant, Phase.BEFORE) == Answers({"can_solve": 2})
    with pytest.raises(InvalidInput):
        w.record_answers(store, participant, Phase.AFTER, Answers({"can_solve": 9}))
    assert w.answers(store, participant, Phase.AFTER) == Answers()


def test_a_participant_is_carried_to_its_consultation_and_on_to_a_follow_up(store):
    workshop_id = w.save_workshop(store, None, _plan()).ids[0]
    [participant] = w.add_clients(store, workshop_id, _clients(store, "株式会社あおば")).participant_ids
    day = w.workshop_consultation(store, participant, "ワークショップで記録")
    assert w.workshop_consultation(store, participant, "ワークショップで記録") == day  # the same one
    assert w.set_follow_up(store, participant, True) == Changed("workshops", (participant,))
    assert w.participants(store, workshop_id).lines[0].follow_up
    follow_up = w.start_follow_up(store, participant, date(2026, 11, 27), "フォローアップ")
    assert follow_up != day
    assert w.start_follow_up(store, participant, date(2026, 11, 28), "フォローアップ") == follow_up
    with pytest.raises(NotFound):
        w.set_follow_up(store, 999_999, True)


def test_the_projector_reads_the_show_the_volunteers_work_and_its_posting(store, catalogue):
    workshop_id = w.save_workshop(store, None, _plan()).ids[0]
    [client] = _clients(store, "株式会社あおば")
    [participant] = w.add_clients(store, workshop_id, [client]).participant_ids
    consultation = w.workshop_consultation(store, participant, "ワークショップで記録")
    with store.session() as session:
        item = WorkItemDraft("新商品のロゴ", OrderType.COMPETITION, "複数案から選びたいため",
                             budget_min=30_000, budget_max=50_000)  # fmt: skip
        problem = repo.add_problem(session, consultation, "新商品の認知が低い", items=[item])
        item_id = repo.list_work_items(session, problem)[0].id
    show = w.show(store, workshop_id)
    assert show.title == "活用セミナー" and show.participants == ((client, "株式会社あおば"),)
    work = w.volunteer_work(store, workshop_id, client)
    assert [p.title for p in work.problems] == ["新商品の認知が低い"]
    assert work.posting_item is not None and work.posting_item.id == item_id
    draft = w.posting_draft(store, item_id, catalogue, False)
    assert not draft.saved and draft.order is not None
    with pytest.raises(NotFound):
        w.show(store, 999_999)
