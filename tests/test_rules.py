"""Each rule with an order that meets it and one that breaks it (REFERENCE §12)."""

import copy
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csp_desk.domain.money import withholding
from csp_desk.domain.orders import parse_order
from csp_desk.domain.rules import RULES, Severity, check, load_reference
from csp_desk.paths import DATA

ORDERS = Path(__file__).parent / "orders"


def _load(name):
    return json.loads((ORDERS / name).read_text(encoding="utf-8"))


REFERENCE = load_reference(DATA)
PROJECT = _load("compliant_project.json")
COMPETITION = _load("compliant_competition.json")
CONTRACT = _load("compliant_contract.json")



def findings(data):
    return check(parse_order(data), reference=REFERENCE)


def rules_of(data, severity=None):
    return {f.rule for f in findings(data) if severity is None or f.severity is severity}


def changed(base, **paths):
    """A deep copy of `base` with dotted paths set (None deletes the key)."""
    data = copy.deepcopy(base)
    for dotted, value in paths.items():
        keys = dotted.split("__")
        target = data
        for key in keys[:-1]:
            target = target.setdefault(key, {})
        if value is None:
            target.pop(keys[-1], None)
        else:
            target[keys[-1]] = value
    return data


REENTRUSTED = changed(CONTRACT, orderer__capital_yen=30_000_000,
                      contract__reentrustment={"original_client": "株式会社A",
                                               "original_payment_due": "2027-03-31"})


@pytest.mark.parametrize("order", [PROJECT, COMPETITION, CONTRACT],
                         ids=["project", "competition", "contract"])  # fmt: skip
def test_a_compliant_order_has_no_error_and_no_warning(order):
    assert rules_of(order, Severity.ERROR) == set()
    assert rules_of(order, Severity.WARNING) == set()


