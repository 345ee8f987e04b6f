"""The evaluation corpus of the concept scanner (issue 12), and the scanner measured on it.

The first tests check the corpus itself and run on any checkout. The last ones measure the
scanner (csp_desk.domain.language.detect) and are skipped where it does not exist yet.
"""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from bench import scanner_eval
from bench.scanner_eval import CONCEPTS, CorpusError, Example, Posting

# Issue 12 aims at recall ≥ 0.95 and false alarms ≤ 0.02 on sentences the scanner was not tuned on;
# the honest figure is on tests/corpus/held_out (test_scanner_on_held_out_sets). This corpus was
# written with the scanner and tuned on: history 0.15 recall (the old phrase lists), 0.745 / 0.068
# (the scanner as first merged), 0.924 / 0.004 (tuned on its even lines), 0.998 / 0.000 (2026-11-30,
# after three rounds on other writers' sets). These floors stop it getting worse.
MIN_RECALL = 0.99
MAX_FALSE_ALARMS = 0.004
MIN_AGREEMENT = 0.98  # share of whole postings given their §9.3 severity
MIN_CONCEPT_RECALL = 0.9  # no concept left further behind (weakest: emp.fixed_hours 0.957)
MAX_CONCEPT_FALSE_ALARMS = 0.04


@pytest.fixture(scope="module")
def examples() -> list[Example]:
    return scanner_eval.load_examples()


@pytest.fixture(scope="module")
def postings() -> list[Posting]:
    return scanner_eval.load_postings()


# --- the corpus ---------------------------------------------------------------------------


def test_corpus_is_complete(examples, postings):
    assert scanner_eval.corpus_problems(examples, postings) == []


def test_every_concept_has_ten_phrasings_and_as_many_look_alikes(examples):
    assert len(examples) >= 400
    for concept in CONCEPTS:
        positives = [e for e in examples if e.concept == concept and e.fires]
        negatives = [e for e in examples if e.concept == concept and not e.fires]
        assert len(positives) >= 10, concept
        assert len(negatives) >= len(positives), concept


def _files():
    folders = (scanner_eval.OTHER_HANDS, scanner_eval.HELD_OUT)
    return [scanner_eval.CONCEPTS_FILE] + [p for f in folders for p in sorted(f.glob("*.jsonl"))]


def test_lines_follow_the_schema():
    lines = [line for path in _files() for line in path.read_bytes().decode("utf-8").splitlines()]
    ids = set()
    for line in lines:
        row = json.loads(line)
        assert set(row) == {"id", "concept", "fires", "where", "text", "note"}, row
        assert row["concept"] in CONCEPTS
        assert isinstance(row["fires"], bool)
        assert row["where"] in ("posting", "contract")
        assert row["text"].strip() and len(row["text"]) <= 200, row["id"]
        assert row["id"] not in ids
        ids.add(row["id"])


def test_other_hands_and_held_out_sets_cover_every_concept():
    """Each concept has positives and look-alikes written by other writers, tuned on and held out;
    no sentence is in both (a held-out sentence read while tuning is no longer held out)."""
    other_hands = scanner_eval.load_folder(scanner_eval.OTHER_HANDS)
    tuned = scanner_eval.load_examples() + other_hands
    held = scanner_eval.load_folder(scanner_eval.HELD_OUT)
    for concept in CONCEPTS:
        for group in (other_hands, held):
            assert any(e.concept == concept and e.fires for e in group), concept
            assert any(e.concept == concept and not e.fires for e in group), concept
    assert {e.text for e in tuned}.isdisjoint({e.text for e in held})


def test_contracts_are_in_the_corpus(examples):
    """CONT-17 reads contract text: the employment concepts are also phrased as clauses."""
    contract = {e.concept for e in examples if e.where == "contract" and e.fires}
    assert {"emp.fixed_hours", "emp.fixed_place", "emp.exclusivity"} <= contract


def test_postings_expect_what_the_rule_gives(postings):
    """Each posting's expected severity is what §9.3 gives for the signals it was written with."""
    assert len(postings) >= 40
    assert {p.expected for p in postings} == {"warning", "info", "none"}
    for posting in postings:
        assert scanner_eval.severity(posting.signals, posting.pricing) == posting.expected, posting.id


@pytest.mark.parametrize(
    ("concepts", "pricing", "expected"),
    [
        (["emp.monitoring", "emp.routine_reports"], "fixed", "warning"),  # a strong one warns
        (["emp.routine_reports", "emp.exclusivity"], "fixed", "warning"),  # two medium rows
        (["emp.routine_reports"], "hourly", "warning"),  # medium with hourly pricing
        (["emp.routine_reports"], "fixed", "info"),
        (["emp.equipment", "emp.no_substitution", "emp.long_volume", "emp.method_fixed"], "hourly", "info"),
        (["leak.phone", "prof.tax"], "hourly", "none"),  # other checks' concepts do not count
        ([], "fixed", "none"),
    ],
)
def test_severity_rule(concepts, pricing, expected):
    assert scanner_eval.severity(concepts, pricing) == expected


def test_a_broken_line_is_named(tmp_path):
    path = tmp_path / "concepts.jsonl"
    path.write_text('{"id": "leak.phone-001", "concept": "leak.phone", "fires": "yes", '
                    '"where": "posting", "text": "x"}\n', "utf-8")  # fmt: skip
    with pytest.raises(CorpusError, match="line 1: field 'fires'"):
        scanner_eval.load_examples(path)
    path.write_text('{"id": "x-1", "concept": "emp.nothing", "fires": true, '
                    '"where": "posting", "text": "x"}\n', "utf-8")  # fmt: skip
    with pytest.raises(CorpusError, match="unknown concept"):
        scanner_eval.load_examples(path)


