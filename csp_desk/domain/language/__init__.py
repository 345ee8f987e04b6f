"""Reading Japanese for meaning: the concept scanner of REFERENCE §9.3 and §12.1 (issue 12).

    from csp_desk.domain.language import detect
    hits = detect(text, where="posting")   # or "contract"
    # [Hit(concept="emp.fixed_hours", weight="strong", words="週4日", start=12, end=15), …]

Concepts and their words are data (data/concepts/*.json); this package is the engine. Nothing
heavy loads at import: the morphological analyser (SudachiPy) and the concept files load on
the first detect(), or in warm(), which the window calls in a worker after its first paint.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .matcher import Hit

__all__ = ["ConceptDataError", "Hit", "concept_ids", "description", "detect", "loaded", "warm"]


def __getattr__(name: str) -> Any:
    if name == "Hit":
        from .matcher import Hit

        return Hit
    if name == "ConceptDataError":
        from .lexicon import ConceptDataError

        return ConceptDataError
    raise AttributeError(name)


@functools.lru_cache(maxsize=64)
def _detect(text: str, where: str) -> tuple[Hit, ...]:
    from .lexicon import lexicon
    from .matcher import find

    return tuple(find(text, lexicon(), where))


def detect(text: str, where: str = "posting") -> list[Hit]:
    """Every concept found in `text` (a posting's or a contract's words), in text order; each
    Hit quotes the words that triggered it with their offsets into `text`."""
    if where not in ("posting", "contract"):
        raise ValueError(f"where must be 'posting' or 'contract', not {where!r}")
    if not text or not text.strip():
        return []
    return list(_detect(text, where))


def warm() -> None:
    """Loads the analyser's dictionary and the concept files now (off the GUI thread)."""
    from .analyser import warm as warm_analyser
    from .lexicon import lexicon
    from .reader import model

    lexicon()
    model().logits(())  # builds the reader's index off the GUI thread too
    warm_analyser()


def loaded() -> bool:
    """Whether the analyser's dictionary is in memory."""
    import sys

    analyser = sys.modules.get(__name__ + ".analyser")
    return bool(analyser and analyser.loaded())


def concept_ids() -> list[str]:
    from .lexicon import lexicon

    return [c.id for c in lexicon().concepts]


def description(concept: str) -> str:
    """The concept's Japanese description from its data file (what a producer reviews)."""
    from .lexicon import lexicon

    return next((c.description for c in lexicon().concepts if c.id == concept), "")
