"""Following orders in the store: workers, the life cycle with its records, money, contacts."""

import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from csp_desk.domain.followup import ChangeKind, Direction, Party, check_followup
from csp_desk.domain.lifecycle import State, StepRefused
from csp_desk.domain.text import InvalidInput
from csp_desk.domain.worker import WorkerDraft
from csp_desk.store import following as f
from csp_desk.store import repo
from csp_desk.store.db import HEAD, open_store

BOTH_ENGINES = True  # the tests with a `store` run on SQLite and on PostgreSQL (conftest)

FIXTURES = Path(__file__).parent / "fixtures"
SCORES = {"quality": 5, "schedule": 4, "communication": 5, "skill": 4, "partnership": 5}


def _items(session, kind, category=""):
    for client in repo.list_clients(session):
        for problem in repo.list_problems(session, client_id=client.id):
            for item in repo.list_work_items(session, problem.id):
                if item.draft.order_type.value == kind and item.draft.category_id.startswith(category):
                    return item
    raise AssertionError(f"no {kind} item in the demo")


@pytest.fixture
def session(demo_store):
    with demo_store.session() as session:
        yield session


def test_a_worker_is_validated_and_found_by_kana_or_skill(session):
    with pytest.raises(InvalidInput) as caught:
        f.create_worker(session, WorkerDraft(name="", invoice_number="T123", profile_url="crowdworks.jp/x"))
    assert {e.field for e in caught.value.errors} == {"name", "invoice_number", "profile_url"}
    wid = f.create_worker(
        session,
        WorkerDraft(
            name="佐藤 花子",
            kana="サトウ ハナコ",
            platform="crowdworks",
            skills="ロゴ Illustrator",
            invoice_number="Ｔ１２３４-５６７８-９０１２３",
            prefecture="長野県",
        ),
    )
    assert f.get_worker(session, wid).draft.invoice_number == "T1234567890123"
    assert [w.id for w in f.list_workers(session, "さとう")] == [wid]
    assert [w.id for w in f.list_workers(session, "illustrator")] == [wid]
    assert f.count_workers(session, "ロゴ") == 1


def test_a_project_is_followed_from_posting_to_rating(session):
    item = _items(session, "project")
    worker = f.create_worker(session, WorkerDraft(name="佐藤ウェブ制作", kind="individual"))
    other = f.create_worker(session, WorkerDraft(name="山田デザイン"))
    eid = f.start_engagement(session, item.id, date(2026, 11, 1))
    with pytest.raises(InvalidInput):
        f.start_engagement(session, item.id, date(2026, 11, 1))
    with pytest.raises(InvalidInput):  # no proposals before it is posted
        f.add_application(session, eid, worker, date(2026, 11, 2), amount=180_000)
    f.take_step(session, eid, State.POSTED, date(2026, 11, 2))
    first = f.add_application(
        session, eid, worker, date(2026, 11, 3), amount=180_000, delivery_on=date(2026, 12, 10), score=4
    )
    f.add_application(session, eid, other, date(2026, 11, 4), amount=150_000, delivery_on=date(2026, 12, 20))
    assert f.get_engagement(session, eid).state is State.PROPOSALS
    assert [a.worker for a in f.list_applications(session, eid)] == ["山田デザイン", "佐藤ウェブ制作"]
    contract = f.select_application(
        session,
        first,
        f.Terms(
            contracted_on=date(2026, 11, 5), amount=180_000, delivery_due=date(2026, 12, 10), free_rounds=1
        ),
    )
    with pytest.raises(StepRefused) as refused:
        f.take_step(session, eid, State.IN_PROGRESS, date(2026, 11, 5))
    assert "仮払い" in str(refused.value)
    f.record_escrow(session, eid, date(2026, 11, 6))
    f.take_step(session, eid, State.IN_PROGRESS, date(2026, 11, 6))
    f.record_delivery(session, contract, date(2026, 12, 1))
    f.request_revision(session, contract, date(2026, 12, 2), "色を変更")
    f.record_delivery(session, contract, date(2026, 12, 4))
    f.request_revision(session, contract, date(2026, 12, 5), "文言を修正")
    f.record_delivery(session, contract, date(2026, 12, 6))
    assert f.revision_rounds(session, contract) == 2
    found = {x.rule for x in check_followup(f.facts(session, eid), date(2026, 12, 7))}
    assert "RUN-05" in found  # two rounds asked, one agreed
    (payment,) = f.accept(session, eid, date(2026, 12, 8))
    (row,) = f.list_payments(session, eid)
    assert (row.amount, row.tax, row.withholding) == (180_000, 18_000, 0)  # web work is not withheld
    assert row.due_on == date(2027, 1, 29)  # 60 days from the first delivery, day 1 included
    with pytest.raises(InvalidInput):
        f.rate(session, contract, SCORES, "", date(2026, 12, 9))  # not paid yet
    f.record_payment(session, payment, date(2026, 12, 25))
    assert f.get_engagement(session, eid).state is State.PAID
    with pytest.raises(InvalidInput):
        f.rate(session, contract, {**SCORES, "skill": 6}, "", date(2026, 12, 26))
    f.rate(session, contract, SCORES, "丁寧な対応", date(2026, 12, 26))
    assert f.get_engagement(session, eid).state is State.RATED
    f.take_step(session, eid, State.CLOSED, date(2026, 12, 27))
    (history,) = f.worker_history(session, worker)
    assert history.rating == pytest.approx(4.6) and history.state == "closed"
    assert [h[2] for h in f.history(session, eid)][-3:] == ["paid", "rated", "closed"]
    listed = {w.id: w for w in f.list_workers(session, sort="rating", descending=True)}
    assert listed[worker].orders == 1 and listed[worker].rating == pytest.approx(4.6)


