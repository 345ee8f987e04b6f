"""The concept scanner (csp_desk.domain.language): the normaliser's values, negation and scope,
each concept with paraphrases and look-alikes, the data files' validation, and that the analyser
loads lazily (never at import of the app or the window)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from csp_desk.domain.employment import CONCEPT_LABELS, severity, states_hourly_pay
from csp_desk.domain.language import concept_ids, description, detect
from csp_desk.domain.language.lexicon import ConceptDataError, load
from csp_desk.domain.language.normalise import kanji_number, normalise, values

ROOT = Path(__file__).resolve().parent.parent
CONCEPTS = [
    "emp.fixed_hours", "emp.shifts", "emp.fixed_place", "emp.monitoring", "emp.hour_reports",
    "emp.work_rules", "emp.direction", "emp.no_refusal", "emp.time_pay", "emp.attendance",
    "emp.employment_status", "emp.routine_reports", "emp.exclusivity", "emp.benefits",
    "emp.equipment", "emp.no_substitution", "emp.long_volume", "emp.method_fixed",
    "promo.stealth_ad", "promo.fake_review", "promo.data_harvest", "promo.account_farming",
    "promo.ghost_writing", "prof.tax", "prof.registration", "prof.legal", "prof.social_insurance",
    "prof.administrative", "leak.phone", "leak.email", "leak.name_address", "leak.confidential",
]  # fmt: skip


def concepts(text: str, where: str = "posting") -> set[str]:
    return {hit.concept for hit in detect(text, where)}


# --- the normaliser ---------------------------------------------------------------------------


@pytest.mark.parametrize(("kanji", "number"), [("九", 9), ("十", 10), ("十八", 18), ("二十", 20),
                                                ("百二十", 120), ("二〇", 20), ("三十五", 35)])  # fmt: skip
def test_kanji_numerals_are_numbers(kanji, number):
    assert kanji_number(kanji) == number


def _values(text: str) -> list[tuple[str, float, float]]:
    return [(v.kind, v.low, v.high) for v in values(normalise(text).text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("九時から十八時まで", ("time_range", 9 * 60, 18 * 60)),
        ("午前九時半〜午後六時", ("time_range", 9 * 60 + 30, 18 * 60)),
        ("午後1時～午後5時", ("time_range", 13 * 60, 17 * 60)),
        ("9:30-18:00", ("time_range", 9 * 60 + 30, 18 * 60)),
        ("１０：００〜１９：００", ("time_range", 10 * 60, 19 * 60)),
        ("10〜17時", ("time_range", 10 * 60, 17 * 60)),
        ("正午から午後四時", ("time_range", 12 * 60, 16 * 60)),
        ("9時〜6時", ("time_range", 9 * 60, 18 * 60)),
        ("昼から夕方まで", ("time_range", 12 * 60, 17 * 60)),
        ("一日六時間", ("hours_per_day", 6, 6)),
        ("1日あたり4〜5時間", ("hours_per_day", 4, 5)),
        ("週三日", ("days_per_week", 3, 3)),
        ("週に4〜5日", ("days_per_week", 4, 5)),
        ("週5勤務", ("days_per_week", 5, 5)),
        ("週二十時間", ("hours_per_week", 20, 20)),
        ("月に160時間", ("hours_per_month", 160, 160)),
        ("月〜金", ("weekday_range", 5, 5)),
        ("月曜から水曜", ("weekday_range", 3, 3)),
    ],
)
def test_times_durations_and_frequencies_become_values(text, expected):
    assert expected in _values(text)


@pytest.mark.parametrize("text", ["十分な経験がある方", "12月1日に納品", "休憩1時間", "2026-12-01",
                                  "一時的な作業",
                                  "作業時間の目安は40時間です", "〒100-0001"])  # fmt: skip
def test_look_alikes_are_not_values(text):
    assert not [v for v in _values(text) if v[0] in ("time_range", "hours_per_day", "days_per_week")]


def test_offsets_point_into_the_original_text():
    text = "ｶﾞｲﾄﾞ作成。勤務は午前九時半〜午後六時、週４日です。"
    hits = detect(text)
    assert hits
    for hit in hits:
        assert text[hit.start : hit.end] == hit.words
    assert "午前九時半〜午後六時" in [h.words for h in hits]
    assert "週４日" in [h.words for h in hits]


# --- negation and scope -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "出社不要です。", "オフィスへ来ていただく必要はありません。", "勤務時間の指定はありません。",
        "作業する時間帯は問いません。", "雇用契約ではありません。", "日報は不要です。",
        "賞与はありません。", "カメラはオフで構いません。",
    ],
)  # fmt: skip
def test_a_denied_signal_does_not_count(text):
    assert not {c for c in concepts(text) if c.startswith("emp.")}, detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "質問には平日10時〜18時に回答します。", "弊社の営業時間は9:00-17:00です。",
        "お問い合わせは10時から19時まで受け付けています。",
    ],
)  # fmt: skip
def test_the_orderers_own_hours_do_not_bind_the_worker(text):
    assert "emp.fixed_hours" not in concepts(text)


def test_the_same_hours_bind_the_worker_when_the_worker_must_be_there():
    assert "emp.fixed_hours" in concepts("平日10時〜18時は連絡が取れるようにしてください。")
    assert "emp.fixed_hours" in concepts("弊社の営業時間（10時〜18時）内に作業できる方。")


def test_an_occasional_meeting_is_not_fixed_hours_but_a_daily_one_is_routine():
    assert not concepts("毎週月曜10時から30分、オンラインで進捗の打ち合わせをします。")
    assert "emp.routine_reports" in concepts("毎朝9時からのミーティングに参加してください。")


def test_a_guide_to_the_hourly_equivalent_is_not_time_pay():
    assert not concepts("時給換算の目安は1,200円ほどです。")
    assert not states_hourly_pay("時給換算の目安は1,200円ほどです。")
    assert states_hourly_pay("時給1,200円でお願いします。")


def test_long_term_welcome_is_a_wish_not_a_commitment():
    """長期歓迎 asks for nothing (issue 12 look-alike); a stated duration is a weak signal."""
    assert not concepts("長期歓迎です。")
    hits = detect("1年以上の長期契約が前提です。")
    assert {(h.concept, h.weight) for h in hits} == {("emp.long_volume", "weak")}


def test_the_topic_of_the_work_is_not_a_condition_of_it():
    """A signal word that modifies a deliverable (…の英訳, …アプリのLP) or is followed by について
    names what the work is about."""
    assert not concepts("就業規則の英訳をお願いします。")
    assert not concepts("シフト表のテンプレートを作ってください。")
    assert not concepts("有給休暇についての記事です。")
    assert "emp.work_rules" in concepts("弊社の就業規則が適用されます。")
    assert "emp.shifts" in concepts("シフト表は弊社が作成します。")


def test_honest_tests_tax_articles_and_own_contact_are_not_findings():
    assert not concepts("実際に使ってからの感想を書いてください。")
    assert not concepts("確定申告の仕方を解説するブログ記事を書いてください。")
    assert not concepts("ご不明点は弊社窓口 03-1234-5678 または info@example.co.jp まで。")


# --- each concept, in words of our own ------------------------------------------------------


def _cases() -> list[tuple[str, str]]:
    lines = (ROOT / "tests" / "language_cases.tsv").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t", 1)) for line in lines if line.strip() and not line.startswith("#")]  # type: ignore[misc]


@pytest.mark.parametrize(("concept", "text"), _cases())
def test_paraphrases_are_found_and_look_alikes_are_not(concept, text):
    found = concepts(text)
    if concept == "!*":  # an ordinary sentence: nothing at all
        assert not found, detect(text)
    elif concept.startswith("!"):
        assert concept[1:] not in found, detect(text)
    else:
        assert concept in found, detect(text)


def test_every_concept_has_paraphrases_and_look_alikes_in_the_cases():
    positive = {c for c, _ in _cases() if not c.startswith("!")}
    assert set(CONCEPTS) <= positive


def test_a_contract_is_read_the_same_way():
    text = ("乙は甲の本社において、平日9時から18時まで業務に従事する。"
            "乙は甲の同業他社の業務を受託してはならない。")
    assert {"emp.fixed_place", "emp.fixed_hours", "emp.exclusivity"} <= concepts(text, "contract")


# --- the §9.3 severity rule --------------------------------------------------------------------


def test_the_severity_rule_of_section_9_3():
    def rule(text: str, hourly: bool = False, contract: bool = False) -> str | None:
        return severity(detect(text), hourly, contract)

    assert rule("作業中は画面共有をお願いします。") == "warning"  # one strong signal
    assert rule("専属でお願いします。毎日日報を提出してください。") == "warning"  # two medium concepts
    assert rule("専属でお願いします。専属契約です。") == "info"  # one concept said twice counts once
    assert rule("交通費支給。", hourly=True) == "warning"  # medium + hourly pay
    assert rule("他社の同種の仕事は受けないでください。") == "info"
    assert (
        rule("他社の同種の仕事は受けないでください。", contract=True) == "warning"
    )  # exclusivity in a contract
    assert rule("長期です。PCは貸与します。本人のみ作業。マニュアル通り厳守。") == "info"  # weak never warns
    assert rule("ロゴのデザインをお願いします。") is None


# --- the data ------------------------------------------------------------------------------------


def test_the_concepts_are_those_shared_with_the_evaluation_and_each_has_a_label_and_description():
    assert sorted(concept_ids()) == sorted(CONCEPTS)
    assert set(CONCEPT_LABELS) == set(CONCEPTS)
    assert all(description(c) for c in CONCEPTS)


def test_a_broken_concepts_file_is_refused_naming_the_file_and_the_entry(tmp_path):
    good = json.loads((ROOT / "data" / "concepts" / "employment.json").read_text(encoding="utf-8"))
    good["concepts"][2]["patterns"][0]["all"] = "出社"
    common = (ROOT / "data" / "concepts" / "common.json").read_text(encoding="utf-8")
    (tmp_path / "common.json").write_text(common, encoding="utf-8")
    (tmp_path / "employment.json").write_text(json.dumps(good, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(
        ConceptDataError, match=r"employment\.json: concepts\[2\] \(emp\.fixed_place\)\.patterns\[0\]"
    ):
        load(tmp_path)
    (tmp_path / "employment.json").write_text("{", encoding="utf-8")
    with pytest.raises(ConceptDataError, match=r"employment\.json: cannot be read"):
        load(tmp_path)
    bad_regex = {"format": "csp-desk.concepts/1",
                 "concepts": [{"id": "x", "description": "説明", "patterns": [{"regex": "("}]}]}  # fmt: skip
    (tmp_path / "employment.json").write_text(json.dumps(bad_regex), encoding="utf-8")
    with pytest.raises(ConceptDataError, match=r"concepts\[0\] \(x\)\.patterns\[0\]: bad regular expression"):
        load(tmp_path)


def test_detect_is_safe_from_several_threads():
    texts = [f"週{n}日、1日{n}時間の稼働。担当の携帯090-1234-56{n:02d}。" for n in range(1, 7)]
    expected = [detect(t) for t in texts]
    from csp_desk.domain import language

    language._detect.cache_clear()
    results: dict[int, list] = {}

    def work(i: int) -> None:
        results[i] = detect(texts[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [results[i] for i in range(len(texts))] == expected


def test_the_analyser_loads_neither_at_import_nor_with_the_window_module():
    code = (
        "import sys\n"
        "import csp_desk.domain, csp_desk.domain.rules, csp_desk.domain.employment\n"
        "import csp_desk.domain.language\n"
        "import csp_desk.app, csp_desk.gui.main_window\n"
        "loaded = [m for m in sys.modules if m.startswith('sudachipy') or m.startswith('sudachidict')\n"
        "          or m == 'csp_desk.domain.language.analyser']\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("text", ["0" * 5000 + "@" + "a." * 3000, "09012345678" * 2000, "1" * 20000,
                                  "a" * 20000 + "@", "1時" * 5000, "週" * 10000])  # fmt: skip
def test_long_runs_of_digits_or_letters_are_read_in_reasonable_time(text):
    import time

    detect("週4日")  # the analyser loaded
    started = time.perf_counter()
    detect(text)
    assert time.perf_counter() - started < 2.0


def test_a_finding_quotes_its_words_in_the_interface_language(qapp):
    """The window and the documents say 「週4日」（勤務時間・日の固定）."""
    from csp_desk import i18n
    from csp_desk.domain.rules import Finding, Severity
    from csp_desk.domain.rules.wages import B_EMPLOYMENT
    from csp_desk.reports.japanese import finding_ja

    message = "Words that can suggest employment appear ({words}); alone they are usually fine."
    words = [("週4日", "fixed working hours or days"), ("長期", "long or fixed-volume engagement")]
    finding = Finding("POST-13", Severity.INFO, message, B_EMPLOYMENT, "description", {"words": words})
    before = i18n._current
    try:
        i18n.install("ja")
        text, _basis = i18n.finding_texts(finding)
    finally:
        i18n.install(before)
    assert "「週4日」（勤務時間・日の固定）" in text and "「長期」（長期・定量の稼働）" in text, text
    assert "「週4日」（勤務時間・日の固定）" in finding_ja(finding.message, finding.basis, finding.params)[0]


def test_a_heading_line_reads_with_the_line_under_it():
    """■問い合わせ受付 / 平日10時〜17時: the orderer's hours; 【作業場所】 / 弊社オフィス: a place of work."""
    assert "emp.fixed_place" in concepts("【作業場所】\n弊社オフィス（渋谷区）")
    assert "emp.fixed_hours" not in concepts("■問い合わせ受付\n平日10時〜17時")
    assert "emp.routine_reports" in concepts("■業務内容\n記事作成\n毎日日報を提出")


