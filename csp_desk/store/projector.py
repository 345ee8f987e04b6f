"""What the projector view reads: a workshop's plan and names, and — only for the one volunteer
shown, only when its slides are reached — its recorded work and its posting draft.

A participant's work is that of its consultations held on the workshop's day (store/workshops.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.breakdown import WorkItemDraft
from ..domain.catalogue import Catalogue
from ..domain.client import ClientDraft
from ..domain.orders import Order
from ..domain.posting_record import PostingRecord
from . import repo
from .models import Client, Consultation, Posting, Workshop
from .workshops import get_workshop, list_participants, of_the_workshop


@dataclass(frozen=True)
class Show:
    """What the first slides need: the plan, and the participants' ids and names (for the
    facilitator's chooser and for hiding the names on the projector)."""

    workshop_id: int
    title: str
    starts_at: datetime | None
    venue: str
    organiser: str
    facilitator: str
    agenda: tuple[str, ...]
    participants: tuple[tuple[int, str], ...]
    """(client id, company name) in kana order."""
    contacts: tuple[str, ...] = ()
    """Every participant's contact person (hidden on the projector like the names)."""


def load_show(session: Session, workshop_id: int) -> Show:
    """The workshop's plan and participants (NotFound when there is no such workshop)."""
    plan = get_workshop(session, workshop_id)
    listed = list_participants(session, workshop_id)
    people = tuple((p.client_id, p.client_name) for p in listed)
    contacts = session.scalars(
        select(Client.contact_person).where(Client.id.in_([p.client_id for p in listed]))
    )
    return Show(
        workshop_id, plan.title, plan.starts_at, plan.venue, plan.organiser, plan.facilitator,
        tuple(line for line in plan.agenda if line.strip()), people, tuple(c for c in contacts if c),
    )  # fmt: skip


@dataclass(frozen=True)
class ItemWork:
    id: int
    draft: WorkItemDraft
    has_posting: bool


@dataclass(frozen=True)
class ProblemWork:
    title: str
    catalogue_id: str | None
    items: tuple[ItemWork, ...]


@dataclass(frozen=True)
class VolunteerWork:
    """One participant's work recorded on the workshop's day, and what identifies it."""

    client: ClientDraft
    problems: tuple[ProblemWork, ...]

    @property
    def posting_item(self) -> ItemWork | None:
        """The work item whose posting is shown: the first with a posting draft, else the first."""
        items = [item for problem in self.problems for item in problem.items]
        return next((i for i in items if i.has_posting), items[0] if items else None)


def volunteer_work(session: Session, workshop_id: int, client_id: int) -> VolunteerWork:
    """The problems and work items of the client's consultations held on the workshop's day."""
    workshop = session.get(Workshop, workshop_id)
    client, _archived = repo.load_client(session, client_id)
    problems = []
    if workshop is not None:
        held = session.scalars(
            select(Consultation.id)
            .where(Consultation.client_id == client_id, of_the_workshop(session, workshop))
            .order_by(Consultation.id)
        )
        for consultation_id in list(held):
            for problem in repo.list_problems(session, consultation_id=consultation_id):
                rows = repo.list_work_items(session, problem.id)
                drafted = set(
                    session.scalars(
                        select(Posting.work_item_id).where(Posting.work_item_id.in_([r.id for r in rows]))
                    )
                )
                items = tuple(ItemWork(r.id, r.draft, r.id in drafted) for r in rows)
                problems.append(ProblemWork(problem.title, problem.catalogue_id, items))
    return VolunteerWork(client, tuple(problems))


@dataclass(frozen=True)
class PostingDraft:
    """A work item's posting as the posting editor loads it, for the live checklist."""

    order: Order
    record: PostingRecord
    reasons: dict[str, str]
    saved: bool


def load_posting_draft(
    session: Session, work_item_id: int, catalogue: Catalogue | None, saved: bool
) -> PostingDraft:
    """The same reads as the posting editor (gui/posting_dialog.py: _load)."""
    order = repo.load_posting(session, work_item_id, catalogue)
    return PostingDraft(
        order, repo.load_record(session, work_item_id), repo.overrides(session, work_item_id), saved
    )