CASES = [
    # rule, base, change that breaks it, expected severity
    ("POST-01", PROJECT, {"description": "LPを作ってください。"}, Severity.ERROR),
    ("POST-02", PROJECT, {"due": None}, Severity.ERROR),
    ("POST-03", PROJECT, {"reward": {}}, Severity.ERROR),
    ("POST-04", PROJECT, {"payment__method": None}, Severity.WARNING),
    ("POST-04", PROJECT, {"payment__due_rule": None, "payment__days_after_delivery": None}, Severity.WARNING),
    ("POST-05", PROJECT, {"expenses": " "}, Severity.WARNING),
    ("POST-06", PROJECT, {"ip": {}}, Severity.WARNING),
    ("POST-06", COMPETITION, {"ip__transfer": None}, Severity.ERROR),
    ("POST-07", PROJECT, {"contact": None, "platform": "direct", "orderer__contact": None}, Severity.WARNING),
    ("POST-08", PROJECT, {"place": None}, Severity.ERROR),
    (
        "POST-08",
        changed(PROJECT, orderer__has_employees=False, orderer__officer_count=1),
        {"orderer__address": None},
        Severity.WARNING,
    ),
    ("POST-09", PROJECT, {"skills": None}, Severity.INFO),
    ("POST-10", COMPETITION, {"quantity": None}, Severity.WARNING),
    ("POST-11", COMPETITION, {"ip__unselected_not_used": False}, Severity.WARNING),
    ("POST-12", COMPETITION, {"revisions__major_changes_renegotiated": None}, Severity.WARNING),
    (
        "POST-20",
        changed(PROJECT, order_type="task", pricing="per_item", revisions={}),
        {"estimated_minutes_per_item": 90},
        Severity.INFO,
    ),
    ("ID-01", COMPETITION, {"worker__invoice_number": "T12345"}, Severity.ERROR),
    (
        "ID-02",
        changed(COMPETITION, worker__kind="corporation"),
        {"worker__invoice_number": "T6010001008846"},
        Severity.WARNING,
    ),
    ("ID-03", COMPETITION, {"worker__invoice_number": "T6010001008846"}, Severity.INFO),
    ("ID-05", PROJECT, {"orderer__corporate_number": "6010001008846"}, Severity.WARNING),
    ("POST-13", PROJECT, {"description": PROJECT["description"] + "勤務時間は平日9時〜18時です。"},
     Severity.WARNING),
    ("POST-13", PROJECT, {"description": PROJECT["description"] + "1年以上の長期契約が前提です。"},
     Severity.INFO),
    ("POST-16", PROJECT, {"reward__amount": 40000}, Severity.WARNING),
    ("POST-17", changed(PROJECT, estimated_hours=None), {"reward__amount": 50000}, Severity.INFO),
    ("POST-16", PROJECT, {"reward__amount": 44000}, Severity.INFO),
    ("POST-14", PROJECT, {"description": PROJECT["description"] + "口コミ投稿（★5）もお願いします。"},
     Severity.WARNING),
    ("POST-15", PROJECT, {"description": PROJECT["description"] + "補助金の申請書作成代行もお願いします。"},
     Severity.WARNING),
    ("POST-19", PROJECT, {"description": PROJECT["description"] + "担当の鈴木（suzuki@client.example.jp、"
                                                                 "090-1234-5678）と直接やり取りしてください。"},
     Severity.WARNING),
    ("CONT-01", CONTRACT, {"contract__change_handling": None}, Severity.WARNING),
    ("CONT-02", CONTRACT, {"contract__delivery_place": None}, Severity.ERROR),
    ("CONT-02", CONTRACT, {"worker__name": None}, Severity.ERROR),
    ("CONT-03", CONTRACT, {"contract__notice_sent_on": "2026-12-04"}, Severity.ERROR),
    ("CONT-03", CONTRACT, {"contract__notice_sent_on": None}, Severity.INFO),
    ("CONT-05", CONTRACT, {"contract__payment_due": None, "contract__payment_due_rule": "納品後60日以内"},
     Severity.ERROR),
    ("CONT-06", CONTRACT, {"contract__payment_due": "2027-03-30"}, Severity.ERROR),
    ("CONT-07", CONTRACT, {"contract__payment_due": "2027-03-15"}, Severity.INFO),
    ("CONT-07", changed(CONTRACT, orderer__has_employees=False, orderer__officer_count=1),
     {"contract__payment_due": "2027-04-15"}, Severity.WARNING),
    ("CONT-08", CONTRACT, {"contract__reentrustment": {"original_client": "株式会社A"}}, Severity.ERROR),
    ("CONT-09", CONTRACT, {"contract__amount": 180000}, Severity.WARNING),
    ("CONT-10", changed(CONTRACT, contract__period_end="2026-12-25"),
     {"contract__period_end": "2027-06-30"}, Severity.INFO),
    ("CONT-11", CONTRACT, {"ip__includes_art27_28": False}, Severity.WARNING),
    ("CONT-12", CONTRACT, {"contract__defect_handling": None}, Severity.WARNING),
    ("CONT-13", CONTRACT, {"contract__handles_personal_data": True,
                           "contract__personal_data_handling": None}, Severity.WARNING),
    ("CONT-14", CONTRACT, {"orderer__harassment_contact": None}, Severity.WARNING),
    ("CONT-15", PROJECT, {"payment__transfer_fee_borne_by": "worker"}, Severity.WARNING),
    ("CONT-15", REENTRUSTED, {"payment__transfer_fee_borne_by": "worker"}, Severity.ERROR),
    ("CONT-16", changed(CONTRACT, orderer__capital_yen=30_000_000),
     {"contract__reentrustment": {"original_client": "株式会社A", "original_payment_due": "2027-03-31"}},
     Severity.INFO),
    ("CONT-17", CONTRACT, {"contract__content": "平日9時〜18時に弊社オフィスに出社して作業"},
     Severity.WARNING),
    ("TAX-01", changed(PROJECT, category="design.banner"), {"worker": {"kind": "individual"}}, Severity.INFO),
]


@pytest.mark.parametrize(("rule_id", "base", "change", "severity"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])  # fmt: skip
def test_each_rule_passes_a_good_order_and_flags_a_broken_one(rule_id, base, change, severity):
    assert rule_id not in rules_of(base, severity)
    broken = changed(base, **change)
    found = [f for f in findings(broken) if f.rule == rule_id]
    assert found, f"{rule_id} not raised"
    assert found[0].severity is severity
    assert found[0].basis and found[0].field and found[0].text()


def test_every_registered_rule_has_a_case():
    from .test_record_rules import BROKEN

    tested = {case[0] for case in CASES} | {"ID-04", "TAX-02"} | {case[0] for case in BROKEN}
    check(parse_order(PROJECT))  # registers the rules
    assert set(RULES) == tested


