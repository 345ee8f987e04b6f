"""What a posting must not ask for or reveal (POST-14, POST-15, POST-19)."""

from __future__ import annotations

import re

from ..orders import Order
from ..text import QT_TRANSLATE_NOOP, normalise
from . import Context, Finding, Severity, rule

B_PROHIBITED = QT_TRANSLATE_NOOP(
    "basis", "Association checklist item 7; platform terms; stealth-marketing regulation"
)
B_RESERVED = QT_TRANSLATE_NOOP("basis", "Association checklist item 12; professional statutes")
B_CONFIDENTIAL = QT_TRANSLATE_NOOP("basis", "Association checklist items 16–17")

_PROHIBITED = re.compile(
    r"口コミ投稿|クチコミ投稿|レビュー投稿|レビュー★?5|★5|星5|サクラ|やらせ|ステマ|"
    r"アカウント(?:作成|量産)|複数アカウント|なりすまし|"
    r"個人情報(?:の)?(?:収集|抽出)|メールアドレス(?:の)?(?:収集|抽出)|"
    r"レポート代行|論文代筆|卒論代行|課題代行|宿題代行"
)
_RESERVED = re.compile(
    r"(?:申請書|届出書|許可申請)(?:の)?(?:作成)?代行|官公署(?:に)?提出(?:する)?書類|"
    r"補助金(?:の)?申請(?:書)?(?:の)?(?:作成)?代行|法律相談|契約書(?:の)?リーガルチェック|"
    r"税務申告書(?:の)?作成|確定申告(?:書)?(?:の)?(?:作成)?代行|登記(?:申請)?代行|"
    r"社会保険(?:の)?手続(?:き)?代行"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<!\d)0\d{1,4}-\d{1,4}-\d{3,4}(?!\d)")
_SECRET = re.compile(r"社外秘|部外秘|極秘|confidential|パスワード[:：]\s*\S+", re.IGNORECASE)


def _posting_text(order: Order) -> str:
    parts = (order.title, order.description, order.deliverables, order.skills)
    return normalise("\n".join(parts))


def _words(pattern: re.Pattern[str], text: str) -> list[str]:
    return list(dict.fromkeys(m.group(0) for m in pattern.finditer(text)))


@rule("POST-14")
def prohibited_content(c: Context) -> Finding | None:
    words = _words(_PROHIBITED, _posting_text(c.order))
    if not words:
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "The posting asks for work platforms and the law do not allow ({words}): fake or "
        "undisclosed reviews, account farming, harvesting personal data or ghost-writing "
        "coursework.",
    )
    return Finding("POST-14", Severity.WARNING, message, B_PROHIBITED, "description", {"words": words})


@rule("POST-15")
def reserved_profession(c: Context) -> Finding | None:
    words = _words(_RESERVED, _posting_text(c.order))
    if not words:
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "Paid work of this kind is reserved to licensed professionals ({words}): order layout or "
        "research instead, or ask a licensed professional.",
    )
    return Finding("POST-15", Severity.WARNING, message, B_RESERVED, "description", {"words": words})


@rule("POST-19")
def confidential_data_in_posting(c: Context) -> Finding | None:
    order = c.order
    text = _posting_text(order)
    found = _words(_EMAIL, text) + _words(_PHONE, text) + _words(_SECRET, text)
    # the orderer's own published contact is meant to be seen
    own = {normalise(order.orderer.contact), normalise(order.contact)}
    found = [word for word in found if word not in own and not any(word in o for o in own if o)]
    if not found:
        return None
    message = QT_TRANSLATE_NOOP(
        "rules",
        "The public posting contains what may be confidential or someone's personal data "
        "({words}); share it only with the chosen worker, under a confidentiality clause.",
    )
    return Finding("POST-19", Severity.WARNING, message, B_CONFIDENTIAL, "description", {"words": found})
