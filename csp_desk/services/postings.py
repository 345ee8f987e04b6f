"""A posting going out (掲載): the rules that used to live only in the posting editor. A posting
goes out only when the checklist has no error and the specification has no blank left; the text
as it went out is kept as a version, and a draft becomes open (applications may come) — in one
transaction, whoever asks (the window today, the command line or a team member tomorrow)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from ..domain.posting_record import PostingRecord, PostingStatus
from ..domain.posting_templates import BLANK
from ..domain.posting_text import posting_text
from ..domain.rules import Reference, Severity, check
from ..domain.text import QT_TRANSLATE_NOOP, Refused

if TYPE_CHECKING:
    from ..domain.orders import Order
    from ..store.db import Store

FIX_ERRORS = QT_TRANSLATE_NOOP("postings", "Fix the errors in the checklist before posting: {rules}.")
FILL_BLANKS = QT_TRANSLATE_NOOP("postings", "Fill in the blanks {blank} of the specification before posting.")


class PostingRefused(Refused):
    """The posting cannot go out yet; nothing was kept. `message` is translated in "postings"."""


@dataclass(frozen=True)
class Posted:
    """What changed: the versions now kept and the posting's record (its status may have moved)."""

    versions: int
    record: PostingRecord


def record_posted(
    store: Store,
    work_item_id: int,
    order: Order,
    record: PostingRecord,
    *,
    reference: Reference,
    url: str,
    posted_on: date,
) -> Posted:
    """Keeps `order` as the version posted on `posted_on` (at `url`) with its record, a draft then
    open. Raises PostingRefused, keeping nothing, while the checklist has errors or the text has
    blanks."""
    from ..store import repo

    findings = check(order, reference=reference, record=record)
    errors = [f.rule for f in findings if f.severity is Severity.ERROR]
    if errors:
        raise PostingRefused(FIX_ERRORS, rules=", ".join(dict.fromkeys(errors)))
    if BLANK in posting_text(order):
        raise PostingRefused(FILL_BLANKS, blank=BLANK)
    if record.status is PostingStatus.DRAFT:
        record = replace(record, status=PostingStatus.OPEN)  # it is out: applications may come
    with store.session() as session:
        repo.record_posted_version(session, work_item_id, order, platform=order.platform, url=url,
                                   posted_on=posted_on)  # fmt: skip
        repo.save_record(session, work_item_id, record)
    with store.session() as session:
        versions = len(repo.list_posted_versions(session, work_item_id))
        return Posted(versions, repo.load_record(session, work_item_id))
