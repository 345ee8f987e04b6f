"""Workshops through one door: planning a session, registering its participants, taking attendance
and the questionnaires on the day, carrying a participant on to a consultation — and what the
projector view reads. One transaction per call: several participants marked or removed at once are
all changed or none. The store's refusals (InvalidInput, NotFound, AlreadyParticipant …) pass
through unchanged, so the window says what it said before."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING

from . import Changed

if TYPE_CHECKING:
    from ..domain.catalogue import Catalogue
    from ..domain.client import ClientDraft
    from ..domain.workshop import Answers, Attendance, Phase, WorkshopDraft
    from ..store.db import Store
    from ..store.projector import PostingDraft, Show, VolunteerWork
    from ..store.rows import ClientRow
    from ..store.workshops import ParticipantLine, Registered, WorkshopRow

TOPIC = "workshops"


def list_workshops(store: Store) -> list[WorkshopRow]:
    """Every workshop, the latest first, with its number of participants."""
    from ..store import workshops

    with store.session() as session:
        return workshops.list_workshops(session)


def get_workshop(store: Store, workshop_id: int) -> WorkshopDraft:
    """The workshop's plan as it is kept. Raises NotFound when it was deleted."""
    from ..store import workshops

    with store.session() as session:
        return workshops.get_workshop(session, workshop_id)


def save_workshop(store: Store, workshop_id: int | None, draft: WorkshopDraft) -> Changed:
    """Keeps the plan: a new workshop when `workshop_id` is None (its id comes first in the
    Changed), else the workshop's plan replaced. Raises InvalidInput (nothing kept) for a plan
    that cannot be."""
    from ..store import workshops

    with store.write() as session:
        if workshop_id is None:
            workshop_id = workshops.create_workshop(session, draft)
        else:
            workshops.update_workshop(session, workshop_id, draft)
    return Changed(TOPIC, (workshop_id,))


def delete_workshop(store: Store, workshop_id: int) -> Changed:
    """Removes the workshop with its participants' attendance and answers (not the clients)."""
    from ..store import workshops

    with store.write() as session:
        workshops.delete_workshop(session, workshop_id)
    return Changed(TOPIC, (workshop_id,))


@dataclass(frozen=True)
class Participants:
    """A workshop's participants as the page lists them, read with the list of workshops in the
    same transaction (the count of participants on the workshop's row moves with them)."""

    workshop_id: int
    lines: list[ParticipantLine]
    workshops: list[WorkshopRow]

    @property
    def workshop(self) -> WorkshopRow | None:
        """The workshop's own row in the list."""
        return next((row for row in self.workshops if row.id == self.workshop_id), None)


def participants(store: Store, workshop_id: int) -> Participants:
    """Raises NotFound when the workshop was deleted meanwhile."""
    from ..store import workshops

    with store.session() as session:
        lines = workshops.participant_lines(session, workshop_id)
        rows = workshops.list_workshops(session)
    return Participants(workshop_id, lines, rows)


def clients_to_add(store: Store, workshop_id: int, search: str = "") -> list[ClientRow]:
    """The clients matching `search` who are not yet participants of the workshop."""
    from ..store import repo, workshops

    with store.session() as session:
        registered = {p.client_id for p in workshops.list_participants(session, workshop_id)}
        return [row for row in repo.list_clients(session, search) if row.id not in registered]


def add_clients(store: Store, workshop_id: int, client_ids: list[int]) -> Registered:
    """Registers existing clients as participants (those already in are left out and named)."""
    from ..store import workshops

    with store.write() as session:
        return workshops.add_participants(session, workshop_id, client_ids)


def register_new(store: Store, workshop_id: int, drafts: list[ClientDraft]) -> Registered:
    """Registers SMEs typed in as participants: a client is made for each, or the one already
    there with the same name or corporate number is reused. Raises InvalidInput, keeping nothing."""
    from ..store import workshops

    with store.write() as session:
        return workshops.register_participants(session, workshop_id, drafts)


def remove_participants(store: Store, participant_ids: Iterable[int]) -> Changed:
    """Removes participants with their attendance and answers, all of them or none."""
    from ..store import workshops

    ids = tuple(participant_ids)
    with store.write() as session:
        for participant_id in ids:
            workshops.remove_participant(session, participant_id)
    return Changed(TOPIC, ids)


def set_attendance(
    store: Store, participant_ids: Iterable[int], attendance: Attendance, late_at: time | None = None
) -> Changed:
    """Records the attendance of participants, all of them or none. Raises InvalidInput for a late
    arrival without a time (or before the start)."""
    from ..store import workshops

    ids = tuple(participant_ids)
    with store.write() as session:
        for participant_id in ids:
            workshops.set_attendance(session, participant_id, attendance, late_at)
    return Changed(TOPIC, ids)


def answers(store: Store, participant_id: int, phase: Phase) -> Answers:
    """The participant's questionnaire answers of `phase` as kept (empty when none)."""
    from ..store import workshops

    with store.session() as session:
        return workshops.load_answers(session, participant_id)[phase]


def record_answers(store: Store, participant_id: int, phase: Phase, sheet: Answers) -> Changed:
    """Keeps the participant's questionnaire sheet of `phase`, replacing the one kept."""
    from ..store import workshops

    with store.write() as session:
        workshops.record_answers(session, participant_id, phase, sheet)
    return Changed(TOPIC, (participant_id,))


def workshop_consultation(store: Store, participant_id: int, note: str) -> int:
    """The id of the participant's consultation of the workshop (made, noted with `note`, when
    there is none), where its work at the workshop is recorded."""
    from ..store import workshops

    with store.write() as session:
        return workshops.workshop_consultation(session, participant_id, note)


def set_follow_up(store: Store, participant_id: int, wanted: bool) -> Changed:
    from ..store import workshops

    with store.write() as session:
        workshops.set_follow_up(session, participant_id, wanted)
    return Changed(TOPIC, (participant_id,))


def start_follow_up(store: Store, participant_id: int, on: date, note: str) -> int:
    """The participant becomes the producer's client: the id of its consultation held `on`, carrying
    the problems and work items recorded at the workshop (the same one when asked again)."""
    from ..store import workshops

    with store.write() as session:
        return workshops.start_follow_up(session, participant_id, on, note)


# --- the projector view ------------------------------------------------------------------------


def show(store: Store, workshop_id: int) -> Show:
    """What the projector shows of a workshop: its agenda and participants. Raises NotFound."""
    from ..store import projector

    with store.session() as session:
        return projector.load_show(session, workshop_id)


def volunteer_work(store: Store, workshop_id: int, client_id: int) -> VolunteerWork:
    """The volunteer's problems and work items recorded at the workshop."""
    from ..store import projector

    with store.session() as session:
        return projector.volunteer_work(session, workshop_id, client_id)


def posting_draft(store: Store, work_item_id: int, catalogue: Catalogue | None, saved: bool) -> PostingDraft:
    """A work item's posting as the posting editor loads it, for the live checklist."""
    from ..store import projector

    with store.session() as session:
        return projector.load_posting_draft(session, work_item_id, catalogue, saved)