def _tiny_lexicon(tmp_path, patterns, exclude=()):
    """A lexicon of one concept `t.x` over the shared cues, to test the engine's pattern keys."""
    tmp_path.mkdir()
    common = (ROOT / "data" / "concepts" / "common.json").read_text(encoding="utf-8")
    (tmp_path / "common.json").write_text(common, encoding="utf-8")
    concept = {"id": "t.x", "description": "試験", "patterns": patterns, "exclude": list(exclude)}
    body = {"format": "csp-desk.concepts/1", "concepts": [concept]}
    (tmp_path / "t.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return load(tmp_path)


def _found(text, lex):
    from csp_desk.domain.language.matcher import find

    return [h.words for h in find(text, lex) if h.concept == "t.x"]


def test_requires_and_unless_may_look_at_the_whole_text(tmp_path):
    """星をつけてください。実際に使う必要はありません。: the second sentence tells what the first is."""
    sentence = {"all": [["星"], ["つける"]], "unless": ["使う"]}
    text = {**sentence, "unless_scope": "text"}
    lone, whole = _tiny_lexicon(tmp_path / "a", [sentence]), _tiny_lexicon(tmp_path / "b", [text])
    both = "アプリに星をつけてください。実際に使う必要はありません。"
    assert _found(both, lone) == ["星をつけ"]
    assert _found(both, whole) == []
    assert _found("アプリに星をつけてください。", whole) == ["星をつけ"]
    needs = _tiny_lexicon(tmp_path / "c", [{"all": [["星"], ["つける"]], "requires": ["報酬"],
                                            "requires_scope": "text"}])  # fmt: skip
    assert _found("星をつけてください。報酬は100円です。", needs) == ["星をつけ"]
    assert _found("星をつけてください。", needs) == []
    excluding = _tiny_lexicon(tmp_path / "d", [{"all": [["星"], ["つける"]]}],
                              [{"all": [["星"]], "requires": ["使う"], "requires_scope": "text"}])
    assert _found(both, excluding) == []
    assert _found("アプリに星をつけてください。", excluding) == ["星をつけ"]


def test_a_pattern_may_require_two_lists_and_be_skipped_only_when_two_lists_hold(tmp_path):
    """requires + requires_also: a word of each; unless + unless_also: skipped only when both are there."""
    review = {"all": [["レビュー"]], "requires": ["投稿"], "requires_also": ["星"]}
    lex = _tiny_lexicon(tmp_path / "a", [review])
    assert _found("星5のレビューを投稿してください。", lex) == ["レビュー"]
    assert _found("レビューを投稿してください。", lex) == []
    assert _found("星5のレビューをください。", lex) == []
    lex = _tiny_lexicon(tmp_path / "b", [{"all": [["レビュー"]]}],
                        [{"all": [["レビュー"]], "unless": ["実際"], "unless_also": ["使う"]}])
    assert _found("レビューを書いてください。", lex) == []  # the exclusion holds
    assert _found("実際に使ってからレビューを書いてください。", lex) == ["レビュー"]
    assert _found("実際の感想でレビューを書いてください。", lex) == []
    with pytest.raises(ConceptDataError, match=r"'requires_also' needs 'requires'"):
        _tiny_lexicon(tmp_path / "c", [{"all": [["星"]], "requires_also": ["投稿"]}])
    with pytest.raises(ConceptDataError, match=r"'unless_scope' must be 'sentence' or 'text'"):
        _tiny_lexicon(tmp_path / "d", [{"all": [["星"]], "unless": ["投稿"], "unless_scope": "posting"}])
