"""Secrets stay in the keyring (or in memory when none works); encrypted backups open only with
their key, detect any change, and carry no secret in the clear."""

import sqlite3
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError

from csp_desk import keychain
from csp_desk.store.backups import is_sealed, restore_sealed, take_sealed_backup
from csp_desk.store.sealed import (
    BadRecoveryKey,
    SealBroken,
    key_from_recovery,
    new_key,
    recovery_text,
    seal,
    unseal,
)

from .test_cli import csp_desk


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.secrets = {}

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


class NoKeyring(KeyringBackend):
    priority = 1

    def set_password(self, service, username, password):
        raise NoKeyringError("no backend")

    def get_password(self, service, username):
        raise NoKeyringError("no backend")

    def delete_password(self, service, username):
        raise NoKeyringError("no backend")


@pytest.fixture
def memory_keyring():
    backend = MemoryKeyring()
    before = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)
    keychain._memory.clear()


def test_a_secret_goes_to_the_keyring_or_else_stays_in_memory(memory_keyring):
    assert keychain.put("team-db", "s3cret") is keychain.Kept.KEYRING
    assert memory_keyring.secrets[("csp-desk", "team-db")] == "s3cret" and keychain.get("team-db") == "s3cret"
    keyring.set_keyring(NoKeyring())
    assert keychain.put("team-db-2", "other") is keychain.Kept.MEMORY  # told, not failed
    assert keychain.get("team-db-2") == "other"
    keychain.forget("team-db-2")
    assert keychain.get("team-db-2") is None