def test_six_display_items_may_come_from_the_platform_profile():
    profile = changed(PROJECT, orderer__address=None, orderer__contact=None,
                      orderer__profile_shows=["address", "contact"])  # fmt: skip
    assert "POST-08" not in rules_of(profile)


def test_missing_display_items_are_all_named():
    broken = changed(PROJECT, place=None, orderer__address=None)
    finding = next(f for f in findings(broken) if f.rule == "POST-08")
    assert finding.params["items"] == ["the orderer's address", "where the work is done"]
    assert finding.field == "orderer.address"


def test_invoice_number_is_normalised_before_checking():
    spaced = changed(COMPETITION, worker__invoice_number="ｔ７０１０ ７０５０-００７２５")
    assert not {"ID-01", "ID-03"} & rules_of(spaced)


def test_withholding_is_computed_in_whole_yen_on_the_contract_amount():
    order = changed(COMPETITION, contract={"amount": 33333})
    finding = next(f for f in findings(order) if f.rule == "TAX-02")
    assert finding.params["amount"] == 3403 and finding.params["net"] == 29930


def test_no_withholding_for_corporations_or_uncovered_work():
    assert "TAX-01" not in rules_of(changed(COMPETITION, worker__kind="corporation"))
    assert "TAX-01" not in rules_of(changed(COMPETITION, category="data.entry"))
    sole_without_staff = changed(COMPETITION, orderer__is_corporation=False,
                                 orderer__has_employees=False)  # fmt: skip
    assert "TAX-01" not in rules_of(sole_without_staff)


@pytest.mark.parametrize(
    ("base", "expected"),
    [(50_000, 5_105), (33_333, 3_403), (9_800, 1_000), (1_000_000, 102_100),
     (1_000_001, 102_100), (1_500_000, 204_200), (0, 0)],
)  # fmt: skip
def test_withholding_matches_the_reference_vectors(base, expected):
    assert withholding(base) == expected


@given(st.integers(0, 10**10))
def test_withholding_stays_within_the_top_rate_and_grows_with_the_fee(base):
    assert 0 <= withholding(base) <= base * 2042 // 10000
    assert withholding(base + 1) >= withholding(base)


_text = st.text(max_size=300)
_iso = st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)).map(date.isoformat)
_order = st.fixed_dictionaries(
    {"format": st.just("csp-desk.order/1"),
     "order_type": st.sampled_from(["project", "competition", "task"]),
     "title": st.text(min_size=1, max_size=50).filter(str.strip),
     "description": _text,
     "orderer": st.fixed_dictionaries({"name": st.text(min_size=1, max_size=30).filter(str.strip)},
                                      optional={"has_employees": st.booleans(),
                                                "is_corporation": st.booleans(),
                                                "officer_count": st.integers(0, 9),
                                                "corporate_number": st.text(max_size=20)})},
    optional={"due": _iso, "timeframe": _text, "place": _text,
              "expenses": _text, "contact": _text, "skills": _text, "platform": _text,
              "estimated_hours": st.floats(0.1, 10_000), "quantity": st.integers(1, 10_000),
              "estimated_minutes_per_item": st.floats(0.1, 1000),
              "reward": st.fixed_dictionaries({}, optional={"amount": st.integers(0, 10**9),
                                                            "by_quote": st.booleans()}),
              "worker": st.fixed_dictionaries({}, optional={
                  "kind": st.sampled_from(["individual", "corporation"]),
                  "invoice_number": st.text(max_size=20), "has_employees": st.booleans()}),
              "category": st.sampled_from(["design.logo", "data.entry", "writing.article"]),
              "pricing": st.sampled_from(["fixed", "hourly", "per_item"]),
              "payment": st.fixed_dictionaries({}, optional={
                  "due_rule": _text, "days_after_delivery": st.integers(0, 400), "method": _text,
                  "transfer_fee_borne_by": st.sampled_from(["orderer", "worker"])}),
              "contract": st.fixed_dictionaries({}, optional={
                  "contracted_on": _iso, "notice_sent_on": _iso, "content": _text,
                  "amount": st.integers(0, 10**9), "delivery_due": _iso, "delivery_place": _text,
                  "inspection": st.booleans(), "inspection_due": _iso, "payment_due": _iso,
                  "payment_due_rule": _text, "period_start": _iso, "period_end": _iso,
                  "handles_personal_data": st.booleans(),
                  "reentrustment": st.fixed_dictionaries({}, optional={
                      "original_client": _text, "original_payment_due": _iso})})},
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_order)
def test_check_never_crashes_on_a_valid_order(data):
    for finding in check(parse_order(data), reference=REFERENCE):
        assert finding.rule in RULES and finding.text()


