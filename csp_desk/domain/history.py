"""The audit log in words: which record, what was done, and each changed field with its old and
new value — the same reading for the window (labels translated) and the documents (Japanese)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .lifecycle import LABELS, State
from .order_types import LABELS as ORDER_TYPE_LABELS
from .order_types import OrderType
from .text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class HistoryLine:
    """One logged change of a record that belongs to an order."""

    at: datetime
    engagement_id: int
    title: str
    record: str
    """The table changed: engagement, work_contract, work_payment, posting …"""
    action: str
    """insert, update or delete."""
    changes: Mapping[str, list[Any]] = field(default_factory=dict)
    """{field: [old, new]} as logged."""
    worker: str = ""
    """The worker of the contract the record belongs to ('' for the order and its posting): a
    task's many contracts and payments read apart by it."""
    by: str = ""
    """Who made the change, on a team database: the member's name (else their sign-in); '' on a
    laptop's file."""


RECORDS = {
    "engagement": (QT_TRANSLATE_NOOP("audit", "Order"), "案件"),
    "work_contract": (QT_TRANSLATE_NOOP("audit", "Contract"), "契約"),
    "milestone": (QT_TRANSLATE_NOOP("audit", "Milestone"), "マイルストーン"),
    "delivery": (QT_TRANSLATE_NOOP("audit", "Delivery"), "納品"),
    "revision_request": (QT_TRANSLATE_NOOP("audit", "Revision"), "修正依頼"),
    "contract_change": (QT_TRANSLATE_NOOP("audit", "Change"), "契約変更"),
    "work_payment": (QT_TRANSLATE_NOOP("audit", "Payment"), "支払"),
    "rating": (QT_TRANSLATE_NOOP("audit", "Rating"), "評価"),
    "posting": (QT_TRANSLATE_NOOP("audit", "Posting"), "募集"),
    "posted_version": (QT_TRANSLATE_NOOP("audit", "Posted version"), "掲載した版"),
    "issued_notice": (QT_TRANSLATE_NOOP("audit", "Terms notice"), "条件明示書"),
}
ACTIONS = {
    "insert": (QT_TRANSLATE_NOOP("audit", "Recorded"), "記録"),
    "update": (QT_TRANSLATE_NOOP("audit", "Changed"), "変更"),
    "delete": (QT_TRANSLATE_NOOP("audit", "Deleted"), "削除"),
}
FIELDS = {
    "order_type": (QT_TRANSLATE_NOOP("audit", "Order type"), "発注形式"),
    "state": (QT_TRANSLATE_NOOP("audit", "State"), "状況"),
    "state_since": (QT_TRANSLATE_NOOP("audit", "State since"), "状況の日付"),
    "cancel_reason": (QT_TRANSLATE_NOOP("audit", "Reason for cancelling"), "キャンセルの理由"),
    "prepaid_on": (QT_TRANSLATE_NOOP("audit", "Prepaid on"), "仮払い日"),
    "prepaid_amount": (QT_TRANSLATE_NOOP("audit", "Prepaid amount"), "仮払い額"),
    "keep_until": (QT_TRANSLATE_NOOP("audit", "Kept until"), "保存期限"),
    "contracted_on": (QT_TRANSLATE_NOOP("audit", "Contracted on"), "契約日"),
    "amount": (QT_TRANSLATE_NOOP("audit", "Amount"), "金額"),
    "taxable": (QT_TRANSLATE_NOOP("audit", "Consumption tax"), "消費税の対象"),
    "withheld": (QT_TRANSLATE_NOOP("audit", "Withholding"), "源泉徴収の対象"),
    "free_rounds": (QT_TRANSLATE_NOOP("audit", "Free revision rounds"), "無償の修正回数"),
    "delivery_due": (QT_TRANSLATE_NOOP("audit", "Delivery due"), "納期"),
    "inspection_due": (QT_TRANSLATE_NOOP("audit", "Inspection due"), "検収期限"),
    "payment_due": (QT_TRANSLATE_NOOP("audit", "Payment due"), "支払期日"),
    "period_end": (QT_TRANSLATE_NOOP("audit", "Contract ends"), "契約期間の終了"),
    "notes": (QT_TRANSLATE_NOOP("audit", "Notes"), "備考"),
    "title": (QT_TRANSLATE_NOOP("audit", "Title"), "名称"),
    "due_on": (QT_TRANSLATE_NOOP("audit", "Due on"), "期日"),
    "escrowed_on": (QT_TRANSLATE_NOOP("audit", "Escrowed on"), "仮払い日"),
    "released_on": (QT_TRANSLATE_NOOP("audit", "Released on"), "支払確定日"),
    "delivered_on": (QT_TRANSLATE_NOOP("audit", "Delivered on"), "納品日"),
    "note": (QT_TRANSLATE_NOOP("audit", "Note"), "メモ"),
    "refused": (QT_TRANSLATE_NOOP("audit", "Refused"), "受領拒否"),
    "worker_at_fault": (QT_TRANSLATE_NOOP("audit", "Worker at fault"), "ワーカーの責任"),
    "requested_on": (QT_TRANSLATE_NOOP("audit", "Requested on"), "依頼日"),
    "asked": (QT_TRANSLATE_NOOP("audit", "What was asked"), "依頼内容"),
    "in_scope": (QT_TRANSLATE_NOOP("audit", "Within the contract"), "契約の範囲内"),
    "paid_extra": (QT_TRANSLATE_NOOP("audit", "Paid extra"), "追加報酬あり"),
    "changed_on": (QT_TRANSLATE_NOOP("audit", "Changed on"), "変更日"),
    "kind": (QT_TRANSLATE_NOOP("audit", "Kind"), "種類"),
    "description": (QT_TRANSLATE_NOOP("audit", "Description"), "内容"),
    "worker_consented": (QT_TRANSLATE_NOOP("audit", "Worker consented"), "ワーカーの同意"),
    "amended_notice_on": (QT_TRANSLATE_NOOP("audit", "Amended notice on"), "変更の明示日"),
    "amount_delta": (QT_TRANSLATE_NOOP("audit", "Change of amount"), "金額の増減"),
    "tax": (QT_TRANSLATE_NOOP("audit", "Tax"), "消費税"),
    "withholding": (QT_TRANSLATE_NOOP("audit", "Withholding tax"), "源泉徴収税額"),
    "paid_on": (QT_TRANSLATE_NOOP("audit", "Paid on"), "支払日"),
    "remitted_on": (QT_TRANSLATE_NOOP("audit", "Remitted on"), "源泉税の納付日"),
    "quality": (QT_TRANSLATE_NOOP("audit", "Quality"), "品質"),
    "schedule": (QT_TRANSLATE_NOOP("audit", "Schedule"), "納期の遵守"),
    "communication": (QT_TRANSLATE_NOOP("audit", "Communication"), "連絡"),
    "skill": (QT_TRANSLATE_NOOP("audit", "Skill"), "技能"),
    "partnership": (QT_TRANSLATE_NOOP("audit", "Partnership"), "協力"),
    "comment": (QT_TRANSLATE_NOOP("audit", "Comment"), "コメント"),
    "rated_on": (QT_TRANSLATE_NOOP("audit", "Rated on"), "評価日"),
    "order_json": (QT_TRANSLATE_NOOP("audit", "Posting terms"), "募集条件"),
    "record_json": (QT_TRANSLATE_NOOP("audit", "Posting record"), "募集の状況"),
    "text": (QT_TRANSLATE_NOOP("audit", "Posted text"), "掲載文"),
    "sha256": (QT_TRANSLATE_NOOP("audit", "Hash (SHA-256)"), "改ざん確認用の値"),
    "platform": (QT_TRANSLATE_NOOP("audit", "Platform"), "サイト"),
    "url": (QT_TRANSLATE_NOOP("audit", "URL"), "URL"),
    "posted_on": (QT_TRANSLATE_NOOP("audit", "Posted on"), "掲載日"),
    "issued_on": (QT_TRANSLATE_NOOP("audit", "Issued on"), "明示日"),
    "file_name": (QT_TRANSLATE_NOOP("audit", "File name"), "ファイル名"),
    "given_on": (QT_TRANSLATE_NOOP("audit", "Given on"), "交付日"),
    "channel": (QT_TRANSLATE_NOOP("audit", "Given by"), "交付の方法"),
    # the order (募集条件) as kept with a posting, its parts and their fields
    "format": (QT_TRANSLATE_NOOP("audit", "File format"), "形式"),
    "as_of": (QT_TRANSLATE_NOOP("audit", "As of"), "作成日"),
    "pricing": (QT_TRANSLATE_NOOP("audit", "Pricing"), "報酬の決め方"),
    "category": (QT_TRANSLATE_NOOP("audit", "Work category"), "作業の種類"),
    "deliverables": (QT_TRANSLATE_NOOP("audit", "Deliverables"), "納品物"),
    "skills": (QT_TRANSLATE_NOOP("audit", "Skills"), "必要なスキル"),
    "estimated_hours": (QT_TRANSLATE_NOOP("audit", "Estimated hours"), "想定作業時間"),
    "estimated_minutes_per_item": (
        QT_TRANSLATE_NOOP("audit", "Minutes per item"),
        "1件あたりの想定時間（分）",
    ),
    "quantity": (QT_TRANSLATE_NOOP("audit", "Quantity"), "件数"),
    "due": (QT_TRANSLATE_NOOP("audit", "Due"), "納期"),
    "timeframe": (QT_TRANSLATE_NOOP("audit", "Timeframe"), "作業期間"),
    "place": (QT_TRANSLATE_NOOP("audit", "Place of work"), "作業場所"),
    "reward": (QT_TRANSLATE_NOOP("audit", "Reward"), "報酬"),
    "min": (QT_TRANSLATE_NOOP("audit", "Minimum"), "下限"),
    "max": (QT_TRANSLATE_NOOP("audit", "Maximum"), "上限"),
    "by_quote": (QT_TRANSLATE_NOOP("audit", "By quote"), "見積もりで決定"),
    "payment": (QT_TRANSLATE_NOOP("audit", "Payment"), "支払"),
    "due_rule": (QT_TRANSLATE_NOOP("audit", "Payment date rule"), "支払期日の決め方"),
    "days_after_delivery": (QT_TRANSLATE_NOOP("audit", "Days after delivery"), "納品後の日数"),
    "method": (QT_TRANSLATE_NOOP("audit", "Method"), "方法"),
    "transfer_fee_borne_by": (QT_TRANSLATE_NOOP("audit", "Transfer fee borne by"), "振込手数料の負担"),
    "expenses": (QT_TRANSLATE_NOOP("audit", "Expenses"), "経費の負担"),
    "ip": (QT_TRANSLATE_NOOP("audit", "Intellectual property"), "知的財産権"),
    "handling": (QT_TRANSLATE_NOOP("audit", "Handling"), "扱い"),
    "transfer": (QT_TRANSLATE_NOOP("audit", "Transfer"), "譲渡・利用許諾"),
    "includes_art27_28": (
        QT_TRANSLATE_NOOP("audit", "Includes Art 27 and 28 rights"),
        "第27条・第28条の権利を含む",
    ),
    "moral_rights_not_exercised": (
        QT_TRANSLATE_NOOP("audit", "Moral rights not exercised"),
        "著作者人格権を行使しない",
    ),
    "unselected_not_used": (
        QT_TRANSLATE_NOOP("audit", "Unselected entries not used"),
        "不採用作品を使用しない",
    ),
    "revisions": (QT_TRANSLATE_NOOP("audit", "Revisions"), "修正"),
    "major_changes_renegotiated": (
        QT_TRANSLATE_NOOP("audit", "Major changes renegotiated"),
        "大幅な変更は再協議",
    ),
    "contact": (QT_TRANSLATE_NOOP("audit", "Contact"), "連絡先"),
    "orderer": (QT_TRANSLATE_NOOP("audit", "Orderer"), "発注者"),
    "worker": (QT_TRANSLATE_NOOP("audit", "Worker"), "受注者"),
    "contract": (QT_TRANSLATE_NOOP("audit", "Contract"), "契約"),
    "name": (QT_TRANSLATE_NOOP("audit", "Name"), "名称"),
    "address": (QT_TRANSLATE_NOOP("audit", "Address"), "所在地"),
    "prefecture": (QT_TRANSLATE_NOOP("audit", "Prefecture"), "都道府県"),
    "is_business": (QT_TRANSLATE_NOOP("audit", "Is a business"), "事業者"),
    "is_corporation": (QT_TRANSLATE_NOOP("audit", "Is a corporation"), "法人"),
    "has_employees": (QT_TRANSLATE_NOOP("audit", "Has employees"), "従業員あり"),
    "officer_count": (QT_TRANSLATE_NOOP("audit", "Officers"), "役員数"),
    "capital_yen": (QT_TRANSLATE_NOOP("audit", "Capital (yen)"), "資本金（円）"),
    "employee_count": (QT_TRANSLATE_NOOP("audit", "Employees"), "従業員数"),
    "corporate_number": (QT_TRANSLATE_NOOP("audit", "Corporate number"), "法人番号"),
    "profile_shows": (QT_TRANSLATE_NOOP("audit", "Profile shows"), "プロフィールの表示"),
    "harassment_contact": (QT_TRANSLATE_NOOP("audit", "Harassment contact"), "ハラスメント相談窓口"),
    "invoice_number": (QT_TRANSLATE_NOOP("audit", "Invoice registration number"), "登録番号"),
    "notice_sent_on": (QT_TRANSLATE_NOOP("audit", "Notice given on"), "明示書の交付日"),
    "content": (QT_TRANSLATE_NOOP("audit", "Content of the work"), "業務の内容"),
    "delivery_place": (QT_TRANSLATE_NOOP("audit", "Place of delivery"), "納品の方法・場所"),
    "inspection": (QT_TRANSLATE_NOOP("audit", "Inspection"), "検査の有無"),
    "payment_due_rule": (QT_TRANSLATE_NOOP("audit", "Payment date rule"), "支払期日の決め方"),
    "payment_method": (QT_TRANSLATE_NOOP("audit", "Payment method"), "支払方法"),
    "change_handling": (QT_TRANSLATE_NOOP("audit", "Handling of changes"), "変更の扱い"),
    "defect_handling": (QT_TRANSLATE_NOOP("audit", "Handling of defects"), "不具合の扱い"),
    "ip_handling": (QT_TRANSLATE_NOOP("audit", "Handling of rights"), "権利の扱い"),
    "personal_data_handling": (QT_TRANSLATE_NOOP("audit", "Handling of personal data"), "個人情報の扱い"),
    "handles_personal_data": (QT_TRANSLATE_NOOP("audit", "Handles personal data"), "個人情報を扱う"),
    "period_start": (QT_TRANSLATE_NOOP("audit", "Contract starts"), "契約期間の開始"),
    "reentrustment": (QT_TRANSLATE_NOOP("audit", "Re-entrustment"), "再委託"),
    "original_client": (QT_TRANSLATE_NOOP("audit", "Original client"), "元委託者"),
    "original_payment_due": (QT_TRANSLATE_NOOP("audit", "Original payment date"), "元委託の支払期日"),
    # the posting's record (募集の状況)
    "status": (QT_TRANSLATE_NOOP("audit", "Status"), "募集の状況"),
    "deadline": (QT_TRANSLATE_NOOP("audit", "Deadline"), "募集の締切"),
    "first_application_on": (QT_TRANSLATE_NOOP("audit", "First application on"), "最初の応募日"),
    "applicants_notified": (QT_TRANSLATE_NOOP("audit", "Applicants notified"), "応募者への連絡"),
    "legal_orderer": (QT_TRANSLATE_NOOP("audit", "Who orders"), "発注の名義"),
    "platform_party": (QT_TRANSLATE_NOOP("audit", "Platform's role"), "プラットフォームの立場"),
    "started_on": (QT_TRANSLATE_NOOP("audit", "Work started on"), "作業開始日"),
    "undetermined": (QT_TRANSLATE_NOOP("audit", "Terms not yet fixed"), "未定の事項"),
    "item": (QT_TRANSLATE_NOOP("audit", "Item"), "事項"),
    "reason": (QT_TRANSLATE_NOOP("audit", "Reason"), "理由"),
    "planned_on": (QT_TRANSLATE_NOOP("audit", "Planned on"), "予定日"),
    "fixed_on": (QT_TRANSLATE_NOOP("audit", "Fixed on"), "確定日"),
    "supplement_sent_on": (QT_TRANSLATE_NOOP("audit", "Supplement given on"), "補充の明示日"),
    "terms_changed_on": (QT_TRANSLATE_NOOP("audit", "Terms changed on"), "条件の変更日"),
    "client_name": (QT_TRANSLATE_NOOP("audit", "Client"), "顧客"),
    "producer_name": (QT_TRANSLATE_NOOP("audit", "Producer"), "プロデューサー"),
}
CODED_VALUES = {
    ("channel", "platform"): (QT_TRANSLATE_NOOP("audit", "platform message"), "プラットフォームのメッセージ"),
    ("channel", "email"): (QT_TRANSLATE_NOOP("audit", "e-mail"), "電子メール"),
    ("channel", "paper"): (QT_TRANSLATE_NOOP("audit", "paper"), "書面"),
    ("kind", "individual"): (QT_TRANSLATE_NOOP("audit", "individual"), "個人"),
    ("kind", "corporation"): (QT_TRANSLATE_NOOP("audit", "corporation"), "法人"),
    ("tax", "excluded"): (QT_TRANSLATE_NOOP("audit", "tax excluded"), "税抜（消費税別）"),
    ("tax", "included"): (QT_TRANSLATE_NOOP("audit", "tax included"), "税込"),
    ("pricing", "fixed"): (QT_TRANSLATE_NOOP("audit", "fixed price"), "固定報酬"),
    ("pricing", "hourly"): (QT_TRANSLATE_NOOP("audit", "hourly"), "時間単価"),
    ("pricing", "per_item"): (QT_TRANSLATE_NOOP("audit", "per item"), "1件あたり"),
    ("transfer_fee_borne_by", "orderer"): (QT_TRANSLATE_NOOP("audit", "the orderer"), "発注者"),
    ("transfer_fee_borne_by", "worker"): (QT_TRANSLATE_NOOP("audit", "the worker"), "受注者"),
    ("transfer", "assign"): (QT_TRANSLATE_NOOP("audit", "assigned"), "譲渡"),
    ("transfer", "license"): (QT_TRANSLATE_NOOP("audit", "licensed"), "利用許諾"),
    ("transfer", "none"): (QT_TRANSLATE_NOOP("audit", "kept by the worker"), "受注者に留保"),
    ("status", "draft"): (QT_TRANSLATE_NOOP("audit", "draft"), "下書き"),
    ("status", "open"): (QT_TRANSLATE_NOOP("audit", "open for applications"), "募集中"),
    ("status", "filled"): (QT_TRANSLATE_NOOP("audit", "filled"), "決定済み"),
    ("status", "closed"): (QT_TRANSLATE_NOOP("audit", "closed"), "終了"),
    ("legal_orderer", "client"): (QT_TRANSLATE_NOOP("audit", "the client"), "顧客"),
    ("legal_orderer", "producer"): (QT_TRANSLATE_NOOP("audit", "the producer"), "プロデューサー"),
}
"""Coded values of the logged records in words (a state and an order type are the caller's)."""
CHANGE_KINDS = {
    "scope": (QT_TRANSLATE_NOOP("audit", "Scope"), "業務範囲"),
    "price": (QT_TRANSLATE_NOOP("audit", "Price"), "金額"),
    "dates": (QT_TRANSLATE_NOOP("audit", "Dates"), "日程"),
}
KEPT = (QT_TRANSLATE_NOOP("audit", "kept in full"), "その時点の内容をすべて保存")
"""A kept order or record, logged as 「…」 when it is first written (the record itself holds it)."""
HASH_SHOWN = 12
"""Hexadecimal digits of a hash a document shows: enough to compare with the file, not a line of
64 digits a client cannot read (the record keeps the whole)."""
YES_NO = ((QT_TRANSLATE_NOOP("audit", "yes"), "はい"), (QT_TRANSLATE_NOOP("audit", "no"), "いいえ"))
LONGEST = 200
"""Characters of a value shown (a posted text can be long; the posted version keeps it whole)."""

