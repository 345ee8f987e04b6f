"""Starting wording for a new posting, by order type and platform (the producer reviews it).

These are the usual clauses of Japanese crowdsourcing postings; they make a first draft complete
enough to discuss with the client, not a substitute for reading it.
"""

from __future__ import annotations

from dataclasses import replace

from .catalogue import Category
from .orders import Ip, Order, Payment, Revisions

PAYMENT_METHODS = {
    "crowdworks": "クラウドワークスの仮払い（エスクロー）による支払い",
    "lancers": "ランサーズの仮払い（エスクロー）による支払い",
    "coconala": "ココナラの決済機能による支払い",
    "direct": "銀行振込（振込手数料は発注者負担）",
}
PAYMENT_RULE = "検収完了日の翌月末日"
PLACE = "在宅（リモート）"
EXPENSES = (
    "業務に必要な機材・ソフトウェア・通信費は受注者の負担とします。"
    "有料素材などの購入が必要な場合は事前に相談のうえ発注者が負担します。"
)
IP_PROJECT = (
    "成果物の著作権（著作権法第27条・第28条に定める権利を含む）は、検収完了時に発注者へ移転します。"
    "受注者は発注者に対して著作者人格権を行使しません。制作実績としての公開は事前に相談のうえ可とします。"
)
IP_COMPETITION = (
    "採用作品の著作権（著作権法第27条・第28条に定める権利を含む）は、採用決定時に発注者へ移転し、"
    "応募者は著作者人格権を行使しません。不採用の作品は、応募者の同意なく使用・公開しません。"
)
IP_TASK = "納品されたデータの権利は、承認時に発注者へ移転します。"


def payment_method_for(platform: str) -> str:
    return PAYMENT_METHODS.get(platform.strip().casefold(), "")


BLANK = "（　）"
"""A blank in a category's specification, left for the producer to fill before posting."""


def _with_spec(deliverables: str, spec: str) -> str:
    if not spec or spec in deliverables:
        return deliverables
    return f"{deliverables.rstrip()}\n{spec}" if deliverables.strip() else spec


def with_templates(order: Order, category: Category | None = None) -> Order:
    """`order` with the standard wording filled in where it is still blank, and the usual
    specification of its work category added to the deliverables."""
    competition, task = order.order_type == "competition", order.order_type == "task"
    ip = order.ip
    if not ip.handling.strip():
        text = IP_COMPETITION if competition else IP_TASK if task else IP_PROJECT
        ip = Ip(handling=text, transfer="assign", includes_art27_28=None if task else True,
                moral_rights_not_exercised=None if task else True,
                unselected_not_used=True if competition else None)  # fmt: skip
    revisions = order.revisions
    if revisions == Revisions() and not task:
        revisions = Revisions(free_rounds=2, major_changes_renegotiated=True)
    payment = order.payment
    if not payment.method.strip() and not payment.due_rule.strip():
        payment = Payment(due_rule=PAYMENT_RULE, method=payment_method_for(order.platform),
                          transfer_fee_borne_by="orderer")  # fmt: skip
    if category is not None:
        order = replace(order, deliverables=_with_spec(order.deliverables, category.spec),
                        skills=order.skills or category.skills)  # fmt: skip
    return replace(
        order,
        place=order.place or PLACE,
        expenses=order.expenses or EXPENSES,
        ip=ip,
        revisions=revisions,
        payment=payment,
    )
