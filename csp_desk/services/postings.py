"""A work item's posting: its draft and record, the reasons a warning does not apply, and the posting
going out (掲載) — with the rules that used to live only in the posting editor. A posting goes out
only when the checklist has no error and the specification has no blank left; the text as it went
out is kept as a version, and a draft becomes open (applications may come) — in one transaction,
whoever asks (the window today, the command line or a team member tomorrow)."""

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
    from ..domain.catalogue import Catalogue
    from ..domain.orders import Order
    from ..store.db import Store

FIX_ERRORS = QT_TRANSLATE_NOOP("postings", "Fix the errors in the checklist before posting: {rules}.")
FILL_BLANKS = QT_TRANSLATE_NOOP("postings", "Fill in the blanks {blank} of the specification before posting.")


@dataclass(frozen=True)
class PostingState:
    """A posting as kept: the order (a new one starts from its work item), the reasons recorded
    for warnings that do not apply (rule id → reason), its record and how many versions went out."""

    order: Order
    reasons: dict[str, str]
    record: PostingRecord
    versions: int


def load_posting(store: Store, work_item_id: int, catalogue: Catalogue | None) -> PostingState:
    from ..store import repo

    with store.session() as session:
        return PostingState(repo.load_posting(session, work_item_id, catalogue),
                            repo.overrides(session, work_item_id), repo.load_record(session, work_item_id),
                            len(repo.list_posted_versions(session, work_item_id)))  # fmt: skip


def save_draft(
    store: Store,
    work_item_id: int,
    order: Order,
    record: PostingRecord,
    *,
    base: tuple[Order, PostingRecord] | None = None,
) -> tuple[Order, PostingRecord]:
    """Keeps the draft and its record together (both or neither). With `base` (what the editor
    showed), what someone else saved since is kept and a field both changed refuses the save
    (ChangedMeanwhile). Returns what was saved."""
    from ..store import repo

    with store.write() as session:
        if base is not None:
            return repo.save_posting_since(session, work_item_id, order, record, base)
        repo.save_posting(session, work_item_id, order)
        repo.save_record(session, work_item_id, record)
        return order, record


def record_reason(
    store: Store,
    work_item_id: int,
    order: Order,
    record: PostingRecord,
    rule: str,
    severity: Severity,
    reason: str,
) -> dict[str, str]:
    """Keeps the draft with the reason why `rule` does not apply here; an error, or an empty
    reason, is refused (InvalidInput) with nothing kept. Returns every reason now recorded."""
    from ..store import repo

    with store.write() as session:
        repo.save_posting(session, work_item_id, order)
        repo.save_record(session, work_item_id, record)
        repo.set_override(session, work_item_id, rule, severity, reason)
        return repo.overrides(session, work_item_id)


def save_record(store: Store, work_item_id: int, record: PostingRecord) -> None:
    from ..store import repo

    with store.write() as session:
        repo.save_record(session, work_item_id, record)


def recorded_contracts(store: Store, work_item_id: int) -> list:  # type: ignore[type-arg]
    """The contracts recorded on the Orders page for the work item (a task has several)."""
    from ..store import repo

    with store.session() as session:
        return repo.recorded_contracts(session, work_item_id)


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
    with store.write() as session:
        repo.record_posted_version(session, work_item_id, order, platform=order.platform, url=url,
                                   posted_on=posted_on)  # fmt: skip
        repo.save_record(session, work_item_id, record)
    with store.session() as session:
        versions = len(repo.list_posted_versions(session, work_item_id))
        return Posted(versions, repo.load_record(session, work_item_id))