def test_a_design_competition_is_prepaid_then_selected_and_withheld(session):
    item = _items(session, "competition", "design.")
    designer = f.create_worker(session, WorkerDraft(name="鈴木 一郎", kind="individual"))
    eid = f.start_engagement(session, item.id, date(2026, 11, 1))
    with pytest.raises(StepRefused):
        f.take_step(session, eid, State.POSTED, date(2026, 11, 1))  # prepay first
    f.record_escrow(session, eid, date(2026, 11, 1), amount=50_000)
    f.take_step(session, eid, State.POSTED, date(2026, 11, 2))
    entry = f.add_application(session, eid, designer, date(2026, 11, 10))
    contract = f.select_application(session, entry, f.Terms(contracted_on=date(2026, 11, 20), amount=50_000))
    assert f.get_engagement(session, eid).state is State.SELECTED
    f.record_delivery(session, contract, date(2026, 11, 22))
    f.accept(session, eid, date(2026, 11, 23))
    (row,) = f.list_payments(session, eid)
    assert row.withholding == 5_105 and row.net == 50_000 + 5_000 - 5_105


def test_cancelling_keeps_the_reason_and_a_finished_order_takes_no_more_steps(session):
    item = _items(session, "project")
    eid = f.start_engagement(session, item.id, date(2026, 11, 1))
    with pytest.raises(StepRefused):
        f.take_step(session, eid, State.CANCELLED, date(2026, 11, 2), "")
    f.take_step(session, eid, State.CANCELLED, date(2026, 11, 2), "顧客の事業方針の変更")
    row = f.get_engagement(session, eid)
    assert row.state is State.CANCELLED and row.cancel_reason == "顧客の事業方針の変更"
    with pytest.raises(StepRefused):
        f.take_step(session, eid, State.POSTED, date(2026, 11, 3))


