"""The terms notice is built from the recorded contract (issue 13): differences refuse it, the
posting fills what the record does not hold, and ⑪ counts the posting's IP clause."""

from datetime import date

from csp_desk.domain.notice import RecordedContract, days_late, differences, late_under_act, notice_order
from csp_desk.domain.orders import Worker, parse_order
from csp_desk.reports.terms_notice import missing_items, quoted

from .test_rules import CONTRACT, changed

RECORD = RecordedContract(
    id=7, worker=Worker("佐藤ウェブ制作", "individual", False, "長野県"), contracted_on=date(2026, 12, 1),
    amount=220000, free_rounds=2, delivery_due=date(2027, 1, 29), inspection_due=date(2027, 2, 5),
    payment_due=date(2027, 2, 26), period_end=date(2027, 1, 29),
)  # fmt: skip


def test_the_ip_clause_of_the_posting_counts_for_item_eleven():
    """The notice prints the posting's IP clause when the contract's is empty, so the check that
    stops the notice must accept it too (it looked at the contract's alone and refused ⑪)."""
    order = parse_order(changed(CONTRACT, contract__ip_handling=None))
    assert order.ip.handling and not order.contract.ip_handling
    assert missing_items(order) == []
    bare = parse_order(changed(CONTRACT, contract__ip_handling=None, ip__handling=None))
    assert "⑪ intellectual property" in missing_items(bare)


def test_a_posting_that_agrees_with_the_record_has_no_differences():
    assert differences(parse_order(CONTRACT), RECORD) == []


def test_a_typed_amount_other_than_the_recorded_one_is_a_difference():
    """The ¥99,000 notice over a ¥22,000 contract cannot happen: the typed amount is listed."""
    order = parse_order(changed(CONTRACT, contract__amount=99000))
    found = [(d.item, d.posting, d.contract) for d in differences(order, RECORD)]
    assert found == [("contract amount", "99,000円", "220,000円")]


def test_a_competition_prize_other_than_the_contract_is_a_difference_a_project_budget_not():
    project = parse_order(changed(CONTRACT, reward__amount=250000))
    assert differences(project, RECORD) == []  # the worker quoted under the posted budget
    prize = parse_order(changed(CONTRACT, order_type="competition", reward__amount=99000))
    assert [(d.item, d.posting) for d in differences(prize, RECORD)] == [("prize in the posting", "99,000円")]


def test_dates_rounds_worker_and_ip_that_differ_are_each_listed():
    order = parse_order(changed(
        CONTRACT, contract__delivery_due="2027-01-20", contract__payment_due="2027-03-31",
        contract__contracted_on="2026-11-30", revisions__free_rounds=3, worker__name="別の人",
        contract__ip_handling="著作権は受注者に留保し、発注者に利用を許諾する",
    ))  # fmt: skip
    items = [d.item for d in differences(order, RECORD)]
    assert items == ["worker", "date of the order", "delivery date", "payment date",
                     "free revision rounds", "intellectual property"]  # fmt: skip


def test_a_recorded_payment_later_than_the_posting_promised_is_a_difference():
    order = parse_order(changed(CONTRACT, contract__payment_due=None))
    late = RecordedContract(**{**RECORD.__dict__, "payment_due": date(2027, 3, 31)})
    (found,) = differences(order, late)
    assert found.item == "payment date" and "30日目" in found.posting and found.contract == "2027年3月31日"


def test_the_notice_takes_the_record_and_fills_the_rest_from_the_posting():
    bare = changed(CONTRACT, contract=None, worker=None)
    order = notice_order(parse_order(bare), RecordedContract(**{**RECORD.__dict__, "amount": 22000}))
    k = order.contract
    assert k.amount == 22000 and k.contracted_on == date(2026, 12, 1) and k.payment_due == date(2027, 2, 26)
    assert order.worker.name == "佐藤ウェブ制作"
    assert "信州りんごジャム" in k.content and "HTML/CSS一式" in k.content
    assert k.payment_method == "クラウドワークスの仮払い（エスクロー）"
    assert "著作権法第27条" in k.ip_handling and "改めて協議" in k.change_handling
    assert (k.period_start, k.period_end) == (date(2026, 12, 1), date(2027, 1, 29))


