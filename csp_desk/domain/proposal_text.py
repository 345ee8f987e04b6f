"""The sentences of a proposal written from the data itself (documents are always Japanese): why
each work item has its order type, what the client can expect, which of the five common troubles
(REFERENCE §10) the items are exposed to and how they are avoided, who does what, next steps."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .breakdown import WorkItemDraft
from .order_types import DEFAULT_REASONS, LABELS_JA, OrderType

LONG_DAYS = 30
"""An order running this many days or more is long: changes of the request become likely (②)."""
LARGE_HOURS = 40.0
BIG_REWARD = 100_000
"""A reward from which the producer checks the workers' record before choosing."""


def _yen(amount: int) -> str:
    return f"{amount:,}円"


def _days(item: WorkItemDraft) -> int | None:
    if item.start_date and item.due_date:
        return (item.due_date - item.start_date).days + 1
    return None


def _first(text: str, limit: int = 40) -> str:
    """The deliverables' first line, short enough for a sentence."""
    line = next((part.strip() for part in re.split(r"[\n。]", text) if part.strip()), "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _budget(item: WorkItemDraft) -> str:
    low, high = item.budget_min, item.budget_max
    if low and high and low != high:
        return f"{_yen(low)}〜{_yen(high)}"
    if low or high:
        return _yen(low or high or 0)
    return ""


def is_default_reason(text: str) -> bool:
    """Whether a stored reason is one of the pre-filled sentences (not the producer's own)."""
    plain = unicodedata.normalize("NFKC", text).strip()
    return not plain or any(plain == unicodedata.normalize("NFKC", r) for r in DEFAULT_REASONS.values())


def type_reason(item: WorkItemDraft, category: str = "") -> str:
    """Why this item is ordered as it is, from its own properties; the producer's own reason,
    when typed (not the pre-filled sentence), comes first."""
    own = "" if is_default_reason(item.type_reason) else item.type_reason.strip()
    what = _first(item.deliverables) or item.title
    days = _days(item)
    budget = _budget(item)
    kind = f"{category}の" if category else ""
    parts: list[str] = []
    if item.order_type is OrderType.COMPETITION:
        parts.append(f"「{what}」は{kind}案を見て好みで選ぶ成果物です。")
        if budget:
            parts.append(f"賞金{budget}を示して募集すれば、複数のワーカーの完成案を見比べてから一つを選べます。")
        else:
            parts.append("複数のワーカーの完成案を見比べてから一つを選べます。")
        if days:
            parts.append(f"募集と選考を含めて{days}日を見込んでいます。")
    elif item.order_type is OrderType.TASK:
        if item.quantity and item.minutes_per_item:
            parts.append(f"「{what}」は1件{item.minutes_per_item}分ほどの作業{item.quantity:,}件に分けられるため、"
                         "多くのワーカーに分担して進められます。")  # fmt: skip
            if item.budget_max and item.quantity:
                unit = item.budget_max // item.quantity
                parts.append(f"1件あたりの報酬は最大{_yen(unit)}ほどで、1件ずつ確認して承認するので品質をそろえられます。")
            else:
                parts.append("1件ずつ確認して承認するので品質をそろえられます。")
        else:
            parts.append(f"「{what}」は同じ形の小さな作業に分けられるため、1件ずつ承認するタスク形式にします。")
        if days:
            parts.append(f"分担することで{days}日ほどで終えられます。")
    else:
        hours = f"{item.hours:g}時間ほどの作業で、" if item.hours else ""
        parts.append(f"「{what}」は{kind}仕様を一人のワーカーとすり合わせながら仕上げる成果物です。")
        if budget:
            parts.append(f"{hours}予算は{budget}の目安のため、複数の提案と見積もりを比べて一人と契約します。")
        else:
            parts.append(f"{hours}複数の提案と見積もりを比べて一人と契約します。")
        if (item.budget_max or 0) >= BIG_REWARD:
            parts.append("金額が大きいため、実績と評価を確かめてから選びます。")
        if days and days >= LONG_DAYS:
            parts.append(f"期間が{days}日と長いため、途中で進み具合を確かめる区切りを設けます。")
    generated = "".join(parts)
    return f"{own}（{generated}）" if own else generated


def expected_effect(description: str, items: Sequence[WorkItemDraft]) -> str:
    """What the client can expect from a problem's work: the deliverables, toward the goal the
    client named (the catalogue's statement, when the problem came from it)."""
    things = [_first(item.deliverables, 30) or item.title for item in items]
    things = list(dict.fromkeys(t for t in things if t))
    listed = "、".join(f"「{t}」" for t in things[:4]) + ("など" if len(things) > 4 else "")
    goal = description.strip().rstrip("。")
    if listed and goal:
        return f"{listed}がそろい、「{goal}」というご要望に応える土台ができます。"
    if listed:
        return f"{listed}がそろい、社内で手の回らなかった仕事が形になります。"
    if goal:
        return f"「{goal}」というご要望に応える業務を、この課題の中で決めていきます。"
    return ""


@dataclass(frozen=True)
class Risk:
    number: str
    trouble: str
    why: str
    avoid: str


def risks(items: Sequence[WorkItemDraft], design_like: Sequence[bool] | None = None) -> list[Risk]:
    """The seed's five common troubles that these items are exposed to, with why and how the
    producer avoids each (REFERENCE §10). `design_like`: per item, whether its deliverable is a
    work of authorship (design, writing, video, naming) — by its category."""
    if not items:
        return []
    design_like = design_like or [False] * len(items)
    found: list[Risk] = []
    found.append(Risk(
        "①", "依頼内容が明確でない",
        f"{len(items)}件の業務それぞれで、目的・成果物・形式・数量が伝わらないと提案がずれます。",
        "募集文は目的、成果物の仕様と形式、数量、参考資料、検収の基準をそろえ、プロデューサーが"
        "チェックリスト（ガイドラインの明示事項）で確かめてから掲載します。",
    ))  # fmt: skip
    long = [i.title for i in items if (_days(i) or 0) >= LONG_DAYS or (i.hours or 0) >= LARGE_HOURS]
    if long:
        found.append(Risk(
            "②", "依頼内容が大幅に変更になる",
            f"「{long[0]}」{'など' if len(long) > 1 else ''}期間や作業量の大きい業務は、"
            "途中で要望が変わりやすくなります。",
            "契約に変更時の扱い（追加報酬・納期の見直し）を書き、変更は内容と合意を記録したうえで、"
            "条件を書面で示し直します。",
        ))  # fmt: skip
    found.append(Risk(
        "③", "発注者と連絡が取れなくなる",
        "ワーカーからの質問や納品の確認に返事が遅れると、作業が止まり、報酬の支払いも遅れます。",
        "御社のご担当者と代わりの連絡先を決め、返信はおおむね3営業日以内とします。プロデューサーが"
        "窓口として催促と日程の管理を行います。",
    ))  # fmt: skip
    revised = [i.title for i, d in zip(items, design_like, strict=False)
               if d or i.order_type is OrderType.COMPETITION]  # fmt: skip
    if revised:
        found.append(Risk(
            "④", "納品後の修正が多い",
            f"「{revised[0]}」{'など' if len(revised) > 1 else ''}好みが関わる成果物は、"
            "修正の依頼が重なりがちです。",
            "無料で直す回数と、不具合の修正と新しい依頼との区別を契約に書きます。大きな変更は"
            "改めて相談し、追加の報酬を決めます。",
        ))  # fmt: skip
    competitions = [i.title for i in items if i.order_type is OrderType.COMPETITION]
    authored = [i.title for i, d in zip(items, design_like, strict=False) if d]
    if competitions or authored:
        why = "成果物の著作権を誰が持つかが決まっていないと、使い方が限られたり争いになったりします。"
        avoid = ("著作権の譲渡（翻案権など著作権法第27条・第28条の権利を含む）の時期と範囲、著作者人格権を"
                 "行使しないこと、素材やフォントの権利を契約に書きます。")  # fmt: skip
        if competitions:
            why = f"「{competitions[0]}」のコンペでは、採用しなかった案にもワーカーの権利が残ります。" + why
            avoid += "採用しなかった案は選考以外に使わず、公開もしません。"
        found.append(Risk("⑤", "著作権の取り扱いが明確でない", why, avoid))
    return found


ROLES = (
    ("御社（発注者）",
     "目的とご要望の共有、素材や資料のご提供、ワーカーの選定と成果物の確認（検収）、"
     "報酬の仮払いとお支払い、ワーカーからの質問へのご返信"),
    ("クラウドソーシング・プロデューサー",
     "業務の分解と発注形式の提案、募集文の作成と法令・ガイドラインの確認、プラットフォーム選び、"
     "ワーカー選定のお手伝い、取引条件の明示、進み具合の管理とトラブルの窓口、進捗のご報告"),
    ("ワーカー（受注者）",
     "提案・見積もりや作品の提出、契約した成果物の制作と納品、決められた範囲での修正"),
)  # fmt: skip
"""Who does what (client / producer / worker)."""


def next_steps(
    valid_until: date, first_start: date | None, platforms: Sequence[str], *, rescheduled: bool = False
) -> list[str]:
    """What happens after the client reads the proposal, with the dates known; `rescheduled`:
    some items were planned to start before the document's date, so the dates are set again."""
    def format_date(day: date) -> str:
        return f"{day.year}年{day.month}月{day.day}日"

    chosen = "、".join(dict.fromkeys(p for p in platforms if p))
    steps = [
        f"本提案書の内容をご確認のうえ、{format_date(valid_until)}までに承認欄にご記入ください。",
        f"利用するプラットフォーム（候補：{chosen}）を決め、御社名義のアカウントを用意します。"
        if chosen else "利用するプラットフォームを一緒に決め、御社名義のアカウントを用意します。",
        "業務ごとの募集文をプロデューサーが作成し、御社にご確認いただいてから掲載します。",
        "本書の日付より前に始まる予定だった業務の開始日と納期を見直し、募集を始める日を決めます。"
        if rescheduled else
        ("最初の業務の募集を" + format_date(first_start) + "ごろに始めます。") if first_start
        else "最初の業務の募集開始日をご相談して決めます。",
        "ワーカーを選んで契約し、報酬を仮払いします。取引条件は書面（またはメール）で明示します。",
        "作業の進み具合は、進捗報告書で定期的にご報告します。",
    ]  # fmt: skip
    return steps


def order_type_label(order_type: OrderType) -> str:
    return LABELS_JA[order_type]
