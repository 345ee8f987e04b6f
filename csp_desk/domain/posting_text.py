"""The posting as text (募集文): one consistent Japanese layout showing every required item.

It carries the guideline's six soliciting items and the Freelance Act's six display items, so
it can be pasted into CrowdWorks, Lancers or an email as it is. A missing item is shown as
【未記入】 rather than left out, so the gap is visible in the text as well as in the checklist.
"""

from __future__ import annotations

import hashlib
from datetime import date

from .orders import Order
from .text import normalise

MISSING = "【未記入】"
ON_PROFILE = "（プラットフォームのプロフィールに記載）"


def _or_missing(text: str) -> str:
    return text.strip() if normalise(text) else MISSING


def _day(value: date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def _yen(amount: int) -> str:
    return f"{amount:,}円"


def reward_text(order: Order) -> str:
    reward = order.reward
    unit = {"hourly": "（時間単価）", "per_item": "（1件あたり）"}.get(order.effective_pricing, "")
    if reward.amount is not None:
        text = _yen(reward.amount)
    elif reward.min is not None and reward.max is not None:
        text = f"{_yen(reward.min)}〜{_yen(reward.max)}"
    elif reward.min is not None:
        text = f"{_yen(reward.min)}以上"
    elif reward.max is not None:
        text = f"{_yen(reward.max)}まで"
    elif reward.by_quote:
        return "ワーカーの見積りにより決定します"
    else:
        return MISSING
    tax = {"included": "（税込）", "excluded": "（税抜）"}.get(reward.tax or "", "")
    by_quote = "。最終的な金額は見積りにより決定します" if reward.by_quote else ""
    return f"{text}{unit}{tax}{by_quote}"


def _effort(order: Order) -> str:
    if order.order_type == "task" and order.estimated_minutes_per_item:
        quantity = f" × {order.quantity:,}件" if order.quantity else ""
        return f"1件あたり約{order.estimated_minutes_per_item:g}分{quantity}"
    if order.estimated_hours:
        return f"約{order.estimated_hours:g}時間"
    return MISSING


def _due(order: Order) -> str:
    parts = [p for p in (_day(order.due) if order.due else "", order.timeframe.strip()) if p]
    return "（".join(parts) + ("）" if len(parts) == 2 else "") if parts else MISSING


def _payment(order: Order) -> list[str]:
    payment = order.payment
    if normalise(payment.due_rule):
        when = payment.due_rule.strip()
    elif payment.days_after_delivery is not None:
        when = f"納品物の受領日から{payment.days_after_delivery}日目まで（受領日を1日目とします）"
    else:
        when = MISSING
    fee = {"orderer": "振込手数料は発注者が負担します", "worker": "振込手数料は受注者の負担です"}
    lines = [f"支払期日：{when}", f"支払方法：{_or_missing(payment.method)}"]
    if payment.transfer_fee_borne_by:
        lines.append(fee[payment.transfer_fee_borne_by])
    return lines


def _ip(order: Order) -> list[str]:
    ip = order.ip
    lines = [_or_missing(ip.handling)]
    said = normalise(ip.handling)
    if order.order_type == "competition":
        # the standard sentences only where the producer's own wording does not say it yet
        if ip.transfer == "assign" and "移転" not in said:
            lines.append("採用作品の著作権は、採用決定時に発注者へ移転します。")
        if ip.unselected_not_used and "不採用" not in said:
            lines.append("不採用の作品は、応募者の同意なく使用・公開しません。")
    return lines


def _revisions(order: Order) -> list[str]:
    revisions = order.revisions
    lines = []
    if revisions.free_rounds is not None:
        lines.append(f"無償の修正は{revisions.free_rounds}回までです。")
    if revisions.major_changes_renegotiated:
        lines.append("大幅な変更が必要な場合は、追加の報酬を含めて改めて協議します。")
    return lines


def posting_text(order: Order) -> str:
    """The posting in the house layout (Japanese, as the client's orderers will read it)."""
    orderer = order.orderer
    sections: list[tuple[str, list[str]]] = [
        ("仕事の内容", [_or_missing(order.description)]),
        ("成果物", [_or_missing(order.deliverables)]),
        ("必要なスキル・経験", [_or_missing(order.skills)]),
        ("作業時間の目安", [_effort(order)]),
        ("納期（予定）", [_due(order)]),
        ("業務に従事する場所", [_or_missing(order.place)]),
        ("報酬", [reward_text(order)]),
        ("報酬の支払期日・支払方法", _payment(order)),
        ("諸経費の取扱い", [_or_missing(order.expenses)]),
        ("知的財産権の取扱い", _ip(order)),
    ]
    revisions = _revisions(order)
    if revisions:
        sections.append(("修正の取扱い", revisions))
    address = orderer.address.strip() or (ON_PROFILE if "address" in orderer.profile_shows else MISSING)
    contact = orderer.contact.strip() or (ON_PROFILE if "contact" in orderer.profile_shows else MISSING)
    sections.append(("募集者", [f"名称：{_or_missing(orderer.name)}", f"所在地：{address}",
                               f"連絡先：{contact}"]))  # fmt: skip
    platform_messages = normalise(order.platform) not in ("", "direct")
    inquiry = order.contact.strip() or ("プラットフォームのメッセージ機能でお問い合わせください"
                                        if platform_messages else MISSING)  # fmt: skip
    sections.append(("お問い合わせ先", [inquiry]))
    out = [f"【{order.title.strip()}】", ""]
    for heading, lines in sections:
        out.append(f"■ {heading}")
        out.extend(lines)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def text_hash(text: str) -> str:
    """SHA-256 of the text as UTF-8: what a posted version is kept and compared by."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