def test_late_days_and_quotes():
    assert days_late(date(2026, 12, 1), date(2026, 12, 1)) == 0
    assert days_late(date(2026, 12, 1), date(2026, 12, 9)) == 8
    assert quoted("新商品「信州りんごジャム」のLP") == "「新商品『信州りんごジャム』のLP」"


def test_a_late_day_counts_only_where_the_freelance_act_applies():
    """CONT-03 is the Act's: a worker with employees is not a protected freelancer, so a notice
    given days after is not called late (the guideline asks for the terms in writing, no day)."""
    protected = parse_order(CONTRACT)
    assert late_under_act(protected, date(2026, 12, 1), date(2026, 12, 9)) == 8
    employer = parse_order(changed(CONTRACT, worker__has_employees=True))
    assert late_under_act(employer, date(2026, 12, 1), date(2026, 12, 9)) == 0


# --- the store and the command line ----------------------------------------------------------

import json  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from .test_cli import csp_desk

    db = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    made = csp_desk("demo", "--db", db)
    assert made.returncode == 0, made.stderr
    assert "取引条件明示書を" in made.stdout and "件発行しました" in made.stdout, made.stdout
    return db


def _copy(db, tmp_path):
    copy = tmp_path / "demo.sqlite3"
    shutil.copy(db, copy)
    return copy


def _contracted_without_notice(db):
    """A work item with exactly one recorded contract and no notice issued yet."""
    conn = sqlite3.connect(db)
    row = conn.execute(
        "SELECT e.work_item_id, min(c.id), min(c.amount), min(c.contracted_on) FROM work_contract c "
        "JOIN engagement e ON e.id = c.engagement_id "
        "WHERE e.work_item_id NOT IN (SELECT p.work_item_id FROM posting p) "
        "GROUP BY e.work_item_id HAVING count(c.id) = 1 ORDER BY e.work_item_id LIMIT 1"
    ).fetchone()
    conn.close()
    return row


def test_the_demo_has_issued_notices_some_given_late(demo_db):
    conn = sqlite3.connect(demo_db)
    rows = conn.execute(
        "SELECT n.given_on, n.channel, c.contracted_on, c.amount, n.order_json FROM issued_notice n "
        "JOIN work_contract c ON c.id = n.work_contract_id"
    ).fetchall()
    conn.close()
    assert len(rows) >= 8
    assert {channel for _g, channel, *_ in rows} == {"platform", "email", "paper"}
    late = [r for r in rows if r[0] > r[2]]
    assert 0 < len(late) < len(rows)
    for _given, _channel, _contracted, amount, order_json in rows:  # each states its own contract
        assert json.loads(order_json)["contract"]["amount"] == amount


def test_the_command_line_issues_a_notice_from_the_recorded_contract(demo_db, tmp_path):
    """The demo's postings for contracted orders lack the terms the Orders page does not record:
    the refusal names those items (not 「契約条件」); written in, the notice states the contract."""
    from csp_desk.reports.common import jp_date

    from .test_cli import csp_desk

    db = _copy(demo_db, tmp_path)
    item, contract_id, amount, contracted = _contracted_without_notice(db)
    out = tmp_path / "notice.docx"
    given = ("--given-on", contracted, "--channel", "email")
    refused = csp_desk("export", "notice", "--work-item", item, "--out", out, "--db", db, *given)
    assert refused.returncode == 1 and not out.exists()
    assert "契約条件" not in refused.stderr and "⑦" in refused.stderr, refused.stderr
    from csp_desk.store import repo
    from csp_desk.store.db import open_store
    from csp_desk.store.demo import fill_notice_terms

    store = open_store(db)
    chosen = fill_notice_terms(store, None, limit=100)
    store.close()
    assert (item, contract_id) in chosen
    issued = csp_desk("export", "notice", "--work-item", item, "--out", out, "--db", db, *given)
    assert issued.returncode == 0, issued.stderr
    assert "電子メール" in issued.stdout and "遅れ" not in issued.stdout
    text = "\n".join(p.text for p in __import__("docx").Document(str(out)).paragraphs)
    from docx import Document

    cells = "\n".join(c.text for t in Document(str(out)).tables for r in t.rows for c in r.cells)
    assert f"{amount:,}円" in cells and jp_date(date.fromisoformat(contracted)) in cells
    assert "電子メールにより" in text and text.rstrip().endswith("以上")
    store = open_store(db)
    with store.session() as session:
        kept = repo.list_issued_notices(session, item)[-1]
    store.close()
    assert (kept.work_contract_id, kept.given_on.isoformat()) == (contract_id, contracted)
    assert kept.channel == "email"
    assert kept.days_late == 0


