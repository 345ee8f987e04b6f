"""The personal data held about a person, readable in Japanese (labels and states in words), written
beside the JSON export a data subject's request asks for (store/privacy.py gives the data)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.lifecycle import LABELS as STATE_LABELS
from ..domain.lifecycle import State
from .common import jp_date
from .japanese import _ja

NONE = "（なし）"
UNKNOWN = "（不明）"

WORKER_FIELDS = (
    ("name", "氏名・名称"), ("kana", "ふりがな"), ("kind", "区分"), ("has_employees", "従業員"),
    ("prefecture", "都道府県"), ("platform", "登録サイト"), ("profile_url", "プロフィールURL"),
    ("skills", "スキル"), ("invoice_number", "適格請求書発行事業者登録番号"), ("notes", "メモ"),
    ("archived", "保管状態"),
)  # fmt: skip
CLIENT_FIELDS = (
    ("name", "名称"), ("kana", "ふりがな"), ("industry", "業種"), ("employees", "従業員数"),
    ("capital", "資本金"), ("prefecture", "都道府県"), ("address", "所在地"),
    ("contact_person", "担当者"), ("phone", "電話番号"), ("email", "メールアドレス"),
    ("corporate_number", "法人番号"), ("notes", "メモ"), ("archived", "保管状態"),
)  # fmt: skip
KINDS = {"individual": "個人", "corporation": "法人"}
APPLICATION_STATES = {"received": "受付", "selected": "選定（契約へ）", "declined": "見送り"}
DIRECTIONS = {"in": "受信（相手から）", "out": "送信（こちらから）"}
MONEY = {"amount", "tax", "withholding", "capital"}
MONEY_COLUMNS = {"契約金額", "金額", "報酬（税抜）", "消費税", "源泉徴収税額"}
RATING_ASPECTS = (
    ("quality", "品質"), ("schedule", "納期"), ("communication", "連絡"), ("skill", "スキル"),
    ("partnership", "協力姿勢"),
)  # fmt: skip


def _state(value: str) -> str:
    try:
        return _ja("state", STATE_LABELS[State(value)])
    except ValueError:
        return value or UNKNOWN


def _day(value: Any) -> str:
    if not value:
        return NONE
    try:
        return jp_date(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)


def _by(rows: Sequence[Mapping[str, Any]], field: str) -> list[Mapping[str, Any]]:
    """Rows in date order (those without the date last)."""
    return sorted(rows, key=lambda row: (not row.get(field), str(row.get(field) or "")))


def _value(field: str, value: Any) -> str:
    """One stored value in words: yes/no, money, kinds and states, dates; nothing held says so."""
    if field == "archived":
        return "保管済み（一覧に出さない）" if value else "使用中"
    if field == "has_employees":
        return {True: "あり", False: "なし"}.get(value, UNKNOWN)
    if value is None or value == "":
        return NONE
    if field == "kind":
        return KINDS.get(value, str(value))
    if field == "platform":
        from ..domain.platforms import name_ja

        return name_ja(str(value))
    if field in MONEY:
        return f"{int(value):,}円"
    if field == "employees":
        return f"{int(value):,}人"
    return str(value)


WIDTH_MM = 257.0  # A4 landscape less the margins
WIDE = {"業務", "メモ", "内容", "コメント", "発注者", "場所", "出席者"}


SHORT_MAX_MM = 60.0
"""The widest a column of short values (a date, an amount, a state) is made."""
WIDE_MIN_MM = 35.0


def column_widths(
    header: Sequence[str], rows: Sequence[Sequence[str]], room_mm: float = WIDTH_MM
) -> list[float]:
    """Widths (mm) for the table: a column of short values (dates, amounts, states, labels) as wide
    as its longest value or label on one line — 「2026年11月28日」 or 「191,000円」 never broken —
    and the columns of words (業務, 内容, メモ…) sharing the rest, wrapping. Where the words would
    get too little, the short columns give way in proportion. 内容 (what was said) gets twice the
    share of the other columns of words."""
    from .workshop import BODY_PT, BOLD, CELL_PADDING_MM, MM_PER_PT, text_pt

    def natural(col: int) -> float:
        lines = [line for row in rows for line in str(row[col]).splitlines()]
        widest = max([text_pt(line, BODY_PT) for line in lines] + [text_pt(header[col], BODY_PT) * BOLD])
        return widest * MM_PER_PT + CELL_PADDING_MM + 1.0

    share = [(2.0 if name == "内容" else 1.0) if name in WIDE else 0.0 for name in header]
    short = [0.0 if w else min(natural(c), SHORT_MAX_MM) for c, w in enumerate(share)]
    words = sum(share)
    if not words:  # no column of words: the short ones share the room in proportion
        return [room_mm * w / sum(short) for w in short]
    least = WIDE_MIN_MM * sum(1 for w in share if w)
    rest = room_mm - sum(short)
    if rest < least:
        short = [w * (room_mm - least) / sum(short) for w in short]
        rest = least
    return [rest * w / words if w else short[c] for c, w in enumerate(share)]


def _table(document: Any, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A grid table (column_widths: dates and amounts on one line, the words wrapping)."""
    from .word import table

    widths = column_widths(header, rows)
    money = tuple(i for i, name in enumerate(header) if name in MONEY_COLUMNS)
    table(document, list(header), [list(r) for r in rows], widths, right=money)


