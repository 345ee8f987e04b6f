"""Writing a document safely: to a temporary file beside the target, then moved into place."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..domain.proposal import ProposalData
from .common import Progress, no_progress

KINDS = ("proposal", "budget")


def into_place(out: Path, write: Callable[[Path], object]) -> Path:
    """Calls `write` on a temporary file beside `out`, then moves it there; a failed or
    cancelled write leaves nothing behind and never a half-written `out`."""
    out = Path(out)
    handle, name = tempfile.mkstemp(dir=out.parent, prefix=".csp-desk-", suffix=out.suffix)
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        umask = os.umask(0)
        os.umask(umask)
        temporary.chmod(0o666 & ~umask)  # mkstemp makes 0600; an export is an ordinary file
        temporary.replace(out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return out


def write_document(kind: str, data: ProposalData, out: Path, progress: Progress = no_progress,
                   schedule_png: bytes | None = None) -> Path:  # fmt: skip
    """Writes the proposal (with its schedule picture, if given) or the budget."""
    from .budget import write_budget
    from .proposal import write_proposal

    if kind == "proposal":
        return into_place(out, lambda temporary: write_proposal(data, temporary, progress, schedule_png))
    if kind == "budget":
        return into_place(out, lambda temporary: write_budget(data, temporary, progress))
    raise ValueError(kind)
