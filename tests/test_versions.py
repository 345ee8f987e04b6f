"""Two desks saving the same record (optimistic versions, store/versions.py), for each record a
form edits: a worker, a consultation, a work item and a posting. What only the other desk
changed is kept, what only this desk changed is saved, and a field both changed refuses the
save with that field named and nothing written. Two open stores stand for two laptops on one
team database; on SQLite, for two programs on one file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from csp_desk.domain.breakdown import WorkItemDraft
from csp_desk.domain.client import ClientDraft
from csp_desk.domain.consultation import ConsultationDraft
from csp_desk.domain.worker import WorkerDraft
from csp_desk.services import breakdown, clients, consultations, postings, workers
from csp_desk.store.db import open_store
from csp_desk.store.errors import ChangedMeanwhile

BOTH_ENGINES = True


@pytest.fixture
def two(store):
    other = open_store(store.url.render_as_string(hide_password=False) if store.url else store.path)
    yield store, other
    other.close()


def test_a_worker(two):
    mine, theirs = two
    (worker,) = workers.save_worker(mine, WorkerDraft(name="佐藤 一郎", skills="ロゴ")).ids
    here, there = workers.load_worker(mine, worker).row, workers.load_worker(theirs, worker).row
    workers.save_worker(theirs, replace(there.draft, skills="ロゴ、名刺"), worker, opened=there)
    workers.save_worker(mine, replace(here.draft, notes="丁寧"), worker, opened=here)
    saved = workers.load_worker(theirs, worker).row.draft
    assert (saved.skills, saved.notes) == ("ロゴ、名刺", "丁寧")
    here, there = workers.load_worker(mine, worker).row, workers.load_worker(theirs, worker).row
    workers.save_worker(theirs, replace(there.draft, prefecture="北海道"), worker, opened=there)
    with pytest.raises(ChangedMeanwhile) as refused:
        workers.save_worker(mine, replace(here.draft, prefecture="沖縄県", notes="x"), worker, opened=here)
    assert refused.value.names == ["Prefecture"]
    assert workers.load_worker(mine, worker).row.draft.notes == "丁寧"  # nothing of the refused save


def _client_with_consultation(store):  # type: ignore[no-untyped-def]
    (client,) = clients.save_client(store, ClientDraft(name="ひかり食品")).ids
    (consultation,) = consultations.save_consultation(
        store, client, ConsultationDraft(date(2026, 11, 30))
    ).ids
    return client, consultation


def test_a_consultation(two):
    mine, theirs = two
    client, consultation = _client_with_consultation(mine)
    (here,) = consultations.list_consultations(mine, client)
    (there,) = consultations.list_consultations(theirs, client)
    consultations.save_consultation(
        theirs, client, replace(there.draft, place="本社"), consultation, opened=there
    )
    consultations.save_consultation(
        mine, client, replace(here.draft, attendees="社長"), consultation, opened=here
    )
    (saved,) = consultations.list_consultations(theirs, client)
    assert (saved.place, saved.attendees) == ("本社", "社長")
    with pytest.raises(ChangedMeanwhile) as refused:  # `here` is old now: the place is theirs
        consultations.save_consultation(
            mine, client, replace(here.draft, place="工場"), consultation, opened=here
        )
    assert refused.value.names == ["Place"]


def test_a_work_item_as_the_breakdown_saves_it_and_undoes_it(two):
    mine, theirs = two
    _client, consultation = _client_with_consultation(mine)
    problem = consultations.add_problem(mine, consultation, "集客", items=[WorkItemDraft(title="チラシ")])
    (row,) = [r for r in breakdown.breakdown(mine, _client)[0].items]
    base = row.draft
    breakdown.update_work_item(theirs, row.id, replace(base, skills="Illustrator"), base=base)
    breakdown.update_work_item(mine, row.id, replace(base, title="新聞折込チラシ"), base=base)
    saved = breakdown.work_item(theirs, problem, row.id)
    assert (saved.draft.title, saved.draft.skills) == ("新聞折込チラシ", "Illustrator")
    # undoing this desk's title (the undo step's base is what it wrote) keeps their skills
    breakdown.update_work_item(mine, row.id, base, base=replace(base, title="新聞折込チラシ"))
    saved = breakdown.work_item(theirs, problem, row.id)
    assert (saved.draft.title, saved.draft.skills) == ("チラシ", "Illustrator")
    with pytest.raises(ChangedMeanwhile) as refused:  # both wrote the skills
        breakdown.update_work_item(mine, row.id, replace(base, skills="Photoshop"), base=base)
    assert refused.value.names == ["Skills"]


def test_a_posting_draft(two):
    mine, theirs = two
    client, consultation = _client_with_consultation(mine)
    consultations.add_problem(mine, consultation, "集客", items=[WorkItemDraft(title="チラシ")])
    (item,) = breakdown.breakdown(mine, client)[0].items
    first = postings.load_posting(mine, item.id, None)
    postings.save_draft(mine, item.id, first.order, first.record)  # the posting's first save
    here, there = postings.load_posting(mine, item.id, None), postings.load_posting(theirs, item.id, None)
    postings.save_draft(theirs, item.id, replace(there.order, skills="Illustrator"), there.record,
                        base=(there.order, there.record))  # fmt: skip
    retitled = replace(here.order, title="チラシのデザイン")
    saved, _record = postings.save_draft(mine, item.id, retitled, here.record, base=(here.order, here.record))
    assert (saved.title, saved.skills) == ("チラシのデザイン", "Illustrator")  # what the editor shows after
    now = postings.load_posting(theirs, item.id, None).order
    assert (now.title, now.skills) == ("チラシのデザイン", "Illustrator")
    with pytest.raises(ChangedMeanwhile) as refused:
        postings.save_draft(mine, item.id, replace(here.order, title="別のタイトル"), here.record,
                            base=(here.order, here.record))  # fmt: skip
    assert refused.value.names == ["Posting title"]
