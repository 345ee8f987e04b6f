"""取引条件明示書 (terms notice): the guideline's 12 contract items and the Freelance Act Art 3
items that apply, in one Word document per contract. Refused while any required item is missing.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from pathlib import Path

from ..domain.money import withholding
from ..domain.orders import Order
from ..domain.posting_text import reward_text
from ..domain.rules.applicability import art4_12_14_apply, fl_applies
from ..domain.rules.contract import (
    ART3_ITEMS,
    GL_ITEMS,
    harassment_desk_missing,
    missing_art3_items,
    missing_gl_items,
)
from ..domain.rules.tax import withholding_required
from ..domain.text import QT_TRANSLATE_NOOP
from .common import Progress, jp_date, no_progress
from .word import keep_next, new_document, styled, table

HARASSMENT_ITEM = QT_TRANSLATE_NOOP("rules", "the harassment consultation desk")
NO_CONTRACT = QT_TRANSLATE_NOOP("rules", "the contract terms")


# the guideline item that covers an Art 3 item (where the keys differ)
ART3_IN_GUIDELINE = {"amount": "payment", "payment_due": "payment"}


class NoticeIncomplete(ValueError):
    """The notice cannot be issued; `items` lists what is missing (labels to translate)."""

    def __init__(self, items: list[str]):
        super().__init__(", ".join(items))
        self.items = items


def notice_gaps(order: Order, accepted: Collection[str] = ()) -> tuple[list[str], list[str]]:
    """What a terms notice for this contract still lacks, as (required, guideline): the Freelance
    Act's Art 3 items when the Act applies (CONT-02, errors: only filling them in helps), and the
    guideline's items and the harassment desk (CONT-01, CONT-14, warnings) unless their rule id is
    in `accepted`, i.e. a reason for leaving them out was recorded."""
    contract = order.contract
    if contract is None:
        return [NO_CONTRACT], []
    required = [ART3_ITEMS[item] for item in missing_art3_items(order, contract)] if fl_applies(order) else []
    guideline = []
    if "CONT-01" not in accepted:
        guideline = [GL_ITEMS[item] for item in missing_gl_items(order, contract)]
    if "CONT-14" not in accepted and harassment_desk_missing(order):
        guideline.append(HARASSMENT_ITEM)
    return required, guideline


def missing_items(order: Order, accepted: Collection[str] = ()) -> list[str]:
    """Everything that stops the notice (empty: it can be issued), in the checklist's terms
    (`rules.contract.notice_blockers`); an Act item already named by its guideline item is not
    named twice."""
    contract = order.contract
    if contract is None:
        return [NO_CONTRACT]
    guideline = notice_gaps(order, accepted)[1]
    named = set(missing_gl_items(order, contract)) if "CONT-01" not in accepted else set()
    act_only = [ART3_ITEMS[item] for item in missing_art3_items(order, contract)
                if ART3_IN_GUIDELINE.get(item, item) not in named]  # fmt: skip
    if not fl_applies(order):
        act_only = []
    gl = [label for label in guideline if label != HARASSMENT_ITEM]
    return gl + act_only + [label for label in guideline if label == HARASSMENT_ITEM]


def _rows(order: Order) -> list[list[str]]:
    contract = order.contract
    assert contract is not None
    orderer, worker = order.orderer, order.worker
    amount = contract.amount
    tax = {"included": "（消費税込み）", "excluded": "（消費税別）"}.get(order.reward.tax or "", "")
    reward = f"{amount:,}円{tax}" if amount is not None else reward_text(order)
    withheld = ""
    if amount is not None and withholding_required(order):
        tax_amount = withholding(amount)
        withheld = f"\n源泉徴収税額 {tax_amount:,}円を差し引き、{amount - tax_amount:,}円を支払います。"
    payment_due = jp_date(contract.payment_due) if contract.payment_due else contract.payment_due_rule.strip()
    rows = [
        ["発注者（名称・所在地・連絡先）", f"{orderer.name}\n{orderer.address}\n{orderer.contact}"],
        ["受注者（氏名又は名称）", worker.name if worker else ""],
        ["業務委託をした日（注文年月日）", jp_date(contract.contracted_on)],
        ["給付の内容（注文した仕事の内容）", contract.content.strip()],
        ["報酬の額", reward + withheld],
        ["支払期日", payment_due],
        ["支払方法", contract.payment_method.strip()],
        ["諸経費の取扱い", (contract.expenses or order.expenses).strip()],
        ["給付を受領する期日（納期）", jp_date(contract.delivery_due)],
        ["給付を受領する場所（納品先・納品方法）", contract.delivery_place.strip()],
    ]
    if contract.inspection:
        rows.append(["検査を完了する期日（検収日）", jp_date(contract.inspection_due)])
    rows.append(["契約条件を変更する場合の取扱い", contract.change_handling.strip()])
    defects = contract.defect_handling.strip()
    if order.revisions.free_rounds is not None:
        defects += f"\n無償の修正は{order.revisions.free_rounds}回までとします。"
    rows.append(["成果物に瑕疵がある場合・納入が遅れた場合の取扱い", defects])
    rows.append(["知的財産権の取扱い", (contract.ip_handling or order.ip.handling).strip()])
    rows.append(["業務上知り得た個人情報の取扱い", contract.personal_data_handling.strip()])
    if contract.reentrustment is not None:
        r = contract.reentrustment
        rows.append(
            [
                "再委託に関する事項",
                f"本件は再委託です。元委託者：{r.original_client}、"
                f"元委託の支払期日：{jp_date(r.original_payment_due)}",
            ]
        )
    if contract.period_start or contract.period_end:
        rows.append(["契約期間", f"{jp_date(contract.period_start)}〜{jp_date(contract.period_end)}"])
    if art4_12_14_apply(order):
        rows.append(["ハラスメントに関する相談窓口", orderer.harassment_contact.strip()])
    return rows


def write_terms_notice(
    order: Order,
    out: Path,
    issued_on: date,
    progress: Progress = no_progress,
    accepted: Collection[str] = (),
) -> Path:
    """Writes the notice; raises NoticeIncomplete (writing nothing) while items are missing.
    `accepted`: rule ids whose warning has a recorded reason (see `missing_items`)."""
    missing = missing_items(order, accepted)
    if missing:
        raise NoticeIncomplete(missing)
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = new_document()
    styled(doc, "取引条件明示書", "Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub = doc.add_paragraph("（契約条件通知書）")
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    issued = doc.add_paragraph(f"交付日：{jp_date(issued_on)}")
    issued.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    worker = order.worker
    to = doc.add_paragraph(f"{worker.name if worker else ''} 様")
    to.runs[0].bold = True
    doc.add_paragraph(f"{order.orderer.name}")
    basis = "自営型テレワークの適正な実施のためのガイドライン"
    if fl_applies(order):
        basis = "特定受託事業者に係る取引の適正化等に関する法律第3条及び" + basis
    keep_next(
        doc.add_paragraph(f"{basis}に基づき、「{order.title.strip()}」の取引条件を次のとおり明示します。")
    )
    progress(1, 3)
    table(doc, ["項目", "内容"], _rows(order), [55, 115])
    progress(2, 3)
    doc.add_paragraph()
    doc.add_paragraph(
        "この書面は電子データで交付します。紙の書面を希望される場合はお申し出ください。"
        "発注者・受注者ともに、本書面を契約の終了後3年間保存してください。"
    )
    doc.core_properties.title = f"取引条件明示書 {order.title}"
    doc.core_properties.author = order.orderer.name
    out = Path(out)
    doc.save(str(out))
    progress(3, 3)
    return out