def test_a_posting_that_states_another_amount_is_refused_with_the_differences(demo_db, tmp_path):
    from dataclasses import replace

    from csp_desk.store import repo
    from csp_desk.store.db import open_store
    from csp_desk.store.demo import fill_notice_terms

    from .test_cli import csp_desk

    db = _copy(demo_db, tmp_path)
    item, _contract, amount, contracted = _contracted_without_notice(db)
    store = open_store(db)
    fill_notice_terms(store, None, limit=100)
    with store.session() as session:
        order = repo.load_posting(session, item, agreed=False)
        repo.save_posting(session, item, replace(order, contract=replace(order.contract, amount=99000)))
    store.close()
    before = sqlite3.connect(db).execute("SELECT count(*) FROM issued_notice").fetchone()
    out = tmp_path / "notice.docx"
    refused = csp_desk("export", "notice", "--work-item", item, "--out", out, "--db", db,
                       "--given-on", contracted, "--channel", "paper")  # fmt: skip
    assert refused.returncode == 1 and not out.exists()
    assert "食い違って" in refused.stderr and "契約金額" in refused.stderr, refused.stderr
    assert "99,000円" in refused.stderr and f"{amount:,}円" in refused.stderr
    assert sqlite3.connect(db).execute("SELECT count(*) FROM issued_notice").fetchone() == before


def test_a_late_notice_is_recorded_as_given_and_said_to_be_late(demo_db, tmp_path):
    from csp_desk.store.db import open_store
    from csp_desk.store.demo import fill_notice_terms

    from .test_cli import csp_desk

    db = _copy(demo_db, tmp_path)
    item, _contract, _amount, contracted = _contracted_without_notice(db)
    store = open_store(db)
    fill_notice_terms(store, None, limit=100)
    store.close()
    late = (date.fromisoformat(contracted) + __import__("datetime").timedelta(days=5)).isoformat()
    late = min(late, date.today().isoformat())
    out = tmp_path / "notice.docx"
    done = csp_desk("export", "notice", "--work-item", item, "--out", out, "--db", db,
                    "--given-on", late, "--channel", "platform")  # fmt: skip
    assert done.returncode == 0, done.stderr
    if late != contracted:
        assert "CONT-03" in done.stdout and "日後の交付" in done.stdout, done.stdout
    (given,) = sqlite3.connect(db).execute(
        "SELECT given_on FROM issued_notice ORDER BY id DESC LIMIT 1").fetchone()  # fmt: skip
    assert given == late



def test_a_notice_given_again_is_late_only_if_the_first_was(demo_db, tmp_path):
    """A notice given on the day of the contract and given again weeks later (a copy, a
    correction) was given at once: the second is not called late (CONT-03), here or on the order's
    checklist. One first given late is said to be so, naming the first."""
    from .test_cli import csp_desk

    db = _copy(demo_db, tmp_path)
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT p.work_item_id, n.given_on, c.contracted_on FROM issued_notice n "
        "JOIN posting p ON p.id = n.posting_id JOIN work_contract c ON c.id = n.work_contract_id "
        "WHERE NOT EXISTS (SELECT 1 FROM contract_change x WHERE x.contract_id = c.id)"
    ).fetchall()
    conn.close()
    on_time = next(item for item, given, contracted in rows if given == contracted)
    late = next((item, given) for item, given, contracted in rows if given > contracted)
    today = date.today().isoformat()
    again = csp_desk("export", "notice", "--work-item", on_time, "--out", tmp_path / "again.docx", "--db", db,
                     "--given-on", today, "--channel", "email")  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert "CONT-03" not in again.stdout and "発行済み" in again.stdout, again.stdout
    # the paper itself says it gives the same terms again, naming the day of the first
    from docx import Document

    first = next(date.fromisoformat(given) for item, given, _c in rows if item == on_time)
    said = "\n".join(p.text for p in Document(str(tmp_path / "again.docx")).paragraphs)
    if first < date.today():
        assert f"{first.year}年{first.month}月{first.day}日に交付した取引条件明示書を改めて交付" in said, said
    late_again = csp_desk("export", "notice", "--work-item", late[0], "--out", tmp_path / "late.docx",
                          "--db", db, "--given-on", today, "--channel", "email")  # fmt: skip
    assert late_again.returncode == 0, late_again.stderr
    given = date.fromisoformat(late[1])
    said = late_again.stdout
    assert "CONT-03" in said and f"{given.year}年{given.month}月{given.day}日" in said, said