def test_evaluation_counts_hits_per_concept(examples, postings):
    """The evaluator itself, with a stand-in scanner that finds a concept in its own positives only
    and the phone concept everywhere."""
    positives = {e.text: e.concept for e in examples if e.fires}

    def detect(text, where="posting"):
        hits = [SimpleNamespace(concept="leak.phone", words=text[:2])]
        if text in positives:
            hits.append(SimpleNamespace(concept=positives[text], words=text[:2]))
        return hits

    evaluation = scanner_eval.evaluate(examples, detect)
    assert evaluation.recall == 1.0
    phone = evaluation.scores["leak.phone"]
    assert phone.false_alarm_rate == 1.0
    negatives = sum(s.negatives for s in evaluation.scores.values())
    assert evaluation.false_alarm_rate == pytest.approx(phone.negatives / negatives)
    assert evaluation.misses == []
    agreement, disagreements = scanner_eval.evaluate_postings(postings, detect)
    assert agreement == 1 - len(disagreements) / len(postings)
    lines = dict(scanner_eval.figures(evaluation, agreement))
    assert lines["scanner_recall[emp.fixed_hours]"] == 1.0
    assert lines["scanner_false_alarms[leak.phone]"] == 1.0


# --- the scanner on the corpus (after the merge) ---------------------------------------------

# On the held-out sets by other writers that nobody tuning the scanner has read, each round measured
# unseen, then promoted to other_hands/ and replaced by a new round:
# - round one (866 sentences): 0.868 / 0.104 before the second tuning round, 0.903 / 0.060 after the third;
# - round G (797, three new writers): 0.920 / 0.038 before the fourth round (then tuned on);
# - round H (797, three more writers, 2026-11-30): 0.897 / 0.040 after the fourth round, 0.910 / 0.035
#   after the fifth (tuned on round G, not on H);
# - round I (799): patterns alone 0.912 / 0.033; with the second reader (data/reader) 0.947 / 0.020 —
#   but round I was used to choose the reader's settings, so it was promoted;
# - round J (795, three more writers): patterns alone 0.897 / 0.033 → 0.907 / 0.035 after the sixth
#   round (tuned on H); with the second reader 0.938 / 0.030 before the sixth round, 0.939 / 0.035 after
#   it with round I learned;
# - round K (796, three more writers): before the seventh round (tuned on J, which reached 0.97 / 0.02
#   on J) patterns alone 0.892 / 0.045, with the reader 0.924 / 0.025; after it 0.899 / 0.043 and
#   0.929 / 0.020;
# - rounds L and M (1,598, six more writers), measured together: before the eighth round (tuned on K,
#   which reached 0.97 / 0.01 on K) patterns alone 0.901 / 0.053, with the reader 0.934 / 0.029; after
#   it 0.907 / 0.050 and 0.932 / 0.033 (round L alone 0.900 / 0.028, round M 0.965 / 0.038).
# The goal (recall ≥ 0.95, false alarms ≤ 0.02 on unseen text) is NOT reached: every round
# tunes its set to ~0.97 and the next unseen writers meet ~0.93. These floors stop it getting worse.
MIN_HELD_OUT_RECALL = 0.92
MAX_HELD_OUT_FALSE_ALARMS = 0.04


def test_scanner_on_held_out_sets():
    """Only the figures are shown on failure, never the sentences (see tests/corpus/README.md)."""
    language = pytest.importorskip("csp_desk.domain.language")
    evaluation = scanner_eval.evaluate(scanner_eval.load_folder(scanner_eval.HELD_OUT), language.detect)
    figures = (round(evaluation.recall, 3), round(evaluation.false_alarm_rate, 3))
    assert evaluation.recall >= MIN_HELD_OUT_RECALL, figures
    assert evaluation.false_alarm_rate <= MAX_HELD_OUT_FALSE_ALARMS, figures
    assert evaluation.unknown == set()


@pytest.fixture(scope="module")
def measured(examples, postings):
    language = pytest.importorskip("csp_desk.domain.language")
    evaluation = scanner_eval.evaluate(examples, language.detect)
    agreement, disagreements = scanner_eval.evaluate_postings(postings, language.detect)
    return evaluation, agreement, disagreements


def _misses(evaluation, concept=None):
    return [f"{e.id}: {e.text}" for e, _ in evaluation.misses if concept in (None, e.concept)]


def _alarms(evaluation, concept=None):
    return [f"{e.id}: {e.text} <- {w}" for e, w in evaluation.false_alarms if concept in (None, e.concept)]


def test_scanner_recall(measured):
    evaluation, _, _ = measured
    assert evaluation.recall >= MIN_RECALL, _misses(evaluation)


def test_scanner_false_alarms(measured):
    evaluation, _, _ = measured
    assert evaluation.false_alarm_rate <= MAX_FALSE_ALARMS, _alarms(evaluation)


def test_scanner_returns_only_known_concepts(measured):
    evaluation, _, _ = measured
    assert evaluation.unknown == set()


@pytest.mark.parametrize("concept", list(CONCEPTS))
def test_scanner_per_concept(measured, concept):
    evaluation, _, _ = measured
    score = evaluation.scores[concept]
    assert score.recall >= MIN_CONCEPT_RECALL, _misses(evaluation, concept)
    assert score.false_alarm_rate <= MAX_CONCEPT_FALSE_ALARMS, _alarms(evaluation, concept)


def test_postings_get_their_severity(measured):
    _, agreement, disagreements = measured
    wrong = [f"{p.id} expected {p.expected}, got {given} from {found}" for p, given, found in disagreements]
    assert agreement >= MIN_AGREEMENT, wrong

