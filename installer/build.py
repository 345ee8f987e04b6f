"""Builds csp-desk into something a person installs.

    uv run python installer/build.py linux
    # → dist/csp-desk-VERSION-x86_64.tar.gz and dist/csp-desk_VERSION_amd64.deb

The version comes from pyproject.toml. PyInstaller makes one folder (build/linux/csp-desk: the
program `csp-desk` and its `_internal/`), which is packed twice:

- the tarball: that folder as csp-desk-VERSION/, with share/ (desktop entry, icons, AppStream
  metadata) to copy into ~/.local/share;
- the Debian package: the folder under /opt/csp-desk, a /usr/bin/csp-desk launcher, the desktop
  entry, the icons and the metadata under /usr/share; its Depends are the Debian packages that
  provide every library the bundle links and does not carry (read from the binaries themselves
  with objdump), and a Japanese font.

    uv run python installer/build.py windows    # on Windows: dist/csp-desk-VERSION-setup.exe
    uv run python installer/build.py macos      # on macOS: dist/csp-desk-VERSION-ARCH.dmg

PyInstaller does not cross-compile: Windows and macOS are built on their own machines, by
.github/workflows/installers.yml on a hosted CI's runners (this project's machines are Linux).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
NAME = "csp-desk"
APPSTREAM_ID = "io.github.csp_desk.csp_desk"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MAINTAINER = "csp-desk <csp-desk@localhost>"
JAPANESE_FONTS = "fonts-noto-cjk | fonts-ipafont-gothic | fonts-ipaexfont-gothic | fonts-vlgothic"
"""Without a Japanese font every kanji shows as a box (silently): the package asks for one."""

SONAME_PACKAGES = {
    # libraries Qt links that the build machine may not have installed (dpkg -S finds the rest)
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0", "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0", "libgio-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinput.so.0": "libxcb-xinput0", "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-util.so.1": "libxcb-util1", "libSM.so.6": "libsm6", "libICE.so.6": "libice6",
    "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1", "libdrm.so.2": "libdrm2", "libgbm.so.1": "libgbm1",
    "libvulkan.so.1": "libvulkan1", "libmtdev.so.1": "libmtdev1", "libinput.so.10": "libinput10",
    "libudev.so.1": "libudev1", "libts.so.0": "libts0",
}  # fmt: skip
GLIBC_SONAMES = {"libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1",
                 "libutil.so.1", "ld-linux-x86-64.so.2", "libresolv.so.2", "libcrypt.so.1"}  # fmt: skip


def say(text: str) -> None:
    print(f"build: {text}", flush=True)


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        project_version = tomllib.load(file)["project"]["version"]
    text = (ROOT / "csp_desk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if found is None or found.group(1) != project_version:
        raise SystemExit(
            f"pyproject.toml says {project_version} but csp_desk/__init__.py says "
            f"{found.group(1) if found else 'nothing'}: `csp-desk --version` would not match the package"
        )
    return str(project_version)


def bundle(platform: str) -> Path:
    """PyInstaller's one-folder bundle in build/PLATFORM/csp-desk (translations built first)."""
    sys.path.insert(0, str(ROOT))
    from csp_desk.i18n import build_translations

    build_translations(force=True)
    out = BUILD / platform
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(out), "--workpath", str(out / "work"), str(INSTALLER / "csp-desk.spec")],
        check=True, cwd=ROOT,
    )  # fmt: skip
    shutil.rmtree(out / "work", ignore_errors=True)
    folder = out / NAME
    say(f"bundle {folder} ({size_mb(folder):.0f} MB unpacked) in {time.perf_counter() - started:.0f} s")
    return folder


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def _share(root: Path, version: str) -> None:
    """Desktop entry, icons, the client file's MIME type and AppStream metadata under root/ (as
    /usr/share or ~/.local/share)."""
    apps = root / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    shutil.copy2(INSTALLER / "linux" / f"{NAME}.desktop", apps / f"{NAME}.desktop")
    icons = INSTALLER / "icons"
    for px in ICON_SIZES:
        target = root / "icons" / "hicolor" / f"{px}x{px}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icons / f"{NAME}-{px}.png", target / f"{NAME}.png")
    scalable = root / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(icons / f"{NAME}.svg", scalable / f"{NAME}.svg")
    mime = root / "mime" / "packages"  # the client file's type (shared-mime-info's trigger reads it)
    mime.mkdir(parents=True, exist_ok=True)
    shutil.copy2(INSTALLER / "linux" / f"{NAME}-client.xml", mime / f"{NAME}.xml")
    metainfo = root / "metainfo"
    metainfo.mkdir(parents=True, exist_ok=True)
    text = (INSTALLER / "linux" / f"{NAME}.metainfo.xml").read_text(encoding="utf-8")
    text = text.replace("@VERSION@", version).replace("@DATE@", date.today().isoformat())
    (metainfo / f"{APPSTREAM_ID}.metainfo.xml").write_text(text, encoding="utf-8")


