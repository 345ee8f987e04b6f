"""Documents from the store — a client's proposal, budget and progress report, the ledger, an
order's record, terms notices, a workshop's handouts and summary: one path for the window and the
command line.

Charts are pictures drawn with Qt (csp_desk/charts.py); this layer never imports Qt, so the caller
passes a Pictures that draws them (charts.PICTURES) — or None, and the documents go without them
(the proposal's schedule is then a chart of shaded table cells; the progress report has no chart)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from ..domain.breakdown import WorkItemDraft
from ..domain.catalogue import Catalogue
from ..domain.orders import Order
from ..domain.proposal import DEFAULT_VALID_DAYS, ProposalData
from ..reports.common import Progress, no_progress
from ..reports.files import write_document
from ..store import repo
from ..store.db import Store


class Pictures(Protocol):
    """Draws the documents' chart pictures (PNG bytes)."""

    def gantt(self, rows: list[tuple[str, date | None, date | None]], start: date, end: date,
              today: date) -> bytes: ...  # fmt: skip

    def bar_chart(self, title: str, values: list[tuple[str, int]], *, unit: str) -> bytes: ...


def write_client_document(
    store: Store,
    client_id: int,
    kind: str,
    out: Path,
    catalogue: Catalogue | None,
    today: date,
    progress: Progress = no_progress,
    *,
    producer_rate: Decimal | None = None,
    valid_days: int = DEFAULT_VALID_DAYS,
    pictures: Pictures | None = None,
) -> Path:
    """Reads the client's breakdown in a short session of its own, then writes the file.

    Without a catalogue the documents still work; only category names are missing.
    `pictures` draws the proposal's schedule as a Gantt chart.
    `producer_rate`: the producer's fee as a fraction of the rewards, for this proposal;
    `valid_days`: how long the proposal stands from `today`.
    """
    with store.session() as session:
        data = repo.proposal_data(session, client_id, catalogue, today, producer_rate=producer_rate,
                                  valid_days=valid_days)  # fmt: skip
    picture = schedule_picture(data, pictures) if kind == "proposal" and pictures is not None else None
    return write_document(kind, data, out, progress, picture)


def schedule_picture(data: ProposalData, pictures: Pictures) -> bytes | None:
    """The proposal's schedule drawn as a Gantt chart (PNG), or None when no item has a date."""
    from ..reports.schedule import EARLY_MARK, timeline

    plan = timeline(data)
    if not plan.periods:
        return None
    rows = [(f"{EARLY_MARK}{r.title}" if r.early else r.title, r.start, r.due) for r in plan.rows]
    return pictures.gantt(rows, plan.periods[0].start, plan.periods[-1].end, data.issued_on)


def early_starts(store: Store, client_id: int, today: date) -> list[tuple[str, WorkItemDraft]]:
    """The client's work items planned to start before `today` (the proposal flags them)."""
    with store.session() as session:
        data = repo.proposal_data(session, client_id, None, today)
    return data.early_starts()