def test_minimum_wage_follows_the_worker_then_the_orderer_then_the_national_average():
    low = changed(PROJECT, reward__amount=44_000)  # ¥1,100 an hour over 40 hours
    nagano = next(f for f in findings(low) if f.rule == "POST-16")
    assert nagano.params["place"] == "長野県" and nagano.params["wage"] == 1061
    assert nagano.severity is Severity.INFO
    tokyo_worker = changed(low, worker={"kind": "individual", "prefecture": "東京都"})
    tokyo = next(f for f in findings(tokyo_worker) if f.rule == "POST-16")
    assert tokyo.params["wage"] == 1226 and tokyo.severity is Severity.WARNING
    assert tokyo.params["source"] == "the worker's prefecture"
    nowhere = changed(low, orderer__prefecture=None)
    national = next(f for f in findings(nowhere) if f.rule == "POST-16")
    assert national.params["wage"] == 1121 and national.params["source"] == "national weighted average"


def test_the_wage_in_force_depends_on_the_date():
    before = changed(PROJECT, as_of="2025-09-30", reward__amount=41_000)  # ¥1,025 an hour
    assert "POST-16" not in rules_of(before, Severity.WARNING)  # FY2024 Nagano: ¥998
    after = changed(before, as_of="2025-10-03")
    assert "POST-16" in rules_of(after, Severity.WARNING)  # FY2025 Nagano: ¥1,061 from 3 Oct


def test_tasks_and_hourly_rewards_are_compared_per_hour():
    task = changed(PROJECT, order_type="task", pricing="per_item", estimated_minutes_per_item=3,
                   reward__amount=40, revisions={})  # fmt: skip
    assert "POST-16" in rules_of(task, Severity.WARNING)  # ¥800 an hour
    hourly = changed(PROJECT, pricing="hourly", reward__amount=1500)
    assert "POST-16" not in rules_of(hourly)


@pytest.mark.parametrize(
    "text",
    ["平日9:00-18:00の勤務となります。", "弊社オフィスにて作業していただきます。",
     "時給1,200円、交通費支給。", "アルバイト募集です。", "常時オンラインで即レス必須です。"],
)  # fmt: skip
def test_employment_signals_are_flagged_with_the_words_found(text):
    order = changed(PROJECT, description=PROJECT["description"] + text)
    finding = next(f for f in findings(order) if f.rule == "POST-13")
    assert finding.severity is Severity.WARNING
    assert finding.params["words"]


@pytest.mark.parametrize(
    "text",
    ["作業時間の目安は40時間です。", "パートナーとして長くお付き合いできる方を歓迎します。",
     "雇用契約ではありません。業務委託です。", "打ち合わせは週1回30分程度を予定しています。"],
)  # fmt: skip
def test_ordinary_wording_is_not_taken_for_employment(text):
    order = changed(PROJECT, description=PROJECT["description"] + text)
    assert "POST-13" not in rules_of(order, Severity.WARNING)


def test_weak_signals_never_warn_and_two_medium_signals_do():
    """REFERENCE §9.3 (issue 12): weak signals never warn, however many; one medium signal is info;
    two medium signals of different concepts, or one with hourly pay, warn."""
    one = changed(PROJECT, description=PROJECT["description"] + "長期案件です。")
    assert "POST-13" in rules_of(one, Severity.INFO)
    weak = changed(PROJECT, description=PROJECT["description"] + "長期案件です。PCは貸与します。本人のみ。")
    assert "POST-13" in rules_of(weak, Severity.INFO)
    medium = changed(PROJECT, description=PROJECT["description"] + "長期案件です。専属でお願いします。")
    assert "POST-13" in rules_of(medium, Severity.INFO)
    two = changed(PROJECT, description=PROJECT["description"] + "専属でお願いします。日報は毎日提出。")
    assert "POST-13" in rules_of(two, Severity.WARNING)