def test_contacts_page_newest_first_and_silence_is_noticed(session):
    item = _items(session, "project")
    eid = f.start_engagement(session, item.id, date(2026, 11, 1))
    f.take_step(session, eid, State.POSTED, date(2026, 11, 2))
    for day in range(3, 13):
        f.add_contact(
            session, eid, datetime(2026, 11, day, 10), Party.CLIENT, Direction.OUT, "電話", f"{day}日の連絡"
        )
    f.add_contact(
        session, eid, datetime(2026, 11, 13, 9), Party.CLIENT, Direction.IN, "メール", "質問があります"
    )
    assert f.count_contacts(session, eid) == 11
    page = f.list_contacts(session, eid, offset=0, limit=3)
    assert [c.summary for c in page] == ["質問があります", "12日の連絡", "11日の連絡"]
    found = {x.rule: x for x in check_followup(f.facts(session, eid), date(2026, 11, 26))}
    assert "RUN-06" in found and found["RUN-06"].params["days"] == 8  # 23 Nov is a holiday


def test_changes_and_troubles_are_recorded(session):
    item = _items(session, "project")
    worker = f.create_worker(session, WorkerDraft(name="田中"))
    eid = f.start_engagement(session, item.id, date(2026, 11, 1))
    f.take_step(session, eid, State.POSTED, date(2026, 11, 2))
    app = f.add_application(session, eid, worker, date(2026, 11, 3), amount=100_000)
    contract = f.select_application(session, app, f.Terms(contracted_on=date(2026, 11, 4), amount=100_000))
    f.record_change(
        session,
        contract,
        date(2026, 11, 10),
        ChangeKind.SCOPE,
        "ページ追加",
        worker_consented=True,
        amended_notice_on=None,
        amount_delta=20_000,
    )
    assert "RUN-01" in {x.rule for x in check_followup(f.facts(session, eid), date(2026, 11, 11))}
    tid = f.open_trouble(session, eid, "major_change", date(2026, 11, 10), "大幅な仕様変更")
    f.update_trouble(session, tid, "追加報酬で合意", date(2026, 11, 12))
    (trouble,) = f.list_troubles(session, eid)
    assert trouble.resolved_on == date(2026, 11, 12)
    with pytest.raises(InvalidInput):
        f.open_trouble(session, eid, "weather", date(2026, 11, 10), "")


def test_a_followed_work_item_cannot_be_deleted_with_its_records(demo_store):
    from csp_desk.store.errors import StoreError

    with demo_store.session() as session:
        item = _items(session, "project")
        f.start_engagement(session, item.id, date(2026, 11, 1))
    with pytest.raises(StoreError), demo_store.session() as session:
        repo.delete_work_item(session, item.id)
    with demo_store.session() as session:
        assert f.engagement_of(session, item.id) is not None


