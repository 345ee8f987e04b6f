"""Trains the second reader (csp_desk/domain/language/reader.py) on the labelled corpus.

    uv run python tools/train_reader.py            # writes data/reader/model.json
    uv run python tools/train_reader.py --check    # exits 1 if the model is older than the corpus
    uv run python tools/train_reader.py --explain emp.fixed_place   # the words it weighs most

It learns from tests/corpus/concepts.jsonl, tests/corpus/other_hands/*.jsonl and the unit cases of
tests/language_cases.tsv — never from
tests/corpus/held_out/, which stays the honest measure of wording nobody has read. Training is
deterministic (seeded), so the same corpus gives the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.scanner_eval import CONCEPTS, CONCEPTS_FILE, OTHER_HANDS, load_examples  # noqa: E402
from csp_desk.domain.language import reader  # noqa: E402
from csp_desk.domain.language.analyser import tokens  # noqa: E402
from csp_desk.domain.language.normalise import normalise  # noqa: E402

MODEL = ROOT / "data" / "reader" / "model.json"
SETTINGS = {"epochs": 20, "rate": 0.05, "l2": 0.01, "others": 0.3, "seed": 1}
THRESHOLD = 0.95
VETO = 0.1


CASES = ROOT / "tests" / "language_cases.tsv"


def corpus_files() -> list[Path]:
    return [CONCEPTS_FILE, *sorted(OTHER_HANDS.glob("*.jsonl")), CASES]


def cases() -> list[tuple[str, str, bool]]:
    """The unit cases of tests/language_cases.tsv as (text, concept or "*", expresses it)."""
    out = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        label, text = line.split("\t", 1)
        fires = not label.startswith("!")
        out.append((text, label.lstrip("!"), fires))
    return out


def digest(path: Path) -> str:
    """A corpus file's SHA-256, of its text with line ends made \\n (a checkout with CRLF is the same)."""
    return hashlib.sha256(path.read_bytes().replace(b"\r\n", b"\n")).hexdigest()


def digests() -> dict[str, str]:
    return {p.relative_to(ROOT).as_posix(): digest(p) for p in corpus_files()}


def analyser() -> dict[str, str]:
    from importlib.metadata import version

    return {name: version(name) for name in ("sudachipy", "sudachidict_small")}


def stale(raw: dict[str, object]) -> list[str]:
    """Why the model file no longer fits the corpus, the code or the analyser ([] when it does)."""
    why = []
    if raw.get("trained_on") != digests():
        why.append("the labelled sentences changed")
    if (raw.get("settings"), raw.get("threshold"), raw.get("veto")) != (SETTINGS, THRESHOLD, VETO):
        why.append("the training settings changed")
    if raw.get("features") != reader.FEATURES:
        why.append("the reader's features changed")
    if raw.get("analyser") != analyser():
        why.append("the analyser's version changed")
    if raw.get("weights_digest") != reader.weights_digest(raw.get("concepts", {})):  # type: ignore[arg-type]
        why.append("the weights were edited by hand")
    return why


def sentence_features(text: str) -> set[str]:
    toks = [t for t in tokens(normalise(text).text) if not t.surface.isspace()]
    return reader.feature_names(toks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--explain", metavar="CONCEPT")
    args = parser.parse_args(argv)
    if args.check:
        why = stale(json.loads(MODEL.read_text(encoding="utf-8")))
        if why:
            print(f"data/reader/model.json is stale ({'; '.join(why)}):")
            print("run uv run python tools/train_reader.py")
            return 1
        print("model matches the corpus, the settings and the analyser")
        return 0
    if args.explain:
        model = reader.load(MODEL).concepts[args.explain]
        ranked = sorted(model.weights.items(), key=lambda kv: kv[1])
        print("for:", ", ".join(f"{k} {v:+.2f}" for k, v in reversed(ranked[-25:])))
        print("against:", ", ".join(f"{k} {v:+.2f}" for k, v in ranked[:25]))
        return 0
    labelled = [(e.text, e.concept, e.fires) for path in corpus_files()[:-1] for e in load_examples(path)]
    examples = [(sentence_features(text), concept, fires) for text, concept, fires in labelled + cases()]
    models = reader.train(examples, list(CONCEPTS), **SETTINGS)  # type: ignore[arg-type]
    raw = reader.to_raw(models, threshold=THRESHOLD, veto=VETO, trained_on=digests(), settings=SETTINGS,
                        analyser=analyser())  # fmt: skip
    MODEL.parent.mkdir(parents=True, exist_ok=True)
    MODEL.write_text(json.dumps(raw, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{MODEL.relative_to(ROOT)}: {len(examples)} sentences, {len(models)} concepts, "
          f"{sum(len(c['weights']) for c in raw['concepts'].values())} weights")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
