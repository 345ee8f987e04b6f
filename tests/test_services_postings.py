"""A posting goes out only through services/postings.py: refused with errors or blanks (nothing
kept), else kept as a version with the draft opened — whoever calls it, not only the editor."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from csp_desk.domain.orders import parse_order
from csp_desk.domain.posting_record import PostingRecord, PostingStatus
from csp_desk.domain.posting_templates import BLANK
from csp_desk.domain.rules import load_reference
from csp_desk.paths import DATA
from csp_desk.services.postings import PostingRefused, record_posted
from csp_desk.store import repo

from .test_rules import CONTRACT

BOTH_ENGINES = True  # the tests with a `store` run on SQLite and on PostgreSQL (conftest)

ROOT = Path(__file__).resolve().parent.parent
POSTED = date(2026, 12, 1)
REFERENCE = load_reference(DATA)


@pytest.fixture
def posting(demo_store):
    with demo_store.session() as session:
        client = repo.list_clients(session)[0]
        problem = repo.list_problems(session, client_id=client.id)[0]
        work_item = repo.list_work_items(session, problem.id)[0].id
    return demo_store, work_item, parse_order(CONTRACT)


def _versions(store, work_item):
    with store.session() as session:
        return repo.list_posted_versions(session, work_item)


def test_a_clean_posting_is_kept_and_its_draft_opened(posting):
    store, work_item, order = posting
    posted = record_posted(store, work_item, order, PostingRecord(), reference=REFERENCE,
                           url=" https://example.jp/jobs/1 ", posted_on=POSTED)  # fmt: skip
    assert posted.versions == 1 and posted.record.status is PostingStatus.OPEN
    (version,) = _versions(store, work_item)
    assert version.url == "https://example.jp/jobs/1" and version.posted_on == POSTED


def test_a_posting_with_an_error_or_a_blank_is_refused_and_nothing_kept(posting):
    store, work_item, order = posting
    short = replace(order, description="ロゴを作ってください。")  # POST-01: the work is not described
    with pytest.raises(PostingRefused) as refused:
        record_posted(store, work_item, short, PostingRecord(), reference=REFERENCE, url="",
                      posted_on=POSTED)  # fmt: skip
    assert "POST-01" in refused.value.params["rules"]
    blank = replace(order, deliverables=f"バナー{BLANK}点")
    with pytest.raises(PostingRefused) as refused:
        record_posted(store, work_item, blank, PostingRecord(), reference=REFERENCE, url="",
                      posted_on=POSTED)  # fmt: skip
    assert refused.value.params == {"blank": BLANK}
    assert _versions(store, work_item) == []
    with store.session() as session:
        assert repo.load_record(session, work_item).status is PostingStatus.DRAFT