def test_a_notice_given_before_the_contract_is_kept_and_the_days_pointed_out(demo_db, tmp_path):
    from csp_desk.store.db import open_store
    from csp_desk.store.demo import fill_notice_terms

    from .test_cli import csp_desk

    db = _copy(demo_db, tmp_path)
    item, _contract, _amount, contracted = _contracted_without_notice(db)
    store = open_store(db)
    fill_notice_terms(store, None, limit=100)
    store.close()
    before = sqlite3.connect(db).execute("SELECT count(*) FROM issued_notice").fetchone()
    early = (date.fromisoformat(contracted) - __import__("datetime").timedelta(days=3)).isoformat()
    out = tmp_path / "notice.docx"
    done = csp_desk("export", "notice", "--work-item", item, "--out", out, "--db", db,
                    "--given-on", early, "--channel", "email")  # fmt: skip
    assert done.returncode == 0 and out.exists(), done.stderr
    assert "契約日" in done.stdout and "より前" in done.stdout and "CONT-03" not in done.stdout, done.stdout
    (count,) = sqlite3.connect(db).execute("SELECT count(*) FROM issued_notice").fetchone()
    assert count == before[0] + 1


def test_the_command_line_asks_for_the_day_the_channel_and_which_contract(demo_db, tmp_path):
    from .test_cli import csp_desk

    db = _copy(demo_db, tmp_path)
    item, *_ = _contracted_without_notice(db)
    out = tmp_path / "notice.docx"
    bare = csp_desk("export", "notice", "--work-item", item, "--out", out, "--db", db)
    assert bare.returncode == 2 and "--given-on" in bare.stderr and "--channel" in bare.stderr
    future = csp_desk("export", "notice", "--work-item", item, "--out", out, "--db", db,
                      "--given-on", "2999-01-01", "--channel", "email")  # fmt: skip
    assert future.returncode == 1 and "未来" in future.stderr
    wrong = csp_desk("export", "notice", "--work-item", item, "--out", out, "--db", db,
                     "--given-on", "2026-13-01", "--channel", "email")  # fmt: skip
    assert wrong.returncode == 1 and "正しい日付" in wrong.stderr
    conn = sqlite3.connect(db)
    (task,) = conn.execute(
        "SELECT e.work_item_id FROM work_contract c JOIN engagement e ON e.id = c.engagement_id "
        "GROUP BY e.work_item_id HAVING count(c.id) > 1 LIMIT 1"
    ).fetchone()
    conn.close()
    several = csp_desk("export", "notice", "--work-item", task, "--out", out, "--db", db,
                       "--given-on", "2026-11-01", "--channel", "email")  # fmt: skip
    assert several.returncode == 1 and "--contract" in several.stderr, several.stderr
    unknown = csp_desk("export", "notice", "--work-item", task, "--out", out, "--db", db,
                       "--given-on", "2026-11-01", "--channel", "email", "--contract", 99999)  # fmt: skip
    assert unknown.returncode == 1 and "99999" in unknown.stderr
    assert not out.exists()


