"""取引条件明示書 (terms notice): the guideline's 12 contract items and the Freelance Act Art 3
items that apply, in one Word document per contract. Refused while any required item is missing.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from pathlib import Path

from ..domain.money import settle, withholding
from ..domain.notice import _content as work_content
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
from ..domain.rules.contract import (
    _has_payment_date as has_payment_date,
)
from ..domain.rules.tax import withholding_required
from ..domain.text import QT_TRANSLATE_NOOP
from .common import Progress, jp_date, no_progress
from .word import close_with, fit_one_page, keep_next, new_document, styled, table, without_letterhead

HARASSMENT_ITEM = QT_TRANSLATE_NOOP("rules", "the harassment consultation desk")
PAYMENT_METHOD_ITEM = QT_TRANSLATE_NOOP("rules", "④ the payment method")
"""Item ④ named by what is missing when the reward and the payment date are there (a recorded
contract holds them): 「④報酬額、報酬の支払期日及び支払方法」 read as if the amount were missing."""
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
    if GL_ITEMS["payment"] in gl and contract.amount is not None and has_payment_date(contract):
        gl[gl.index(GL_ITEMS["payment"])] = PAYMENT_METHOD_ITEM
    return gl + act_only + [label for label in guideline if label == HARASSMENT_ITEM]


def quoted(text: str) -> str:
    """「text」 as Japanese quotes it: brackets inside become 『』."""
    return "「" + text.strip().replace("「", "『").replace("」", "』") + "」"


def _rows(order: Order, withheld: bool | None = None) -> list[list[str]]:
    """The table's rows; each label is broken where a reader would break it (the label column
    holds about 13 characters), never in the middle of a word."""
    contract = order.contract
    assert contract is not None
    orderer, worker = order.orderer, order.worker
    amount = contract.amount
    tax = {"included": "（消費税込み）", "excluded": "（消費税別）"}.get(order.reward.tax or "", "")
    reward = f"{amount:,}円{tax}" if amount is not None else reward_text(order)
    withheld_text = ""
    if withheld is None:
        withheld = withholding_required(order)
    if amount is not None and withheld:
        tax_amount = withholding(amount)
        if order.reward.tax == "excluded":  # 消費税別: the tax is added, as the ledger pays it
            consumption = settle(amount).tax
            withheld_text = (f"\n消費税 {consumption:,}円を加え、源泉徴収税額 {tax_amount:,}円を差し引いた"
                             f"{amount + consumption - tax_amount:,}円を支払います。")  # fmt: skip
        else:
            net = amount - tax_amount
            withheld_text = f"\n源泉徴収税額 {tax_amount:,}円を差し引き、{net:,}円を支払います。"
    payment_due = jp_date(contract.payment_due) if contract.payment_due else contract.payment_due_rule.strip()
    orderer_lines = [x.strip() for x in (orderer.name, orderer.address, orderer.contact) if x.strip()]
    rows = [
        ["発注者\n（名称・所在地・連絡先）", "\n".join(orderer_lines)],
        ["受注者\n（氏名又は名称）", worker.name if worker else ""],
        ["業務委託をした日\n（注文年月日）", jp_date(contract.contracted_on)],
        ["給付の内容\n（注文した仕事の内容）", work_content(order, contract)],
        ["報酬の額", reward + withheld_text],
        ["支払期日", payment_due],
        ["支払方法", contract.payment_method.strip()],
        ["諸経費の取扱い", (contract.expenses or order.expenses).strip()],
        ["給付を受領する期日\n（納期）", jp_date(contract.delivery_due)],
        ["給付を受領する場所\n（納品先・納品方法）", contract.delivery_place.strip()],
    ]
    if contract.inspection:
        rows.append(["検査を完了する期日\n（検収日）", jp_date(contract.inspection_due)])
    rows.append(["契約条件を変更する\n場合の取扱い", contract.change_handling.strip()])
    defects = contract.defect_handling.strip()
    if order.revisions.free_rounds is not None:
        defects += f"\n無償の修正は{order.revisions.free_rounds}回までとします。"
    rows.append(["成果物に瑕疵がある\n場合・納入が遅れた\n場合の取扱い", defects.strip()])
    rows.append(["知的財産権の取扱い", (contract.ip_handling or order.ip.handling).strip()])
    rows.append(["業務上知り得た\n個人情報の取扱い", contract.personal_data_handling.strip()])
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
        rows.append(["ハラスメントに\n関する相談窓口", orderer.harassment_contact.strip()])
    return rows


# how the notice says it was given (domain.notice.CHANNELS)
GIVEN_BY = {
    "platform": "この書面は、プラットフォームのメッセージ機能により電子データで交付します。"
    "紙の書面を希望される場合はお申し出ください。",
    "email": "この書面は、電子メールにより電子データで交付します。"
    "紙の書面を希望される場合はお申し出ください。",
    "paper": "この書面は、紙の書面で交付します。",
    "": "この書面は電子データで交付します。紙の書面を希望される場合はお申し出ください。",
}


def write_terms_notice(
    order: Order,
    out: Path,
    issued_on: date,
    progress: Progress = no_progress,
    accepted: Collection[str] = (),
    *,
    channel: str = "",
    contact_person: str = "",
    withheld: bool | None = None,
    amended_on: date | None = None,
    given_before: date | None = None,
) -> Path:
    """Writes the notice; raises NoticeIncomplete (writing nothing) while items are missing.
    `amended_on`: the day of the change of the contract this notice states the terms after.
    `given_before`: the day a notice of the same contract (since that change) was first given: this
    one gives it again and says so.
    `issued_on` is the day it is given to the worker (交付日), `channel` how (domain.notice.CHANNELS),
    `contact_person` the orderer's representative or person in charge for the issuer block,
    `withheld` whether withholding tax is deducted (None: as the work and worker call for).
    `accepted`: rule ids whose warning has a recorded reason (see `missing_items`)."""
    missing = missing_items(order, accepted)
    if missing:
        raise NoticeIncomplete(missing)
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = new_document()
    without_letterhead(doc)  # the orderer issues it: never on the producer's letterhead
    styled(doc, "取引条件明示書", "Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub = doc.add_paragraph("（契約条件通知書）")
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    issued = doc.add_paragraph(f"交付日：{jp_date(issued_on)}")
    issued.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    worker = order.worker
    to = doc.add_paragraph(f"{worker.name if worker else ''} 様")
    to.runs[0].bold = True
    to.paragraph_format.space_after = Pt(12)
    # the issuer block: on the right, apart from the addressee, as a Japanese business letter has it
    orderer = order.orderer
    issuer = ["（発注者）", orderer.name.strip(), orderer.address.strip()]
    if contact_person.strip():
        issuer.append(f"担当：{contact_person.strip()}")
    issuer.append(orderer.contact.strip())
    lines = [line for line in issuer if line]
    for index, line in enumerate(lines):
        paragraph = doc.add_paragraph(line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.space_after = Pt(0 if index < len(lines) - 1 else 12)
        if index == 1:
            paragraph.runs[0].bold = True
    basis = "自営型テレワークの適正な実施のためのガイドライン"
    if fl_applies(order):
        basis = "特定受託事業者に係る取引の適正化等に関する法律第3条及び" + basis
    keep_next(
        doc.add_paragraph(f"{basis}に基づき、{quoted(order.title)}の取引条件を次のとおり明示します。")
    )
    if amended_on is not None:
        keep_next(doc.add_paragraph(
            f"本書面は、{jp_date(amended_on)}に合意した契約内容の変更を反映した、変更後の取引条件です。"
        ))  # fmt: skip
    if given_before is not None and given_before < issued_on:
        keep_next(doc.add_paragraph(f"本書面は、{jp_date(given_before)}に交付した取引条件明示書を改めて交付するものです。"))
    keeping = "発注者・受注者ともに、本書面を契約の終了後3年間保存してください。"
    keep_next(doc.add_paragraph(GIVEN_BY.get(channel, GIVEN_BY[""]) + keeping))
    progress(1, 3)
    table(doc, ["項目", "内容"], _rows(order, withheld), [50, 120])  # its rows never break
    progress(2, 3)
    close_with(doc, "以上")  # with the last row: 以上 never stands alone on a page
    fit_one_page(doc)  # just over a page: tightened onto one (body text 9 pt or more)
    doc.core_properties.title = f"取引条件明示書 {order.title}"
    doc.core_properties.author = order.orderer.name
    out = Path(out)
    from .files import save

    save(doc, out)
    progress(3, 3)
    return out