def issue_terms_notice(
    store: Store,
    work_item_id: int,
    order: Order,
    out: Path,
    given_on: date,
    *,
    channel: str = "",
    contract_id: int | None = None,
    today: date | None = None,
) -> Path:
    """Writes the terms notice of a work item's contract and keeps the issued document (and the
    posting it was made from) in the store with its hash, the day it is given (交付日) and how.

    With a contract recorded on the Orders page the notice states that contract's terms (amount,
    dates, worker, free revision rounds) and the posting's for the rest; where the posting states
    them otherwise it raises NoticeConflict with the differences (domain/notice.py). Several
    recorded contracts: `contract_id` says which (ContractNeeded otherwise). Without one, the
    posting's own contract terms are used. Raises NoticeIncomplete while items are missing.
    Nothing is written or kept when it raises; the file appears only once the store has kept it."""
    import tempfile
    from dataclasses import replace

    from ..domain.notice import CHANNELS, NoticeConflict, choose_contract, differences, notice_order
    from ..domain.orders import Contract
    from ..reports.files import into_place
    from ..reports.terms_notice import write_terms_notice

    if channel and channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")
    with store.session() as session:
        accepted = repo.overrides(session, work_item_id)  # warnings left out for a recorded reason
        recorded = choose_contract(repo.recorded_contracts(session, work_item_id), order, contract_id)
        person = repo.contact_person(session, work_item_id)
        earlier = repo.list_issued_notices(session, work_item_id) if recorded is not None else []
    # a notice for the same terms given before (since the contract or its latest change): this one
    # gives them again and says so, so the worker knows which two papers belong together
    again = [n.given_on for n in earlier if recorded is not None and n.work_contract_id == recorded.id
             and n.given_on is not None and recorded.commissioned_on <= n.given_on <= given_on]  # fmt: skip
    notice, withheld = order, None
    if recorded is not None:
        found = differences(order, recorded)
        if found:
            raise NoticeConflict(found)
        notice, withheld = notice_order(order, recorded), recorded.withheld
    if notice.contract is not None:  # the day it is given is the day CONT-03 checks
        notice = replace(notice, contract=replace(notice.contract, notice_sent_on=given_on))
    with tempfile.TemporaryDirectory() as folder:
        amended = recorded.changed_on if recorded is not None else None
        if amended is not None and amended > given_on:
            amended = None  # a change after the day given is not in this notice
        written = write_terms_notice(notice, Path(folder) / out.name, given_on, accepted=accepted,
                                     channel=channel, contact_person=person, withheld=withheld,
                                     amended_on=amended, given_before=min(again, default=None))  # fmt: skip
        content = written.read_bytes()
    kept = order
    if order.contract is not None or recorded is not None:  # the posting remembers when it was given:
        # the first notice's day (an amended one after a change does not move it; CONT-03 reads it)
        first = order.contract.notice_sent_on if order.contract is not None else None
        sent = min(first, given_on) if first is not None else given_on
        kept = replace(order, contract=replace(order.contract or Contract(), notice_sent_on=sent))
    # the file first: a notice that could not be written is not recorded as given
    written_to = into_place(out, lambda temporary: temporary.write_bytes(content))
    try:
        with store.write() as session:
            repo.save_posting(session, work_item_id, kept)
            repo.record_issued_notice(session, work_item_id, notice, content, out.name,
                                      today or date.today(), given_on=given_on, channel=channel,
                                      work_contract_id=recorded.id if recorded else None)  # fmt: skip
    except BaseException:
        written_to.unlink(missing_ok=True)
        raise
    return written_to


@dataclass(frozen=True)
class NoticeInputs:
    """What a terms notice for a work item is made from: its posting as drafted (not yet agreed
    with a contract), whether one was drafted at all, and the notices issued before."""

    order: Order
    drafted: bool
    earlier: list[Any]


def notice_inputs(store: Store, work_item_id: int, catalogue: Catalogue | None) -> NoticeInputs:
    with store.session() as session:
        return NoticeInputs(repo.load_posting(session, work_item_id, catalogue, agreed=False),
                            repo.has_posting(session, work_item_id),
                            repo.list_issued_notices(session, work_item_id))  # fmt: skip


def last_issued(store: Store, work_item_id: int) -> tuple[Any, Any]:
    """The notice issued last for the work item, and the recorded contract it was for (or None)."""
    with store.session() as session:
        kept = repo.list_issued_notices(session, work_item_id)[-1]
        recorded = next((c for c in repo.recorded_contracts(session, work_item_id)
                         if c.id == kept.work_contract_id), None)  # fmt: skip
    return kept, recorded


def issued_notice(store: Store, notice_id: int) -> bytes:
    """A terms notice exactly as it was issued, checked against the hash kept with it (NotFound
    for an unknown id); never rebuilt."""
    with store.session() as session:
        return repo.issued_notice_content(session, notice_id)


