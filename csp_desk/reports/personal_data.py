"""A personal-data export in Japanese words, written beside its JSON: what is held about a worker or
a client, with labels and states a person reads (the JSON stays the machine-readable copy)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.lifecycle import State
from ..domain.platforms import name_ja
from ..domain.worker import RATING_POINTS
from .common import jp_date, yen
from .progress import STATE_JA

WORKER_FIELDS = {
    "name": "氏名・名称", "kana": "ふりがな", "platform": "利用サイト", "profile_url": "プロフィールURL",
    "kind": "個人・法人", "has_employees": "従業員", "prefecture": "都道府県", "skills": "スキル",
    "invoice_number": "登録番号（インボイス）", "notes": "メモ", "archived": "保管（一覧から外す）",
}  # fmt: skip
CLIENT_FIELDS = {
    "name": "会社名", "kana": "ふりがな", "industry": "業種", "employees": "従業員数",
    "capital": "資本金（円）", "prefecture": "都道府県", "address": "所在地", "contact_person": "ご担当者",
    "phone": "電話番号", "email": "メールアドレス", "corporate_number": "法人番号", "notes": "メモ",
    "archived": "保管（一覧から外す）",
}  # fmt: skip
KINDS = {"individual": "個人", "corporation": "法人"}
APPLICATION_STATUS = {"received": "受付", "selected": "採用", "rejected": "不採用", "withdrawn": "辞退"}
DIRECTIONS = {"in": "ワーカーから", "out": "ワーカーへ"}
RATING_JA = {"quality": "品質", "schedule": "納期", "communication": "連絡", "skill": "技能",
             "partnership": "協力"}  # fmt: skip


def _date(value: Any) -> str:
    if not value:
        return "—"
    text = str(value)
    try:
        return jp_date(date.fromisoformat(text[:10])) + (f" {text[11:16]}" if len(text) > 10 else "")
    except ValueError:
        return text


def _word(name: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        if name == "has_employees":
            return "あり" if value else "なし"
        return "はい" if value else "いいえ"
    if name == "kind":
        return KINDS.get(value, value)
    if name == "platform":
        return name_ja(value)
    if name == "capital" or name == "employees":
        return f"{value:,}" if isinstance(value, int) else str(value)
    return str(value)


def _state(value: Any) -> str:
    return STATE_JA[State(value)] if value in State._value2member_map_ else str(value or "—")


def _fields(lines: list[str], labels: Mapping[str, str], values: Mapping[str, Any]) -> None:
    for name, label in labels.items():
        if name in values:
            lines.append(f"{label}：{_word(name, values[name])}")


def _section(lines: list[str], title: str, items: Sequence[Any]) -> None:
    lines += ["", f"■ {title}（{len(items)}件）"]
    if not items:
        lines.append("記録はありません。")


def personal_data_text(data: Mapping[str, Any], today: date) -> str:
    """The export (store/privacy.py worker_data or client_data) as a Japanese text."""
    lines = [f"保有個人データの開示（{jp_date(today)}現在）", "csp-desk に記録されている内容です。"]
    if "worker" in data:
        lines += ["", "■ ワーカー"]
        _fields(lines, WORKER_FIELDS, data["worker"])
        _section(lines, "契約", data.get("contracts", []))
        for c in data.get("contracts", []):
            rating = f"、評価 {c['rating']:.1f}" if c.get("rating") is not None else ""
            work = f"{c.get('client', '')}「{c.get('work_item', '')}」"
            lines.append(f"・{_date(c.get('contracted_on'))} {work} {yen(c.get('amount'))}（税抜）、"
                         f"{_state(c.get('state'))}{rating}")  # fmt: skip
        _section(lines, "応募・提案", data.get("applications", []))
        for a in data.get("applications", []):
            amount = f" {yen(a['amount'])}" if a.get("amount") is not None else ""
            status = APPLICATION_STATUS.get(a.get("status", ""), a.get("status") or "—")
            note = f"（{a['notes']}）" if a.get("notes") else ""
            lines.append(f"・{_date(a.get('received_on'))}「{a.get('work', '')}」{amount} {status}{note}")
        _section(lines, "支払", data.get("payments", []))
        for p in data.get("payments", []):
            gross = (p.get("amount") or 0) + (p.get("tax") or 0)
            paid = f"{_date(p.get('paid_on'))}支払" if p.get("paid_on") else "未払い"
            money = f"報酬 {yen(p.get('amount'))}＋消費税 {yen(p.get('tax'))}＝{yen(gross)}"
            lines.append(f"・支払期日 {_date(p.get('due_on'))}：{money}、"
                         f"源泉徴収 {yen(p.get('withholding'))}、{paid}")  # fmt: skip
        _section(lines, "評価", data.get("ratings", []))
        for r in data.get("ratings", []):
            points = "、".join(f"{RATING_JA[p]} {r.get(p, '—')}" for p in RATING_POINTS)
            comment = f"「{r['comment']}」" if r.get("comment") else ""
            lines.append(f"・{_date(r.get('rated_on'))} {points}（5点満点）{comment}")
        _section(lines, "連絡記録", data.get("contacts", []))
        for c in data.get("contacts", []):
            how = f"（{c['channel']}）" if c.get("channel") else ""
            lines.append(f"・{_date(c.get('at'))} {DIRECTIONS.get(c.get('direction', ''), '')}{how}："
                         f"{c.get('summary') or '—'}")  # fmt: skip
    if "client" in data:
        lines += ["", "■ 顧客"]
        _fields(lines, CLIENT_FIELDS, data["client"])
        _section(lines, "相談", data.get("consultations", []))
        for c in data.get("consultations", []):
            where = f"（{c['place']}）" if c.get("place") else ""
            who = f" 出席：{c['attendees']}" if c.get("attendees") else ""
            lines.append(f"・{_date(c.get('held_on'))}{where}{who}")
            if c.get("notes"):
                lines.append(f"　{c['notes']}")
        _section(lines, "発注した業務", data.get("orders", []))
        for o in data.get("orders", []):
            lines.append(f"・「{o.get('work', '')}」{_state(o.get('state'))}（{_date(o.get('since'))}から）")
    return "\n".join(lines) + "\n"


def beside(json_path: Path) -> Path:
    """Where the Japanese text goes: beside the JSON, with the same name."""
    if json_path.suffix.lower() == ".txt":
        return json_path.with_name(json_path.stem + "_読みやすい形式.txt")
    return json_path.with_suffix(".txt")


def write_personal_data_text(data: Mapping[str, Any], json_path: Path, today: date) -> Path:
    out = beside(json_path)
    out.write_text(personal_data_text(data, today), encoding="utf-8")
    return out