Words = Callable[[tuple[str, str]], str]
"""Picks the words for a (source to translate, Japanese) pair: the window translates, documents
take the Japanese."""
Coded = Callable[[str, str], str | None]
"""The label of a coded value (a state, an order type) kept elsewhere, or None to show it as is."""


def japanese(pair: tuple[str, str]) -> str:
    return pair[1]


def source_labels(field: str, value: str) -> str | None:
    """States and order types in the interface's source words (untranslated)."""
    if field == "state" and value in State._value2member_map_:
        return LABELS[State(value)]
    if field == "order_type" and value in OrderType._value2member_map_:
        return ORDER_TYPE_LABELS[OrderType(value)]
    return None


def _field_label(name: str, words: Words) -> str:
    """「募集条件・契約・変更の扱い」 for order_json.contract.change_handling."""
    return "・".join(words(FIELDS[part]) if part in FIELDS else part for part in name.split("."))


def _value(name: str, value: Any, words: Words, coded: Coded) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return words(YES_NO[0] if value else YES_NO[1])
    if value == "…" and name.endswith("_json"):
        return words(KEPT)
    field = name.rpartition(".")[2]
    if field == "sha256" and words is japanese and isinstance(value, str) and len(value) > HASH_SHOWN:
        return f"{value[:HASH_SHOWN]}…（SHA-256 の先頭）"  # a document's reader; the window shows it whole
    if isinstance(value, dict):  # a part of a kept order: its fields in words
        parts = [f"{_field_label(key, words)}: {_value(key, item, words, coded)}"
                 for key, item in value.items() if item not in (None, "", [], {})]  # fmt: skip
        return _cut("、".join(parts) or "—")
    if isinstance(value, list | tuple):
        return _cut("、".join(_value(field, item, words, coded) for item in value))
    if isinstance(value, str):
        if field == "kind" and value in CHANGE_KINDS:
            return words(CHANGE_KINDS[value])
        if (field, value) in CODED_VALUES:
            return words(CODED_VALUES[(field, value)])
        label = coded(field, value)
        if label is not None:
            return label
    if isinstance(value, int):
        return f"{value:,}"
    text = str(value)
    if "。" in text:  # a sentence (a comment, a note): quoted, so the list's 「、」 never follows its 「。」
        return f"「{_cut(text)}」"
    try:  # dates and times as logged (ISO), shown the Japanese way
        if len(text) == 10:
            return f"{date.fromisoformat(text):%Y/%m/%d}"
        if len(text) >= 16 and text[10] == "T":
            return f"{datetime.fromisoformat(text):%Y/%m/%d %H:%M}"
    except ValueError:
        pass
    return _cut(text)