def test_a_database_of_schema_0007_upgrades_with_its_issued_notice_kept(tmp_path):
    from csp_desk.store.db import open_store
    from csp_desk.store.files import HEAD

    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema_0007.sqlite3", path)
    before = sqlite3.connect(path)
    assert before.execute("SELECT version_num FROM alembic_version").fetchone() == ("0007",)
    kept = before.execute("SELECT id, posting_id, issued_on, sha256, content FROM issued_notice").fetchall()
    before.close()
    assert kept
    open_store(path, backups=tmp_path / "backups").close()
    after = sqlite3.connect(path)
    assert after.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    rows = after.execute(
        "SELECT id, posting_id, issued_on, sha256, content, given_on, channel, work_contract_id "
        "FROM issued_notice"
    ).fetchall()
    assert [r[:5] for r in rows] == kept
    assert all(r[5] == r[2] and r[6] == "" and r[7] is None for r in rows)  # given on the day written
    triggers = {r[0] for r in after.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'issued_notice'")}  # fmt: skip
    assert triggers == {"retain_issued_notice", "unchanged_issued_notice"}
    with pytest.raises(sqlite3.IntegrityError, match="unchanged"):
        after.execute("UPDATE issued_notice SET channel = 'email'")
    after.close()


def test_the_notice_renders_in_libreoffice_with_the_contract_terms(tmp_path):
    """Rendered to PDF: the contract's amount and dates, the issuer on the right, 以上 at the end."""
    import re
    import subprocess

    from csp_desk.reports.terms_notice import write_terms_notice

    from .office import pdf_text, to_pdf

    posting = parse_order(changed(CONTRACT, contract__amount=None))  # the amount is the record's alone
    recorded = RecordedContract(**{**RECORD.__dict__, "amount": 22000})
    assert differences(posting, recorded) == []
    order = notice_order(posting, recorded)
    path = write_terms_notice(order, tmp_path / "取引条件明示書.docx", date(2026, 12, 1), channel="platform",
                              contact_person="山田 太郎")  # fmt: skip
    pdf = to_pdf(path, tmp_path)
    text = pdf_text(pdf)
    flat = "".join(text.split())
    for expected in ("22,000円", "2026年12月1日", "2027年1月29日", "2027年2月5日", "2027年2月26日",
                     "担当：山田太郎", "『信州りんごジャム』", "業務委託をした日",
                     "（注文年月日）"):  # fmt: skip
        assert expected in flat, expected
    body = re.sub(r"\d+/\d+ページ", "", flat)  # the page numbers in the footer
    assert body.rstrip("\x0c").endswith("以上"), body[-40:]
    assert "99,000" not in flat and "220,000" not in flat
    # the issuer block sits on the right half of the page, the addressee on the left
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True).stdout

    words = {m[5]: float(m[1]) for m in re.finditer(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)', boxes)
        for _ in [0]}  # fmt: skip
    page_width = float(re.search(r'<page width="([\d.]+)"', boxes)[1])
    issuer = next(x for word, x in words.items() if word.startswith("担当"))
    addressee = next(x for word, x in words.items() if word == "様" or word.endswith("様"))
    assert issuer > page_width / 2 > addressee


def _fill_terms(db, item):
    """The contract terms a producer types into the posting (as the demo does for its notices)."""
    from csp_desk.store import repo
    from csp_desk.store.db import open_store
    from csp_desk.store.demo import with_notice_terms

    store = open_store(db)
    try:
        with store.session() as s:
            repo.save_posting(s, item, with_notice_terms(repo.load_posting(s, item, None, agreed=False)))
    finally:
        store.close()


