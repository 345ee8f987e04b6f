"""Clients taken along offline from a team database and brought back (services/checkout.py): the
file is a csp-desk database that opens like any other; bringing back writes what only the file
changed, keeps what only the server changed, and refuses the whole when both changed the same
thing, listing each clash with both values."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from csp_desk.domain.breakdown import WorkItemDraft
from csp_desk.domain.client import ClientDraft
from csp_desk.domain.consultation import ConsultationDraft
from csp_desk.domain.text import Refused
from csp_desk.services import breakdown, checkout, clients, consultations, postings, team
from csp_desk.store import checkout as checkout_store
from csp_desk.store.db import open_store

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def office(postgres):
    """A team database with alice (a producer) and bob, and alice's client with a consultation,
    a problem and two work items, one with a posting draft."""
    url = postgres.new_database()
    owner = open_store(url)
    team.init_team(owner)
    people = {}
    for who in ("alice", "bob"):
        login = postgres.login(url, who)
        team.add_member(owner, login, "producer", who.title(), f"pw-{who}-123")
        people[who] = postgres.as_member(url, login, f"pw-{who}-123")
    owner.close()
    alice = open_store(people["alice"])
    (client,) = clients.save_client(alice, ClientDraft(name="みどり工務店", phone="03-1111-1111")).ids
    (held,) = consultations.save_consultation(alice, client, ConsultationDraft(date(2026, 11, 30))).ids
    consultations.add_problem(
        alice, held, "集客", items=[WorkItemDraft(title="チラシ"), WorkItemDraft(title="看板")]
    )
    items = breakdown.breakdown(alice, client)[0].items
    first = postings.load_posting(alice, items[0].id, None)
    postings.save_draft(alice, items[0].id, first.order, first.record)
    yield {"url": url, "alice": alice, "people": people, "client": client, "held": held, "items": items}
    alice.close()
    postgres.drop(url)


def test_taken_along_the_file_opens_with_the_clients_and_the_server_marks_them(office, tmp_path):
    out = tmp_path / "持ち出し.sqlite3"
    taken = checkout.take_along(office["alice"], [office["client"]], out)
    assert taken.clients == 1 and taken.records >= 5
    laptop = open_store(out)  # a file like any other, offline
    assert [r.name for r in clients.list_clients(laptop).rows] == ["みどり工務店"]
    assert [i.draft.title for i in breakdown.breakdown(laptop, office["client"])[0].items] == [
        "チラシ",
        "看板",
    ]
    about = checkout.taken_file(laptop)
    assert about is not None and about.clients == ["みどり工務店"] and "/csp_test_" in about.server
    assert "pw-" not in about.server  # never a password in the file
    laptop.close()


def test_brought_back_what_each_side_changed_alone_is_kept(office, tmp_path):
    alice, client = office["alice"], office["client"]
    out = tmp_path / "taken.sqlite3"
    checkout.take_along(alice, [client], out)
    laptop = open_store(out)
    # offline: the phone, a new consultation with a problem, a work item changed, one deleted
    opened = clients.open_client(laptop, client)
    clients.save_client(laptop, replace(opened.draft, phone="03-2222-2222"), client, opened=opened)
    (new_held,) = consultations.save_consultation(
        laptop, client, ConsultationDraft(date(2026, 12, 5), place="現場")
    ).ids
    consultations.add_problem(laptop, new_held, "採用", items=[WorkItemDraft(title="求人原稿")])
    first, second = office["items"]
    breakdown.update_work_item(laptop, first.id, replace(first.draft, skills="Illustrator"))
    breakdown.delete_work_item(laptop, second.id)
    # meanwhile on the server: the client's notes, and the first item's budget
    there = clients.open_client(alice, client)
    clients.save_client(alice, replace(there.draft, notes="紹介: 商工会"), client, opened=there)
    breakdown.update_work_item(alice, first.id, replace(first.draft, budget_max=80000), base=first.draft)
    done = checkout.bring_back(laptop, office["people"]["alice"])
    laptop.close()
    assert (done.changed, done.added, done.deleted) == (2, 3, 1)
    now = clients.open_client(alice, client).draft
    assert (now.phone, now.notes) == ("03-2222-2222", "紹介: 商工会")
    (item,) = [i for p in breakdown.breakdown(alice, client) for i in p.items if i.id == first.id]
    assert (item.draft.skills, item.draft.budget_max) == ("Illustrator", 80000)
    titles = sorted(i.draft.title for p in breakdown.breakdown(alice, client) for i in p.items)
    assert titles == ["チラシ", "求人原稿"]
    assert [c.place for c in consultations.list_consultations(alice, client)] == ["現場", ""]
    # the mark is gone and the file says it was brought back: a second time is refused
    laptop = open_store(out)
    with pytest.raises(Refused):
        checkout.bring_back(laptop, office["people"]["alice"])
    laptop.close()


def test_a_clash_brings_nothing_back_and_lists_both_values(office, tmp_path):
    from csp_desk import i18n

    alice, client = office["alice"], office["client"]
    out = tmp_path / "taken.sqlite3"
    checkout.take_along(alice, [client], out)
    laptop = open_store(out)
    opened = clients.open_client(laptop, client)
    clients.save_client(laptop, replace(opened.draft, phone="03-2222-2222", notes="持ち出し先で"), client,
                        opened=opened)  # fmt: skip
    second = office["items"][1]
    breakdown.delete_work_item(laptop, second.id)
    there = clients.open_client(alice, client)
    clients.save_client(alice, replace(there.draft, phone="03-3333-3333"), client, opened=there)
    breakdown.update_work_item(alice, second.id, replace(second.draft, quantity=500), base=second.draft)
    with pytest.raises(checkout.Conflicts) as clash:
        checkout.bring_back(laptop, office["people"]["alice"])
    i18n.install("ja")
    said = [checkout.conflict_text(c) for c in clash.value.conflicts]
    assert said == [
        "顧客「みどり工務店」の電話番号：このファイルでは「03-2222-2222」、チームのデータベースでは「03-3333-3333」",
        "業務「看板」：このファイルで削除しましたが、その間にチームのデータベースで変更されています",
    ], said
    now = clients.open_client(alice, client).draft
    assert (now.phone, now.notes) == ("03-3333-3333", "")  # nothing of the file was written
    assert checkout.taken_file(laptop).brought_back_at is None  # type: ignore[union-attr]
    # settled in the file (their phone taken), it comes back
    mine = clients.open_client(laptop, client)
    clients.save_client(laptop, replace(mine.draft, phone="03-3333-3333"), client, opened=mine)
    with pytest.raises(checkout.Conflicts):  # the deleted work item still clashes
        checkout.bring_back(laptop, office["people"]["alice"])
    laptop.close()


def test_another_member_cannot_take_a_taken_client(office, tmp_path):
    alice, client = office["alice"], office["client"]
    checkout.take_along(alice, [client], tmp_path / "a.sqlite3")
    owner = open_store(office["url"])
    team.assign(owner, office["people"]["bob"].split("//")[1].split(":")[0], [client])  # now bob's
    owner.close()
    bob = open_store(office["people"]["bob"])
    with pytest.raises(Refused) as refused:
        checkout.take_along(bob, [client], tmp_path / "b.sqlite3")
    assert "alice" in str(refused.value)
    assert not (tmp_path / "b.sqlite3").exists()  # the half-made file is gone
    bob.close()


def _back(office, laptop):  # type: ignore[no-untyped-def]
    return checkout.bring_back(laptop, office["people"]["alice"])


def test_a_consultation_deleted_in_the_file_goes_with_its_problems_and_work_items(office, tmp_path):
    alice, client = office["alice"], office["client"]
    out = tmp_path / "taken.sqlite3"
    checkout.take_along(alice, [client], out)
    laptop = open_store(out)
    # the second item was never posted, the first has only a draft: the consultation can go
    consultations.delete_consultation(laptop, office["held"])
    done = _back(office, laptop)
    laptop.close()
    assert done.deleted == 1
    assert consultations.list_consultations(alice, client) == []


def test_a_new_work_item_given_the_id_of_a_deleted_one_comes_back_as_new(office, tmp_path):
    """SQLite gives a new row the id of the last one when that was deleted: the server must see a
    deletion and a new item, not the old item changed (its posting and history stay its own)."""
    alice, client = office["alice"], office["client"]
    _first, second = office["items"]
    out = tmp_path / "taken.sqlite3"
    checkout.take_along(alice, [client], out)
    laptop = open_store(out)
    breakdown.delete_work_item(laptop, second.id)  # the last one
    again = breakdown.insert_work_item(laptop, second.problem_id, WorkItemDraft(title="ポスター"))
    assert again == second.id  # as SQLite does it
    done = _back(office, laptop)
    laptop.close()
    assert (done.added, done.deleted) == (1, 1)
    items = {i.draft.title: i.id for p in breakdown.breakdown(alice, client) for i in p.items}
    assert set(items) == {"チラシ", "ポスター"} and items["ポスター"] != second.id


def test_a_posting_drafted_on_both_sides_is_a_clash(office, tmp_path):
    alice, client = office["alice"], office["client"]
    second = office["items"][1]  # no posting when taken
    out = tmp_path / "taken.sqlite3"
    checkout.take_along(alice, [client], out)
    laptop = open_store(out)
    for store, title in ((laptop, "看板の制作（ファイル）"), (alice, "看板の制作（サーバー）")):
        draft = postings.load_posting(store, second.id, None)
        postings.save_draft(store, second.id, replace(draft.order, title=title), draft.record)
    with pytest.raises(checkout.Conflicts) as clash:
        _back(office, laptop)
    laptop.close()
    assert [c.params["what"] for c in clash.value.conflicts] == [checkout_store.WHAT_POSTING]
    assert postings.load_posting(alice, second.id, None).order.title == "看板の制作（サーバー）"


def test_a_client_made_offline_comes_back_and_an_order_started_offline_is_refused(
    office, tmp_path, catalogue
):
    alice, client = office["alice"], office["client"]
    out = tmp_path / "taken.sqlite3"
    checkout.take_along(alice, [client], out)
    laptop = open_store(out)
    (new,) = clients.save_client(laptop, ClientDraft(name="出先で会った商店")).ids
    held = consultations.save_consultation(laptop, new, ConsultationDraft(date(2026, 12, 2))).ids[0]
    consultations.add_problem(laptop, held, "人手不足", items=[WorkItemDraft(title="データ入力")])
    done = _back(office, laptop)
    assert done.added >= 1
    names = {r.name for r in clients.list_clients(alice).rows}
    assert names == {"みどり工務店", "出先で会った商店"}
    laptop.close()
    # an order started in a taken file starts on the server too
    out2 = tmp_path / "taken2.sqlite3"
    checkout.take_along(alice, [client], out2)
    laptop = open_store(out2)
    from csp_desk.services import orders

    item = orders.items_to_follow(laptop, client)[0]
    orders.start_order(laptop, item.id, date(2026, 12, 2))
    done = _back(office, laptop)
    laptop.close()
    assert done.added == 1 and done.left == []
    assert item.id not in [i.id for i in orders.items_to_follow(alice, client)]


def test_the_same_client_is_not_taken_twice(office, tmp_path):
    alice, client = office["alice"], office["client"]
    checkout.take_along(alice, [client], tmp_path / "a.sqlite3")
    with pytest.raises(Refused) as refused:
        checkout.take_along(alice, [client], tmp_path / "b.sqlite3")
    assert "another file" in str(refused.value) and not (tmp_path / "b.sqlite3").exists()