def _normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def tarball(folder: Path, version: str) -> Path:
    stage = BUILD / "tar" / f"{NAME}-{version}"
    shutil.rmtree(stage.parent, ignore_errors=True)
    shutil.copytree(folder, stage, symlinks=True)
    _share(stage / "share", version)
    DIST.mkdir(exist_ok=True)
    out = DIST / f"{NAME}-{version}-x86_64.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as archive:
        archive.add(stage, arcname=stage.name, filter=_normalised)
    shutil.rmtree(stage.parent, ignore_errors=True)
    say(f"{out} ({out.stat().st_size / 1e6:.0f} MB)")
    return out


def _elf_files(folder: Path) -> list[Path]:
    out = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == b"\x7fELF":
                    out.append(path)
    return out


def linked_libraries(folder: Path) -> tuple[set[str], str]:
    """The sonames the bundle's binaries need and do not carry, and the newest glibc symbol
    version any of them asks for."""
    needed: set[str] = set()
    carried: set[str] = set()
    newest = (2, 17)
    pattern = re.compile(r"GLIBC_(\d+)\.(\d+)")
    for path in _elf_files(folder):
        carried.add(path.name)
        headers = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True).stdout
        needed.update(re.findall(r"^\s+NEEDED\s+(\S+)", headers, re.M))
        carried.update(re.findall(r"^\s+SONAME\s+(\S+)", headers, re.M))
        for major, minor in pattern.findall(headers):  # version references (objdump -p lists them)
            newest = max(newest, (int(major), int(minor)))
    return needed - carried, f"{newest[0]}.{newest[1]}"


def _package_of(soname: str) -> str | None:
    if soname in SONAME_PACKAGES:
        return SONAME_PACKAGES[soname]
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    found = re.search(rf"^\s+{re.escape(soname)} \(libc6,x86-64[^)]*\) => (\S+)", listing, re.M)
    if found is None:
        return None
    owner = subprocess.run(["dpkg", "-S", os.path.realpath(found.group(1))], capture_output=True, text=True)
    if owner.returncode != 0:
        owner = subprocess.run(["dpkg", "-S", found.group(1)], capture_output=True, text=True)
    if owner.returncode != 0:
        return None
    return owner.stdout.split(":", 1)[0].strip()


def depends(folder: Path) -> str:
    """The Debian packages that provide what the bundle links and does not carry."""
    sonames, glibc = linked_libraries(folder)
    packages = {f"libc6 (>= {glibc})"}
    unknown = []
    for soname in sorted(sonames - GLIBC_SONAMES):
        package = _package_of(soname)
        if package is None:
            unknown.append(soname)
        elif package != "libc6":
            packages.add(package)
    if unknown:
        raise SystemExit(
            f"no Debian package known for {', '.join(unknown)}: install it on the build machine or "
            "add it to SONAME_PACKAGES in installer/build.py"
        )
    return ", ".join([*sorted(packages), JAPANESE_FONTS])


