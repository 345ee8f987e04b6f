"""The Linux packages work where nothing of the developer's is: the tarball unpacked and the
Debian package installed run `--version` and `--self-test` with a clean environment (no uv, no
virtual environment, no Python on PATH, a fresh HOME), and the package removes cleanly.

Slow (it builds the bundle: minutes), so it runs only with CSP_DESK_BUNDLE_TEST=1 (.ci/run sets
it); CSP_DESK_BUNDLE_BUILT=1 uses the packages already in dist/ instead of building them.
"""

from __future__ import annotations

import faulthandler
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
needs_bundle = pytest.mark.skipif(
    os.environ.get("CSP_DESK_BUNDLE_TEST") != "1",
    reason="builds the installable bundle (minutes): set CSP_DESK_BUNDLE_TEST=1",
)
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
TARBALL = ROOT / "dist" / f"csp-desk-{VERSION}-x86_64.tar.gz"
DEB = ROOT / "dist" / f"csp-desk_{VERSION}_amd64.deb"
UNPACKED_CEILING_MB = 250
"""The issue's aim. The bundle is ~246 MB: the Japanese dictionary 115 (the analyser's), Qt ~65 (its
ICU data slimmed from 32 to 9), the rest Python and its libraries. Past this, something unused came
in (QtWebEngine alone is 265)."""
TEST_TOOLS = ("pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "PyInstaller", "tests")
LEFT_OUT = ("pygments", "lxml.objectify", "lxml.html", "lxml.sax", "lxml.isoschematron", "psycopg_binary")
"""Modules nothing of csp-desk's uses (installer/bundle_contents.py EXCLUDED_MODULES)."""


def test_the_version_said_is_the_project_version():
    """The packages are named after pyproject's version; the program says its own: they agree."""
    result = subprocess.run([sys.executable, "-m", "csp_desk", "--version"], capture_output=True,
                            text=True, cwd=ROOT, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"csp-desk {VERSION}"


@pytest.fixture(scope="module")
def packages() -> tuple[Path, Path]:
    if os.environ.get("CSP_DESK_BUNDLE_BUILT") != "1" or not (TARBALL.exists() and DEB.exists()):
        # the build takes minutes by design: no hang report (faulthandler_timeout) for it
        faulthandler.cancel_dump_traceback_later()
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "installer/build.py", "linux"], cwd=ROOT,
                                capture_output=True, text=True, timeout=1800)  # fmt: skip
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
        print(f"\nbuilt in {time.perf_counter() - started:.0f} s:", result.stdout.strip(), sep="\n")
    return TARBALL, DEB