def _section(document: Any, title: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A section's title and its table; a section with nothing held says so on its title's line
    (「支払　記録はありません。」: a line, not a heading and a line, for each of them)."""
    heading = document.add_heading(title, level=2)
    if rows:
        _table(document, header, rows)
        return
    from docx.shared import Pt, RGBColor

    said = heading.add_run("　記録はありません。")
    said.bold = False
    said.font.size = Pt(10.5)
    said.font.color.rgb = RGBColor(0, 0, 0)


def _profile(document: Any, title: str, fields: Sequence[tuple[str, str]], held: Mapping[str, Any]) -> None:
    document.add_heading(title, level=2)
    _table(document, ("項目", "内容"), [(label, _value(name, held.get(name))) for name, label in fields])


def readable_path(json_path: Path) -> Path:
    """The Word document written beside a JSON export: the same name, .docx (never the JSON's own
    path: a --out named .docx gets 「…（読みやすい形式）.docx」)."""
    readable = json_path.with_suffix(".docx")
    if readable == json_path:
        readable = json_path.with_name(f"{json_path.stem}（読みやすい形式）.docx")
    return readable


def write_both(data: Mapping[str, Any], out: Path, today: date, author: str = "") -> Path:
    """The JSON at `out` and the Word document beside it, each written whole or not at all (the
    JSON first: a failed Word document leaves the JSON, never a Word document alone)."""
    import json

    from .files import into_place

    content = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    into_place(out, lambda temporary: temporary.write_text(content, encoding="utf-8"))
    readable = readable_path(out)
    into_place(readable, lambda temporary: write_personal_data(data, temporary, today, author))
    return readable


def write_personal_data(data: Mapping[str, Any], out: Path, today: date, author: str = "") -> Path:
    """Writes what `store.privacy.worker_data` / `client_data` returned as a Word document;
    `author`: the producer who keeps the data (the document's author)."""
    from .word import close_with, fit_one_page, new_document

    worker = "worker" in data
    subject = (data.get("worker") or data.get("client") or {}).get("name", "")
    title = "保有個人データの開示"
    document = new_document(title, subject=subject, author=author, producer=author, landscape=True)
    document.add_heading(title, level=1)
    document.add_paragraph(
        f"{subject} 様について、当方（クラウドソーシング・プロデューサー）が保有している情報の一覧です。"
        f"作成日：{jp_date(today)}。同じ内容を機械で読める形式（JSON）でも添付しています。"
    )
    if worker:
        _profile(document, "ご本人の情報", WORKER_FIELDS, data["worker"])
        _section(document, "契約", ("契約日", "発注者", "業務", "契約金額", "状況", "評価"), [
            (_day(c.get("contracted_on")), c.get("client") or NONE, c.get("work_item") or NONE,
             _value("amount", c.get("amount")), _state(c.get("state", "")),
             f"{c['rating']:.1f}" if isinstance(c.get("rating"), int | float) else NONE)
            for c in _by(data.get("contracts", []), "contracted_on")
        ])  # fmt: skip
        _section(document, "応募・提案", ("受付日", "業務", "金額", "状況", "メモ"), [
            (_day(a.get("received_on")), a.get("work") or NONE, _value("amount", a.get("amount")),
             APPLICATION_STATES.get(a.get("status", ""), a.get("status") or UNKNOWN), a.get("notes") or NONE)
            for a in _by(data.get("applications", []), "received_on")
        ])  # fmt: skip
        _section(document, "支払", ("支払期日", "業務", "報酬（税抜）", "消費税", "源泉徴収税額", "支払日"), [
            (_day(p.get("due_on")), p.get("work") or NONE, _value("amount", p.get("amount")),
             _value("tax", p.get("tax")),
             _value("withholding", p.get("withholding")),
             _day(p.get("paid_on")) if p.get("paid_on") else "未払い")
            for p in _by(data.get("payments", []), "due_on")
        ])  # fmt: skip
        _section(document, "評価", ("評価日", "業務", *(label for _, label in RATING_ASPECTS), "コメント"), [
            (_day(r.get("rated_on")), r.get("work") or NONE,
             *(str(r.get(k)) if r.get(k) is not None else NONE for k, _ in RATING_ASPECTS),
             r.get("comment") or NONE)
            for r in _by(data.get("ratings", []), "rated_on")
        ])  # fmt: skip
        _section(document, "連絡の記録", ("日時", "向き", "手段", "内容"), [
            (_day(c.get("at")), DIRECTIONS.get(c.get("direction", ""), UNKNOWN), c.get("channel") or NONE,
             c.get("summary") or NONE)
            for c in _by(data.get("contacts", []), "at")
        ])  # fmt: skip
    else:
        _profile(document, "会社・担当者の情報", CLIENT_FIELDS, data.get("client", {}))
        _section(document, "ご相談の記録", ("実施日", "場所", "出席者", "内容"), [
            (_day(c.get("held_on")), c.get("place") or NONE, c.get("attendees") or NONE,
             c.get("notes") or NONE)
            for c in _by(data.get("consultations", []), "held_on")
        ])  # fmt: skip
        _section(document, "案件", ("業務", "状況", "その状況になった日"), [
            (o.get("work") or NONE, _state(o.get("state", "")), _day(o.get("since")))
            for o in _by(data.get("orders", []), "since")
        ])  # fmt: skip
    close_with(document, "以上")  # with what it closes: never alone on a page
    fit_one_page(document)  # just over a page: tightened onto one (body text 9 pt or more)
    from .files import save

    save(document, out)
    return out
