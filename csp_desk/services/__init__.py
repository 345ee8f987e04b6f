"""The one door to the data (issue 15, step 1): what the window and the command line ask of the
store, with the rules that used to live in widgets.

Services take ids and plain values, own their transactions (one per user action: all of it is kept
or none), enforce the rules, and return plain data — what a page shows, or a Changed saying what
changed so the pages showing it refresh. They never import Qt; their messages are marked with
QT_TRANSLATE_NOOP and said in the user's language by the caller (i18n.message).

Built so far: settings, clients, consultations, breakdown, workers, orders, postings, producer,
backups, dashboard, documents (charts passed in as Pictures), imports, client_files, workshops (the
Workshops page and the projector view), platforms (the platform register), privacy (a person's data
exported or erased).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changed:
    """What a service call changed: `topic` is what the window's Desk.changed announces
    ("clients", "consultations", "breakdown", "orders", "workers", "workshops", "platforms",
    "settings"), `ids` the records written (the new id first for something created)."""

    topic: str
    ids: tuple[int, ...] = ()