def test_each_worker_of_a_task_gets_a_notice_and_the_posting_stays_as_posted(demo_db, tmp_path):
    """Issuing a notice for one of a task's contracts does not write that worker's terms into the
    posting: the next worker's notice is not refused for a difference that is not there."""
    from .test_cli import csp_desk

    db = _copy(demo_db, tmp_path)
    conn = sqlite3.connect(db)
    task, first, second = conn.execute(
        "SELECT e.work_item_id, min(c.id), max(c.id) FROM work_contract c "
        "JOIN engagement e ON e.id = c.engagement_id GROUP BY e.work_item_id HAVING count(c.id) > 1 "
        "AND e.work_item_id NOT IN (SELECT p.work_item_id FROM posting p JOIN issued_notice n "
        "ON n.posting_id = p.id) LIMIT 1"
    ).fetchone()
    conn.close()
    _fill_terms(db, task)
    for contract, name in ((first, "a.docx"), (second, "b.docx")):
        made = csp_desk("export", "notice", "--work-item", task, "--out", tmp_path / name, "--db", db,
                        "--given-on", date.today().isoformat(), "--channel", "email", "--contract",
                        contract)  # fmt: skip
        assert made.returncode == 0, made.stderr
    conn = sqlite3.connect(db)
    (posted,) = conn.execute("SELECT order_json FROM posting WHERE work_item_id = ?", (task,)).fetchone()
    amounts = conn.execute("SELECT n.work_contract_id FROM issued_notice n JOIN posting p "
                           "ON p.id = n.posting_id WHERE p.work_item_id = ?", (task,)).fetchall()  # fmt: skip
    conn.close()
    assert not (json.loads(posted).get("worker") or {}).get("name")
    assert sorted(a for (a,) in amounts) == [first, second]


def test_a_notice_that_cannot_be_written_is_not_recorded_as_given(demo_db, tmp_path):
    from .test_cli import csp_desk

    db = _copy(demo_db, tmp_path)
    item, *_ = _contracted_without_notice(db)
    _fill_terms(db, item)
    conn = sqlite3.connect(db)
    (before,) = conn.execute("SELECT count(*) FROM issued_notice").fetchone()
    conn.close()
    made = csp_desk("export", "notice", "--work-item", item, "--out", tmp_path / "missing" / "x.docx",
                    "--db", db, "--given-on", "2026-11-02", "--channel", "paper")  # fmt: skip
    assert made.returncode == 1 and "missing" in made.stderr
    conn = sqlite3.connect(db)
    (after,) = conn.execute("SELECT count(*) FROM issued_notice").fetchone()
    conn.close()
    assert after == before


def test_the_tax_basis_is_the_recorded_contracts_and_a_posting_saying_otherwise_is_refused():
    """A taxable contract is paid with 10% added (the ledger pays it so): the notice says 消費税別,
    and a posting that says 消費税込み is a difference, not a notice that contradicts the payment."""
    from dataclasses import replace

    from csp_desk.reports.terms_notice import _rows

    order = parse_order(CONTRACT)
    included = replace(order, reward=replace(order.reward, tax="included"))
    found = [(d.item, d.posting, d.contract) for d in differences(included, RECORD)]
    assert ("consumption tax", "消費税込み", "消費税別") in found
    rows = dict(_rows(notice_order(replace(order, reward=replace(order.reward, tax=None)), RECORD)))
    assert "（消費税別）" in rows["報酬の額"]
    untaxed = replace(RECORD, taxable=False)
    assert differences(included, untaxed) == []
    assert "（消費税込み）" in dict(_rows(notice_order(included, untaxed)))["報酬の額"]


def test_a_payment_rule_in_words_later_than_it_allows_is_a_difference():
    """「月末締め翌月末払い」 for a delivery on 29 January allows payment by 28 February: a recorded
    payment on 31 March is not what the posting promised. Within the rule, no difference."""
    order = parse_order(changed(CONTRACT, contract__payment_due=None, payment__days_after_delivery=None,
                                contract__payment_due_rule="月末締め翌月末払い"))  # fmt: skip
    late = RecordedContract(**{**RECORD.__dict__, "payment_due": date(2027, 3, 31)})
    (found,) = [d for d in differences(order, late) if d.item == "payment date"]
    assert "月末締め翌月末払い" in found.posting and "2027年2月28日" in found.posting
    assert found.contract == "2027年3月31日"
    on_time = RecordedContract(**{**RECORD.__dict__, "payment_due": date(2027, 2, 26)})
    assert [d for d in differences(order, on_time) if d.item == "payment date"] == []


