"""The concepts and their lexicons, read from data/concepts/*.json and validated on first use.

A file holds `cues` (named lists of words the engine uses: negation, the orderer's own voice,
meetings, estimates …) and/or `concepts`. A concept:

    {"id": "emp.fixed_place", "weight": "strong", "description": "勤務場所の固定（…）",
     "negation": ["任意"],            # extra words that deny it (added to cues.negation)
     "negation_only": [...],          # or: only these deny it (signals that are negative themselves)
     "patterns": [
        {"all": [["出社", "出勤"]]},                     # one slot: any of these words
        {"all": [["オフィス", "本社"], ["作業", "勤務"]], "window": 6},  # both within 6 words
        {"value": "days_per_week", "min": 1},           # a stated value
        {"regex": "..."}                               # over the normalised text
     ],
     "exclude": [{"all": [...]}],                      # matches overlapping these do not count
     "exclude_shared": ["past", "label"]}              # and the shared exclusions of these names

A file may also hold `shared_exclude`: {"past": [pattern, …], …}, exclusions many concepts share
(the worker's past jobs, a label テーマ：…, a quoted title): the engine finds them once per text.

A concept's "filters" apply to all its patterns ("self": the orderer speaks of itself, 私は毎日…してます).
A pattern may also carry "filters" (names of cue tests that drop a match: "orderer", "meeting",
"estimate", "article"), "requires" (a cue list or words that must be in the sentence) and its own
"negation". "requires_also" is a second list that must be there too (both lists hold); "unless_also"
makes "unless" skip the pattern only when a word of both lists is there. "requires_scope" /
"unless_scope": "text" looks for those words in the whole text (the other sentences of the posting:
星をつけてください。実際に使う必要はありません。), "sentence" (the default) in the match's sentence.
Words are compared after NFKC, case folding and katakana folding, against a word's
surface, dictionary form and normalised form; a word of the list may span several short units
(確定申告 = 確定 + 申告).
"""

from __future__ import annotations

import functools
import json
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .normalise import normalise as _normalise

WEIGHTS = ("strong", "medium", "weak", "")
VALUE_KINDS = (
    "time_range",
    "hours_per_day",
    "days_per_week",
    "hours_per_week",
    "hours_per_month",
    "days_per_month",
    "weekday_range",
    "name_address",
)
FILTERS = ("orderer", "meeting", "estimate", "article", "company", "own_contact", "self")
PATTERN_KEYS = {
    "all",
    "window",
    "ordered",
    "value",
    "min",
    "max",
    "regex",
    "filters",
    "requires",
    "unless",
    "requires_also",
    "unless_also",
    "requires_scope",
    "unless_scope",
    "negation",
    "flags",
    "note",
}


class ConceptDataError(ValueError):
    """A concepts file that cannot be used: the message names the file and the entry."""


_HIRA = {code: code + 0x60 for code in range(0x3041, 0x3097)}


def fold(word: str) -> str:
    """A word of the lexicon as it is compared: NFKC, kanji numerals as digits, case-folded,
    hiragana as katakana, no spaces."""
    return quick_fold(_normalise(word).text)


@functools.lru_cache(maxsize=8192)
def quick_fold(word: str) -> str:
    """fold() for text already normalised (the analyser's words)."""
    return word.casefold().translate(_HIRA).replace(" ", "")


@dataclass(frozen=True)
class Pattern:
    slots: tuple[frozenset[str], ...] = ()
    window: int = 8
    ordered: bool = False
    value: str = ""
    min: float | None = None
    max: float | None = None
    regex: re.Pattern[str] | None = None
    filters: tuple[str, ...] = ()
    requires: frozenset[str] = frozenset()
    unless: frozenset[str] = frozenset()
    negation: frozenset[str] | None = None
    requires_also: frozenset[str] = frozenset()
    """A second list: one of its words must be there too (requires AND requires_also)."""
    unless_also: frozenset[str] = frozenset()
    """With it, `unless` skips the pattern only when one of these words is there too."""
    requires_text: bool = False
    """requires / requires_also are looked for in the whole text, not only the sentence."""
    unless_text: bool = False
    """unless / unless_also are looked for in the whole text, not only the sentence."""


@dataclass(frozen=True)
class Concept:
    id: str
    weight: str
    description: str
    patterns: tuple[Pattern, ...]
    negation: frozenset[str]
    exclude: tuple[Pattern, ...] = ()
    where: tuple[str, ...] = ("posting", "contract")
    shared: tuple[str, ...] = ()
    """The names of the shared exclusions (Lexicon.shared) that apply to this concept."""
    filters: tuple[str, ...] = ()
    """Filters of every pattern of the concept."""


