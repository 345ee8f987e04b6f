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
    "sha256": (QT_TRANSLATE_NOOP("audit", "Hash (SHA-256)"), "ハッシュ値（SHA-256）"),
    "platform": (QT_TRANSLATE_NOOP("audit", "Platform"), "サイト"),
    "url": (QT_TRANSLATE_NOOP("audit", "URL"), "URL"),
    "posted_on": (QT_TRANSLATE_NOOP("audit", "Posted on"), "掲載日"),
    "issued_on": (QT_TRANSLATE_NOOP("audit", "Issued on"), "明示日"),
    "file_name": (QT_TRANSLATE_NOOP("audit", "File name"), "ファイル名"),
}
CHANGE_KINDS = {
    "scope": (QT_TRANSLATE_NOOP("audit", "Scope"), "業務範囲"),
    "price": (QT_TRANSLATE_NOOP("audit", "Price"), "金額"),
    "dates": (QT_TRANSLATE_NOOP("audit", "Dates"), "日程"),
}
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
    base, _dot, key = name.partition(".")
    label = words(FIELDS[base]) if base in FIELDS else base
    return f"{label}（{key}）" if key else label


def _value(name: str, value: Any, words: Words, coded: Coded) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return words(YES_NO[0] if value else YES_NO[1])
    if isinstance(value, str):
        if name == "kind" and value in CHANGE_KINDS:
            return words(CHANGE_KINDS[value])
        label = coded(name, value)
        if label is not None:
            return label
    if isinstance(value, int):
        return f"{value:,}"
    text = str(value)
    try:  # dates and times as logged (ISO), shown the Japanese way
        if len(text) == 10:
            return f"{date.fromisoformat(text):%Y/%m/%d}"
        if len(text) >= 16 and text[10] == "T":
            return f"{datetime.fromisoformat(text):%Y/%m/%d %H:%M}"
    except ValueError:
        pass
    return text if len(text) <= LONGEST else text[:LONGEST] + "…"


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
            parts.append(
                f"{label}: {_value(name, old, words, coded)} → {_value(name, new, words, coded)}"
            )
    return "、".join(parts)
