"""ICU's data without what Qt never asks it for: a smaller libicudata for the Linux bundle.

PySide6's Qt links ICU 73, whose data library (libicudata.so.73) is 32 MB: every locale's unit,
currency, language, region and time-zone display names, transliterators, spelled-out numbers,
word-break dictionaries (Chinese, Khmer, Thai …), Chinese and Korean collation and a hundred
legacy encodings. Qt's widgets ask ICU for collation (QCollator: sorting, the file dialog's file
names), case mapping, normalisation and the converters of QStringConverter; the texts of QLocale
are Qt's own (its CLDR tables), its line and word breaking too. What is kept: every locale's core
data, normalisation and properties, collation (root, Japanese, every other language except Chinese
and Korean), the Japanese encodings (Shift_JIS/cp932, EUC-JP, ISO-2022-JP) and every small
single-byte table. `csp-desk --self-test` and the bundle test run on the result.

The data is an ICU common-data package ("CmnD"): a header, a table of contents sorted by name
(lookups are a binary search), the items each aligned to 16 bytes. The package is rewritten with
fewer items and linked back into a shared library exporting the same symbol (icudt73_dat) with
binutils' objcopy and ld, which the build needs already (objdump).
"""

from __future__ import annotations

import re
import struct
import subprocess
from pathlib import Path

DROPPED_TREES = ("brkitr", "unit", "zone", "curr", "lang", "region", "translit", "rbnf")
"""Display names, transliterators, spelled-out numbers and break iterators: Qt uses its own."""
DROPPED_ITEMS = re.compile(r"^(unames\.icu|coll/(zh|ko|yue)(_.*)?\.res)$")
"""Unicode character names; Chinese and Korean collation (the largest tables)."""
JAPANESE_ENCODINGS = re.compile(r"943|33722|954|jisx|euc-jp|ibm-5478|ksc|iso-ir-165|compound", re.I)
"""Shift_JIS/cp932 (ibm-943), EUC-JP (ibm-33722, ibm-954, euc-jp-2007), and the tables
ISO-2022-JP switches to (JIS X 0212, and the GB 2312/KS C 5601 of its -2 variant), and X11's
compound text (a clipboard format)."""
SMALL_TABLE = 40_000
"""A converter table below this (every single-byte code page) stays: they cost little."""
ALIGN = 16


def _items(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = header_size
    count = struct.unpack_from("<I", blob, toc)[0]
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    out = []
    for i, (name_at, data_at) in enumerate(entries):
        end_of_name = blob.index(b"\0", toc + name_at)
        name = blob[toc + name_at : end_of_name].decode("ascii")
        data_end = entries[i + 1][1] if i + 1 < count else len(blob) - toc
        out.append((name, blob[toc + data_at : toc + data_end]))
    return blob[:header_size], out


def _package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    data_start = toc_size + len(names)
    data_start += -data_start % ALIGN
    name_offsets, data_offsets, data = [], [], bytearray()
    at = toc_size
    for name, body in items:
        name_offsets.append(at)
        at += len(name) + 1
        data_offsets.append(data_start + len(data))
        data += body
        data += b"\0" * (-len(data) % ALIGN)
    toc = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    padding = b"\0" * (data_start - toc_size - len(names))
    return header + toc + names + padding + bytes(data)


def kept(name: str, size: int) -> bool:
    """Whether the item `name` (without the package's prefix, e.g. "coll/ja.res") stays."""
    tree = name.split("/", 1)[0] if "/" in name else ""
    if tree in DROPPED_TREES or DROPPED_ITEMS.match(name):
        return False
    large_table = name.endswith(".cnv") and size >= SMALL_TABLE
    return not large_table or bool(JAPANESE_ENCODINGS.search(name))


def slim_package(blob: bytes) -> tuple[bytes, list[str]]:
    """The package without the dropped items (kept in name order), and the dropped items' names."""
    header, items = _items(blob)
    kept_items, dropped = [], []
    for name, body in items:
        short = name.split("/", 1)[1] if "/" in name else name
        (kept_items if kept(short, len(body)) else dropped).append((name, body))
    return _package(header, kept_items), [name for name, _ in dropped]


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol (icudtNN_dat) a data library exports: its name, its offset in .rodata and
    its size (0 when the library does not say)."""
    symbols, sections = _run("objdump", "-T", str(library)), _run("objdump", "-h", str(library))
    found = re.search(r"^([0-9a-f]+)\s+g\s+\S*\s+\.rodata\s+([0-9a-f]+)\s+(icudt\d+_dat)\s*$", symbols, re.M)
    rodata = re.search(r"^\s*\d+\s+\.rodata\s+[0-9a-f]+\s+([0-9a-f]+)", sections, re.M)
    if found is None or rodata is None:
        raise ValueError(f"{library}: no ICU data symbol in .rodata")
    return found.group(3), int(found.group(1), 16) - int(rodata.group(1), 16), int(found.group(2), 16)


def slim_library(library: Path, work: Path) -> tuple[Path, list[str]]:
    """work/NAME: `library` (libicudata.so.NN) rebuilt with the slimmed package; and what was dropped."""
    work.mkdir(parents=True, exist_ok=True)
    symbol, offset, size = data_symbol(library)
    rodata, package, obj = work / "rodata.bin", work / "icudata.dat", work / "icudata.o"
    _run("objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(rodata))
    slim, dropped = slim_package(rodata.read_bytes()[offset : offset + size])
    package.write_bytes(slim)
    # objcopy names a binary input's symbols after its path: _binary_<path with _ for non-alnum>_start
    mangled = "_binary_" + re.sub(r"[^A-Za-z0-9]", "_", str(package))
    _run("objcopy", "-I", "binary", "-O", "elf64-x86-64", "-B", "i386:x86-64",
         "--rename-section", ".data=.rodata,alloc,load,readonly,data,contents",
         "--set-section-alignment", f".rodata={ALIGN}", "--redefine-sym", f"{mangled}_start={symbol}",
         "--strip-symbol", f"{mangled}_end", "--strip-symbol", f"{mangled}_size",
         str(package), str(obj))  # fmt: skip
    out = work / library.name
    _run("ld", "-shared", "-z", "noexecstack", "-soname", library.name, "-o", str(out), str(obj))
    if data_symbol(out)[0] != symbol:
        raise ValueError(f"{out}: the rebuilt library does not export {symbol}")
    for path in (rodata, package, obj):
        path.unlink()
    return out, dropped


if __name__ == "__main__":  # a dry run: what would be dropped from the venv's ICU, and the sizes
    import sys
    import tempfile

    import PySide6

    source = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    with tempfile.TemporaryDirectory() as folder:
        made, gone = slim_library(source, Path(folder))
        print(f"{source.name}: {source.stat().st_size / 1e6:.1f} MB -> {made.stat().st_size / 1e6:.1f} MB, "
              f"{len(gone)} items dropped")  # fmt: skip
        if "-v" in sys.argv:
            print("\n".join(gone))