@dataclass(frozen=True)
class Lexicon:
    concepts: tuple[Concept, ...]
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    shared: dict[str, tuple[Pattern, ...]] = field(default_factory=dict)


def _words(value: object, where: str) -> frozenset[str]:
    if not isinstance(value, list) or not value or not all(isinstance(w, str) and w.strip() for w in value):
        raise ConceptDataError(f"{where}: expected a non-empty list of words")
    return frozenset(fold(w) for w in value)


def _pattern(raw: object, where: str, cues: dict[str, frozenset[str]]) -> Pattern:
    if not isinstance(raw, dict):
        raise ConceptDataError(f"{where}: a pattern must be an object")
    unknown = set(raw) - PATTERN_KEYS
    if unknown:
        raise ConceptDataError(f"{where}: unknown key(s) {sorted(unknown)}")
    kinds = [k for k in ("all", "value", "regex") if k in raw]
    if len(kinds) != 1:
        raise ConceptDataError(f"{where}: a pattern needs exactly one of 'all', 'value', 'regex'")
    filters = tuple(raw.get("filters", ()))
    for name in filters:
        if name not in FILTERS:
            raise ConceptDataError(f"{where}: unknown filter {name!r} (known: {', '.join(FILTERS)})")

    def words_or_cue(key: str) -> frozenset[str]:
        value = raw.get(key)
        if value is None:
            return frozenset()
        if isinstance(value, str):
            if value not in cues:
                raise ConceptDataError(f"{where}: {key!r} names no cue list {value!r}")
            return cues[value]
        return _words(value, f"{where}.{key}")

    negation = None
    if "negation" in raw:
        negation = frozenset() if raw["negation"] == [] else _words(raw["negation"], f"{where}.negation")
    requires, unless = words_or_cue("requires"), words_or_cue("unless")
    also = {"requires_also": words_or_cue("requires_also"), "unless_also": words_or_cue("unless_also")}
    for key, base in (("requires_also", requires), ("unless_also", unless)):
        if also[key] and not base:
            raise ConceptDataError(f"{where}: {key!r} needs {key.split('_')[0]!r} too")
    scopes = {}
    for key in ("requires_scope", "unless_scope"):
        scope = raw.get(key, "sentence")
        if scope not in ("sentence", "text"):
            raise ConceptDataError(f"{where}: {key!r} must be 'sentence' or 'text'")
        scopes[key] = scope == "text"
    conditions: dict[str, Any] = dict(
        requires=requires, unless=unless, negation=negation, requires_also=also["requires_also"],
        unless_also=also["unless_also"], requires_text=scopes["requires_scope"],
        unless_text=scopes["unless_scope"],
    )  # fmt: skip
    if "all" in raw:
        slots = raw["all"]
        if not isinstance(slots, list) or not slots:
            raise ConceptDataError(f"{where}: 'all' must be a non-empty list of word lists")
        window = raw.get("window", 8)
        if not isinstance(window, int) or window < 0:
            raise ConceptDataError(f"{where}: 'window' must be a whole number of words (0 or more)")
        return Pattern(slots=tuple(_words(s, f"{where}.all[{i}]") for i, s in enumerate(slots)),
                       window=window, ordered=bool(raw.get("ordered", False)), filters=filters,
                       **conditions)  # fmt: skip
    if "value" in raw:
        if raw["value"] not in VALUE_KINDS:
            raise ConceptDataError(
                f"{where}: unknown value {raw['value']!r} (known: {', '.join(VALUE_KINDS)})"
            )
        return Pattern(value=raw["value"], min=raw.get("min"), max=raw.get("max"), filters=filters,
                       **conditions)
    try:
        flags = re.IGNORECASE if raw.get("flags") == "i" else 0
        return Pattern(regex=re.compile(raw["regex"], flags), filters=filters, **conditions)
    except (re.error, TypeError) as exc:
        raise ConceptDataError(f"{where}: bad regular expression: {exc}") from None