def test_a_price_change_recorded_after_the_contract_is_the_amount_a_new_notice_states(demo_db, tmp_path):
    """The amended notice states the amount in force (the contract's plus the recorded change), as
    the payment set up at acceptance does."""
    from csp_desk.domain.followup import ChangeKind
    from csp_desk.store import following, repo
    from csp_desk.store.db import open_store
    from csp_desk.store.demo import fill_notice_terms

    from .test_cli import csp_desk

    db = _copy(demo_db, tmp_path)
    item, contract, amount, contracted = _contracted_without_notice(db)
    store = open_store(db)
    fill_notice_terms(store, None, limit=100)
    with store.session() as session:
        following.record_change(session, contract, date.fromisoformat(contracted), ChangeKind.PRICE,
                                "ページを1枚追加", worker_consented=True, amended_notice_on=None,
                                amount_delta=5000)  # fmt: skip
    with store.session() as session:
        (recorded,) = repo.recorded_contracts(session, item)
    store.close()
    assert recorded.amount == amount + 5000
    out = tmp_path / "notice.docx"
    done = csp_desk("export", "notice", "--work-item", item, "--out", out, "--db", db,
                    "--given-on", contracted, "--channel", "email")  # fmt: skip
    assert done.returncode == 0, done.stderr
    from docx import Document

    cells = "\n".join(c.text for t in Document(str(out)).tables for r in t.rows for c in r.cells)
    assert f"{amount + 5000:,}円" in cells and f"{amount:,}円" not in cells


def test_the_command_line_calls_a_notice_late_only_where_the_act_applies_to_the_recorded_worker(
    demo_db, tmp_path
):
    """The posting names no worker; the recorded contract's worker has employees, so the Freelance
    Act does not apply and a notice days after the contract is not called late (CONT-03)."""
    from csp_desk.store.db import open_store
    from csp_desk.store.demo import fill_notice_terms

    from .test_cli import csp_desk

    db = _copy(demo_db, tmp_path)
    conn = sqlite3.connect(db)
    row = conn.execute(
        "SELECT e.work_item_id, min(c.contracted_on) FROM work_contract c "
        "JOIN engagement e ON e.id = c.engagement_id JOIN worker w ON w.id = c.worker_id "
        "WHERE e.work_item_id NOT IN (SELECT p.work_item_id FROM posting p) AND w.has_employees = 1 "
        "GROUP BY e.work_item_id HAVING count(c.id) = 1 LIMIT 1"
    ).fetchone()
    conn.close()
    if row is None:
        pytest.skip("the demo has no single contract with a worker who has employees")
    item, contracted = row
    store = open_store(db)
    fill_notice_terms(store, None, limit=200)
    store.close()
    later = min(date.fromisoformat(contracted) + __import__("datetime").timedelta(days=6), date.today())
    done = csp_desk("export", "notice", "--work-item", item, "--out", tmp_path / "n.docx", "--db", db,
                    "--given-on", later.isoformat(), "--channel", "email")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "CONT-03" not in done.stdout, done.stdout


def test_a_notice_for_a_work_item_without_a_posting_says_where_the_terms_go(demo_db, tmp_path):
    from .test_cli import csp_desk

    db = _copy(demo_db, tmp_path)
    item, _contract, _amount, contracted = _contracted_without_notice(db)  # no posting saved
    out = tmp_path / "n.docx"
    refused = csp_desk("export", "notice", "--work-item", item, "--out", out, "--db", db,
                       "--given-on", contracted, "--channel", "email")  # fmt: skip
    assert refused.returncode == 1 and not out.exists()
    assert "募集文が保存されていません" in refused.stderr and "業務分解" in refused.stderr, refused.stderr
    # the recorded contract holds the reward and the payment date: only the method is said missing
    assert "④支払方法" in refused.stderr and "報酬額" not in refused.stderr, refused.stderr


def test_a_second_notice_for_the_same_work_item_says_the_first_is_kept(demo_db, tmp_path):
    from .test_cli import csp_desk

    db = _copy(demo_db, tmp_path)
    conn = sqlite3.connect(db)
    item, contract = conn.execute(
        "SELECT p.work_item_id, n.work_contract_id FROM issued_notice n "
        "JOIN posting p ON p.id = n.posting_id ORDER BY n.id LIMIT 1"
    ).fetchone()
    conn.close()
    today = date.today().isoformat()
    done = csp_desk("export", "notice", "--work-item", item, "--out", tmp_path / "again.docx", "--db", db,
                    "--given-on", today, "--channel", "email", "--contract", contract)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "発行済みの明示書が1件" in done.stdout, done.stdout