def clean_env(home: Path) -> dict[str, str]:
    """What a fresh login has: a HOME, a PATH without Python or uv, no virtual environment."""
    empty_bin = home / "bin"
    empty_bin.mkdir(exist_ok=True)
    return {"HOME": str(home), "PATH": str(empty_bin), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


def run_clean(
    program: Path | str, *args: str, home: Path, timeout: float = 300, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    # env -i: nothing of this process's environment (uv's, pytest's, the venv's) gets through
    variables = {**clean_env(home), **(env or {})}
    command = ["/usr/bin/env", "-i", *(f"{k}={v}" for k, v in variables.items()), str(program), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=home)


def self_test_passes(program: Path | str, home: Path) -> None:
    result = run_clean(program, "--self-test", home=home)
    assert result.returncode == 0 and "self-test passed" in result.stdout, (
        result.stdout + result.stderr[-3000:]
    )
    assert "FAILED" not in result.stdout


@pytest.fixture(scope="module")
def unpacked(packages, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(packages[0]) as archive:
        archive.extractall(folder, filter="tar")
    return folder / f"csp-desk-{VERSION}"


@needs_bundle
def test_the_unpacked_tarball_says_its_version(unpacked, tmp_path):
    result = run_clean(unpacked / "csp-desk", "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"csp-desk {VERSION}"


@needs_bundle
def test_the_unpacked_tarball_passes_its_self_test_with_a_clean_environment(unpacked, tmp_path):
    self_test_passes(unpacked / "csp-desk", tmp_path)
    assert not (tmp_path / ".local" / "share" / "csp-desk").exists()  # the self-test kept to its own folder


FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("schema_*.sqlite3"))


def _revision(path: Path) -> str:
    import sqlite3

    with sqlite3.connect(path) as db:
        return str(db.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def _clients(path: Path) -> list[str]:
    import sqlite3

    with sqlite3.connect(path) as db:
        return sorted(row[0] for row in db.execute("SELECT name FROM client"))


def _previous_release() -> Path:
    """The fixture of the schema before the head: the database the last released version left."""
    from csp_desk.store.files import REVISIONS

    return ROOT / "tests" / "fixtures" / f"schema_{REVISIONS[-2]}.sqlite3"


@needs_bundle
@pytest.mark.parametrize(
    ("fixture", "xdg"),
    [(FIXTURES[0], False), (_previous_release(), False), (_previous_release(), True)],
    ids=["oldest", "previous-release", "previous-release-xdg"],
)
def test_an_update_migrates_the_producers_database_in_the_data_folder_with_a_backup_first(
    unpacked, tmp_path, fixture, xdg
):
    """The first start of an updated copy: an older version's database where an installed copy
    keeps it (~/.local/share/csp-desk, or $XDG_DATA_HOME/csp-desk when the session sets it) under a
    fresh HOME. The new program finds it with nothing said, backs the old file up first, migrates it
    to the head, and it is sound with every client kept."""
    from csp_desk.store.files import HEAD

    env = {"XDG_DATA_HOME": str(tmp_path / "xdg-data")} if xdg else {}
    data = (tmp_path / "xdg-data" if xdg else tmp_path / ".local" / "share") / "csp-desk"
    data.mkdir(parents=True, mode=0o700)
    db = data / "csp-desk.sqlite3"
    shutil.copy(fixture, db)
    before, clients = _revision(fixture), _clients(fixture)
    assert before != HEAD and clients, "a fixture of an older schema with clients in it"
    assert not (data / "backups").exists()

    program = unpacked / "csp-desk"
    listed = run_clean(program, "list", "clients", "--json", "--archived", home=tmp_path, env=env)
    assert listed.returncode == 0, listed.stderr
    assert sorted(row["name"] for row in json.loads(listed.stdout)) == clients
    assert _revision(db) == HEAD, "migrated to the head"
    backups = list((data / "backups").glob(f"csp-desk-*-before-{HEAD}.sqlite3"))
    assert len(backups) == 1, list(data.rglob("*"))
    # the backup is the old file as it was, so it was taken before the migration touched it
    assert _revision(backups[0]) == before and _clients(backups[0]) == clients
    if xdg:
        assert not (tmp_path / ".local" / "share" / "csp-desk").exists(), "XDG_DATA_HOME is followed"

    verified = run_clean(program, "verify", home=tmp_path, env=env)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    again = run_clean(program, "list", "clients", home=tmp_path, env=env)
    assert again.returncode == 0, again.stderr
    assert len(list((data / "backups").glob(f"*-before-{HEAD}.sqlite3"))) == 1, "no second backup at head"


@needs_bundle
def test_the_bundle_carries_no_test_tools_and_stays_small(unpacked):
    from PyInstaller.archive.readers import CArchiveReader

    modules = CArchiveReader(str(unpacked / "csp-desk")).open_embedded_archive("PYZ.pyz").toc
    tools = sorted(m for m in modules if m.split(".")[0] in TEST_TOOLS)
    assert not tools, tools[:20]
    unused = sorted(m for m in modules if any(m == x or m.startswith(x + ".") for x in LEFT_OUT))
    assert not unused, unused[:20]
    internal = unpacked / "_internal"
    assert not [p.name for p in internal.iterdir() if p.name.split(".")[0].split("-")[0] in TEST_TOOLS]
    assert (internal / "resources" / "translations" / "csp_desk_ja.qm").is_file()
    assert (internal / "data" / "problems.json").is_file() and (internal / "ui" / "style.qss").is_file()
    assert not list(internal.rglob("*.ts")) and not list(internal.rglob("*.ui"))
    assert not list(internal.rglob("lxml/objectify*")) and not (internal / "lxml" / "html").exists()
    icu = next(p for p in internal.rglob("libicudata.so.*") if not p.is_symlink())
    assert icu.stat().st_size < 12e6, "ICU's data slimmed (installer/slim_icu.py)"
    assert not list(internal.rglob("libdbus-1.so*")) and not list(internal.rglob("libsystemd.so*"))
    size = sum(p.stat().st_size for p in unpacked.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    print(f"\nbundle unpacked: {size:.0f} MB; tarball {TARBALL.stat().st_size / 1e6:.0f} MB; "
          f".deb {DEB.stat().st_size / 1e6:.0f} MB")  # fmt: skip
    assert size < UNPACKED_CEILING_MB, f"the bundle grew to {size:.0f} MB"


@needs_bundle
def test_the_tarball_brings_its_desktop_entry_and_icons(unpacked):
    share = unpacked / "share"
    entry = (share / "applications" / "csp-desk.desktop").read_text(encoding="utf-8")
    assert "Exec=csp-desk %f" in entry and "Icon=csp-desk" in entry
    assert "MimeType=application/x-csp-desk-client;" in entry  # client files open with csp-desk
    mime = (share / "mime" / "packages" / "csp-desk.xml").read_text(encoding="utf-8")
    assert 'type="application/x-csp-desk-client"' in mime
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "csp-desk.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "csp-desk.svg").is_file()
    metainfo = next((share / "metainfo").glob("*.metainfo.xml")).read_text(encoding="utf-8")
    assert f'<release version="{VERSION}"' in metainfo


def _dpkg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["dpkg", *args], capture_output=True, text=True, timeout=600)


def _installed(package: str) -> bool:
    query = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True)
    return "install ok installed" in query.stdout


def _unmet(deb: Path) -> list[str]:
    """Dependencies of the package that this machine lacks (no alternative installed)."""
    depends = subprocess.run(["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True).stdout
    unmet = []
    for clause in depends.split(","):
        names = [alt.strip().split(" ")[0] for alt in clause.split("|")]
        if not any(_installed(name) for name in names):
            unmet.append(clause.strip())
    return unmet


def _files_under(folder: Path) -> set[str]:
    return {str(p) for p in folder.rglob("*")} if folder.exists() else set()


@needs_bundle
def test_the_debian_package_installs_runs_and_removes_cleanly(packages, tmp_path):
    if not shutil.which("dpkg"):
        pytest.skip("dpkg is not here (not a Debian system)")
    if os.geteuid() != 0:
        pytest.skip("installing a .deb needs root: this run is not root, so only the tarball was tried")
    deb = packages[1]
    unmet = _unmet(deb)
    assert not unmet, f"the package's dependencies are not installed here (.ci/run installs them): {unmet}"
    if _dpkg("-s", "csp-desk").returncode == 0:
        _dpkg("--purge", "csp-desk")  # left by an interrupted run
    installed = _dpkg("-i", str(deb))
    try:
        assert installed.returncode == 0, installed.stdout + installed.stderr
        listed = _dpkg("-L", "csp-desk").stdout.splitlines()
        for path in ("/usr/bin/csp-desk", "/opt/csp-desk/csp-desk",
                     "/usr/share/applications/csp-desk.desktop",
                     "/usr/share/icons/hicolor/48x48/apps/csp-desk.png",
                     "/usr/share/icons/hicolor/scalable/apps/csp-desk.svg",
                     "/usr/share/mime/packages/csp-desk.xml"):  # fmt: skip
            assert path in listed and Path(path).exists(), path
        if _installed("shared-mime-info"):  # its trigger made the client file's type known
            assert Path("/usr/share/mime/application/x-csp-desk-client.xml").is_file()
        before = _files_under(Path("/opt/csp-desk"))
        result = run_clean("/usr/bin/csp-desk", "--version", home=tmp_path)
        assert result.stdout.strip() == f"csp-desk {VERSION}", result.stderr
        self_test_passes("/usr/bin/csp-desk", tmp_path)
        # nothing written beside the program (no bytecode of the migrations, say): dpkg can remove it all
        assert _files_under(Path("/opt/csp-desk")) == before
    finally:
        removed = _dpkg("--purge", "csp-desk")
    assert removed.returncode == 0, removed.stdout + removed.stderr
    # dpkg says it kept a shared folder that holds other programs' files (/opt): that one is fine
    warnings = [line for line in (removed.stdout + removed.stderr).splitlines() if "warning" in line.lower()
                and not re.search(r"directory '/(opt|usr[^']*)' not empty so not removed", line)]  # fmt: skip
    assert not warnings, removed.stdout + removed.stderr
    for path in ("/opt/csp-desk", "/usr/bin/csp-desk", "/usr/share/applications/csp-desk.desktop",
                 "/usr/share/icons/hicolor/48x48/apps/csp-desk.png", "/usr/share/doc/csp-desk",
                 "/usr/share/mime/packages/csp-desk.xml"):  # fmt: skip
        assert not Path(path).exists(), f"{path} is left after removal"
