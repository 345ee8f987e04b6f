"""A demo database: believable SME clients, consultations, problems and work breakdowns."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import fields, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, cast

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

if TYPE_CHECKING:
    from ..domain.orders import Order

_NAMES = (
    ("山田", "ヤマダ"),
    ("さくら", "サクラ"),
    ("みどり", "ミドリ"),
    ("ひかり", "ヒカリ"),
    ("大和", "ヤマト"),
    ("東邦", "トウホウ"),
    ("北斗", "ホクト"),
    ("青葉", "アオバ"),
    ("丸栄", "マルエイ"),
    ("松竹", "ショウチク"),
    ("富士見", "フジミ"),
    ("若葉", "ワカバ"),
    ("高橋", "タカハシ"),
    ("中村", "ナカムラ"),
    ("小林", "コバヤシ"),
    ("伊藤", "イトウ"),
    ("日進", "ニッシン"),
    ("朝日", "アサヒ"),
    ("瀬戸内", "セトウチ"),
    ("信州", "シンシュウ"),
)
_TRADES = (
    ("製作所", "セイサクショ", "製造業"),
    ("商店", "ショウテン", "小売業"),
    ("工務店", "コウムテン", "建設業"),
    ("食品", "ショクヒン", "食料品製造業"),
    ("印刷", "インサツ", "印刷業"),
    ("旅館", "リョカン", "宿泊業"),
    ("珈琲店", "コーヒーテン", "飲食業"),
    ("運輸", "ウンユ", "運輸業"),
    ("精機", "セイキ", "製造業"),
    ("不動産", "フドウサン", "不動産業"),
    ("酒造", "シュゾウ", "酒類製造業"),
    ("デザイン事務所", "デザインジムショ", "サービス業"),
)
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
        row["search_key"] = search_key(
            " ".join((full, full_kana, draft.contact_person, industry, prefecture, draft.address))
        )
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
            consultations.append(
                {
                    "id": next_consultation,
                    "client_id": client_id,
                    "held_on": held_on,
                    "place": rng.choice(_PLACES),
                    "attendees": f"社長、{rng.choice(_PEOPLE)}",
                    "notes": "売上の柱を増やしたい。社内に専門人材がいない。",
                }
            )
            chosen = rng.sample(catalogue.problems, k=rng.choice((2, 2, 3)))
            # what the client said of each problem, in the notes the proposal quotes under it
            heard = (f"{e.name_ja}について：{e.description}。" for e in chosen if e.description)
            consultations[-1]["notes"] = "\n".join((str(consultations[-1]["notes"]), *heard))
            budget_left = per_client
            for position, entry in enumerate(chosen):
                problems.append(
                    {
                        "id": next_problem,
                        "consultation_id": next_consultation,
                        "catalogue_id": entry.id,
                        "title": entry.name_ja,
                        "position": position,
                    }
                )
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


# --- following orders: workers and engagements in every state -------------------------------

_SURNAMES = (
    "佐藤",
    "鈴木",
    "高橋",
    "田中",
    "伊藤",
    "渡辺",
    "山本",
    "中村",
    "小林",
    "加藤",
    "吉田",
    "山田",
    "佐々木",
    "山口",
    "松本",
    "井上",
    "木村",
    "林",
    "斎藤",
    "清水",
)
_SURNAME_KANA = (
    "さとう",
    "すずき",
    "たかはし",
    "たなか",
    "いとう",
    "わたなべ",
    "やまもと",
    "なかむら",
    "こばやし",
    "かとう",
    "よしだ",
    "やまだ",
    "ささき",
    "やまぐち",
    "まつもと",
    "いのうえ",
    "きむら",
    "はやし",
    "さいとう",
    "しみず",
)
_GIVEN = ("花子", "一郎", "美咲", "健", "由美", "誠", "直子", "翔太", "愛", "大輔", "彩", "拓也")
_STUDIOS = ("デザイン", "ウェブ制作", "ライティング", "翻訳事務所", "データサービス", "映像工房")
_PLATFORMS = ("crowdworks", "crowdworks", "lancers", "lancers", "coconala", "direct")
_SKILLS = (
    "ロゴ・名刺デザイン、Illustrator",
    "LP制作、HTML/CSS、WordPress",
    "SEO記事、取材ライティング",
    "英日翻訳（ビジネス文書）",
    "データ入力、Excel",
    "動画編集、Premiere Pro",
    "SNS運用、Canva",
    "Python、業務自動化",
    "リサーチ、資料作成",
)
_CHANNELS = ("プラットフォームのメッセージ", "メール", "電話", "打ち合わせ")
_SUMMARIES = (
    "進捗の確認",
    "質問への回答",
    "素材の送付",
    "修正点の共有",
    "納品物の確認依頼",
    "日程の相談",
    "請求についての確認",
    "お礼の連絡",
)
_PATHS = {
    "project": (
        "draft",
        "posted",
        "proposals",
        "contracted",
        "escrowed",
        "in_progress",
        "delivered",
        "revising",
        "delivered",
        "accepted",
        "paid",
        "rated",
        "closed",
    ),
    "competition": (
        "draft",
        "prepaid",
        "posted",
        "entries",
        "selected",
        "delivered",
        "accepted",
        "paid",
        "rated",
        "closed",
    ),
    "task": ("draft", "prepaid", "posted", "approval", "accepted", "paid", "rated", "closed"),
}
_TROUBLES = ("unclear_request", "major_change", "no_contact", "many_revisions", "ip_unclear", "other")
_TROUBLE_TEXTS = (
    "依頼内容の認識違いがあった",
    "途中で仕様が大きく変わった",
    "ワーカーと3日以上連絡が取れない",
    "納品後の修正依頼が続いた",
    "著作権の扱いについて問い合わせがあった",
    "その他の行き違い",
)


def _worker_rows(rng: random.Random, count: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for index in range(count):
        surname = index % len(_SURNAMES)
        studio = index % 7 == 0
        given = _GIVEN[(index // len(_SURNAMES)) % len(_GIVEN)]
        name = (
            f"{_SURNAMES[surname]}{_STUDIOS[index % len(_STUDIOS)]}"
            if studio
            else f"{_SURNAMES[surname]} {given}"
        )
        serial = index // (len(_SURNAMES) * len(_GIVEN))
        if serial:
            name += f"（{serial + 1}）"
        kana = _SURNAME_KANA[surname]
        skills = _SKILLS[index % len(_SKILLS)]
        platform = _PLATFORMS[index % len(_PLATFORMS)]
        prefecture = PREFECTURES[rng.randrange(47)]
        rows.append(
            {
                "name": name,
                "kana": kana,
                "kana_key": search_key(kana),
                "platform": platform,
                "search_key": search_key(" ".join((name, kana, skills, platform, prefecture))),
                "profile_url": f"https://{platform}.example.jp/u/{index + 1}",
                "prefecture": prefecture,
                "kind": "corporation" if studio and index % 3 == 0 else "individual",
                "has_employees": studio and index % 3 == 0,
                "skills": skills,
                "invoice_number": f"T{corporate_number.check_digit(f'{index:012d}')}{index:012d}"
                if index % 2
                else "",
                "notes": "",
                "archived": index % 53 == 52,
            }
        )
    return rows


LARGE: dict[str, int | None] = {
    "clients": 5_000,
    "work_items": 100_000,
    "workers": 20_000,
    "contacts": 1_000_000,
}
"""`csp-desk demo --scale large`: the sizes the benchmarks measure lists and the dashboard at."""


Changes = dict[str, list[object]]
Row = dict[str, object]


def _demo_audit(
    rows: dict[str, list[dict[str, object]]], first_ids: dict[str, int]
) -> list[dict[str, object]]:
    """The audit log the demo's orders would have had, had they been recorded one step at a time
    in the window: each order and record when it was made, each step and each date filled in later
    (bulk inserts bypass the session hook that logs changes)."""
    import json

    from .audit import SKIPPED, json_value

    def entry(
        on: object, minute: int, table: str, record: object, action: str, changes: Changes
    ) -> dict[str, object]:
        day = cast(date, on)
        return {
            "at": datetime(day.year, day.month, day.day, 10, minute),
            "table_name": table,
            "record_id": record,
            "action": action,
            "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
        }

    def recorded(row: Row, record: object, later: tuple[str, ...] = ()) -> Changes:
        made = {"id": record, **row}
        return {k: [None, None if k in later else json_value(v)] for k, v in made.items() if k not in SKIPPED}

    out: list[Row] = []
    first_step: dict[object, object] = {}
    for change in rows["state_change"]:
        first_step.setdefault(change["engagement_id"], change["on"])
        step = {"state": [change["from_state"], change["to_state"]]}
        out.append(entry(change["on"], 2, "engagement", change["engagement_id"], "update", step))
    for row in rows["engagement"]:
        opened = {k: [None, row[k]] for k in ("id", "work_item_id", "client_id", "order_type")}
        opened["state"] = [None, "draft"]
        started = first_step.get(row["id"], row["state_since"])
        out.append(entry(started, 0, "engagement", row["id"], "insert", opened))
    for row in rows["contract"]:
        out.append(
            entry(row["contracted_on"], 5, "work_contract", row["id"], "insert", recorded(row, row["id"]))
        )
    contract_of = {row["id"]: row for row in rows["contract"]}
    accepted = {c["engagement_id"]: c["on"] for c in rows["state_change"] if c["to_state"] == "accepted"}

    def made_with_contract(row: Row) -> object:
        return contract_of[row["contract_id"]]["contracted_on"]

    def made_at_acceptance(row: Row) -> object:
        return accepted[contract_of[row["contract_id"]]["engagement_id"]]

    def made_on(key: str) -> Callable[[Row], object]:
        return lambda row: row[key]

    dated: dict[str, tuple[str, Callable[[Row], object], tuple[str, ...]]] = {
        # rows: (table, the day the record was made, fields filled in later)
        "milestone": ("milestone", made_with_contract, ("escrowed_on", "released_on")),
        # a task's work arrives before its contract is made at approval: recorded with the contract
        "delivery": ("delivery", lambda row: max(cast(date, row["delivered_on"]),
                                                 cast(date, made_with_contract(row))), ()),
        "revision": ("revision_request", made_on("requested_on"), ()),
        "payment": ("work_payment", made_at_acceptance, ("paid_on", "remitted_on")),
        "rating": ("rating", made_on("rated_on"), ()),
    }
    for name, (table, made_day, later) in dated.items():
        for offset, row in enumerate(rows[name]):
            record = first_ids[name] + offset
            out.append(entry(made_day(row), 5, table, record, "insert", recorded(row, record, later)))
            for key in later:
                if row[key] is not None:
                    filled = {key: [None, json_value(row[key])]}
                    out.append(entry(row[key], 10, table, record, "update", filled))
    return out


def _end_of_next_month(day: date) -> date:
    first = date(day.year + day.month // 12, day.month % 12 + 1, 1)  # the next month's first day
    return date(first.year + first.month // 12, first.month % 12 + 1, 1) - timedelta(days=1)


def fill_following(
    store: Store,
    *,
    workers: int = 40,
    share: float = 0.6,
    contacts: int | None = None,
    today: date | None = None,
    seed: int = 2026,
) -> int:
    """Follows `share` of the work items not yet followed as orders, each walked along its order
    type's flow as far as its dates reach today (some cancelled, some with troubles), with
    workers, applications, contracts, escrow, deliveries, revisions, payments, ratings and a
    contact log of `contacts` entries in all (default: about six per order). Returns the number of
    orders added."""
    from ..domain.money import category_is_withheld, settle
    from .models import (
        Application,
        AuditEntry,
        ContactEntry,
        Delivery,
        Engagement,
        Milestone,
        Rating,
        RevisionRequest,
        StateChange,
        Trouble,
        WorkContract,
        Worker,
        WorkPayment,
    )

    rng = random.Random(seed + 1)
    today = today or date.today()
    with store.session() as session:
        followed = select(Engagement.work_item_id)
        items = session.execute(
            select(
                WorkItem.id,
                WorkItem.order_type,
                WorkItem.category_id,
                WorkItem.budget_min,
                WorkItem.budget_max,
                WorkItem.quantity,
                Consultation.client_id,
                Consultation.held_on,
            )
            .join(Problem, Problem.id == WorkItem.problem_id)
            .join(Consultation, Consultation.id == Problem.consultation_id)
            .where(WorkItem.id.not_in(followed))
            .order_by(WorkItem.id)
        ).all()
        first_worker = (session.scalar(select(func.max(Worker.id))) or 0) + 1
        if workers:
            session.execute(insert(Worker), _worker_rows(rng, workers))
        worker_ids = list(range(first_worker, first_worker + workers)) or list(
            session.scalars(select(Worker.id))
        )
        if not worker_ids or not items:
            return 0
        ids = {
            name: (session.scalar(select(func.max(model.id))) or 0) + 1
            for name, model in (
                ("engagement", Engagement),
                ("application", Application),
                ("contract", WorkContract),
            )
        }
        rows: dict[str, list[dict[str, object]]] = {
            k: []
            for k in (
                "engagement",
                "state_change",
                "application",
                "contract",
                "milestone",
                "delivery",
                "revision",
                "payment",
                "rating",
                "trouble",
            )
        }
        kinds = {
            w: k for w, k in session.execute(select(Worker.id, Worker.kind).where(Worker.id.in_(worker_ids)))
        }
        chosen = [item for item in items if rng.random() < share]
        begun: dict[int, date] = {}  # the day each order was drafted: nothing is said of it before
        for item in chosen:
            eid = ids["engagement"]
            ids["engagement"] += 1
            path = _PATHS[item.order_type]
            # never after today: an order drafted a week after a consultation held this week is drafted today
            day = max(item.held_on + timedelta(days=7), today - timedelta(days=rng.randint(0, 150)))
            day = min(today, day)
            begun[eid] = day
            state, since, steps = "draft", day, []
            target = rng.randrange(len(path))
            for next_state in path[1 : target + 1]:
                step_day = day + timedelta(days=rng.randint(1, 6))
                if step_day > today:
                    break
                steps.append((state, next_state, step_day))
                state, day = next_state, step_day
            since = day
            cancelled = state not in ("accepted", "paid", "rated", "closed") and rng.random() < 0.06
            budget = item.budget_max or item.budget_min or 50_000
            amount = max(1_000, int(budget * rng.uniform(0.6, 1.0)) // 1000 * 1000)
            applicants = rng.sample(worker_ids, k=min(len(worker_ids), rng.randint(2, 4)))
            contract_id = None
            contracts: list[int] = []
            for from_state, to_state, on in steps:
                rows["state_change"].append(
                    {
                        "engagement_id": eid,
                        "from_state": from_state,
                        "to_state": to_state,
                        "on": on,
                        "note": "",
                    }
                )
                if to_state in ("proposals", "entries", "approval"):
                    for rank, worker in enumerate(applicants):
                        quote = amount + rank * 10_000 if item.order_type == "project" else None
                        rows["application"].append(
                            {
                                "id": ids["application"],
                                "engagement_id": eid,
                                "worker_id": worker,
                                "received_on": on - timedelta(days=rank % 2),
                                "amount": quote,
                                "delivery_on": on + timedelta(days=21 + rank * 3) if quote else None,
                                "score": rng.randint(2, 5),
                                "notes": "",
                                "status": "received",
                                "items_submitted": (item.quantity or 100) // len(applicants)
                                if to_state == "approval"
                                else 0,
                                "items_approved": 0,
                                "items_rejected": 0,
                                "items_rejected_without_reason": 0,
                            }
                        )
                        ids["application"] += 1
                if to_state in ("contracted", "selected") or (
                    to_state == "accepted" and item.order_type == "task"
                ):
                    first_application = ids["application"] - len(applicants)
                    task = item.order_type == "task"
                    chosen_workers = applicants if task else applicants[:1]
                    # a task's work is submitted in its approval period and the contract is made
                    # when it is approved (検収): it is due, received and inspected by that day
                    submitted = next((d for _f, t, d in steps if t == "approval"), on) if task else None
                    due = on if task else on + timedelta(days=21)
                    for offset, worker in enumerate(chosen_workers):
                        application_id = first_application + offset
                        part = amount // len(chosen_workers)
                        contract_id = ids["contract"]
                        ids["contract"] += 1
                        contracts.append(contract_id)
                        withheld = kinds.get(worker) == "individual" and category_is_withheld(
                            item.category_id
                        )
                        rows["contract"].append(
                            {
                                "id": contract_id,
                                "engagement_id": eid,
                                "worker_id": worker,
                                "application_id": application_id,
                                "contracted_on": on,
                                "amount": part,
                                "taxable": True,
                                "withheld": withheld,
                                "free_rounds": 2 if item.order_type != "task" else None,
                                "delivery_due": due,
                                # checked within a week of the delivery, as the postings promise
                                "inspection_due": on if task else on + timedelta(days=28),
                                # a task is inspected on approval: paid by the end of the next month
                                # at the latest, as its posting says (検収完了日の翌月末日)
                                "payment_due": min(on + timedelta(days=50), _end_of_next_month(on))
                                if task else on + timedelta(days=50),
                                "period_end": due,
                                "notes": "",
                            }
                        )
                        rows["milestone"].append(
                            {
                                "contract_id": contract_id,
                                "title": "契約金額",
                                "amount": part,
                                "due_on": due,
                                "escrowed_on": None,
                                "released_on": None,
                            }
                        )
                        if submitted is not None:
                            rows["delivery"].append(
                                {
                                    "contract_id": contract_id,
                                    "delivered_on": submitted,
                                    "note": "承認期間に提出された作業",
                                    "refused": False,
                                    "worker_at_fault": False,
                                }
                            )
                        for application in rows["application"][-len(applicants) :]:
                            if application["id"] == application_id:
                                application["status"] = "selected"
                                if item.order_type == "task":
                                    done = int(application["items_submitted"])  # type: ignore[call-overload]
                                    rejected = min(done, rng.randint(0, 3))
                                    application["items_approved"], application["items_rejected"] = (
                                        done - rejected,
                                        rejected,
                                    )
                if to_state == "escrowed":
                    for milestone in rows["milestone"][-len(contracts) :]:
                        milestone["escrowed_on"] = on
                if to_state == "delivered" and contract_id is not None:
                    rows["delivery"].append(
                        {
                            "contract_id": contract_id,
                            "delivered_on": on,
                            "note": "",
                            "refused": False,
                            "worker_at_fault": False,
                        }
                    )
                if to_state == "revising" and contract_id is not None:
                    rows["revision"].append(
                        {
                            "contract_id": contract_id,
                            "requested_on": on,
                            "asked": "色味と文言の調整",
                            "in_scope": True,
                            "paid_extra": False,
                            "worker_at_fault": False,
                        }
                    )
                if to_state == "accepted":
                    for cid in contracts:
                        contract = next(c for c in rows["contract"][-len(contracts) :] if c["id"] == cid)
                        money = settle(int(contract["amount"]), withheld=bool(contract["withheld"]))  # type: ignore[call-overload]
                        rows["payment"].append(
                            {
                                "contract_id": cid,
                                "due_on": contract["payment_due"],
                                "amount": money.amount,
                                "tax": money.tax,
                                "withholding": money.withholding,
                                "paid_on": None,
                                "remitted_on": None,
                            }
                        )
                if to_state == "paid":
                    for payment in rows["payment"][-len(contracts) :]:
                        payment["paid_on"] = on
                    for milestone in rows["milestone"][-len(contracts) :]:
                        milestone["released_on"] = on
                if to_state == "rated":
                    for cid in contracts:
                        points = {
                            p: rng.choice((3, 4, 4, 5, 5))
                            for p in ("quality", "schedule", "communication", "skill", "partnership")
                        }
                        rows["rating"].append(
                            {
                                "contract_id": cid,
                                **points,
                                "comment": "丁寧に対応いただきました。",
                                "rated_on": on,
                            }
                        )
            reason = ""
            if cancelled:
                cancel_day = min(today, since + timedelta(days=rng.randint(1, 5)))
                rows["state_change"].append(
                    {
                        "engagement_id": eid,
                        "from_state": state,
                        "to_state": "cancelled",
                        "on": cancel_day,
                        "note": "顧客の事業方針の変更",
                    }
                )
                state, since, reason = "cancelled", cancel_day, "顧客の事業方針の変更"
            prepaid = next((on for _f, t, on in steps if t == "prepaid"), None)
            rows["engagement"].append(
                {
                    "id": eid,
                    "work_item_id": item.id,
                    "client_id": item.client_id,
                    "order_type": item.order_type,
                    "state": state,
                    "state_since": since,
                    "cancel_reason": reason,
                    "prepaid_on": prepaid,
                    "prepaid_amount": amount if prepaid else None,
                }
            )
            if rng.random() < 0.08:
                kind = rng.randrange(len(_TROUBLES))
                opened = min(today, since)
                rows["trouble"].append(
                    {
                        "engagement_id": eid,
                        "category": _TROUBLES[kind],
                        "opened_on": opened,
                        "description": _TROUBLE_TEXTS[kind],
                        "actions": "顧客・ワーカーと打ち合わせて対応" if kind % 2 else "",
                        "resolved_on": opened if kind % 2 else None,
                    }
                )
        first_ids = {
            name: (session.scalar(select(func.max(model.id))) or 0) + 1
            for name, model in (
                ("milestone", Milestone),
                ("delivery", Delivery),
                ("revision", RevisionRequest),
                ("payment", WorkPayment),
                ("rating", Rating),
            )
        }
        audit = _demo_audit(rows, first_ids)
        for name, model in (
            ("engagement", Engagement),
            ("state_change", StateChange),
            ("application", Application),
            ("contract", WorkContract),
            ("milestone", Milestone),
            ("delivery", Delivery),
            ("revision", RevisionRequest),
            ("payment", WorkPayment),
            ("rating", Rating),
            ("trouble", Trouble),
        ):
            for start in range(0, len(rows[name]), 20_000):
                session.execute(insert(model), rows[name][start : start + 20_000])
        for start in range(0, len(audit), 20_000):
            session.execute(insert(AuditEntry), audit[start : start + 20_000])
        engagements = [
            (cast(int, r["id"]), cast(int, r["client_id"]), cast(date, r["state_since"]))
            for r in rows["engagement"]
        ]
        total = len(engagements) * 6 if contacts is None else contacts
        batch: list[dict[str, object]] = []
        for index in range(total):
            eid, client_id, since = engagements[index % len(engagements)]
            worker_side = index % 3 != 0
            on = max(begun.get(eid, since), since - timedelta(days=rng.randint(0, 40)))
            batch.append(
                {
                    "client_id": client_id,
                    "engagement_id": eid,
                    "worker_id": None,
                    "at": datetime(on.year, on.month, on.day, 9 + index % 9, index % 60),
                    "party": "worker" if worker_side else "client",
                    "direction": "in" if index % 2 else "out",
                    "channel": _CHANNELS[index % len(_CHANNELS)],
                    "summary": _SUMMARIES[index % len(_SUMMARIES)],
                }
            )
            if len(batch) == 50_000:
                session.execute(insert(ContactEntry), batch)
                batch = []
        if batch:
            session.execute(insert(ContactEntry), batch)
    return len(rows["engagement"])


# --- terms notices as issued (issue 13) ---------------------------------------------------------

# what the demo's postings say of the contract beyond what the Orders page records
_NOTICE_TERMS = {
    "delivery_place": "プラットフォームのメッセージ機能でファイルを納品",
    "change_handling": "仕様・納期・報酬の変更は双方の合意のうえメッセージで行い、"
    "変更後の条件を改めて通知します。",
    "defect_handling": "納品後14日以内に見つかった不具合は無償で修正します。"
    "納期に遅れる場合は事前に連絡し、新しい納期を協議します。",
    "personal_data_handling": "業務上知り得た個人情報は本業務以外に使用せず、納品後に削除します。",
}
_PAYMENT_METHOD = "プラットフォームの仮払い（エスクロー）からの支払い"
_HARASSMENT_DESK = "{name} 総務担当（ハラスメント相談窓口） {contact}"


def fill_notice_terms(store: Store, catalogue: Catalogue | None, *, limit: int = 12) -> list[tuple[int, int]]:
    """Writes into the postings of up to `limit` orders with one recorded contract the terms a
    notice needs that the Orders page does not record (where it is delivered, payment method,
    changes, defects, personal data, the harassment desk), agreeing with the record. Returns their
    (work item, contract) for the notices to be issued (documents.issue_demo_notices)."""
    from ..domain.notice import differences
    from .models import Engagement, WorkContract

    chosen: list[tuple[int, int]] = []
    with store.session() as session:
        single = (
            select(Engagement.work_item_id, func.min(WorkContract.id))
            .join(WorkContract, WorkContract.engagement_id == Engagement.id)
            .group_by(Engagement.work_item_id)
            .having(func.count(WorkContract.id) == 1)
            .order_by(func.min(WorkContract.id))
        )
        for item_id, contract_id in session.execute(single):
            if len(chosen) == limit:
                break
            order = repo.load_posting(session, item_id, catalogue, agreed=False)
            (recorded,) = repo.recorded_contracts(session, item_id)
            order = with_notice_terms(order)
            if differences(order, recorded):
                continue  # a posting that says otherwise is left for the producer to settle
            repo.save_posting(session, item_id, order)
            chosen.append((item_id, contract_id))
    return chosen


def with_notice_terms(order: Order) -> Order:
    """The posting with the terms a notice needs that the Orders page does not record, where the
    producer left them empty (the demo's wording)."""
    from ..domain.orders import Contract
    from ..domain.posting_templates import BLANK

    k = order.contract or Contract()
    k = replace(
        k,
        delivery_place=k.delivery_place or _NOTICE_TERMS["delivery_place"],
        change_handling=k.change_handling or _NOTICE_TERMS["change_handling"],
        defect_handling=k.defect_handling or _NOTICE_TERMS["defect_handling"],
        personal_data_handling=k.personal_data_handling or _NOTICE_TERMS["personal_data_handling"],
        inspection=True if k.inspection is None else k.inspection,  # the postings promise a check
    )
    orderer = order.orderer
    desk = _HARASSMENT_DESK.format(name=orderer.name, contact=orderer.contact).strip()
    return replace(
        order,
        # the category's usual wording leaves blanks (（　）) and examples (（例）…) for the producer:
        # the demo fills them as a producer would
        deliverables=order.deliverables.replace(BLANK, "5").replace("（例）", ""),
        contract=replace(k, payment_method=k.payment_method or _PAYMENT_METHOD),
        payment=replace(order.payment, method=order.payment.method or _PAYMENT_METHOD),
        orderer=replace(orderer, harassment_contact=orderer.harassment_contact or desk),
    )


# --- a finished workshop (issue 11) ------------------------------------------------------------

_WORKSHOP_NOTE = "デモ用の架空の会社です。ワークショップで初めてクラウドソーシングを知りました。"
DEMO_WORKSHOP_AGENDA = (
    "開会・趣旨説明（主催者）",
    "クラウドソーシングの基本：3つの発注形式と費用の目安",
    "ワーク1：自社の経営課題を選ぶ",
    "ワーク2：課題を発注できる業務に分ける",
    "ワーク3：募集文を書いてチェックする",
    "質疑応答・個別相談のご案内",
)


DEMO_WORKSHOP_TITLE = "はじめてのクラウドソーシング活用ワークショップ"


def fill_workshop(
    store: Store,
    catalogue: Catalogue,
    *,
    participants: int = 20,
    today: date | None = None,
    seed: int = 2026,
) -> int:
    """Adds one finished workshop, held 150 days before `today` (before the demo's consultations:
    the SMEs met crowdsourcing there first), with `participants` clients — the demo's clients
    first, new ones for the rest — their attendance, the problems each chose (a consultation on
    the day, with one to three work items each and, for a few, the posting drafted there) and the
    questionnaire before and after showing the improvement the seed reports. Returns the
    workshop's id."""
    from .models import Posting, QuestionnaireAnswer, Workshop, WorkshopParticipant

    rng = random.Random(seed + 2)
    work_rng = random.Random(seed + 3)  # its own: the answers stay those of the first demo
    today = today or date.today()
    held = today - timedelta(days=150)
    starts_at = datetime(held.year, held.month, held.day, 13, 30)
    venue = "商工会議所 3階 大会議室"
    with store.session() as session:
        client_ids = list(
            session.scalars(
                select(Client.id).where(Client.archived.is_(False)).order_by(Client.id).limit(participants)
            )
        )
        missing = participants - len(client_ids)
        if missing > 0:
            start = session.scalar(select(func.count(Client.id))) or 0
            first_id = (session.scalar(select(func.max(Client.id))) or 0) + 1
            rows = _client_rows(rng, missing, start)
            for row in rows:
                row["archived"] = False
                row["notes"] = _WORKSHOP_NOTE
            session.execute(insert(Client), rows)
            client_ids += range(first_id, first_id + missing)
        workshop = Workshop(
            title=DEMO_WORKSHOP_TITLE,
            starts_at=starts_at,
            venue=venue,
            organiser="○○商工会議所 中小企業相談所",
            facilitator=DEMO_PRODUCER.name,
            capacity=max(participants, 1),
            agenda="\n".join(DEMO_WORKSHOP_AGENDA),
        )
        session.add(workshop)
        session.flush()
        next_participant = (session.scalar(select(func.max(WorkshopParticipant.id))) or 0) + 1
        next_consultation = (session.scalar(select(func.max(Consultation.id))) or 0) + 1
        next_problem = (session.scalar(select(func.max(Problem.id))) or 0) + 1
        next_item = (session.scalar(select(func.max(WorkItem.id))) or 0) + 1
        orderers = _orderers(session, client_ids)
        popular = list(catalogue.problems[:6]) or list(catalogue.problems)
        people, answers, consultations, problems, items, postings = [], [], [], [], [], []
        for index, client_id in enumerate(client_ids):
            pid = next_participant + index
            attendance, late_at = "present", None
            if index in (4, 13):
                attendance, late_at = "late", time(13, 45 + index)
            elif index in (7, 17):
                attendance = "absent"
            people.append(
                {
                    "id": pid,
                    "workshop_id": workshop.id,
                    "client_id": client_id,
                    "attendance": attendance,
                    "late_at": late_at,
                    "follow_up": attendance != "absent" and index % 3 == 0,
                    "work_consultation_id": None,
                }
            )
            if attendance == "absent":
                continue
            before = {
                "can_solve": rng.choice((1, 2, 2, 3, 3)),
                "knows_costs": rng.choice((1, 1, 2, 2, 3)),
                "anxious": rng.choice((3, 4, 4, 5, 5)),
                "consider_ordering": 3 if index % 6 == 0 else rng.choice((1, 2, 2)),
            }
            after = {
                "can_solve": min(5, before["can_solve"] + rng.choice((1, 2, 2))),
                "knows_costs": min(5, before["knows_costs"] + rng.choice((1, 2, 2, 3))),
                "anxious": max(1, before["anxious"] - rng.choice((1, 1, 2))),
                "consider_ordering": 3 if index % 3 != 2 else 2,
            }
            for phase, scores in (("before", before), ("after", after)):
                answers += [
                    {"participant_id": pid, "phase": phase, "item": item, "score": score}
                    for item, score in scores.items()
                ]
            if popular:
                chosen = rng.sample(popular, k=min(len(popular), rng.choice((1, 2, 2))))
                # the worksheet in the owner's words, a line per problem (the proposal quotes them)
                said = ("社内に詳しい人がいないので、外の力を借りたい。",
                        "まずは小さな仕事から試してみたい。",
                        "費用の目安が分かれば前向きに考えたい。")  # fmt: skip
                consultations.append(
                    {
                        "id": next_consultation,
                        "client_id": client_id,
                        "held_on": held,
                        "place": venue,
                        "attendees": "ワークショップ参加（社長）",
                        "notes": "\n".join(f"{entry.name_ja}について：{said[(index + k) % len(said)]}"
                                           for k, entry in enumerate(chosen)),
                    }
                )
                people[-1]["work_consultation_id"] = next_consultation
                first_item = next_item
                for position, entry in enumerate(chosen):
                    problems.append(
                        {
                            "id": next_problem + position,
                            "consultation_id": next_consultation,
                            "catalogue_id": entry.id,
                            "title": entry.name_ja,
                            "position": position,
                        }
                    )
                for n in range(work_rng.choice((1, 2, 2, 3))):  # the work items written on the day
                    position = n % len(chosen)
                    templates = chosen[position].work_items
                    if not templates:
                        continue
                    template = templates[(n // len(chosen) + index) % len(templates)]
                    draft = from_template(template, held + timedelta(days=14))
                    row = {f.name: getattr(draft, f.name) for f in fields(draft)}
                    row.update(id=next_item, order_type=draft.order_type.value,
                               problem_id=next_problem + position, position=n // len(chosen))  # fmt: skip
                    items.append(row)
                    if next_item == first_item and index % 4 == 0:  # a few drafted their posting
                        order = _workshop_posting(draft, orderers[client_id], chosen[position].name_ja,
                                                  complete=index % 8 == 0)  # fmt: skip
                        postings.append({"work_item_id": next_item, "order_json": order, "record_json": "{}"})
                    next_item += 1
                next_problem += len(chosen)
                next_consultation += 1
        if consultations:  # first: the participants point at them
            session.execute(insert(Consultation), consultations)
            session.execute(insert(Problem), problems)
        session.execute(insert(WorkshopParticipant), people)
        if answers:
            session.execute(insert(QuestionnaireAnswer), answers)
        if items:
            session.execute(insert(WorkItem), items)
        if postings:
            session.execute(insert(Posting), postings)
        return workshop.id


def _orderers(session: Any, client_ids: list[int]) -> dict[int, Any]:
    """The clients as the orderers of their postings, by id (one query)."""
    from ..domain.orders import Orderer

    query = select(Client.id, Client.name, Client.address, Client.email, Client.phone, Client.prefecture,
                   Client.employees, Client.capital, Client.corporate_number).where(Client.id.in_(client_ids))
    out = {}
    for cid, name, address, email, phone, prefecture, employees, capital, number in session.execute(query):
        out[cid] = Orderer(
            name=name, address=address, contact=email or phone, prefecture=prefecture,
            is_corporation=True if "株式会社" in name or "有限会社" in name else None,
            has_employees=None if employees is None else employees > 0, employee_count=employees,
            capital_yen=capital, corporate_number=number,
        )  # fmt: skip
    return out


def _workshop_posting(draft: Any, orderer: Any, problem: str, *, complete: bool) -> str:
    """The posting a participant drafted at the workshop, as stored (csp-desk.order/1 JSON): the
    complete ones show every item, the others leave expenses and rights open, as a first draft does."""
    import json

    from ..domain.breakdown import draft_order
    from ..domain.orders import Ip, Payment, Revisions, order_to_json

    order = draft_order(draft, orderer)
    description = (
        f"{orderer.name}では「{problem}」に取り組んでいます。その一つとして「{draft.title}」をお願いします。"
        f"成果物は{draft.deliverables or '打ち合わせで決めます'}です。"
        "当社は初めての発注のため、進め方のご提案も歓迎します。ご質問はメッセージでお気軽にどうぞ。"
        "納品後の確認は1週間以内に行い、修正のご相談にも丁寧に対応します。"
    )
    order = replace(
        order,
        description=description,
        platform="crowdworks",
        place="在宅（リモート）",
        timeframe="" if draft.due_date else "契約から1か月程度",
        payment=Payment(days_after_delivery=30, method="クラウドワークスの仮払い（エスクロー）",
                        transfer_fee_borne_by="orderer"),
        contact="クラウドワークスのメッセージ機能",
        revisions=Revisions(free_rounds=2, major_changes_renegotiated=True),
    )  # fmt: skip
    if complete:
        order = replace(
            order,
            expenses="業務に必要なソフトウェアと通信費は受注者の負担です",
            ip=Ip(handling="納品物の著作権（著作権法第27条・第28条の権利を含む）は報酬の支払時に発注者へ"
                           "移転し、著作者人格権は行使しないものとします。",
                  transfer="assign", includes_art27_28=True, moral_rights_not_exercised=True,
                  unselected_not_used=True if draft.order_type.value == "competition" else None),
        )  # fmt: skip
    return json.dumps(order_to_json(order), ensure_ascii=False, sort_keys=True)
