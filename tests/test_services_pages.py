"""The services behind the Clients, Consultations, Breakdown and Workers pages, on a real store:
each call one transaction, refusals with nothing written, and what the window's undo needs."""

from __future__ import annotations

from datetime import date

import pytest

from csp_desk.domain.breakdown import WorkItemDraft
from csp_desk.domain.client import ClientDraft
from csp_desk.domain.consultation import ConsultationDraft
from csp_desk.domain.text import InvalidInput
from csp_desk.domain.worker import WorkerDraft
from csp_desk.services import Changed, breakdown, clients, consultations, workers

BOTH_ENGINES = True  # the tests with a `store` run on SQLite and on PostgreSQL (conftest)


def test_a_client_is_saved_archived_and_found_again(store):
    added = clients.save_client(store, ClientDraft(name="さくら商店", employees=12))
    assert added.topic == "clients" and len(added.ids) == 1
    (client_id,) = added.ids
    assert clients.load_client(store, client_id)[0].employees == 12
    clients.set_archived(store, client_id, True)
    assert clients.list_clients(store) == clients.ClientList([], True)  # hidden, yet the database has one
    assert [r.id for r in clients.list_clients(store, include_archived=True).rows] == [client_id]
    with pytest.raises(InvalidInput):
        clients.save_client(store, ClientDraft(name="  "), client_id)
    assert clients.load_client(store, client_id) == (ClientDraft(name="さくら商店", employees=12), True)


def test_a_problem_and_its_items_are_added_removed_and_brought_back(store):
    (client_id,) = clients.save_client(store, ClientDraft(name="青葉運輸")).ids
    saved = consultations.save_consultation(store, client_id, ConsultationDraft(held_on=date(2026, 11, 20)))
    (consultation_id,) = saved.ids
    with pytest.raises(InvalidInput):
        consultations.save_consultation(store, client_id, ConsultationDraft(held_on=None))
    assert [c.id for c in consultations.list_consultations(store, client_id)] == [consultation_id]
    items = [WorkItemDraft(title="ロゴ制作", budget_min=30_000, budget_max=50_000)]
    problem = consultations.add_problem(store, consultation_id, "ブランドがない", items=items)
    (found,) = breakdown.breakdown(store, client_id)
    assert found.problem.id == problem and [i.draft.title for i in found.items] == ["ロゴ制作"]
    item = found.items[0].id
    second = breakdown.insert_work_item(store, problem, WorkItemDraft(title="名刺デザイン"))
    breakdown.move_work_item(store, second, 0)
    titles = [i.draft.title for i in breakdown.breakdown(store, client_id)[0].items]
    assert titles == ["名刺デザイン", "ロゴ制作"]
    with pytest.raises(InvalidInput):
        breakdown.update_work_item(store, item, WorkItemDraft(title=""))
    assert breakdown.work_item(store, problem, item).draft.title == "ロゴ制作"
    gone = breakdown.delete_work_item(store, item)
    assert breakdown.work_item(store, problem, item) is None
    breakdown.insert_work_item(store, gone.problem_id, gone.draft, gone.position, gone.id)  # undo
    assert breakdown.work_item(store, problem, item).draft.title == "ロゴ制作"
    removed = consultations.remove_problem(store, problem)
    assert breakdown.breakdown(store, client_id) == []
    consultations.restore_problem(store, removed)
    assert len(breakdown.breakdown(store, client_id)[0].items) == 2
    deleted = consultations.delete_consultation(store, consultation_id)
    assert deleted == Changed("consultations", (consultation_id,))
    assert breakdown.breakdown(store, client_id) == []


def test_a_worker_is_saved_listed_in_pages_and_archived(store):
    ids = [workers.save_worker(store, WorkerDraft(name=name, platform="crowdworks")).ids[0]
           for name in ("佐藤 花子", "鈴木 一郎", "高橋 次郎")]  # fmt: skip
    assert workers.count_workers(store) == 3
    assert len(workers.list_workers(store, offset=1, limit=1)) == 1
    workers.save_worker(store, WorkerDraft(name="佐藤 花子", platform="lancers"), ids[0])
    assert workers.load_worker(store, ids[0]).row.draft.platform == "lancers"
    with pytest.raises(InvalidInput):
        workers.save_worker(store, WorkerDraft(name=""), ids[1])
    workers.set_archived(store, ids[2], True)
    assert workers.count_workers(store) == 2 and workers.count_workers(store, include_archived=True) == 3


@pytest.mark.sqlite_only  # a backup of a file; a server's: test_server_backup.py
def test_a_backup_is_restored_through_one_door_and_an_encrypted_one_needs_its_key(store, tmp_path):
    from csp_desk.services import backups
    from csp_desk.store.db import open_store

    path = store.path
    clients.save_client(store, ClientDraft(name="さくら商店"))
    store.close()
    plain = backups.back_up(path, out=tmp_path / "plain.sqlite3")
    sealed = backups.back_up_sealed(path, tmp_path / "usb.cspbackup", b"k" * 32)
    again = open_store(path)
    clients.save_client(again, ClientDraft(name="青葉運輸"))
    again.close()
    asked: list[str] = []
    backups.restore(plain, path, lambda: asked.append("key") or None)  # type: ignore[func-returns-value]
    assert asked == []  # a plain backup needs no key
    with pytest.raises(backups.NoBackupKey):
        backups.restore(sealed, path, lambda: None)
    assert backups.restore(sealed, path, lambda: b"k" * 32) is not None  # the current file kept first
    reopened = open_store(path)
    assert [r.name for r in clients.list_clients(reopened).rows] == ["さくら商店"]
    reopened.close()