def _concept(raw: object, where: str, cues: dict[str, frozenset[str]],
             shared: dict[str, tuple[Pattern, ...]] | None = None) -> Concept:  # fmt: skip
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise ConceptDataError(f"{where}: a concept needs an 'id'")
    where = f"{where} ({raw['id']})"
    unknown = set(raw) - {
        "id",
        "weight",
        "description",
        "patterns",
        "negation",
        "negation_only",
        "exclude",
        "exclude_shared",
        "filters",
        "where",
        "note",
    }
    if unknown:
        raise ConceptDataError(f"{where}: unknown key(s) {sorted(unknown)}")
    weight = raw.get("weight", "")
    if weight not in WEIGHTS:
        raise ConceptDataError(f"{where}: weight must be one of strong, medium, weak or empty")
    if not isinstance(raw.get("description"), str) or not raw["description"].strip():
        raise ConceptDataError(f"{where}: a concept needs a Japanese 'description'")
    patterns = raw.get("patterns")
    if not isinstance(patterns, list) or not patterns:
        raise ConceptDataError(f"{where}: a concept needs 'patterns'")
    names = raw.get("exclude_shared", [])
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ConceptDataError(f"{where}: 'exclude_shared' must be a list of names")
    for name in names:
        if name not in (shared or {}):
            raise ConceptDataError(f"{where}: no shared exclusion named {name!r}")
    filters = raw.get("filters", [])
    if not isinstance(filters, list) or any(f not in FILTERS for f in filters):
        raise ConceptDataError(f"{where}: 'filters' must be a list of {', '.join(FILTERS)}")
    if "negation_only" in raw:
        negation = (
            frozenset()
            if raw["negation_only"] == []
            else _words(raw["negation_only"], f"{where}.negation_only")
        )
    else:
        negation = cues.get("negation", frozenset())
        if "negation" in raw:
            negation = negation | _words(raw["negation"], f"{where}.negation")
    return Concept(
        id=raw["id"], weight=weight, description=raw["description"],
        patterns=tuple(_pattern(p, f"{where}.patterns[{i}]", cues) for i, p in enumerate(patterns)),
        negation=negation,
        exclude=tuple(
            _pattern(p, f"{where}.exclude[{i}]", cues) for i, p in enumerate(raw.get("exclude", []))
        ),
        where=tuple(raw.get("where", ("posting", "contract"))),
        shared=tuple(names), filters=tuple(filters),
    )  # fmt: skip


def load(folder: Path) -> Lexicon:
    files = sorted(folder.glob("*.json"))
    if not files:
        raise ConceptDataError(f"{folder}: no concept files (*.json)")
    raws: list[tuple[str, dict[str, Any]]] = []
    for path in files:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConceptDataError(f"{path.name}: cannot be read: {exc}") from None
        if not isinstance(raw, dict) or raw.get("format") != "csp-desk.concepts/1":
            raise ConceptDataError(f"{path.name}: not a concepts file (format csp-desk.concepts/1)")
        raws.append((path.name, raw))
    cues: dict[str, frozenset[str]] = {}
    for name, raw in raws:
        for key, words in raw.get("cues", {}).items():
            cues[key] = cues.get(key, frozenset()) | _words(words, f"{name}: cues.{key}")
    shared: dict[str, tuple[Pattern, ...]] = {}
    for name, raw in raws:
        groups = raw.get("shared_exclude", {})
        if not isinstance(groups, dict):
            raise ConceptDataError(f"{name}: 'shared_exclude' must be an object of named pattern lists")
        for key, patterns in groups.items():
            if not isinstance(patterns, list) or not patterns:
                raise ConceptDataError(f"{name}: shared_exclude.{key}: expected a non-empty list of patterns")
            shared[key] = shared.get(key, ()) + tuple(
                _pattern(p, f"{name}: shared_exclude.{key}[{i}]", cues) for i, p in enumerate(patterns)
            )
    concepts: list[Concept] = []
    seen: set[str] = set()
    for name, raw in raws:
        for i, entry in enumerate(raw.get("concepts", [])):
            concept = _concept(entry, f"{name}: concepts[{i}]", cues, shared)
            if concept.id in seen:
                raise ConceptDataError(f"{name}: concepts[{i}]: {concept.id} is defined twice")
            seen.add(concept.id)
            concepts.append(concept)
    return Lexicon(tuple(concepts), cues, shared)


_lock = threading.Lock()
_lexicon: Lexicon | None = None


def lexicon() -> Lexicon:
    global _lexicon
    if _lexicon is None:
        with _lock:
            if _lexicon is None:
                from ...paths import DATA

                _lexicon = load(DATA / "concepts")
    return _lexicon
