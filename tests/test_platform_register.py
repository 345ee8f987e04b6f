"""The platform register: shipped figures only with their basis, fees in force on a day, the
24-item checklist's gaps, and the producer's own entries kept in the database."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from csp_desk.domain.platform_register import (
    OwnPlatform,
    Register,
    load_register,
    parse_fee,
    parse_rate,
)
from csp_desk.domain.platforms import NAMES, NAMES_JA
from csp_desk.domain.text import InvalidInput

BOTH_ENGINES = True  # the tests with a `store` run on SQLite and on PostgreSQL (conftest)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
SHIPPED = ROOT / "data" / "platforms.json"


@pytest.fixture
def shipped() -> Register:
    return load_register(SHIPPED)


def test_the_shipped_register_keeps_the_stored_ids_and_names(shipped):
    assert shipped.ids() == list(NAMES)  # crowdworks, lancers, coconala, direct: stored in databases
    for p in shipped.platforms():
        assert p.name_ja == NAMES_JA[p.id] and p.name_en == NAMES[p.id]
    assert [i.no for i in shipped.checklist] == list(range(1, 25))
    assert all(i.ja and i.en for i in shipped.checklist)


def test_every_shipped_figure_has_its_basis_and_nothing_else_is_invented(shipped):
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    for raw in data["platforms"]:
        for fee in raw["fees"]:
            assert fee["source"], (raw["id"], fee)
            assert fee["as_of"] is None  # REFERENCE dates none of its figures
        for fact in [*raw["order_types"].values(), raw["escrow"], raw["association_certified"]]:
            assert fact["basis"], raw["id"]
    crowdworks = shipped.get("crowdworks")
    worker = crowdworks.fee_on("worker", date(2026, 12, 1))
    assert (worker.rate_low, worker.rate_high) == (Decimal(5), Decimal(20))  # REFERENCE §1.2, §7.2
    assert "§1.2" in worker.source and worker.rate_text() == "5–20 %"
    assert not crowdworks.fee_on("orderer", date(2026, 12, 1)).known  # REFERENCE gives none: 未確認
    for pid in ("lancers", "coconala"):
        terms = shipped.fee_terms(pid, date(2026, 12, 1))
        assert not terms.orderer.known and not terms.worker.known
        assert terms.worker.text() == "未確認"
    assert all(p.association_certified.value is None for p in shipped.platforms())
    assert shipped.get("coconala").escrow.value is None
    assert shipped.get("crowdworks").escrow.value is True and shipped.get("lancers").escrow.value is True
    assert [shipped.get("lancers").offers(t) for t in ("project", "competition", "task")] == [True] * 3
    assert shipped.get("coconala").offers("project") is None


def test_fees_in_force_on_a_day_are_the_newest_dated_before_it(shipped):
    later = parse_fee("worker", "10", "", "2027/04/01", "料金ページ（2027/03/20 確認）")
    earlier = parse_fee("worker", "5〜15 %", "500", "2026/12/01", "料金ページ")
    register = shipped.with_own([OwnPlatform("crowdworks", fees=(later, earlier))])
    cw = register.get("crowdworks")
    assert cw.fee_on("worker", date(2026, 11, 30)).rate_text() == "5–20 %"  # the shipped, undated
    on_december = register.fee_terms("crowdworks", date(2026, 12, 1)).worker
    assert on_december.own and on_december.text() == "5–15 %、最低 500円"
    assert on_december.amount_on(2000) == (500, 500) and on_december.amount_on(10000) == (500, 1500)
    assert cw.fee_on("worker", date(2027, 4, 1)).rate_text() == "10 %"
    assert register.fee_terms("クラウドワークス", date(2027, 5, 1)).worker.rate_text() == "10 %"


def test_the_checklist_gaps_are_the_items_not_ticked(shipped):
    from csp_desk.domain.platform_register import CheckMark

    assert len(shipped.gaps("lancers")) == 24
    assert shipped.gaps("direct") == []  # the Association's items are for platform operators
    ticked = (*(CheckMark(n, True, "利用規約で確認") for n in range(1, 24)), CheckMark(24, False, "未確認"))
    register = shipped.with_own([OwnPlatform("lancers", checks=ticked)])
    assert [i.no for i in register.gaps("lancers")] == [24]
    assert register.gaps("lancers")[0].ja.startswith("一般社団法人クラウドソーシング協会")
    assert len(register.gaps("crowdworks")) == 24


def test_a_platform_the_list_does_not_know_is_all_unknown(shipped):
    register = shipped.with_own([OwnPlatform("ビズシーク", name_ja="ビズシーク", custom=True)])
    p = register.get("ビズシーク")
    assert p.custom and p.offers("task") is None and len(register.gaps("ビズシーク")) == 24
    assert register.fee_terms("ビズシーク", date(2026, 12, 1)).worker is None
    nobody = register.get("どこか")  # typed on a posting, never registered
    assert nobody.name_ja == "どこか" and len(nobody.gaps()) == 24


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("5", (5, 5)), ("５％", (5, 5)), ("5-20", (5, 20)), ("5〜20 %", (5, 20)), ("3.5～10", (3.5, 10)),
     ("0", (0, 0)), ("100", (100, 100)), ("", None)],
)  # fmt: skip
def test_fee_rates_are_read_as_people_write_them(typed, expected):
    rates, errors = parse_rate("rate", typed)
    assert errors == []
    assert rates == (None if expected is None else tuple(Decimal(str(x)) for x in expected))


@pytest.mark.parametrize(
    ("rate", "as_of", "message"),
    [("-5", "2026/12/01", "negative"), ("120", "2026/12/01", "more than 100"),
     ("5-120", "2026/12/01", "more than 100"), ("20-5", "2026/12/01", "lower rate first"),
     ("五", "2026/12/01", "percentage"), ("5.555", "2026/12/01", "percentage"),
     ("5", "2026/13/01", "real date"), ("5", "", "from which"), ("", "2026/12/01", "change nothing")],
)  # fmt: skip
def test_a_bad_fee_is_refused_with_a_reason(rate, as_of, message):
    with pytest.raises(InvalidInput) as refused:
        parse_fee("orderer", rate, "", as_of, "料金ページ")
    assert message in str(refused.value)


def test_a_fee_without_its_source_is_refused():
    with pytest.raises(InvalidInput, match="comes from"):
        parse_fee("orderer", "5", "", "2026/12/01", "  ")


# --- the store --------------------------------------------------------------------------------


def test_the_producers_edits_persist_and_are_logged(store):
    from csp_desk.store import platforms
    from csp_desk.store.audit import history_of
    from csp_desk.store.models import PlatformEntry

    with store.session() as session, session.begin():
        platforms.set_facts(session, "coconala", {"escrow": "yes", "project": "yes"}, notes="公式FAQで確認")
        platforms.record_fee(session, "coconala", parse_fee("worker", "22", "", "2026/12/01", "料金ページ"))
        platforms.set_check(session, "coconala", 9, True, "仮払いあり（公式ガイド）", date(2026, 12, 2))
        added = platforms.add_platform(session, "ビズシーク", "Bizseek")
    with store.session() as session:
        register = platforms.register(session)
        coconala = register.get("coconala")
        assert coconala.escrow.value is True and coconala.escrow.own and coconala.offers("project")
        assert coconala.offers("task") is None  # not confirmed: still as shipped
        assert coconala.fee_terms(date(2026, 12, 1)).worker.rate_text() == "22 %"
        assert coconala.fee_terms(date(2026, 11, 30)).worker.text() == "未確認"
        assert [i.no for i in register.gaps("coconala")] == [n for n in range(1, 25) if n != 9]
        assert coconala.checks[9].note == "仮払いあり（公式ガイド）"
        assert coconala.checks[9].checked_on == date(2026, 12, 2)
        assert added == "ビズシーク" and register.get("ビズシーク").name_en == "Bizseek"
        row_id = session.query(PlatformEntry.id).filter_by(key="coconala").scalar()
        logged = history_of(session, "platform", row_id)
        assert any(e.changes.get("escrow") == [None, "yes"] for e in logged), logged
    with store.session() as session, session.begin():  # the same side and date corrects the row
        platforms.record_fee(session, "coconala", parse_fee("worker", "20", "", "2026/12/01", "料金ページ"))
    with store.session() as session:
        terms = platforms.register(session).fee_terms("coconala", date(2027, 1, 1))
        assert terms.worker.rate_text() == "20 %"
        assert session.execute(text("SELECT count(*) FROM platform_fee")).scalar() == 1


def test_bad_input_changes_nothing_in_the_store(store):
    from csp_desk.store import platforms

    for bad in (lambda s: platforms.add_platform(s, "クラウドワークス"),
                lambda s: platforms.add_platform(s, "  "),
                lambda s: platforms.set_check(s, "lancers", 25, True, ""),
                lambda s: platforms.set_check(s, "lancers", 3, True, "x" * 5000)):  # fmt: skip
        with store.session() as session, session.begin(), pytest.raises(InvalidInput):
            bad(session)
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), store.session() as session, session.begin():  # the database too
        session.execute(text(
            "INSERT INTO platform (key, name_ja, name_en, custom, notes, escrow) "
            "VALUES ('x', '', '', false, '', 'maybe')"))  # fmt: skip
    with store.session() as session:
        from csp_desk.store.models import PlatformCheck, PlatformEntry

        assert session.query(PlatformEntry).count() == 0 and session.query(PlatformCheck).count() == 0


def test_a_database_of_schema_0008_upgrades_with_its_records_kept(tmp_path):
    from csp_desk.store import platforms
    from csp_desk.store.db import open_store
    from csp_desk.store.files import HEAD

    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema_0008.sqlite3", path)
    before = sqlite3.connect(path)
    assert before.execute("SELECT version_num FROM alembic_version").fetchone() == ("0008",)
    workers = before.execute("SELECT id, name, platform FROM worker ORDER BY id").fetchall()
    notices = before.execute("SELECT id, sha256 FROM issued_notice ORDER BY id").fetchall()
    before.close()
    assert workers and notices
    store = open_store(path, backups=tmp_path / "backups")
    with store.session() as session, session.begin():
        platforms.set_check(session, "crowdworks", 1, True, "利用規約で確認")
    with store.session() as session:
        register = platforms.register(session)
        assert {w[2] for w in workers} <= set(register.ids())  # every stored id is a known platform
        assert [i.no for i in register.gaps("crowdworks")] == list(range(2, 25))
    store.close()
    after = sqlite3.connect(path)
    assert after.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    assert after.execute("SELECT id, name, platform FROM worker ORDER BY id").fetchall() == workers
    assert after.execute("SELECT id, sha256 FROM issued_notice ORDER BY id").fetchall() == notices
    tables = {r[0] for r in after.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"platform", "platform_fee", "platform_check"} <= tables
    after.close()
    assert list((tmp_path / "backups").iterdir())  # a backup was taken before the upgrade


def test_the_documents_get_fee_rows_with_rates_amounts_and_their_basis(shipped):
    from csp_desk.domain.platform_register import fee_rows

    orderer, worker = fee_rows(shipped, "crowdworks", date(2026, 12, 1), 50_000)
    assert orderer.adds_to_client_cost and not orderer.known and orderer.rate == "未確認"
    assert orderer.amount is None and orderer.label_ja == "クラウドワークス システム利用料（発注者負担）"
    assert worker.rate == "5–20 %" and worker.amount == (2_500, 10_000) and not worker.adds_to_client_cost
    assert "§1.2" in worker.source
    own = parse_fee("orderer", "5", "", "2026/12/01", "料金ページ")
    register = shipped.with_own([OwnPlatform("crowdworks", fees=(own,))])
    (orderer, _worker) = fee_rows(register, "crowdworks", date(2026, 12, 1), 50_000)
    assert orderer.known and orderer.amount == (2_500, 2_500) and orderer.as_of == date(2026, 12, 1)
    assert fee_rows(shipped, "direct", date(2026, 12, 1), 50_000) == []  # no platform, no fee
