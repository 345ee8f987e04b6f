"""Two people editing the same record (optimistic versions): a form remembers the record as it
opened it and the record's version then (SQLAlchemy's version counter, migrations 0011 and 0013).
At save, when someone else has saved the record since:

- a field only they changed keeps their value (the form's unchanged copy does not overwrite it);
- a field only this form changed is saved;
- a field both changed, to different values, refuses the whole save (ChangedMeanwhile, the
  fields named as the producer reads them): nothing is written, theirs stays, and what was typed
  stays in the form.

Nothing is ever overwritten without the producer having seen it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any, Generic, TypeVar

from .errors import ChangedMeanwhile

Draft = TypeVar("Draft")


@dataclass(frozen=True)
class Opened(Generic[Draft]):
    """A record as a form showed it, and its version then."""

    draft: Draft
    version: int | None
    """None: the version is not known (an undo step's), the fields are compared all the same."""


def _same(a: Any, b: Any) -> bool:
    # a form shows nothing, unticked and an empty text alike: an unknown and a blank are one value
    def blank(x: Any) -> bool:
        return x is None or x is False or (isinstance(x, str) and not x)

    return (blank(a) and blank(b)) or a == b


def merged(
    stored: Draft, version: int | None, opened: Opened[Draft] | None, draft: Draft, labels: Mapping[str, str]
) -> Draft:
    """What to save: `draft` (the form's, validated), with the fields someone else changed since
    `opened` and this form did not; raises ChangedMeanwhile for fields both changed."""
    if opened is None or (opened.version is not None and version == opened.version):
        return draft  # nobody saved it since
    theirs: dict[str, Any] = {}
    both: list[str] = []
    for field in fields(draft):  # type: ignore[arg-type]
        if not field.compare:  # filled in from other records when read, never saved
            continue
        base, now, mine = (getattr(x, field.name) for x in (opened.draft, stored, draft))
        if _same(now, base):
            continue
        if _same(mine, base):
            theirs[field.name] = now
        elif not _same(mine, now):
            both.append(field.name)
    if both:
        raise ChangedMeanwhile([labels.get(name, name) for name in both])
    return replace(draft, **theirs)  # type: ignore[type-var]