def test_employment_findings_quote_the_words_and_name_the_concept():
    hours = "週４日、午前九時半から午後六時まで作業してください。"
    order = changed(PROJECT, description=PROJECT["description"] + hours)
    finding = next(f for f in findings(order) if f.rule == "POST-13")
    assert finding.severity is Severity.WARNING
    concept = "fixed working hours or days"
    assert finding.params["words"] == [("週４日", concept), ("午前九時半から午後六時まで作業", concept)]
    assert "“週４日” (fixed working hours or days)" in finding.text()


def test_a_fixed_office_in_the_place_field_reads_as_a_fixed_place_of_work():
    office = changed(PROJECT, place="東京都千代田区丸の内1-1-1 弊社本社")
    finding = next(f for f in findings(office) if f.rule == "POST-13")
    assert finding.severity is Severity.WARNING
    assert finding.params["words"][0][1] == "fixed place of work"
    assert "POST-13" not in rules_of(changed(PROJECT, place="全国どこでも（在宅・リモート）"))


def test_exclusivity_alone_warns_in_a_contract_and_is_info_in_a_posting():
    clause = "乙は契約期間中、甲の同業他社から同種の業務を受託しないものとする。"
    contract = changed(CONTRACT, contract__content=CONTRACT["contract"]["content"] + clause)
    assert "CONT-17" in rules_of(contract, Severity.WARNING)
    posting = changed(PROJECT, description=PROJECT["description"] + clause)
    assert "POST-13" in rules_of(posting, Severity.INFO)
    hourly = changed(posting, pricing="hourly", reward={"amount": 2000, "tax": "excluded"})
    assert "POST-13" in rules_of(hourly, Severity.WARNING)  # one medium signal with hourly pay


def test_the_latest_lawful_payment_date_counts_the_day_of_receipt_as_day_one():
    from csp_desk.domain.rules.contract import latest_lawful_payment_date

    assert latest_lawful_payment_date(date(2025, 1, 10)) == date(2025, 3, 10)
    order = changed(CONTRACT, contract__delivery_due="2025-01-10", contract__payment_due="2025-03-11",
                    contract__period_start=None, contract__period_end=None,
                    contract__contracted_on="2024-12-20", contract__notice_sent_on="2024-12-20",
                    contract__inspection_due="2025-01-17")  # fmt: skip
    finding = next(f for f in findings(order) if f.rule == "CONT-06")
    assert finding.params == {"days": 61, "latest": "2025-03-10"}
    on_time = changed(order, contract__payment_due="2025-03-10")
    assert "CONT-06" not in rules_of(on_time)


def test_freelance_act_duties_follow_who_the_parties_are():
    employer_worker = changed(CONTRACT, worker__has_employees=True)
    assert not {"CONT-02", "CONT-03"} & rules_of(changed(employer_worker, contract__delivery_place=None,
                                                           contract__notice_sent_on="2026-12-09"))
    alone = changed(CONTRACT, orderer__has_employees=False, orderer__officer_count=1,
                    orderer__harassment_contact=None)  # fmt: skip
    assert "CONT-14" not in rules_of(alone)  # Art 14 binds specified orderers only
    assert "CONT-02" in rules_of(changed(alone, contract__amount=None), Severity.ERROR)  # Art 3: all


def test_six_months_or_more_brings_the_longer_duties():
    from csp_desk.domain.rules.contract import lasts_months

    assert lasts_months(date(2026, 1, 1), date(2026, 1, 31), 1)
    assert not lasts_months(date(2026, 1, 1), date(2026, 1, 30), 1)
    assert lasts_months(date(2026, 1, 31), date(2026, 2, 27), 1)
    assert lasts_months(date(2026, 4, 1), date(2026, 9, 30), 6)
    assert not lasts_months(date(2026, 4, 1), date(2026, 9, 29), 6)


def test_own_use_orders_are_outside_torihiki_even_for_large_orderers():
    assert "CONT-16" not in rules_of(changed(CONTRACT, orderer__capital_yen=500_000_000))
    small = changed(REENTRUSTED, orderer__capital_yen=5_000_000, orderer__employee_count=20)
    assert "CONT-16" not in rules_of(small)


def test_ordinary_postings_are_not_taken_for_prohibited_or_confidential_content():
    text = ("レビューの分析レポートを作成してください。問い合わせは info@sakura-foods.example.jp まで。"
            "補助金の申請書のレイアウト調整のみをお願いします（申請書の作成代行ではありません）。")
    order = changed(PROJECT, description=PROJECT["description"] + text)
    assert not {"POST-14", "POST-19"} & rules_of(order)


