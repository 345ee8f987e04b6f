"""A person's data through the service layer (services/privacy.py): read whole with the producer who
answers the request, erased in one transaction, refused while the records naming them are kept."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from csp_desk.domain.lifecycle import State
from csp_desk.domain.proposal import ProducerProfile
from csp_desk.domain.worker import WorkerDraft
from csp_desk.services import Changed, privacy
from csp_desk.store import following as f
from csp_desk.store import privacy as held
from csp_desk.store import repo
from csp_desk.store.errors import NotFound
from csp_desk.store.privacy import ERASED_NAME, PersonalDataRetained

from .test_privacy import _engaged_worker

BOTH_ENGINES = True  # the tests with a `store` run on SQLite and on PostgreSQL (conftest)

TODAY = date(2026, 11, 26)


def _producer(store, **fields):
    with store.session() as session:
        repo.save_producer(session, ProducerProfile(**fields))


def test_a_workers_data_is_read_with_who_holds_it(demo_store):
    _producer(demo_store, name="山田 一郎", organisation="やまだ事務所")
    with demo_store.session() as session:
        worker, _eid = _engaged_worker(session)
    found = privacy.worker_data(demo_store, worker)
    assert found.data["worker"]["name"] == "佐藤 花子" and found.holder == "山田 一郎"
    _producer(demo_store, organisation="やまだ事務所")
    assert privacy.gather(demo_store, partial(held.worker_data, worker_id=worker)).holder == "やまだ事務所"
    with pytest.raises(NotFound):
        privacy.worker_data(demo_store, 999_999)


def test_a_worker_is_erased_only_once_no_order_must_be_kept(demo_store):
    with demo_store.session() as session:
        worker, eid = _engaged_worker(session)
        free = f.create_worker(session, WorkerDraft(name="鈴木 次郎"))
    with pytest.raises(PersonalDataRetained):
        privacy.erase_worker(demo_store, worker, TODAY)
    assert privacy.worker_data(demo_store, worker).data["worker"]["name"] == "佐藤 花子"  # nothing changed
    assert privacy.erase_worker(demo_store, free, TODAY) == Changed("workers", (free,))
    assert privacy.worker_data(demo_store, free).data["worker"]["name"].startswith(ERASED_NAME)
    with demo_store.session() as session:
        f.take_step(session, eid, State.CANCELLED, date(2026, 10, 1), "顧客の都合")
    with pytest.raises(PersonalDataRetained):
        privacy.erase_worker(demo_store, worker, TODAY)
    privacy.erase_worker(demo_store, worker, date(2029, 10, 2))
    assert privacy.worker_data(demo_store, worker).data["worker"]["name"].startswith(ERASED_NAME)


def test_a_clients_contact_is_read_and_erased_after_retention(demo_store):
    with demo_store.session() as session:
        _worker, eid = _engaged_worker(session)
        client_id = f.get_engagement(session, eid).client_id
    person = privacy.client_data(demo_store, client_id).data["client"]["contact_person"]
    assert person
    with pytest.raises(PersonalDataRetained):
        privacy.erase_client_contact(demo_store, client_id, TODAY)
    assert privacy.client_data(demo_store, client_id).data["client"]["contact_person"] == person
    with demo_store.session() as session:
        for engagement in f.list_engagements(session, client_id):
            if engagement.state not in (State.CLOSED, State.CANCELLED):
                f.take_step(session, engagement.id, State.CANCELLED, date(2026, 10, 1), "終了")
    assert privacy.erase_client_contact(demo_store, client_id, date(2030, 1, 1)) == Changed(
        "clients", (client_id,)
    )
    after = privacy.client_data(demo_store, client_id).data["client"]
    assert (after["contact_person"], after["phone"], after["email"]) == ("", "", "")
