"""A demo database: believable SME clients, consultations, problems and work breakdowns."""

from __future__ import annotations

import random
from dataclasses import fields
from datetime import date, timedelta

from sqlalchemy import func, insert, select

from ..domain import corporate_number
from ..domain.breakdown import from_template
from ..domain.catalogue import Catalogue
from ..domain.client import ClientDraft
from ..domain.prefectures import PREFECTURES
from ..domain.proposal import ProducerProfile
from ..domain.text import search_key
from . import repo
from .db import Store
from .models import Client, Consultation, Problem, WorkItem

_NAMES = (
    ("山田", "ヤマダ"), ("さくら", "サクラ"), ("みどり", "ミドリ"), ("ひかり", "ヒカリ"),
    ("大和", "ヤマト"), ("東邦", "トウホウ"), ("北斗", "ホクト"), ("青葉", "アオバ"),
    ("丸栄", "マルエイ"), ("松竹", "ショウチク"), ("富士見", "フジミ"), ("若葉", "ワカバ"),
    ("高橋", "タカハシ"), ("中村", "ナカムラ"), ("小林", "コバヤシ"), ("伊藤", "イトウ"),
    ("日進", "ニッシン"), ("朝日", "アサヒ"), ("瀬戸内", "セトウチ"), ("信州", "シンシュウ"),
)  # fmt: skip
_TRADES = (
    ("製作所", "セイサクショ", "製造業"), ("商店", "ショウテン", "小売業"),
    ("工務店", "コウムテン", "建設業"), ("食品", "ショクヒン", "食料品製造業"),
    ("印刷", "インサツ", "印刷業"), ("旅館", "リョカン", "宿泊業"),
    ("珈琲店", "コーヒーテン", "飲食業"), ("運輸", "ウンユ", "運輸業"),
    ("精機", "セイキ", "製造業"), ("不動産", "フドウサン", "不動産業"),
    ("酒造", "シュゾウ", "酒類製造業"), ("デザイン事務所", "デザインジムショ", "サービス業"),
)  # fmt: skip
_PEOPLE = ("佐藤 花子", "鈴木 一郎", "田中 美咲", "渡辺 健", "加藤 由美", "吉田 誠", "山本 直子")
_TOWNS = ("中央", "本町", "駅前", "港町")
_PLACES = ("先方事務所", "商工会議所 相談室", "オンライン（Zoom）", "よろず支援拠点", "店舗")

DEMO_PRODUCER = ProducerProfile(
    name="森 さやか",
    organisation="もり経営サポート",
    certification="クラウドソーシング・プロデューサー（一般社団法人クラウドソーシング協会 認定）",
    phone="03-1234-5678",
    email="mori@example.jp",
    address="東京都千代田区丸の内1-1-1",
)


def _client_rows(rng: random.Random, count: int, start: int) -> list[dict[str, object]]:
    rows = []
    for index in range(start, start + count):
        name, kana = _NAMES[index % len(_NAMES)]
        trade, trade_kana, industry = _TRADES[index % len(_TRADES)]
        serial = index // 60  # 60 = lcm(20 names, 12 trades): every pair once per round
        suffix = f" {serial + 1}号店" if serial else ""
        prefix_first = index % 3 == 0
        core = f"{name}{trade}"
        full = f"株式会社{core}{suffix}" if prefix_first else f"{core}株式会社{suffix}"
        full_kana = f"{kana}{trade_kana}"
        prefecture = PREFECTURES[rng.randrange(47)]
        base = f"{rng.randrange(10**12):012d}"
        number = f"{corporate_number.check_digit(base)}{base}" if index % 4 else ""
        draft = ClientDraft(
            name=full,
            kana=full_kana,
            industry=industry,
            employees=rng.choice((3, 5, 8, 12, 20, 35, 60)),
            capital=rng.choice((3_000_000, 5_000_000, 10_000_000, 30_000_000)),
            prefecture=prefecture,
            address=f"{prefecture}{rng.choice(_TOWNS)}{rng.randint(1, 9)}-{rng.randint(1, 30)}",
            contact_person=rng.choice(_PEOPLE),
            phone=f"0{rng.randint(3, 99)}-{rng.randint(100, 9999)}-{rng.randint(1000, 9999)}",
            email=f"info{index + 1}@example.co.jp",
            corporate_number=number,
            notes="デモ用の架空の会社です。",
        )
        row: dict[str, object] = {f.name: getattr(draft, f.name) for f in fields(ClientDraft)}
        row["kana_key"] = search_key(full_kana)
        row["search_key"] = search_key(" ".join((full, full_kana, draft.contact_person, industry,
                                                 prefecture, draft.address)))  # fmt: skip
        row["archived"] = index % 17 == 16
        rows.append(row)
    return rows


def fill_demo(
    store: Store,
    catalogue: Catalogue,
    *,
    clients: int = 12,
    work_items: int | None = None,
    today: date | None = None,
    seed: int = 2026,
) -> int:
    """Adds `clients` demo clients (with consultations and breakdowns) and the producer profile.

    `work_items` caps the total number of work items (for benchmarks); by default each client
    gets the catalogue's proposals for two or three problems. Returns the number of clients added.
    """
    rng = random.Random(seed)
    today = today or date.today()
    with store.session() as session:
        if repo.load_producer(session).is_empty():
            repo.save_producer(session, DEMO_PRODUCER)
        start = session.scalar(select(func.count(Client.id))) or 0
        first_id = (session.scalar(select(func.max(Client.id))) or 0) + 1
        session.execute(insert(Client), _client_rows(rng, clients, start))
        consultations, problems, items = [], [], []
        next_consultation = (session.scalar(select(func.max(Consultation.id))) or 0) + 1
        next_problem = (session.scalar(select(func.max(Problem.id))) or 0) + 1
        per_client = None if work_items is None else max(1, work_items // max(1, clients))
        for client_id in range(first_id, first_id + clients):
            held_on = today - timedelta(days=rng.randint(3, 120))
            consultations.append({
                "id": next_consultation, "client_id": client_id, "held_on": held_on,
                "place": rng.choice(_PLACES), "attendees": f"社長、{rng.choice(_PEOPLE)}",
                "notes": "売上の柱を増やしたい。社内に専門人材がいない。",
            })  # fmt: skip
            chosen = rng.sample(catalogue.problems, k=rng.choice((2, 2, 3)))
            budget_left = per_client
            for position, entry in enumerate(chosen):
                problems.append({
                    "id": next_problem, "consultation_id": next_consultation,
                    "catalogue_id": entry.id, "title": entry.name_ja, "position": position,
                })  # fmt: skip
                templates = list(entry.work_items)
                if budget_left is not None:
                    share = budget_left if position == len(chosen) - 1 else budget_left // 2
                    templates = [templates[i % len(templates)] for i in range(max(share, 0))]
                    budget_left -= len(templates)
                start_day = held_on + timedelta(days=14)
                for index, template in enumerate(templates):
                    draft = from_template(template, start_day)
                    row = {f.name: getattr(draft, f.name) for f in fields(draft)}
                    row["order_type"] = draft.order_type.value
                    row.update(problem_id=next_problem, position=index)
                    items.append(row)
                    start_day += timedelta(days=7)
                next_problem += 1
            next_consultation += 1
        session.execute(insert(Consultation), consultations)
        session.execute(insert(Problem), problems)
        if items:
            session.execute(insert(WorkItem), items)
    return clients