def test_a_database_of_schema_0003_upgrades_to_following_orders(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema_0003.sqlite3", path)
    store = open_store(path)
    with store.session() as session:
        assert f.count_workers(session) == 0
        assert repo.list_clients(session)
    store.close()
    after = sqlite3.connect(path)
    assert after.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    assert after.execute("SELECT count(*) FROM posted_version").fetchone() == (1,)


def test_a_problem_or_consultation_holding_a_followed_order_cannot_be_removed(demo_store):
    from csp_desk.store.errors import KeptRecord

    with demo_store.session() as session:
        item = _items(session, "project")
        f.start_engagement(session, item.id, date(2026, 11, 1))
        problem = next(
            p
            for c in repo.list_clients(session)
            for p in repo.list_problems(session, client_id=c.id)
            if p.id == item.problem_id
        )
    with pytest.raises(KeptRecord), demo_store.session() as session:
        repo.remove_problem(session, problem.id)
    with pytest.raises(KeptRecord), demo_store.session() as session:
        repo.delete_consultation(session, problem.consultation_id)


def test_the_demo_follows_orders_in_every_state_with_consistent_records(store, catalogue):
    from sqlalchemy import func, select

    from csp_desk.domain.lifecycle import states_of
    from csp_desk.domain.order_types import OrderType
    from csp_desk.store.demo import fill_demo, fill_following
    from csp_desk.store.models import ContactEntry, Engagement, Rating, WorkContract, WorkPayment

    fill_demo(store, catalogue, clients=60, today=date(2026, 11, 26))
    added = fill_following(store, workers=50, today=date(2026, 11, 26))
    with store.session() as session:
        states = set(session.scalars(select(Engagement.state).distinct()))
        assert states == {s.value for t in OrderType for s in states_of(t)}
        assert session.scalar(select(func.count(ContactEntry.id))) == added * 6
        unpaid_paid = session.scalar(
            select(func.count(WorkPayment.id))
            .join(WorkContract, WorkContract.id == WorkPayment.contract_id)
            .join(Engagement, Engagement.id == WorkContract.engagement_id)
            .where(Engagement.state.in_(("paid", "rated", "closed")), WorkPayment.paid_on.is_(None))
        )
        assert unpaid_paid == 0
        rated = session.scalars(select(Engagement.id).where(Engagement.state == "rated")).all()
        for engagement_id in rated[:20]:
            contracts = session.scalars(
                select(WorkContract.id).where(WorkContract.engagement_id == engagement_id)
            )
            for contract in contracts:
                assert session.scalar(select(Rating.id).where(Rating.contract_id == contract)) is not None
        # the rules run on every demo order without failing
        for engagement_id in session.scalars(select(Engagement.id).limit(200)):
            check_followup(f.facts(session, engagement_id), date(2026, 11, 26))


def test_contract_terms_are_proposed_from_the_proposal_and_the_posting(session):
    from dataclasses import replace as changed

    item = _items(session, "project")
    order = repo.load_posting(session, item.id)
    repo.save_posting(session, item.id, changed(order, revisions=changed(order.revisions, free_rounds=3)))
    worker = f.create_worker(session, WorkerDraft(name="佐藤"))
    eid = f.start_engagement(session, item.id, date(2026, 11, 1))
    f.take_step(session, eid, State.POSTED, date(2026, 11, 2))
    app = f.add_application(
        session, eid, worker, date(2026, 11, 3), amount=120_000, delivery_on=date(2026, 12, 24)
    )
    terms = f.proposed_terms(session, app, date(2026, 11, 5))
    assert (terms.amount, terms.delivery_due, terms.free_rounds) == (120_000, date(2026, 12, 24), 3)
    assert terms.contracted_on == date(2026, 11, 5)


def test_milestones_split_the_contract_and_never_exceed_it(session):
    item = _items(session, "project")
    worker = f.create_worker(session, WorkerDraft(name="田中"))
    eid = f.start_engagement(session, item.id, date(2026, 11, 1))
    f.take_step(session, eid, State.POSTED, date(2026, 11, 1))
    app = f.add_application(session, eid, worker, date(2026, 11, 2), amount=300_000)
    contract = f.select_application(session, app, f.Terms(contracted_on=date(2026, 11, 3), amount=300_000))
    f.add_milestone(session, contract, "デザイン", 100_000, date(2026, 11, 30))
    f.add_milestone(session, contract, "コーディング", 150_000, date(2026, 12, 20))
    rows = f.list_milestones(session, eid)
    assert sorted(m.amount for m in rows) == [50_000, 100_000, 150_000]
    assert sum(m.amount for m in rows) == 300_000
    with pytest.raises(InvalidInput):
        f.add_milestone(session, contract, "追加", 60_000, None)
    f.record_escrow(session, eid, date(2026, 11, 4))
    assert all(m.escrowed_on == date(2026, 11, 4) for m in f.list_milestones(session, eid))


def test_pages_of_a_long_worker_list_join_up_in_order(store, catalogue):
    from csp_desk.store.demo import fill_demo, fill_following

    fill_demo(store, catalogue, clients=20, today=date(2026, 11, 26))
    fill_following(store, workers=2_500, contacts=0, today=date(2026, 11, 26))
    with store.session() as session:
        total = f.count_workers(session)
        paged = []
        for offset in range(0, total, 200):
            paged += f.list_workers(session, offset=offset, limit=200, sort="name")
        listed = f.list_workers(session, limit=total, sort="name")
        by_rating = f.list_workers(session, limit=50, sort="rating", descending=True)
    assert [w.id for w in paged] == [w.id for w in listed] and len(paged) == total == 2_500 - 2_500 // 53
    rated = [w.rating for w in by_rating if w.rating is not None]
    assert rated == sorted(rated, reverse=True)
