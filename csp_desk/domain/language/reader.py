"""The second reader: a statistical judgement of each sentence, learned from the labelled corpus.

The concept patterns (lexicon.py, matcher.py) find the words a reviewer wrote down; writers who
were never read paraphrase past them. This reader weighs the whole sentence instead: one
logistic model per concept over the sentence's normalised words and word pairs, trained by
`tools/train_reader.py` on the corpus in tests/corpus (never on the held-out sets) and shipped
as data in data/reader/model.json. The matcher uses it two ways (REFERENCE §9.3 is decided by
what the sentence expresses, not by its words):

- a sentence the patterns did not flag, but which the reader judges to express a concept with
  probability above `threshold`, is flagged, quoting the words that weighed most;
- a sentence the patterns flagged, but which the reader judges with probability under `veto`
  not to express it (a look-alike: a denial, the orderer's own hours, an article about it), is
  not flagged — unless the pattern found a stated value (a weekly hours commitment is a value,
  whatever the words).

Pure Python, no dependency: inference is a dictionary lookup per word.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .analyser import Token
from .lexicon import ConceptDataError

FORMAT = "csp-desk.reader/1"
FEATURES = "sudachi-small-A norm; words and word pairs; particles and symbols skipped"
"""What a feature is: a model trained on other features is stale (tools/train_reader.py --check)."""
SKIP_POS = frozenset({"助詞", "補助記号", "空白", "記号"})
"""Parts of speech the reader does not weigh (particles, punctuation): their meaning is in the
pairs they leave between content words."""
_PAIR = "_"


def words(toks: Sequence[Token]) -> list[tuple[str, int]]:
    """The weighed words of a sentence: (normalised form, index of its token)."""
    return [(t.norm, i) for i, t in enumerate(toks) if t.pos and t.pos[0] not in SKIP_POS]


def features(toks: Sequence[Token]) -> dict[str, tuple[int, int]]:
    """Each feature of the sentence → the tokens it covers (first, last + 1)."""
    ws = words(toks)
    out: dict[str, tuple[int, int]] = {}
    for w, i in ws:
        out.setdefault(w, (i, i + 1))
    for (a, i), (b, j) in itertools.pairwise(ws):
        out.setdefault(a + _PAIR + b, (i, j + 1))
    return out


def feature_names(toks: Sequence[Token]) -> set[str]:
    return set(features(toks))


class ReaderDataError(ConceptDataError):
    """The model file cannot be used: names the file and the problem."""


@dataclass(frozen=True)
class Judgement:
    probability: float
    start: int
    end: int
    """Tokens (first, last + 1) of the words that weighed most for the concept."""


def probability(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True, eq=False)
class ConceptModel:
    bias: float
    weights: dict[str, float]

    def judge(self, toks: Sequence[Token], window: int = 6) -> Judgement:
        return self.judge_features(features(toks), len(toks), window)

    def judge_features(self, found: dict[str, tuple[int, int]], count: int, window: int = 6) -> Judgement:
        z = self.bias
        share = [0.0] * count
        for name, (a, b) in found.items():
            w = self.weights.get(name)
            if w is None:
                continue
            z += w
            if w > 0:
                for k in range(a, b):
                    share[k] += w / (b - a)
        start, end = _heaviest(share, window)
        return Judgement(probability(z), start, end)


def _heaviest(share: list[float], window: int) -> tuple[int, int]:
    """The run of at most `window` tokens carrying the most positive weight, trimmed of weightless
    tokens at either end."""
    if not share:
        return 0, 0
    best, best_at = -1.0, (0, 1)
    for i in range(len(share)):
        total = 0.0
        for j in range(i, min(len(share), i + window)):
            total += share[j]
            if total > best + 1e-9:
                best, best_at = total, (i, j + 1)
    a, b = best_at
    while a < b - 1 and share[a] <= 0:
        a += 1
    while b > a + 1 and share[b - 1] <= 0:
        b -= 1
    return a, b


@dataclass(frozen=True, eq=False)
class Model:
    threshold: float
    veto: float
    concepts: dict[str, ConceptModel]

    @functools.cached_property
    def _by_feature(self) -> dict[str, tuple[tuple[str, float], ...]]:
        index: dict[str, list[tuple[str, float]]] = {}
        for cid, m in self.concepts.items():
            for name, w in m.weights.items():
                index.setdefault(name, []).append((cid, w))
        return {name: tuple(pairs) for name, pairs in index.items()}

    def logits(self, found: Iterable[str]) -> dict[str, float]:
        """Every concept's log-odds for a sentence with these features, in one pass over them."""
        z = {cid: m.bias for cid, m in self.concepts.items()}
        index = self._by_feature
        for name in found:
            for cid, w in index.get(name, ()):
                z[cid] += w
        return z