def _cut(text: str) -> str:
    return text if len(text) <= LONGEST else text[:LONGEST] + "…"


def _expanded(name: str, old: Any, new: Any) -> list[tuple[str, Any, Any]]:
    """A changed part of a kept order (both sides objects) as its changed fields, one by one."""
    if isinstance(old, dict) and isinstance(new, dict):
        out = []
        for key in sorted(set(old) | set(new)):
            if old.get(key) != new.get(key):
                out.extend(_expanded(f"{name}.{key}", old.get(key), new.get(key)))
        return out
    return [(name, old, new)]


def changes_text(
    changes: Mapping[str, list[Any]],
    action: str,
    words: Words = japanese,
    coded: Coded = source_labels,
) -> str:
    """The changed fields in words, keys to other records left out: 「金額: 50,000 → 60,000」;
    a new record lists what it was recorded with, a deleted one what it held."""
    parts = []
    for name, (old, new) in changes.items():
        if name == "id" or name.endswith("_id"):
            continue
        label = _field_label(name, words)
        if action == "insert":
            if new not in (None, ""):
                parts.append(f"{label}: {_value(name, new, words, coded)}")
        elif action == "delete":
            parts.append(f"{label}: {_value(name, old, words, coded)}")
        else:
            for part, before, after in _expanded(name, old, new):
                label = _field_label(part, words)
                parts.append(
                    f"{label}: {_value(part, before, words, coded)} → {_value(part, after, words, coded)}"
                )
    return "、".join(parts)
