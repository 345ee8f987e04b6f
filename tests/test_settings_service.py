"""Business settings live in the database (services/settings.py): the window and the command line
see the same ones, bad values are refused with nothing changed, and an older version's values in
the window's settings file are carried over once."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from csp_desk.services import settings
from csp_desk.store import repo
from csp_desk.store.db import open_store

BOTH_ENGINES = True  # the tests with a `store` run on SQLite and on PostgreSQL (conftest)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture
def store(tmp_path):
    from csp_desk.domain.client import ClientDraft

    store = open_store(tmp_path / "s.sqlite3")
    with store.session() as session, session.begin():
        for name in ("さくら商店", "青葉運輸"):
            repo.save_client(session, ClientDraft(name=name))
    yield store
    store.close()


def _setting_rows(store) -> dict[str, str]:
    with store.engine.connect() as connection:
        return dict(connection.exec_driver_sql("SELECT key, value FROM setting").fetchall())


def test_a_new_database_has_the_defaults(store):
    assert settings.silence_days(store) == 3
    terms = settings.document_terms(store, 1)
    assert terms.fee_rate is None and terms.fee_text == "" and terms.valid_days == 30


def test_the_silence_threshold_is_kept_and_a_wrong_one_changes_nothing(store):
    settings.set_silence_days(store, 7)
    assert settings.silence_days(store) == 7
    for wrong in (0, 31, -2):
        with pytest.raises(settings.SettingRefused) as refused:
            settings.set_silence_days(store, wrong)
        assert refused.value.params["value"] == wrong
    assert settings.silence_days(store) == 7


def test_a_fee_rate_is_remembered_per_client_and_as_the_last_one(store):
    terms = settings.remember_document_terms(store, 1, "１２．５％", 21)
    assert terms.fee_rate == Decimal("0.125") and terms.fee_text == "12.5"
    assert settings.document_terms(store, 1) == terms
    other = settings.document_terms(store, 2)  # never given for this client: the last one used
    assert other.fee_text == "12.5" and other.valid_days == 21
    settings.remember_document_terms(store, 2, "8", 30)
    assert settings.document_terms(store, 2).fee_text == "8"
    assert settings.document_terms(store, 1).fee_text == "12.5"
    settings.remember_document_terms(store, 1, "", 30)  # no fee for this client: the last one shows
    assert settings.document_terms(store, 1).fee_text == "8"


def test_a_wrong_rate_or_number_of_days_is_refused_with_nothing_kept(store):
    settings.remember_document_terms(store, 1, "10", 30)
    for rate, days, context in (("-5", 30, "costs"), ("abc", 30, "costs"), ("150", 30, "costs"),
                                ("10", 0, "settings"), ("10", 366, "settings")):  # fmt: skip
        with pytest.raises(settings.SettingRefused) as refused:
            settings.remember_document_terms(store, 1, rate, days)
        assert refused.value.context == context
    assert settings.document_terms(store, 1) == settings.DocumentTerms(Decimal("0.1"), 30)


def test_a_hand_broken_value_falls_back_to_the_default(store):
    settings.set_silence_days(store, 5)
    with store.engine.begin() as connection:
        broken = "UPDATE setting SET value = '{broken' WHERE key = ?"
        connection.exec_driver_sql(broken, (settings.SILENCE_DAYS,))
    assert settings.silence_days(store) == 3


def test_an_older_versions_values_seed_a_database_that_has_none(store):
    old = {"silence_days": "5", "documents/valid_days": 45, "documents/fee_rate": "10",
           "documents/fee_rate/client_2": "7.5", "documents/fee_rate/client_99": "9",
           "documents/fee_rate/client_1": "abc", "language": "en"}  # fmt: skip
    taken = settings.carry_over(store, old)
    assert sorted(taken) == ["documents/fee_rate", "documents/fee_rate/client_2", "documents/valid_days",
                             "silence_days"]  # fmt: skip
    assert settings.silence_days(store) == 5
    assert settings.document_terms(store, 2) == settings.DocumentTerms(Decimal("0.075"), 45)
    assert settings.document_terms(store, 1).fee_text == "10"  # its own was unusable: the last one
    settings.set_silence_days(store, 9)
    assert settings.carry_over(store, {"silence_days": "4"}) == []  # the database's own value stays
    assert settings.silence_days(store) == 9


def test_a_database_of_schema_0009_upgrades_with_its_clients_kept(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema_0009.sqlite3", path)
    before = sqlite3.connect(path)
    assert before.execute("SELECT version_num FROM alembic_version").fetchone() == ("0009",)
    clients = before.execute("SELECT id, name, updated_at FROM client ORDER BY id").fetchall()
    before.close()
    store = open_store(path, backups=tmp_path / "backups")
    settings.remember_document_terms(store, clients[0][0], "10", 30)
    assert settings.document_terms(store, clients[0][0]).fee_text == "10"
    store.close()
    after = sqlite3.connect(path)
    assert after.execute("SELECT id, name FROM client ORDER BY id").fetchall() == [c[:2] for c in clients]
    rates = [r[0] for r in after.execute("SELECT fee_rate FROM client ORDER BY id")]
    assert rates == ["10"] + [""] * (len(clients) - 1)
    assert after.execute("SELECT value FROM setting WHERE key = 'documents.fee_rate'").fetchone() == ('"10"',)
    after.close()


def test_the_command_line_writes_with_the_rate_the_window_remembered(store, tmp_path):
    """The fee rate given in the window's dialog for a client is the command line's too."""
    from docx import Document

    settings.remember_document_terms(store, 1, "15", 14)
    store.close()
    out = tmp_path / "提案書.docx"
    result = subprocess.run(
        [sys.executable, "-m", "csp_desk", "export", "proposal", "--client", "1", "--out", str(out),
         "--db", str(store.path)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "15%" in result.stdout and "--fee-rate" in result.stdout, result.stdout
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "本書の日付から14日" in text