def issue_demo_notices(store: Store, chosen: list[tuple[int, int]], today: date) -> int:
    """The demo's issued terms notices (store/demo.py fill_notice_terms chose the orders): most
    given on the day of the contract, every third (the second first) some days late (CONT-03 shows
    it), by platform message, e-mail or on paper in turn. Returns how many were issued."""
    import tempfile

    from ..domain.notice import CHANNELS
    from ..reports.terms_notice import NoticeIncomplete

    channels = list(CHANNELS)
    issued = 0
    with tempfile.TemporaryDirectory() as folder:
        for index, (item_id, contract_id) in enumerate(chosen):
            with store.session() as session:
                order = repo.load_posting(session, item_id, agreed=False)
                (recorded,) = [c for c in repo.recorded_contracts(session, item_id) if c.id == contract_id]
            late = 3 + index % 7 if index % 3 == 1 else 0
            given_on = min(today, recorded.contracted_on + timedelta(days=late))
            name = f"取引条件明示書_{recorded.worker.name}_{given_on:%Y%m%d}.docx".replace(" ", "")
            try:
                issue_terms_notice(store, item_id, order, Path(folder) / name, given_on,
                                   channel=channels[index % len(channels)], contract_id=contract_id,
                                   today=given_on)  # fmt: skip
            except NoticeIncomplete:
                continue  # the posting still lacks a term the demo cannot make up
            issued += 1
    return issued


def write_progress_report(
    store: Store,
    client_id: int,
    out: Path,
    today: date,
    progress: Progress = no_progress,
    *,
    pictures: Pictures | None = None,
) -> Path:
    """The client's 進捗報告書 (Word) with its stage chart (drawn by `pictures`), written atomically."""
    from ..reports.files import into_place
    from ..reports.progress import running_stages
    from ..reports.progress import write_progress_report as write
    from ..store import following

    with store.session() as session:
        data = following.progress_data(session, client_id, today)
    # the running orders by stage (finished ones and empty stages left out); none running: no chart
    stages = running_stages(data)
    chart = pictures.bar_chart("進行中の業務（段階別）", stages, unit="件") if stages and pictures else None
    return into_place(out, lambda temporary: write(data, temporary, chart, progress))


def write_ledger(
    store: Store,
    client_id: int | None,
    out: Path,
    today: date,
    progress: Progress = no_progress,
    *,
    engagement_id: int | None = None,
) -> Path:
    """進捗管理表 and 支払台帳 (Excel) for one client, all, or one order, written atomically. One
    client's or one order's records go with their audit log; every client's at once would be the
    whole log (half a million lines on the large demo), so the ledger of all leaves it out."""
    from ..reports.files import into_place
    from ..reports.ledger import write_ledger as write
    from ..store import following

    scoped = client_id is not None or engagement_id is not None
    with store.session() as session:
        data = following.progress_data(session, client_id, today, engagement_id, with_history=scoped)
    return into_place(out, lambda temporary: write(data, temporary, progress))


def write_order_record(
    store: Store, engagement_id: int, out: Path, today: date, progress: Progress = no_progress
) -> Path:
    """案件記録 (Excel): one order in words — its contracts and notices, escrow, course, deliveries,
    revisions and changes, contacts, troubles, payments and ratings — and its whole audit log,
    written atomically; raises NotFound for an unknown order."""
    from ..reports.files import into_place
    from ..reports.order_record import write_order_record as write
    from ..store.order_record import order_record_data

    with store.session() as session:
        record = order_record_data(session, engagement_id, today)
    return into_place(out, lambda temporary: write(record, temporary, progress))


def export_handouts(
    store: Store,
    workshop_id: int,
    out_dir: Path,
    catalogue: Catalogue | None,
    today: date,
    progress: Progress = no_progress,
) -> list[Path]:
    """A workshop's handouts (reports/workshop.py) into `out_dir`, read in a short session of
    their own; raises NotFound for an unknown workshop. A cancelled run leaves no file."""
    from ..reports.workshop import write_handouts
    from ..store.workshop_documents import handout_data

    with store.session() as session:
        data = handout_data(session, workshop_id, catalogue, today=today)
    return write_handouts(data, out_dir, progress)


def export_workshop_summary(
    store: Store, workshop_id: int, out: Path, today: date, progress: Progress = no_progress
) -> Path:
    """The organiser's summary workbook of a workshop (reports/workshop_summary.py), written
    atomically; raises NotFound for an unknown workshop."""
    from ..reports.workshop_summary import write_workshop_summary
    from ..store.workshop_documents import summary_data

    with store.session() as session:
        data = summary_data(session, workshop_id, today=today)
    return write_workshop_summary(data, out, progress)
