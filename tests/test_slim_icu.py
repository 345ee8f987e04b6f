"""installer/slim_icu.py: the Linux bundle's ICU data library without what Qt never asks ICU for
(32 MB → 9 MB). The slimmed library is made from this environment's PySide6 as the build makes it,
then loaded in place of the full one (LD_PRELOAD: the loader takes it for Qt's libicudata) to show
that what Qt does with ICU for csp-desk answers the same: collation (sorting Japanese, the file
dialog's numbered names), case mapping, the Japanese encodings."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not all(shutil.which(t) for t in ("objcopy", "objdump", "ld")),
    reason="the Linux bundle's ICU, rebuilt with binutils",
)
sys.path.insert(0, str(ROOT / "installer"))

PROBE = r"""
import json, sys
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QStringDecoder, QStringEncoder
app = QCoreApplication([])
words = ["ワークショップ", "あいう", "顧客", "カタカナ", "ｶﾀｶﾅ", "さくら商店", "佐藤", "apple", "Zebra",
         "ábc", "file10.json", "file9.json", "Ｆｉｌｅ", "①", "㈱みどり"]
out = {}
for name, numeric in (("ja_JP", False), ("en_US", True), ("de_DE", False)):
    collator = QCollator(QLocale(name))
    collator.setNumericMode(numeric)
    out[name] = sorted(words, key=collator.sortKey)
insensitive = QCollator(QLocale("ja_JP"))
insensitive.setCaseSensitivity(insensitive.caseSensitivity().CaseInsensitive)
out["insensitive"] = insensitive.compare("ABC", "abc")
out["upper"] = [QLocale("ja_JP").toUpper("straße ｱｲｳ ａｂｃ"), QLocale("tr_TR").toUpper("i")]
out["encodings"] = {e: QStringDecoder(e).isValid() and QStringEncoder(e).isValid()
                    for e in ("Shift_JIS", "CP932", "EUC-JP", "ISO-2022-JP", "windows-1252", "ISO-8859-15")}
out["icudata"] = [line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line][:1]
print(json.dumps(out, ensure_ascii=False))
"""


@pytest.fixture(scope="module")
def slim(tmp_path_factory):
    import PySide6
    import slim_icu

    full = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    made, dropped = slim_icu.slim_library(full, tmp_path_factory.mktemp("icu"))
    return full, made, dropped


def _probe(preload: Path | None) -> dict:
    import json

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)
    command = [sys.executable, "-c", PROBE]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_slim_library_is_a_quarter_and_keeps_what_qt_asks_for(slim):
    import slim_icu

    full, made, dropped = slim
    assert made.name == full.name
    assert made.stat().st_size < full.stat().st_size / 3
    symbol = slim_icu.data_symbol(full)[0]
    assert slim_icu.data_symbol(made)[0] == symbol
    # the package read back: every item kept is there, byte for byte, in name order
    _header, before = slim_icu._items(_data(full))
    _header, after = slim_icu._items(_data(made))
    names = [name for name, _ in after]
    assert names == sorted(names) and len(after) + len(dropped) == len(before)
    kept = dict(after)
    for name, body in before:
        if name in kept:
            same = kept[name] == body[: len(kept[name])]
            assert same and len(kept[name]) - len(body) < slim_icu.ALIGN, name
    short = {name.split("/", 1)[1] for name in names}
    # (NFC and the character properties are built into libicuuc itself)
    for needed in (
        "coll/root.res",
        "coll/ucadata.icu",
        "coll/ja.res",
        "coll/en.res",
        "nfkc.nrm",
        "cnvalias.icu",
        "ibm-943_P15A-2003.cnv",
        "ja.res",
        "root.res",
        "likelySubtags.res",
    ):
        assert needed in short, needed
    gone = {name.split("/", 1)[1] for name in dropped}
    assert {"brkitr/cjdict.dict", "translit/root.res", "coll/zh.res", "unames.icu", "gb18030.cnv"} <= gone


def _data(library: Path) -> bytes:
    import slim_icu

    _symbol, offset, size = slim_icu.data_symbol(library)
    dump = library.with_name(library.name + ".rodata")
    subprocess.run(["objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(dump)], check=True)
    try:
        blob = dump.read_bytes()
    finally:
        dump.unlink()
    return blob[offset : offset + size] if size else blob[offset:]


def test_qt_sorts_maps_case_and_converts_the_same_with_the_slim_library(slim):
    full, made, _dropped = slim
    before, after = _probe(None), _probe(made)
    assert before["icudata"] == [str(full)] and after["icudata"] == [str(made)], "the slim library was loaded"
    for key in ("ja_JP", "en_US", "de_DE", "insensitive", "upper", "encodings"):
        assert after[key] == before[key], key
    assert all(after["encodings"].values())
    assert after["en_US"].index("file9.json") < after["en_US"].index("file10.json")  # the file dialog's order
