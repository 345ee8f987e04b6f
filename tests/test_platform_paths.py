"""Each platform's folders and keyring come out right by construction, checked here on Linux with
the platform faked where the library allows (platformdirs reads sys.platform when it is imported,
and its Windows folders fall back to the environment when there is no Windows API to ask)."""

from __future__ import annotations

import importlib
import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def platform(monkeypatch, tmp_path):
    """Sets sys.platform (and a home and Windows' folders in tmp_path) and re-imports platformdirs
    as that platform would; the real platform's platformdirs is back after the test."""
    import platformdirs

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("APPDATA", str(home / "AppData" / "Roaming"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData" / "Local"))

    def become(name: str) -> Path:
        monkeypatch.setattr(sys, "platform", name)
        importlib.reload(platformdirs)
        if name == "win32":  # no shell API here to ask: the folders Windows sets in the environment
            import platformdirs.windows as windows

            monkeypatch.setattr(windows, "_RESOLVE_WIN_FOLDER", windows.get_win_folder_from_env_vars)
        return home

    yield become
    monkeypatch.undo()
    importlib.reload(platformdirs)


def test_on_windows_the_data_stays_on_this_computer_in_local_app_data(platform):
    from csp_desk import paths

    home = platform("win32")
    # Local, not Roaming: a roaming profile would copy the SQLite file (and its WAL) between computers
    assert paths.data_dir() == home / "AppData" / "Local" / "csp-desk"
    assert paths.default_db_path() == home / "AppData" / "Local" / "csp-desk" / "csp-desk.sqlite3"
    assert paths.log_dir() == home / "AppData" / "Local" / "csp-desk" / "Logs"


def test_on_macos_the_data_is_in_application_support_and_the_log_in_logs(platform):
    from csp_desk import paths

    home = platform("darwin")
    assert paths.data_dir() == home / "Library" / "Application Support" / "csp-desk"
    assert paths.log_dir() == home / "Library" / "Logs" / "csp-desk"


def test_on_linux_the_data_and_the_log_follow_the_xdg_folders(platform):
    from csp_desk import paths

    home = platform("linux")
    assert paths.data_dir() == home / ".local" / "share" / "csp-desk"
    assert paths.log_dir() == home / ".local" / "state" / "csp-desk" / "log"
    assert paths.data_dir().stat().st_mode & 0o777 == 0o700  # client and worker data stay private


def test_the_database_path_can_be_chosen_on_every_platform(platform, monkeypatch, tmp_path):
    from csp_desk import paths

    for name in ("win32", "darwin", "linux"):
        platform(name)
        monkeypatch.setenv(paths.DB_ENV, str(tmp_path / "elsewhere.sqlite3"))
        assert paths.default_db_path() == tmp_path / "elsewhere.sqlite3"


def _locked() -> dict[str, dict]:
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    return {package["name"]: package for package in lock["package"]}


def test_each_platform_gets_its_own_keyring_backend_and_never_the_plain_file_one():
    locked = _locked()
    markers = {d["name"]: d.get("marker", "") for d in locked["keyring"].get("dependencies", [])}
    assert "sys_platform == 'win32'" in markers["pywin32-ctypes"]  # Windows Credential Manager
    assert "sys_platform == 'linux'" in markers["secretstorage"]  # GNOME Keyring, KWallet (Secret Service)
    # macOS's Keychain backend needs nothing more; keyrings.alt would silently store passwords in a file
    assert "keyrings-alt" not in locked and "keyrings.alt" not in locked


@pytest.mark.parametrize(
    "platform_tag",
    [r"win_amd64", r"macosx_\d+_\d+_(arm64|universal2)", r"manylinux_\d+_\d+_x86_64|manylinux\d+_x86_64"],
)
def test_every_compiled_dependency_has_a_wheel_for_each_platform_the_installers_build(platform_tag):
    """The Windows and macOS installers are built on their own machines from the same lock: a
    package compiled for Linux only would stop them there."""
    locked = _locked()
    runtime = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = {re.split(r"[<>=!~;\s\[]", spec, maxsplit=1)[0].lower() for spec in runtime}
    seen: set[str] = set()
    while names - seen:  # with what they depend on
        name = (names - seen).pop()
        seen.add(name)
        names.update(d["name"] for d in locked.get(name, {}).get("dependencies", []))
    missing = []
    for name in sorted(seen & locked.keys()):
        wheels = [Path(w["url"]).name for w in locked[name].get("wheels", [])]
        if not wheels or any(w.endswith("-none-any.whl") for w in wheels):
            continue  # pure Python (or an sdist only, which is pure here)
        if not any(re.search(platform_tag, w) for w in wheels):
            missing.append(name)
    assert not missing, f"no {platform_tag} wheel locked for {missing}"


def test_chart_text_asks_for_each_platforms_japanese_font():
    from csp_desk.charts import JAPANESE_FONTS
    from csp_desk.reports.word import FONT_EAST_ASIA

    assert JAPANESE_FONTS[0] == "Noto Sans CJK JP"  # Linux (fonts-noto-cjk, which the .deb asks for)
    assert FONT_EAST_ASIA in JAPANESE_FONTS  # Windows, and Office on macOS: the documents' own font
    assert "Hiragino Sans" in JAPANESE_FONTS  # macOS


def test_a_chart_draws_in_a_japanese_font_here(qapp):
    from PySide6.QtGui import QFont, QFontInfo

    from csp_desk.charts import JAPANESE_FONTS

    font = QFont()
    font.setFamilies(list(JAPANESE_FONTS))
    assert QFontInfo(font).family() in JAPANESE_FONTS
