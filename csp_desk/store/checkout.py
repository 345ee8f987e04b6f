"""Clients taken along offline from a team's server, and brought back.

Taking (check-out): the chosen clients, with their consultations, problems, work items and
posting drafts, are copied under the same ids into a csp-desk file of their own, which the
producer opens on the laptop and works in as in any other; the team's settings, letterhead and
platform register come along so documents can be made. The file keeps, for each client, where
it came from and its records as they were then (the baseline, `snapshot`). The server marks each
client as taken by whoever took it (`client_checkout`): another member sees that, and cannot
take it too.

Bringing back (check-in): for each record, the file's version (mine), the server's (theirs) and
the baseline are compared, field by field (store/versions): what only the file changed is
written to the server, what only the server changed stays, new records of the file are added
and records deleted in the file are deleted on the server. A record both sides changed in the
same field, or one side deleted and the other changed, is a conflict: then nothing at all is
written and every conflict is listed with both values, so the producer can settle each (in the
file, or by asking the colleague) and bring it back again. Orders, contracts and payments are
not taken along: they stay on the server, where the team follows them."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import delete, insert, select, text
from sqlalchemy.orm import Session

from ..domain.breakdown import FIELD_LABELS as ITEM_LABELS
from ..domain.breakdown import WorkItemDraft
from ..domain.client import FIELD_LABELS as CLIENT_LABELS
from ..domain.client import ClientDraft
from ..domain.consultation import FIELD_LABELS as CONSULTATION_LABELS
from ..domain.consultation import ConsultationDraft
from ..domain.order_types import OrderType
from ..domain.orders import ORDER_LABELS, parse_order
from ..domain.posting_record import RECORD_LABELS, parse_record
from ..domain.text import QT_TRANSLATE_NOOP, Refused
from . import repo
from .errors import ChangedMeanwhile, KeptRecord, NotFound
from .models import (
    Checkout,
    Client,
    ClientCheckout,
    Consultation,
    PlatformCheck,
    PlatformEntry,
    PlatformFee,
    Posting,
    Problem,
    Producer,
    Setting,
    WorkItem,
)
from .versions import Opened, merged

TAKEN = QT_TRANSLATE_NOOP(
    "store", "“{name}” is already taken along by {login} (since {since}); nothing was taken."
)
TAKEN_BY_YOU = QT_TRANSLATE_NOOP(
    "store",
    "You took “{name}” along already (since {since}), into another file: bring that one back first; "
    "nothing was taken.",
)
NOT_TAKEN = QT_TRANSLATE_NOOP(
    "store",
    "“{name}” is not marked as taken by you on the team database (it was brought back already, or "
    "an admin released it); nothing was brought back.",
)
NOT_A_CHECKOUT = QT_TRANSLATE_NOOP(
    "store", "This file holds no clients taken from a team database; there is nothing to bring back."
)
BROUGHT_BACK = QT_TRANSLATE_NOOP(
    "store", "The clients of this file were brought back on {day}; there is nothing more to bring back."
)
OTHER_SERVER = QT_TRANSLATE_NOOP(
    "store", "The clients of this file were taken from {server}, not from this team database."
)

DELETED = "checkout_deleted"
"""The taken file's own list of the records deleted in it (kind, id), kept by triggers: SQLite
may give a new record the id of a deleted one (keep_deletions)."""
KINDS = {"consultation": "consultations", "problem": "problems", "work_item": "items"}

TEAM_TABLES = (Setting, Producer, PlatformEntry, PlatformFee, PlatformCheck)
"""Copied whole into a taken file (settings, letterhead, platform register), never brought back."""


# --- a client's records as plain values ------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def _values(draft: Any) -> dict[str, Any]:
    return {f.name: _plain(getattr(draft, f.name)) for f in fields(draft)}


DATES = {"held_on", "start_date", "due_date"}


def _draft(kind: type[Any], values: dict[str, Any]) -> Any:
    given: dict[str, Any] = {
        name: (date.fromisoformat(v) if name in DATES and isinstance(v, str) else v)
        for name, v in values.items()
    }
    if kind is WorkItemDraft:
        given["order_type"] = OrderType(given["order_type"])
    return kind(**given)


def snapshot(session: Session, client_id: int) -> dict[str, Any]:
    """Every record a check-out carries of one client, by id: {"client": values, "consultations":
    {id: values}, "problems": {id: {"parent", "title", "catalogue_id"}}, "items": {id: {"parent",
    "values"}}, "postings": {work item id: {"order", "record"}}} (JSON's own types)."""
    draft, _archived = repo.load_client(session, client_id)
    out: dict[str, Any] = {
        "client": _values(draft),
        "consultations": {},
        "problems": {},
        "items": {},
        "postings": {},
    }
    for row in session.scalars(select(Consultation).where(Consultation.client_id == client_id)):
        out["consultations"][str(row.id)] = _values(
            ConsultationDraft(row.held_on, row.place, row.attendees, row.notes)
        )
    for problem in repo.list_problems(session, client_id=client_id):
        out["problems"][str(problem.id)] = {
            "parent": problem.consultation_id,
            "title": problem.title,
            "catalogue_id": problem.catalogue_id,
        }
        for item in repo.list_work_items(session, problem.id):
            out["items"][str(item.id)] = {"parent": problem.id, "values": _values(item.draft)}
    ids = [int(i) for i in out["items"]]
    for posting in session.scalars(select(Posting).where(Posting.work_item_id.in_(ids))) if ids else ():
        out["postings"][str(posting.work_item_id)] = {
            "order": json.loads(posting.order_json),
            "record": json.loads(posting.record_json or "{}"),
        }
    return out


# --- taking clients along ----------------------------------------------------------------------


def refuse_taken(server: Session, client_ids: Iterable[int], login: str) -> None:
    """Refused (Refused: TAKEN) when another member has one of the clients already."""
    for client_id in client_ids:
        row = server.get(ClientCheckout, client_id)
        client = server.get(Client, client_id)
        if client is None:
            raise NotFound()
        if row is not None and row.login == login:  # a second file would be refused on the way back
            raise Refused(TAKEN_BY_YOU, name=client.name, since=f"{row.taken_at:%Y/%m/%d %H:%M}")
        if row is not None:
            raise Refused(
                TAKEN, name=client.name, login=row.login or "-", since=f"{row.taken_at:%Y/%m/%d %H:%M}"
            )


def mark_taken(server: Session, client_ids: Iterable[int], login: str, now: datetime) -> None:
    for client_id in client_ids:
        row = server.get(ClientCheckout, client_id)
        if row is None:
            server.add(ClientCheckout(client_id=client_id, login=login, taken_at=now))
        else:
            row.taken_at = now
    server.flush()


def copy_client(server: Session, local: Session, client_id: int) -> int:
    """Copies one client's records (under the same ids) from the server into the taken file;
    returns how many rows were copied."""
    copied = 0

    def rows(model: type[Any], *where: Any) -> None:
        nonlocal copied
        table = model.__table__
        found = [dict(r) for r in server.execute(select(table).where(*where)).mappings()]
        if found:
            local.execute(insert(table), found)
            copied += len(found)

    consultations = select(Consultation.id).where(Consultation.client_id == client_id)
    problems = select(Problem.id).where(Problem.consultation_id.in_(consultations))
    items = select(WorkItem.id).where(WorkItem.problem_id.in_(problems))
    rows(Client, Client.id == client_id)
    rows(Consultation, Consultation.client_id == client_id)
    rows(Problem, Problem.consultation_id.in_(consultations))
    rows(WorkItem, WorkItem.problem_id.in_(problems))
    rows(Posting, Posting.work_item_id.in_(items))
    return copied


def copy_team_tables(server: Session, local: Session) -> None:
    for model in TEAM_TABLES:
        found = [dict(r) for r in server.execute(select(model.__table__)).mappings()]
        local.execute(delete(model))
        if found:
            local.execute(insert(model), found)


def keep_deletions(local: Session) -> None:
    """Makes the taken file note each deleted consultation, problem and work item (triggers into
    a table of its own, outside the app's schema)."""
    local.execute(text(f"CREATE TABLE IF NOT EXISTS {DELETED} (kind TEXT NOT NULL, record INTEGER NOT NULL)"))
    for table in KINDS:
        local.execute(text(
            f"CREATE TRIGGER IF NOT EXISTS {DELETED}_{table} AFTER DELETE ON {table} "
            f"BEGIN INSERT INTO {DELETED} (kind, record) VALUES ('{table}', OLD.id); END"
        ))  # fmt: skip


def orders_started(local: Session) -> list[tuple[int, str]]:
    """Clients of the file with an order started in it (take_along carries none)."""
    from .models import Engagement

    rows = local.execute(select(Client.id, Client.name).join(Engagement, Engagement.client_id == Client.id))
    return sorted({(row[0], row[1]) for row in rows})


def keep_baseline(
    local: Session, client_id: int, server_address: str, login: str, now: datetime, baseline: dict[str, Any]
) -> None:
    local.add(
        Checkout(
            client_id=client_id,
            server=server_address,
            login=login,
            taken_at=now,
            baseline=json.dumps(baseline, ensure_ascii=False, sort_keys=True),
        )
    )
    local.flush()


# --- bringing them back ------------------------------------------------------------------------

CONFLICT_BOTH = QT_TRANSLATE_NOOP(
    "store", "{what}, {field}: in this file “{mine}”, on the team database “{theirs}”"
)
CONFLICT_DELETED_HERE = QT_TRANSLATE_NOOP(
    "store", "{what}: deleted in this file, but changed on the team database meanwhile"
)
CONFLICT_DELETED_THERE = QT_TRANSLATE_NOOP(
    "store", "{what}: changed in this file, but deleted on the team database meanwhile"
)
CONFLICT_KEPT = QT_TRANSLATE_NOOP(
    "store", "{what}: deleted in this file, but the team database keeps it (it holds an order's records)"
)
CONFLICT_BOTH_DRAFTED = QT_TRANSLATE_NOOP(
    "store", "{what}: drafted in this file and, meanwhile, on the team database"
)
CONFLICT_ORDERS = QT_TRANSLATE_NOOP(
    "store",
    "{what}: its order was followed in this file beyond its start; the steps stay in the file: record "
    "them on the team database",
)
CONFLICT_BOTH_STARTED = QT_TRANSLATE_NOOP(
    "store",
    "{what}: its order was started in this file and, meanwhile, on the team database: the team's stays",
)
CONFLICT_NEW_CLIENT = QT_TRANSLATE_NOOP(
    "store", "{what}: made in this file, but the team database already has a client of that name or number"
)
CONFLICT_NEW_ORDERS = QT_TRANSLATE_NOOP(
    "store",
    "{what}: came back without the orders started for it in this file; start them on the team database",
)
WHAT_NEW_CLIENT = QT_TRANSLATE_NOOP("store", "New client “{name}”")
WHAT_CLIENT = QT_TRANSLATE_NOOP("store", "Client “{name}”")
WHAT_CONSULTATION = QT_TRANSLATE_NOOP("store", "Consultation of {day}")
WHAT_PROBLEM = QT_TRANSLATE_NOOP("store", "Problem “{title}”")
WHAT_ITEM = QT_TRANSLATE_NOOP("store", "Work item “{title}”")
WHAT_POSTING = QT_TRANSLATE_NOOP("store", "Posting of “{title}”")
PROBLEM_TITLE = QT_TRANSLATE_NOOP("store", "Problem title")


@dataclass(frozen=True)
class Conflict:
    """One thing a check-in cannot settle alone: `message` (store context) with `params`; the
    `labels` param, when present, is a field's name to translate."""

    message: str
    params: dict[str, str] = field(default_factory=dict)


class Conflicts(Exception):
    """A check-in refused: nothing was written; `conflicts` lists why."""

    def __init__(self, conflicts: list[Conflict]):
        self.conflicts = conflicts
        super().__init__(f"{len(conflicts)} conflicts")


@dataclass
class BroughtBack:
    changed: int = 0
    added: int = 0
    deleted: int = 0
    left: list[Conflict] = field(default_factory=list)
    """What stays in the file only, said to the producer (orders followed there: an order's steps
    are recorded on the team database)."""


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    text = str(value).replace("\n", " ")
    return text if len(text) <= 60 else text[:59] + "…"


class _CheckIn:
    """One client brought back: the three versions, the changes to make and the conflicts."""

    def __init__(self, server: Session, local: Session, client_id: int, base: dict[str, Any]):
        self.server, self.local, self.client_id, self.base = server, local, client_id, base
        self.mine = snapshot(local, client_id)
        self.theirs = snapshot(server, client_id)
        self.conflicts: list[Conflict] = []
        self.done = BroughtBack()
        self.new_ids: dict[tuple[str, int], int] = {}
        self.gone: set[tuple[str, str]] = set()
        """Records the file deleted and this check-in settled (deleted on the server, or a
        conflict): what belonged to them is settled with them."""
        self._renumber_reused(local)
        """(kind, id in the file) → id on the server, for records the file added."""

    # the three-way merge of one record's fields: (values to write or None, conflicts)
    def _merge(
        self,
        what: dict[str, str],
        kind: type[Any],
        base: dict[str, Any],
        mine: dict[str, Any],
        theirs: dict[str, Any],
        labels: dict[str, str],
    ) -> Any | None:
        if mine in (base, theirs):
            return None  # nothing of the file's to write
        try:
            merged_draft = merged(
                _draft(kind, theirs), None, Opened(_draft(kind, base), None), _draft(kind, mine), labels
            )
        except ChangedMeanwhile as clash:
            for name in clash.names:
                key = next((k for k, v in labels.items() if v == name), name)
                self.conflicts.append(
                    Conflict(
                        CONFLICT_BOTH,
                        {
                            **what,
                            "field": name,
                            "mine": _shown(mine.get(key)),
                            "theirs": _shown(theirs.get(key)),
                        },
                    )
                )
            return None
        return merged_draft

    def _renumber_reused(self, local: Session) -> None:
        """SQLite gives a new row the id of the last one when that was deleted: such a record of
        the file is a new one (its id is made negative here), not the deleted one changed."""
        if local.execute(text("SELECT 1 FROM sqlite_master WHERE name = :n"), {"n": DELETED}).first() is None:
            return
        deleted = {(KINDS[table], str(record)) for table, record in local.execute(text(
            f"SELECT kind, record FROM {DELETED}"))}  # fmt: skip
        for kind in ("consultations", "problems", "items"):
            for record in [r for r in self.mine[kind] if (kind, r) in deleted]:
                self.mine[kind][f"-{record}"] = self.mine[kind].pop(record)
                child = {"consultations": "problems", "problems": "items"}.get(kind)
                for values in self.mine[child].values() if child else ():
                    if str(values["parent"]) == record:
                        values["parent"] = -int(record)
                if kind == "items" and record in self.mine["postings"]:
                    self.mine["postings"][f"-{record}"] = self.mine["postings"].pop(record)

    def run(self) -> None:
        self._client()
        self._consultations()
        self._problems()
        self._items()
        self._postings()
        self._orders()

    def _orders(self) -> None:
        """Orders started in the file (none is taken along) start on the server too, when nothing
        more was recorded of them; what was recorded further stays in the file, and is said."""
        from ..domain.lifecycle import State
        from .following import start_engagement
        from .models import Application, Engagement, StateChange, WorkContract

        for order in self.local.scalars(select(Engagement).where(Engagement.client_id == self.client_id)):
            reused = f"-{order.work_item_id}"
            key = reused if reused in self.mine["items"] else str(order.work_item_id)
            title = self.mine["items"].get(key, {}).get("values", {}).get("title", "")
            what = {"what": WHAT_ITEM, "title": title}
            further = any(
                self.local.scalar(select(model.id).where(model.engagement_id == order.id).limit(1))
                is not None
                for model in (Application, WorkContract, StateChange)
            )
            item = self._parent("items", int(key))
            if further or order.state != State.DRAFT.value or item is None:
                self.done.left.append(Conflict(CONFLICT_ORDERS, what))
                continue
            if self.server.scalar(select(Engagement.id).where(Engagement.work_item_id == item)) is not None:
                self.done.left.append(Conflict(CONFLICT_BOTH_STARTED, what))
                continue
            start_engagement(self.server, item, order.state_since)
            self.done.added += 1

    def _client(self) -> None:
        name = self.theirs["client"]["name"]
        what = {"what": WHAT_CLIENT, "name": name}
        draft = self._merge(
            what, ClientDraft, self.base["client"], self.mine["client"], self.theirs["client"], CLIENT_LABELS
        )
        if draft is not None:
            repo.save_client(self.server, draft, self.client_id)
            self.done.changed += 1

    def _as_taken(self, side: dict[str, Any], kind: str, record: str) -> bool:
        """Whether `side` (the server's records or the file's) holds the record and everything
        that belongs to it exactly as taken."""
        if side[kind].get(record) != self.base[kind].get(record):
            return False
        if kind == "items":
            return bool(side["postings"].get(record) == self.base["postings"].get(record))
        children = {"consultations": "problems", "problems": "items"}.get(kind)
        if children is None:
            return True
        return all(
            self._as_taken(side, children, child)
            for either in (side, self.base)
            for child, values in either[children].items()
            if str(values["parent"]) == record
        )

    def _three(self, kind: str) -> Iterable[tuple[str, Any, Any, Any]]:
        for record in sorted(set(self.base[kind]) | set(self.mine[kind]) | set(self.theirs[kind]), key=int):
            yield (
                record,
                self.base[kind].get(record),
                self.mine[kind].get(record),
                self.theirs[kind].get(record),
            )

    def _consultations(self) -> None:
        for record, base, mine, theirs in self._three("consultations"):
            source = mine or theirs or base
            what = {"what": WHAT_CONSULTATION, "day": source["held_on"].replace("-", "/")}
            if base is None:
                if mine is not None:  # new in the file
                    new = repo.save_consultation(self.server, self.client_id, _draft(ConsultationDraft, mine))
                    self.new_ids[("consultations", int(record))] = new
                    self.done.added += 1
                continue
            if not self._settle_deleted("consultations", record, what, base, mine, theirs):
                continue
            draft = self._merge(what, ConsultationDraft, base, mine, theirs, CONSULTATION_LABELS)
            if draft is not None:
                repo.save_consultation(self.server, self.client_id, draft, int(record))
                self.done.changed += 1

    def _settle_deleted(
        self, kind: str, record: str, what: dict[str, str], base: Any, mine: Any, theirs: Any
    ) -> bool:
        """For a record taken along: deletes it on the server when the file deleted it and the
        server did not change it; a conflict when one side changed what the other deleted. True
        when both sides still have it (its fields are merged next)."""
        if mine is not None and theirs is not None:
            return True
        if mine is None and theirs is None:
            return False
        parent = {"problems": "consultations", "items": "problems"}.get(kind)
        if parent is not None and (parent, str(base["parent"])) in self.gone:
            self.gone.add((kind, record))  # settled with the record it belonged to
            return False
        if mine is None:
            self.gone.add((kind, record))
            if not self._as_taken(self.theirs, kind, record):
                self.conflicts.append(Conflict(CONFLICT_DELETED_HERE, what))
                return False
            try:
                {
                    "consultations": repo.delete_consultation,
                    "problems": repo.remove_problem,
                    "items": repo.delete_work_item,
                }[kind](self.server, int(record))
            except KeptRecord:
                self.conflicts.append(Conflict(CONFLICT_KEPT, what))
                return False
            self.done.deleted += 1
            return False
        if not self._as_taken(self.mine, kind, record):
            self.conflicts.append(Conflict(CONFLICT_DELETED_THERE, what))
        return False

    def _parent(self, kind: str, parent: int) -> int | None:
        """The server's id of a parent: itself when taken along, the new one when the file added
        it, None when it is gone from the server (a conflict was said for it)."""
        new = self.new_ids.get((kind, parent))
        if new is not None:
            return new
        return parent if str(parent) in self.theirs[kind] else None

    def _problems(self) -> None:
        for record, base, mine, theirs in self._three("problems"):
            source = mine or theirs or base
            what = {"what": WHAT_PROBLEM, "title": source["title"]}
            if base is None:
                if mine is not None:
                    parent = self._parent("consultations", mine["parent"])
                    if parent is not None:
                        new = repo.add_problem(
                            self.server, parent, mine["title"], catalogue_id=mine["catalogue_id"]
                        )
                        self.new_ids[("problems", int(record))] = new
                        self.done.added += 1
                continue
            if not self._settle_deleted("problems", record, what, base, mine, theirs):
                continue
            if mine["title"] != base["title"] and theirs["title"] == base["title"]:
                row = self.server.get(Problem, int(record))
                assert row is not None
                row.title = mine["title"]
                self.done.changed += 1
            elif mine["title"] not in (base["title"], theirs["title"]):
                self.conflicts.append(
                    Conflict(
                        CONFLICT_BOTH,
                        {**what, "field": PROBLEM_TITLE, "mine": mine["title"], "theirs": theirs["title"]},
                    )
                )

    def _items(self) -> None:
        for record, base, mine, theirs in self._three("items"):
            source = mine or theirs or base
            what = {"what": WHAT_ITEM, "title": source["values"]["title"]}
            if base is None:
                if mine is not None:
                    parent = self._parent("problems", mine["parent"])
                    if parent is not None:
                        new = repo.insert_work_item(
                            self.server, parent, _draft(WorkItemDraft, mine["values"])
                        )
                        self.new_ids[("items", int(record))] = new
                        self.done.added += 1
                continue
            if not self._settle_deleted("items", record, what, base, mine, theirs):
                continue
            draft = self._merge(
                what, WorkItemDraft, base["values"], mine["values"], theirs["values"], ITEM_LABELS
            )
            if draft is not None:
                repo.update_work_item(self.server, int(record), draft)
                self.done.changed += 1

    def _postings(self) -> None:
        for record in sorted(set(self.mine["postings"]) | set(self.base["postings"]), key=int):
            base, mine = self.base["postings"].get(record), self.mine["postings"].get(record)
            theirs = self.theirs["postings"].get(record)
            if mine is None or mine in (base, theirs):
                continue  # a posting is not deleted on its own: it goes with its work item
            if base is None and theirs is not None:  # drafted on both sides since it was taken
                title = self.mine["items"].get(record, {}).get("values", {}).get("title", "")
                self.conflicts.append(Conflict(CONFLICT_BOTH_DRAFTED, {"what": WHAT_POSTING, "title": title}))
                continue
            item = self._parent("items", int(record))
            if item is None:
                continue
            title = self.mine["items"].get(record, {}).get("values", {}).get("title", "")
            what = {"what": WHAT_POSTING, "title": title}
            order, record_ = parse_order(mine["order"]), parse_record(mine["record"])
            if base is not None and theirs is not None and theirs != base:
                try:
                    order = merged(
                        parse_order(theirs["order"]),
                        None,
                        Opened(parse_order(base["order"]), None),
                        order,
                        ORDER_LABELS,
                    )
                    record_ = merged(
                        parse_record(theirs["record"]),
                        None,
                        Opened(parse_record(base["record"]), None),
                        record_,
                        RECORD_LABELS,
                    )
                except ChangedMeanwhile as clash:
                    for name in clash.names:
                        self.conflicts.append(
                            Conflict(CONFLICT_BOTH, {**what, "field": name, "mine": "…", "theirs": "…"})
                        )
                    continue
            repo.save_posting(self.server, item, order)
            repo.save_record(self.server, item, record_)
            self.done.changed += 1


def check_in(server: Session, local: Session, taken: Checkout, login: str, now: datetime) -> BroughtBack:
    """Brings one taken client back (see the module); raises Conflicts with nothing written by
    it (the caller's transaction is rolled back), or Refused when the server has no mark of it."""
    mark = server.get(ClientCheckout, taken.client_id)
    client = server.get(Client, taken.client_id)
    if client is None or mark is None or mark.login != login:
        name = client.name if client is not None else str(taken.client_id)
        raise Refused(NOT_TAKEN, name=name)
    work = _CheckIn(server, local, taken.client_id, json.loads(taken.baseline))
    work.run()
    if work.conflicts:
        raise Conflicts(work.conflicts)
    server.delete(mark)
    server.flush()
    return work.done