def deb(folder: Path, version: str) -> Path:
    stage = BUILD / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(folder, stage / "opt" / NAME, symlinks=True)
    launcher = stage / "usr" / "bin" / NAME
    launcher.parent.mkdir(parents=True)
    launcher.write_text(f'#!/bin/sh\nexec /opt/{NAME}/{NAME} "$@"\n', encoding="utf-8")
    launcher.chmod(0o755)
    _share(stage / "usr" / "share", version)
    doc = stage / "usr" / "share" / "doc" / NAME
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "csp-desk: the desk of a Crowdsourcing Producer. Proprietary.\n"
        "It carries Python, Qt (LGPLv3, through PySide6), SudachiPy and its dictionary (Apache 2.0), "
        "SQLAlchemy, Alembic, openpyxl, python-docx, keyring, platformdirs and cryptography under "
        "their own licences.\n",
        encoding="utf-8",
    )
    files = [p for p in stage.rglob("*") if p.is_file() and not p.is_symlink()]
    installed_kb = int(sum(p.stat().st_size for p in files) / 1024)
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: {NAME}\n"
        f"Version: {version}\n"
        "Architecture: amd64\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {depends(folder)}\n"
        # a team database on a PostgreSQL server is reached through the system's libpq (psycopg)
        "Recommends: libpq5\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: desk of a Crowdsourcing Producer\n"
        " Consultations, work breakdown, postings checked against the telework guideline\n"
        " and the Freelance Act, terms notices, order tracking and Word and Excel reports\n"
        " for small businesses. Japanese first; everything is stored on this computer.\n",
        encoding="utf-8",
    )
    for path in stage.rglob("*"):  # what dpkg installs: root's, readable by all
        if path.is_dir():
            path.chmod(0o755)
        elif not path.is_symlink():
            path.chmod(0o755 if os.access(path, os.X_OK) else 0o644)
    DIST.mkdir(exist_ok=True)
    out = DIST / f"{NAME}_{version}_amd64.deb"
    # gzip: xz would save a third of the download and cost seven minutes on CI's two cores
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(stage), str(out)],
                   check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    shutil.rmtree(stage, ignore_errors=True)
    say(f"{out} ({out.stat().st_size / 1e6:.0f} MB)")
    return out


def linux(skip_bundle: bool) -> None:
    v = version()
    started = time.perf_counter()
    folder = BUILD / "linux" / NAME if skip_bundle else bundle("linux")
    if not (folder / NAME).is_file():
        raise SystemExit(f"no bundle in {folder}")
    packed = time.perf_counter()
    tarball(folder, v)
    say(f"tarball in {time.perf_counter() - packed:.0f} s")
    packed = time.perf_counter()
    deb(folder, v)
    say(f"Debian package in {time.perf_counter() - packed:.0f} s")
    say(f"linux {v} done in {time.perf_counter() - started:.0f} s")


def windows() -> None:
    """The bundle (csp-desk.exe for the window, csp-desk-cli.exe for the command line) and a
    per-user Inno Setup installer, dist/csp-desk-VERSION-setup.exe. Run on Windows, with Inno
    Setup 6 installed (ISCC.exe on PATH or in its default folder)."""
    v = version()
    folder = bundle("windows")
    iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    if not Path(iscc).exists() and not shutil.which(iscc):
        raise SystemExit("Inno Setup 6 is not installed (ISCC.exe): https://jrsoftware.org/isdl.php")
    DIST.mkdir(exist_ok=True)
    defines = [f"/DAppVersion={v}", f"/DSourceDir={folder}", f"/DOutputDir={DIST}", f"/DRepoRoot={ROOT}"]
    subprocess.run([iscc, "/Qp", *defines, str(INSTALLER / "windows" / f"{NAME}.iss")], check=True)
    out = DIST / f"{NAME}-{v}-setup.exe"
    say(f"{out} ({out.stat().st_size / 1e6:.0f} MB)")


def macos() -> None:
    """The bundle as csp-desk.app, in a disk image dist/csp-desk-VERSION-ARCH.dmg with a link to
    /Applications to drag it onto. Run on macOS (hdiutil). Not signed: see installer/README.md."""
    import platform

    v = version()
    bundle("macos")
    app = BUILD / "macos" / f"{NAME}.app"
    stage = BUILD / "dmg"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    shutil.copytree(app, stage / app.name, symlinks=True)
    (stage / "Applications").symlink_to("/Applications")
    DIST.mkdir(exist_ok=True)
    out = DIST / f"{NAME}-{v}-{platform.machine()}.dmg"
    subprocess.run(["hdiutil", "create", "-volname", f"{NAME} {v}", "-srcfolder", str(stage), "-ov",
                    "-format", "UDZO", str(out)], check=True)  # fmt: skip
    shutil.rmtree(stage, ignore_errors=True)
    say(f"{out} ({out.stat().st_size / 1e6:.0f} MB)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="installer/build.py", description=__doc__.split("\n")[0])
    parser.add_argument("platform", choices=("linux", "windows", "macos"))
    parser.add_argument("--skip-bundle", action="store_true", help="pack the bundle already in build/")
    args = parser.parse_args(argv)
    runs_on = {"linux": "linux", "windows": "win32", "macos": "darwin"}[args.platform]
    if not sys.platform.startswith(runs_on):
        raise SystemExit(f"{args.platform} is built on {args.platform} (PyInstaller does not cross-compile)")
    if args.platform == "linux":
        linux(args.skip_bundle)
    elif args.platform == "windows":
        windows()
    else:
        macos()
    return 0


if __name__ == "__main__":
    sys.exit(main())