def from_raw(raw: Any, name: str = "model.json") -> Model:
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ReaderDataError(f"{name}: not a reader model (format {FORMAT})")
    try:
        threshold = float(raw["threshold"])
        veto = float(raw["veto"])
        concepts = {
            str(cid): ConceptModel(float(c["bias"]), {str(k): float(v) for k, v in c["weights"].items()})
            for cid, c in raw["concepts"].items()
        }
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ReaderDataError(f"{name}: cannot be read: {exc!r}") from None
    if not 0.0 <= veto < threshold <= 1.0:
        raise ReaderDataError(f"{name}: needs 0 <= veto < threshold <= 1")
    return Model(threshold, veto, concepts)


def load(path: Path) -> Model:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReaderDataError(f"{path.name}: cannot be read: {exc}") from None
    return from_raw(raw, path.name)


_lock = threading.Lock()
_model: Model | None = None


def model() -> Model:
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                from ...paths import DATA

                _model = load(DATA / "reader" / "model.json")
    return _model


# Training (used by tools/train_reader.py and the tests; not on the app's path) ----------------


def train(examples: Iterable[tuple[set[str], str, bool]], concepts: Sequence[str], *, epochs: int = 5,
          rate: float = 0.05, l2: float = 1e-2, others: float = 0.3, seed: int = 1,
          ) -> dict[str, ConceptModel]:  # fmt: skip
    """One logistic model per concept by stochastic gradient descent, classes balanced.

    `examples`: (features of the sentence, concept it is labelled for, whether it expresses it).
    A concept learns from its own positives and look-alikes, every other concept's look-alikes,
    and a seeded `others` share of other concepts' positives (which rarely carry it)."""
    import random

    rows_all = list(examples)
    out: dict[str, ConceptModel] = {}
    for concept in concepts:
        rng = random.Random(f"{seed}:{concept}")
        rows: list[tuple[list[str], int]] = []
        for feats, labelled, fires in rows_all:
            if labelled == concept:
                rows.append((sorted(feats), 1 if fires else 0))
            elif not fires or rng.random() < others:
                rows.append((sorted(feats), 0))
        positives = sum(y for _, y in rows)
        if positives == 0 or positives == len(rows):
            continue
        balance = {1: len(rows) / (2 * positives), 0: len(rows) / (2 * (len(rows) - positives))}
        weights: dict[str, float] = {}
        bias = 0.0
        for _ in range(epochs):
            rng.shuffle(rows)
            for names, y in rows:
                z = bias + sum(weights.get(f, 0.0) for f in names)
                p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
                g = (p - y) * balance[y]
                bias -= rate * g
                for f in names:
                    w = weights.get(f, 0.0)
                    weights[f] = w - rate * (g + l2 * w)
        out[concept] = ConceptModel(bias, weights)
    return out


def to_raw(concepts: dict[str, ConceptModel], *, threshold: float, veto: float, trained_on: dict[str, str],
           settings: dict[str, Any], analyser: dict[str, str], keep: float = 0.1,
           ) -> dict[str, Any]:  # fmt: skip
    weights = {
        cid: {
            "bias": round(m.bias, 4),
            "weights": {k: round(v, 4) for k, v in sorted(m.weights.items()) if abs(v) >= keep},
        }
        for cid, m in sorted(concepts.items())
    }
    return {
        "format": FORMAT,
        "note": "Learned by tools/train_reader.py from the labelled corpus (tests/corpus); do not edit by "
        "hand: add sentences to the corpus and train again.",
        "threshold": threshold,
        "veto": veto,
        "settings": settings,
        "features": FEATURES,
        "analyser": analyser,
        "trained_on": trained_on,
        "weights_digest": weights_digest(weights),
        "concepts": weights,
    }


def weights_digest(weights: dict[str, Any]) -> str:
    import hashlib

    text = json.dumps(weights, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
