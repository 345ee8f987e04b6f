"""The second reader (csp_desk/domain/language/reader.py): learned from the labelled corpus, it finds
what the patterns miss, quoting the words that weighed most, and drops a pattern's words where the
whole sentence is plainly something else."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from csp_desk.domain.language import detect, reader
from csp_desk.domain.language.analyser import tokens
from csp_desk.domain.language.lexicon import ConceptDataError, lexicon
from csp_desk.domain.language.matcher import find
from csp_desk.domain.language.normalise import normalise

ROOT = Path(__file__).resolve().parent.parent


def _rules_only(text: str) -> set[str]:
    """What the patterns alone find: the same engine with a reader that never decides anything."""
    real = reader.model()
    silent = reader.Model(threshold=1.0, veto=0.0, concepts=real.concepts)
    try:
        reader._model = silent
        return {hit.concept for hit in find(text, lexicon(), "posting")}
    finally:
        reader._model = real


def test_the_model_was_trained_on_the_corpus_as_it_is_now():
    result = subprocess.run([sys.executable, "tools/train_reader.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def _trainer():
    sys.path.insert(0, str(ROOT / "tools"))
    import train_reader

    return train_reader


def test_the_held_out_sets_are_never_learned_from():
    trained_on = json.loads((ROOT / "data" / "reader" / "model.json").read_text("utf-8"))["trained_on"]
    held_out = sorted((ROOT / "tests" / "corpus" / "held_out").glob("*.jsonl"))
    assert held_out and trained_on
    for path in held_out:
        assert _trainer().digest(path) not in trained_on.values(), path.name
        assert path.relative_to(ROOT).as_posix() not in trained_on


def test_a_model_edited_by_hand_or_trained_otherwise_is_stale():
    train_reader = _trainer()
    raw = json.loads((ROOT / "data" / "reader" / "model.json").read_text("utf-8"))
    assert train_reader.stale(raw) == []
    edited = json.loads(json.dumps(raw))
    edited["concepts"]["emp.fixed_place"]["bias"] += 1
    assert train_reader.stale(edited) == ["the weights were edited by hand"]
    other = dict(raw, veto=0.3, features="characters")
    assert train_reader.stale(other) == ["the training settings changed", "the reader's features changed"]


def test_a_paraphrase_the_patterns_miss_is_found_with_its_words():
    text = "業務時間中は弊社の管理ツールを起動したままにしてください。"
    assert "emp.monitoring" not in _rules_only(text)
    [hit] = [h for h in detect(text) if h.concept == "emp.monitoring"]
    assert hit.weight == "strong"
    assert hit.words == text[hit.start:hit.end]
    assert "起動" in hit.words


def test_a_deliverable_the_patterns_take_for_the_concept_is_dropped():
    text = "出退勤の打刻アプリのアイコンをデザインしてください。"
    assert "emp.hour_reports" in _rules_only(text)
    assert "emp.hour_reports" not in {h.concept for h in detect(text)}


@pytest.mark.parametrize(("text", "concept"), [
    ("週5日、9時から18時まで作業してください。", "emp.fixed_hours"),  # a stated value stays
    ("お客様の電話番号は09012345678です。", "leak.phone"),  # a pattern over the characters stays
])  # fmt: skip
def test_what_a_value_or_a_character_pattern_found_is_never_dropped(text, concept):
    assert concept in {h.concept for h in detect(text)}


@pytest.mark.parametrize("text", [
    "出社は不要です。ご自宅で、ご都合のよい時間に作業してください。",
    "業務時間の記録や報告は必要ありません。",
    "長期でお付き合いできる方は大歓迎です。",
])  # fmt: skip
def test_its_findings_pass_the_same_denials_as_the_patterns(text):
    assert not [h for h in detect(text) if h.weight == "strong"], detect(text)


@pytest.mark.parametrize("text", [
    "稼働中は常に\nチャットに即レスしなくても大丈夫です。",
    "業務時間中は弊社の管理ツールを起動\nしたままにする必要はございません。",
])  # fmt: skip
def test_a_denial_on_the_next_line_denies_what_the_reader_weighs(text):
    assert "emp.monitoring" not in {h.concept for h in detect(text)}, detect(text)


def test_a_line_wrapped_request_is_found_across_the_break():
    text = "業務時間中は\n弊社の管理ツールを起動したままにしてください。"
    [hit] = [h for h in detect(text) if h.concept == "emp.monitoring"]
    assert hit.words == text[hit.start : hit.end]


@pytest.mark.parametrize("text", [
    "弊社オフィスは渋谷駅から徒歩5分です。",
    "名古屋のオフィスでは現在リモートワークを推進中です。",
    "商品ページの文章を作成していただきます。弊社オフィスは渋谷駅から徒歩5分です。",
])  # fmt: skip
def test_the_orderer_speaking_of_its_own_office_is_no_fixed_place(text):
    assert "emp.fixed_place" not in {h.concept for h in detect(text)}, detect(text)


def test_a_long_posting_is_read_sentence_by_sentence():
    calm = "商品写真の切り抜きをお願いします。納品はPNG形式です。" * 40
    assert detect(calm) == []
    text = calm + "業務時間中は弊社の管理ツールを起動したままにしてください。"
    hits = [h for h in detect(text) if h.concept == "emp.monitoring"]
    assert hits and all(h.start >= len(calm) for h in hits)


def test_training_is_deterministic_and_learns_the_labels():
    def feats(text: str) -> set[str]:
        return reader.feature_names([t for t in tokens(normalise(text).text) if not t.surface.isspace()])

    examples = [(feats("毎朝9時に出社してください。"), "emp.fixed_place", True),
                (feats("本社に来てください。"), "emp.fixed_place", True),
                (feats("在宅で作業できます。"), "emp.fixed_place", False),
                (feats("出社は不要です。"), "emp.fixed_place", False)]  # fmt: skip
    first = reader.train(examples, ["emp.fixed_place"], epochs=30, rate=0.2, l2=0.0)
    second = reader.train(examples, ["emp.fixed_place"], epochs=30, rate=0.2, l2=0.0)
    assert [(m.bias, m.weights) for m in first.values()] == [(m.bias, m.weights) for m in second.values()]
    model = first["emp.fixed_place"]
    toks = tokens("本社に来てください。")
    assert model.judge(toks).probability > 0.5
    assert model.judge(tokens("在宅で作業できます。")).probability < 0.5


def test_a_broken_model_file_says_which_file_and_why(tmp_path):
    broken = tmp_path / "model.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(ConceptDataError, match=r"model\.json"):
        reader.load(broken)
    broken.write_text(json.dumps({"format": "csp-desk.reader/1", "threshold": 0.1, "veto": 0.5,
                                  "concepts": {}}), encoding="utf-8")  # fmt: skip
    with pytest.raises(ConceptDataError, match="veto"):
        reader.load(broken)
    broken.write_text(json.dumps({"format": "something else"}), encoding="utf-8")
    with pytest.raises(ConceptDataError, match="not a reader model"):
        reader.load(broken)