# each required item of a compliant order and the rule that must notice its absence
REQUIRED = [
    (PROJECT, "description", "POST-01"),
    (PROJECT, "due", "POST-02"),
    (PROJECT, "reward", "POST-03"),
    (PROJECT, "payment", "POST-04"),
    (PROJECT, "expenses", "POST-05"),
    (PROJECT, "ip", "POST-06"),
    (PROJECT, "place", "POST-08"),
    (PROJECT, "orderer__address", "POST-08"),
    (PROJECT, "orderer__contact", "POST-08"),
    (PROJECT, "skills", "POST-09"),
    (PROJECT, "estimated_hours", "POST-09"),
    (COMPETITION, "deliverables", "POST-10"),
    (COMPETITION, "quantity", "POST-10"),
    (COMPETITION, "ip__unselected_not_used", "POST-11"),
    (COMPETITION, "revisions", "POST-12"),
    (CONTRACT, "contract__contracted_on", "CONT-02"),
    # ③ is met by the posting's description and deliverables as well (the notice states them)
    (changed(CONTRACT, description="", deliverables=""), "contract__content", "CONT-02"),
    (CONTRACT, "contract__delivery_due", "CONT-02"),
    (CONTRACT, "contract__delivery_place", "CONT-02"),
    (CONTRACT, "contract__inspection_due", "CONT-02"),
    (CONTRACT, "contract__amount", "CONT-02"),
    (CONTRACT, "contract__payment_due", "CONT-02"),
    (CONTRACT, "worker__name", "CONT-02"),
    (CONTRACT, "contract__notice_sent_on", "CONT-03"),
    (CONTRACT, "contract__payment_method", "CONT-01"),
    (CONTRACT, "contract__change_handling", "CONT-01"),
    (CONTRACT, "contract__defect_handling", "CONT-01"),
    # ⑪ is met by the posting's IP clause as well: only with both gone is it missing
    (changed(CONTRACT, ip__handling=""), "contract__ip_handling", "CONT-01"),
    (CONTRACT, "contract__personal_data_handling", "CONT-01"),
    (CONTRACT, "orderer__harassment_contact", "CONT-14"),
]


@settings(max_examples=len(REQUIRED) * 3, deadline=None)
@given(st.sampled_from(REQUIRED))
def test_removing_any_required_item_from_a_compliant_order_raises_its_rule(case):
    base, path, rule_id = case
    assert rule_id not in rules_of(base, Severity.ERROR) | rules_of(base, Severity.WARNING)
    removed = "" if path == "description" else None  # the file format requires the key
    assert rule_id in rules_of(changed(base, **{path: removed}))


_FULL_WIDTH = {code: code + 0xFEE0 for code in range(0x21, 0x7F)}
# 「口コミ投稿の経験」 alone is not a fake review (REFERENCE §12.1 POST-14 is about concepts since
# issue 12): the noise asks for ratings of a product not used
_NOISE = ("平日9時〜18時に作業。連絡はsato@example.jp、社外秘資料あり。"
          "使っていない商品にも★5の口コミを投稿してください。")
NOISY = changed(PROJECT, skills="口コミ投稿の経験", description=PROJECT["description"] + _NOISE)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([PROJECT, COMPETITION, CONTRACT, NOISY]),
       st.sets(st.sampled_from(["description", "deliverables", "skills", "place", "timeframe"])))  # fmt: skip
def test_full_width_variants_of_the_text_give_the_same_findings(base, keys):
    """A producer pasting from Word or a PDF gets full-width letters and digits: NFKC makes them equal."""
    wide = copy.deepcopy(base)
    for key in keys:
        if isinstance(wide.get(key), str):
            wide[key] = wide[key].translate(_FULL_WIDTH)
    if "contract" in wide:
        wide["contract"]["content"] = wide["contract"]["content"].translate(_FULL_WIDTH)
    expected = [(f.rule, f.severity) for f in findings(base)]
    assert [(f.rule, f.severity) for f in findings(wide)] == expected
    if base is NOISY:
        assert {"POST-13", "POST-14", "POST-19"} <= {rule for rule, _ in expected}