def test_the_recovery_key_reads_back_however_it_is_typed():
    key = new_key()
    text = recovery_text(key)
    assert len(text.replace("-", "")) == 52
    assert key_from_recovery(text.lower().replace("-", " ")) == key
    assert (
        key_from_recovery(
            text.translate({ord(c): ord(c) + 0xFEE0 for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"})
        )
        == key
    )
    with pytest.raises(BadRecoveryKey):
        key_from_recovery("1234")


@pytest.mark.parametrize("size", [0, 10, (1 << 20) - 1, 1 << 20, (1 << 20) * 2 + 5])
def test_any_size_seals_and_unseals_and_any_change_is_caught(tmp_path, size):
    import os

    plain = tmp_path / "plain.bin"
    plain.write_bytes(os.urandom(size))
    key = new_key()
    sealed = seal(plain, tmp_path / "sealed.bin", key)
    assert unseal(sealed, tmp_path / "back.bin", key).read_bytes() == plain.read_bytes()
    raw = sealed.read_bytes()
    for broken in (raw[:-1], raw + b"x", raw[:40] + bytes([raw[40] ^ 1]) + raw[41:]):
        (tmp_path / "broken.bin").write_bytes(broken)
        with pytest.raises(SealBroken):
            unseal(tmp_path / "broken.bin", tmp_path / "out.bin", key)
        assert not (tmp_path / "out.bin").exists()
    with pytest.raises(SealBroken):
        unseal(sealed, tmp_path / "out.bin", new_key())


def test_an_encrypted_backup_restores_and_carries_no_secret_in_the_clear(
    demo_store, tmp_path, memory_keyring
):
    path = demo_store.path
    demo_store.close()
    key = new_key()
    keychain.put("backup-key", recovery_text(key))
    out = take_sealed_backup(path, tmp_path / "usb.cspbackup", key)
    assert is_sealed(out)
    clients = sqlite3.connect(path).execute("SELECT name FROM client").fetchall()
    raw = out.read_bytes()
    assert clients[0][0].encode() not in raw and b"SQLite format" not in raw
    for where in (path, out, *Path(path.parent).glob("**/*.sqlite3")):
        data = Path(where).read_bytes()
        assert key not in data and recovery_text(key).encode() not in data
    restore_sealed(out, path, key, folder=tmp_path / "b")
    assert sqlite3.connect(path).execute("SELECT name FROM client").fetchall() == clients


def test_the_command_line_encrypts_shows_the_recovery_key_once_and_restores(tmp_path):
    db = tmp_path / "desk.sqlite3"
    assert csp_desk("demo", "--db", db, "--clients", 2).returncode == 0
    out = tmp_path / "usb.cspbackup"
    no_keyring = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}  # never the tester's own
    made = csp_desk("backup", "--db", db, "--out", out, "--encrypt", env=no_keyring)
    assert made.returncode == 0, made.stderr
    assert "memory" in made.stdout or "メモリ" in made.stdout  # told where the key went
    key_line = next(line for line in made.stdout.splitlines() if line.count("-") == 12)
    assert csp_desk("restore", out, "--db", db, env=no_keyring).returncode == 1  # no key here: asked for one
    refused = csp_desk("restore", out, "--db", db, "--recovery-key", recovery_text(new_key()))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    restored = csp_desk("restore", out, "--db", db, "--recovery-key", key_line.strip(), env=no_keyring)
    assert restored.returncode == 0, restored.stderr


def test_the_window_makes_an_encrypted_backup_and_restores_it(
    qtbot, tmp_path, monkeypatch, memory_keyring, modals
):
    from PySide6.QtWidgets import QMessageBox

    from csp_desk import i18n
    from csp_desk.app import open_database_async
    from csp_desk.domain.client import ClientDraft
    from csp_desk.gui import jobs
    from csp_desk.gui.context import Desk
    from csp_desk.gui.main_window import MainWindow
    from csp_desk.store import repo
    from tests.clicks import choose_file, press

    monkeypatch.setattr(jobs, "INLINE", True)
    i18n.install("ja")
    db = tmp_path / "desk.sqlite3"
    window = MainWindow(Desk())
    qtbot.addWidget(window)
    window.show()
    open_database_async(window, db, demo=False)
    with window.desk.store.session() as session:
        repo.save_client(session, ClientDraft(name="暗号化前の顧客"))
    out = tmp_path / "usb.cspbackup"
    modals.expect(choose_file(out), press("OK"))
    window.ui.actionSealedBackup.trigger()
    assert is_sealed(out)
    shown = modals.texts()[-1]
    recovery = next(line for line in shown.splitlines() if line.count("-") >= 3)
    assert key_from_recovery(recovery.strip()) == keychain.kept_backup_key()
    with window.desk.store.session() as session:
        repo.save_client(session, ClientDraft(name="後の顧客"))
    modals.expect(choose_file(out), press(QMessageBox.StandardButton.Yes))
    window.ui.actionRestoreBackup.trigger()
    with window.desk.store.session() as session:
        assert [c.name for c in repo.list_clients(session)] == ["暗号化前の顧客"]
    window.close()


def test_no_secret_reaches_the_settings_the_output_the_exports_or_the_backups(
    qtbot, tmp_path, monkeypatch, memory_keyring, capfd, catalogue, modals
):
    """After an encrypted backup from the window, the key and its recovery text are nowhere but
    the keyring: not in the database or its backups, the settings file, what the program printed,
    a ledger, an order record or a personal-data export."""
    import json
    from datetime import date

    from csp_desk import preferences
    from csp_desk.app import open_database_async
    from csp_desk.gui import jobs
    from csp_desk.gui.context import Desk
    from csp_desk.gui.language import window_settings
    from csp_desk.gui.main_window import MainWindow
    from csp_desk.services.documents import write_ledger, write_order_record
    from csp_desk.store import following
    from csp_desk.store.backups import backups_folder, take_backup
    from csp_desk.store.demo import fill_demo, fill_following
    from csp_desk.store.privacy import client_data
    from tests.clicks import choose_file, press

    monkeypatch.setattr(jobs, "INLINE", True)
    db = tmp_path / "desk.sqlite3"
    window = MainWindow(Desk())
    qtbot.addWidget(window)
    window.show()
    open_database_async(window, db, demo=False)
    store = window.desk.store
    fill_demo(store, catalogue, clients=3)
    fill_following(store, workers=5)
    modals.expect(choose_file(tmp_path / "usb.cspbackup"), press("OK"))
    window.ui.actionSealedBackup.trigger()
    shown = modals.texts()[-1]
    secret_text = next(line for line in shown.splitlines() if line.count("-") >= 3).strip()
    key = key_from_recovery(secret_text)
    window_settings().sync()
    take_backup(db)
    write_ledger(store, None, tmp_path / "ledger.xlsx", date.today())
    with store.session() as session:
        (tmp_path / "client.json").write_text(json.dumps(client_data(session, 1), ensure_ascii=False))
        order = following.list_engagements(session, limit=1)[0].id
    write_order_record(store, order, tmp_path / "record.xlsx", date.today())
    window.close()
    printed = capfd.readouterr()
    places = [db, *backups_folder(db).glob("*"), tmp_path / "ledger.xlsx", tmp_path / "record.xlsx"]
    places += [tmp_path / "client.json", Path(window_settings().fileName()), preferences.path()]
    forms = [key, secret_text.encode(), secret_text.replace("-", "").encode(), key.hex().encode()]
    assert sum(place.exists() for place in places) >= 6  # database, a backup, three exports …
    for place in places:
        if place.exists():
            data = place.read_bytes()
            assert not any(form in data for form in forms), place
    for stream in (printed.out, printed.err):
        assert secret_text not in stream and secret_text.replace("-", "") not in stream
    assert memory_keyring.secrets  # the key is in the keyring
