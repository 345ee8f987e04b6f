"""Converts documents with LibreOffice headless, the way a reader's office suite opens them."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is missing on CI; .ci/run must install it")
        pytest.skip("LibreOffice is not installed")
    return found


def to_pdf(document: Path, out_dir: Path) -> Path:
    """Converts with a private profile; fails when LibreOffice cannot open the file."""
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    env = {**os.environ, "HOME": str(profile), "XDG_CACHE_HOME": str(profile / "cache")}
    result = subprocess.run(
        [soffice(), f"-env:UserInstallation=file://{profile}/user", "--headless",
         "--convert-to", "pdf", "--outdir", str(out_dir), str(document)],
        capture_output=True, text=True, timeout=180, env=env,
    )  # fmt: skip
    shutil.rmtree(profile, ignore_errors=True)
    pdf = out_dir / (document.stem + ".pdf")
    assert result.returncode == 0, result.stderr
    assert pdf.exists() and pdf.stat().st_size > 1000, result.stdout + result.stderr
    return pdf


def to_pdfs(documents: list[Path], out_dir: Path) -> list[Path]:
    """Converts several documents in one LibreOffice run (one start-up), in order."""
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    env = {**os.environ, "HOME": str(profile), "XDG_CACHE_HOME": str(profile / "cache")}
    result = subprocess.run(
        [soffice(), f"-env:UserInstallation=file://{profile}/user", "--headless",
         "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, documents)],
        capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip
    shutil.rmtree(profile, ignore_errors=True)
    assert result.returncode == 0, result.stderr
    pdfs = [out_dir / (document.stem + ".pdf") for document in documents]
    assert all(pdf.exists() and pdf.stat().st_size > 1000 for pdf in pdfs), result.stdout + result.stderr
    return pdfs


def pdf_text(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    if not tool:
        return ""
    return subprocess.run([tool, "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
