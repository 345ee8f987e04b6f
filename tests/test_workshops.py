"""Workshops for SME-support organisations: the plan, attendance, the questionnaire before and
after, the organiser's summary figures, the store, the schema upgrade and the command line."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, datetime, time
from pathlib import Path

import pytest

from csp_desk.domain.client import ClientDraft
from csp_desk.domain.consultation import ConsultationDraft
from csp_desk.domain.text import InvalidInput
from csp_desk.domain.workshop import (
    ITEMS,
    Answers,
    Attendance,
    Intention,
    ParticipantRecord,
    Phase,
    WorkshopDraft,
    attendance_counts,
    attendance_errors,
    capacity_warning,
    follow_up_count,
    item_summaries,
    ordering_share,
    problems_by_frequency,
    summarise,
)
from csp_desk.store import repo
from csp_desk.store import workshops as w
from csp_desk.store.db import HEAD, open_store
from csp_desk.store.errors import AlreadyParticipant, ClientInWorkshop
from tests.postgres import Outside

BOTH_ENGINES = True  # the tests with a `store` run on SQLite and on PostgreSQL (conftest)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
START = datetime(2026, 11, 20, 13, 30)
DEMO_TITLE = "はじめてのクラウドソーシング活用ワークショップ"


def _draft(**changes):
    fields = {
        "title": "クラウドソーシング活用セミナー",
        "starts_at": START,
        "venue": "○○商工会議所 大会議室",
        "organiser": "○○商工会議所",
        "facilitator": "森 さやか",
        "capacity": 20,
        "agenda": ("開会・趣旨説明", "", "  課題の洗い出し  ", "募集文を書く"),
    }
    return WorkshopDraft(**{**fields, **changes})


# --- domain: the plan -------------------------------------------------------------------------


def test_a_complete_workshop_plan_passes_with_its_agenda_trimmed_in_order():
    clean = _draft().validated()
    assert clean.agenda == ("開会・趣旨説明", "課題の洗い出し", "募集文を書く")
    assert clean.title == "クラウドソーシング活用セミナー" and clean.capacity == 20


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "   "}, "title"),
        ({"title": "あ" * 501}, "title"),
        ({"starts_at": None}, "starts_at"),
        ({"capacity": None}, "capacity"),
        ({"capacity": 0}, "capacity"),
        ({"capacity": -3}, "capacity"),
        ({"venue": "x" * 501}, "venue"),
        ({"agenda": ("x" * 501,)}, "agenda"),
        ({"agenda": tuple(f"{i}" for i in range(101))}, "agenda"),
    ],
)
def test_a_workshop_plan_with_bad_input_is_refused_at_its_field(changes, field):
    with pytest.raises(InvalidInput) as refused:
        _draft(**changes).validated()
    assert [e.field for e in refused.value.errors] == [field]


def test_a_capacity_of_one_is_enough():
    assert _draft(capacity=1).validated().capacity == 1


def test_more_participants_than_seats_is_a_warning_not_a_refusal():
    assert capacity_warning(20, 20) is None
    warning = capacity_warning(20, 22)
    assert warning is not None and warning.params == {"count": 22, "capacity": 20}
    assert "22 participants" in warning.text()


def test_a_late_arrival_needs_its_time_after_the_start():
    assert attendance_errors(Attendance.LATE, time(13, 50), START) == []
    assert [e.field for e in attendance_errors(Attendance.LATE, None, START)] == ["late_at"]
    assert [e.field for e in attendance_errors(Attendance.LATE, time(13, 0), START)] == ["late_at"]
    assert [e.field for e in attendance_errors(Attendance.PRESENT, time(13, 50), START)] == ["late_at"]
    assert attendance_errors(Attendance.ABSENT, None, START) == []


def test_questionnaire_scores_are_1_to_5_on_known_items_only():
    assert Answers({"can_solve": 1, "knows_costs": 5}, Intention.YES).validated()
    for bad in (0, 6, -1, True, 2.5):
        with pytest.raises(InvalidInput) as refused:
            Answers({"anxious": bad}).validated()
        assert refused.value.errors[0].field == "anxious"
    with pytest.raises(InvalidInput):
        Answers({"favourite_colour": 3}).validated()


def test_the_questionnaire_has_the_seed_items_and_anxiety_is_reverse_scored():
    texts = {item.text_ja: item.reverse for item in ITEMS}
    assert texts == {
        "クラウドソーシングで自社の課題を解決できそうだ": False,
        "費用の目安が分かる": False,
        "発注に不安がある": True,
    }


# --- domain: the summary on a small hand-made example -----------------------------------------


def _three():
    return [
        ParticipantRecord(
            1, Attendance.PRESENT, follow_up=True,
            before=Answers({"can_solve": 2, "knows_costs": 1, "anxious": 5}, Intention.UNDECIDED),
            after=Answers({"can_solve": 4, "knows_costs": 4, "anxious": 2}, Intention.YES),
            problems=("人手不足", "集客"),
        ),
        ParticipantRecord(
            2, Attendance.LATE, late_at=time(13, 50),
            before=Answers({"can_solve": 3, "knows_costs": 2, "anxious": 4}, Intention.NO),
            after=Answers({"can_solve": 5, "knows_costs": 3, "anxious": 3}, Intention.UNDECIDED),
            problems=("集客", "集客"),
        ),
        ParticipantRecord(3, Attendance.ABSENT, before=Answers({"can_solve": 1}, Intention.YES)),
    ]  # fmt: skip


def test_attendance_is_counted_per_state():
    counts = attendance_counts(_three())
    assert counts == {
        Attendance.REGISTERED: 0, Attendance.PRESENT: 1, Attendance.LATE: 1, Attendance.ABSENT: 1,
    }  # fmt: skip


def test_item_means_before_and_after_with_anxiety_improving_as_it_falls():
    by_id = {s.item.id: s for s in item_summaries(_three())}
    can_solve = by_id["can_solve"]
    assert can_solve.before == pytest.approx(2.0) and can_solve.answered_before == 3
    assert can_solve.after == pytest.approx(4.5) and can_solve.answered_after == 2
    assert can_solve.improvement == pytest.approx(2.5)
    anxious = by_id["anxious"]
    assert (anxious.before, anxious.after) == (pytest.approx(4.5), pytest.approx(2.5))
    assert anxious.change == pytest.approx(-2.0)
    assert anxious.improvement == pytest.approx(2.0)  # less anxious is better


def test_an_item_nobody_answered_has_no_mean_and_no_change():
    (summary, *_rest) = item_summaries([ParticipantRecord(1)])
    assert summary.before is None and summary.change is None and summary.improvement is None


def test_the_share_ready_to_order_before_and_after():
    assert ordering_share(_three(), Phase.BEFORE) == pytest.approx(1 / 3)
    assert ordering_share(_three(), Phase.AFTER) == pytest.approx(1 / 2)
    assert ordering_share([ParticipantRecord(1)], Phase.AFTER) is None


def test_problems_are_listed_by_frequency_counting_a_participant_once():
    assert problems_by_frequency(p.problems for p in _three()) == [("集客", 2), ("人手不足", 1)]


def test_the_summary_gathers_every_figure():
    summary = summarise(2, _three())
    assert summary.participants == 3 and summary.attended == 2 and follow_up_count(_three()) == 1
    assert summary.follow_ups == 1
    assert summary.warning is not None  # 3 participants for 2 seats
    assert summary.problems[0] == ("集客", 2)


# --- store ------------------------------------------------------------------------------------


def _clients(session, count):
    drafts = [ClientDraft(name=f"株式会社テスト{i}", kana=f"テスト{i}") for i in range(count)]
    return [repo.save_client(session, draft) for draft in drafts]


def test_a_workshop_round_trips_through_the_store(store):
    with store.session() as session:
        wid = w.create_workshop(session, _draft())
    with store.session() as session:
        loaded = w.get_workshop(session, wid)
        assert loaded == _draft().validated()
        w.update_workshop(session, wid, _draft(title="発注体験ワークショップ", capacity=2))
    with store.session() as session:
        (row,) = w.list_workshops(session)
        assert (row.id, row.title, row.starts_at, row.capacity, row.participants) == (
            wid, "発注体験ワークショップ", START, 2, 0,
        )  # fmt: skip


def test_a_workshop_without_a_title_is_not_stored(store):
    with pytest.raises(InvalidInput), store.session() as session:
        w.create_workshop(session, _draft(title=""))
    with store.session() as session:
        assert w.list_workshops(session) == []


def test_participants_attendance_and_answers_make_the_summary(store):
    with store.session() as session:
        wid = w.create_workshop(session, _draft(capacity=2))
        ids = _clients(session, 3)
        held = repo.save_consultation(session, ids[0], ConsultationDraft(held_on=START.date()))
        repo.add_problem(session, held, "人手不足")
        added = [w.add_participant(session, wid, cid) for cid in ids]
    assert [a.warning is not None for a in added] == [False, False, True]  # a third chair: warned
    first, second, third = (a.participant_id for a in added)
    with store.session() as session:
        w.set_attendance(session, first, Attendance.PRESENT)
        w.set_attendance(session, second, Attendance.LATE, time(14, 5))
        w.set_attendance(session, third, Attendance.ABSENT)
        w.set_follow_up(session, first, True)
        w.record_answers(session, first, Phase.BEFORE, Answers({"can_solve": 2, "anxious": 5}, Intention.NO))
        w.record_answers(session, first, Phase.AFTER, Answers({"can_solve": 4, "anxious": 2}, Intention.YES))
        w.record_answers(session, second, Phase.BEFORE, Answers({"can_solve": 3}))
        w.record_answers(session, second, Phase.BEFORE, Answers({"can_solve": 4}))  # replaces
    with store.session() as session:
        after = w.load_answers(session, first)[Phase.AFTER]
        assert after == Answers({"can_solve": 4, "anxious": 2}, Intention.YES)
        rows = w.list_participants(session, wid)
        assert {r.attendance for r in rows} == {Attendance.PRESENT, Attendance.LATE, Attendance.ABSENT}
        assert next(r for r in rows if r.id == second).late_at == time(14, 5)
        summary = w.workshop_summary(session, wid)
    assert summary.participants == 3 and summary.attended == 2 and summary.follow_ups == 1
    by_id = {s.item.id: s for s in summary.items}
    assert by_id["can_solve"].before == pytest.approx(3.0) and by_id["can_solve"].after == pytest.approx(4.0)
    assert by_id["anxious"].improvement == pytest.approx(3.0)
    assert (summary.ordering_before, summary.ordering_after) == (0.0, 1.0)
    assert summary.problems == [("人手不足", 1)]
    assert summary.warning is not None


def test_bad_attendance_and_scores_change_nothing(store):
    with store.session() as session:
        wid = w.create_workshop(session, _draft())
        (cid,) = _clients(session, 1)
        pid = w.add_participant(session, wid, cid).participant_id
        w.record_answers(session, pid, Phase.BEFORE, Answers({"can_solve": 3}))
    with pytest.raises(InvalidInput), store.session() as session:
        w.set_attendance(session, pid, Attendance.LATE)  # no time
    with pytest.raises(InvalidInput), store.session() as session:
        w.record_answers(session, pid, Phase.BEFORE, Answers({"can_solve": 6}))
    with store.session() as session:
        assert w.list_participants(session, wid)[0].attendance is Attendance.REGISTERED
        assert w.load_answers(session, pid)[Phase.BEFORE].scores == {"can_solve": 3}
    conn = Outside(store)
    with pytest.raises(conn.IntegrityError):  # the database keeps the range too
        conn.execute("UPDATE questionnaire_answer SET score = 9")
    conn.close()


def test_a_client_registered_twice_is_refused(store):
    with store.session() as session:
        wid = w.create_workshop(session, _draft())
        (cid,) = _clients(session, 1)
        w.add_participant(session, wid, cid)
    with pytest.raises(AlreadyParticipant) as refused, store.session() as session:
        w.add_participant(session, wid, cid)
    assert "株式会社テスト0" in str(refused.value)


def test_a_client_in_a_workshop_cannot_be_deleted(store):
    with store.session() as session:
        wid = w.create_workshop(session, _draft())
        (cid,) = _clients(session, 1)
        w.add_participant(session, wid, cid)
    with pytest.raises(ClientInWorkshop) as refused, store.session() as session:
        w.check_client_removable(session, cid)
    assert "クラウドソーシング活用セミナー" in str(refused.value)
    conn = Outside(store)
    if store.url is None:
        conn.execute("PRAGMA foreign_keys = ON")  # another program's SQLite connection must ask for them
    with pytest.raises(conn.IntegrityError):
        conn.execute("DELETE FROM client WHERE id = ?", (cid,))
    conn.close()
    with store.session() as session:
        w.delete_workshop(session, wid)  # the workshop goes with its participants, the client stays
        w.check_client_removable(session, cid)
        assert repo.load_client(session, cid)[0].name == "株式会社テスト0"


def test_workshops_are_not_in_the_audit_log(store):
    with store.session() as session:
        wid = w.create_workshop(session, _draft())
        (cid,) = _clients(session, 1)
        w.add_participant(session, wid, cid)
    count = Outside(store).execute("SELECT count(*) FROM audit_log").fetchone()
    assert count == (0,)


# --- schema upgrade ----------------------------------------------------------------------------


def test_a_database_of_schema_0005_upgrades_with_its_records_kept(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema_0005.sqlite3", path)
    before = sqlite3.connect(path)
    assert before.execute("SELECT version_num FROM alembic_version").fetchone() == ("0005",)
    clients = before.execute("SELECT id, name FROM client ORDER BY id").fetchall()
    audit = before.execute("SELECT count(*) FROM audit_log").fetchone()
    before.close()
    store = open_store(path, backups=tmp_path / "backups")
    with store.session() as session:
        wid = w.create_workshop(session, _draft())
        w.add_participant(session, wid, clients[0][0])
    store.close()
    after = sqlite3.connect(path)
    assert after.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    assert after.execute("SELECT id, name FROM client ORDER BY id").fetchall() == clients
    assert after.execute("SELECT count(*) FROM audit_log").fetchone() == audit
    assert after.execute("SELECT count(*) FROM workshop_participant").fetchone() == (1,)
    after.close()
    assert len(list((tmp_path / "backups").glob(f"*-before-{HEAD}.sqlite3"))) == 1


# --- the demo and the command line --------------------------------------------------------------


def _demo_database(path, catalogue):
    from datetime import date

    from csp_desk.store.demo import fill_demo, fill_workshop

    store = open_store(path)
    fill_demo(store, catalogue, clients=4, today=date(2026, 11, 26))
    wid = fill_workshop(store, catalogue, today=date(2026, 11, 26))
    return store, wid


def test_the_demo_has_a_finished_workshop_of_20_that_shows_the_improvement(tmp_path, catalogue):
    store, wid = _demo_database(tmp_path / "demo.sqlite3", catalogue)
    with store.session() as session:
        (row,) = w.list_workshops(session)
        summary = w.workshop_summary(session, wid)
        clients = repo.list_clients(session)
    store.close()
    assert (row.id, row.participants) == (wid, 20)
    assert row.starts_at < datetime(2026, 11, 26)  # finished
    assert len(clients) == 20  # the 4 demo clients and 16 made for the workshop
    assert summary.attendance[Attendance.PRESENT] > 0 and summary.attendance[Attendance.LATE] > 0
    assert summary.attendance[Attendance.ABSENT] > 0 and summary.follow_ups > 0
    assert all(item.improvement is not None and item.improvement > 0.5 for item in summary.items)
    assert summary.ordering_after > summary.ordering_before
    assert summary.problems and summary.problems[0][1] > 1


def test_the_window_demo_includes_the_workshop(tmp_path, monkeypatch):
    import tempfile

    from csp_desk.app import _open_work

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    store, *_rest = _open_work(None, True, lambda *a, **k: None)
    try:
        with store.session() as session:
            assert [r.participants for r in w.list_workshops(session)] == [20]
    finally:
        store.close()


def csp_desk(*args):
    return subprocess.run(
        [sys.executable, "-m", "csp_desk", *map(str, args)],
        capture_output=True, text=True, cwd=ROOT, timeout=120, env=dict(os.environ),
    )  # fmt: skip


def test_workshops_are_listed_from_the_command_line(tmp_path, catalogue):
    db = tmp_path / "demo.sqlite3"
    store, wid = _demo_database(db, catalogue)
    store.close()
    listed = csp_desk("list", "workshops", "--db", db, "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == [
        {"id": wid, "title": DEMO_TITLE, "date": "2026-06-29", "participants": 20}
    ]
    plain = csp_desk("list", "workshops", "--db", db)
    assert plain.returncode == 0 and f"{DEMO_TITLE}\t20" in plain.stdout


def test_the_command_line_demo_has_the_workshop_of_its_own_clients(tmp_path):
    db = tmp_path / "demo.sqlite3"
    made = csp_desk("demo", "--db", db, "--clients", 5)
    assert made.returncode == 0, made.stderr
    assert DEMO_TITLE in made.stdout
    listed = json.loads(csp_desk("list", "workshops", "--db", db, "--json").stdout)
    assert [(w["title"], w["participants"]) for w in listed] == [(DEMO_TITLE, 5)]
    assert len(json.loads(csp_desk("list", "clients", "--db", db, "--json").stdout)) == 5  # none added
    out = tmp_path / "配布資料"
    written = csp_desk("export", "handouts", "--workshop", listed[0]["id"], "--out", out, "--db", db)
    assert written.returncode == 0, written.stderr
    assert (out / "印刷用_すべて.docx").exists()


def test_no_workshops_is_said_in_words(tmp_path):
    db = tmp_path / "empty.sqlite3"
    open_store(db).close()
    assert json.loads(csp_desk("list", "workshops", "--db", db, "--json").stdout) == []
    assert csp_desk("list", "workshops", "--db", db).stdout.strip() != ""


def test_a_database_of_schema_0006_upgrades_with_its_workshop_kept(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema_0006.sqlite3", path)
    before = sqlite3.connect(path)
    assert before.execute("SELECT version_num FROM alembic_version").fetchone() == ("0006",)
    people = before.execute(
        "SELECT id, client_id, attendance, follow_up FROM workshop_participant"
    ).fetchall()
    before.close()
    store = open_store(path, backups=tmp_path / "backups")
    with store.session() as session:
        pid = people[0][0]
        follow = w.start_follow_up(session, pid, date(2026, 12, 1))
        assert w.start_follow_up(session, pid, date(2026, 12, 2)) == follow
    store.close()
    after = sqlite3.connect(path)
    assert after.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    rows = after.execute(
        "SELECT id, client_id, attendance, follow_up FROM workshop_participant ORDER BY id"
    ).fetchall()
    assert [r[:3] for r in rows] == [r[:3] for r in sorted(people)]
    assert after.execute(
        "SELECT follow_up_consultation_id FROM workshop_participant WHERE id = ?", (pid,)
    ).fetchone() == (follow,)
    after.close()
